"""Session 34 (tone36, round35): statements coded by what was said, not by "said" -- refusals in the speaker's words
(tone polarity `refused`, 12x), denials ("the claims were false"), condemning words (unfair, falsehoods, fiction,
parasites), responsibility borne by another, conduct that faults its doer (credibility lost, blame shifted, profits
put ahead of people, attention sought), wrongdoing attempted ("was trying to rig"), a judged side the actors stage
left without an actor (judged-unresolved), conditional threats announced by one who speaks for the doer
(spokesman-intents), a strike called, force in response, demands backshifted ("needed to") or in a conjunct; and
what stays a plain statement. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


def _codes(evs):
    return [e[0] for e in evs]


# ---- refusals in the speaker's own words: 12x, not 010

@pytest.mark.parametrize("text, code, source", [
    ("The fishermen's union said it would not be intimidated.", "124", "union"),
    ("Governor Hale said the state would not be blackmailed.", "124", "Hale"),
    ("Senator Walsh said the islanders would not be lectured by the mainland.", "124", "Walsh"),
    ("Governor Hale said he would not back down on the ferry tolls.", "124", "Hale"),
    ("Senator Walsh said she would not budge.", "124", "Walsh"),
    ("The dockers said they would not accept the new rota.", "120", "dockers"),
    ("The growers' council said the quota would not be accepted.", "120", "council"),
])
def test_refusal_in_the_speakers_words(text, code, source):
    evs = _events(text)
    # (the speaker's own refusal; where a verb pattern already codes it -- "back down" -- that event stands for it)
    assert any(c == code and m == "asserted" and s and (source in s or s in ("he", "she", "it", "they"))
               for c, r, s, t, m in evs), evs
    assert "010" not in _codes(evs), evs


@pytest.mark.parametrize("text", [
    "The coach said he accepted the referee's decision.",
    "The mayor said the residents were intimidated by the floods.",
    "Senator Walsh asked whether the union would back down.",
    "The senator's campaign said she has not accepted any paid speeches since March.",
    "The ferry captain said she was not intimidated by the storm.",
])
def test_no_refusal_when_nothing_is_refused(text):
    evs = _events(text)
    assert not any(c.startswith("12") for c in _codes(evs)), evs


# ---- denials and condemning words

@pytest.mark.parametrize("text, code, rule", [
    ("The harbour board said the dockers' claims were false.", "016", "T-deny-false-tone36"),
    ("Senator Walsh said the new ferry fines were unfair.", "111", "T-condemn-unfair-tone36"),
    ("Senator Walsh said Governor Hale was spreading falsehoods about the strike.", "111",
     "T-condemn-falsehood-tone36"),
    ("The farmers said Governor Hale's water figures were pure fiction.", "111", "T-condemn-fiction-tone36"),
    ("Governor Hale said the striking dockers were parasites.", "111", "T-condemn-parasite-tone36"),
])
def test_judgements_in_what_was_said(text, code, rule):
    evs = _events(text)
    assert any(c == code and r.endswith(rule) for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The fire chief said the alarm had been a false alarm.",
    "The author said the book was a work of fiction.",
    "The vet said the parasite was found in the water tank.",
])
def test_descriptions_are_no_judgement(text):
    evs = _events(text)
    assert not any(c in ("016", "111") for c in _codes(evs)), evs


def test_responsibility_borne_by_another_accuses_it():
    evs = _events("The ferry union said Governor Hale bore political responsibility for the ferry disaster.")
    assert _has(evs, "112", "S-say+T-claim-bear-tone36", "union", "Hale"), evs


# ---- conduct that faults its doer; wrongdoing attempted

@pytest.mark.parametrize("text, code, target", [
    ("Senator Walsh said Governor Hale had lost all credibility.", "111", "Hale"),
    ("Senator Walsh said Governor Hale was shifting the blame onto the dockers.", "111", "Hale"),
    ("The nurses said Governor Hale had put profits ahead of patients.", "111", "Hale"),
    ("Senator Walsh said Governor Hale was seeking attention.", "111", "Hale"),
    ("Senator Walsh said Governor Hale was trying to destabilise the port towns.", "112", "Hale"),
    ("Senator Walsh said Governor Hale had tried to cover up the leak.", "112", "Hale"),
    ("The families said the ministry was abandoning their loved ones.", "111", "ministry"),
])
def test_conduct_said_of_another(text, code, target):
    evs = _events(text)
    assert any(c == code and t and target in t and m == "asserted" for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "Senator Walsh said the police were trying to stop the looting.",
    "Senator Walsh said she had tried to expose the fraud.",
    "The farmers said they had lost their credibility with the banks.",
])
def test_own_or_good_conduct_faults_no_one(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c in _codes(evs)), evs


def test_an_attempted_act_the_patterns_code_is_reported_not_an_accusation():
    evs = _events("Shop workers said the man had tried to steal a van.")
    assert "112" not in _codes(evs), evs


# ---- a judged side with no actor (judged-unresolved)

@pytest.mark.parametrize("text, target", [
    ("The mayor's office said the council member was playing politics with the stadium.", "council member"),
    ("The nurses said the hospital executives had put profits ahead of patients.", "executives"),
])
def test_judged_side_without_an_actor(text, target):
    evs = _events(text)
    assert any(c == "111" and t and target in t for c, r, s, t, m in evs), evs


def test_a_pronoun_is_still_no_unresolved_judged_side():
    evs = _events("A fisherman said he had been wronged.")
    assert not any(c.startswith("11") for c in _codes(evs)), evs


# ---- threats: announced by one who speaks for the doer, strikes called, force in response

@pytest.mark.parametrize("text, code", [
    ("The dockers' union said it would call a general strike if the port authority cut wages.", "133"),
    ("The union leader said the union would hold a general strike if the government went ahead with the reform.",
     "133"),
    ("Chile's defence minister said Chile would respond with force if Peru crossed the river.", "138"),
    ("Peru said it would respond with overwhelming force to any incursion.", "138"),
])
def test_conditional_threats(text, code):
    evs = _events(text)
    assert code in _codes(evs), evs


def test_another_side_announcing_an_act_is_no_threat():
    evs = _events("The opposition leader said the government would impose a curfew on the town.")
    assert not any(c.startswith("13") for c in _codes(evs)), evs


def test_a_cooperative_act_announced_by_a_spokesman_stays_as_it_was():
    evs = _events("The Scottish health minister said Scotland will add two islands to its list of safe destinations.")
    assert not any(c.startswith("03") for c in _codes(evs)), evs


# ---- demands: backshifted "needed to", a demand in a conjunct

def test_backshifted_need_is_a_demand():
    evs = _events("The envoy said Serbia needed to respect the right to peaceful assembly.")
    assert _has(evs, "020", "D-need-to", "envoy", "Serbia"), evs


@pytest.mark.parametrize("text", [
    "The minister said he needed to rest.",
    "The rescuers needed to cut through the wall.",
])
def test_a_past_need_is_no_demand(text):
    evs = _events(text)
    assert "020" not in _codes(evs), evs


def test_demand_in_a_conjunct_is_made_of_its_first_conjuncts_subject():
    evs = _events("Senator Walsh said Governor Hale had lost all credibility and should call early elections.")
    assert _has(evs, "020", "D-should", "Walsh", "Hale"), evs


# ---- outlooks: a feeling noun another handles is not the speaker's

def test_concerns_taken_seriously_are_no_pessimism():
    evs = _events("The superintendent said the district took the parents' concerns seriously.")
    assert "012" not in _codes(evs), evs


def test_the_speakers_own_worry_stays_pessimism():
    evs = _events("Senator Walsh said she was worried about the vote.")
    assert "012" in _codes(evs), evs


# ---- an outlook adjective the parse hangs on the next clause's subject (copula-adjectives)

@pytest.mark.parametrize("text, code", [
    ("The finance minister said he was confident rates would fall.", "013"),
    ("The mayor said she was worried prices would rise.", "012"),
])
def test_outlook_adjective_after_a_bare_was(text, code):
    evs = _events(text)
    assert code in _codes(evs), evs


def test_a_describing_adjective_stays_a_description():
    evs = _events("The mayor said illegal migrants had crossed the river.")
    assert not any(c.startswith("11") for c in _codes(evs)), evs
