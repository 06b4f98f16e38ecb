"""Session 49 (issue 12, branch act53): the source side, its country and sector, read on real news pages of no gold
set and checked here on sentences written for these tests.

- a country's name that the geo stage read elsewhere in the text, every time, as a state of another country (the US
  state Georgia) is that state where the geo stage did not read it, inside an organisation's name ("the Georgia
  Ethics Board"): DocView.state_country / _state_read_elsewhere;
- "officer" titles of a public body are no police officers (kb roles.csv rows r-*-officer-act53: veterinary,
  information, public information, communications, budget).
"""
from __future__ import annotations

import pytest

# the helper of session 47's tests: the analysis, the first event of a cue, its source actor
from test_act51 import _event


# --- 1. a state's name read elsewhere as the US state ---------------------------------------------------------------

# (no dateline: the geo stage reads "Georgia" as the US state from the towns around it)
LEAD = ("State Sen. Dale Ricks, a Republican from Valdosta, wants to stop cities in Georgia such as Macon and Savannah "
        "from banning tiny homes. ")

def test_a_state_name_inside_an_organisation_is_the_state_the_text_reads_elsewhere():
    text = (LEAD + "Mona Pruitt, director of the Georgia Ethics Board, said the senator broke no rule.")
    _, e, src = _event(text, "said")
    assert src.name == "Mona Pruitt"
    assert src.country == "USA" and src.country_source == "employer"


def test_the_board_itself_is_the_states():
    text = LEAD + "The Georgia Ethics Board criticised the senator on Tuesday."
    _, e, src = _event(text, "criticised")
    assert e.source_code.startswith("USA")


def test_the_country_georgia_stays_the_country():
    # the negative: a story of the Caucasus state, where the geo stage reads the name as the country
    text = ("TBILISI - Georgia accused Russia of moving border posts. Nino Beridze, head of the Georgia State "
            "Security Service, said soldiers had crossed the line.")
    _, e, src = _event(text, "said")
    assert src.country == "GEO"
    _, e, src = _event(text, "accused")
    assert e.source_code == "GEO"


# --- 2. "officer" titles that are no police ----------------------------------------------------------------------

OFFICERS = [
    # (title, the sector a reader gives)
    ("chief veterinary officer", "GOV"),
    ("public information officer", "GOV"),
    ("communications officer", "GOV"),
    ("budget officer", "GOV"),
]


@pytest.mark.parametrize("title,sector", OFFICERS)
def test_an_officer_title_of_a_public_body_is_no_police(title, sector):
    _, e, src = _event(f"DUBLIN - Orla Finnegan, the {title}, said the figures would be published on Friday.", "said")
    assert src.name == "Orla Finnegan"
    assert src.country == "IRL" and src.sector == sector


def test_police_officers_stay_police():
    for title in ("police officer", "police information officer", "officer"):
        _, e, src = _event(f"DUBLIN - Orla Finnegan, a {title}, said the road would reopen on Friday.", "said")
        assert src.sector == "COP", title
