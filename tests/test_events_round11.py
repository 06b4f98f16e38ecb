"""Statements coded by what they say, round 11 of issue 11: general mechanisms of the statement coder.

A positive judgement denied of an actor is a criticism of it; tone words are read only in what was said; a
warning of the speaker's own act under a condition is a threat; praise of a deed in anchored words; whom a
judgement is about (a judging noun's of-phrase, a feeling's cause, a quantified subject's of-phrase, the object
of "called X Y"); "called X Y" and "hinted that" are statements; a report needs something reported.
Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed); each
kind has a sentence that must be coded next to one that must not.
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.datafile import DataFileError, package_data
from newsgraph.events import statement_data


def _codes(text: str) -> set[str]:
    return {e.cameo_code for e in _events(text) if e.modality == "asserted"}


# ------------------------------------------------------------------ denied judgements (negated-praise)

def test_a_positive_judgement_denied_of_an_actor_is_a_criticism_of_it():
    evs = _has(_events("The union said the Kenyan government had not done enough to protect nurses."), code="111")
    assert evs and evs[0].target_code.startswith("KEN")
    assert _has(_events("The economists said Ghanaian policymakers had not been aggressive enough."),
                code="111", tgt="GHA")


@pytest.mark.parametrize("text", [
    "The minister said there was not enough time to finish the road.",       # about no actor
    "The union said the Kenyan government had done enough to protect nurses.",  # not denied
])
def test_no_criticism_without_a_denied_judgement_of_an_actor(text):
    assert "111" not in _codes(text), text
    assert "010" in _codes(text), text


# ------------------------------------------------------------------ what was said only (tone-scope)

def test_a_coordinated_act_of_the_speaker_is_not_what_was_said():
    codes = _codes("Senator Hill bragged about his ties to the president and drew alarm from diplomats.")
    assert "012" not in codes and "010" in codes
    assert "012" in _codes("Senator Hill bragged that the diplomats were alarmed by the vote.") | \
        _codes("Senator Hill said he was worried about the vote.")


def test_a_condemning_noun_as_its_clause_subject_is_no_judgement():
    assert _codes("We talk about it often, but the great betrayal is over, the senator said.") & {"010"}
    assert "111" not in _codes("We talk about it often, but the great betrayal is over, the senator said.")
    assert "111" in _codes("The senator said the new tax was a betrayal of the farmers.")


# ------------------------------------------------------------------ conditional warnings

def test_a_warning_of_the_speakers_own_act_under_a_condition_is_a_threat():
    evs = _has(_events("The nurses warned that if their pay was not raised, they would stop work."), root="13")
    assert evs and evs[0].rule_id.startswith("S-warn")
    assert _has(_events("The farmers' union warned that unless prices rose, we will close the markets."), root="13")


@pytest.mark.parametrize("text", [
    "Engineers warned that if the rains continue, the dams could collapse.",   # no act of the speaker's
    "Engineers warned that the old dam could fail in a flood.",                # no condition
])
def test_a_warning_of_something_else_stays_pessimistic(text):
    codes = _codes(text)
    assert "012" in codes and not any(c.startswith("13") for c in codes), text


# ------------------------------------------------------------------ praise of deeds, feelings and their causes

def test_praise_of_a_deed_in_anchored_words():
    assert _has(_events("Dr Lee said Kenya had done well in its handling of the floods."), code="051", tgt="KEN")
    assert _has(_events("The governor said the Kenyan nurses did a great job."), code="051", tgt="KEN")
    assert _has(_events("The premier said she was deeply moved by the American pledge."),
                code="051", tgt="USA")


@pytest.mark.parametrize("text", [
    "The spokesman said the company was doing well financially.",    # a state, not a deed
    "The minister said the talks went well.",                          # no anchor
    "The mayor said she had a great time at the fair.",               # "great", but no job
])
def test_unanchored_or_ongoing_good_words_are_no_praise(text):
    assert "051" not in _codes(text), text


def test_a_stated_feeling_judges_its_cause():
    evs = _has(_events("The mayor said he was shocked by the Kenyan government's decision."), code="111")
    assert evs and evs[0].target_code.startswith("KEN")


# ------------------------------------------------------------------ whom a judgement is about (judged-parts)

def test_a_judging_nouns_of_phrase_and_a_quantified_subject_name_the_judged():
    assert _has(_events("Those are the ramblings of a Kenyan minister who has lost touch, the spokesman said."),
                code="111", tgt="KEN")
    assert _has(_events("It is unfortunate that none of the Kenyan ministers attended, the mayor said."),
                code="111", tgt="KEN")


# ------------------------------------------------------------------ new statement forms

def test_called_x_y_is_a_statement_and_its_tone_judges_the_object():
    assert "010" in _codes("The mayor called the new campaign a bold effort.")
    assert _has(_events("The Kenyan opposition called the president's plan a disgrace."), root="11")
    assert not _has(_events("She called the police at noon."), root="01")
    assert not _has(_events("The club named him captain."), root="01")


def test_hints_are_statements():
    assert "010" in _codes("The minister hinted that the tax would be cut next year.")


def test_a_report_needs_something_reported():
    assert _has(_events("The official revealed the plan to investigators."), code="010")
    assert not _has(_events("After the chief left, the deputy took over, and the analyst reported to him."),
                    root="01")


# ------------------------------------------------------------------ data file checks

def test_tone_anchors_and_polarity_load():
    words = statement_data.tone_words()
    assert words["well"].anchors >= {"do"} and not words["well"].negated
    assert words["enough"].negated and words["enough"].cameo == "111"


def test_a_tone_word_in_two_rows_is_refused(tmp_path, monkeypatch):
    src = package_data("patterns", "statement_tones.csv").read_text(encoding="utf-8").rstrip("\n")
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "statement_tones.csv").write_text(
        src + "\nT-twice,wonderful,013,An example.,\n", encoding="utf-8")
    monkeypatch.setattr("newsgraph.events.statement_data.package_data", lambda *p: tmp_path.joinpath(*p))
    statement_data.tone_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match="already a tone word"):
            statement_data.tone_words()
    finally:
        statement_data.tone_words.cache_clear()


# ------------------------------------------------------------------ declined comment, places, forecasts, proposals

def test_having_no_comment_is_a_declined_comment():
    evs = _has(_events("The ministry's spokeswoman had no immediate comment on the report."), code="011")
    assert evs and evs[0].rule_id == "S-no-comment"
    assert _has(_events("The minister made no comment on the results."), code="011")


@pytest.mark.parametrize("text", [
    "The ministry did not respond to a request for comment.",     # no explicit refusal (CAMEO 011)
    "The minister commented on the results at length.",
    "There was no comment section under the article.",
])
def test_no_declined_comment_without_an_explicit_refusal(text):
    assert "011" not in _codes(text), text


def test_a_place_that_speaks_is_its_government():
    assert _has(_events("The county said on Friday that the bridge would reopen in May."), root="01")
    assert not _has(_events("The county lies on the river and the bridge reopened in May."), root="01")


def test_a_bodys_forecast_is_its_statement_a_persons_plan_is_not():
    assert "010" in _codes("The ministry expects a decision on the permits in May.")
    assert "010" not in _codes("The company expects to hire two hundred workers.")


def test_a_suggested_thing_is_a_proposal_an_indication_is_not():
    assert "020" in _codes("The envoy proposed a joint patrol of the border.")
    assert "020" in _codes("The coalition advised the White House on its reopening strategy.")
    assert "020" not in _codes("The economist suggested that growth had peaked.")
    assert "020" not in _codes("She suggested it.")


def test_pride_in_ones_own_is_no_praise():
    assert "051" not in _codes("The chief executive said he was extremely proud of his company's results.")
    assert "051" in _codes("The chief executive said he was extremely proud of the Kenyan rescue team.")


def test_a_documents_named_author_speaks():
    assert _has(_events("A study by the Kenyan health ministry found that cases had doubled."), root="01", src="KEN")
    assert not _has(_events("The data showed that cases had doubled."), root="01")
    assert not _has(_events("Police found a body in the river."), root="01")


def test_a_thing_named_as_proposed_is_no_new_proposal():
    assert "020" not in _codes("The annual forum, proposed by a Kenyan senator, was on the agenda.")


def test_names_negated_reports_and_own_deeds_are_no_statements_of_praise():
    assert not _has(_events("Everyone in the village called him Mike."), root="01")
    assert not _has(_events("The senator never expected that the president would release the transcript."),
                    root="01")
    assert "051" not in _codes("I believe we did a great job on their winger, the coach said.")
    assert "051" in _codes("The coach said the Kenyan team did a great job.")


# ------------------------------------------------------------------ claims, accusations, sympathy in what was said

def test_responsibility_taken_is_a_claim_given_to_another_an_accusation():
    assert _has(_events("The militant group said it was responsible for the bombing."), code="015")
    assert _has(_events("The Kenyan minister said Russia was responsible for the attack."), code="112", tgt="RUS")
    assert not _has(_events("The spokesman said the company was responsible for the maintenance of the bridge."),
                    root="11")


def test_a_wrongdoing_said_of_a_named_actor_is_an_accusation():
    assert _has(_events("The minister said the Kenyan opposition had lied to voters."), code="112", tgt="KEN")
    assert "112" not in _codes("The minister said they lied.")


def test_a_heart_that_goes_out_is_sympathy():
    assert "018" in _codes("The governor said her heart went out to the families of the victims.")


def test_a_lament_is_a_negative_comment():
    assert "012" in _codes("The farmers' leader lamented that the rains had come too late.")
    assert "012" not in _codes("The farmers' leader said that the rains had come on time.")


def test_a_wrongdoing_not_said_to_have_been_done_is_no_accusation():
    assert "112" not in _codes("He said that Kenya opposed attempts to use the crisis to smear a third country.")


# ------------------------------------------------------------------ hindsight

def test_what_should_have_been_done_criticises_its_doer_and_demands_nothing():
    evs = _events("The mayor said the Kenyan government should have acted sooner.")
    assert _has(evs, code="111", tgt="KEN") and not _has(evs, root="02")
    assert _has(_events("The mayor said the Kenyan government should not have acted so fast."), code="111")
    assert not _has(_events("The union said the ministry must have known about the risks."), root="10")
    assert _has(_events("The mayor said the Kenyan government should act sooner."), root="02")
    assert "111" not in _codes("Officials said the fire could have spread to the town.")
