"""Session 45 (lead): kinds read on wire-style articles of the lead's own, each checked on sentences written for
these tests.

- a deadline given to an envoy to leave is the expulsion (161) only: the ultimatum (139) gives way to it, and both
  readings share one list of verbs and units of time (events/given_time.py, events/ultimatums.py);
- the to-infinitive of "appealed to X to", "called on X to", "pleaded with X to" is done by X
  (events/tree_subjects.asked_by_preposition, word list PREP_APPEAL_VERBS);
- an active verb coordinated with a passive clause that a later "officials said" reports shares the passive's
  subject (events/tree_subjects: the round-14 rule reads only a reporter before the clause);
- an act of force named as the object of "blamed ... on Y" or in "blamed Y for ..." was done by Y, not to Y
  (events/harm_context.blamed_doers);
- the release of someone's staff or associates ("the minister's aide", "the spokesman") is a release of people,
  not of a report (noun set PRISONERS, read by SE-release-thing).
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str) -> list:
    return newsgraph.analyse(text, published=PUBLISHED).events


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo_code, e.source_text or "", e.target_text or "") for e in _events(text)]


# --- a deadline given to an envoy: one expulsion, no second ultimatum ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru gave the Bolivian ambassador 48 hours to leave the country.",
    "Chile gave two Argentine diplomats three days to leave the country.",
])
def test_envoy_given_time_to_leave_is_an_expulsion_only(text):
    codes = [c for c, _, _ in _codes(text)]
    assert "161" in codes
    assert "139" not in codes


@pytest.mark.parametrize("text, target", [
    ("The army gave the rebels until Friday to leave the city.", "the rebels"),
    ("The junta gave French troops a month to withdraw from the country.", "French troops"),
])
def test_a_deadline_given_to_armed_men_stays_an_ultimatum(text, target):
    assert any(c == "139" and t == target for c, _, t in _codes(text))


def test_time_to_finish_a_task_is_no_ultimatum():
    assert not any(c in ("139", "161") for c, _, _ in _codes(
        "The examiners gave the pupils an extra hour to finish the test."))


# --- the one appealed to does what is asked ------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, code, source", [
    ("Kenya appealed to Uganda to release the detained activists.", "release", "0841", "Uganda"),
    ("Kenya called on Uganda to release the jailed reporters.", "release", "0841", "Uganda"),
    ("The provincial governor appealed to the federal government to send more troops to the region.", "send",
     "154", "the federal government"),
])
def test_the_one_appealed_to_does_the_asked_act(text, cue, code, source):
    evs = [e for e in _events(text) if e.cue == cue]
    assert evs and all(e.source_text == source for e in evs)
    assert any(e.cameo_code == code and e.modality == "hypothetical" for e in evs)


def test_a_purpose_after_a_place_is_still_the_subjects():
    evs = [e for e in _events("Kenya sent troops to Somalia to fight al-Shabaab.") if e.cue == "fight"]
    assert evs and all(e.source_text == "Kenya" for e in evs)


# --- an active verb after a passive that a later reporter reports --------------------------------------------------

def test_active_after_passive_before_the_reporter_shares_the_passive_subject():
    text = "Marines were flown to the island and detained four smugglers, officials said."
    arrests = [e for e in _events(text) if e.cameo_code == "173"]
    assert arrests and all(e.source_text == "Marines" for e in arrests)


def test_appeal_after_the_reporter_keeps_the_reporter():
    text = "Police said the warehouse fires were started by arsonists and called on residents to report them."
    appeals = [e for e in _events(text) if e.cameo_code == "020"]
    assert appeals and all(e.source_text == "Police" for e in appeals)


# --- blamed on / blamed for: the doer, not the victim --------------------------------------------------------------

@pytest.mark.parametrize("text, cue, doer", [
    ("Police blamed the bombing on separatist rebels.", "bombing", "separatist rebels"),
    ("The state governor blamed the attack on a local drug cartel.", "attack", "a local drug cartel"),
    ("The army blamed the rebels for the attack on the checkpoint.", "attack", "the rebels"),
])
def test_an_act_blamed_on_someone_was_done_by_them(text, cue, doer):
    evs = [e for e in _events(text) if e.cue == cue]
    assert evs and all(e.source_text == doer and e.target_text != doer for e in evs)
    assert any(e.cameo_code == "112" for e in _events(text))


def test_a_denied_blame_lays_nothing():
    evs = [e for e in _events("The minister did not blame the attack on the rebels.") if e.cue == "attack"]
    assert all(e.source_text != "the rebels" for e in evs)


# --- the release of a person named by a title ----------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The high court ordered the release of the opposition leader's aide.", "the opposition leader's aide"),
    ("A judge ordered the release of the party spokesman on bail.", "the party spokesman"),
])
def test_release_of_a_titled_person_is_coded(text, target):
    assert any(c == "0841" and t == target for c, _, t in _codes(text))


@pytest.mark.parametrize("text", [
    "The release of the ministry's annual report was delayed again.",
    "The band announced the release of its third album.",
])
def test_release_of_a_thing_is_not(text):
    assert not any(c == "0841" for c, _, _ in _codes(text))


# --- a day fronted with no comma before a one-word subject ---------------------------------------------------------

@pytest.mark.parametrize("text, code, source", [
    ("On Friday Chile expelled two Argentine diplomats.", "161", "Chile"),
    ("On Monday Sweden recalled its ambassador from Budapest.", "161", "Sweden"),
])
def test_a_fronted_day_leaves_the_name_its_subject(text, code, source):
    assert any(c == code and s == source for c, s, _ in _codes(text))


def test_the_fronted_day_repair_keeps_other_parses():
    from newsgraph.nlp.model import load_nlp
    doc = load_nlp()("On Friday the army said it had retaken the town.")
    assert doc[1].dep_ == "pobj" and doc[3].dep_ == "nsubj"
    doc = load_nlp()("On Friday Chile expelled two Argentine diplomats.")
    assert (doc[1].dep_, doc[1].head.i) == ("pobj", 0)
    assert (doc[2].dep_, doc[2].head.text) == ("nsubj", "expelled")


# --- a participle of saying after a subordinate clause is the main clause's speaker's -----------------------------

def _subjects_of(text: str, word: str) -> list[str]:
    from newsgraph.events import roles
    from newsgraph.nlp.model import load_nlp
    doc = load_nlp()(text)
    return [t.text for t in roles.subjects(next(t for t in doc if t.text == word))]


def test_participle_of_naming_after_a_clause_is_the_main_subjects():
    text = ("Beijing lodged a protest with Tokyo after a Japanese senator visited Taipei, calling the trip a breach "
            "of Japan's commitments.")
    assert _subjects_of(text, "calling") == ["Beijing"]
    assert not any(e.cue == "calling" and e.source_text == "a Japanese senator" for e in _events(text))


def test_act_of_force_after_a_clause_stays_the_clauses():
    assert _subjects_of("Police opened fire after rebels stormed the town, killing 12 people.", "killing") \
        == ["rebels"]


# --- who reports a clause is not "the man" it reports on ------------------------------------------------------------

def test_the_man_in_a_reported_clause_is_not_its_reporter():
    text = ("Police in the port city detained a radio journalist on Monday. The police chief said the man would be "
            "charged with sedition.")
    charged = [e for e in _events(text) if e.cue == "charged"]
    assert charged and all(e.target_code == "MED" for e in charged)


def test_the_man_still_takes_a_reporter_named_before_the_clause():
    text = "A farmer was shot near the border. Relatives said the man had been working in his field."
    a = newsgraph.analyse(text, published=PUBLISHED)
    man = [m for m in a.mentions if m.text == "the man"]
    farmer = [m for m in a.mentions if m.text == "A farmer"]
    assert man and farmer and man[0].actor_id == farmer[0].actor_id


# --- aid given to help someone: the one helped receives it ---------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Commission said it would provide 80 million euros to help Armenia rebuild its roads.", "0331"),
    ("The Commission will provide 80 million euros to help Armenia rebuild its roads.", "071"),
])
def test_aid_given_to_help_someone_goes_to_them(text, code):
    assert any(c == code and t == "Armenia" for c, _, t in _codes(text))


def test_aid_for_a_thing_names_no_recipient():
    evs = [e for e in _events("The Commission will provide 80 million euros to help rebuild the ports.")
           if e.cameo_code.startswith("07")]
    assert all(not e.target_text for e in evs)


# --- a verdict is a court's ------------------------------------------------------------------------------------------

def test_an_appealed_verdict_answers_the_court():
    text = ("Police arrested the opposition leader in March. A court jailed him for two years on Monday. His party "
            "said it would appeal the verdict.")
    appeals = [e for e in _events(text) if e.cue == "appeal"]
    assert appeals and all(e.target_text == "A court" for e in appeals)


def test_a_ruling_does_not_answer_a_police_raid():
    text = "Police raided the offices of an opposition newspaper on Monday. The editor said he would appeal the ruling."
    appeals = [e for e in _events(text) if e.cue == "appeal"]
    assert appeals and all(e.target_code != "COP" for e in appeals)


def test_demand_after_a_clause_under_an_act_of_force_stays_the_clauses():
    text = ("Police fired tear gas on Friday as thousands of farmers clashed with troops in the capital, demanding "
            "lower fuel prices.")
    assert _subjects_of(text, "demanding") == ["thousands"]


# --- merge mend: an embassy's seat is no body of the host state -----------------------------------------------------

def test_protest_outside_an_unowned_embassy_is_not_at_the_hosts_body():
    text = "KAMPALA, May 3 - Students protested outside the embassy after Russia and Iran signed a defence pact."
    assert not any(e.target_text == "the embassy" and (e.target_code or "").startswith("UGA") for e in _events(text))


def test_protest_outside_parliament_is_aimed_at_the_legislature():
    evs = [e for e in _events("KAMPALA, May 3 - Students protested outside parliament against the tax bill.")
           if e.cameo_code.startswith("14")]
    assert evs and all(e.target_code == "UGALEG" for e in evs)


# --- a bare "the government" a domestic side acts upon is that side's country's -------------------------------------

@pytest.mark.parametrize("text, code", [
    ("German opposition lawmakers criticised the government for moving too slowly.", "DEUGOV"),
    ("Thousands of Serbian students protested against the government on Sunday.", "SRBGOV"),
])
def test_bare_government_of_a_domestic_side(text, code):
    evs = [e for e in _events(text) if e.target_text == "the government"]
    assert evs and all(e.target_code == code for e in evs)


@pytest.mark.parametrize("text", [
    "The European Union criticised the government.",
    "Russia accused the government of genocide.",
])
def test_bare_government_acted_on_by_an_outsider_takes_no_country_from_it(text):
    evs = [e for e in _events(text) if e.target_text == "the government"]
    assert evs and all(e.target_code == "GOV" for e in evs)


# --- merge mends: a lawmaker's blockade, a generic "one" -----------------------------------------------------------

def test_a_lawmakers_blockade_on_a_bill_is_no_siege_eased():
    text = "Once the budget passed, the senator lifted his blockade on the trade bill."
    assert not any(e.cameo_code.startswith("08") for e in _events(text))
    assert any(e.cameo_code == "087" for e in _events("Israel eased its blockade of Gaza on Monday."))


@pytest.mark.parametrize("text", [
    "The minister promised reform, although one wonders how much will change.",
    "The minister promised reform. One might ask how much will change.",
])
def test_a_generic_one_names_no_one(text):
    assert not any(e.source_text and e.source_text.lower() == "one" for e in _events(text))


def test_one_of_the_people_just_named_still_speaks():
    evs = _events("Two diplomats briefed reporters in Geneva. One said the talks had gone well.")
    assert any(e.source_text == "One" and e.cameo_code == "010" for e in evs)


# --- a past the tagger took for a participle after an appeal's infinitive is the appealer's, asserted ---------------

def test_past_after_an_asked_infinitive_is_the_appealers_own_act():
    text = ("Church leaders appealed to the junta to free the jailed students and accused soldiers of beating "
            "them.")
    evs = [e for e in _events(text) if e.cue == "accused"]
    assert evs and all(e.source_text == "Church leaders" and e.modality == "asserted" for e in evs)


def test_the_asked_infinitive_itself_stays_the_asked_ones():
    text = "Church leaders appealed to the junta to free the jailed students."
    evs = [e for e in _events(text) if e.cue == "free"]
    assert evs and all(e.source_text == "the junta" for e in evs)


def test_a_defence_team_is_no_armed_unit():
    evs = [e for e in _events("Outside the tribunal, the senator's defence team told reporters the charges "
                              "were baseless.") if e.source_text == "the senator's defence team"]
    assert evs and all(not (e.source_code or "").endswith("MIL") for e in evs)


def test_participle_after_a_coordinated_subordinate_clause_is_the_main_subjects():
    text = ("Beijing lodged a protest with Tokyo after a Japanese senator visited Taipei and met its president, "
            "calling the trip a breach of Japan's commitments.")
    assert _subjects_of(text, "calling") == ["Beijing"]
