"""Session 28 (crit29, round29): criticism and accusation (CAMEO root 11) in the forms political news uses --
a quality for office said to be lacking, going after someone, criticism drawn from named critics, blame put on
someone, members named in an "including" phrase as the doers, a relative pronoun called something, a puppet of
someone, politics played and people abandoned; and "let X know", which grants no permission. Own sentences only."""
import pytest

from newsgraph import analyse
from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _root(evs, prefix, modality="asserted"):
    return [e for e in evs if e[0].startswith(prefix) and e[4] == modality]


@pytest.mark.parametrize("text", [
    "Senator Ann Keller said Governor Tom Ruiz lacks the integrity to serve.",
    "Senator Ann Keller said Governor Tom Ruiz lacked the judgment and the temperament to lead the state.",
])
def test_a_quality_for_office_said_to_be_lacking_is_criticism(text):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-lacks-fitness-crit29", "Keller", "Ruiz"), evs


@pytest.mark.parametrize("text", [
    "Senator Ann Keller said she lacks the experience to run the company.",
    "Senator Ann Keller said the city lacks the money to repair the roads.",
])
def test_lacking_said_of_oneself_or_of_money_is_no_criticism(text):
    assert not _root(_events(text), "11"), _events(text)


def test_a_politician_going_after_someone_criticises_them():
    evs = _events("Senator Elizabeth Warren went after Governor Ron DeSantis over the school budget.")
    assert _has(evs, "111", "V11-go-after-crit29", "Warren", "DeSantis"), evs


@pytest.mark.parametrize("text", [
    "The police went after the smugglers in the harbour.",
    "Border guards went after the smugglers.",
])
def test_police_going_after_someone_is_no_criticism(text):
    assert not _root(_events(text), "11"), _events(text)


@pytest.mark.parametrize("text, source", [
    ("The new toll drew sharp criticism from Senator Ann Keller.", "Keller"),
    ("The harbour plan faced criticism from Greenpeace.", "Greenpeace"),
])
def test_criticism_drawn_from_named_critics_is_theirs(text, source):
    evs = _events(text)
    assert _has(evs, "111", "N11-criticism-from-crit29", source, None), evs


def test_criticism_faced_by_an_actor_keeps_it_as_target():
    evs = _events("The minister faced criticism from the opposition.")
    assert any(e[0] == "111" and "opposition" in (e[2] or "") and "minister" in (e[3] or "") for e in evs), evs


@pytest.mark.parametrize("text", [
    "Senator Ann Keller put the blame on Governor Tom Ruiz.",
    "Senator Ann Keller laid the blame for the blackout squarely on Governor Tom Ruiz.",
])
def test_blame_put_on_someone_accuses_them(text):
    evs = _events(text)
    assert _has(evs, "112", "N11-put-blame-crit29", "Keller", "Ruiz"), evs


@pytest.mark.parametrize("text", [
    "The senator let the governor know that his conduct was unacceptable.",
    "The mayor let reporters know that the budget would be published on Friday.",
])
def test_letting_someone_know_grants_no_permission(text):
    assert not _root(_events(text), "08"), _events(text)


def test_letting_someone_go_is_still_permission():
    assert _root(_events("The court let the former president leave the country."), "086")


def test_members_named_in_an_including_phrase_are_the_doers():
    a = analyse("Some observers, including the Polish foreign minister, criticized Germany's plan.", "2024-06-19")
    crit = [e for e in a.events if e.cameo_code == "111"]
    assert crit and crit[0].source_code == "POLGOV" and crit[0].target_code == "DEU", a.events


def test_a_named_group_keeps_its_own_code():
    evs = _events("Several lawmakers, including Senator Ann Keller, criticized the governor.")
    assert _has(evs, "111", "V11-criticize", "lawmakers", "governor"), evs


def test_a_relative_pronoun_called_something_judges_the_noun_it_stands_for():
    evs = _events('Much of the anger was directed at Steve Bannon, whom Senator Ann Keller called "a dangerous man."')
    assert _has(evs, "111", "S-call", "Keller", "Bannon"), evs


@pytest.mark.parametrize("text, target", [
    ("The union said the new minister was a stooge of the bankers.", "minister"),
    ("The Ukrainian president said the opposition leader was a puppet of Russia.", "opposition leader"),
])
def test_a_puppet_of_someone_is_the_one_denounced(text, target):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-condemn-puppet-crit29", None, target) or any(
        e[0] == "111" and e[1].endswith("T-condemn-puppet-crit29") and target in (e[3] or "") for e in evs), evs


def test_a_puppet_show_judges_no_one():
    assert not _root(_events("The children watched a puppet show at the library, the mayor said."), "11")


@pytest.mark.parametrize("text, target", [
    ("Senator Ann Keller said Governor Tom Ruiz was playing politics with the lives of children.", "Ruiz"),
    ("Senator Ann Keller said the Republicans had abandoned working families.", "Republicans"),
])
def test_politics_played_and_people_abandoned_fault_the_doer(text, target):
    evs = _events(text)
    assert _has(evs, "111", "S-say+AP-deed-fault-crit29", "Keller", target), evs


@pytest.mark.parametrize("text", [
    "The mayor said the company had abandoned the project.",
    "The general said the rebels had abandoned their positions.",
])
def test_abandoning_a_plan_or_a_position_judges_no_one(text):
    assert not _root(_events(text), "11"), _events(text)


def test_criticism_of_someone_that_comes_from_named_givers_is_theirs():
    a = analyse("Criticism of the German plan came from the French government.", "2024-06-19")
    crit = [e for e in a.events if e.cameo_code == "111"]
    assert crit and crit[0].source_code == "FRAGOV" and crit[0].target_code == "DEU", a.events


def test_criticism_coming_from_givers_with_no_target_named_is_left():
    assert not _root(_events("The sharpest criticism came from Senator Ann Keller."), "11")


def test_opposing_a_person_is_disapproval_and_opposing_a_plan_a_rejection():
    evs = _events("Senator Ann Keller has opposed Governor Tom Ruiz at every turn.")
    assert _has(evs, "110", "V11-oppose-crit29", "Keller", "Ruiz"), evs
    evs = _events("Germany opposes new sanctions on Russia.")
    assert _root(evs, "120") and not _root(evs, "11"), evs


@pytest.mark.parametrize("text", [
    "Senator Ann Keller sniped at Governor Tom Ruiz during the debate.",
    "Senator Ann Keller ripped Governor Tom Ruiz over the school budget.",
])
def test_words_aimed_at_a_person_are_criticism(text):
    evs = _events(text)
    assert any(e[0] == "111" and e[1].endswith("crit29") and "Ruiz" in (e[3] or "") for e in evs), evs


@pytest.mark.parametrize("text", [
    "The storm ripped the roof off the school.",
    "The boxer jabbed at his opponent.",
])
def test_things_ripped_and_blows_are_no_criticism(text):
    assert not _root(_events(text), "11"), _events(text)


@pytest.mark.parametrize("text", [
    "Senator Ann Keller called the governor's comments disgusting.",
    "Senator Ann Keller called Governor Tom Ruiz's plan reckless.",
])
def test_an_adjective_after_the_object_of_call_is_what_it_is_called(text):
    evs = _events(text)
    assert any(e[0] == "111" and e[1].startswith("S-call") and "Keller" in (e[2] or "") for e in evs), evs


def test_calling_the_fire_department_is_no_statement():
    assert not _events("The mayor called the fire department.")


def test_fire_turned_on_someone_by_a_politician_is_criticism():
    evs = _events("Senator Ann Keller turned her fire on Governor Tom Ruiz.")
    assert _has(evs, "111", "N11-turn-fire-on-crit29", "Keller", "Ruiz"), evs


def test_coming_out_against_someone_is_disapproval():
    evs = _events("Senator Ann Keller came out against Governor Tom Ruiz on Monday.")
    assert _has(evs, "110", "V11-come-out-against-crit29", "Keller", "Ruiz"), evs


def test_disappointment_in_an_actor_is_aimed_at_it():
    evs = _events("The union said it was disappointed in the ministry.")
    assert _has(evs, "111", "S-say+T-disapprove", "union", "ministry"), evs


@pytest.mark.parametrize("text", [
    "Senator Ann Keller said Governor Tom Ruiz poses a threat to democracy.",
    "Senator Ann Keller declared that Governor Tom Ruiz was a danger to the republic.",
])
def test_a_person_said_to_be_a_threat_is_denounced(text):
    evs = _events(text)
    assert _has(evs, "111", "S-", "Keller", "Ruiz") and any(e[1].endswith("T-threat-person-crit29") for e in evs), evs


@pytest.mark.parametrize("text", [
    "The general said Iran poses a threat to shipping in the Gulf.",
    "Senator Ann Keller said the storm posed a threat to shipping.",
    "Police said the suspect posed a threat to the public.",
    "Senator Ann Keller said climate change is the greatest threat to humanity.",
])
def test_a_threat_said_of_a_state_a_thing_or_a_suspect_is_an_assessment(text):
    assert not _root(_events(text), "11"), _events(text)
