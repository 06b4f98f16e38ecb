"""Criticism coded as plain statements (issue 11, round20, convention `judged-acts`).

A statement that blames or judges an act or artifact of an actor (a plan, a law, a ruling, a report) criticises
the actor that made it, named by a possessive or a by-phrase, or no one named when none is; a verb of harm said
of an actor ("had failed the nurses") or of an act ("would ruin the orchards"), a harm caused ("would bring
misery"), and a failure to act ("had done nothing to ...") are criticism too; "lies" the noun condemns; an
attack or assault on an idea is criticism, not force. The precision guards stay: the speaker's own acts, acts
of nature, events reported (the rebels destroyed a bridge), hedged or unharmful words. Every sentence here is
written for these tests.
"""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events
from test_events_appraisal import _one, _statements     # the appraisal tests': a text's statement events

from newsgraph.events import appraisal, statement_data


# ------------------------------------------------------------------ the data files

def test_harm_rows_load_with_their_kind():
    harms = appraisal.appraisals().harms
    assert harms["fail"] == ("AP-harm", False, False)
    assert harms["ruin"] == ("AP-harm-act", True, False)
    assert harms["sow"] == ("AP-cause", False, True)
    assert appraisal.harm_of_acts_only("AP-harm-act") and not appraisal.harm_of_acts_only("AP-harm")


def test_inaction_words_count_only_about_an_actor():
    tone = statement_data.tone_words()["nothing"]
    assert tone.actor and tone.cameo == "111" and "do" in tone.anchors


# ------------------------------------------------------------------ acts and their makers

def test_a_plan_said_to_harm_criticises_its_maker():
    e = _one("The Chilean farmers said the Chilean ministry's new tariff would ruin the orchards.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+AP-harm-act")
    assert e.target_text and "ministry" in e.target_text


def test_an_act_with_no_maker_named_is_criticism_of_no_one_named():
    e = _one("The Chilean fishermen said the new quota would devastate the harbour towns.")
    assert e.cameo_code == "111" and e.target_code is None


def test_a_judged_law_is_criticism_even_without_its_maker():
    e = _one("Chilean lawyers said the new decree was an assault on the freedom of judges.")
    assert e.cameo_code == "111" and e.target_code is None


def test_a_predicted_harm_of_a_named_actors_proposal():
    evs = _events("Michelle Bachelet argued Sebastian Pinera's proposal to print money would trigger inflation "
                  "and crash the economy.")
    crit = _has(evs, code="111")
    assert crit and crit[0].target_text and "Pinera" in crit[0].target_text


def test_the_speakers_own_act_judges_no_one():
    assert _one("The Chilean minister said our plan would hurt no farmer.").cameo_code == "010"
    assert _one("The Chilean minister said its response had been weak.").cameo_code == "010"


def test_harm_done_by_nature_or_an_actors_physical_act_stays_a_statement():
    assert _one("The Chilean company said the storm had destroyed its warehouse.").cameo_code == "010"
    assert _one("Chilean police said the two suspects had damaged three parked cars.").cameo_code == "010"


def test_a_hedged_harm_judges_no_one():
    assert _one("Chilean analysts said the new ruling could hurt small investors.").cameo_code == "010"
    assert _one("Chilean analysts said the new ruling would not hurt small investors.").cameo_code == "010"


# ------------------------------------------------------------------ actors harming, causing harm, doing nothing

def test_an_actor_that_failed_someone_is_criticised():
    e = _one("The Peruvian opposition leader said the Peruvian government had failed the farmers of the south.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+AP-harm") and e.target_code


def test_failing_with_no_one_failed_is_no_criticism():
    assert _one("The Peruvian minister said the talks had failed.").cameo_code == "010"


def test_harm_caused_by_an_actor_is_criticism_of_it():
    e = _one("The Peruvian senator said the Peruvian president would bring war and misery to the region.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+AP-cause") and e.target_code
    assert _one("The Peruvian senator said the Peruvian president's reform would create thousands of jobs."
                ).cameo_code == "010"


def test_an_actor_said_to_have_done_nothing_is_criticised():
    e = _one("Peruvian residents said the Peruvian police had done nothing to stop the looting.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+T-inaction") and e.target_code


def test_nothing_wrong_and_the_speakers_own_inaction_judge_no_one():
    assert _one("The Peruvian lawyer said the Peruvian senator had done nothing wrong.").cameo_code == "010"
    assert _one("We have done nothing to deserve this, the Peruvian mayor said.").cameo_code == "010"


# ------------------------------------------------------------------ words

def test_lies_the_noun_condemns_what_it_is_said_of():
    e = _one("The Bolivian minister said the report was biased and full of lies.")
    assert e.cameo_code == "111"


def test_an_attack_on_an_idea_is_no_force():
    evs = _events("Bolivian critics said the new law was an assault on press freedom.")
    assert not _has(evs, root="19") and not _has(evs, root="18")
    assert _has(evs, root="11")
    evs = _events("Bolivian rebels launched an attack on an army convoy near the border.")
    assert _has(evs, root="19")


def test_like_and_as_predicates_judge_what_they_are_said_of():
    e = _one("The Bolivian comedian said the Bolivian senator was like the dumbest pupil in the class.")
    assert e.cameo_code == "111" and e.target_code
    e = _one("The Bolivian senator described the Bolivian governor's plan as a reckless gamble.")
    assert e.cameo_code == "111"
    assert _one("The Bolivian coach said the Bolivian striker was like a brother.").cameo_code == "010"


def test_a_description_inside_what_was_said_judges_no_one():
    evs = _statements("Bolivia sent home the workers ordered out of Chile as illegal migrants, Bolivian police said.")
    assert not _has(evs, root="11")


def test_a_definite_act_judged_answers_its_maker_in_an_earlier_sentence():
    evs = _events("Ecuador lifted its ban on Colombian flowers. Colombian farmers said the decision was unfair.")
    crit = _has(evs, code="111")
    assert crit and crit[0].target_code and crit[0].target_code.startswith("ECU")
    assert crit[0].rule_id.endswith("+answers")


def test_an_attack_on_a_policy_named_by_a_noun_is_criticism():
    evs = _events("The Bolivian senator's attacks on the budget went on for weeks.")
    assert _has(evs, root="11") and not _has(evs, root="19") and not _has(evs, root="18")
    # an attack named by a noun on a vehicle, a place or people stays force
    assert _has(_events("A gun attack on a minibus near La Paz left nine passengers dead."), root="19")


def test_a_deed_done_wrongly_is_criticism_of_its_doer():
    e = _one("The Kenyan teachers said the Kenyan education ministry had unfairly fired their colleague.")
    assert (e.cameo_code, e.rule_id) == ("111", "S-say+AP-manner") and e.target_code
    # a manner that describes violence is no judgement word of ours; a passive names no doer
    assert _one("The Kenyan lawyer said Kenyan police had brutally beaten her client.").cameo_code == "010"
    assert _one("The Kenyan minister said the Kenyan strikers had been unfairly treated.").cameo_code == "010"


def test_a_condemning_word_on_an_owned_act_judges_its_owner():
    e = _one("The Kenyan senator said the Kenyan governor's reckless plan had emptied the coffers.")
    assert e.cameo_code == "111" and e.target_code
    assert _one("Kenyan police said illegal migrants had crossed the border at night.").cameo_code == "010"


def test_a_wrong_manner_in_a_relative_clause_describes():
    evs = _statements("Kenya granted asylum to nine Ugandan rebels who entered the country illegally, a Kenyan "
                      "official said.")
    assert not _has(evs, root="11")


def test_tearing_into_or_taking_aim_at_someone_is_criticism():
    assert _has(_events("The Kenyan senator tore into the Kenyan governor over the late budget."), code="111")
    assert _has(_events("The Kenyan union took aim at the Kenyan president in its new advertisement."), code="111")
    assert not _has(_events("Government troops tore into the rebel town at dawn."), root="11")
