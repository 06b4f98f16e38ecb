"""Event coding on real news, round 6 of issue 11: warnings, things made public, conditional threats,
angry reactions and drawn criticism, theft, and the author of an act named by "by".

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _coded_towards(text: str, code: str, target: str) -> bool:
    """The text codes `code` and its first such event's target words hold `target`."""
    found = _has(_events(text), code=code)
    return bool(found) and target in (found[0].target_text or "")


# ------------------------------------------------------------------ a warning is a pessimistic comment (012)

@pytest.mark.parametrize("text", [
    "Engineers warned that the old dam could fail in a heavy flood.",
    "Health experts are warning that the hospitals will soon run out of beds.",
])
def test_warning_about_a_danger_is_012(text):
    found = [e for e in _events(text) if e.rule_id == "S-warn"]
    assert found and found[0].cameo_code == "012", text


def test_warning_against_an_act_stays_a_threat_without_a_second_statement():
    evs = _events("The UN warned Israel against a ground offensive in the south.")
    assert _has(evs, root="13")
    assert not [e for e in evs if e.rule_id == "S-warn"], "the threat says more than the warning"


# ------------------------------------------------------------------ what is made public may be a noun phrase

@pytest.mark.parametrize("text,speaker", [
    ("The health ministry reported 40 new cases on Sunday.", "ministry"),
    ("Traders cited the strike at the port as the reason for the fall.", "Traders"),
    ("The army confirmed the deaths of two soldiers near the border.", "army"),
])
def test_a_reported_noun_phrase_is_a_statement(text, speaker):
    found = [e for e in _events(text) if e.rule_id == "S-report"]
    assert found and found[0].cameo_code == "010" and speaker in (found[0].source_text or ""), text


@pytest.mark.parametrize("text", [
    "Two deaths were reported in the north on Monday.",          # passive: nobody named reports
    "The new officer reported to the station commander.",        # a chain of command, nothing made public
])
def test_reporting_without_a_speaker_or_content_is_no_statement(text):
    assert not [e for e in _events(text) if e.rule_id == "S-report"], text


# ------------------------------------------------------------------ conditional announcements are threats

@pytest.mark.parametrize("text,code", [
    ("The president said he would raise tariffs on Brazilian steel if no deal is reached.", "1312"),
    ("The rebels said they would attack the capital unless the army withdrew.", "138"),
])
def test_conditional_announced_conflict_is_a_threat(text, code):
    evs = _events(text)
    assert _has(evs, code=code), text
    assert not _has(evs, code="010"), "the threat replaces the plain statement"


def test_conditional_announced_cooperation_is_no_threat():
    evs = _events("The minister said the government would release the prisoners if the rebels laid down their arms.")
    assert not _has(evs, root="13")


def test_tariffs_raised_are_sanctions_on_the_country_named():
    found = _has(_events("The government will raise tariffs on Brazilian steel next month."), code="163")
    assert found and (found[0].target_code or "").startswith("BRA")


def test_attacking_the_capital_is_force_not_words():
    assert _has(_events("The militants attacked the capital on Sunday."), root="19")


# ------------------------------------------------------------------ angry reactions and drawn criticism (111)

@pytest.mark.parametrize("text,target", [
    ("The farmers reacted with fury to the minister's plan to cut subsidies.", "minister"),
    ("Teachers reacted angrily to plans by the education ministry to cut their pay.", "plans"),
])
def test_an_angry_reaction_is_criticism_of_the_author(text, target):
    assert _coded_towards(text, "111", target), text
    found = _has(_events(text), code="111")
    assert (found[0].target_code or "").endswith("GOV"), "the author of the plan, named by its possessor or 'by'"


def test_a_calm_reaction_is_no_criticism():
    assert not _has(_events("The union reacted calmly to the offer from the government."), root="11")


def test_drawing_outrage_from_a_group_is_their_criticism():
    found = _has(_events("The governor drew outrage from opposition lawmakers over the delay."), code="111")
    assert found and "lawmakers" in (found[0].source_text or "") and "governor" in (found[0].target_text or "")


# ------------------------------------------------------------------ theft (PETRARCH STEAL: 171)

def test_robbery_is_seizing_property():
    assert _has(_events("Two men robbed a petrol station in Leeds on Friday night."), code="171")


def test_stealing_the_show_is_no_event():
    assert not _has(_events("The young striker stole the show on Saturday."), root="17")


# ------------------------------------------------------------------ praise and criticism are aimed at someone

@pytest.mark.parametrize("text,code,target", [
    ("The governor said the mayor had done a wonderful job for the city.", "051", "mayor"),
    ('"The mayor has done a wonderful job with the harbour repairs," the governor said on Friday.', "051", "mayor"),
    ("The party said the government's handling of the floods was a disgrace.", "111", "government"),
])
def test_praise_or_criticism_in_a_statement_is_aimed_at_the_clause_subject(text, code, target):
    assert _coded_towards(text, code, target), text


@pytest.mark.parametrize("text", [
    '"This decision is a disgrace," the senator said.',          # a thing, no actor
    '"We have done a wonderful job," the mayor said.',            # the speaker praising itself
])
def test_a_judged_clause_without_another_actor_gives_no_target(text):
    found = [e for e in _events(text) if e.cameo_root in ("05", "11")]
    assert found and found[0].target_text is None, text


# ------------------------------------------------------------------ a role in a relative clause is no statement

def test_a_role_described_in_the_present_is_no_statement():
    evs = _events("Jones, who advises the city council, said the budget would be cut.")
    assert [e.cue for e in evs if e.cameo_code == "010"] == ["said"]


def test_a_past_suggestion_in_a_relative_clause_is_still_a_statement():
    evs = _events("The adviser, who suggested on Monday that the city close the bridge, was fired.")
    assert [e for e in evs if e.rule_id.startswith("S-suggest")]


# ------------------------------------------------------------------ statements named by a noun

@pytest.mark.parametrize("text,code,speaker", [
    ("The minister's admission that she had misled parliament ended her career.", "010", "minister"),
    ("Despite an earlier declaration by the army that the road was safe, two trucks were attacked.", "010", "army"),
    ("The claim by the opposition that the vote was rigged has been rejected.", "010", "opposition"),
    ("An earlier warning by engineers that the dam could fail went unheeded.", "012", "engineers"),
])
def test_a_statement_noun_with_its_that_clause_is_a_statement(text, code, speaker):
    found = [e for e in _events(text) if e.rule_id.startswith("S-nominal")]
    assert found and found[0].cameo_code == code and speaker in (found[0].source_text or ""), text


@pytest.mark.parametrize("text", [
    "The statement that the company issued on Monday was brief.",     # a relative clause, not its content
    "The minister would not make a declaration that the war was over.",
    "The ministry issued no statement on Monday.",
])
def test_statement_nouns_without_content_or_not_made_are_no_statement(text):
    assert not [e for e in _events(text) if e.rule_id.startswith("S-nominal")], text


# ------------------------------------------------------------------ word senses: tone words, targets met, help to do

def test_a_participle_or_a_third_party_agreeing_is_no_accord_of_the_speaker():
    evs = _events('"The cartel also failed to honour its agreed cuts in May," an analyst said.')
    assert not _has(evs, code="019")
    evs = _events("Officials told the newspaper that Norway is unlikely to agree to new limits.")
    assert not _has(evs, code="019")


def test_speakers_stating_their_own_agreement_is_accord():
    assert _has(_events("The two ministers said they agreed on the need for new rules."), code="019")


@pytest.mark.parametrize("text", [
    "The factory failed to meet its export targets.",
    "The country does not meet the requirements for membership.",
])
def test_meeting_a_target_is_no_meeting(text):
    assert not _has(_events(text), root="04"), text


def test_meeting_a_person_is_still_a_meeting():
    assert _has(_events("The president will meet the Saudi king on Friday."), code="040")


def test_helping_someone_do_something_is_no_aid():
    assert not _has(_events("Backers of the plan say that it helps local firms compete with foreign rivals."), root="07")
    assert _has(_events("Japan helped the Philippines after the typhoon."), code="070")


# ------------------------------------------------------------------ gunfire is force, not a blaze

@pytest.mark.parametrize("text,target", [
    ("Gunmen opened fire on a bus carrying pilgrims.", "bus"),
    ("Soldiers opened fire on the protesters outside the stadium.", "protesters"),
])
def test_opening_fire_is_193(text, target):
    assert _coded_towards(text, "193", target), text


def test_returning_fire_is_force_not_a_return():
    evs = _events("Soldiers returned fire after the convoy was ambushed.")
    assert _has(evs, code="193") and not _has(evs, root="08")


def test_vowing_to_retaliate_is_no_pledge_to_cooperate():
    evs = _events("The militants vowed to retaliate against the army.")
    # (round27, convention vowed-force: the force vowed is a threat of it, 138, no longer a planned 190)
    assert not _has(evs, root="03") and _has(evs, root="13") and not _has(evs, root="19")


def test_opening_a_building_is_no_event():
    assert not _events("The museum opened a new wing on Sunday.")


# ------------------------------------------------------------------ targets struck, targets reached; summons; control

def test_military_targets_struck_are_force():
    # aerial weapons: 195 since session 38 (convention weapon-codes; the codebook's 195 "attack, bomb from air"), was 190
    assert _has(_events("Warplanes struck targets in the north overnight."), code="195")


@pytest.mark.parametrize("text", [
    "The central bank hit its inflation target last year.",
    "Exports hit a record in May.",
])
def test_a_target_or_record_reached_is_no_force_and_no_criticism(text):
    evs = _events(text)
    assert not _has(evs, root="19") and not _has(evs, root="11"), text


def test_summoning_an_ambassador_is_a_formal_complaint():
    found = _has(_events("The foreign ministry summoned the French ambassador over the remarks."), code="114")
    assert found and (found[0].target_code or "").startswith("FRA")


def test_seizing_control_of_a_town_is_occupation():
    assert _has(_events("Rebels seized control of the town on Sunday."), code="192")
    assert not _has(_events("The investor took control of the company."), root="19")


# ------------------------------------------------------------------ deployments, laws signed, walkouts, people by age

@pytest.mark.parametrize("text,target", [
    ("Russia deployed thousands of troops near Ukraine's border.", "UKR"),
    ("China massed troops on the border with India.", "IND"),
])
def test_mobilisation_targets_whose_border_it_is_not_the_troops(text, target):
    found = _has(_events(text), code="154")
    assert found and (found[0].target_code or "").startswith(target), text


def test_an_army_deploying_its_own_troops_is_still_a_mobilisation():
    assert _has(_events("The army deployed troops to the border."), code="154")


def test_signing_a_bill_into_law_is_no_agreement():
    assert not _has(_events("The president signed the bill into law."), root="05")
    assert _has(_events("The two countries signed a trade agreement."), code="057")


def test_a_walkout_is_a_strike():
    assert _has(_events("Nurses staged a walkout over pay."), code="143")


def test_a_person_named_by_age_is_the_victim():
    found = _has(_events("Police said a 20-year-old was shot dead in the street."), code="193")
    assert found and "20-year-old" in (found[0].target_text or "")


# ------------------------------------------------------------------ public warnings, insisting on a fact

@pytest.mark.parametrize("text", [
    "The embassy issued a travel warning for the region.",
    "Forecasters issued a flood warning for the valley.",
])
def test_a_warning_to_the_public_about_a_danger_is_no_threat(text):
    assert not _has(_events(text), root="13"), text


def test_a_warning_to_an_adversary_stays_a_threat():
    assert _has(_events("Iran issued a stern warning to Israel."), code="130")


def test_insisting_on_a_past_fact_is_a_statement_not_a_demand():
    evs = _events("He insisted that he had done nothing wrong.")
    assert not _has(evs, root="10") and _has(evs, code="010")
    assert _has(_events("The minister insisted that the troops leave the city."), root="10")


# ------------------------------------------------------------------ verdicts and refused requests

@pytest.mark.parametrize("text,target", [
    ("A jury found the officer guilty of manslaughter.", "officer"),
    ("The former minister was found guilty of corruption.", "minister"),
])
def test_a_guilty_verdict_is_a_conviction(text, target):
    assert _coded_towards(text, "116", target), text


def test_a_not_guilty_verdict_is_no_conviction():
    assert not _has(_events("The jury found the two men not guilty of murder."), root="11")


def test_denying_bail_is_a_rejection_not_a_denial():
    evs = _events("The judge denied bail to the two men.")
    assert _has(evs, root="12") and not _has(evs, code="016")
    assert _has(_events("The company denied the allegations."), code="016")


# ------------------------------------------------------------------ the writer's "I" / "we" is no news actor

@pytest.mark.parametrize("text", [
    "We visited the old harbour of Genoa last spring with our children.",
    "We asked the ministry for a comment on Friday, and we confirmed the figures with two officials.",
    "I met the mayor of Lyon at a bakery last week.",
])
def test_first_person_of_the_narrative_codes_nothing(text):
    evs = _events(text)
    assert not [e for e in evs if (e.source_text or "").lower() in ("i", "we")], [(e.cameo_code, e.source_text) for e in evs]


def test_first_person_inside_a_quote_is_the_speakers():
    evs = _events('"We will meet the Japanese delegation in Tokyo next week," the Australian foreign minister said.')
    assert [e for e in evs if e.source_text == "We" and (e.source_code or "").startswith("AUS")], \
        [(e.cameo_code, e.source_code, e.source_text) for e in evs]


def test_a_named_source_is_kept():
    assert _has(_events("The French president visited Senegal on Monday."), root="04", src="FRA")
