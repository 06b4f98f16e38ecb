"""Police, violence, protest and disaster wording of round 16 (issue 11, branch crime14): the forms are general ones
a newspaper uses every day, read off wire stories and epidemic reports outside every gold set; every sentence
here is written for this file (none comes from a gold set, a real page or the seed).

- a bombing of no named kind is a bombing, 183 (N18-bombing-any: "the bombings killed 40"); an attack noun that no
  noun row codes, as the subject of a verb of harm ("violence killed 30"), is the means of an act whose doer is
  unnamed (attack-subjects); a blast is the bombing only in a story that names one (blast-context);
- a disease named in a strain, type or outbreak is no doer ("the new strain of bird flu has killed 30",
  disease-phrases); germs killed, a fight against a disease and a battle to keep something are no force
  (SE-kill-germs, SE-fight-abstract, SE-striving on nouns);
- whatever noun names the one a verb of bodily harm was done to is the victim ("the clerk was fatally shot",
  harm-victims; PERSONS gains trades, kin and offenders);
- arrests that something led to or ended with happened (caused-arrests, CAUSING_PHRASES "end with"); people held at a jail or on bail or locked up are
  detained (a bare "held" is not: press conferences and crowds are held too); charges faced or brought by the police are legal action, 115;
- verbs of violence the rows lacked: ambush (190), behead (1823), rape (1821), maim, batter, club (182);
- an act named in an after/before/amid phrase is not the verb subject's ("arrested nine people after clashes",
  adjunct-acts); an act a protest or condemnation is aimed at has happened ("marched to protest the killing of",
  reaction-objects);
- a participle placed in a raid, attack or protest tells the story's act ("15 people arrested in the raid",
  event-participles); a stampede is a mishap (MISHAPS), locusts and flames are no doers (NONAGENT); roads blocked
  by the police restrict movement (172, SE-block-by-state), not a protest's obstruction;
- what a report or rumour says is reported, and a denied report's act negated (word list REPORT_NOUNS, events/modality.py: a noun's
  that-clause is read as a governed complement);
- a protest held or staged with no one named is a protest (agentless.csv AL-protest, passive too);
- sides that clash fight each other both ways (V19-clash, symmetric group); a clash over a matter is words (110);
- protesters gathering, taking part in a march and slogans chanted are demonstrations; a miners' strike is a labour strike; a sum charged
  is no accusation.
"""
from __future__ import annotations

import pytest

from test_events import _events

COUNTED = ("asserted", "reported")
VIOLENT = {"18", "19", "20"}


def _coded(text: str, modalities=COUNTED):
    return [e for e in _events(text) if e.modality in modalities]


def _roots(text: str) -> set[str]:
    return {e.cameo_root for e in _coded(text)}


def _show(text: str):
    return [(e.cameo_code, e.source_code, e.target_text, e.rule_id, e.modality) for e in _events(text)]


# (text, root, target words that must be the target, or None)
FOUND = [
    ("The twin bombings killed 40 people in the market town.", "18", "40 people"),
    ("Communal violence killed 30 people in the north.", "19", "30 people"),
    ("A shooting at the shopping centre wounded two security guards.", "19", "two security guards"),
    ("Mourners visited the site of the shelling that killed nine villagers.", "19", "nine villagers"),
    ("A bomb went off outside the consulate at noon. The blast killed six shoppers.", "19", "six shoppers"),
    ("The night clerk was fatally shot during the robbery.", "19", "The night clerk"),
    ("A cashier was stabbed at the petrol station on Friday.", "18", "A cashier"),
    ("The raid on the depot led to dozens of arrests.", "17", None),
    ("The teenager is being held at the county jail.", "17", "The teenager"),
    ("The driver is being held on a bond of 5000 dollars.", "17", "The driver"),
    ("The regime locked up dozens of dissidents last year.", "17", None),
    ("Police have charged a local man with burglary.", "11", "a local man"),
    ("The warehouse manager faces charges of theft.", "11", "The warehouse manager"),
    ("A fugitive was charged with murder on Tuesday.", "11", "A fugitive"),
    ("The search of the farm ended with four arrests.", "17", None),
    ("Rebels ambushed an army patrol on the mountain road.", "19", "an army patrol"),
    ("The militants beheaded a captured soldier.", "18", "a captured soldier"),
    ("The victim was clubbed with a metal pipe.", "18", "The victim"),
    ("Demonstrators gathered outside the consulate on Sunday.", "14", None),
    ("The crowd chanted slogans against the mayor.", "14", None),
    ("Thousands of teachers took part in a march through the capital.", "14", None),
    ("She was among 15 people arrested in the raid on the club.", "17", "15 people"),
    ("A protest was held outside the town hall on Friday.", "14", None),
    ("The families of two soldiers killed in the ambush held a vigil.", "19", "two soldiers"),
]


@pytest.mark.parametrize("text, root, target", FOUND, ids=[c[0][:40] for c in FOUND])
def test_found(text, root, target):
    hits = [e for e in _coded(text) if e.cameo_root == root]
    assert hits, _show(text)
    if target is not None:
        assert any(e.target_text == target for e in hits), _show(text)


def test_police_charges_are_legal_action_not_words():
    codes = {e.cameo_code for e in _coded("Police have charged a local man with burglary.")}
    assert "115" in codes and "112" not in codes, codes


# sentences that must code nothing of these roots
NONE = [
    ("The new strain of bird flu has killed 30 people since March.", VIOLENT),
    ("The H5N1 strain has infected 40 people and killed 25 of them.", VIOLENT),
    ("It is not the same type of swine flu that killed 150 people last winter.", VIOLENT),
    ("Boiling the water for a minute kills most germs.", VIOLENT),
    ("The charity has long led the fight against AIDS in the region.", VIOLENT),
    ("The council lost its battle to keep the library open.", VIOLENT),
    ("A gas leak caused a blast at the mine. The blast killed ten miners.", VIOLENT),
    ("The army launched an offensive to retake the city.", {"192"}),
    ("Families gathered for the wedding in the village hall.", {"14"}),
    ("Activists gathered evidence of the abuse for a year.", {"14"}),
    ("The mother held her baby close.", {"17"}),
    ("Police held a press conference on Monday.", {"17"}),
    ("Officers held the crowd back behind the barrier.", {"17"}),
    ("The manager locked up the shop at midnight.", {"17"}),
    ("The film was shot in the old harbour.", VIOLENT),
    ("Output fell by a fifth because of a miners' strike.", VIOLENT),
    ("The bank charged about $30 million against its earnings in the quarter.", {"11"}),
    ("The talks ended with an agreement on fishing rights.", VIOLENT | {"17"}),
    ("Delegates took part in a meeting in Geneva.", {"14"}),
    ("Two people were killed and five injured in a stampede at the stadium.", VIOLENT),
    ("Swarms of locusts destroyed crops across the plain.", {"17"} | VIOLENT),
    ("Police blocked the roads into the quarantined town.", {"14"}),
    ("A former member jailed a year ago spoke at the meeting.", {"17"}),
]


@pytest.mark.parametrize("text, roots", NONE, ids=[c[0][:40] for c in NONE])
def test_not_coded(text, roots):
    codes = {e.cameo_code for e in _coded(text)}
    assert not ({e.cameo_root for e in _coded(text)} & roots) and not (codes & roots), _show(text)


def test_miners_strike_is_a_labour_strike():
    codes = {e.cameo_code for e in _coded("Output fell by a fifth because of a miners' strike.")}
    assert "143" in codes, codes


def test_activists_of_a_disease_stay_people():
    # "AIDS activists" name people: the disease words of a strain or outbreak do not make them no doer
    hits = [e for e in _coded("AIDS activists protested outside the health ministry.") if e.cameo_root == "14"]
    assert hits and hits[0].source_code, _show("AIDS activists protested outside the health ministry.")


def test_armed_offensive_keeps_its_doer():
    hits = [e for e in _coded("The army launched an offensive to retake the city.") if e.cameo_root in VIOLENT]
    assert hits and all(e.source_code for e in hits), _show("The army launched an offensive to retake the city.")


def test_one_event_for_a_bombing_and_its_toll():
    text = "A shooting at the shopping centre wounded two security guards."
    assert len([e for e in _coded(text) if e.cameo_root in VIOLENT]) == 1, _show(text)


def test_investigators_of_a_bombing_did_not_bomb():
    hits = [e for e in _coded("Police are investigating the bombing of a mosque.") if e.cameo_root == "18"]
    assert hits and not any(e.source_code for e in hits), _show("Police are investigating the bombing of a mosque.")


def test_a_blast_alone_stays_an_accident():
    # no bomb or attacker named: an explosion is an accident, as before
    assert not (_roots("The blast killed ten miners at the coal mine.") & VIOLENT)


def test_clashes_before_an_arrest_are_not_the_police_s():
    # adjunct-acts: the clashes came before the arrests; the police did not clash with those they arrested
    text = "Police arrested nine people on Sunday after clashes between rival fans."
    hits = [e for e in _coded(text) if e.cameo_root == "19"]
    assert hits and not any((e.source_code or "").endswith("COP") for e in hits), _show(text)
    assert any(e.cameo_root == "17" and (e.source_code or "").endswith("COP") for e in _coded(text)), _show(text)


def test_a_protested_killing_happened():
    # reaction-objects: the purpose clause makes the protest planned, not the killing it protests
    text = "Hundreds of people marched to the town hall to protest the killing of a shopkeeper."
    kills = [e for e in _events(text) if e.cameo_root in VIOLENT]
    assert kills and all(e.modality == "asserted" for e in kills), _show(text)


def test_a_planned_attack_stays_planned():
    kills = [e for e in _events("The rebels plan to attack the base next week.") if e.cameo_root in VIOLENT]
    assert kills and all(e.modality == "planned" for e in kills), _show("The rebels plan to attack the base next week.")


def test_roads_closed_by_the_police_restrict_movement():
    codes = {e.cameo_code for e in _coded("Police blocked the roads into the quarantined town.")}
    assert "172" in codes, codes


def test_a_denied_report_of_arrests_is_no_arrest():
    # REPORT_NOUNS: what a report says is reported, and its denial negates it (the noun's that-clause)
    text = "A police spokeswoman denied a radio report that two more suspects had been detained in the port."
    arrests = [e for e in _events(text) if e.cameo_root == "17"]
    assert arrests and all(e.modality == "negated" for e in arrests), _show(text)


def test_a_rumoured_arrest_is_reported():
    text = "Residents heard reports that the mayor had been arrested."
    arrests = [e for e in _events(text) if e.cameo_root == "17"]
    assert arrests and all(e.modality == "reported" for e in arrests), _show(text)


def test_sides_that_clash_fight_each_other():
    # session 22 (convention protest-clashes): with protesters on one side a clash is their violent protest (145)
    # and the police's repression (175), as the codebook reads; both ways still
    text = "Police and protesters clashed outside the town hall."
    pairs = {e.cameo_code + ":" + (e.source_code or "")[-3:] + ">" + (e.target_code or "")[-3:] for e in _coded(text)}
    assert {"175:COP>OPP", "145:OPP>COP"} <= pairs, _show(text)
    text = "Soldiers and rebels clashed outside the town hall."
    assert {e.cameo_root for e in _coded(text)} == {"19"}, _show(text)


def test_a_clash_over_a_budget_is_words():
    text = "The two ministers clashed over the budget."
    assert not (_roots(text) & VIOLENT), _show(text)
