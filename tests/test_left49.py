"""Session 45 (issue 11; branch left49): sentences we coded nothing in (round47).

Every sentence is our own (none is from a gold set, the reading sets or a page). Each kind has sentences that must
now come out right and one that must stay as it was.
"""
from newsgraph.nlp.model import load_nlp

# the assert-on-events helpers of an earlier session (pytest puts tests/ on the path): the events of a text, and
# those of a code prefix in the moods the event evaluation counts
from test_left42 import _coded, _events


def _deps(text: str) -> dict[str, tuple[str, str]]:
    return {t.lower_: (t.dep_, t.head.lower_) for t in load_nlp()(text)}


# --- a verb of naming whose thing named and label the parser misreads (nlp/naming_objects.py) ---------------------

def test_an_adjective_label_read_as_a_clause_is_the_object_predicate():
    deps = _deps("The governor branded the strike illegal.")
    assert deps["strike"] == ("dobj", "branded") and deps["illegal"] == ("oprd", "branded")
    events = _coded("The governor branded the strike illegal.", "11")
    assert [e.source_code for e in events] == ["GOV"]


def test_two_objects_of_branded_are_the_thing_and_its_label():
    deps = _deps("The former justice minister branded the bill a political purge.")
    assert deps["bill"][0] == "dobj" and deps["purge"] == ("oprd", "branded")
    assert _coded("The former justice minister branded the bill a political purge.", "111")
    assert _coded("The opposition has branded the fuel tax a daylight robbery.", "11")


def test_an_adjective_label_that_the_parser_made_the_object():
    events = _coded("The minister branded the new law unconstitutional and vowed to fight it.", "111")
    assert [e.source_code for e in events] == ["GOV"]


def test_a_quoted_label_after_the_thing_named():
    assert _coded('Critics branded the housing plan "a gift to developers".', "11")


def test_a_name_given_to_someone_stays_no_statement():
    assert not _coded("They called the boy Tom.", "01")
    assert not _coded("The police called the fire brigade.", "01")
    assert not _coded("The council named the new street Mandela Avenue.", "01")


# --- "it" named by a verb of naming (convention named-it) -----------------------------------------------------------

def test_it_branded_a_purge_is_a_statement():
    text = 'The former justice minister, now in opposition, branded it "a political purge" of the judiciary.'
    events = _coded(text, "11")
    assert len(events) == 1 and events[0].rule_id.startswith("S-call")


def test_calling_it_a_day_or_quits_is_no_statement():
    assert not _events("She called it a day.")
    assert not _events("The two bands called it quits after the tour.")


# --- labels that condemn (statement_tones T-condemn-label-left49) ---------------------------------------------------

def test_a_witch_hunt_and_an_arbitrary_rule_are_criticism():
    assert _coded("The former president called the charges a witch hunt.", "111")
    assert _coded("The ferry union called the new fines arbitrary.", "111")


def test_a_stain_on_a_carpet_said_as_a_description_is_no_criticism():
    assert not _coded("The cleaner said there was a stain on the carpet.", "11")


# --- condolences extended (verbs V01-extend-empathy-left49) ---------------------------------------------------------

def test_condolences_extended_are_sympathy():
    events = _coded("The archbishop extended his condolences to the families of the two miners.", "018")
    assert [(e.source_code, e.target_code) for e in events] == [("REL", "CVL")]


def test_an_extended_deadline_is_no_sympathy():
    assert not _coded("The tax office extended the deadline for returns by a week.", "01")


# --- "it" bound to a body is a party apart from another of its code (convention bound-pronouns-apart) ---------------

def test_it_bound_to_a_council_criticising_the_governor_is_coded():
    events = _coded("The council met on Monday. It also criticised the governor.", "111")
    assert [(e.source_code, e.target_code, e.source_text) for e in events] == [("GOV", "GOV", "It")]


def test_it_bound_to_a_port_authority_accusing_the_mayor():
    events = _coded("The port authority met on Monday. It also accused the mayor of blocking the dredging.", "112")
    assert [(e.source_code, e.target_code) for e in events] == [("GOV", "GOV")]


def test_a_body_acting_on_itself_stays_no_event():
    assert not _coded("The government met on Monday. It also criticised itself.", "11")
    # an "it" that takes up a thing is no party
    assert not _coded("The new tariff hurt farmers. It also angered the governor.", "11")


# --- a subject that counts people already named (word list PEOPLE_COUNT_SUBJECTS) ----------------------------------

def test_one_of_two_officials_speaking_is_a_statement():
    text = "Two officials spoke to reporters after the meeting. One said the talks had gone well."
    assert [e.source_text for e in _coded(text, "010")] == ["Two officials", "One"]


def test_the_couple_accusing_the_police_is_coded():
    events = _coded("The couple accused the police of ignoring their complaints.", "112")
    assert [(e.source_text, e.target_code) for e in events] == [("The couple", "COP")]


def test_counted_things_and_no_one_name_no_people():
    assert not _events("One of the shells hit a school in the town.")
    assert not _events("No one was hurt in the blast.")
    assert not _events("This one was signed in 2019.")
