"""Event coding on real news, round 18 of issue 11 (branch prec16): false events of kinds found by reading real
pages outside every gold set -- negative subjects, negated claims, withdrawals and dismissals that are no
retreat or rejection, persons "destroyed", headlines read on their sides, the doer of a received act, agreement
one was made to give, clause lists, participles of saying, places struck, marketing "targets", cameras that
"shoot" and scientific "investigations".

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


# ------------------------------------------------------------------ a subject that says no one did it

@pytest.mark.parametrize("text", [
    "None of the shop owners went to the police after the break-in.",
    "Neither of the two envoys signed the draft accord.",
])
def test_a_negative_subject_negates_the_act(text):
    evs = [e for e in _events(text) if e.cameo_root in ("04", "05")]
    assert evs and all(e.modality == "negated" for e in evs), text


def test_a_positive_subject_leaves_the_act_asserted():
    assert _has(_events("Two of the envoys signed the draft accord."), root="05", modality="asserted")


def test_a_negated_reporting_verb_makes_no_claim_or_accusation():
    evs = _events("The singer did not say that the manager had hit her.")
    assert not _has(evs, code="112") and not _has(evs, code="015")
    assert not _has(evs, root="18", modality="asserted")


# ------------------------------------------------------------------ word senses by the object or the source

@pytest.mark.parametrize("text", [
    "Two magazines withdrew their photographers from the festival.",
    "The broadcaster withdrew its reporters from the region.",
])
def test_withdrawing_no_forces_is_no_military_retreat(text):
    assert not _has(_events(text), root="08"), text


def test_withdrawing_troops_stays_a_retreat():
    assert _has(_events("Moscow withdrew its troops from the border region."), code="087")


def test_dismissing_accusations_is_a_denial():
    evs = _events("The senator's office dismissed the allegations of bribery as a smear.")
    assert _has(evs, code="016") and not _has(evs, root="12")


def test_dismissing_staff_is_no_rejection():
    assert not _has(_events("The carmaker dismissed two hundred workers at its plant."), root="12")


def test_rejecting_a_proposal_stays_a_rejection():
    assert _has(_events("The union rejected the owners' offer of a small raise."), code="120")


def test_a_person_destroyed_in_words_is_no_property_destroyed():
    evs = _events("Critics say it is cruel for those pundits to destroy the students who answered them.")
    assert not _has(evs, root="17")


def test_ads_that_target_an_audience_are_no_attack():
    evs = _events("The party's campaign targeted older voters with leaflets and radio ads.")
    assert not [e for e in evs if e.cameo_root in ("11", "18", "19", "20")]


def test_a_photographer_who_shoots_fires_no_gun():
    assert not _has(_events("A photographer shot the marching nurses from the top of a bus."), root="19")
    assert _has(_events("Soldiers shot two smugglers near the border post."), root="19")


def test_scientists_who_investigate_accuse_no_one():
    assert not _has(_events("Researchers investigated whether the new drug shortens fevers."), root="09")
    assert _has(_events("Police investigated the theft of two paintings."), root="09")


# ------------------------------------------------------------------ headlines, received acts, clause lists

def test_a_headline_nab_by_no_police_is_no_arrest():
    assert not _has(_events("Small Town Choir Nabs Three Prizes At Regional Contest"), root="17")


def test_a_headline_nab_by_the_police_stays_an_arrest():
    assert _has(_events("Police Nab Two Suspects After Bank Robbery"), code="173")


def test_criticism_faced_on_a_show_is_not_by_the_show():
    evs = _evs_with_root("The anchor is facing harsh criticism on her CNN show after the interview.", "11")
    assert evs and all(e.source_text is None or "show" not in e.source_text for e in evs)


def test_criticism_faced_from_someone_is_by_them():
    evs = _evs_with_root("The mayor faced sharp criticism from the teachers' union.", "11")
    assert evs and "union" in (evs[0].source_text or "")


def test_a_mall_that_offers_shops_offers_nothing():
    evs = _events("Oak Square offers Walmart and Best Buy; Pine Court offers Target and Costco; the Arcade has a gym.")
    assert not _has(evs, root="03")


def _evs_with_root(text: str, root: str):
    return _has(_events(text), root=root)


# ------------------------------------------------------------------ statements: who said it, what it says

def test_a_participle_of_saying_after_an_asked_question_is_the_asker_s():
    evs = _events("The coach's agent asked why the players kept quiet for a year, arguing that the club had paid them.")
    speakers = {e.source_text for e in evs if e.cameo_root == "01"}
    assert not any(s and "players" in s for s in speakers), speakers
    assert any(s and "agent" in s for s in speakers), speakers


def test_an_agreement_one_was_forced_into_is_no_accord():
    evs = _events("The farmers say the drought forced them to agree to a lower price.")
    assert not _has(evs, code="019")


def test_agreement_of_the_speakers_own_stays_accord():
    assert _has(_events("The two governors said they agreed on the need for a new canal."), code="019")


# ------------------------------------------------------------------ a place struck is the country it is in

def test_a_town_shelled_in_a_named_country_targets_that_country():
    evs = _has(_events("Turkish artillery shelled a town in northern Iraq on Sunday."), root="19")
    assert evs and evs[0].target_code == "IRQ"


# ------------------------------------------------------------------ private life is no political act

@pytest.mark.parametrize("text", [
    "The two cousins met at a bar near the station on Friday.",
    "The young nurse promised her father that she would call every night.",
])
def test_relatives_meeting_or_promising_is_private_life(text):
    assert not [e for e in _events(text) if e.cameo_root in ("02", "03", "04", "05")], text


def test_officials_meeting_relatives_of_victims_stays_a_meeting():
    assert _has(_events("The governor met the relatives of the miners on Tuesday."), root="04")


def test_a_plea_to_the_referee_in_a_sports_story_is_no_appeal():
    text = ("The hosts beat the league leaders 3-2 on Sunday. Their striker appealed for a penalty in stoppage time "
            "but the referee waved it away. The goalkeeper made four saves and the coach praised the defence.")
    assert not _has(_events(text), root="02")


def test_a_call_for_calm_outside_a_sports_story_stays_an_appeal():
    assert _has(_events("The governor called for calm after the riot in the port city."), root="02")
