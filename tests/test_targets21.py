"""Targets, session 21 (issues 12 and 11, branch targ21): the outlet a statement is told to -- the page's own
publisher ("told the newspaper", "told this paper"), outlets named in a broadcaster's or paper's form ("Radio
Kano", "the Kano Herald", "Capital FM") after "told", "speaking to" and "an interview with". Every text here is
written for these tests."""
from __future__ import annotations

import newsgraph
from test_events import _has

URL_NG = "https://www.kanoherald.com.ng/news/2024/05/02/market-fire.html"
URL_COM = "https://www.harbourtowndaily.com/local/2024/05/02/pier.html"


def _statements(a):
    return [e for e in a.events if e.cameo_root == "01"]


# ------------------------------------------------------------------ the page's own publisher
def test_told_this_paper_is_the_publisher_with_its_domain_country():
    text = ("The market in the old town burned for six hours on Tuesday night. The fire chief told this paper "
            "that the wiring of two stalls was faulty.")
    a = newsgraph.analyse(text, "2024-05-02", url=URL_NG, source="The Kano Herald")
    ev = _has(_statements(a), tgt="NGAMED")
    assert ev and ev[0].target_text == "this paper"
    publisher = a.actor(ev[0].target_actor_id)
    assert publisher.name == "The Kano Herald" and publisher.country_source == "site"


def test_told_the_newspaper_with_no_outlet_before_is_the_publisher():
    text = ("The mayor of Port Elston said the pier would close for repairs in June. The mayor told the "
            "newspaper that the ferry would use the south quay until then.")
    a = newsgraph.analyse(text, "2024-05-02", url="https://www.portelstonnews.co.uk/2024/05/02/pier.html")
    ev = _has(_statements(a), tgt="GBRMED")
    assert ev and ev[0].target_text == "the newspaper"


def test_a_known_outlets_site_gives_its_name_and_country():
    text = ("Two ferries collided near the harbour on Sunday. A passenger told the newspaper that the crew "
            "had shouted a warning moments before.")
    a = newsgraph.analyse(text, "2024-05-02", url="https://www.irishtimes.com/news/2024/05/02/ferries")
    ev = _has(_statements(a), tgt="IRLMED")
    assert ev and a.actor(ev[0].target_actor_id).name == "The Irish Times"


def test_the_paper_named_before_still_wins_over_the_publisher():
    text = ("A union official told the Eastfield Courier on Monday that the mill would close. The mill's "
            "manager told the paper that forty jobs would go.")
    a = newsgraph.analyse(text, "2024-05-02", url=URL_COM, source="Harbourtown Daily")
    ev = _has(_statements(a))
    assert ev and all(a.actor(e.target_actor_id) is None or "Courier" in a.actor(e.target_actor_id).name
                      for e in ev)
    assert not any(x.name == "Harbourtown Daily" for x in a.actors)


def test_told_reporters_stays_without_target():
    text = "The mayor of Port Elston told reporters that the pier would close for repairs in June."
    a = newsgraph.analyse(text, "2024-05-02", url=URL_COM, source="Harbourtown Daily")
    assert _statements(a) and all(e.target_actor_id is None for e in _statements(a))


def test_the_agency_is_no_publisher():
    text = ("The farmers' cooperative said the drought had cut its harvest by half. Its chairman told the agency "
            "that prices would rise.")
    a = newsgraph.analyse(text, "2024-05-02", url=URL_COM, source="Harbourtown Daily")
    assert not any(x.name == "Harbourtown Daily" for x in a.actors)


# ------------------------------------------------------------------ outlets named in an outlet's form
def test_speaking_to_radio_of_a_city_is_that_countrys_outlet():
    text = "Speaking to Radio Kano on Monday, the governor said the clinics would reopen."
    ev = _has(_statements(newsgraph.analyse(text, "2024-05-02")), tgt="NGAMED")
    assert ev and ev[0].target_text == "Radio Kano"


def test_interview_with_a_paper_named_after_its_city():
    text = ("The mayor of Dallas said in an interview with the Dallas Evening Chronicle that the bus fares "
            "would not rise this year.")
    ev = _has(_statements(newsgraph.analyse(text, "2024-05-02")), tgt="USAMED")
    assert ev and "Chronicle" in ev[0].target_text


def test_told_an_fm_station_is_an_outlet():
    text = ("LEEDS, England - The council leader told Riverside FM on Friday that the library would stay "
            "open through the summer.")
    ev = _has(_statements(newsgraph.analyse(text, "2024-05-02")), tgt="GBRMED")
    assert ev and ev[0].target_text == "Riverside FM"


# ------------------------------------------------------------------ local governments and firms' people as parties
def test_city_council_as_a_party_is_local_government():
    text = ("DENVER - Shop owners sued the city council on Monday over the new parking fees. The county "
            "commission said it would not take sides.")
    events = newsgraph.analyse(text, "2024-05-02").events
    assert _has(events, root="11", src="USA", tgt="USAGOV")
    sued = [e for e in events if e.cameo_code.startswith("115")]
    assert sued and sued[0].target_text == "the city council"


def test_city_as_a_place_is_no_party():
    text = ("DENVER - Two men were arrested in the city on Monday after a fight at a bar. Police said both "
            "men were held overnight.")
    a = newsgraph.analyse(text, "2024-05-02")
    assert not any(x.sector == "GOV" and x.name.lower().endswith("city") for x in a.actors)


def test_manager_and_contractor_are_business_people():
    text = ("DENVER - Police arrested the manager of a furniture store for fraud on Tuesday. A contractor "
            "sued the county over the unpaid bill.")
    events = newsgraph.analyse(text, "2024-05-02").events
    assert _has(events, root="17", src="USACOP", tgt="USABUS")
    assert _has(events, root="11", src="USABUS")


def test_shop_and_bank_staff_are_people_of_a_business():
    text = "DENVER - A man threatened a cashier and a bank teller with a knife on Monday, police said."
    events = newsgraph.analyse(text, "2024-05-02").events
    assert _has(events, root="13", tgt="USABUS")


# ------------------------------------------------------------------ a protest at someone's place; an arrest's place
def test_protest_outside_the_homes_of_executives_is_aimed_at_them():
    text = "DENVER - About forty activists gathered outside the homes of two Acme Bank executives on Sunday."
    events = newsgraph.analyse(text, "2024-05-02").events
    ev = _has(events, root="14")
    assert ev and "executives" in (ev[0].target_text or "") and ev[0].rule_id.endswith("+site-owner")


def test_protest_in_front_of_a_commissions_headquarters():
    text = ("NAIROBI, Kenya - Hundreds of traders marched in front of the headquarters of the revenue authority "
            "on Monday.")
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="14", tgt="KENGOV")
    assert ev and "authority" in ev[0].target_text


def test_protest_in_a_square_keeps_the_implied_government():
    text = "NAIROBI, Kenya - Students protested in the main square of the capital on Monday."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="14", tgt="KENGOV")
    assert ev and ev[0].rule_id.endswith("+target-GOV")


def test_arrests_at_a_motel_have_no_motel_target():
    text = "DENVER - Detectives made three arrests at the Blue Spruce Motel on Friday night."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="17")
    assert ev and all("Motel" not in (e.target_text or "") for e in ev)


# ------------------------------------------------------------------ a participle asks whom its verb addresses
def test_wrote_to_the_minister_asking_asks_the_minister():
    text = "NAIROBI, Kenya - The midwives wrote to the health minister on Monday, asking for more beds."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="02")
    assert ev and ev[0].target_text == "the health minister" and ev[0].target_code == "KENGOV"


def test_letter_to_the_mayor_demanding_demands_of_the_mayor():
    text = "DENVER - Residents sent a letter to the mayor demanding a new bus route."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="10")
    assert ev and ev[0].target_text == "the mayor"


def test_a_participle_with_its_own_addressee_keeps_it():
    text = "DENVER - The council wrote a report on the floods, urging the governor to release emergency funds."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="02")
    assert ev and all(e.target_text == "the governor" for e in ev)


# ------------------------------------------------------------------ "the state" as a party
def test_the_state_appealed_to_is_the_government_of_the_story():
    text = "NAIROBI, Kenya - The bishops appealed to the state on Sunday to shelter the flood victims."
    ev = _has(newsgraph.analyse(text, "2024-05-02").events, root="02", tgt="KENGOV")
    assert ev and ev[0].target_text == "the state"


def test_the_state_in_a_place_phrase_or_with_a_modifier_is_no_party():
    text = ("NAIROBI, Kenya - Heavy rain fell across the state on Sunday. The opposition said the Jewish state "
            "had sent aid.")
    a = newsgraph.analyse(text, "2024-05-02")
    assert not any(x.name == "the state" for x in a.actors)


# ------------------------------------------------------------------ outlets the knowledge base now knows
def test_told_a_known_foreign_outlet_takes_its_country():
    text = "NAIROBI, Kenya - The opposition leader told the South China Morning Post that the loans were a trap."
    ev = _has(_statements(newsgraph.analyse(text, "2024-05-02")), tgt="HKGMED")
    assert ev


def test_an_outlet_named_like_a_word_is_only_known_by_its_site():
    a = newsgraph.analyse("A Hindu temple was damaged in the storm on Monday.", "2024-05-02")
    assert not any(x.sector == "MED" for x in a.actors)
