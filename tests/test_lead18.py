"""Session 18 (lead): statements made to the press and by documents named before.
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def test_talking_to_reporters_is_no_meeting():
    evs = _events("Chatting with journalists in Accra, the Ghanaian finance minister said the budget was ready.")
    assert not _has(evs, root="04")
    assert _has(evs, root="01", src="GHA")


def test_talking_to_an_envoy_stays_a_meeting():
    evs = _events("Talking with the Kenyan envoy, the Ghanaian finance minister said the budget was ready.")
    assert _has(evs, root="04", src="GHA")


def test_speaking_to_the_paper_names_the_outlet_named_before():
    evs = _events("The New York Times first reported the plan on Monday. Speaking to the paper, the Dutch "
                  "premier said taxes would rise.")
    assert "USAMED" in {e.target_code for e in _has(evs, root="01", src="NLD")}


def test_the_statement_speaks_for_whoever_issued_it():
    evs = _events("The Peruvian interior ministry issued a statement late on Friday. The statement said two "
                  "roads had been reopened.")
    assert len(_has(evs, root="01", src="PER")) == 2


def test_a_statement_with_no_issuer_named_before_has_no_speaker():
    evs = _events("The statement said two roads had been reopened.")
    assert not _has(evs, root="01")


# ---- force that is no force, and victims read as doers (a read of unseen outbreak reports, session 18)

def test_victims_believed_killed_are_the_target_not_the_source():
    evs = _events("More than 40 villagers in northern Mali are thought to have been killed in the raid.")
    assert _has(evs, root="19")
    assert all(e.source_code is None and (e.target_code or "").startswith("MLI") for e in _has(evs, root="19"))


def test_struck_by_a_thought_is_no_assault():
    assert not _has(_events("Touring the ward, the Kenyan health minister was struck by how crowded it was."), root="18")
    assert not _has(_events("When I first saw the camp, I was struck."), root="18")
    # a blow with its place or means, and an unexplained passive of people, stay force
    assert _has(_events("A Kenyan journalist was struck on the head with a pipe."), root="18")
    assert _has(_events("Two Kenyan journalists were struck and wounded."), root="18")


def test_ones_own_long_battle_is_no_fight():
    assert not _has(_events("After his long battle, the Ghanaian singer passed away at home."), root="19")
    assert not _has(_events("Despite her brave fight, the actress died on Monday."), root="18")
    assert _has(_events("Their fight with the Malian army lasted two hours."), root="19")


def test_only_a_weapon_or_a_bomb_carrier_explodes_as_force():
    assert not _has(_events("A gas boiler exploded in the basement of a Kenyan hotel."), root="18")
    assert not _has(_events("Dozens of frogs have exploded in a pond near Nairobi."), root="18")
    assert _has(_events("A bomb hidden in a bin exploded near a bus in Nairobi."), root="18")
    assert _has(_events("A suicide bomber exploded at a checkpoint in Mogadishu."), root="18")


def test_animals_culled_and_diseases_arrested_are_no_coercion():
    assert not _has(_events("Kenyan vets destroyed 3,000 hens after the virus was found on a farm."), root="17")
    assert not _has(_events("Vietnamese soldiers went from farm to farm rounding up ducks for a cull."), root="17")
    assert not _has(_events("The Ugandan health ministry said new vaccines had arrested the spread of measles."),
                    root="17")
    assert _has(_events("Ugandan police rounded up dozens of opposition activists."), root="17")


def test_a_household_spray_is_no_crowd_control():
    assert not _has(_events("The Canadian senator said she used more bug spray this summer."), root="17")
    assert _has(_events("Canadian police used pepper spray on the protesters."), root="17")


def test_a_month_is_no_march():
    assert not _has(_events("In March, Chilean children began arriving at clinics with a cough."), root="14")
    assert _has(_events("In May, Chilean students began a march to the capital."), root="14")


def test_a_patient_seeing_a_doctor_makes_no_visit():
    assert not _has(_events("After the fall, the Chilean senator was told to visit a doctor."), root="04")
    assert _has(_events("The Chilean senator visited Peru on Monday."), root="04")


# ---- actors: a demonym two countries share (session 18)

def test_an_ambiguous_demonym_never_takes_a_third_countrys_story():
    evs = _events("OSLO (Reuters) - Norway's prime minister met business leaders on Monday. The Korean government "
                  "said it would answer the new export rules.")
    korean = [e for e in _has(evs, root="01") if "Korean" in (e.source_text or "")]
    assert korean and all(not (e.source_code or "").startswith("NOR") for e in korean)


def test_an_ambiguous_demonym_takes_the_story_country_it_may_mean():
    evs = _events("SEOUL (Reuters) - South Korea's president met business leaders on Monday. The Korean "
                  "government said it would answer the new export rules.")
    korean = [e for e in _has(evs, root="01") if "Korean" in (e.source_text or "")]
    assert korean and all((e.source_code or "").startswith("KOR") for e in korean)


def test_a_politician_firing_back_at_critics_speaks():
    evs = _events("The Nigerian senator fired back at his critics on Sunday.")
    assert _has(evs, root="11") and not _has(evs, root="19")
    assert _has(_events("Nigerian soldiers fired at the crowd."), root="19")


def test_a_journalist_reporting_relays_the_news():
    evs = _events("A Reuters photographer at the Kenyan port reported hearing two blasts.")
    assert not _has(evs, root="01")
    assert _has(_events("The Kenyan health ministry reported 40 new cases."), root="01")
    # a journalist's own account of what was done to them stays a statement
    assert _has(_events("A Kenyan journalist said he was beaten by police."), root="01")
