"""Session 35 (issue 11, branch prec38): false events on real news (round36).

Every sentence is our own. Kinds: a standing state begun long ago ("has been detained since 2019"), a bare
imperative opening a quotation ('"Arrest them all," he shouted'), a doer-less violent passive coordinated with the
attack that caused it ("fired at the car and the driver was hit"), and an act a permission to come or a supposed one
allows ("a modest accord that would allow both presidents to claim victory"). Each kind keeps a sentence that must keep
its event.
"""
import pytest

import newsgraph

SCORED = ("asserted", "reported")


def _events(text: str):
    return newsgraph.analyse(text, published="2024-06-19").events


def _scored(text: str, prefix: str = ""):
    return [e for e in _events(text) if e.modality in SCORED and e.cameo_code.startswith(prefix)]


# --- since-history: a perfect with "since" and a time two or more years back ------------------------------------

@pytest.mark.parametrize("text, prefix", [
    ("He has been detained in Egypt since 2019.", "17"),
    ("A NATO force has been deployed in Bosnia since 1996.", "15"),
    ("The opposition leader had been facing fraud charges in Turkey since 2016.", "11"),
    ("Russia has occupied Crimea since 2014.", "19"),
    ("Kidnappings for ransom have become common in northern Nigeria since 2020.", "18"),
])
def test_a_state_begun_years_ago_is_background(text, prefix):
    assert not _scored(text, prefix)


@pytest.mark.parametrize("text, prefix", [
    ("Police have arrested 40 people since Monday in Nairobi.", "17"),
    ("Kenyan police arrested 30 people on Monday, the first such raid since 2019.", "17"),
    ("Russia occupied the village on Monday.", "19"),
])
def test_a_recent_start_or_a_since_on_a_noun_keeps_the_act(text, prefix):
    assert _scored(text, prefix)


# --- quoted imperatives ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, prefix", [
    ('"Arrest them all," he shouted at the officers.', "17"),
    ('The governor said: "Go home and let the police do their work."', "08"),
    ('"Condemn this attack," Smith urged other leaders.', "11"),
])
def test_a_quoted_imperative_is_urged_not_done(text, prefix):
    evs = [e for e in _events(text) if e.cameo_code.startswith(prefix)]
    assert evs and all(e.modality == "hypothetical" for e in evs)


@pytest.mark.parametrize("text, prefix", [
    ('"We arrested them all," the police chief said.', "17"),
    ('The minister said: "Police detained six men in the market."', "17"),
    ('"They attacked our village at night," the farmer said.', "19"),
])
def test_a_quoted_report_of_an_act_stays_asserted(text, prefix):
    assert _scored(text, prefix)


def test_a_quote_mid_clause_is_no_imperative():
    # the quoted word has its own "to": a vow, not an order
    evs = _events('The rebels vowed to "crush" the army in the north.')
    assert evs and not [e for e in evs if e.modality == "hypothetical"]


# --- passive consequences ---------------------------------------------------------------------------------------

def test_a_doerless_passive_after_and_is_what_the_attack_did():
    evs = _scored("Militants attacked the convoy and three soldiers were wounded.", "19")
    assert len(evs) == 1 and evs[0].source_code == "REB" and evs[0].target_code == "MIL"


def test_a_passive_beside_a_shooting_under_a_verb_of_saying():
    text = 'Two gunmen fired through the gate and a guard was wounded in the chest," police said.'
    assert len(_scored(text, "19")) == 1


def test_a_passive_with_its_own_agent_stays():
    evs = _scored("Rebels attacked the base and a general was shot by a sniper.", "19")
    assert len(evs) == 2


# --- a permission to come ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, prefix", [
    ("The pact was meant as a modest accord that would allow both presidents to claim victory.", "01"),
    ("The new law will allow police to arrest protesters without a warrant.", "17"),
])
def test_what_a_permission_to_come_allows_is_not_done(text, prefix):
    assert not _scored(text, prefix)


def test_a_permission_given_leaves_the_act():
    assert _scored("The judge allowed police to arrest the mayor.", "17")
    assert _scored("The junta allowed the rebels to attack the town.", "19")


# --- purposes of going to law, striking or gathering -------------------------------------------------------------

@pytest.mark.parametrize("text, prefix", [
    ("The opposition sued to block the election result.", "12"),
    ("Workers struck to demand higher wages.", "10"),
])
def test_the_purpose_of_a_suit_or_strike_is_not_done(text, prefix):
    assert not _scored(text, prefix)


def test_the_suit_and_strike_themselves_stay():
    assert _scored("The opposition sued to block the election result.", "11")
    assert _scored("Workers struck to demand higher wages.", "14")


def test_a_vote_to_expel_still_expels():
    assert _scored("Lawmakers voted to expel the ambassador.", "16")


# --- a definite noun that names the verb's act again ------------------------------------------------------------

def test_the_arrest_named_again_is_one_event():
    evs = _scored("Police arrested the mayor on Monday; the arrest came after a two-year investigation.", "17")
    assert len(evs) == 1 and evs[0].source_code


@pytest.mark.parametrize("text", [
    "Police arrested two protesters in Nairobi, and the arrest of a journalist in Mombasa drew criticism.",
    "Police arrested six students in Dhaka, and arrests continued across the country.",
])
def test_a_noun_with_a_side_or_no_article_stays(text):
    assert len(_scored(text, "17")) == 2
