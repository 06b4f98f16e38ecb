"""Session 29 (crit30, round30): criticism and accusation (CAMEO root 11) on local and political news -- a
criticising aside ("..., accusing X of ...") after a reported clause is the speaker's, conduct called unethical or
dehumanising, rules said to trample rights, allegations aired, and what may have befallen someone ("could have
drowned") or harm suffered ("how much damage there was") judging no one. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _root(evs, prefix, modality="asserted"):
    return [e for e in evs if e[0].startswith(prefix) and e[4] == modality]


@pytest.mark.parametrize("text, code, rule, target", [
    ("The opposition said the government had delayed the vote, accusing the ministers of cowardice.",
     "112", "V11-accuse", "ministers"),
    ("The opposition said the government had delayed the vote, accusing the government of cowardice.",
     "112", "V11-accuse", "government"),
    ("The teachers' union said the ministry had cut the budget, criticizing the minister for the timing.",
     "111", "V11-criticize", "minister"),
])
def test_a_criticising_aside_after_a_reported_clause_is_the_speakers(text, code, rule, target):
    evs = _events(text)
    assert _has(evs, code, rule, _speaker(text), target), evs


def _speaker(text):
    return text.split(" said ")[0].split()[-1]


def test_an_aside_blaming_someone_is_the_speakers_not_the_reported_subjects():
    evs = _events("The mayor said the council had acted in secret, blaming the treasurer for the leak.")
    assert _has(evs, "112", "V11-accuse", "mayor", "treasurer"), evs
    assert not any(e[0].startswith("11") and e[2] and "council" in e[2] for e in evs), evs


def test_an_aside_naming_a_move_a_disgrace_is_the_speakers():
    evs = _events("The union said the ministry had cut nurses' pay, calling the move a disgrace.")
    assert _has(evs, "111", "V11-call-names", "union", None), evs
    assert not any(e[2] and "ministry" in e[2] for e in evs), evs


def test_an_aside_with_no_criticism_stays_a_statement():
    evs = _events("The opposition said the government had delayed the vote, citing the storm.")
    assert not _root(evs, "11"), evs
    assert _has(evs, "010", "S-say", "opposition", None), evs


@pytest.mark.parametrize("text", [
    "The dockers' union said the new night rota was unethical and dehumanising.",
    "The nurses' union said the ward closures were immoral.",
])
def test_conduct_called_unethical_or_dehumanising_is_condemned(text):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-condemn-crit30", "union", None) or any(
        e[0] == "111" and "T-condemn-crit30" in e[1] for e in evs), evs


def test_trampled_rights_are_an_accusation_of_the_doer():
    evs = _events("The farmers said the government trampled on their rights.")
    assert _has(evs, "112", "S-say+T-infringe-crit30", "farmers", "government"), evs


def test_rights_that_will_not_be_infringed_are_no_accusation():
    evs = _events("The minister said the plan would not infringe on anyone's rights.")
    assert not _root(evs, "11"), evs


@pytest.mark.parametrize("text", [
    "The opposition aired new allegations in a bitter debate.",
    "The opposition repeated its accusations on Monday.",
])
def test_allegations_aired_or_repeated_are_accusations(text):
    evs = _events(text)
    assert _has(evs, "112", "N11-air-accusations-crit30", "opposition", None), evs


@pytest.mark.parametrize("text", [
    "The coroner said the hiker could have drowned in the flooded creek.",
    "The fire chief said crews were still trying to determine how much damage there was.",
    "The deputy said the two men had been arguing before the crash.",
    "The plant manager said the site has the only coal-fired boiler in the state.",
])
def test_what_befell_someone_or_what_happened_judges_no_one(text):
    evs = _events(text)
    assert not _root(evs, "11"), evs
    assert any(e[0] == "010" for e in evs), evs


def test_what_could_have_been_prevented_is_still_hindsight_criticism():
    evs = _events("The senator said the ministry could have prevented the deaths.")
    assert _has(evs, "111", "S-say+T-hindsight", "senator", "ministry"), evs


@pytest.mark.parametrize("text, source, target", [
    ("The senator said the governor's spending cuts were ruining the schools.", "senator", "governor"),
    ("Board members say rowdy behavior by some fans is ruining the league.", "Board members", "fans"),
])
def test_harm_said_to_be_going_on_faults_the_acts_maker(text, source, target):
    evs = _events(text)
    assert _has(evs, "111", "S-say+AP-harm-act", source, target), evs


@pytest.mark.parametrize("text", [
    "The farmers said the heavy rain was ruining the crops.",
    "The senator said the governor's spending cuts could be ruining the schools.",
])
def test_harm_by_weather_or_only_guessed_judges_no_one(text):
    assert not _root(_events(text), "11"), _events(text)

