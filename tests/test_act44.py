"""Session 40 (issue 12, branch act44): actor kinds session 39 saw and left, and sources given another country, read
on wire-style articles written for this session and checked here on other sentences written for these tests.

- a party or opposition politician whose own clause deals with the story's country as another state ("would not
  sign a deal with X", "accused X") takes no country from the story;
- a state body named after the people it oversees ("Police Complaints Commission", "Office of the ... Director") is
  government (GOV), not civilians or police;
- a chairman or director heads the body the text says they serve: a state's agency, a national society, or the
  state body named just before when the text names no firm ("The director, X, said");
- a group in exile takes no country from where the story is; the leader of a placed group of migrants is of the
  group's country; refugees "in" a country are not that country's;
- a foreign firm named after its description ("Dutch oil group X") is of the description's country;
- the recogniser's cut "The U.S. Agency for" + "International Development" is one body (USAID).
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _analysis(text: str):
    return newsgraph.analyse(text, published=PUBLISHED)


def _event(text: str, cue: str):
    found = [e for e in _analysis(text).events if e.cue == cue]
    assert found, f"no event with cue {cue!r}"
    return found[0]


def _actor(text: str, mention: str):
    """The actor of the first mention whose text is `mention`."""
    a = _analysis(text)
    actors = {x.id: x for x in a.actors}
    found = [actors.get(m.actor_id) for m in a.mentions if m.text == mention]
    assert found and found[0] is not None, f"no actor for {mention!r}"
    return found[0]


# --- politicians facing the story's country -------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Opposition Leader Maria Delgado says she would not sign a trade agreement with Venezuela. Delgado said "
     "Venezuela had jailed dozens of journalists and that Caracas could not be trusted. Venezuela's foreign "
     "ministry dismissed her remarks. Venezuelan state television called her a puppet.", "Delgado"),
    ("Liberal Leader Tom Hewitt accused Iran of arming militias across the region. Hewitt said Iran had "
     "broken every promise it made. Iran's foreign ministry said Tehran would not answer insults. Iranian "
     "state media called him a warmonger.", "Hewitt"),
])
def test_a_politician_facing_the_story_country_is_not_of_it(text, name):
    actor = _actor(text, name)
    story = "VEN" if "Venezuela" in text else "IRN"
    assert actor.country != story


def test_a_politician_speaking_of_his_own_country_keeps_it():
    # Kenya is the subject of what he says, no party to his act: the story's country stays his
    text = ("Opposition Leader Joseph Mwangi said on Sunday that Kenya needed a new constitution. Kenya's parliament "
            "will debate the bill next month, and Kenyan church leaders have backed it. Mwangi said Kenya's "
            "courts had been weakened.")
    assert _actor(text, "Mwangi").country == "KEN"


# --- state bodies named after those they oversee --------------------------------------------------------------

@pytest.mark.parametrize("text, mention", [
    ("CALGARY - The Alberta Civilian Police Complaints Commission on Friday criticised the city's police force for "
     "delays in three inquiries.", "The Alberta Civilian Police Complaints Commission"),
    ("TORONTO - The Office of the Independent Police Oversight Director said on Tuesday it had opened an "
     "investigation into the shooting.", "The Office of the Independent Police Oversight Director"),
])
def test_an_oversight_body_is_government(text, mention):
    a = _analysis(text)
    actors = {x.id: x for x in a.actors}
    found = [actors[m.actor_id] for m in a.mentions if m.actor_id in actors and m.text.startswith(mention[:30])]
    assert found and found[0].sector == "GOV"


def test_a_military_commission_stays_military():
    text = "BEIJING - The Central Military Commission ordered new exercises near the coast on Monday."
    a = _analysis(text)
    actors = {x.id: x for x in a.actors}
    found = [actors[m.actor_id] for m in a.mentions if m.actor_id in actors and "Military Commission" in m.text]
    assert found and found[0].sector == "MIL"


# --- heads of bodies ------------------------------------------------------------------------------------------

def test_the_chairman_of_a_states_agency_is_government():
    text = ("ACCRA - The chairman of Ghana's anti-corruption agency said on Monday that two former ministers would "
            "be questioned.")
    assert _event(text, "said").source_code == "GHAGOV"


def test_the_chairman_of_a_national_society_is_an_ngo():
    text = ("KAMPALA - The chairman of the Uganda Red Cross Society said on Friday that floods had destroyed "
            "400 homes.")
    assert _event(text, "said").source_code == "UGANGO"


def test_a_bare_director_after_a_state_body_is_its():
    # a prosecutor's office is of the courts (JUD): its director is too, no company's
    text = ("ACCRA - The Office of the Special Prosecutor on Monday charged a former minister with fraud. The "
            "director, Mary Osei, urged other officials to return stolen funds.")
    assert _event(text, "urged").source_code == "GHAJUD"


def test_a_bare_director_in_a_story_with_a_firm_stays_business():
    text = ("ACCRA - Goldstar Mining Ltd said on Monday it would close two mines. The director, Kwame Boateng, urged "
            "workers to accept the severance offer.")
    e = _event(text, "urged")
    assert e.source_code and e.source_code.endswith("BUS")


# --- people abroad --------------------------------------------------------------------------------------------

def test_a_group_in_exile_takes_no_country_from_where_it_is():
    text = ("ISTANBUL - An opposition group in exile said on Monday that it would hold a congress in Istanbul next "
            "month. Turkish police said they would protect the meeting.")
    e = [x for x in _analysis(text).events if x.cue == "said"][0]
    assert (e.source_code or "")[:3] != "TUR"


def test_the_leader_of_placed_migrants_is_of_their_country():
    text = ("SANAA - Ethiopian migrants held in a detention centre in Sanaa went on hunger strike on Tuesday. The "
            "migrants' spokesman, Dawit Bekele, accused Houthi guards of beating detainees.")
    assert _event(text, "accused").source_code[:3] == "ETH"


def test_refugee_leaders_are_not_of_the_host_country():
    text = "KAMPALA - Refugee leaders in Uganda urged South Sudan's government on Monday to end the fighting."
    e = _event(text, "urged")
    assert (e.source_code or "")[:3] != "UGA"


# --- names of foreign firms and cut names of agencies ---------------------------------------------------------

def test_a_firm_named_after_its_description_is_of_that_country():
    # (the recogniser calls the name a person's; "fined X 5 million dollars" it swallows into one name, left)
    text = ("ABUJA - Nigeria on Monday fined Dutch oil group Veldhaven over a spill in the delta. Veldhaven said it "
            "would appeal.")
    assert _event(text, "appeal").source_code[:3] == "NLD"


@pytest.mark.parametrize("text", [
    "NAIROBI - Kenya fined South African telecoms group Voltacom on Monday over unpaid licence fees. Voltacom said "
    "it would appeal the ruling.",
    "MANILA - The Philippines fined Japanese shipping firm Kaito Lines on Friday after a fuel spill. Kaito Lines "
    "said it would appeal.",
])
def test_a_firm_after_its_description_lends_its_country_to_it(text):
    assert _event(text, "appeal").source_code[:3] in ("ZAF", "JPN")


def test_a_cut_agency_name_is_the_agency():
    # the recogniser cuts the name into "The U.S. Agency for" and "International Development"
    text = ("NAIROBI - The U.S. Agency for International Development on Tuesday sent a team to meet Kenyan health "
            "officials.")
    a = _analysis(text)
    actors = {x.id: x for x in a.actors}
    found = [actors[m.actor_id] for m in a.mentions if m.actor_id in actors and m.text.startswith("The U.S. Agency")]
    assert found and found[0].country == "USA" and (found[0].sector or "").startswith("GOV")


def test_a_refugee_office_stays_an_office():
    # "refugee leaders" speak for refugees (REF); "the refugee commissioner" holds a state office
    text = ("KAMPALA - Refugee leaders in Uganda urged calm on Monday. The refugee commissioner, Paul Odongo, said "
            "the camps were full.")
    events = _analysis(text).events
    urged = [e for e in events if e.cue == "urged"]
    said = [e for e in events if e.cue == "said"]
    assert urged and (urged[0].source_code or "").endswith("REF")
    assert said and said[0].source_code == "UGAGOV"


def test_a_person_after_a_trade_noun_stays_a_person():
    text = "NAIROBI - Software developer Amina Wanjiru said on Monday she had been arrested at the airport."
    a = _analysis(text)
    kinds = {x.name: x.kind for x in a.actors}
    assert kinds.get("Amina Wanjiru") == "PERSON"
