"""Event coding, round 21 of issue 11 (branch viol19): force, violence and arrests (CAMEO roots 15-20) as local
and wire news word them -- the precision side (an attack of an illness, a stampede that kills, clashes said to be
frequent, firms cracking down on customers, rescuers snatching people from the sea, roads closed by snow, a firm
fighting for survival, acts dated decades back) and the sides (a passive coordinated with an active verb:
"surrendered and were detained"; a patrol that came under fire and lost men).

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has

_FORCE = ("18", "19", "20")


def _force(evs):
    return [e for e in evs if e.cameo_root in _FORCE]


# ------------------------------------------------------------------ no force

@pytest.mark.parametrize("text", [
    "A retired postman from Leeds died of a suspected heart attack while walking his dog.",
    "The striker had a panic attack in the tunnel before kick-off.",
    "Her son suffered a severe asthma attack at school on Tuesday.",
])
def test_an_attack_of_an_illness_is_no_force(text):
    assert not _force(_events(text)), text


@pytest.mark.parametrize("text", [
    "Gunmen carried out an attack on a police post near the border on Sunday.",
    "The raid on the army post left four recruits dead.",
])
def test_an_attack_on_an_armed_post_is_force_not_words(text):
    evs = _events(text)
    assert _has(evs, root="19"), text
    assert not _has(evs, root="11"), text


def test_an_attack_in_a_post_online_stays_words():
    evs = _events("The councillor attacked the mayor in a Facebook post on Sunday.")
    assert _has(evs, code="111") and not _force(evs)


@pytest.mark.parametrize("text", [
    "Stampede Kills Seven At Temple Festival",
    "Crush Kills Three At Concert Gates",
])
def test_a_stampede_or_crush_in_a_headline_is_no_attack(text):
    assert not _force(_events(text)), text


def test_a_bomb_in_a_headline_stays_an_attack():
    assert _force(_events("Car Bomb Kills Seven At Market"))


@pytest.mark.parametrize("text", [
    "Ambushes are frequent on the northern road, but the last convoy got through unharmed.",
    "Kidnappings are common in the province, the report said.",
])
def test_acts_said_to_be_frequent_name_a_kind_of_act(text):
    assert not _force(_events(text)), text


def test_one_clash_said_to_be_rare_is_still_coded():
    evs = _events("The clash between the two militias on Monday was rare for the district, officials said.")
    assert _has(evs, root="19"), "a clash with its determiner is one act"


@pytest.mark.parametrize("text", [
    "Mobile operators are cracking down on customers who skip their bills.",
    "The water company cracked down on households that water their lawns at noon.",
])
def test_firms_cracking_down_on_customers_repress_no_one(text):
    assert not _has(_events(text), root="17"), text


def test_police_cracking_down_on_protesters_stays_repression():
    assert _has(_events("Riot police cracked down on student protesters in the capital."), code="175")


def test_rescuers_snatching_people_from_the_sea_seize_nothing():
    text = "Lifeboat crews were praised for snatching three swimmers from the waves off the pier."
    assert not _has(_events(text), root="17")


def test_a_child_snatched_is_abducted():
    assert _has(_events("A stranger snatched a toddler from a pushchair outside the bakery."), code="181")


@pytest.mark.parametrize("text", [
    "Drifting snow forced the county to close the mountain highway on Friday.",
    "The swimming baths were shut for repairs after the boiler failed.",
])
def test_closures_for_weather_or_repairs_are_no_sanction(text):
    assert not _has(_events(text), root="17"), text


def test_a_ban_by_the_government_stays_a_sanction():
    assert _has(_events("The government banned the opposition party on Tuesday."), code="172")


def test_a_firm_fighting_for_survival_uses_no_force():
    assert not _force(_events("The family bakery is fighting for survival since the supermarket opened."))


def test_troops_fighting_for_a_town_use_force():
    assert _has(_events("Government troops fought rebels for control of the town on Monday."), root="19")


# ------------------------------------------------------------------ history

_LEAD = "The town council met on Monday to plan the summer fair. "


@pytest.mark.parametrize("text", [
    _LEAD + "Her uncle was killed in the fighting in the 1980s.",
    _LEAD + "The old mill was burned down by soldiers decades ago.",
    _LEAD + "Few families returned after the siege of 1993, when militias shelled the valley.",
])
def test_acts_dated_long_before_the_story_are_background(text):
    assert not _force(_events(text, published="2021-05-10")), text


def test_an_act_of_this_year_is_news():
    evs = _events(_LEAD + "Her uncle was killed in the fighting in March.", published="2021-05-10")
    assert _force(evs)


# ------------------------------------------------------------------ sides

@pytest.mark.parametrize("text", [
    "Four men surrendered to officers at the farm and were arrested.",
    "The driver resisted but was detained after a short chase.",
])
def test_a_passive_coordinated_with_an_active_verb_has_the_subject_as_its_target(text):
    evs = _has(_events(text), code="173")
    assert evs, text
    assert all(e.target_text and not (e.source_text or "").startswith(e.target_text) for e in evs), text


def test_a_shared_doer_of_two_passives_is_kept():
    evs = _has(_events("The two suspects were stopped and detained by border guards."), code="173")
    assert evs and all(e.source_text == "border guards" for e in evs)


@pytest.mark.parametrize("text", [
    "Two soldiers died when their patrol came under fire near the village.",
    "Peacekeepers came under fire on the road south of the airport.",
])
def test_coming_under_fire_with_losses_or_as_a_unit_is_force(text):
    evs = _events(text)
    assert _has(evs, code="190"), text
    assert not _has(evs, root="11"), text


@pytest.mark.parametrize("text", [
    "The sheriff came under fire from parents after a pupil was killed in a crash.",
    "The minister came under fire over the delays to the new hospital.",
])
def test_coming_under_fire_from_critics_stays_criticism(text):
    evs = _events(text)
    assert _has(evs, root="11"), text
    assert not _has(evs, code="190"), text


@pytest.mark.parametrize("text", [
    "Deputies arrested and charged a 41-year-old roofer with theft.",
    "Officers detained and questioned two brothers from the estate.",
])
def test_a_verb_before_and_shares_the_object_of_the_next(text):
    evs = _has(_events(text), code="173")
    assert evs and all(e.target_text for e in evs), text


def test_a_verb_with_its_own_phrase_keeps_no_raised_object():
    evs = _events("The crowd marched to the square and burned a police car.")
    assert not any(e.target_text for e in evs if e.rule_id.startswith("V14")), "the march was to the square"


@pytest.mark.parametrize("text", [
    "The gunman later shot himself in a stairwell.",
    "Police said the driver had tried to kill himself.",
])
def test_harming_oneself_is_no_attack(text):
    assert not _force(_events(text)), text


def test_shooting_another_and_then_oneself_keeps_the_attack():
    assert _force(_events("The man shot his neighbour and then himself."))


@pytest.mark.parametrize("text", [
    "A man stabbed and killed his landlord on Sunday.",
    "A teenager shot and wounded a shopkeeper in Leeds.",
])
def test_two_coordinated_verbs_of_a_noun_lead_are_active(text):
    evs = _force(_events(text))
    assert evs, text
    assert all(e.source_text and e.target_text and e.source_text != e.target_text for e in evs), text


def test_a_participle_with_its_doer_stays_passive():
    evs = _force(_events("A woman stabbed by her neighbour was taken to hospital."))
    assert evs and all(e.target_text == "A woman" for e in evs)


def test_a_gerund_after_prior_to_is_done_by_the_clause_subject():
    evs = _has(_events("Officers seized a rifle from the van prior to transporting Dale Hurst to jail."), code="173")
    assert evs and all(e.source_code and e.source_code.endswith("COP") for e in evs)


@pytest.mark.parametrize("text", [
    "There were no roads closed over the weekend, the sheriff said.",
    "There were no fans arrested at the derby.",
])
def test_a_participle_on_a_noun_with_no_is_negated(text):
    evs = [e for e in _events(text) if e.cameo_root == "17"]
    assert evs and all(e.modality == "negated" for e in evs), text


def test_a_participle_on_a_counted_noun_is_asserted():
    assert _has(_events("There were six fans arrested at the derby."), code="173", modality="asserted")


@pytest.mark.parametrize("text", [
    "A prison guard was killed when armed men stormed the gate at dawn.",
    "A teacher was wounded as gunmen opened fire on the school bus.",
])
def test_a_when_clause_of_attack_names_the_doer_of_an_agentless_killing(text):
    evs = [e for e in _force(_events(text)) if e.source_text]
    assert evs, text
    assert all(e.source_text in ("armed men", "gunmen") for e in evs), text


def test_a_when_clause_of_a_crash_names_no_doer():
    assert not _force(_events("Two cyclists were killed when a lorry hit them on the bypass."))
