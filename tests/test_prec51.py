"""Session 47 (issue 11; branch prec51): false events read on real pages outside every realnews gold set (round49).

Every sentence is our own (none is from a gold set, the reading sets or a page). Each kind has a sentence that must
no longer be coded and a close one that must still be coded.
"""
from test_left42 import _coded, _events


def _any(text: str, prefix: str):
    """Events of a code prefix in any mood (a false event must not come out hypothetical or planned either)."""
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


# --- a stance on an issue is no rejection or support (SE-issue-stance-prec51, SE-issue-support-prec51) --------------

def test_opposing_an_issue_in_general_is_no_rejection():
    assert not _any("The governor opposes gambling, her spokesman said.", "12")
    assert not _any("The senator, who opposes gun control, spoke to farmers in Denver.", "12")
    assert not _any("The ministry in Hanoi said it opposes smuggling in all its forms.", "1")


def test_opposing_a_plan_or_a_deployment_stays_a_rejection():
    union = _coded("The farmers' union opposed the new toll plan on Monday.", "12")
    assert [(e.cameo_code, e.source_code) for e in union] == [("120", "LAB")]
    ankara = _coded("Ankara opposes the deployment of Russian troops in Libya.", "12")
    assert [(e.cameo_code, e.source_code) for e in ankara] == [("120", "TURGOV")]


def test_backing_an_issue_in_general_is_no_support():
    assert not _any("The mayor has long supported legislation on rent control.", "05")
    assert not _any("The council leader backs tax cuts for small shops.", "05")


def test_backing_a_named_side_or_a_resolution_stays_support():
    france = _coded("France supports Ukraine in its war.", "05")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in france] == [("051", "FRA", "UKR")]
    assert [e.cameo_code for e in _coded("Hungary supports the resolution on Syria.", "05")] == ["051"]


# --- fire-fighting is no force (SE-fight-fire-prec51, SE-fire-attack-on-prec51, SE-fire-search-prec51) --------------

def test_an_attack_on_a_blaze_is_no_force():
    assert not _any("Volunteer crews mounted an attack on the blaze from the barn roof.", "19")
    assert not _any("Crews attacked the fire from two sides before it reached the woods.", "1")


def test_an_attack_on_an_army_post_stays_force():
    rebels = _coded("Rebels launched an attack on the army post and set it on fire.", "19")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in rebels] == [("190", "REB", "MIL")]


def test_a_search_of_a_burned_house_is_no_investigation():
    assert not _any("A search of the house was carried out after crews had put the fire out.", "09")


def test_a_police_search_stays_an_investigation():
    assert [e.cameo_code for e in _coded("Police searched the burned house for evidence of arson.", "09")] == ["091"]
    assert [e.cameo_code for e in _coded("Police conducted a search of the suspect's house on Tuesday.", "09")] \
        == ["091"]


# --- "not one of them" did it: the act is negated (word list NOT_ONE_SUBJECTS) --------------------------------------

def test_not_one_of_the_senators_criticized_is_negated():
    assert not _coded("Not one of the five senators criticized the governor for the veto.", "11")
    assert not _coded("Not a single lawmaker criticized the governor.", "11")
    dockers = "Not one of the dockers' leaders attacked the port chief."
    negated = [e for e in _events(dockers) if e.modality == "negated"]
    assert negated and not _coded(dockers, "1")


def test_one_of_the_senators_criticized_stays_asserted():
    one = _coded("One of the five senators criticized the governor for the veto.", "11")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in one] == [("111", "LEG", "GOV")]


# --- refusing to admit, name or attack is no rejection (SE-refuse-to-concede-prec51) ---------------------------------

def test_refusing_to_attack_a_rival_or_to_admit_a_failure_is_no_rejection():
    assert not _any("The candidate refuses to attack his rival over the tax returns.", "12")
    assert not _any("The governor refused to acknowledge that the plan had failed.", "12")


def test_refusing_to_meet_or_release_stays_a_rejection():
    meet = _coded("The minister refused to meet the striking dockers.", "12")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in meet] == [("125", "GOV", "LAB")]
    release = _coded("Russia refused to release the prisoners.", "12")
    assert [(e.cameo_code, e.source_code) for e in release] == [("124", "RUS")]
    assert [e.cameo_code for e in _coded("The ministry declined to comment on the report.", "01")] == ["011"]


# --- a rally in a story of a party's nominating race is a campaign event (SE-campaign-rally-prec51) ---------------

_RACE = "The senator trails in the primaries and needs more delegates to win the nomination. "


def test_a_campaign_rally_in_a_primary_story_is_no_protest():
    assert not _any(_RACE + "The senator has a rally planned for Friday evening in Des Moines.", "14")
    assert not _any(_RACE + "The candidate could instead rally in Reno next week.", "14")
    assert not _any(_RACE + "Campaign staff booked the fairground for a big rally on Saturday.", "14")


def test_a_protest_rally_in_a_primary_story_or_a_rally_elsewhere_stays():
    against = _coded(_RACE + "Hundreds of his supporters rallied outside the convention hall against the party rules.",
                     "14")
    assert [e.cameo_code for e in against] == ["141"]
    demand = _coded(_RACE + "Students rallied in the park to demand a recount.", "14")
    assert [(e.cameo_code, e.source_code) for e in demand] == [("141", "EDU")]
    assert [e.cameo_code for e in _coded("Thousands rallied in the capital on Sunday.", "14")] == ["141"]


# --- a charge named only as what no evidence shows is no charge (events/unproven_claims.py, EVIDENCE_NOUNS) ---------

def test_no_proof_that_a_state_was_behind_a_blast_is_no_accusation():
    assert not _any("A ports analyst said she saw no proof that the Iranian navy was behind the tanker explosion.",
                    "11")
    assert not _any("A ports analyst said there was no sign that the Iranian navy was behind the tanker explosion.",
                    "11")
    assert not _any("The ports analyst said she did not have any proof that the Iranian navy was behind the "
                    "explosion.", "11")


def test_a_state_said_to_be_behind_a_blast_stays_accused():
    said = _coded("A ports analyst said the Iranian navy was behind the tanker explosion.", "11")
    assert [(e.cameo_code, e.target_code) for e in said] == [("112", "IRNMIL")]
    there = _coded("The minister said there was proof that Iran was behind the explosion.", "11")
    assert [(e.cameo_code, e.source_code, e.target_code) for e in there] == [("112", "GOV", "IRN")]
