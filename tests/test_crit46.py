"""Session 42 (crit46, round44): criticism and accusation (CAMEO 11) carried by what a statement says and by nouns,
and a false rejection (12), in the forms wire copy uses -- the thing named and its label swapped by the parser after
"called" (nlp/naming_objects.py), harm an act is said to do, an act said to lack a basis, the accused of "allegations
of X against Y", a quoted judgement said "of" someone, an act's maker named in an earlier sentence, condemning nouns
VADER leaves unrated, an interview request declined -- and the look-alikes that stay what they were. Own sentences
only."""
import pytest

from newsgraph.nlp import load_nlp
from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _root(evs, root):
    return [e for e in evs if e[0].startswith(root) and e[4] in ("asserted", "reported")]


def _aimed(evs, root, source, target):
    return any(s and source in s and t and target in t for c, r, s, t, m in _root(evs, root))


# ---- the thing named and its label, swapped by the parser (nlp/naming_objects.py)

@pytest.mark.parametrize("text, named, label", [
    ("The senator called the county assembly's ruling a disgrace.", "ruling", "disgrace"),
    ('The union called the ministry\'s pension reform "daylight robbery".', "reform", "robbery"),
])
def test_the_thing_named_is_the_object_and_the_label_its_predicate(text, named, label):
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lower_ == "called")
    deps = {t.text: (t.dep_, t.head.i) for t in doc}
    assert deps[named] == ("dobj", verb.i) and deps[label] == ("oprd", verb.i), deps


@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Nelson Chamisa called the electoral commission's ruling a disgrace.", "Chamisa", "commission"),
    ('The Teachers\' Union called the ministry\'s pension reform "highway robbery".', "Union", "ministry"),
])
def test_a_swapped_label_is_criticism_of_the_maker(text, source, target):
    evs = _events(text)
    assert _aimed(evs, "11", source, target), evs


def test_a_name_given_to_a_child_is_left_as_parsed():
    doc = load_nlp()("The villagers called the boy Tom.")
    assert not any(t.dep_ == "dobj" and t.text == "Tom" and t.head.text == "called" for t in doc)
    assert not _root(_events("The villagers called the boy Tom."), "11")


# ---- harm an act is said to do; an exporting country's doing

def test_an_act_said_to_starve_people_criticises_its_maker():
    evs = _events("Norwegian fishermen said the fisheries ministry's new quota would starve the coastal villages.")
    assert _aimed(evs, "11", "fishermen", "ministry"), evs


def test_exports_said_to_ruin_a_trade_criticise_the_exporter():
    evs = _events("Romanian farmers said Moldova's cheap wine exports were ruining their trade.")
    assert _aimed(evs, "11", "farmers", "Moldova"), evs


def test_a_drug_that_kills_bacteria_is_no_criticism():
    assert not _root(_events("Doctors said the hospital's new drug would kill the bacteria."), "11")


# ---- an act said to lack a basis is faulted; an accusation said so is denied

def test_an_act_said_to_have_no_basis_is_criticism_of_its_maker():
    evs = _events("South Korea said Tokyo's new export curbs had no legal basis.")
    assert _aimed(evs, "11", "Korea", "Tokyo"), evs
    assert not any(c == "016" for c, r, s, t, m in evs), evs


def test_an_accusation_said_to_be_groundless_stays_a_denial():
    evs = _events("The ministry said the allegations of bribery were groundless.")
    assert any(c == "016" for c, r, s, t, m in evs) and not _root(evs, "11"), evs


# ---- the accused of "allegations of X against Y"

def test_allegations_of_a_wrong_against_someone_accuse_them():
    evs = _events("The opposition levelled accusations of corruption against the port director.")
    assert _aimed(evs, "112", "opposition", "director"), evs


def test_allegations_of_violence_against_protesters_do_not_accuse_the_protesters():
    evs = _events("The report made allegations of violence against protesters by the riot police.")
    assert not any(t and "protesters" in t for c, r, s, t, m in _root(evs, "11")), evs


# ---- a quoted judgement said "of" someone

def test_a_pronoun_in_a_quote_said_of_someone_is_that_someone():
    evs = _events('"They are lying to the farmers," the opposition leader said of the interior ministry.')
    assert _aimed(evs, "11", "leader", "ministry"), evs


def test_praise_said_of_someone_is_no_criticism():
    assert not _root(_events('"They were very brave," the mayor said of the firefighters.'), "11")


# ---- an act's maker named in an earlier sentence

def test_a_package_unveiled_earlier_is_criticised_as_its_makers():
    evs = _events("Denmark's government unveiled a new asylum package on Monday. The Red-Green Alliance said "
                  "the package was cruel.")
    assert _aimed(evs, "11", "Alliance", "government"), evs


# ---- condemning nouns VADER leaves unrated and no tone row holds

def test_a_ruling_said_to_be_an_affront_is_criticism():
    evs = _events("Rights groups said the Supreme Court's ruling was an affront to democracy.")
    assert _aimed(evs, "11", "groups", "Court"), evs


# ---- an interview request declined is no rejection

@pytest.mark.parametrize("text", [
    "The carmaker declined an interview request.",
    "The port authority refused all comment requests from reporters.",
])
def test_an_interview_request_declined_is_declining_comment(text):
    evs = _events(text)
    assert not _root(evs, "12") and any(c == "011" for c, r, s, t, m in evs), evs


def test_a_request_for_talks_turned_down_stays_a_rejection():
    assert _root(_events("Hungary turned down a request from Brussels for talks on the budget."), "12")
