"""Event coding on real pages outside every gold set, round 9 of issue 11: mentions of acts that report none.

Titles in quotes, question words as sides, what kinds of people do in general, striving, closed places,
warnings of what may happen, outbursts, shop offers, customers' trips, purchases, direct questions, typographic
negation. Every sentence here is written for these tests (none is taken from a gold set, a real article or
the seed); each kind has a sentence that must stay coded next to the ones that must not.
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _roots(text: str) -> set[str]:
    return {e.cameo_root for e in _events(text) if e.modality == "asserted"}


# ------------------------------------------------------------------ titles of works (convention titles)

def test_an_act_in_a_quoted_title_is_no_event():
    assert not (_roots('The director\'s new film "The Killing of a Senator" opens in Rome on Friday.') & {"18", "19"})
    assert not _roots('Netflix released "The Invasion of Poland" in May.') & {"19"}


def test_an_act_in_a_quoted_sentence_stays_coded():
    assert "19" in _roots("Gunmen killed a senator in Rome on Friday.")
    assert _has(_events('"Our forces attacked the rebels at dawn," the Iraqi army said.'), root="19")


# ------------------------------------------------------------------ question words as sides (wh-sides)

def test_a_question_word_is_no_side():
    evs = _events("Nobody knows who attacked the convoy.")
    assert not [e for e in evs if (e.source_text or "").lower() == "who"]
    gave = _has(_events("It is unclear who gave money to the party."), code="071")
    assert all(not e.source_text for e in gave), "the giver is unknown: the side stays empty"


@pytest.mark.parametrize("text", [
    "The board argued about who receives grants from the ministry.",
    "Nobody knows who will fund the new clinic.",
    "Voters asked who would supply weapons to the militia.",
])
def test_an_act_asked_about_in_the_present_or_future_is_no_event(text):
    """open-questions: the question clause's act is not reported as done."""
    assert not _roots(text), text


def test_a_past_question_still_reports_the_act():
    assert "19" in _roots("Police are investigating who shot the guard on Monday.")
    assert "19" in _roots("The inquiry will establish who killed the journalist.")


# ------------------------------------------------------------------ what kinds of people do (generic-doers)

@pytest.mark.parametrize("text", [
    "He added that fines for drivers who refuse to pay the toll will rise.",
    "Most people reject the idea of a tax on bread.",
    "Many fans refuse to buy tickets at those prices.",
    "Most Americans oppose the war.",
])
def test_what_people_do_in_general_is_no_rejection(text):
    assert "12" not in _roots(text), text


def test_particular_people_who_refused_stay_coded():
    assert "12" in _roots("Police arrested the protesters who refused to leave the square.")


# ------------------------------------------------------------------ word senses of round 9 (senses.csv)

def test_striving_is_no_force_but_armed_sides_fight():
    assert "19" not in _roots("The British Museum has fought to acquire the painting for years.")
    assert "19" in _roots("The rebels fought to retake the town.")
    # session 23 (convention protest-force): the protesters' fight is a violent protest, 145 -- still a fight
    assert "14" in _roots("Protesters fought with police to reach the square.")


def test_a_closed_place_is_a_state_not_a_closure():
    assert "17" not in _roots("Indoor events in Ireland are closed until further notice.")
    assert "17" in _roots("The border was closed on Monday.")
    assert "17" in _roots("The stadium is closed by the police.")


def test_a_warning_of_what_may_happen_is_no_threat():
    evs = _events("The WHO warned the hospitals could see 40 admissions a day by next month.")
    assert not _has(evs, root="13")
    assert _has(evs, code="012")
    assert _has(_events("Iran warned Israel against any attack."), root="13")


@pytest.mark.parametrize("dropped,root,kept,code", [
    # people going off rage or leave; a bomb goes off
    ("He went off on the waiter as if the soup were poison.", "18", "A bomb went off on a crowded bus.", "183"),
    ("The children went off on a trip to London.", "18", "A bomb went off on a crowded bus.", "183"),
    # a shop's offer to customers; a political offer
    ("Amazon is offering Prime members a $10 gift card this week.", "03",
     "The mayor offered the rebels a truce.", "030"),
    # customers' trips; a visit
    ("Visitors who booked tickets came to the Bolshoi Theatre to watch the ballet.", "04",
     "The French president came to Moscow for talks.", "042"),
    # goods ordered from a supplier; an order to someone
    ("The Pentagon ordered 20 jets from Boeing.", "10", "The Pentagon ordered Boeing to halt deliveries.", "100"),
    # the terms of a contract; the terms of a truce
    ("The bakery told its staff to sign the new contracts by Monday.", "05",
     "Israel and Hamas signed the terms of the truce.", "057"),
    # a question put; a request
    ('"We asked is it wise to keep the pools shut all summer," Okonkwo said.', "02",
     "Ukraine asked Germany to send tanks.", "020"),
])
def test_a_sense_drops_one_reading_and_keeps_the_other(dropped, root, kept, code):
    assert root not in _roots(dropped), dropped
    assert _has(_events(kept), code=code), kept


def test_a_figure_reached_is_no_attack():
    for text in ("Intel's new chip hit a maximum of 95 degrees under load.",
                 "Germany hit a record high of 40 degrees in July."):
        assert not _roots(text) & {"11", "18", "19"}, text


# ------------------------------------------------------------------ typographic apostrophes

def test_a_typographic_negation_negates():
    found = _has(_events("The army didn\u2019t attack the town."), root="19")
    assert found and all(e.modality == "negated" for e in found)


def test_a_coordinated_verb_with_its_own_auxiliary_keeps_its_own_modality():
    text = ("Halden Mills said its accounts were so thin that it wouldn\u2019t have the money to fund its pensions "
            "and was negotiating a transfer of the scheme to the state.")
    evs = _events(text)
    assert not _has(evs, root="12"), "the talks are not refused"
    assert _has(evs, code="010")


# ------------------------------------------------------------------ second pass (sports, reviews, idioms)

def test_a_comeback_in_a_tennis_story_is_no_protest():
    text = "Spain rallied to beat Russia in the tennis final after a tiebreak, and its top seed won the last match."
    assert "14" not in _roots(text)
    assert "14" in _roots("Students rallied outside parliament in Madrid to protest against the new law.")


def test_the_fights_of_a_game_review_are_no_news():
    text = ("In the sequel the protagonist fights his way through the castle; every boss attacks from above and "
            "the gameplay is tight.")
    assert "19" not in _roots(text)


@pytest.mark.parametrize("text", [
    "The union seized on the remarks to call a strike.",
    "Smith seized on the melody, and Jones wound up writing the words.",
    "The bank charged customers a fee.",
    "The council sanctioned the building of a new bridge.",
])
def test_idioms_of_taking_up_ending_up_charging_and_approving_are_no_events(text):
    assert not _roots(text) & {"11", "16", "17", "19"}, text


@pytest.mark.parametrize("text,code", [
    # a town seized is territory occupied, 192, since session 43 (V19-seize-ground-vio47; CAMEO 192), was 171
    ("Rebels seized the town on Monday.", "192"),
    ("The EU sanctioned Russia over the war.", "163"),
    ("Police charged the man with murder.", "115"),
])
def test_seizures_sanctions_and_charges_stay_coded(text, code):
    assert _has(_events(text), code=code), text


# ------------------------------------------------------------------ third pass (games, "at no time", hard questions)

def test_a_game_in_a_sports_story_is_no_meeting():
    text = ("Brazil meet Argentina again in Rio on Friday, after their goalkeeper saved a penalty in overtime of the "
            "league match.")
    assert "04" not in _roots(text)
    assert "04" in _roots("The foreign ministers of Brazil and Argentina meet again in Rio on Friday.")


def test_shots_hit_in_a_sports_story_are_no_criticism():
    text = ("They hit some tough shots late, the coach said after the playoff game, as the quarterback and the "
            "goalkeeper watched the league match.")
    assert "11" not in _roots(text)


@pytest.mark.parametrize("text", [
    "At no point did the ministry say the talks had failed.",
    "At no time did Google agree to the deal.",
])
def test_at_no_time_negates(text):
    assert not _roots(text) & {"01", "03"}, text


def test_a_question_demanded_is_no_demand():
    assert "10" not in _roots("The BBC host demanded how the prince could be so sure.")
    assert _has(_events("The union demanded that the company raise wages."), code="100")
    assert _has(_events("The Red Cross demanded the warring sides in Yemen to let the food convoys through."), code="100")
