"""Session 26 (crit26, round27): verbal conflict (CAMEO roots 11-16) in the forms real news uses -- being critical
of someone, knocking someone for a deed, taking someone to task, lawsuits faced, hit with or brought as legal
action, statements by critics, and condemning words VADER leaves unrated. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _codes(evs, prefix):
    return [e for e in evs if e[0].startswith(prefix)]


@pytest.mark.parametrize("text, rule, source, target", [
    ("The teachers' union has been highly critical of Governor Okafor.", "V11-critical-of-crit26", "union", "Okafor"),
    ("Senator Lindqvist, who has been critical of the governor, spoke on Monday.", "V11-critical-of-crit26",
     "Lindqvist", "governor"),
    ("The senator was scathing about the governor's record.", "V11-critical-about-crit26", "senator", "governor"),
])
def test_being_critical_of_someone_is_criticism(text, rule, source, target):
    evs = _events(text)
    assert _has(evs, "111", rule, source, target), evs


@pytest.mark.parametrize("text", [
    "It is critical that the ministry acts now.",
    "The next few days are critical for the harvest.",
])
def test_critical_as_important_is_no_criticism(text):
    assert not _codes(_events(text), "11")


def test_not_being_critical_is_no_asserted_criticism():
    evs = _events("The senator was not critical of the governor.")
    assert not [e for e in evs if e[0].startswith("11") and e[4] == "asserted"], evs


def test_knocking_someone_for_a_deed_is_criticism():
    evs = _events("The governor knocked Senator Lindqvist for skipping the budget hearing.")
    assert _has(evs, "111", "V11-knock-for-crit26", "governor", "Lindqvist"), evs


def test_knocking_on_doors_is_no_criticism():
    assert not _codes(_events("Volunteers knocked on doors for the candidate."), "11")


def test_taking_someone_to_task_is_criticism():
    evs = _events("The senator took the minister to task over the delays.")
    assert _has(evs, "111", "V11-take-to-task-crit26", "senator", "minister"), evs


def test_taking_books_to_the_office_is_nothing():
    assert not _codes(_events("The senator took the books to the office."), "11")


def test_a_lawsuit_faced_runs_from_those_who_brought_it():
    evs = _events("Exxon faces a lawsuit from three Ohio farmers.")
    assert _has(evs, "115", "N11-face-lawsuit-crit26", "farmers", "Exxon"), evs


@pytest.mark.parametrize("text, source", [
    ("Exxon was hit with a lawsuit by its former workers.", None),
    ("The workers hit Exxon with a lawsuit on Monday.", "workers"),
])
def test_hit_with_a_lawsuit_is_a_lawsuit_not_force(text, source):
    evs = _events(text)
    assert [e for e in evs if e[0] == "115" and e[1].startswith("V11-hit-with-lawsuit-crit26") and "Exxon" in e[3]
            and (source is None or source in e[2])], evs
    assert not _codes(evs, "19"), evs


def test_hitting_a_town_with_rockets_stays_force():
    evs = _events("The rebels hit the town with rockets.")
    assert _codes(evs, "19") and not _codes(evs, "115"), evs


@pytest.mark.parametrize("text, source", [
    ("The attorney general launched legal action against Exxon.", "attorney general"),
    ("The union is taking legal action against Exxon.", "union"),
    ("Ohio started proceedings against Exxon last year.", None),
])
def test_legal_action_against_someone_is_a_lawsuit(text, source):
    evs = _events(text)
    assert [e for e in evs if e[0] == "115" and e[1].startswith("V11-legal-action-crit26") and "Exxon" in e[3]
            and (source is None or source in e[2])], evs


def test_action_with_no_word_making_it_legal_is_no_lawsuit():
    assert not _codes(_events("The navy took action against the smugglers."), "115")


@pytest.mark.parametrize("text, target", [
    ("Critics said the governor was playing games with the budget.", "governor"),
    ("The governor's critics said she was stalling.", "governor"),
    ("Critics of Governor Okafor said she had wasted the grant.", "Okafor"),
])
def test_what_critics_say_is_criticism(text, target):
    evs = _events(text)
    hits = [e for e in evs if e[0] == "111" and "critic-speaker" in e[1]]
    assert hits and all(target in (e[3] or "") for e in hits), evs


@pytest.mark.parametrize("text", [
    "The senator said the governor was playing games with the budget.",
    "Labour opponents said the vote was close.",
    "His opponents said the count would end on Friday.",
    "Critics asked whether the governor had read the report.",
])
def test_other_speakers_rivals_and_questions_are_no_critic_statement(text):
    evs = _events(text)
    assert not [e for e in evs if "critic-speaker" in e[1]], evs


def test_a_remark_called_distasteful_criticises_its_maker():
    evs = _events("The judge called Smith's remarks distasteful.")
    assert _has(evs, "111", "S-call+AP-rating-negative-crit26", "judge", "Smith"), evs


def test_suing_to_stop_something_is_a_lawsuit_with_no_defendant_named():
    evs = _events("Three farmers sued to stop the new dam.")
    assert _has(evs, "115", "V11-sue-crit26+SE-sue-to-crit26", "farmers", None), evs


@pytest.mark.parametrize("text", [
    "The rebels sued for peace.",
    "The families sued in federal court on Monday.",
])
def test_a_bare_sue_stays_uncoded(text):
    assert not _codes(_events(text), "115")


def test_suing_a_named_side_stays_a_lawsuit_against_it():
    evs = _events("The families sued Exxon on Monday.")
    assert _has(evs, "115", "V11-sue-crit26", "families", "Exxon"), evs


@pytest.mark.parametrize("text, source, target", [
    ('"The bank is gaming the system," the senator said.', "senator", "bank"),
    ("The dockers said Governor Okafor had swindled the pension fund.", "dockers", "Okafor"),
])
def test_a_deed_of_deceit_said_of_another_is_an_accusation(text, source, target):
    evs = _events(text)
    assert _has(evs, "112", "S-say+AP-deed-accuse-crit26", source, target), evs


def test_gaming_with_no_system_is_no_accusation():
    evs = _events("The senator said the children were gaming all night.")
    assert not _codes(evs, "11"), evs


@pytest.mark.parametrize("text, rule, target", [
    ("The senator said the governor had ignored the warnings of farmers for months.", "S-say+AP-deed-fault-crit26",
     "governor"),
    ("The senator said the governor had turned a blind eye to corruption.", "S-say+T-blind-eye-crit26", "governor"),
    ("The senator said the governor was out of touch with ordinary people.", "S-say+T-out-of-touch-crit26",
     "governor"),
    ("The senator said the governor was not fit to lead.", "S-say+T-not-fit-crit26", "governor"),
])
def test_statements_that_fault_another_actor_are_criticism(text, rule, target):
    evs = _events(text)
    assert _has(evs, "111", rule, "senator", target), evs


@pytest.mark.parametrize("text", [
    "The senator said the governor was fit to lead.",
    "The governor said she would turn a blind eye to nothing.",
    "The mayor said residents had ignored the noise.",
])
def test_no_fault_found_stays_a_statement(text):
    evs = _events(text)
    assert not _codes(evs, "11"), evs


def test_responsibility_for_deaths_said_of_another_is_an_accusation():
    evs = _events("The minister said the rebels were responsible for the deaths of the civilians.")
    assert _has(evs, "112", "S-say+T-claim", "minister", "rebels"), evs


def test_responsibility_for_a_duty_is_no_accusation():
    evs = _events("The minister said the army was responsible for the maintenance of the roads.")
    assert not _codes(evs, "11"), evs


@pytest.mark.parametrize("text", [
    "The mayor said the governor had let down the people of the valley.",
    "The mayor said the governor had wasted millions on the stadium.",
])
def test_people_let_down_and_money_wasted_fault_the_doer(text):
    evs = _events(text)
    assert _has(evs, "111", "S-say+AP-deed-fault-crit26", "mayor", "governor"), evs


def test_letting_people_down_is_no_permission():
    evs = _events("The council has let down the people of the valley.")
    assert not _codes(evs, "08"), evs


def test_wasting_no_time_is_no_fault():
    evs = _events("The mayor said the council had wasted no time in repairing the bridge.")
    assert not _codes(evs, "11"), evs


@pytest.mark.parametrize("text, target", [
    ("The mayor had harsh words for Governor Okafor.", "Okafor"),
    ("The senator reserved his sharpest words for Governor Okafor.", "Okafor"),
])
def test_harsh_words_for_someone_are_criticism(text, target):
    evs = _events(text)
    assert [e for e in evs if e[0] == "111" and e[1].startswith("N11-harsh-words-crit26") and target in (e[3] or "")], evs


@pytest.mark.parametrize("text", [
    "The mayor had kind words for the volunteers.",
    "The coach had a few words for the press.",
    "The president had words of praise for the nurses.",
])
def test_kind_or_few_words_are_no_criticism(text):
    assert not _codes(_events(text), "11")


def test_a_petition_filed_against_someone_is_a_case_against_them():
    evs = _events("The opposition filed a petition against the governor at the high court.")
    assert _has(evs, "115", "V11-file-petition-crit26", "opposition", "governor"), evs


@pytest.mark.parametrize("text", [
    "The firm filed a petition for bankruptcy.",
    "Residents signed a petition against the new road.",
])
def test_other_petitions_are_no_lawsuit(text):
    assert not _codes(_events(text), "115")


def test_criticism_told_in_a_relative_clause_keeps_the_speakers_statements():
    evs = _events('"The vote was close," she said, and "the count was fair," said Senator Lindqvist, '
                  'who has been critical of the governor.')
    assert _has(evs, "111", "V11-critical-of-crit26", "Lindqvist", "governor"), evs
    assert _has(evs, "010", "S-say", "Lindqvist", None), evs


@pytest.mark.parametrize("text, source, target", [
    ("The militants vowed to attack the police.", "militants", "police"),
    ("The gang promised to kill the witnesses.", "gang", "witnesses"),
])
def test_force_vowed_is_a_threat(text, source, target):
    evs = _events(text)
    assert _has(evs, "138", "V19-", source, target), evs
    assert not [e for e in evs if e[0].startswith("19")], evs


def test_other_conflict_pledged_stays_planned():
    evs = _events("Hungary has pledged to expel the Syrian diplomats.")
    assert not _codes(evs, "13"), evs


def test_protection_vowed_is_no_threat():
    evs = _events("The army vowed to protect the villagers.")
    assert not _codes(evs, "13"), evs


def test_a_case_taken_to_court_is_against_the_accused_not_the_court():
    evs = _events("The families took their case against Exxon to the supreme court.")
    assert _has(evs, "115", "V11-take-to-court", "families", "Exxon"), evs


def test_a_lawsuit_named_with_its_author_and_against_phrase_is_a_case():
    evs = _events("The union's lawsuit against Exxon is pending.")
    assert _has(evs, "115", "N11-lawsuit-against-crit26", "union", "Exxon"), evs


def test_no_lawsuit_is_no_asserted_case():
    evs = _events("There is no lawsuit against Exxon.")
    assert not [e for e in evs if e[0] == "115" and e[4] == "asserted"], evs
