"""Session 23 (issues 11 and 12, branch victims23): victims named by a numeral, and parties as doers.

(1) A bare numeral as a passive subject ("Four were stabbed", "the two were detained", "Three of them were
wounded") is a member of the group the sentence or the one before counted or did something to; never the doers of
an earlier active verb, and no one when no group is named. (2) A capitalised party word before an act noun
("Republican attacks", "Democratic criticism") or a party's possessive names the party as the doer, as a nationality
adjective names its country. Every sentence here is written for these tests (none is taken from a gold set, a
real article or the seed).
"""
from __future__ import annotations

import newsgraph

from test_events import _events, _has


def _analysis(text: str):
    return newsgraph.analyse(text, published="2024-06-19")


def _target_codes(text: str, root: str) -> list[str]:
    return [e.target_code or "" for e in _analysis(text).events if e.cameo_root == root]


# ------------------------------------------------------------------ numerals as victims

def test_numeral_victims_are_the_counted_group_named_before():
    text = ("Bandits ambushed a lorry carrying eleven Kenyan traders near Garissa on Sunday. "
            "Four were stabbed and two were shot dead.")
    assert any(c.startswith("KEN") for c in _target_codes(text, "18"))
    assert any(c.startswith("KEN") for c in _target_codes(text, "19"))


def test_numeral_victims_are_not_the_earlier_doers():
    text = "Masked gunmen opened fire at a market in Maiduguri on Monday. Three were wounded, officials said."
    evs = _analysis(text).events
    assert not any(e.target_text and e.target_text.lower() == "three" and "gunmen" in (e.target_actor_id or "")
                   for e in evs)
    a = _analysis(text)
    for e in a.events:
        if e.target_text and e.target_text.lower() == "three" and e.target_actor_id:
            assert a.actor(e.target_actor_id).sector not in ("UAF", "REB", "MIL")


def test_the_numeral_with_a_determiner_takes_up_the_group():
    text = ("Six Bolivian miners were detained in La Paz after the march. "
            "The two were arrested again on Thursday, a spokesman said.")
    assert sum(c.startswith("BOL") for c in _target_codes(text, "17")) >= 2


def test_numeral_of_them_counts_the_group_done_to_not_its_doers():
    text = "Militiamen raided the camp at dawn and seized nine Sudanese herders. Three of them were shot dead."
    a = _analysis(text)
    shot = [e for e in a.events if e.cameo_root == "19" and e.target_actor_id]
    assert shot and all(a.actor(e.target_actor_id).sector not in ("REB", "UAF", "MIL") for e in shot)
    assert any((e.target_code or "").startswith("SDN") for e in shot)


def test_numeral_with_no_group_named_stays_without_a_target_actor():
    a = _analysis("Two were arrested late on Saturday, the police in Quito said.")
    arrests = [e for e in a.events if e.cameo_root == "17"]
    assert arrests and all(e.target_actor_id is None for e in arrests)


# ------------------------------------------------------------------ party adjectives as doers

def test_party_adjective_before_an_act_noun_is_the_doer():
    assert _has(_events("Republican attacks on the zoning bill intensified over the weekend."), root="11",
                src="USAPTY")
    assert _has(_events("The judge faced Democratic criticism over the ruling on Friday."), root="11",
                src="USAPTY")


def test_nationality_adjective_still_names_its_country():
    assert _has(_events("Chinese attacks on the tariff plan intensified over the weekend."), root="11", src="CHN")


def test_party_word_not_before_an_act_noun_names_no_party():
    evs = _events("Democratic reforms were praised by the envoy in Kinshasa.")
    assert not _has(evs, src="USAPTY") and not _has(evs, tgt="USAPTY")


def test_an_unknown_labour_party_is_a_party():
    a = _analysis("The treasurer dismissed Labour criticism of the levy in Canberra.")
    parties = [a.actor(e.target_actor_id) for e in a.events if e.target_actor_id]
    assert any(p.sector == "PTY" for p in parties)


def test_a_compound_party_name_is_not_the_us_party():
    evs = _events("The mayor faced Social Democratic criticism over the tram fares in Hamburg.")
    assert not _has(evs, src="USA")
