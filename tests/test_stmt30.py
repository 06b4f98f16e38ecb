"""Session 29 (stmt30, round30): statements (CAMEO root 01) on unseen news -- a saying that is itself what another
saying says, a body of research as a speaker, a trailing attribution after a verb
that acted on its object, a nickname in use, statements not made yet or only to be made by someone engaged, threats a
person underwent, and verbs of the manner of saying that attribute a quote. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _statements(evs, modality="asserted"):
    return [e for e in evs if e[0].startswith("01") and e[4] == modality]


def _by(evs, speaker):
    return [e for e in _statements(evs) if e[2] and speaker in e[2]]


# nested-reports
@pytest.mark.parametrize("text, inner", [
    ('"The voters have spoken and the count is final," the statement said.', "voters"),
    ('"The members have spoken clearly tonight," the union said.', "members"),
])
def test_a_saying_inside_what_another_saying_says_is_no_statement_of_its_own(text, inner):
    assert not _by(_events(text), inner), _events(text)


def test_a_trailing_attribution_after_a_saying_still_counts():
    evs = _events("The minister said the airport would reopen on Monday.")
    assert _has(evs, "010", "S-say", "minister", None), evs


# knowledge-masses
@pytest.mark.parametrize("text", [
    "A growing body of research suggests that the drug slows memory loss.",
    "A large body of evidence indicates that the levy failed.",
])
def test_a_body_of_research_is_no_speaker(text):
    assert not _statements(_events(text)), _events(text)


def test_a_governing_body_still_speaks():
    evs = _events("The governing body of the sport said the match would go ahead.")
    assert _has(evs, "010", "S-say", "body", None), evs


# object-before-attribution
@pytest.mark.parametrize("text", [
    "The province declared a state of emergency over the floods, the radio reported.",
    "The army declared a curfew in the port city, officials said.",
])
def test_a_verb_that_acted_on_its_object_is_no_statement_for_the_attribution_after_it(text):
    evs = _events(text)
    assert not [e for e in _statements(evs) if e[1].startswith("S-address")], evs


def test_declaring_a_clause_is_still_a_statement():
    evs = _events("The mayor declared that the road was safe again.")
    assert _has(evs, "010", "S-address", "mayor", None), evs


def test_announcing_an_object_before_an_attribution_is_still_made_public():
    # (a firm and a mayor: two statements of one code in one sentence, "the council announced ..., the mayor said",
    # collapse to the governing one, since ctry30 made a bare "the council" the local government)
    evs = _events("The transit company announced a new bus route, the mayor said.")
    assert _has(evs, "010", "S-announce-object", "company", None), evs


# habitual-naming
@pytest.mark.parametrize("text", [
    'Locals call the old bridge "the widowmaker."',
    'They call the mayor "the builder."',
])
def test_a_nickname_in_use_is_no_statement(text):
    assert not _statements(_events(text)), _events(text)


def test_a_speaker_naming_something_still_states_it():
    evs = _events("The mayor called the new bridge a triumph of planning.")
    assert [e for e in evs if e[1].startswith("S-call") and "mayor" in e[2]], evs


# unmade-statements
@pytest.mark.parametrize("text", [
    "The coroner has yet to confirm how many of the deaths are linked to the drug.",
    "The ministry is yet to say whether the border will reopen.",
    "Intrigued by the age of the map, the dealer enlisted a historian to confirm its date.",
])
def test_a_statement_not_made_yet_is_no_statement(text):
    assert not _statements(_events(text)), _events(text)


@pytest.mark.parametrize("text, speaker", [
    ("The minister went on to say that the plan had failed.", "minister"),
    ("The mayor used the speech to announce that the bridge would reopen.", "mayor"),
])
def test_a_statement_made_through_a_to_infinitive_still_counts(text, speaker):
    assert _by(_events(text), speaker), _events(text)


# undergone-tones
def test_threats_a_person_faced_are_no_criticism_of_them():
    evs = _events("The senator, who crossed the floor last week, has faced abuse and threats since then, "
                  "a spokesman for the premier told the radio.")
    assert not [e for e in evs if e[0] == "111"], evs
    assert _has(evs, "010", "S-tell", "spokesman", None), evs


def test_a_person_said_to_be_a_danger_is_still_denounced():
    evs = _events("The ferry union said Captain Ann Roe was a danger to the port.")
    assert _has(evs, "111", "S-say+T-threat-person-crit29", "union", "Ann Roe"), evs


# manner-of-saying quote cues (S-quote-manner-stmt30)
@pytest.mark.parametrize("text, speaker", [
    ('"We sold every single ticket," the manager deadpanned.', "manager"),
    ('"We will win this seat," the candidate laughed.', "candidate"),
])
def test_a_verb_of_the_manner_of_saying_attributes_a_quote(text, speaker):
    evs = _events(text)
    assert _has(evs, "010", "S-quote-manner-stmt30", speaker, None), evs


def test_a_verb_of_manner_without_a_quote_is_no_statement():
    assert not _statements(_events("The crowd laughed at the clown.")), _events("The crowd laughed at the clown.")


# retold-speech
@pytest.mark.parametrize("text, speaker", [
    ('"Then they said the plant would close," the engineer recalled.', "engineer"),
    ('"And I said no. They said the farmers could not cope," the senator told the crowd.', "senator"),
])
def test_speech_retold_inside_a_quote_is_the_quoted_speakers_statement_only(text, speaker):
    evs = _statements(_events(text))
    assert evs and all(speaker in e[2] for e in evs), evs


def test_a_retold_saying_outside_quotation_marks_is_still_coded():
    evs = _events("The mayor said they said the plant would close.")
    assert _by(evs, "mayor"), evs


def test_a_saying_whose_subject_stands_outside_the_quotation_marks_is_still_coded():
    evs = _events('Border guards "say you have to watch this road every night," the senator said.')
    assert _by(evs, "Border guards") and _by(evs, "senator"), evs


# conjunct-acts: an act in a verb coordinated with the saying leaves the statement
def test_an_act_under_a_verb_coordinated_with_the_saying_leaves_the_statement():
    evs = _events("The company said it did not need a permit, and is going to ignore the order from the agency.")
    assert _has(evs, "010", "S-say", "company", None) and [e for e in evs if e[0] == "128"], evs


# split-titles
def test_a_title_split_at_its_hyphen_still_names_the_speaker():
    evs = _events("Uber's vice-president of Advanced Technologies Anthony Levandowski said Uber had respect for officials.")
    assert [e for e in _statements(evs) if e[1] == "S-say"], evs


# gerund-content
@pytest.mark.parametrize("text, code, speaker", [
    ("The clerk admitted taking the money from the till.", "015", "clerk"),
    ("She admitted to taking the items from the cars.", "015", "She"),
    ("The hospital reported having no beds left.", "010", "hospital"),
])
def test_a_gerund_clause_is_what_was_said(text, code, speaker):
    evs = _events(text)
    assert [e for e in _statements(evs) if e[0] == code and speaker in e[2]], evs


def test_a_gerund_after_a_verb_that_is_no_report_is_no_statement():
    assert not _statements(_events("The clerk enjoyed taking long walks.")), _events("The clerk enjoyed taking long walks.")
