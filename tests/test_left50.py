"""Session 46 (issue 11; branch left50): sentences we coded nothing in (round48).

Every sentence is our own (none is from a gold set, the reading sets or a page). Each kind has sentences that must
now come out right and one that must stay as it was.
"""
# helpers of earlier sessions (pytest puts tests/ on the path): a text's events, those of a code prefix in the moods
# the event evaluation counts, and each word's dependency label and head
from test_left42 import _coded, _events
from test_left49 import _deps


# --- a participle between commas read as the sentence's verb (nlp/parenthetical_participles.py) --------------------

def test_asked_between_commas_is_the_subjects_clause_and_said_its_verb():
    deps = _deps("The Kremlin, asked about the gas dispute, said it was a matter for the two companies.")
    assert deps["said"][0] == "ROOT" and deps["kremlin"] == ("nsubj", "said") and deps["asked"] == ("acl", "kremlin")
    events = _coded("The Kremlin, asked about the gas dispute, said it was a matter for the two companies.", "01")
    assert [(e.source_code, e.rule_id) for e in events] == [("RUSGOV", "S-say")]


def test_a_denial_and_an_accusation_after_the_participle_have_their_subject():
    events = _coded("The Pentagon, asked about the leaked report, denied that its drones had crossed the border.",
                    "016")
    assert [e.source_code for e in events] == ["USAMIL"]
    events = _coded("Tehran, asked about the seizure of the tanker, accused Britain of piracy.", "112")
    assert [(e.source_code, e.target_code) for e in events] == [("IRNGOV", "GBR")]


def test_the_object_the_parser_made_a_subject_is_the_object_again():
    events = _coded("Beijing, asked about the senator's visit, warned Washington against meddling.", "13")
    assert [(e.source_code, e.target_code) for e in events] == [("CHNGOV", "USAGOV")]


def test_a_question_put_and_dashes():
    assert [e.source_code for e in _coded(
        "Moscow, asked whether it would retaliate, said it was studying the decision.", "01")] == ["RUSGOV"]
    assert [e.source_code for e in _coded(
        "The Kremlin \u2013 asked about the dispute \u2013 said it was a commercial matter.", "01")] == ["RUSGOV"]


def test_a_verb_with_its_own_that_clause_or_a_relative_clause_stays_as_parsed():
    deps = _deps("The envoy, a farmer's son himself, noted that peace would be a long, slow process.")
    assert deps["noted"][0] == "ROOT"
    assert _coded("The envoy, a farmer's son himself, noted that peace would be a long, slow process.", "01")
    deps = _deps("Police, who arrived an hour later, arrested two men.")
    assert deps["arrived"][0] == "relcl"
    assert _coded("Police, who arrived an hour later, arrested two men.", "173")


def test_a_participle_read_right_before_is_left_as_it_was():
    deps = _deps("The ministry, contacted by phone, declined to comment.")
    assert deps["contacted"] == ("acl", "ministry") and deps["declined"][0] == "ROOT"
    assert not _events("The minister, asked, said nothing.")


# --- generic public bodies and people that named no side (kb vocab.csv, roles.csv rows *-left50) -------------------

def test_an_audit_office_and_an_inspectorate_are_the_state():
    events = _coded("The state audit office criticised the way the city handled the vaccine rollout.", "111")
    assert [e.source_code for e in events] == ["GOV"]
    assert [e.source_code for e in _coded("The labour inspectorate criticised the new shift rules.", "111")] \
        == ["GOV"]


def test_a_lower_house_and_a_regional_assembly_are_legislatures():
    assert [e.source_code for e in _coded("The lower house rejected the plan to sell the port.", "12")] == ["LEG"]
    assert [e.source_code for e in _coded("The regional assembly condemned the plan to close the mine.", "111")] \
        == ["LEG"]


def test_eyewitnesses_and_a_prefect_are_sides():
    assert [e.source_code for e in _coded("Eyewitnesses said they saw army trucks heading north.", "01")] == ["CVL"]
    assert [e.source_code for e in _coded("The prefect criticised the plan to close the school.", "111")] == ["GOV"]


def test_a_house_or_an_office_that_is_a_building_names_no_side():
    assert not _events("The old house on the hill was sold last year.")
    assert not _events("The office was closed for the holiday.")
