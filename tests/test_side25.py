"""Events with an empty or country-less side, session 25 (issue 12, branch side25): a party's members qualified
by their chamber or wing ("House Democrats", "Senate Republicans", "Moderate Democrats") are the party's, not
another party; a bare age or nationality epithet ("The 48-year-old said") re-names the only person named just
before even when that person was not a subject. Every text here is written for these tests."""
from __future__ import annotations

import newsgraph


def _events(text):
    return newsgraph.analyse(text, "2024-06-19").events


def _said_by(events, text):
    return [e for e in events if (e.cameo_code.startswith("01") or (e.rule_id or "").startswith("S-"))
            and e.source_text and text in e.source_text]


# ------------------------------------------------------------------ party members qualified by chamber or wing
def test_house_democrats_are_the_us_party():
    evs = _events("House Democrats occupied the chamber floor for a whole night and said they would not leave.")
    said = _said_by(evs, "Democrats")
    assert said and said[0].source_code.startswith("USA")


def test_senate_republicans_are_the_us_party():
    evs = _events("Senate Republicans blocked the spending bill on Thursday.")
    assert any(e.source_code.startswith("USA") for e in evs if e.cameo_code.startswith("1"))


def test_wing_of_a_party_is_the_party():
    evs = _events("Moderate Democrats criticized the tax plan on Tuesday.")
    crit = [e for e in evs if e.cameo_code.startswith("11")]
    assert crit and crit[0].source_code.startswith("USA")


def test_another_party_named_democrats_is_not_the_us_party():
    evs = _events("STOCKHOLM -- The Sweden Democrats criticized the budget on Tuesday.")
    crit = [e for e in evs if e.cameo_code.startswith("11")]
    assert not crit or not (crit[0].source_code or "").startswith("USA")


# ------------------------------------------------------------------ age epithets of the one person named before
def test_age_epithet_names_the_appointed_person():
    text = ("LISBON -- The football club appointed Marco Duarte as its new coach on Friday. The 48-year-old said "
            "after the signing that he was proud of the chance.")
    said = _said_by(_events(text), "48-year-old")
    assert said and said[0].source_actor_id is not None and said[0].source_code.startswith("PRT")


def test_age_epithet_after_two_people_stays_unresolved():
    text = ("The club signed Marco Duarte and Jan Kowal on Friday. The 30-year-old said he was proud of the chance.")
    said = _said_by(_events(text), "30-year-old")
    assert not said or said[0].source_actor_id is None


# ------------------------------------------------------------------ US party-and-state labels after a name
def test_party_state_label_places_a_legislator_in_a_foreign_dateline_story():
    text = ("KYIV -- Ukrainian officials met visiting lawmakers on Monday. Dana Whitfield (D-Calif.) criticized "
            "the delay in the aid.")
    crit = [e for e in _events(text) if e.cameo_code.startswith("11")]
    assert crit and crit[0].source_code.startswith("USALEG")


def test_state_alone_in_parentheses_places_the_person():
    text = ("KYIV -- Ukrainian officials met visiting lawmakers on Monday. Tom Brandt (Md.) said the aid would "
            "continue.")
    said = _said_by(_events(text), "Brandt")
    assert said and said[0].source_code.startswith("USA")


def test_bare_postal_code_is_no_label():
    text = ("KYIV -- Ukrainian officials met foreign visitors on Monday. Dana Whitfield (OK) said the aid would "
            "continue.")
    said = _said_by(_events(text), "Whitfield")
    assert said and not said[0].source_code.startswith("USA")


# ------------------------------------------------------------------ the partner of what an agreement is for
def test_agreement_takes_the_partner_of_its_purpose():
    evs = _events("The school board signed an accord this week to exchange records with the county sheriff's office.")
    sign = [e for e in evs if e.cameo_code.startswith("05")]
    assert sign and sign[0].target_actor_id is not None and "sheriff" in (sign[0].target_text or "")


def test_agreement_keeps_its_own_partner():
    evs = _events("Kenya signed a deal with Uganda to build a railway with Chinese funds.")
    sign = [e for e in evs if e.cameo_code.startswith("05")]
    assert sign and sign[0].target_code.startswith("UGA")


# ------------------------------------------------------------------ appeals beside another act of the same doer
def _appeals(evs):
    return [e for e in evs if e.cameo_code[:2] in ("02", "10")]


def test_demand_coordinated_with_criticism_is_made_to_its_target():
    evs = _events("NAIROBI, Kenya -- The nurses' union criticized the health ministry on Monday and demanded more "
                  "staff.")
    dem = _appeals(evs)
    assert dem and dem[0].target_code and dem[0].target_code.startswith("KENGOV")


def test_appeal_after_a_meeting_is_made_to_the_one_met():
    evs = _events("NAIROBI, Kenya -- The governor met the prime minister of Tanzania and urged closer rail links.")
    app = _appeals(evs)
    assert app and app[0].target_code and app[0].target_code.startswith("TZA")


def test_demand_beside_a_strike_is_made_to_the_strikes_target():
    evs = _events("NAIROBI, Kenya -- Lecturers went on strike on Monday, demanding overdue salaries.")
    dem = _appeals(evs)
    assert dem and dem[0].target_code and dem[0].target_code.startswith("KEN")


def test_demand_of_another_doer_takes_no_target():
    evs = _events("NAIROBI, Kenya -- The minister criticized the union, and the union demanded higher pay.")
    dem = [e for e in _appeals(evs) if e.source_text and "union" in e.source_text]
    assert not dem or dem[0].target_actor_id is None



def test_pledged_gift_goes_to_its_recipient():
    evs = _events("NAIROBI, Kenya -- The businessman made good on a pledge to give two million shillings to a "
                  "children's hospital.")
    pledge = [e for e in evs if e.cameo_code.startswith("03")]
    assert pledge and "hospital" in (pledge[0].target_text or "")
