"""Session 48 (issue 12, branch act52): the source side and its country, read on real news pages of no gold set and
checked here on sentences written for these tests.

- a role predicated of a person (act51's kind, actors/role_predicates.py) places them only where a careful reader
  would: not a negated role, one under a modal, one in the that-clause of a denial or a hope, one held where its
  holder is sent ("the Moscow bureau chief"), nor a post's place where it is only held ("worked as a doctor in
  Gaza"); and a place so read says who the person is, not where the story happens (story_country.story_evidence);
- people "close to" a named person are of that person's country (person_camps.py, kb CLOSE_CIRCLE_NOUNS);
- the town that only seats a state's mission or an international body ("the Barbados mission in Washington", "the
  OAS in Washington") is no evidence of where the story happens (story_country._seat_of_body), and a capital
  before a mission noun ("the Kabul embassy") is the host's, not whose post it is (nominals.resolve).
"""
from __future__ import annotations

import pytest

# the helper of session 47's tests: the analysis, the first event of a cue, its source actor
from test_act51 import _event


# --- 1. roles said of a person: only where the text asserts them ---------------------------------------------------

UNSAID_ROLES = [
    # (text, the country the role would wrongly give)
    ("Tomas Ekberg is not the mayor of Lagos. On Monday Ekberg criticised the trade bill.", "NGA"),
    ("Tomas Ekberg said he was never the head of the Iranian mission. On Monday Ekberg criticised the trade bill.",
     "IRN"),
    ("Tomas Ekberg would become the first foreign mayor of Lagos. On Monday Ekberg criticised the trade bill.", "NGA"),
    ("Tomas Ekberg denied that he was the head of the Iranian mission. On Monday Ekberg criticised the trade bill.",
     "IRN"),
    ("Tomas Ekberg is the Moscow bureau chief of a Swedish daily. On Monday Ekberg criticised the Kremlin.", "RUS"),
    ("Tomas Ekberg worked as a doctor in Gaza for two years. On Monday Ekberg criticised Israel.", "PSE"),
]


@pytest.mark.parametrize("text,wrong", UNSAID_ROLES)
def test_a_role_the_text_does_not_assert_gives_no_country(text, wrong):
    _, e, src = _event(text, "criticised")
    assert src is not None and src.name == "Tomas Ekberg"
    assert src.country != wrong


def test_an_asserted_role_still_places_the_person():
    # positives next to the negatives above: act51's reading stands where the text says it
    _, e, src = _event("Tomas Ekberg was elected governor of Lagos State last year. On Monday Ekberg criticised the "
                       "federal government.", "criticised")
    assert src.country == "NGA" and src.country_source == "apposition"
    _, e, src = _event("Tomas Ekberg is the mayor of Lagos. On Monday Ekberg criticised the trade bill.", "criticised")
    assert src.country == "NGA"
    # a state's post held in a place is that state's ("a police officer in Nairobi")
    _, e, src = _event("Tomas Ekberg is the police commander in Nairobi. On Monday Ekberg criticised the trade bill.",
                       "criticised")
    assert src.country == "KEN"


def test_a_role_held_abroad_keeps_the_sending_state():
    # "the U.S. ambassador to Russia" is American, not Russian
    _, e, src = _event("Tomas Ekberg served as the U.S. ambassador to Russia until 2019. On Monday Ekberg criticised "
                       "the Kremlin.", "criticised")
    assert src.country == "USA"


def test_a_role_said_of_a_guest_does_not_move_the_story():
    # before: Obi's Lagos office made the Washington story Nigerian, and the senator and the lawmaker took Nigeria
    text = ("WASHINGTON - Senator Mark Hollis met Amaka Obi on Monday. Obi became mayor of Lagos last year. Lawmaker "
            "Jim Dunn criticised the trade bill.")
    a, e, src = _event(text, "criticised")
    assert src.name == "Jim Dunn" and src.country != "NGA"
    obi = next(x for x in a.actors if x.name == "Amaka Obi")
    assert obi.country == "NGA"


# --- 2. people close to a named person --------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("JERUSALEM - President Shimon Peres met the Czech prime minister on Monday. Sources close to Peres said the talks "
     "had gone well.", "ISR"),
    ("NAIROBI - President William Ruto met Chinese investors on Monday. A person close to Ruto said the talks had gone "
     "well.", "KEN"),
    # a person the story places only later (context.py) places the sources too
    ("JERUSALEM - President Dov Aharon met Czech officials on Monday in Jerusalem. Aharon spoke of Israeli hopes for "
     "peace. Sources close to Aharon said the talks had gone well.", "ISR"),
])
def test_people_close_to_a_named_person_are_of_their_country(text, code):
    _, e, src = _event(text, "said")
    assert src is not None and src.country == code and src.country_source == "employer"
    assert src.kind != "PERSON" or src.name not in ("Shimon Peres", "William Ruto", "Dov Aharon")


def test_close_to_a_thing_places_no_one():
    _, e, src = _event("Sources close to the negotiations said the talks had gone well.", "said")
    assert src is None or src.country is None


# --- 3. the seat of a mission or an international body ------------------------------------------------------------

_CORBIN = ("Prime Minister Alan Corbin said on Monday that he was embarrassed by the vote. {} Corbin said the {} had "
           "not consulted the ministry. The permanent secretary later told the {} to drop {} objection, the prime "
           "minister said.")


@pytest.mark.parametrize("text,american", [
    # before: the prime minister of a Barbados story was American (the mission's and the OAS's Washington were the only
    # town named)
    (_CORBIN.format("The Barbados mission in Washington had objected to Grenada's request at the OAS in Washington.",
                    "mission", "mission", "its"), False),
    # a town where something happens still places the story, as before (no seat of a body)
    (_CORBIN.format("Barbados had objected to Grenada's request at a hearing in Washington.", "delegates",
                    "delegates in Washington", "their"), True),
])
def test_a_missions_host_town_is_not_where_the_story_happens(text, american):
    _, e, src = _event(text, "said")
    assert src.name == "Alan Corbin" and (src.country == "USA") == american


def test_a_capital_before_a_mission_noun_is_the_host():
    _, e, src = _event("KABUL - The Kabul embassy said on Monday that two guards were hurt.", "said")
    assert src is None or src.country != "AFG"
    # a country before it is the state whose post it is
    _, e, src = _event("KABUL - The British embassy in Kabul said on Monday that two guards were hurt.", "said")
    assert src.country == "GBR"


# --- 4. "the country" is not the other side of its own act --------------------------------------------------------

def test_the_country_is_not_the_state_its_act_is_aimed_at():
    # before: "the country" re-named Grenada, which then rejected its own request (and Nepal's "country" was India)
    _, e, src = _event("Grenada asked for a waiver of its fees last month. The country's embarrassment grew after the "
                       "country rejected Grenada's request on Monday.", "rejected")
    assert e.source_code != "GRD" and e.target_code == "GRD"
    _, e, src = _event("Nepal asked India for more fuel. The country accused India of a blockade on Monday.", "accused")
    assert e.source_code == "NPL" and e.target_code == "IND"


def test_the_country_still_renames_the_last_state_named():
    _, e, src = _event("Grenada asked for a waiver of its fees last month. On Monday the country rejected a request "
                       "from Barbados.", "rejected")
    assert e.source_code == "GRD"
