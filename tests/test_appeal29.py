"""Session 28 (appeal29, round29): appeals, demands, rejections and threats (CAMEO roots 02, 10, 12, 13) --
"called for X to act" with "for" parsed as the clause's marker, "told X to act" and "was advised by X to act" as
appeals, refusals to answer as declined comment, "warned it would strike" and "said it would keep shelling" as
threats, refusal nouns, votes against a bill, "ruled out sending",
applications to a court, warnings of reprisals, requirements laid on a side, calls that are no appeal (called off,
called up), nominal appeals addressed to someone, and a need-to clause misattached to an asking verb.
Own sentences only."""
import pytest

from newsgraph import analyse


def _events(text):
    a = analyse(text, "2024-06-19")
    return [(e.cameo_code, e.rule_id, e.source_text or "", e.target_text or "", e.modality,
             e.source_code or "", e.target_code or "") for e in a.events]


def _find(evs, prefix, source=None, target=None, modality="asserted"):
    return [e for e in evs if e[0].startswith(prefix) and e[4] == modality
            and (source is None or source in e[2]) and (target is None or target in e[3])]


@pytest.mark.parametrize("text, source, target", [
    ("The dockers' union called for the port director to step down.", "union", "director"),
    ("The fishermen's cooperative has been pushing for the Norwegian ministry to reopen the fjord.",
     "cooperative", "ministry"),
])
def test_for_clause_appeals_name_the_clause_subject(text, source, target):
    evs = _events(text)
    assert _find(evs, "02", source, target), evs


@pytest.mark.parametrize("text, source, target", [
    ("The Moroccan interior minister told the mayors to close the markets.", "minister", "mayors"),
    ("The senator said she was advised by the Ghanaian sports minister to withdraw the bill.", "minister", "she"),
])
def test_told_to_act_is_an_appeal(text, source, target):
    evs = _events(text)
    assert _find(evs, "020", source, target), evs
    assert not _find(evs, "010", source), evs


@pytest.mark.parametrize("text", [
    "The Moroccan interior minister told reporters to expect a decision on Monday.",
    '"Tell them to wait," the Moroccan interior minister said.',
])
def test_press_told_and_quoted_imperatives_are_no_appeal(text):
    assert not _find(_events(text), "02"), _events(text)


def test_declining_to_answer_questions_is_declined_comment():
    evs = _events("The Peruvian mining company declined to answer questions about the spill.")
    assert _find(evs, "011", "company"), evs
    assert not _find(evs, "12"), evs


@pytest.mark.parametrize("text, code, target_code", [
    ("The Venezuelan navy warned that it would seize any Guyanese trawler in the disputed waters.", "137", "GUY"),
    ("The Sudanese army said it would keep shelling the rebel positions.", "138", ""),
])
def test_warned_or_said_it_would_keep_attacking_is_a_threat(text, code, target_code):
    evs = _events(text)
    threats = [e for e in _find(evs, "13") if target_code in e[6]]
    assert threats, evs
    assert not _find(evs, "19", modality="planned") and not _find(evs, "19", modality="feared"), evs


def test_a_refusal_noun_is_a_rejection_aimed_at_the_refused_acts_target():
    evs = _events("The Dutch minister's refusal to meet the farmers' leaders angered the provinces.")
    assert _find(evs, "120", "minister", "leaders"), evs


def test_voting_against_a_bill_rejects_it():
    evs = _events("The Chilean senators voted against the president's mining bill.")
    assert _find(evs, "120", "senators", "president"), evs


def test_ruling_out_an_act_refuses_it():
    evs = _events("The Austrian chancellor ruled out meeting the Hungarian premier before the summit.")
    assert _find(evs, "125", "chancellor", "premier"), evs
    assert not _find(evs, "04"), evs


def test_applying_to_a_court_for_a_review_is_an_appeal_to_it():
    evs = _events("The ferry operator applied to the Danish High Court for a review of the licence decision.")
    assert _find(evs, "020", "operator", "Court"), evs


def test_a_warning_of_reprisals_is_a_threat():
    evs = _events("The Algerian foreign ministry warned of reprisals against Morocco.")
    assert _find(evs, "130", "ministry", "Morocco"), evs


@pytest.mark.parametrize("text", [
    "The Thai police called off the search for the two missing climbers.",
    "The Thai army called up its reservists for the border exercise.",
])
def test_calls_off_and_up_are_no_appeals(text):
    assert not _find(_events(text), "02"), _events(text)


def test_a_nominal_appeal_addressed_to_someone_targets_them():
    evs = _events("The archbishop's appeal to the two militias to free the hostages went unheeded.")
    assert _find(evs, "020", "archbishop", "militias"), evs


def test_a_need_to_clause_misattached_to_an_asking_verb_is_no_demand():
    text = ("Her lawyers will ask the judge to drop the charges over emails the minister needs to see.")
    evs = _events(text)
    assert _find(evs, "020", "lawyers", "judge", modality="planned") or _find(evs, "020", "lawyers", "judge"), evs
    assert not [e for e in evs if e[1] == "D-need-to"], evs


def test_what_one_is_told_to_do_is_not_done():
    evs = _events("The Boston Globe ran an editorial telling the mayor to veto the parking ordinance.")
    assert _find(evs, "020", "Globe", "mayor"), evs
    assert not _find(evs, "12"), evs          # the veto is asked for, not made


def test_a_petition_calling_on_someone_speaks_for_its_signers():
    evs = _events("Hundreds of nurses signed a petition calling on the Welsh health minister to hire more staff.")
    assert _find(evs, "020", None, "minister"), evs


def test_requiring_a_side_to_act_is_a_demand():
    evs = _events("The Ecuadorian ministry required the oil companies to disclose their payments.")
    assert _find(evs, "100", "ministry", "companies"), evs
