"""Session 45 (say49, round47): statements, appeals, demands, criticism, threats and rejections (CAMEO 01, 02, 10-13,
16) as real papers tell them -- accusations told in the noun with a that-clause (events/noun_accusations.py,
convention owned-accusations), calls and proposals brushed aside when the parse reads "aside" as an adverb -- and the
look-alikes that stay what they were. Own sentences only."""
import pytest

from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text
from test_say48 import _has, _live  # session 44's: a live event of that code prefix, sides and rule; live events

RULE = "N11-owned-accusation-say49"


def _rules(evs):
    return {r for c, r, s, t, m in evs}


# ---- accusations told in the noun (owned-accusations, 112)

@pytest.mark.parametrize("text, source, target", [
    # a by-phrase owner; the one who rejects the allegations is no accuser
    ("Allegations by the port authority that the coast guard had sunk a fishing boat were rejected by the navy.",
     "port authority", "coast guard"),
    # a possessor
    ("The teachers' union's charge that the education minister had falsified the figures prompted an inquiry.",
     "union", "education minister"),
    # the by-agent of a passive verb of voicing it
    ("The charge that the senator had taken bribes was repeated by the opposition leader on Tuesday.",
     "opposition leader", "senator"),
    # a claim whose clause is an act of force
    ("The ministry's claim that rebels had shelled the town could not be verified.", "ministry", "rebels"),
    # the parse reads "that" as the clause's object; the clause has an object of its own
    ("The government rejected the claim by human rights groups that police had tortured detainees.",
     "human rights groups", "police"),
])
def test_an_owned_accusation_noun_with_a_that_clause_accuses_the_clauses_subject(text, source, target):
    evs = _events(text)
    assert _has(evs, "112", source, target, RULE), evs


def test_the_one_who_rejects_an_owned_allegation_denies_it_and_is_not_its_owner():
    evs = _events("Allegations by the port authority that the coast guard had sunk a fishing boat were rejected by "
                  "the navy.")
    assert not any(r == RULE and s and "navy" in s for c, r, s, t, m in evs), evs
    assert _has(evs, "016", "navy"), evs


@pytest.mark.parametrize("text", [
    "The charge that the bridge was unsafe turned out to be unfounded.",          # no owner, a thing accused
    "A claim by the mayor that the council had balanced the budget was welcomed.",  # a claim of nothing wrong
    "The allegation that the minister made to the police was dropped.",            # a relative clause, no content
    "Any allegation that the police beat protesters will be investigated, the minister said.",   # "any"
])
def test_no_owner_no_wrong_a_relative_clause_or_any_is_no_owned_accusation(text):
    assert RULE not in _rules(_events(text))


# ---- "aside" read as an adverb is the particle of brushing aside (PARTICLE_ADVERBS)

def test_calls_brushed_aside_with_aside_parsed_as_an_adverb_are_rejected():
    evs = _events("Turkey's foreign minister brushed aside calls from Sweden to lift the veto.")
    assert _has(evs, "120", "minister", rule="V12-brush-aside"), evs


def test_stepping_aside_is_no_rejection():
    evs = _events("The minister stepped aside after the scandal.")
    assert not any(c.startswith("12") for c, r, s, t, m in evs), evs


# ---- proposals told in a that-clause (proposal-targets, misread-subjunctives, plural-subjunctives)

@pytest.mark.parametrize("text, source, target", [
    ("Japan has proposed that Seoul drop its claim to the islands.", "Japan", "Seoul"),
    ("The advisers suggested that the city reopen the market.", "advisers", "city"),
    # "resume" read as a compound of "talks"
    ("The European envoys suggested that Tehran resume talks with the inspectors.", "envoys", "Tehran"),
    # a plural subject's unshifted present after "proposed"
    ("The envoys proposed that the rebels hand over the airport.", "envoys", "rebels"),
])
def test_a_proposal_in_a_that_clause_is_an_appeal_to_the_clauses_subject(text, source, target):
    evs = _events(text)
    assert _has(evs, "020", source, target, "S-suggest+proposal"), evs


@pytest.mark.parametrize("text", [
    "The envoys suggested that the rebels were weakening.",      # a past clause: what was the case
    "Researchers suggested that bats carry the virus.",           # "suggest" also means to indicate
    "The minister suggested that Ottawa trade talks had stalled.",
])
def test_a_suggestion_of_what_is_the_case_is_no_proposal(text):
    evs = _events(text)
    assert not any(c.startswith("02") for c, r, s, t, m in _live(evs)), evs


# ---- a threat to recall one's own envoy threatens no one of one's own (vowed-targets)

def test_a_threat_to_recall_ones_own_ambassador_is_not_aimed_at_the_ambassador():
    evs = _events("Algeria threatened to recall its ambassador from Madrid after Spain shifted its position.")
    assert any(c.startswith("13") and s and "Algeria" in s for c, r, s, t, m in _live(evs)), evs
    assert not any(c.startswith("13") and t and "ambassador" in t for c, r, s, t, m in evs), evs


def test_a_vow_to_punish_others_is_still_aimed_at_them():
    evs = _events("The prime minister vowed to punish the militants.")
    assert _has(evs, "13", "prime minister", "militants"), evs


# ---- a capital in the from-phrase of an accusation is its maker (kb MADE_FROM_HEADS)

def test_a_capital_that_an_accusation_comes_from_is_the_accuser():
    evs = _events("Accusations from Seoul that Pyongyang had jammed GPS signals drew a sharp denial.")
    assert _has(evs, "112", "Seoul", "Pyongyang", RULE), evs


def test_allegations_from_a_capital_dismissed_are_denied_to_that_state():
    evs = _events("China dismissed the allegations from Manila as groundless.")
    assert _has(evs, "016", "China", "Manila"), evs


def test_a_visitor_from_a_capital_is_still_from_a_place():
    evs = _events("A delegation from Seoul toured the factory.")
    assert not any(c.startswith(("11", "01")) for c, r, s, t, m in evs), evs

