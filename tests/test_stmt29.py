"""Event coding, session 28 (issue 11, branch stmt29): statements (01) -- refusals to comment said in so many words,
telling verbs that share a passive, two subjects parsed on a trailing "he said", statements someone may only get the
chance to make, the speaker of a quote kept over an actor of one country whose statement it tells, Senate confirmations, economic measures announced,
"it must be stressed that", and three verbs of saying (weigh in, outline, lay out).

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events
from test_stmt25 import _asserted, _show


def _codes(text, root="01"):
    return [e.cameo_code for e in _asserted(text, root)]


# quoted-refusals -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "\"We do not comment on pending lawsuits,\" the bakery's spokeswoman Ann Roe said in a statement.",
    "The Danish ministry does not comment on individual cases, a spokesman said.",
    "\"I can't discuss the case,\" the Danish housing minister said.",
])
def test_a_refusal_to_comment_in_what_was_said_is_011(text):
    assert _codes(text) == ["011"], _show(text)


@pytest.mark.parametrize("text", [
    "\"We did not comment at the time,\" the Danish housing minister said.",
    "They never comment on rumours, the Danish housing minister said.",
])
def test_a_past_or_third_party_silence_stays_a_statement(text):
    assert _codes(text) == ["010"], _show(text)


# passive-conjunct-hearers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Danish cyclist was stopped at the border and told he could not cross.",
    "The Danish sailor was pulled from the water and told he had been lucky.",
])
def test_told_sharing_a_passive_makes_the_subject_the_hearer(text):
    assert not _asserted(text, "01"), _show(text)


def test_told_with_its_own_hearer_is_still_said():
    text = "The Danish minister was asked about the bridge and told reporters it would reopen in May."
    assert _asserted(text, "01"), _show(text)


# trailing-speaker-subjects ----------------------------------------------------------------------------------------
def test_the_subject_of_what_was_said_is_no_second_speaker():
    text = "The crews who stay late at the depot tend to be the ones who know the trains best, the Danish mayor said."
    evs = _asserted(text, "01")
    assert [e.source_text for e in evs] == ["the Danish mayor"], _show(text)


def test_the_trailing_subject_speaks_even_when_no_word_list_names_it():
    text = "The crews who stay late at the depot tend to be the ones who know the trains best, the Danish foreman said."
    evs = _asserted(text, "01")
    assert [e.source_text for e in evs] == ["the Danish foreman"], _show(text)


# enabled-statements -----------------------------------------------------------------------------------------------
def test_a_chance_to_say_something_is_no_statement():
    text = "The new levy will allow the Danish prime minister to point to a balanced budget."
    assert not _asserted(text, "01"), _show(text)


def test_a_permission_given_leaves_the_statement():
    text = "The judge allowed the Danish witness to say that she had seen the car."
    assert _asserted(text, "01"), _show(text)


# outer-statements -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "\"The storm was a gift to the Danish prime minister, enabling him to argue that the dikes had held,\" said Ann "
    "Roe, a Danish novelist.",
    "\"The Danish prime minister said the dikes would hold,\" Ann Roe, a Danish novelist, said.",
])
def test_the_quote_speaker_is_kept_over_a_statement_told_inside_it(text):
    evs = _asserted(text, "01")
    assert [e.source_text for e in evs] == ["Ann Roe"], _show(text)


# confirmed-appointees ---------------------------------------------------------------------------------------------
def test_confirming_nominees_is_a_vote_not_a_statement():
    text = ("The Danish parliament spent the week confirming the government's nominees, and its members say they are "
            "tired.")
    evs = _asserted(text, "01")
    assert evs and not [e for e in evs if e.cue and e.cue.startswith("confirm")], _show(text)
    assert [e for e in evs if e.cue == "say"], _show(text)


def test_confirming_a_death_is_still_a_statement():
    text = "The Danish health ministry confirmed the death of a second patient."
    assert _codes(text) == ["010"], _show(text)


# SE-economic-measures-stmt29 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Danish finance minister announced a package of economic measures on Monday.",
    "The Danish prime minister announced a package of stimulus measures for farmers.",
])
def test_economic_measures_announced_restrict_no_one(text):
    evs = _events(text)
    assert not [e for e in evs if e.cameo_root == "17"], _show(text)
    assert _codes(text) == ["010"], _show(text)


def test_measures_against_a_virus_are_still_restrictions():
    text = "The Danish interior minister announced new measures to curb the virus."
    assert [e for e in _events(text) if e.cameo_code == "172"], _show(text)


# impersonal-musts -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In a letter to the staff, the Danish health minister wrote that it must be stressed that the grants are not loans.",
    "The Danish health minister wrote in a memo that it should be noted that the pay talks had not failed.",
])
def test_it_must_be_made_clear_is_no_demand(text):
    evs = _events(text)
    assert not [e for e in evs if e.rule_id.startswith("D-")], _show(text)
    assert _codes(text) == ["010"], _show(text)


def test_a_modal_passive_with_a_real_subject_still_demands():
    text = "The Danish health minister said the old hospital must be repaired before winter."
    assert [e for e in _events(text) if e.rule_id.startswith("D-must")], _show(text)


# V01-weigh-in-stmt29, V01-outline-stmt29, V01-lay-out-stmt29 ------------------------------------------------------
@pytest.mark.parametrize("text, rule", [
    ("The Danish finance minister weighed in on the pension dispute.", "V01-weigh-in-stmt29"),
    ("The Danish finance minister chimed in that the bridge was unsafe.", "V01-weigh-in-stmt29"),
    ("The Danish finance minister outlined her plan for the budget.", "V01-outline-stmt29"),
    ("The Danish finance minister laid out his vision for the port on Monday.", "V01-lay-out-stmt29"),
])
def test_verbs_of_saying_one_view(text, rule):
    evs = _asserted(text, "01")
    assert [e for e in evs if e.rule_id == rule and e.source_code == "DNKGOV"], _show(text)


def test_laying_out_things_is_no_statement():
    text = "The Danish waiters laid out the tables before noon."
    assert not _asserted(text, "01"), _show(text)


# hyphenated-titles ------------------------------------------------------------------------------------------------
def test_a_hyphenated_title_names_the_speaker():
    text = "The sergeant-at-arms of the Danish parliament said the doors would stay shut."
    evs = _asserted(text, "01")
    assert [e.source_text for e in evs] == ["sergeant"], _show(text)


def test_two_officials_of_one_country_in_two_clauses_both_speak():
    text = "The Danish prime minister said the port would reopen, and the Danish finance minister said it would not."
    evs = _asserted(text, "01")
    assert sorted(e.source_text for e in evs) == ["The Danish prime minister", "the Danish finance minister"], \
        _show(text)


# warned-infinitives -----------------------------------------------------------------------------------------------
def test_a_caution_to_the_public_is_a_warning_statement():
    text = "The harbour police warned the public on Sunday not to swim near the pier."
    assert _codes(text) == ["012"], _show(text)


def test_a_warning_to_a_named_side_stays_a_threat():
    text = "Iran warned Israel not to attack its nuclear sites."
    evs = _events(text)
    assert [e for e in evs if e.cameo_code == "130"] and not _asserted(text, "01"), _show(text)
