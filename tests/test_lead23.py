"""Session 23 (lead): kinds seen in unseen business news (MEANTIME's Wikinews car-industry stories) -- company
names with a legal form, "General" opening a company's name, a head's title held in a company, a firm closing its
own plants, "hit" in a downturn, the preposition of a fixed phrase read as a particle ("give ... in addition").
Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _actor(analysis, name):
    return next(a for a in analysis.actors if a.name == name)


# ------------------------------------------------------------------ actors

def test_a_legal_form_keeps_the_whole_company_name_and_makes_it_a_business():
    a = newsgraph.analyse("Orion LLC has said that it wants to sell two of its hotels.", published="2019-05-03")
    assert _actor(a, "Orion LLC").sector == "BUS"
    assert not any(x.name == "LLC" for x in a.actors)


def test_general_opening_a_company_name_is_no_military_title():
    a = newsgraph.analyse("General Mills Inc. said on Monday that its sales fell.", published="2019-05-03")
    firm = _actor(a, "General Mills Inc.")
    assert firm.sector == "BUS"
    assert not any(x.sector == "MIL" for x in a.actors)


def test_a_company_name_the_recogniser_calls_a_person_is_no_person():
    a = newsgraph.analyse("The board said the buyer of Lantern Corporation would be named in May.",
                          published="2019-05-03")
    assert _actor(a, "Lantern Corporation").sector == "BUS"


def test_a_presidents_title_held_in_a_company_is_a_business_office():
    a = newsgraph.analyse("The firm's president, Ana Costa, said sales rose in March.", published="2019-05-03")
    assert _actor(a, "Ana Costa").sector == "BUS"
    b = newsgraph.analyse("The company's vice president John Reyes announced the cuts on Monday.",
                          published="2019-05-03")
    assert _actor(b, "John Reyes").sector == "BUS"


def test_a_presidents_title_of_a_country_stays_a_government_office():
    a = newsgraph.analyse("The country's president, Ana Costa, said the border would reopen.", published="2019-05-03")
    assert _actor(a, "Ana Costa").sector == "GOV"


# ------------------------------------------------------------------ events

def test_a_firm_closing_its_own_shops_is_no_ban():
    assert not _has(_events("The bakery chain plans to close nine of its shops next spring."), root="17")
    assert not _has(_events("Twelve factories will be closed by the carmaker before 2030."), root="17")


def test_an_authority_closing_a_border_or_a_newspaper_is_still_a_restriction():
    assert _has(_events("The government closed the border with Chad on Monday."), code="172")
    assert _has(_events("Police shut down the opposition newspaper on Friday."), root="17")


def test_hit_in_a_downturn_is_no_force():
    assert not _has(_events("The carmakers have been hard hit in the economic downturn."), root="19")


def test_the_preposition_of_a_fixed_phrase_is_no_particle():
    ev = _events("The treasury will give the airline a loan of two billion dollars in addition to the money it got.")
    assert not _has(ev, root="08")
    assert _has(_events("After weeks of strikes the company finally gave in to the drivers."), code="080")
    assert not _has(_events("The deal would give the union a seat in the company."), root="08")


def test_money_received_is_no_reception_of_visitors():
    assert not _has(_events("The two airlines received Japanese loans last spring."), root="04")
    assert _has(_events("The president received the Japanese ambassador on Monday."), code="043")


def test_royal_before_a_peoples_name_or_a_force_opens_a_body_not_a_persons_title():
    a = newsgraph.analyse("The Royal Thai Army denied the report on Sunday.", published="2019-05-03")
    army = _actor(a, "Royal Thai Army")
    assert (army.country, army.sector) == ("THA", "MIL")
    b = newsgraph.analyse("The Royal Air Force sent two planes to the island.", published="2019-05-03")
    assert _actor(b, "Royal Air Force").sector == "MIL"


def test_general_counsel_is_a_lawyer_not_a_general():
    a = newsgraph.analyse("Michael Greene, the agency's general counsel, said the review found errors.",
                          published="2019-05-03")
    assert _actor(a, "Michael Greene").sector != "MIL"


def test_a_formal_protest_is_an_official_complaint():
    ev = _events("The ports agency upheld the carrier's formal protest over the tender.")
    assert _has(ev, code="114") and not _has(ev, root="14")


def test_outstanding_orders_are_no_praise():
    ev = _events("The airline announced that it would end the service after completing all outstanding orders.")
    assert not _has(ev, root="05")
    assert _has(_events("The mayor said the firefighters' work had been outstanding."), code="051")
