"""Precision on unseen text, session 32 (issue 11, branch prec34): events a careful coder would not code and wrong
roots -- an old act named by a year on its noun ("a 2010 raid") taken for the story's news, a lead whose year
names a thing read as the story's year, words in another sense (a product released, a price charged, a plan that
met with demands, a clause the parser split after "insisted"), an arrest that only dates the clause, a measure
approved read as praise, a town hall meeting read as a consultation.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose event must stay next to the ones that go.
"""
from __future__ import annotations

from test_events import _events, _has


# ------------------------------------------------------------------ history named by a year on the act's noun
def test_an_old_raid_the_apology_is_for_is_not_news():
    evs = _events("Norway's prime minister apologised to Chile on Monday for a 2015 police raid that injured "
                  "three Chilean sailors.", published="2024-06-19")
    assert _has(evs, code="055", src="NOR", tgt="CHL")
    assert not _has(evs, root="19") and not _has(evs, root="18")


def test_the_lead_year_on_a_noun_does_not_make_the_story_old():
    # the year names the raid, not when the apology was made: the story is of 2024, the raid history
    evs = _events("Norway's prime minister has apologised to Chile for the 2015 naval raid on a fishing fleet.",
                  published="2024-06-19")
    assert _has(evs, code="055", src="NOR", tgt="CHL")
    assert not _has(evs, root="19") and not _has(evs, root="18")


def test_a_lead_dated_by_its_clause_still_sets_the_story_year():
    # an adverbial year of the lead's main clause dates the story (a publication date years later is wrong)
    evs = _events("Soldiers stormed the parliament in Quito in 2015. Police arrested ten students.",
                  published="2024-06-19")
    assert _has(evs, root="17")


def test_a_past_act_whose_subject_is_an_old_raid_is_history():
    evs = _events("Farmers marched in Lima on Tuesday. The army's 2015 raid killed nine villagers.",
                  published="2024-06-19")
    assert _has(evs, root="14")
    assert not _has(evs, root="19")


def test_a_recent_raid_stays_news():
    evs = _events("The army's raid on Tuesday killed nine villagers near Lima.", published="2024-06-19")
    assert _has(evs, root="19")


def test_a_count_with_some_is_still_no_year():
    # "some 2000 protesters" counts people: the march stays
    evs = _events("Some 2000 protesters marched through Lima on Tuesday.", published="2024-06-19")
    assert _has(evs, root="14")


# ------------------------------------------------------------------ senses
def test_a_product_released_by_a_firm_is_no_release_of_captives():
    evs = _events("The games firm released its Zorbex in 2019.")
    assert not _has(evs, code="0841")


def test_captives_released_by_rebels_stay():
    evs = _events("The rebels released two Italian engineers near Gao on Sunday.")
    assert _has(evs, code="0841")


def test_a_price_charged_is_no_accusation():
    evs = _events("The airline charges customers twice as much as its rivals.")
    assert not _has(evs, root="11")
    evs = _events("The Kenyan firm charges its customers far more for the old model.")
    assert not _has(evs, root="11")


def test_charging_a_rival_with_fraud_stays():
    evs = _events("The opposition leader charged the minister with lying to parliament.")
    assert _has(evs, root="11")


def test_meeting_with_demands_is_facing_them():
    evs = _events("During his years in Moscow, the manager had his flat searched by police and met with heavy "
                  "tax demands.")
    assert not _has(evs, code="083")


def test_meeting_the_demands_grants_them():
    evs = _events("The Kenyan government met the strikers' demands on Friday.")
    assert _has(evs, code="083")


def test_insisting_a_split_clause_is_a_statement_not_a_demand():
    # the parser hangs "used" on "its soldiers" as if the soldiers were insisted on
    evs = _events("The Greek government insisted its commandos used tear gas.")
    assert not _has(evs, root="10")
    evs = _events("The Indian army admitted errors were made in planning, but insisted its commandos used lethal "
                  "force because the gunmen had fired at them.")
    assert not _has(evs, root="10")


def test_insisting_that_someone_act_stays_a_demand():
    evs = _events("The union insisted that the ministers resign.")
    assert _has(evs, root="10")


# ------------------------------------------------------------------ an arrest that only dates the clause
def test_an_arrest_after_which_something_happened_is_not_coded_again():
    evs = _events("Police in Lima arrested the mayor's son on Monday. His lawyer spoke to reporters an hour "
                  "after his arrest.")
    assert len(_has(evs, code="173")) == 1


def test_an_arrest_as_subject_stays():
    evs = _events("The arrest of two tycoons in Lima shook the markets.")
    assert _has(evs, code="173")


# ------------------------------------------------------------------ approvals and town halls
def test_a_measure_approved_is_no_praise():
    evs = _events("The Chilean cabinet approved the draft bill on water rates.")
    assert not _has(evs, code="051")
    evs = _events("Kazakh President Approves Two Border Treaties.")
    assert not _has(evs, code="051")
    evs = _events("Lukashenko Approves Treaties to Protect Belarus Borders.")
    assert not _has(evs, code="051")


def test_approving_a_person_stays_support():
    evs = _events("France welcomed the decision of the Malian junta.")
    assert _has(evs, code="051")


def test_a_town_hall_meeting_is_no_consultation():
    evs = _events("The mood at the gym where the governor held a town hall meeting on Thursday was festive.")
    assert not _has(evs, root="04")


def test_a_meeting_with_a_minister_stays():
    evs = _events("The governor held a meeting with the Canadian trade minister in Ohio on Thursday.")
    assert _has(evs, root="04")


# ------------------------------------------------------------------ more senses (third reading batch)
def test_turning_down_the_music_is_no_rejection():
    evs = _events("The officer said the tenant was cooperative and agreed to turn down the music.")
    assert not _has(evs, root="12")


def test_turning_down_a_proposal_stays_a_rejection():
    evs = _events("The Kenyan council turned down the proposal.")
    assert _has(evs, root="12")


def test_a_complaint_to_the_police_is_no_lawsuit():
    evs = _events("Shortly after 9 a.m., police received a complaint from a neighbour about a barking dog.")
    assert not _has(evs, code="115")


def test_a_complaint_against_a_firm_stays():
    evs = _events("The Irish airline faces a complaint from three passengers.")
    assert _has(evs, code="115")


def test_sponsoring_an_accord_is_no_financing():
    evs = _events("Peace between the two states began with the president, who sponsored the Lisbon Accords.")
    assert not _has(evs, root="06")


def test_a_headline_insisting_on_an_adjective_clause_is_a_statement():
    evs = _events("Attorney insists client not fit for trial.")
    assert not _has(evs, root="10")
    evs = _events("Union insists minister must resign.")
    assert _has(evs, root="10")


# ------------------------------------------------------------------ a time in a when / while clause dates the act
def test_an_old_time_in_a_when_clause_dates_the_killing():
    evs = _events("Nine people were killed on board the aid ship when it was boarded by Greek commandos while "
                  "trying to transport supplies to Cyprus in May 2010.", published="2024-06-19")
    assert not _has(evs, root="19")


def test_an_old_time_in_an_after_clause_leaves_the_news():
    evs = _events("Police arrested the mayor on Monday, after he fled the country in 2015.", published="2024-06-19")
    assert _has(evs, code="173")


def test_an_old_deed_alleged_leaves_the_allegation():
    # the year dates what was alleged, not the allegation (an infinitive of the act's own verb is no when-clause)
    evs = _events("The coach was accused on Monday of having struck a player in spring 2015.", published="2024-06-19")
    assert _has(evs, root="11")


def test_a_spelled_out_count_of_soldiers_is_no_year():
    evs = _events("Two thousand soldiers were deployed along the Kenyan border overnight.", published="2024-06-19")
    assert _has(evs, code="154")


# ------------------------------------------------------------------ a duty given (found on the held-out set)
def test_charged_with_shaping_a_strategy_is_a_duty_not_a_charge():
    evs = _events("Senator Ruth Okafor, an Ohio Democrat, is the first chairwoman of the Finance Committee and is "
                  "charged with shaping the party's strategy.")
    assert not _has(evs, root="11")


def test_charged_with_a_deed_stays_legal_action():
    evs = _events("The two Kenyan officers were charged with falsifying records.")
    assert _has(evs, code="115")
    evs = _events("The two Kenyan officers were charged with running a smuggling ring.")
    assert _has(evs, code="115")
