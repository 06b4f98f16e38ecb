"""Police, violent and agentless events as real news reports them, round 11 of issue 11 (branch events9v).

Arrests and killings with and without a named doer, reported inside statements ("police said two men were
arrested"), named by a noun with a relative clause ("the strike that killed four"), and disasters told in the
same words ("the driver was killed") that must get no violent code (18-20) when the story is an accident.
Every sentence is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

VIOLENT = {"18", "19", "20"}
COUNTED = ("asserted", "reported")

# (text, what a coder must find, or None for a disaster that must get no 18-20). What must be found is a root, "V"
# for any of 18-20, "A+B" for both, or "A/B" for A, with B also right when coded (a reference to an act told before).
CASES = [
 ("Police arrested two men after a shooting outside a nightclub on Saturday.", "17+V"),
 ("Two teenagers were arrested on Sunday in connection with the robbery.", "17"),
 ("Police said three men were detained after a brawl at a football match.", "17+V"),
 ("Authorities detained dozens of protesters in the capital overnight.", "17"),
 ("A 34-year-old woman was taken into custody after the stabbing, officers said.", "17/V"),
 ("The arrest of the former mayor came after a two-year investigation.", "17"),
 ("Officers arrested a man suspected of setting fire to a mosque.", "17"),
 ("Five suspects were later apprehended by border guards.", "17"),
 ("A man has been charged with murder over the death of his neighbour.", "11"),
 ("Police raided the headquarters of the opposition party and seized computers.", "17"),
 ("A man was stabbed outside a bar in the city centre late on Friday.", "V"),
 ("Gunmen shot dead four villagers in an attack on Tuesday night.", "V"),
 ("Police said two people were killed in a shooting at a shopping mall.", "V"),
 ("The strike that killed four fighters hit a house near the border.", "V"),
 ("A roadside bomb killed three soldiers on patrol in the north.", "V"),
 ("Two police officers were wounded when gunmen opened fire on their car.", "V"),
 ("Security forces opened fire on demonstrators, killing at least five, witnesses said.", "V"),
 ("A suicide bomber blew himself up at a checkpoint, wounding nine people.", "V"),
 ("The attack on the convoy left seven soldiers dead.", "V"),
 ("A teenager was shot and killed near his home on Sunday evening.", "V"),
 ("Officers shot a man who had threatened them with a knife, police said.", "V"),
 ("Clashes between police and students left dozens injured.", "V"),
 ("One guard was killed and another hurt in shelling by the militia on Friday, the army said.", "V"),
 ("HOUSTON (AP) — Police said two men were arrested after a shooting that left one person dead.", "17+V"),
 ("Officials say a knife attack that killed a rider on a tram may have begun over a seat.", "V"),
 ("A man was found dead with gunshot wounds in a parked car, police said.", "V"),
 ("Three protesters died of gunshot wounds after troops fired on the crowd.", "V"),
 ("The suspect was shot by officers after he pulled a gun.", "V"),
 ("Rebels said government drones had been striking their positions for a week.", "V"),
 ("A police officer was suspended after video showed him beating a handcuffed man.", "V"),
 ("Mob Lynches Man Accused Of Theft In Village Market", "V"),
 ("Dozens of activists have been detained since the protests began, a rights group said.", "17"),
 ("Both deaths came from bullet wounds, the coroner said.", "V"),
 ("Four people were killed when a bus overturned on a mountain road.", None),
 ("A 15-year-old driver died after his car hit a tree on the highway.", None),
 ("Two hikers were killed by an avalanche in the Alps on Sunday.", None),
 ("Flooding has killed at least 30 people across the region, officials said.", None),
 ("Three workers were injured in an explosion at a chemical plant.", None),
 ("The earthquake destroyed hundreds of homes and killed 12 people.", None),
 ("A woman died in a house fire in the early hours of Tuesday, firefighters said.", None),
 ("A car crashed into a wall on the motorway. The passenger was killed, and the driver was taken to hospital.", None),
 ("A storm brought down trees and power lines across the county. Two people were killed by falling branches.", None),
 ("Police said a cyclist was killed in a collision with a lorry on Monday.", None),
 ("A wildfire has destroyed 200 homes and forced thousands to flee.", None),
 ("The plane crashed shortly after take-off, killing all 60 people on board.", None),
 ("Police closed the road after a gas leak, and no one was hurt.", None),
 ("A van left the road and struck a lamppost. Its driver was killed instantly, police said.", None),
]


def _roots(text: str) -> list[str]:
    return [e.cameo_root for e in _events(text) if e.modality in COUNTED]


def _kinds(spec: str) -> tuple[list[set[str]], set[str]]:
    """The root sets a spec requires, and every root it accepts."""
    def roots(part: str) -> set[str]:
        return VIOLENT if part == "V" else {part}
    required = [roots(p) for p in spec.split("/")[0].split("+")]
    accepted = set().union(*required, *(roots(p) for p in spec.split("/")[1:]))
    return required, accepted


def _check_set() -> dict[str, float]:
    """Recall of the required roots, the share of disasters with no 18-20, and the precision of the 17-20
    events coded (an arrest or violent event where the check set accepts none of its kind is wrong)."""
    found = expected = clean = disasters = right = wrong = 0
    for text, spec in CASES:
        roots = _roots(text)
        if spec is None:
            disasters += 1
            clean += not set(roots) & VIOLENT
            wrong += sum(r in VIOLENT or r == "17" for r in roots)
            continue
        required, accepted = _kinds(spec)
        expected += len(required)
        found += sum(bool(set(roots) & want) for want in required)
        right += sum(r in accepted for r in roots)
        wrong += sum((r in VIOLENT or r == "17") and r not in accepted for r in roots)
    return {"recall": found / expected, "disasters_clean": clean / disasters, "precision": right / (right + wrong)}


def test_check_set_figures():
    # main at 43ee89d: recall 0.833 (30 of 36 required roots), disasters clean 11/14, precision 0.895;
    # this round: 0.972 (35/36), 14/14, 0.975
    figures = _check_set()
    assert figures["recall"] >= 0.97, figures
    assert figures["disasters_clean"] == 1.0, figures
    assert figures["precision"] >= 0.95, figures


# ------------------------------------------------------------------ accident-context

@pytest.mark.parametrize("text", [
    "A lorry skidded on the ice and overturned near the junction. Its driver was killed, police said.",
    "The minibus slammed into a tree on the coast road. Six passengers were injured.",
    "A fire tore through the warehouse overnight. Two night guards were killed.",
])
def test_an_agentless_death_in_an_accident_story_is_no_attack(text):
    assert not set(_roots(text)) & VIOLENT, text


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a minibus near the junction. Its driver was killed, police said.",
    "A car bomb went off outside the ministry. Two guards were killed.",
    "The car crashed into a barrier after the chase. The driver was later shot dead by an unknown attacker.",
    "Troops stormed the building on Monday. Five people were killed.",
])
def test_an_agentless_death_in_an_attack_story_stays_violent(text):
    assert set(_roots(text)) & VIOLENT, text


def test_the_story_window_is_the_few_sentences_before():
    text = ("A bus crashed into a wall on Monday morning. Nobody was hurt. The road reopened at noon. "
            "Traffic was heavy all day. On Tuesday night two teenagers were killed near the station.")
    assert set(_roots(text)) & VIOLENT


# ------------------------------------------------------------------ toll-clauses

def test_a_toll_clause_names_the_victims_of_an_attack_noun():
    evs = _has(_events("The strike that killed four fighters hit a house near the border."), root="19")
    assert evs and any(e.target_text and "fighters" in e.target_text for e in evs)


def test_a_toll_clause_asserts_the_attack_a_hedge_follows():
    evs = [e for e in _events("Officials say a shooting that wounded two guards may have been a robbery.")
           if e.cameo_root in VIOLENT]
    assert evs and all(e.modality in COUNTED for e in evs)
    assert any(e.target_text and "guards" in e.target_text for e in evs)


def test_a_planned_attack_in_a_clause_is_not_a_toll():
    evs = [e for e in _events("Officials say an attack that would kill dozens may have been planned.")
           if e.cameo_root in VIOLENT]
    assert all(e.modality not in COUNTED for e in evs)


# ------------------------------------------------------------------ unnamed protesters (AL-protest agent)

def test_unnamed_protesters_are_civilians_of_the_country_of_the_protest():
    evs = _has(_events("Protests broke out in Nairobi after the vote."), root="14")
    assert evs and all(e.source_code == "KENCVL" for e in evs)


def test_named_protesters_keep_their_own_code():
    evs = _has(_events("Kenyan opposition supporters staged protests in Nairobi after the vote."), root="14")
    assert evs and all(e.source_code != "KENCVL" for e in evs)


# ------------------------------------------------------------------ shared-adjuncts

def test_coordinated_passives_share_the_attack_they_were_done_in():
    evs = _has(_events("One guard was killed and two were hurt in an ambush by bandits."), root="19")
    assert evs and any(e.source_text and "bandits" in e.source_text and e.target_text
                       and "guard" in e.target_text for e in evs)


def test_a_passive_alone_keeps_no_source_without_an_attack():
    evs = _has(_events("One guard was killed and two were hurt on Monday night."), root="19")
    assert evs and all(not e.source_text for e in evs)


# ------------------------------------------------------------------ arrests as police reports word them

@pytest.mark.parametrize("text,arrest", [
    ("The driver was booked into the city jail on a theft charge.", True),
    ("The suspect is being held without bail at the county jail.", True),
    ("Two men were held on suspicion of arson.", True),
    ("The two men were taken to the county jail after the brawl.", True),
    ("The club booked the hall into next year.", False),
    ("The team held on to win the final.", False),
    ("They held the vote without a debate.", False),
    ("The injured man was taken to hospital.", False),
])
def test_arrests_as_police_reports_word_them(text, arrest):
    assert bool(_has(_events(text), root="17")) == arrest, text


# ------------------------------------------------------------------ complement participles (roles reversed)

@pytest.mark.parametrize("text", [
    "A farmer was found shot dead behind his barn on Sunday.",
    "A teacher was found stabbed in the back room.",
    "Two men were found beaten near the bridge.",
])
def test_found_shot_makes_the_found_the_victim(text):
    evs = [e for e in _events(text) if e.cameo_root in VIOLENT]
    assert evs and all(e.target_text and not e.source_text for e in evs), text


def test_a_complement_with_its_own_infinitive_keeps_its_subject():
    evs = [e for e in _events("The minister was asked to resign.") if e.cameo_root == "08"]
    assert all(e.source_text for e in evs)


# ------------------------------------------------------------------ gunfights

def test_exchanging_fire_is_force_both_ways():
    evs = _has(_events("Smugglers exchanged fire with border guards for an hour."), root="19")
    assert {(e.source_text, e.target_text) for e in evs} >= {("Smugglers", "border guards"), ("border guards", "Smugglers")}
    assert not _has(_events("The two leaders exchanged views on trade."), root="19")


def test_a_shootout_between_two_sides():
    evs = _has(_events("A shootout between police and robbers left two dead."), root="19")
    assert len(evs) >= 2 and all(e.source_text and e.target_text for e in evs)


def test_a_missile_hitting_a_bus_is_no_road_accident():
    assert set(_roots("A missile hit a bus near the front line. Six passengers were killed.")) & VIOLENT


# ------------------------------------------------------------------ indefinite-acts

def test_an_act_named_with_an_indefinite_article_is_reported():
    evs = _events("Two men were arrested after a shooting at a bar on Friday.")
    assert _has(evs, root="17") and _has(evs, root="19")


@pytest.mark.parametrize("text", [
    "He has written about such attacks for years.",
    "There is no evidence of an attack.",
    "Officials warned of a possible attack on the capital.",
])
def test_references_and_hedged_acts_are_not_counted(text):
    assert not [e for e in _events(text) if e.cameo_root in VIOLENT and e.modality in COUNTED], text


# ------------------------------------------------------------------ wounds

@pytest.mark.parametrize("text,root", [
    ("A farmer was found dead with gunshot wounds behind his barn.", "19"),
    ("The cook died of stab wounds in hospital.", "18"),
    ("Two guards were treated for bullet wounds after the raid.", "19"),
])
def test_wounds_of_an_attack_name_its_victim(text, root):
    evs = _has(_events(text), root=root)
    assert evs and all(e.target_text and not e.source_text for e in evs), text


def test_wounds_of_no_attack_are_no_event():
    assert not [e for e in _events("The striker missed the final with a knee injury.") if e.cameo_root in VIOLENT]
