"""Session 27 (crit28, round28): verbal conflict (CAMEO roots 11-16) -- judgements VADER leaves unrated said of a
named actor (unqualified, thin-skinned, meritless; a plan or deed called a mistake or a blunder), disagreement with
an actor, and a finite verb coordinated with a negated copula ("was not pleased and hit back by accusing ...")
that the negation no longer reaches. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _root(evs, prefix, modality="asserted"):
    return [e for e in evs if e[0].startswith(prefix) and e[4] == modality]


@pytest.mark.parametrize("text, target", [
    ("Senator Alvarez said Governor Okafor was unqualified for the job.", "Okafor"),
    ('"Governor Okafor is very thin-skinned," Senator Alvarez said.', "Okafor"),
    ("Senator Alvarez said the lawsuit filed by Governor Okafor was meritless.", "lawsuit"),
])
def test_unrated_judgements_of_a_named_actor_are_criticism(text, target):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-condemn-predicate-crit28", "Alvarez", target), evs


@pytest.mark.parametrize("text", [
    "Senator Alvarez said Governor Okafor's toll plan was a mistake.",
    "Senator Alvarez said Governor Okafor had made a big blunder.",
])
def test_a_plan_or_deed_called_a_mistake_faults_its_maker(text):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-mistake-crit28", "Alvarez", "Okafor"), evs


@pytest.mark.parametrize("text", [
    "It would be a mistake to cut the ferry budget, Senator Alvarez said.",
    "Senator Alvarez said he had made a mistake.",
])
def test_a_mistake_with_no_other_maker_is_no_criticism(text):
    assert not _root(_events(text), "11"), _events(text)


def test_disagreeing_with_an_actor_is_disapproval():
    evs = _events("Senator Alvarez disagreed strongly with Governor Okafor's toll plan.")
    assert _has(evs, "110", "V11-disagree-with-crit28", "Alvarez", "Okafor"), evs


def test_disagreeing_over_figures_names_no_target():
    assert not _root(_events("The two auditors disagreed over the figures."), "11")


def test_negated_copula_does_not_reach_a_coordinated_finite_verb():
    evs = _events("The ferry union wasn't happy about the report and hit back at Governor Okafor, accusing her "
                  "of bias.")
    assert _root(evs, "11"), evs
    assert not _root(evs, "11", "negated"), evs


@pytest.mark.parametrize("text", [
    "The ministry did not sign and ratify the treaty with Kenya.",
    "The ministry has not signed and ratified the treaty with Kenya.",
])
def test_shared_auxiliary_still_negates_both_verbs(text):
    evs = _events(text)
    assert [e for e in evs if e[0].startswith("05") and e[4] == "negated"], evs
    assert not [e for e in evs if e[0].startswith("05") and e[4] == "asserted"], evs


def test_pushing_back_against_an_actor_is_criticism():
    evs = _events("Senator Alvarez pushed back against Governor Okafor's claims.")
    assert _has(evs, "111", "V11-push-back-crit28", "Alvarez", "Okafor"), evs


def test_pushing_back_against_lines_is_no_criticism():
    assert not _root(_events("The crowd pushed back against the police lines."), "11")


def test_slamming_the_door_on_a_deal_is_a_rejection():
    evs = _events("Senator Alvarez slammed the door on a deal with the ferry union.")
    assert _has(evs, "120", "V12-slam-door-crit28", "Alvarez", None), evs
    assert not _root(evs, "11"), evs


def test_being_a_critic_of_someone_is_criticism():
    evs = _events("Senator Alvarez has long been a vocal critic of the ferry company.")
    assert _has(evs, "111", "N11-critic-of-crit28", "Alvarez", "ferry company"), evs


def test_a_critic_of_an_art_form_criticises_no_one():
    assert not _root(_events("The harbour master is a critic of modern art."), "11")


def test_coordinated_sides_clashing_over_a_matter_are_each_others_targets():
    evs = _events("Senator Alvarez and President Obama clashed over NATO funding.")
    clashes = [e for e in evs if e[0] == "110"]
    assert clashes and all("NATO" not in (e[3] or "") for e in clashes), evs
    assert _has(evs, "110", "V19-clash+SE-clash-over", "Alvarez", "Obama"), evs


def test_one_side_clashing_with_another_over_a_matter_keeps_its_partner():
    evs = _events("Senator Alvarez clashed with President Obama over NATO funding.")
    assert _has(evs, "110", "V19-clash+SE-clash-over", "Alvarez", "Obama"), evs
