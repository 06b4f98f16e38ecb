"""Session 40 (issues 12 and 11, branch tgt44): the target side's country (round42).

All sentences are written for these tests. A kind fixed has its sentences that now get the target right, and one
where the rule must not reach (a guard of a border, a law no one is said to have passed, a commander avenged).
"""
import pytest

import newsgraph


def _analysis(text: str):
    return newsgraph.analyse(text, published="2024-06-19")


def _coded(text: str, prefix: str) -> list:
    """The events of the text whose CAMEO code starts with `prefix`."""
    return [e for e in _analysis(text).events if e.cameo_code.startswith(prefix)]


# --- people named only by a trade, a pastime or an offence: the KB's roles now code them ------------------------------

@pytest.mark.parametrize("text, prefix, code", [
    ("LUSAKA, May 3 (Reuters) - Robbers shot dead a jogger near the university on Sunday, police said.", "1", "ZMBCVL"),
    ("NAIROBI, May 3 - Cattle rustlers killed a 60-year-old herder in Baringo county on Monday.", "1", "KENAGR"),
    ("ACCRA, May 3 - Police in Tamale arrested a fugitive on Monday.", "173", "GHACRM"),
    ("MANILA, May 3 - Gunmen shot a television cameraman outside his home in Davao.", "1", "PHLMED"),
    ("LIMA, May 3 - Angry residents beat two motorcyclists who had run over a child.", "18", "PERCVL"),
])
def test_a_person_named_by_trade_or_pastime_is_the_storys(text, prefix, code):
    evs = _coded(text, prefix)
    assert evs and evs[0].target_code == code


def test_a_security_guard_is_a_private_person_of_the_story():
    evs = _coded("KAMPALA, May 3 - Robbers beat a security guard with iron bars at a bank in Jinja.", "18")
    assert [e.target_code for e in evs] == ["UGACVL"]


def test_the_jogger_takes_up_the_jogger_named_before():
    evs = _coded("KAMPALA, May 3 - A jogger was found injured near the lake in Entebbe. Police said robbers "
                 "beat the jogger with iron bars.", "18")
    assert evs and all(e.target_code == "UGACVL" for e in evs)


@pytest.mark.parametrize("text, code", [
    ("MOSCOW, May 3 - Border guards detained two fishermen off Sakhalin.", "RUSMIL"),
    ("TEHRAN, May 3 - Prison guards beat dozens of inmates, a rights group said.", "IRNCOP"),
])
def test_guards_of_a_border_or_a_prison_keep_their_sector(text, code):
    evs = [e for e in _analysis(text).events if e.cameo_root in ("17", "18")]
    assert evs and evs[0].source_code == code


# --- a deed judged by its -ing noun or a made thing: whoever the earlier verb says did it -----------------------------

def test_a_deed_judged_by_its_ing_noun_is_aimed_at_the_doers_of_its_verb():
    evs = _coded("SOFIA, May 3 - Bulgarian truckers dumped Turkish tomatoes on the motorway on Friday. "
                 "Ankara condemned the dumping of the tomatoes.", "11")
    assert [(e.source_code, e.target_code) for e in evs] == [("TUR", "BGRLAB")] or \
        [e.target_code[:3] for e in evs] == ["BGR"]


def test_a_law_passed_and_then_criticised_is_aimed_at_the_body_that_passed_it():
    evs = _coded("BISHKEK, May 3 - Kyrgyzstan's parliament passed a law on foreign funding of charities on "
                 "Wednesday. The European Union criticised the law.", "11")
    assert evs and evs[0].target_code.startswith("KGZ")


def test_a_decision_approved_and_then_condemned_is_aimed_at_who_approved_it():
    evs = _coded("CHISINAU, May 3 - Moldova's government approved the closure of two Russian cultural centres. "
                 "Moscow condemned the decision.", "11")
    assert evs and evs[0].target_code.startswith("MDA")


def test_a_law_no_one_is_said_to_have_made_stays_with_no_target():
    evs = _coded("RIGA, May 3 - Hundreds marched through Riga against a new language law. "
                 "The European Commission criticised the law on Monday.", "11")
    assert evs and all(e.target_code is None for e in evs)


def test_a_deed_of_the_judging_side_itself_gives_no_target():
    evs = _coded("ATHENS, May 3 - Greek farmers blocked the motorway with tractors on Monday. "
                 "The farmers' union defended the blocking of the road.", "051")
    assert all(not (e.target_code or "").endswith("AGR") for e in evs)


# --- a threat vowed through a deed with no pattern of its own: the deed's object ----------------------------------

@pytest.mark.parametrize("text, code", [
    ("ABUJA, May 3 - The governor of Zamfara vowed to punish the bandits behind the raid.", "NGACRM"),
    ("BOGOTA, May 3 - The defence minister vowed to crush the dissident guerrillas in Cauca.", "COLREB"),
])
def test_a_vowed_deed_threatens_its_object(text, code):
    evs = _coded(text, "13")
    assert evs and evs[0].target_code == code


def test_a_vow_to_avenge_threatens_no_one_avenged():
    evs = _coded("KABUL, May 3 - The fighters vowed to avenge their slain commander.", "13")
    assert all(e.target_code is None for e in evs)
