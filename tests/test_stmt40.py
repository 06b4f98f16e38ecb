"""Session 36b (stmt40, round38): criticism, appeals and threats said in a reported clause without the verb that names
them -- threats in the speaker's words (tone polarity `warned`: what another will face or pay for, force or a
crushing response an act will be met with), "it was time for X to ..." (an appeal, 020), a reported "ought to" the
parse makes the clause's head (020, and the act asked for not asserted), facts or figures concealed (112), a body
turned into another's tool (111); and plain statements and forecasts that stay 010. Own sentences only."""
import pytest

from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _codes(evs):
    return [e[0] for e in evs]


# ---- threats in the speaker's words: 130 aimed at the clause's subject

@pytest.mark.parametrize("text, target", [
    ("The Norwegian fishermen's union said the Danish government would face consequences if the strait stayed shut.",
     "Danish government"),
    ("Governor Hale said the dockers would face serious consequences.", "dockers"),
    ("The fishermen's council said the coast guard would pay a heavy price for the raid.", "coast guard"),
    ("Senator Walsh said Governor Hale will pay a high price at the ballot box.", "Hale"),
])
def test_threat_aimed_at_the_clause_subject(text, target):
    evs = _events(text)
    assert any(c == "130" and m == "asserted" and t and target in t and r.endswith("-stmt40")
               for c, r, s, t, m in evs), evs
    assert "010" not in _codes(evs), evs


@pytest.mark.parametrize("text", [
    "The coast guard said any boat entering the zone would be met with force.",
    "The island council said any landing would be met with a crushing response.",
    "The navy said an incursion would be met with a decisive response.",
])
def test_threat_of_force_aimed_at_no_one_named(text):
    evs = _events(text)
    assert any(c == "130" and m == "asserted" and r.endswith("T-warn-force-stmt40") for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The harbour board said it would face consequences if the vote failed.",       # the speaker itself
    "The central bank said the economy would face consequences from the drought.",  # a thing
    "The statistics office said consumers would pay a higher price for bread.",    # no heavy/high price
    "The weather service said farmers would pay a heavy price for the drought.",    # a bare plural group
    "The mayor said the city would not face consequences for the delay.",          # negated
    "The ferry union said the board had faced consequences last year.",            # not foreseen
    "The minister said the request would be met with a positive response.",        # no threat word
    "The general said the troops had been met with force at the border.",          # reported, not foreseen
])
def test_no_threat_in_forecasts(text):
    evs = _events(text)
    assert not any(c.startswith("13") for c in _codes(evs)), evs


# ---- "it was time for X to ...": an appeal to X

@pytest.mark.parametrize("text, target", [
    ("The Norwegian fishermen's union said it was time for the Danish government to reopen the strait.",
     "Danish government"),
    ("Senator Walsh said it was time for the governor to release the audit.", "governor"),
])
def test_time_for_appeal(text, target):
    evs = _events(text)
    assert any(c == "020" and r == "D-time-for-stmt40" and t and target in t for c, r, s, t, m in evs), evs
    # what is asked for is not done
    assert not any(m == "asserted" and not c.startswith(("01", "02")) for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The mayor said it was time for a change at the harbour.",
    "The ferry captain said it was time to go home.",
    "The union said it was time for us to act.",
    "The gunmen had time to flee before the police arrived.",
])
def test_no_appeal_without_an_addressee(text):
    evs = _events(text)
    assert "020" not in _codes(evs), evs


# ---- "ought to" the parse makes the clause

def test_ought_to_is_an_appeal_and_the_act_is_not_done():
    evs = _events("The Norwegian fishermen's union said the Danish government ought to lift the fishing ban.")
    assert any(c == "020" and t and "Danish government" in t for c, r, s, t, m in evs), evs
    assert not any(c.startswith("08") and m == "asserted" for c, r, s, t, m in evs), evs


# ---- accusations and criticism without the naming verb

@pytest.mark.parametrize("text, code, target", [
    ("The ferry union said Governor Hale had concealed the safety report.", "112", "Hale"),
    ("Senator Walsh said the governor's office was hiding the true accident figures.", "112", "office"),
    ("The dockers said Governor Hale had turned the port police into a tool against the union.", "111", "Hale"),
])
def test_accusation_without_the_naming_verb(text, code, target):
    evs = _events(text)
    assert any(c == code and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The family said the boy had hidden in the basement during the storm.",
    "The mayor said the council had turned the old cannery into a museum.",
    "The ferry union said we had turned the strike into a tool for change.",
])
def test_no_accusation_in_plain_reports(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c in _codes(evs)), evs


# ---- plain statements stay 010

@pytest.mark.parametrize("text", [
    "The harbour board said the new ferry would carry 400 passengers a day.",
    "The fishermen's council said the catch rose 8 percent in the first half of the year.",
    "Governor Hale said the bridge would reopen to traffic on Friday after repairs.",
    "The ferry union said about 3,000 members had voted in the ballot.",
    "The port authority said the dredging would be finished by October.",
])
def test_plain_statements_stay_plain(text):
    evs = _events(text)
    assert _codes(evs) == ["010"], evs
