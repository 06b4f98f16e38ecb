"""Appraisal of what a statement reports (issue 11, round 17, convention `appraisal`, events/appraisal.py).

A plain statement whose words judge an actor named in what was said criticises, accuses or praises that actor,
whatever the words: an adjective or noun that VADER rates beyond the threshold, a verb of wrongdoing, a condemning
word on what the actor has or did. Content that judges no named actor, words of feeling or fortune, negated or
hedged words leave the statement 010. Every sentence here is written for these tests.
"""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.events import appraisal


def _statements(text: str) -> list:
    return [e for e in _events(text) if e.cameo_root in ("01", "05", "11") and e.modality == "asserted"]


def _one(text: str):
    evs = _statements(text)
    assert len(evs) == 1, [(e.cameo_code, e.source_text, e.target_text, e.rule_id) for e in evs]
    return evs[0]


# ------------------------------------------------------------------ the data file

def test_appraisals_file_loads_with_threshold_states_and_deeds():
    table = appraisals = appraisal.appraisals()
    assert 1.0 <= table.threshold <= 2.5
    assert "angry" in appraisals.states and "have" in appraisals.holders
    assert appraisals.deeds["rig"][1] == "112" and "up" in appraisals.deeds["cover"][2]


def test_rating_uses_our_rows_then_vader_and_never_a_state():
    assert appraisal.rating("corrupt", "corrupt")[1] < 0          # not in VADER: our own rating
    assert appraisal.rating("disaster", "disaster")[1] < 0        # VADER's
    assert appraisal.rating("angry", "angry") is None              # a feeling, not a judgement
    assert appraisal.rating("table", "table") is None


# ------------------------------------------------------------------ rated words said of an actor

def test_a_rated_predicate_of_an_actor_is_criticism_of_it():
    e = _one("The Kenyan opposition leader said the Kenyan interior minister was a failure.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+AP-vader-negative")
    assert e.source_code.startswith("KEN") and e.target_text.endswith("minister")


def test_our_own_rating_counts_where_vader_has_none():
    e = _one("The Ugandan senator said the Ugandan police chief was corrupt.")
    assert e.cameo_code == "111" and e.rule_id.endswith("AP-rating-negative")


def test_a_positive_predicate_of_an_actor_is_praise():
    e = _one("The Ghanaian president said the Ghanaian health minister was brilliant.")
    assert e.cameo_code == "051" and e.target_text.endswith("minister")


def test_a_condemning_word_on_what_an_actor_had_is_criticism():
    e = _one("The Peruvian senator told a radio station that the Peruvian president had a crazy plan.")
    assert e.cameo_code == "111" and e.target_text.endswith("president")     # not the radio station
    assert e.rule_id == "S-tell+AP-T-condemn-predicate"


def test_a_judged_possession_names_its_possessor():
    e = _one("The Chilean senator said the Chilean minister's excesses were sickening.")
    assert e.cameo_code == "111" and "minister" in e.target_text


def test_called_with_a_rated_participle_is_criticism_of_the_possessor():
    e = _one("The Chilean senator called the Chilean minister's decision heartbreaking.")
    assert e.cameo_code == "111" and "minister" in e.target_text


# ------------------------------------------------------------------ deeds

def test_a_wrongdoing_done_by_an_actor_is_an_accusation():
    e = _one("The Zambian opposition leader said the Zambian ruling party had rigged the vote.")
    assert (e.cameo_code, e.rule_id) == ("112", "S-say+AP-deed-accuse")


def test_a_progressive_wrongdoing_counts_and_a_fault_is_criticism():
    assert _one("The Zambian minister said the Zambian opposition was distorting the figures.").cameo_code == "112"
    assert _one("The Zambian union said the Zambian ministry had neglected the hospitals.").cameo_code == "111"


# ------------------------------------------------------------------ what stays a plain statement

def test_no_actor_judged_stays_a_statement():
    assert _one("The Kenyan minister said the talks were a disaster.").cameo_code == "010"
    assert _one("The Kenyan minister said the weather had been terrible.").cameo_code == "010"


def test_feelings_and_fortune_judge_no_one():
    assert _one("The Kenyan aid worker said the Kenyan refugees were angry and hungry.").cameo_code == "010"
    assert _one("The Kenyan minister said the Kenyan president's death was a tragedy.").cameo_code == "010"


def test_negated_and_hedged_words_judge_no_one():
    assert _one("The Zambian senator said the Zambian governor did not have a disastrous plan.").cameo_code == "010"
    assert _one("The Zambian senator said the Zambian governor was not a failure.").cameo_code == "010"
    assert not [e for e in _statements("The Zambian senator asked whether the Zambian governor had rigged "
                                       "the vote.") if e.cameo_root == "11"]


def test_a_wrongdoing_to_come_or_demanded_is_no_accusation():
    assert _one("The Zambian senator said the Zambian governor would never rig the vote.").cameo_code == "010"


def test_acts_and_demands_are_no_judgement():
    assert _one("The Zambian minister said the Zambian army was ignoring the ceasefire.").cameo_code == "010"
    evs = _events("The Zambian senator said the Zambian governor must end this brutal policy.")
    assert not _has(evs, root="11")


def test_a_positive_word_on_an_object_is_no_praise():
    # only a predicate praises: "had a good relationship" describes a relation, it does not praise
    assert _one("The Kenyan minister said the Kenyan army had a good relationship with the villagers."
                ).cameo_code == "010"


# ------------------------------------------------------------------ "as" predicates, inner statements, comments

def test_described_as_names_what_the_speaker_judges():
    e = _one("The Zambian senator described the Zambian governor as dangerous.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-describe-as+AP-vader-negative")
    assert _one("The Zambian senator referred to the Zambian governor as a liar.").cameo_code == "111"
    assert _one("The Zambian reporter described the scene as chaotic.").cameo_code == "010"


def test_a_cited_reason_is_no_predicate():
    assert not [e for e in _statements("Kenyan traders cited the strike at the port as the reason for the fall.")
                if e.cameo_root == "11"]


def test_a_judgement_inside_a_reported_statement_is_the_inner_speakers():
    evs = _statements("The Kenyan minister noted that the Kenyan senator had called the Kenyan governor a failure.")
    judged = [e for e in evs if e.cameo_root == "11"]
    assert judged and all("senator" in (e.source_text or "") for e in judged)


def test_a_comment_on_what_is_clear_praises_no_one():
    assert _one("The Kenyan senator said it was clear that the Kenyan governor had to act.").cameo_code == "010"


def test_mild_praise_words_are_below_the_praise_threshold():
    assert appraisal.appraisals().praise_threshold > appraisal.appraisals().threshold
    assert _one("The Ghanaian senator said the Ghanaian governor was good.").cameo_code == "010"
    assert _one("The Ghanaian senator said the Ghanaian governor was a hero.").cameo_code == "051"


def test_what_the_speaker_says_of_its_own_things_judges_no_one():
    assert _one("The Kenyan bank said its finances were weak.").cameo_code == "010"


def test_a_rated_word_on_the_noun_a_clause_says_someone_is_judges_them():
    assert _one("The Peruvian senator said the Peruvian governor was a terrible mayor.").cameo_code == "111"
    assert _one("The Peruvian senator said the Peruvian governor was a brilliant leader.").cameo_code == "051"
    assert _one("The Peruvian senator said the Peruvian governor was a reliable partner.").cameo_code == "010"
