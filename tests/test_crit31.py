"""Session 30 (crit31, round31): criticism and accusation (CAMEO root 11) in what was said -- the speaker's own
"I think" or "we will tell the world that" before a judgement, a deed of wrongdoing in the passive with its doers
in a by-phrase, another actor said to be responsible for a trouble, acts called an injustice or an abuse of power,
one said to be in breach or in violation of a law, more failures of duty said of another actor, and condemning
adjectives VADER leaves unrated. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _root(evs, prefix, modality="asserted"):
    return [e for e in evs if e[0].startswith(prefix) and e[4] == modality]


# ---- own-opinions: the speaker's own "I think" / "we will tell" keeps the judgement the speaker's

@pytest.mark.parametrize("text, code, target", [
    ('"I believe Governor Okafor\'s new rota for the crews is unacceptable," said the union leader.', "111", "Okafor"),
    ('"We have warned everyone that Kenya\'s Interior Ministry is in breach of the fishing rules," the mayor said.',
     "112", "Interior Ministry"),
])
def test_the_speakers_own_opinion_verb_keeps_the_judgement_the_speakers(text, code, target):
    evs = _events(text)
    assert any(e[0] == code and e[3] and target in e[3] and e[2] and ("leader" in e[2] or "mayor" in e[2])
               for e in evs), evs


def test_another_speakers_inner_statement_stays_theirs():
    evs = _events("The senator noted that the mayor had called the plan a disgrace.")
    assert not any(e[0].startswith("11") and e[2] and "senator" in e[2] for e in evs), evs


# ---- passive-deeds: a wrongdoing in the passive, said to have been done, accuses the by-phrase's doers

def test_a_passive_deed_with_its_doers_accuses_them():
    evs = _events("The dockers' union said the pension money was stolen by the harbour master's aides.")
    assert _has(evs, "112", "S-say+AP-deed-accuse", "union", "aides"), evs


@pytest.mark.parametrize("text", [
    "Police said the car was stolen on Tuesday.",
    "The union said the election could be rigged by the ruling party.",
    "The union warned that the election was going to be rigged.",
])
def test_a_passive_deed_with_no_doer_or_not_done_accuses_no_one(text):
    evs = _events(text)
    assert not any(e[0].startswith("112") and "AP-deed" in e[1] for e in evs), evs


# ---- blamed-troubles: another actor said to be responsible for a trouble is accused of it

def test_an_actor_responsible_for_a_trouble_is_accused():
    evs = _events("The fishermen said Norway was responsible for the fish shortages this winter.")
    assert _has(evs, "112", "S-say+T-claim", "fishermen", "Norway"), evs


@pytest.mark.parametrize("text", [
    "The agency said heavy rain was responsible for the delays.",
    "The ministry said it was responsible for the problem.",
    "The council said Norway was responsible for the maintenance of the bridge.",
])
def test_responsibility_for_a_trouble_with_no_other_actor_is_no_accusation_and_no_claim(text):
    evs = _events(text)
    assert not any(e[0] in ("112", "015") for e in evs), evs


# ---- condemning predicate nouns and "in breach / in violation of"

@pytest.mark.parametrize("text", [
    "The ferry union said the new curfew on the docks was an injustice and an abuse of power.",
    "The doctors said the treatment was an abuse of trust.",
])
def test_an_act_called_an_injustice_or_an_abuse_of_power_is_condemned(text):
    evs = _events(text)
    assert any(e[0] == "111" and "T-condemn-noun-crit31" in e[1] for e in evs), evs


@pytest.mark.parametrize("text", [
    "The charity said the victims of persecution needed shelter.",
    "The report said the abuse of children in care had been hidden for years.",
])
def test_an_injustice_named_as_a_matter_condemns_no_one(text):
    evs = _events(text)
    assert not any("T-condemn-noun-crit31" in e[1] for e in evs), evs


@pytest.mark.parametrize("text, rule, target", [
    ("The mayor said Kenya's Interior Ministry is in breach of the fishing rules.", "S-say+T-break-law",
     "Interior Ministry"),
    ("The fishermen said Norway was in violation of the fishing treaty.", "S-say+T-in-violation-crit31", "Norway"),
])
def test_one_said_to_be_in_breach_or_violation_is_accused(text, rule, target):
    evs = _events(text)
    assert any(e[0] == "112" and e[1] == rule and e[3] and target in e[3] for e in evs), evs


def test_a_matter_in_breach_of_nothing_named_accuses_no_one():
    evs = _events("The engineers said there was no violation in the tests.")
    assert not any(e[0] == "112" for e in evs), evs


# ---- failures of duty said of another actor

@pytest.mark.parametrize("text, target", [
    ("The minister said the ferry company had failed to consult the islanders.", "ferry company"),
    ("The mayor said Governor Smith failed to answer questions about the contract.", "Governor Smith"),
])
def test_a_failure_of_duty_said_of_another_actor_is_criticism(text, target):
    evs = _events(text)
    assert any(e[0] == "111" and "T-failed-to-act-crit25" in e[1] and e[3] and target in e[3] for e in evs), evs


@pytest.mark.parametrize("text", [
    "The coach said the striker failed to score in the second half.",
    "The coach said Arsenal failed to meet expectations this season.",
    "The company said it had failed to pay the invoice on time.",
])
def test_a_failure_that_is_no_duty_or_the_speakers_own_stays_a_statement(text):
    evs = _events(text)
    assert not _root(evs, "11"), evs


# ---- condemning adjectives VADER leaves unrated

def test_draconian_and_barbaric_condemn_what_they_are_said_of():
    evs = _events("The ferry union said Governor Okafor's new fines were draconian.")
    assert any(e[0] == "111" and "AP-rating-negative-crit31" in e[1] for e in evs), evs


# ---- passive-conduct: conduct in a passive clause judges no one

def test_conduct_shown_by_another_actor_is_criticism():
    evs = _events("The union said Governor Okafor had treated the nurses with contempt.")
    assert _has(evs, "111", "S-say+T-contempt", "union", "Governor Okafor"), evs


def test_conduct_undergone_in_a_passive_judges_no_one():
    evs = _events("The union said the nurses had been treated with contempt.")
    assert not _root(evs, "11"), evs


# ---- disappointment or disapproval expressed, appeals lodged

@pytest.mark.parametrize("text, rule", [
    ("The senator expressed disappointment with the governor's decision.", "V11-express-disapproval-crit31"),
    ("The senator expressed his disapproval of the governor's plan.", "V11-express-disapproval-of-crit31"),
])
def test_disappointment_or_disapproval_expressed_at_an_actor_is_criticism(text, rule):
    evs = _events(text)
    assert _has(evs, "111", rule, "senator", "governor"), evs


def test_disappointment_at_a_result_criticises_no_one():
    evs = _events("The coach expressed disappointment at the result.")
    assert not _root(evs, "11"), evs


@pytest.mark.parametrize("text, rule", [
    ("The ferry company lodged an appeal against Governor Okafor's ruling.", "V11-lodge-appeal-crit31"),
    ("The ferry company appealed against Governor Okafor's ruling.", "V11-appeal-against-crit31"),
])
def test_an_appeal_against_a_ruling_is_an_official_complaint(text, rule):
    evs = _events(text)
    assert _has(evs, "114", rule, "ferry company", "Governor Okafor"), evs


def test_an_appeal_to_the_public_stays_a_request():
    evs = _events("The agency appealed to the public for information.")
    assert _has(evs, "020", "V02-appeal", "agency", None), evs


# ---- quote-continuations: a quote's later sentence that criticises is its speaker's

@pytest.mark.parametrize("text, code, rule", [
    ('"The ferry timetable was cut without warning," the union leader Maria Lopez said. "It is unacceptable."',
     "111", "S-quote-continuation+T-condemn"),
    ('"The ferry timetable was cut without warning," the union leader Maria Lopez said. '
     '"Governor Okafor ignored every warning."', "111", "S-quote-continuation+"),
])
def test_a_later_sentence_of_a_quote_that_criticises_is_the_speakers(text, code, rule):
    evs = _events(text)
    assert any(e[0] == code and e[1].startswith(rule) and e[2] and "Maria Lopez" in e[2] for e in evs), evs


@pytest.mark.parametrize("text", [
    '"The storm was terrible," the farmer Tom Reed said. "It was a disaster for everyone."',
    '"We lost the match," the coach Tom Reed said. "It was a terrible performance and we were not good enough."',
    '"The ferry timetable was cut," the union leader Maria Lopez said. "We will meet the board on Monday."',
])
def test_a_later_sentence_of_a_quote_with_no_criticism_codes_nothing_more(text):
    evs = _events(text)
    assert not any("quote-continuation" in e[1] for e in evs), evs


# ---- passive harms with their doers, split hyphenated judgements, "no right", legal proceedings

def test_a_trouble_caused_by_an_actors_policy_criticises_its_maker():
    evs = _events("The senator said the crisis was caused by Governor Okafor's policies.")
    assert _has(evs, "111", "S-say+AP-cause", "senator", "Governor Okafor"), evs


@pytest.mark.parametrize("text", [
    "The senator said the fire was caused by lightning.",
    "The senator said the bridge was destroyed by the rebels.",
])
def test_a_passive_harm_with_no_act_of_an_actor_is_no_criticism(text):
    evs = _events(text)
    assert not any(e[0] == "111" and e[1].startswith("S-say") for e in evs), evs


@pytest.mark.parametrize("text", [
    "The ferry union said Governor Okafor's new fines were short-sighted and heavy-handed.",
    "The senator said Governor Okafor's response was tone-deaf.",
])
def test_hyphenated_judgements_condemn(text):
    evs = _events(text)
    assert any(e[0] == "111" and "T-condemn-hyphen-crit31" in e[1] and e[3] and "Okafor" in e[3] for e in evs), evs


def test_a_short_film_described_is_no_judgement():
    evs = _events("The festival said the short-sighted hero of the film was played by a newcomer.")
    assert not _root(evs, "11"), evs


def test_no_right_to_act_is_criticism_and_a_right_stated_is_none():
    evs = _events("The senator said Governor Okafor had no right to close the clinic.")
    assert _has(evs, "111", "S-say+T-no-right-crit31", "senator", "Governor Okafor"), evs
    evs = _events("The senator said the crews had the right to strike.")
    assert not _root(evs, "11"), evs


def test_a_criminal_investigation_conducted_judges_no_one():
    evs = _events("Police said the department was conducting a criminal investigation into the harassment.")
    assert not _root(evs, "11"), evs


# ---- rejections: an appeal thrown out

@pytest.mark.parametrize("text, rule, source", [
    ("The court threw out the ferry company's appeal.", "V12-throw-out-crit31", "court"),
])
def test_an_appeal_thrown_out_is_a_rejection(text, rule, source):
    evs = _events(text)
    assert any(e[0] == "120" and e[1] == rule and e[2] and source in e[2] for e in evs), evs


def test_things_thrown_out_are_no_rejection():
    evs = _events("The crew threw out the old nets.")
    assert not _root(evs, "12"), evs


# ---- more wrongdoing said of an actor

@pytest.mark.parametrize("text, code, rule, target", [
    ("The union said Russia had meddled in the election.", "112", "S-say+AP-deed-accuse-crit31", "Russia"),
    ("The union said Governor Okafor had bullied the staff.", "112", "S-say+AP-deed-accuse-crit31", "Okafor"),
    ("The dockers said Governor Okafor had overstepped his authority.", "111", "S-say+AP-deed-fault-crit31",
     "Okafor"),
    ("The fishermen said the coast guard had used excessive force.", "111", "S-say+T-excessive-force-crit31",
     "coast guard"),
])
def test_wrongdoing_said_of_an_actor_is_criticism_or_accusation(text, code, rule, target):
    evs = _events(text)
    assert any(e[0] == code and e[1] == rule and e[3] and target in e[3] for e in evs), evs


@pytest.mark.parametrize("text", [
    "The engineers said the signal interfered with the radar.",
    "The scientists said the test could not discriminate between the two strains.",
    "The forecasters said the heat was excessive for the season.",
    "The doctors said the patient had used a broken crutch.",
])
def test_the_same_words_said_of_no_actor_judge_no_one(text):
    evs = _events(text)
    assert not _root(evs, "11"), evs
