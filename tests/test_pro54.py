"""Session 50 (issue 11, branch pro54): protest (14) on a random sample of real sentences with protest words. The
largest cause of false protest events there was the campaign rally: in a story of an election campaign, a rally a
candidate holds, addresses or speaks at -- or a rally named with no holder at all ("during a rally here") -- is a
campaign event, no dissent (CAMEO 141 is gathering to protest). What must stay: protesters gathering outside a
candidate's rally, a crowd of nurses or a union rallying, a rally against something or to demand something, an
opposition leader's rally, and rallies outside campaign news.
Our own sentences only."""
from __future__ import annotations

import pytest
from test_coop28 import _pairs
from test_events import _events, _has

_CAMPAIGN = ("DAYTON -- Three weeks before the election, the governor's campaign is spending heavily on ads and "
             "the polls show her Republican challenger gaining with undecided voters; the two candidates meet for "
             "a debate on Thursday. ")


def _protest(evs):
    return [e for e in evs if e.cameo_root == "14" and e.modality in ("asserted", "reported")]


# ------------------------------------------------------------------ campaign rallies: no protest

@pytest.mark.parametrize("sentence", [
    # no holder: where a candidate spoke
    "Marla Quist strayed from her prepared remarks during a rally here on Monday and said the state's schools "
    "were failing.",
    # a running mate at a rally
    "At a rally in Toledo last week, her running mate showed the crowd a short video of the challenger's remarks.",
    # a candidate of no office holding one
    "Aldous Fenwick was holding his first rally in the county on Saturday, ahead of the primary.",
    # voters rallying to a candidate's side
    "Many of the young voters he needs to rally to his side have stayed home.",
    # "your rallies"
    "Your supporters shouted insults at your rallies, she wrote.",
])
def test_a_campaign_rally_is_no_protest(sentence):
    evs = _events(_CAMPAIGN + sentence)
    assert not _protest(evs), _pairs(evs)


# ------------------------------------------------------------------ what stays a protest in a campaign story

def test_protesters_outside_a_candidates_rally_stay_a_protest():
    evs = _events(_CAMPAIGN + "Hundreds of protesters gathered outside the hotel where Fenwick was holding his "
                  "rally on Saturday.")
    assert _has(_protest(evs), code="141"), _pairs(evs)
    assert len(_protest(evs)) == 1, _pairs(evs)     # the protesters', not Fenwick's rally


@pytest.mark.parametrize("sentence", [
    # a crowd of people of no politics
    "Hundreds of nurses rallied at the statehouse in Columbus on Tuesday.",
    # a rally against something
    "The Sierra Club held a rally against the pipeline plan outside the statehouse on Tuesday.",
    # a purpose of protest
    "Students staged a rally on the campus to demand the resignation of the dean.",
    # a cause named before the rally
    "Rosa Delgado drove from El Paso to a housing rally that drew about 200 people outside the convention hall.",
])
def test_a_rally_of_protest_stays_a_protest_in_a_campaign_story(sentence):
    evs = _events(_CAMPAIGN + sentence)
    assert _has(_protest(evs), root="14"), _pairs(evs)


def test_a_rally_with_no_holder_in_a_story_of_protests_stays_a_protest():
    evs = _events("LANSING -- Protests against the state's lockdown orders have spread, and the protesters say the "
                  "governor's orders go too far. Conservative donors and a PAC tied to the Republican campaign have "
                  "paid for buses to the protests, and two demonstrations are planned this week. The groups have used "
                  "their networks to raise turnout at recent rallies in state capitals, and sent lawyers to file "
                  "suits.")
    assert [e for e in _protest(evs) if e.sentence == 2], _pairs(evs)


def test_a_rally_outside_campaign_news_is_read_as_before():
    evs = _events("NAIROBI -- Thousands of traders held a rally in the city centre on Monday over the new market "
                  "fees.")
    assert _has(_protest(evs), root="14"), _pairs(evs)
