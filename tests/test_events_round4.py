"""Event coding on real news, round 4 of issue 11: statements without a plain "said", opinions that are
no announcements, tables and idioms that are no events.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _statements(events, rule_prefix="S-"):
    return [e for e in events if e.cameo_root == "01" and e.rule_id.startswith(rule_prefix)]


# ------------------------------------------------------------------ "according to X" was X's statement (until round 13)

# rounds before 13: convention according-attribution (gold convention C1, round 13) off
_BEFORE_ROUND13 = frozenset({"base", "tuned", "round2", "round3", "round4", "round5", "round6", "round7", "round8",
                             "round9", "round10", "round11", "round12"})


@pytest.mark.parametrize("text,words", [
    ("The dam has been shut since March, according to the Water Ministry.", "Water Ministry"),
    ("Prices rose by four percent in May, according to the ministry's monthly update.", "ministry"),
    ("According to witnesses, the gunmen fled on motorbikes.", "witnesses"),
    ("The convoy left at dawn, according to a senior police source.", "police source"),
])
def test_according_to_a_speaker_was_a_statement_before_round13(text, words):
    from test_events import _code_with
    found = _statements(_code_with(text, _BEFORE_ROUND13), "S-according-to")
    assert found and words in (found[0].source_text or ""), text
    assert found[0].cameo_code == "010" and found[0].modality == "asserted"
    assert not _statements(_events(text), "S-according-to"), text     # round 13: an attribution only (C1)


@pytest.mark.parametrize("text", [
    "The fee was raised in May, according to court documents.",
    "The river rose by two metres, according to the latest figures.",
    "The bridge is closed to lorries, according to the sign.",
])
def test_according_to_a_document_with_no_speaker_is_no_statement(text):
    assert not _statements(_events(text), "S-according-to"), text


# ------------------------------------------------------------------ statements whose content the parse hides

@pytest.mark.parametrize("text", [
    "Fire Chief Mary Lopez told reporters at a briefing that crews began receiving calls on Monday.",
    "The union leader spoke to reporters outside the plant on Friday.",
    "The retired judge spoke for the first time about the case.",
    "The mayor testified before a state senate committee on Tuesday.",
])
def test_statements_to_the_press_or_a_body_are_coded(text):
    assert _has(_events(text), root="01"), text


def test_coordinated_speakers_each_make_a_statement():
    evs = _statements(_events("Kenyan police and the Red Cross said on Monday that the road was open again."))
    assert len(evs) >= 2


def test_talking_to_a_counterpart_is_not_a_statement():
    # speaking to someone other than the press is a consultation, not an announcement
    evs = _events("The Kenyan foreign minister talked to Ugandan officials about the border.")
    assert not [e for e in evs if e.rule_id.startswith("S-speak")]


# ------------------------------------------------------------------ an opinion verb is no announcement

@pytest.mark.parametrize("text", [
    "Smith believes the mayor should resign.",
    "Many voters think the count was unfair.",
    "She reckons the league will expand next year.",
])
def test_a_persons_opinion_is_not_a_statement(text):
    assert not [e for e in _events(text) if e.rule_id.startswith("S-believe")], text


@pytest.mark.parametrize("text", [
    "The ministry believes that the harvest will be poor.",
    "Russia believes the new tariffs will fail.",
    "Detectives believe the fire was set deliberately.",
])
def test_a_bodys_stated_belief_is_a_statement(text):
    assert [e for e in _events(text) if e.rule_id.startswith("S-believe")], text


@pytest.mark.parametrize("text", [
    "He was born in Ohio, according to a copy of his passport.",
    "The launch was moved to May, according to an invitation obtained by the Herald.",
])
def test_according_to_a_thing_is_not_its_subjects_statement(text):
    assert not _statements(_events(text), "S-according-to"), text


# ------------------------------------------------------------------ what is no sentence of a story

def test_table_rows_are_not_coded():
    text = ("Write to your representative.\n\n"
            "| Jane Doe | MP for Eastfield | attacked in the press | jane@example.org |\n\n"
            "| John Roe | MP for Westfield | arrested in 2019 | john@example.org |")
    assert not _events(text)


def test_a_blotter_label_is_not_the_person_arrested():
    evs = _events("October 3: ARRESTS – Chad Smith, 37, of Springfield, was arrested by Kincaid police "
                  "for retail theft.")
    arrests = _has(evs, root="17")
    assert arrests and all("ARRESTS" not in (e.target_text or "") for e in arrests)
    assert any("Chad Smith" in (e.target_text or "") for e in arrests)


# ------------------------------------------------------------------ idioms and business deals are no events

@pytest.mark.parametrize("text", [
    "The prime minister came out fighting after the vote.",
    "The challenger went down fighting in the final round.",
    "Students symbolically attacked the bank's logo with paint.",
])
def test_idioms_are_not_force(text):
    assert not [e for e in _events(text) if e.cameo_root in ("18", "19", "20")], text


def test_fighting_on_stays_force():
    assert _has(_events("Government troops kept fighting rebels in the north."), root="19")


@pytest.mark.parametrize("text", [
    "The bus company signed a contract with the city to run the night buses.",
    "The striker signed a sponsorship deal with a shoe maker.",
])
def test_a_commercial_contract_is_not_a_formal_agreement(text):
    assert not _has(_events(text), code="057"), text


def test_a_treaty_is_still_a_formal_agreement():
    assert _has(_events("Kenya and Uganda signed a border treaty in Nairobi on Monday."), root="05")


# ------------------------------------------------------------------ reactions to acts whose doer is not named

@pytest.mark.parametrize("text,root", [
    ("The opposition condemned the arrests of its members.", "11"),
    ("The Kenyan foreign minister welcomed the ceasefire agreement.", "05"),
])
def test_a_public_reaction_to_an_act_is_coded(text, root):
    assert _has(_events(text), root=root), text


def test_approving_a_measure_is_no_reaction():
    assert not _has(_events("Texas voters approved the amendment on Tuesday."), root="05")


# ------------------------------------------------------------------ assault on a person, habits

@pytest.mark.parametrize("text", [
    "A female police officer was assaulted by a drunk man outside the station.",
    "A bus driver was assaulted by a passenger on Tuesday.",
])
def test_assaulting_a_person_is_physical_assault(text):
    evs = _events(text)
    assert _has(evs, root="18") and not _has(evs, root="19"), text


def test_assaulting_a_town_stays_force():
    assert _has(_events("Troops assaulted the rebel-held town at dawn."), root="19")


def test_a_habit_of_talking_is_no_statement():
    evs = _events('"We discuss it every week," the mayor said.')
    assert not [e for e in evs if e.rule_id.startswith("S-speak")]
    assert _has(evs, code="010")


def test_beating_protesters_is_physical_assault():
    evs = _events("Police hit protesters with batons outside the parliament.")
    assert _has(evs, root="18") and not _has(evs, root="19")


def test_voiced_support_is_verbal_support():
    evs = _events("The Fijian prime minister has voiced his support for a yearly fisheries forum.")
    assert _has(evs, code="051")


# ------------------------------------------------------------------ headline passives: the subject is the victim

@pytest.mark.parametrize("text,victims", [
    ("100 protesters killed in unrest, rights group says", "protesters"),
    ("Three soldiers killed in ambush near border", "soldiers"),
])
def test_a_headline_passive_makes_its_subject_the_target(text, victims):
    force = [e for e in _events(text) if e.cameo_root in ("18", "19", "20")]
    assert force and all(victims not in (e.source_text or "") for e in force)
    assert any(victims in (e.target_text or "") for e in force)


def test_an_active_verb_keeps_its_subject_as_source():
    force = _has(_events("Police killed two robbers in Nairobi on Tuesday."), root="19")
    assert force and "Police" in (force[0].source_text or "")


@pytest.mark.parametrize("text,victims", [
    ("A shooting at a nightclub left three people wounded.", "three people"),
    ("An attack on a convoy killed five soldiers.", "five soldiers"),
    ("Gun attacks near the city left seven dead.", "seven"),
])
def test_the_toll_of_an_attack_noun_is_its_target(text, victims):
    assert any(victims in (e.target_text or "") for e in _events(text) if e.cameo_root in ("18", "19")), text


def test_a_political_toll_names_no_victims():
    evs = _events("The attack left the government in a difficult position.")
    assert not any("government" in (e.target_text or "") for e in evs)


# ------------------------------------------------------------------ claims, issued statements, reactions

def test_claiming_an_attack_is_claiming_responsibility():
    assert _has(_events("Al-Shabaab claimed the attack in a statement on its website."), code="015")


def test_the_floods_claiming_lives_claim_nothing():
    assert not _has(_events("The floods claimed the lives of 30 people."), root="01")


def test_a_statement_condemning_speaks_for_its_issuer():
    evs = _events("The Kenyan embassy issued a statement condemning the attack.")
    assert any(e.cameo_root == "11" and "embassy" in (e.source_text or "") for e in evs)


def test_condemning_an_attack_with_no_attacker_named_is_still_coded():
    assert _has(_events("The Kenyan embassy condemned the attack."), root="11")


def test_condemning_an_attack_answers_the_attackers_named_before():
    evs = _events("Rebels attacked a village in Kenya on Monday. The Kenyan government condemned the attack.")
    assert any(e.cameo_root == "11" and "Rebels" in (e.target_text or "") for e in evs)


def test_according_to_a_copy_of_someones_document_is_not_their_statement():
    evs = _events("Okafor was born in Leeds, according to a copy of his passport.")
    assert not _statements(evs, "S-according-to")
