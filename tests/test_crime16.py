"""Session 16 (issue 11, branch crime16): police and crime wording of local news, read on unseen local stories
(LGL, read only). Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

_FORCE = ("18", "19", "20")


def _force(text: str):
    return [e for e in _events(text) if e.cameo_root in _FORCE]


# ------------------------------------------------------------------ a vehicle as the doer of a collision

def test_a_person_hit_by_a_vehicle_is_an_accident():
    assert not _force("A 52-year-old woman was hit by a car and killed on Elm Street late Friday.")
    assert not _force("Deputies said the jogger died after being struck by a minivan near the bridge.")
    assert not _force("A delivery truck struck the cyclist, who died at the scene.")
    # a headline read flat
    assert not _force("Retiree Hit By Bus And Killed Near Library.")


def test_a_person_hit_by_an_attacker_stays_force():
    assert _force("A guard was hit by a gunman and killed outside the bank.")
    # a car on the scene does not make a shooting an accident
    assert _force("A gunman shot the driver of a parked car on Oak Avenue.")
    assert _has(_events("Soldiers shot and killed two villagers near the checkpoint."), root="19")


# ------------------------------------------------------------------ detention and indictments

def test_taken_to_a_detention_facility_is_an_arrest():
    evs = _has(_events("The 15-year-old was taken to a juvenile detention facility on Monday."), code="173")
    assert evs and evs[0].target_text
    assert _has(_events("Two men were taken to the county detention center after the fight."), code="173")
    # a hospital is no place of detention
    assert not _has(_events("The injured driver was taken to the county medical center."), root="17")


def test_an_indictment_returned_is_legal_action_not_a_return():
    evs = _events("A state grand jury returned an indictment against Carl Benson on Thursday.")
    assert _has(evs, code="115") and not _has(evs, root="08")
    evs = _events("The panel handed up an indictment against the former treasurer.")
    assert _has(evs, code="115")
    # a verdict returned is no return of people or goods either
    assert not _has(_events("The jury returned a guilty verdict after two hours."), root="08")
    # returning people or property still is
    assert _has(_events("The army returned the seized farmland to the villagers."), root="08")


# ------------------------------------------------------------------ a month in a byline

def test_a_dated_month_is_no_march():
    assert not _has(_events("By Ann Post apost@example.org Herald March 12, 2010 LAKEVILLE -- The mayor wants "
                            "the council to fund a youth program."), root="14")
    assert not _has(_events("Tribune May 3 -- The school board met to choose a new principal."), root="14")
    # a march, and a protest dated by its month, stay
    assert _has(_events("Thousands of nurses joined the march on Saturday."), root="14")
    assert _has(_events("The March 8 protest drew hundreds of teachers to the capitol."), root="14")


# ------------------------------------------------------------------ the victim of a reported passive

def test_a_reported_passive_victim_is_the_target():
    evs = [e for e in _force("On Sunday, the sheriff's office received a call from a neighbour reporting the "
                             "boy had been assaulted.")]
    assert evs and all(e.target_text == "the boy" for e in evs)
    assert not [e for e in evs if e.target_code and e.target_code.endswith("COP")]


# ------------------------------------------------------------------ rank abbreviations end no sentence

def test_a_rank_abbreviation_ends_no_sentence():
    from newsgraph.nlp.model import load_nlp

    doc = load_nlp()("Witnesses say Brandt, 31, punched Cpl. Nora Vance outside the arena, then fled on foot.")
    assert len(list(doc.sents)) == 1
    evs = [e for e in _force("Witnesses say Brandt, 31, punched Cpl. Nora Vance outside the arena, then fled on foot.")]
    assert evs and all(e.source_text == "Brandt" and "Nora Vance" in (e.target_text or "") for e in evs)
    # the speaker after "Det. Sgt." is kept whole
    evs = _events("Det. Sgt. Omar Reyes said the courier was arrested without incident.")
    assert [e.source_text for e in _has(evs, root="01")] == ["Det. Sgt. Omar Reyes"]
    # a rank that ends a sentence still ends it
    assert len(list(load_nlp()("She was promoted to Sgt. She starts on Monday.").sents)) == 2


# ------------------------------------------------------------------ acts that are only a danger, shops that close

def test_an_act_named_as_a_danger_is_feared():
    evs = _force("Neighbours spoke of the danger of a random assault near the station.")
    assert evs and all(e.modality == "feared" for e in evs)
    assert all(e.modality == "feared" for e in _force("Teachers fear the risk of a shooting at the school."))
    # an attack that happened stays asserted
    assert _has(_events("A gang attacked two guards near the station."), root="19", modality="asserted") or \
        _has(_events("A gang attacked two guards near the station."), root="18", modality="asserted")


def test_a_business_that_opened_and_closed_was_not_shut_down():
    assert not _has(_events("The bakery opened in 2011 and closed four years later."), root="17")
    # a business closed by an authority still is, and so is a headline's passive
    assert _has(_events("The health inspectors closed the bakery for violations."), code="172")
    assert _has(_events("Three Schools Closed After Threat."), code="172")
