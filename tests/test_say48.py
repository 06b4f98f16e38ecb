"""Session 44 (say48, round46): statements, appeals, demands, criticism and threats (CAMEO 01, 02, 10-13) as wire copy
tells them -- ultimatums given or reported (events/ultimatums.py), demands told as owned nouns (events/noun_demands.py),
warnings that an act would be met with force or would risk a war (convention warned-acts), a role denied, plotting or
inciting said of another actor, fake news and human shields, gas used as a weapon -- and the look-alikes that stay
what they were. Own sentences only."""
import pytest

from statement_helpers import live as _live
from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _has(evs, code, source, target=None, rule=None):
    return any(c.startswith(code) and s and source in s and (target is None or (t and target in t))
               and (rule is None or r.startswith(rule)) for c, r, s, t, m in _live(evs))


def _codes(evs):
    return {c for c, r, s, t, m in _live(evs)}


# ---- ultimatums (139)

@pytest.mark.parametrize("text, source, target", [
    ("The navy gave the pirates 48 hours to leave the harbour.", "navy", "pirates"),
    ("The militia gave the army garrison until dawn to surrender.", "militia", "garrison"),
    ("Striking nurses gave the health minister a deadline of Friday to resign or face a general strike.",
     "nurses", "minister"),
])
def test_a_deadline_given_to_do_a_demanded_act_is_an_ultimatum(text, source, target):
    evs = _events(text)
    assert _has(evs, "139", source, target, "U-ultimatum-say48"), evs


def test_a_deadline_told_in_a_reported_clause_is_the_reporters_ultimatum():
    evs = _events("Mali's military rulers said the Danish troops had two weeks to leave the country.")
    assert _has(evs, "139", "rulers", "troops", "U-ultimatum-say48"), evs
    assert "010" not in _codes(evs), evs       # the saying is the ultimatum it makes


@pytest.mark.parametrize("text", [
    "The examiner gave the pupils an hour to finish the paper.",
    "The tribunal gave the council 30 days to respond to the complaint.",
    "The coach gave the players a day off after the final.",
    "The storm gave the villagers little time to leave.",
])
def test_time_given_for_no_demanded_act_is_no_ultimatum(text):
    assert "139" not in _codes(_events(text))


# ---- demands told as owned nouns (100)

def test_an_owned_demand_with_a_that_clause_is_a_demand_of_the_clauses_subject():
    evs = _events("Ankara's demand that Stockholm extradite the activists went unanswered.")
    assert _has(evs, "100", "Ankara", "Stockholm", "N10-owned-demand-say48"), evs


def test_an_owned_demand_agreed_to_is_made_of_the_one_who_agrees():
    evs = _events("The prime minister finally agreed to the opposition's demands to hold early elections.")
    assert _has(evs, "100", "opposition", "prime minister", "N10-owned-demand-say48"), evs


@pytest.mark.parametrize("text", [
    "China's demand for copper rose sharply last year.",
    "Any demand that we leave the island will be refused, the mayor said.",
])
def test_a_market_demand_or_any_demand_is_none(text):
    evs = _events(text)
    assert not any(r.startswith("N10-owned-demand") for c, r, s, t, m in evs), evs


# ---- warnings that an act would be met with force or bring a war (warned-acts, T-warn-war-say48)

@pytest.mark.parametrize("text, source", [
    ("The Greek navy warned that any incursion into the bay would be met with force.", "navy"),
    ("Seoul warned that sending warships into the strait would risk a war.", "Seoul"),
    ("Beijing said any move toward independence would mean war.", "Beijing"),
])
def test_a_warning_that_an_act_brings_force_or_war_is_a_threat(text, source):
    evs = _events(text)
    assert _has(evs, "13", source), evs
    assert "012" not in _codes(evs), evs


@pytest.mark.parametrize("text", [
    "Engineers warned that the old dam could fail in a flood.",
    "The economist said the tariffs would risk a recession.",
    "Historians said the assassination led to war in 1914.",
])
def test_a_forecast_of_harm_or_a_past_war_is_no_threat(text):
    assert not any(c.startswith("13") for c in _codes(_events(text)))


# ---- a role denied (016)

@pytest.mark.parametrize("text", [
    "The port authority insisted it had no role in the dredging.",
    "The militia said it had played no part in the raid on the depot.",
])
def test_a_role_denied_is_a_denial(text):
    evs = _events(text)
    assert "016" in _codes(evs), evs


def test_a_role_affirmed_is_no_denial():
    assert "016" not in _codes(_events("The mayor said the council had a role in the new plan."))


# ---- wrongdoing said of another actor (AP-deed-accuse-say48, T-accuse-say48, weapon@as)

@pytest.mark.parametrize("text, source, target", [
    ("The interior ministry said the opposition was plotting a coup with foreign help.", "ministry", "opposition"),
    ("The police chief said the union leader had incited the riots at the port.", "chief", "leader"),
    ("The president said the newspapers were spreading fake news about the army.", "president", "newspapers"),
    ("The general said the insurgents were using villagers as human shields.", "general", "insurgents"),
])
def test_wrongdoing_said_of_another_actor_is_an_accusation(text, source, target):
    evs = _events(text)
    assert _has(evs, "112", source, target), evs


def test_a_thing_used_as_a_weapon_criticises_its_user_and_fires_no_gas():
    evs = _events("The EU said Moscow was using gas as a weapon.")
    assert _has(evs, "11", "EU", "Moscow"), evs
    assert "175" not in _codes(evs), evs


@pytest.mark.parametrize("text", [
    "The novelist said she was plotting her next book.",
    "The soldiers said they had used sandbags as shields.",
])
def test_ones_own_plot_or_shield_accuses_no_one(text):
    assert "112" not in _codes(_events(text))


def test_tear_gas_fired_at_marchers_is_still_crowd_control():
    evs = _events("Riot police fired tear gas at the marchers.")
    assert _has(evs, "175", "police", "marchers"), evs


# ---- an election or a concession ruled out (V12-rule-out-vote-say48)

def test_elections_ruled_out_are_a_rejection():
    evs = _events("The chancellor ruled out early elections, saying the coalition would serve its full term.")
    assert _has(evs, "120", "chancellor", rule="V12-rule-out-vote-say48"), evs


@pytest.mark.parametrize("text", [
    "The central bank ruled out a rise in rates this year.",
    "The chancellor refused to rule out a referendum.",
])
def test_a_forecast_or_a_refusal_to_rule_out_is_no_rejection(text):
    assert not any(c.startswith("12") for c in _codes(_events(text)))


# ---- an attack said to be staged by another actor; remarks said to amount to interference

def test_an_attack_staged_by_another_actor_is_an_accusation():
    evs = _events("The ministry said the militia had staged the attack on the bridge.")
    assert _has(evs, "112", "ministry", "militia", "S-say+AP-deed-accuse-say48"), evs


def test_a_protest_staged_is_no_accusation():
    evs = _events("The police said the students had staged a protest outside the ministry.")
    assert "112" not in _codes(evs), evs


def test_remarks_said_to_amount_to_interference_are_criticised():
    evs = _events("The foreign ministry said the envoy's remarks amounted to interference in internal affairs.")
    assert _has(evs, "111", "ministry", rule="S-say+AP-rating-negative-say48"), evs


def test_radio_interference_judges_no_one():
    assert "111" not in _codes(_events("The engineer said radio interference had disrupted the signal."))
