"""Police, violence and protest on real-news wording, round 12 of issue 11 (branch crime10).

A check set of police and violence sentences as newspapers write them -- arrests and detentions with and
without a named doer, passives, nouns ("the killing of"), headlines, killings reported in statements -- and
sentences that use the same words for something else and must code no force or arrest: figurative attacks,
sports results ("beat Chile 3-1", "shot a 68"), disasters and accidents ("killed when they fell"). Then one
test per round-12 rule. Every sentence is written for these tests (none is taken from a gold set, a real
article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

VIOLENT = {"18", "19", "20"}
COUNTED = ("asserted", "reported")

# (text, kinds a coder must find): "A" an act of coercion (root 17: arrest, detention, raid, sentence), "K" an
# act of force (18-20), "P" a protest (14), joined by "+"; "-" for none of 14 and 17-20 (figurative, sports,
# disasters). The first block was written with the round's first fixes; the second (HELD_OUT) afterwards, and
# measured before any further change (see test_check_set_figures).
CASES = [
    # arrests and detentions, with and without a named doer
    ("Police said they arrested a 23-year-old man at his home in Leeds on Thursday.", "A"),
    ("Two brothers were detained at Lagos airport on Monday.", "A"),
    ("A man has been arrested on suspicion of murder after a woman was found dead in Bristol.", "A"),
    ("Officers detained the driver after a chase through the town centre.", "A"),
    ("The former minister was taken into police custody in Nairobi.", "A"),
    ("Three suspects have been arrested over the theft of copper cables.", "A"),
    ("Dutch police have arrested a teenager in connection with the attack on a synagogue.", "A+K"),
    ("Riot police detained more than 200 people during the march in Minsk.", "A"),
    ("Police raided several homes in the east of the city early on Tuesday.", "A"),
    ("Police Arrest Three Over Bank Robbery", "A"),
    ("Kenyan police arrested two opposition MPs in Nairobi on Monday.", "A"),
    ("Police in Karachi said they had arrested four men over the killing of a cleric.", "A+K"),
    ("The arrests came hours after a gunman opened fire at a wedding party.", "A+K"),
    ("A 52-year-old man remains in custody, a police spokeswoman said.", "A"),
    ("Immigration officers detained the journalist at the border for six hours.", "A"),
    ("Prosecutors said the suspect was arrested in Spain and extradited last month.", "A"),
    ("More than 40 people were rounded up after the riot, state media reported.", "A"),
    ("The pair were jailed for life for the murder of a pensioner.", "A+K"),
    ("He was sentenced to ten years in prison for armed robbery.", "A"),
    ("Border guards caught five smugglers trying to cross the river.", "A"),
    # killings, shootings, stabbings, assaults
    ("A man was shot dead outside a supermarket in Johannesburg on Sunday.", "K"),
    ("A shopkeeper died after being stabbed during a robbery on Saturday night.", "K"),
    ("The killing of a journalist in Mexico has drawn condemnation from press groups.", "K"),
    ("Police are investigating the murder of a 19-year-old student.", "K"),
    ("Two people were killed when gunmen attacked a bus in northern Mali.", "K"),
    ("The victim was beaten to death with a metal bar, prosecutors said.", "K"),
    ("Clashes between rival gangs left three dead in the capital.", "K"),
    ("At least 12 civilians were killed in air strikes on the town, residents said.", "K"),
    ("The soldier opened fire on his comrades, killing two.", "K"),
    ("A grenade attack on a market wounded 15 people.", "K"),
    ("A police officer was shot and wounded during a traffic stop.", "K"),
    ("Masked men kidnapped a businessman from his car in Port Harcourt.", "K"),
    ("Police said the woman had been strangled.", "K"),
    ("Gunmen Kill Five In Attack On Village", "K"),
    ("A man was shot dead by police in Lagos on Friday.", "K"),
    ("Two students were killed in an attack on a school in Peshawar.", "K"),
    ("A 17-year-old was fatally stabbed at a party on Saturday.", "K"),
    ("A fight broke out between two men on a bus on Tuesday.", "K"),
    ("The man punched a ticket inspector and fled.", "K"),
    ("Witnesses said troops used live ammunition against the crowd.", "K"),
    ("Rioters smashed the windows of shops along the main street.", "P"),
    ("An off-duty officer was assaulted by a group of youths outside a nightclub.", "K"),
    ("The bodies of three men with bullet wounds were found on a farm.", "K"),
    ("A pensioner was mugged and robbed of his savings in the park.", "K"),
    ("A car bomb exploded outside a police station, killing four officers.", "K"),
    ("Unidentified gunmen abducted 20 students from a school in the north.", "K"),
    # protest
    ("Thousands of people marched through the capital to demand the president's resignation.", "P"),
    ("Demonstrators blocked the main highway for several hours.", "P"),
    ("Hundreds of workers went on strike over unpaid wages.", "P"),
    ("Police fired tear gas to disperse protesters outside parliament.", "A"),
    ("Farmers staged a sit-in outside the agriculture ministry.", "P"),
    # figurative, sports and disasters: no 17-20
    ("The opposition leader attacked the government's budget as reckless.", "-"),
    ("Critics slammed the decision to close the hospital.", "-"),
    ("The new policy has killed any hope of a deal.", "-"),
    ("Sales of electric cars shot up by 40 per cent last year.", "-"),
    ("The company was hit hard by the fall in oil prices.", "-"),
    ("Shares in the airline crashed after the profit warning.", "-"),
    ("The minister fought back tears as she announced her resignation.", "-"),
    ("His fight with cancer ended last spring.", "-"),
    ("The fight for suburban voters is heating up.", "-"),
    ("Brazil beat Argentina 3-1 in Sunday's qualifier.", "-"),
    ("The striker shot wide from close range in the final minute.", "-"),
    ("The champions crushed their rivals 5-0 on Saturday.", "-"),
    ("Ajax thrashed PSV to go top of the league.", "-"),
    ("The Lakers defeated the Celtics 104-99 in overtime.", "-"),
    ("She fired a 66 to take a two-shot lead after the first round.", "-"),
    ("Five people died after heavy rain triggered a landslide in the hills.", "-"),
    ("A landslide buried a village, killing at least 20 people.", "-"),
    ("The tornado flattened homes and killed four people in Alabama.", "-"),
    ("Two climbers were killed when they fell from a ridge.", "-"),
    ("A train derailed near the border, killing eight passengers.", "-"),
    ("A boy drowned while swimming in the river on Sunday.", "-"),
    ("Lightning struck a school, injuring six pupils.", "-"),
    ("The blast at the fireworks factory killed 11 workers.", "-"),
    ("A gas explosion destroyed a block of flats, killing three residents.", "-"),
    ("Three fishermen were killed when their boat capsized in a storm.", "-"),
    ("A worker was crushed to death by a falling beam at the building site.", "-"),
    ("The heatwave has killed hundreds of elderly people across the country.", "-"),
]

HELD_OUT = [
    ("Detectives arrested a 31-year-old woman at an address in Glasgow on Wednesday evening.", "A"),
    ("Four people have been detained in connection with the fire at the mosque.", "A"),
    ("The singer was arrested at Heathrow and later released on bail.", "A"),
    ("Police said they had detained the driver of the lorry.", "A"),
    ("Security forces rounded up dozens of young men in the village overnight.", "A"),
    ("A teacher has been charged with assaulting a pupil.", "K"),
    ("The mayor was taken into custody on corruption charges.", "A"),
    ("Soldiers raided the offices of an opposition newspaper in the capital.", "A"),
    ("Officers Detain Dozens After Clashes At Stadium", "A+K"),
    ("The court sentenced the former police chief to 12 years in prison.", "A"),
    ("A man in his 40s was shot dead in front of his children in Belfast.", "K"),
    ("A woman was stabbed to death in her flat on Sunday, police said.", "K"),
    ("The murder of the activist sparked protests across the country.", "K+P"),
    ("Two guards died after being shot during an attempted robbery.", "K"),
    ("Gunmen on motorbikes killed a local chief in the east.", "K"),
    ("A bomb tore through a crowded market, killing at least 30 people.", "K"),
    ("Police shot and wounded a man who was waving a machete.", "K"),
    ("Clashes between soldiers and militants killed six on Friday.", "K"),
    ("A teenager was beaten unconscious by a gang of youths.", "K"),
    ("The victim was kicked and punched repeatedly, the court heard.", "K"),
    ("A brawl between fans broke out after the final whistle.", "K"),
    ("Protesters hurled stones at police, who responded with tear gas.", "P+A"),
    ("Hundreds of students rallied outside the ministry on Thursday.", "P"),
    ("Residents blocked the road to protest against the new dump.", "P"),
    ("The senator attacked the plan in a television interview.", "-"),
    ("The proposal was shot down by the committee.", "-"),
    ("The coach said his team had been beaten by the better side.", "-"),
    ("Chelsea beat Arsenal 2-0 at Stamford Bridge.", "-"),
    ("The rookie shot a 68 in the second round.", "-"),
    ("Three people were killed when their car hit a tree.", "-"),
    ("Flash floods killed at least 14 people in the south.", "-"),
    ("A hiker died after falling 30 metres down a gully.", "-"),
    ("Two miners were killed when a tunnel collapsed.", "-"),
    ("The virus has killed more than 2,000 people in the region.", "-"),
    ("A fire at a care home killed six residents overnight.", "-"),
    ("The quake flattened buildings and killed dozens.", "-"),
    ("Prices were slashed across the store.", "-"),
    ("The bill was killed in committee last year.", "-"),
]

_KIND_ROOTS = {"A": {"17"}, "K": VIOLENT, "P": {"14"}}


def _roots(text: str, counted: bool = False) -> set[str]:
    """The CAMEO roots coded in `text` (with `counted`, of the asserted and reported events only)."""
    return {e.cameo_root for e in _events(text) if not counted or e.modality in COUNTED}


def _kinds(text: str) -> set[str]:
    roots = _roots(text, counted=True)
    return {k for k, want in _KIND_ROOTS.items() if roots & want}


def check_set(cases) -> dict[str, tuple[int, int, int, int]]:
    """Per kind: (found, expected, right, predicted) over the cases; a kind coded where the case does not
    list it is wrong (a sports result coded as force, a protest coded for a riot's arrests)."""
    out = {k: [0, 0, 0, 0] for k in _KIND_ROOTS}
    for text, spec in cases:
        want = set() if spec == "-" else set(spec.split("+"))
        got = _kinds(text)
        for k, row in out.items():
            row[0] += k in want and k in got
            row[1] += k in want
            row[2] += k in got and k in want
            row[3] += k in got
    return {k: tuple(v) for k, v in out.items()}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def test_check_set_figures():
    # main (e13b8dd; ae3bd1a has the same event coder): coercion (17) recall 29/31, precision 29/30; force (18-20)
    # recall 33/42 = 0.79, precision 33/38 = 0.87 (a football score, a lost game, a climbing fall and a miners'
    # tunnel coded as force); protest 6/9. This round: 17 recall 30/31, precision 30/31; force 39/42 = 0.93,
    # precision 39/39; protest 8/9.
    # The held-out block alone: main force recall 11/13, precision 11/14; this round 12/13, 12/12 (three of its
    # labels were corrected after its first run, by the codebook: stones thrown by protesters are 145, a fire is
    # no force, a charge is 115).
    figures = check_set(CASES + HELD_OUT)
    found, expected, right, predicted = figures["A"]
    assert _ratio(found, expected) >= 0.93 and _ratio(right, predicted) >= 0.93, figures
    found, expected, right, predicted = figures["K"]
    assert _ratio(found, expected) >= 0.9 and _ratio(right, predicted) >= 0.97, figures


@pytest.mark.parametrize("text", [t for t, spec in CASES + HELD_OUT if spec == "-"])
def test_figurative_sports_and_disasters_code_no_force(text):
    assert not _roots(text, counted=True) & VIOLENT, text


# ------------------------------------------------------------------ SE-sports-score, SE-beat-team

@pytest.mark.parametrize("text,force", [
    ("Peru beat Chile 2-1 on Tuesday night.", False),
    ("The Hawks crushed the Owls 98-70 on Friday.", False),
    ("Our side was beaten by a much better team.", False),
    ("Police beat three protesters with batons.", True),
    ("Troops crushed the uprising in the east within a week.", False),     # 175, not force
])
def test_a_game_result_is_no_force(text, force):
    assert bool(_roots(text) & VIOLENT) == force, text


def test_a_score_does_not_excuse_a_killing():
    assert _has(_events("Gunmen killed 3 villagers and wounded 12 in the attack."), root="19")


# ------------------------------------------------------------------ SE-accident-cause

@pytest.mark.parametrize("text", [
    "Two hikers were killed when they fell from a ledge.",
    "A diver was hurt after his boat capsized off the cape.",
    "Four workers were killed when the scaffolding collapsed.",
])
def test_a_mishap_told_as_the_cause_is_no_attack(text):
    assert not _roots(text) & VIOLENT, text


def test_an_attack_told_as_the_cause_stays_force():
    assert _has(_events("Two guards were killed when gunmen stormed the bank."), root="19")


# ------------------------------------------------------------------ N18-fight and its senses

def test_a_fight_that_broke_out_is_an_assault():
    assert _has(_events("A fight broke out between two men on the late bus."), root="18")


@pytest.mark.parametrize("text", [
    "Her long fight with cancer ended last spring.",
    "The fight for suburban voters is heating up.",
    "A legal fight over the will dragged on for years.",
    "The title fight was postponed until March.",
    "The fight against poverty is far from won.",
])
def test_a_fight_that_is_a_struggle_or_a_contest_is_no_force(text):
    assert not _roots(text) & VIOLENT, text


@pytest.mark.parametrize("text", [
    "Turkey's fight against the Kurdish militants went on.",
    "The airfield serves the fight against the Islamic State group.",      # an IMG group is armed
])
def test_a_fight_with_an_armed_side_is_military_force(text):
    evs = _has(_events(text), root="19")
    assert evs and all(e.cameo_code == "190" for e in evs), text


# ------------------------------------------------------------------ one-side-between

def test_one_plural_side_between_is_the_source():
    evs = _has(_events("Clashes between rival gangs left three dead in the capital."), root="19")
    assert evs and evs[0].source_text == "rival gangs"


def test_two_sides_between_keep_both_directions():
    # session 22 (convention protest-clashes): with protesters on one side the clash is their violent protest (145)
    # and the police's repression (175); both directions kept
    evs = _events("Clashes between police and protesters left dozens injured.")
    assert {(e.cameo_code, e.source_text, e.target_text) for e in evs} >= {("175", "police", "protesters"),
                                                                           ("145", "protesters", "police")}


# ------------------------------------------------------------------ victims-first

def test_the_victim_named_by_age_is_the_target_not_a_party_in_a_place_phrase():
    evs = _has(_events("A 19-year-old was stabbed at a party in the suburbs on Saturday."), root="18")
    assert evs and all(e.target_text == "A 19-year-old" and not (e.target_code or "").endswith("PTY")
                       for e in evs)


def test_a_resolved_object_stays_the_target():
    evs = _has(_events("Gunmen shot two soldiers at a checkpoint near the border."), root="19")
    assert evs and all("soldiers" in (e.target_text or "") for e in evs)


# ------------------------------------------------------------------ purpose-acts

def test_force_done_for_a_purpose_of_the_same_root_is_done():
    evs = _has(_events("Police fired tear gas to disperse the protesters outside parliament."), root="17")
    assert [e.modality for e in evs] == ["asserted"] and "protesters" in (evs[0].target_text or "")


def test_a_purpose_of_another_root_stays_planned():
    evs = _events("Troops shelled the town to drive out the rebels.")
    assert _has(evs, root="19", modality="asserted") and _has(evs, root="17", modality="planned")


# ------------------------------------------------------------------ occasion-targets, armed strikes

def test_the_attack_people_were_killed_in_is_one_act():
    evs = [e for e in _events("Two students were killed in an attack on a school in the north.")
           if e.cameo_root in VIOLENT]
    assert len(evs) == 1 and "students" in (evs[0].target_text or "")


def test_an_air_strike_on_people_is_armed_force():
    evs = [e for e in _events("At least 12 civilians were killed in air strikes on the town.")
           if e.cameo_root in VIOLENT]
    assert evs and all(e.cameo_root == "19" for e in evs)


# ------------------------------------------------------------------ caused-acts

@pytest.mark.parametrize("text,root", [
    ("The verdict sparked protests in several cities.", "14"),
    ("The police raid triggered clashes in the old town.", "19"),
])
def test_an_act_that_something_set_off_happened(text, root):
    assert _has(_events(text), root=root), text


def test_an_act_only_mentioned_is_not_set_off():
    assert not _has(_events("The mayor spoke about protests in general."), root="14")


# ------------------------------------------------------------------ round-12 verb rows

@pytest.mark.parametrize("text,code", [
    ("The man punched a ticket inspector and fled.", "182"),
    ("Police said the woman had been strangled.", "182"),
    ("Rioters smashed the windows of shops along the main street.", "145"),     # by rioters: violent protest
    ("Masked men smashed the windows of the party office.", "1712"),
    ("Troops crushed the uprising in the east within a week.", "175"),
    ("The army put down the revolt with tanks.", "175"),
    ("Witnesses said the troops used live ammunition against the crowd.", "193"),
])
def test_round12_verb_rows(text, code):
    assert _has(_events(text), code=code), (text, [(e.cameo_code, e.rule_id) for e in _events(text)])


@pytest.mark.parametrize("text", [
    "He kicked the ball into the empty net.",
    "The storm smashed windows across the town.",
    "The company used its cash to buy back shares.",
])
def test_round12_verb_rows_need_their_objects(text):
    assert not _roots(text) & (VIOLENT | {"17"}), text


# ------------------------------------------------------------------ how often an act was done is no amount

@pytest.mark.parametrize("text", [
    "The suspect was shot three times in the chest.",
    "Prosecutors allege that the defendant stabbed the victim 17 times.",
])
def test_an_act_done_several_times_is_still_done(text):
    assert _roots(text, counted=True) & VIOLENT, text


def test_an_amount_moved_is_still_no_force():
    assert not _roots("The index hit a low and fell three points.") & VIOLENT


# ------------------------------------------------------------------ SE-sports-strokes

@pytest.mark.parametrize("text", [
    "Judge hit two home runs in the seventh inning.",
    "She sank a long putt on the last hole.",
    "He kicked the ball wide from the spot.",
])
def test_strokes_of_a_game_are_play(text):
    assert not _roots(text) & VIOLENT, text


# ------------------------------------------------------------------ fronted adjuncts (modality)

@pytest.mark.parametrize("text", [
    "On the anniversary of a teacher's killing in the north, police offered a reward for information.",
    "Days after the stabbing of a guard at the prison, the minister promised new body cameras.",
])
def test_an_act_in_a_fronted_adjunct_is_not_what_was_promised(text):
    evs = [e for e in _events(text) if e.cameo_root in VIOLENT]
    assert evs and all(e.modality in COUNTED for e in evs), [(e.cameo_code, e.modality) for e in evs]


def test_what_was_promised_stays_planned():
    evs = [e for e in _events("The rebels promised an attack on the capital.") if e.cameo_root in VIOLENT]
    assert evs and all(e.modality == "planned" for e in evs)


# ------------------------------------------------------------------ headline passives tagged as past tense

@pytest.mark.parametrize("text,root,victim", [
    ("Soldiers killed in ambush near the northern border", "19", "Soldiers"),
    ("Opposition leader detained ahead of election", "17", "Opposition leader"),
    ("Woman charged with murder of toddler", "11", "Woman"),
    ("Police officer shot and killed during traffic stop", "19", "Police officer"),
])
def test_a_headline_passive_without_its_auxiliary_has_its_subject_as_target(text, root, victim):
    evs = _has(_events(text), root=root)
    assert evs and all(e.target_text == victim and not e.source_text for e in evs), \
        [(e.cameo_code, e.source_text, e.target_text) for e in evs]


@pytest.mark.parametrize("text", [
    "Gunmen shot at the car before fleeing.",
    "The rebels attacked at dawn.",
])
def test_an_active_verb_without_object_keeps_its_subject_as_source(text):
    evs = [e for e in _events(text) if e.cameo_root in VIOLENT]
    assert evs and all(e.source_text for e in evs), text


# ------------------------------------------------------------------ armed-blasts

@pytest.mark.parametrize("text", [
    "A bomb blast killed ten people at a market on Friday.",
    "Two people were killed in a suicide blast near the mosque.",
])
def test_a_blast_a_weapon_names_is_an_attack(text):
    assert _roots(text, counted=True) & VIOLENT, text


@pytest.mark.parametrize("text", [
    "A gas blast killed ten people at a market on Friday.",
    "Two people were killed in a blast at a fireworks factory.",
])
def test_a_blast_nothing_arms_stays_an_accident(text):
    assert not _roots(text) & VIOLENT, text


# ------------------------------------------------------------------ disaster reports code no force

# Disaster and accident reports of a sentence or two, as wire snippets give them (the maintainers ask for force
# coded in at most 3 % of such reports). Main (e13b8dd, ae3bd1a): 3 of the first 29 (a plane crash, lightning and a
# cyclone "killing" people, counted as attacks); the 20 of DISASTERS_HELD_OUT were written after the fixes: main
# 1 of 20 (a helicopter crash), this round 0.
DISASTERS = [
    'A powerful earthquake struck eastern Turkey on Friday, killing at least 22 people and injuring more than 1,000. Rescue teams searched through the rubble of collapsed buildings overnight.',
    'Typhoon Hagibis battered Japan over the weekend, leaving dozens dead and cutting power to hundreds of thousands of homes.',
    'Hurricane Dorian pounded the Bahamas for two days, flattening entire neighbourhoods.',
    'Flash floods swept through villages in northern Afghanistan, killing 14 people, officials said.',
    'A wildfire tore through the hills above the town, destroying more than 300 homes and forcing 20,000 people to flee.',
    'A stampede at a religious festival killed 12 pilgrims and injured dozens, police said.',
    'At least 40 people died when an overcrowded ferry capsized on Lake Victoria on Thursday.',
    'A passenger plane crashed shortly after take-off from Kathmandu, killing all 72 people on board.',
    'Two trains collided head-on near the station, killing five passengers and injuring 30.',
    'A bridge collapsed in Genoa during a violent storm, sending cars plunging 45 metres and killing 43 people.',
    'An explosion at a chemical plant in eastern China killed 78 people and injured hundreds. The blast shattered windows several kilometres away.',
    'A landslide triggered by heavy rain buried a village in Indonesia, leaving 11 dead and dozens missing.',
    "A fire at a hospital's intensive care unit killed 10 coronavirus patients, officials said.",
    'Lightning struck a group of farmers sheltering under a tree, killing three.',
    'A dam burst after days of heavy rain, flooding a dozen villages and killing at least eight people.',
    'Heavy snow and avalanches have killed 19 people across the region this week.',
    'A building under construction collapsed in Lagos, trapping dozens of workers. Rescuers pulled 12 bodies from the debris.',
    'The coronavirus outbreak has killed more than 3,000 people worldwide, the World Health Organization said.',
    'A bus plunged into a gorge in the Himalayas, killing 25 pilgrims.',
    'A gas leak at a factory in Visakhapatnam killed 11 people and sickened hundreds.',
    'Severe storms hit the Midwest on Tuesday, with tornadoes destroying homes and killing at least six people.',
    'A truck loaded with fuel overturned and exploded, killing 60 people who had rushed to collect petrol.',
    'Three firefighters were injured battling the blaze at a warehouse.',
    'The volcano erupted without warning, killing 21 tourists on the island.',
    'Cyclone Idai hammered Mozambique, killing hundreds and displacing thousands.',
    'Locusts have destroyed crops across East Africa, threatening millions with hunger.',
    'A heatwave killed more than 1,500 people in France during the summer, health officials said.',
    'A coal mine collapse trapped 22 miners underground on Sunday. Two bodies were recovered.',
    'Strong winds brought down power lines and killed a motorist when a tree fell on his car.',
]

DISASTERS_HELD_OUT = [
    'Torrential rain triggered mudslides that swept away homes in the hills above the capital, killing at least 15 people.',
    'A fire broke out in a crowded market in Dhaka early on Sunday, killing nine traders and destroying hundreds of stalls.',
    'The storm uprooted trees and tore roofs off houses, injuring dozens of people across the province.',
    'A minibus collided with a lorry on the highway, leaving 11 people dead, police said.',
    'Two children drowned after they were swept away by floodwaters while walking home from school.',
    'An avalanche hit a ski resort in the Alps, burying a group of skiers. Four of them were killed.',
    'A helicopter carrying tourists crashed into the sea, killing all six people on board.',
    'A six-storey residential building collapsed in Mumbai, killing at least 10 people, officials said.',
    'The blaze, which started in a kitchen, killed three members of one family.',
    'Severe flooding has displaced more than 200,000 people and killed at least 70 in the region.',
    'An explosion ripped through a fireworks warehouse on the outskirts of the city, killing 14 workers.',
    'A boat carrying migrants sank off the coast of Libya, and at least 45 people drowned.',
    'The earthquake destroyed thousands of homes and left more than 300 people dead.',
    'Extreme heat killed dozens of people in the state, health authorities said.',
    'A wall collapsed on a group of labourers after heavy rain, killing seven of them.',
    'The hurricane slammed into the coast as a category four storm, killing 12 people and knocking out power.',
    'A speeding train ploughed into a crowd of people watching a festival, killing 59.',
    'Rescue workers are searching for 30 people missing after a landslide hit a jade mine.',
    'A gas cylinder explosion at a wedding in the village killed 16 guests.',
    'Wildfires have burned more than a million hectares and killed 24 people this season.',
]


def test_disaster_reports_code_no_force():
    violent = [t for t in DISASTERS + DISASTERS_HELD_OUT
               if _roots(t, counted=True) & VIOLENT]
    assert len(violent) <= 0.03 * len(DISASTERS + DISASTERS_HELD_OUT), violent


# ------------------------------------------------------------------ SE-mishap-consequence

def test_what_an_attack_did_stays_force():
    for text in ("A car bomb exploded outside the police station, killing four officers.",
                 "Gunmen attacked the bus, killing 12 passengers."):
        assert _roots(text) & VIOLENT, text


# ------------------------------------------------------------------ a party that is a gathering

@pytest.mark.parametrize("text", [
    "A drone struck a wedding party in the valley, killing 12.",
    "A teenager was shot at a party in the suburbs.",
])
def test_a_party_that_is_a_gathering_is_no_political_party(text):
    assert not any((e.target_code or "").endswith("PTY") for e in _events(text)), text


def test_a_political_party_stays_one():
    assert any((e.target_code or "").endswith("PTY")
               for e in _events("Police raided the offices of the ruling party."))


# ------------------------------------------------------------------ victims of a verb of killing or wounding

def test_whoever_was_killed_is_the_target_though_no_person_word_names_them():
    evs = [e for e in _events("A suicide bomber blew himself up at a wedding hall, killing at least 63 guests.")
           if e.cameo_root in VIOLENT]
    assert evs and any("guests" in (e.target_text or "") for e in evs)


def test_killing_time_is_still_no_force():
    assert not _roots("The rebels killed time by playing cards.") & VIOLENT


# ------------------------------------------------------------------ state-announcements

def test_police_announcing_their_own_arrest_make_a_statement_not_a_claim():
    evs = _events("Police said they had arrested two men at a flat in Leeds.")
    assert _has(evs, root="17") and _has(evs, code="010") and not _has(evs, code="015")


def test_an_armed_group_claiming_its_attack_still_claims_it():
    evs = _events("The Taliban said they had attacked a NATO base near Kandahar.")
    assert _has(evs, code="015") and _has(evs, root="19")


# ------------------------------------------------------------------ a prefixed verb is no hyphenated modifier

def test_a_verb_with_a_split_prefix_still_codes_its_act():
    # hyphen-modifiers: "rebel-held" describes a town; "re-captured" is the verb itself
    assert _roots("The rebels re-captured the town.") & VIOLENT


@pytest.mark.parametrize("text,code", [
    ("Gunmen shot 10-15 villagers in the raid on Tuesday.", "19"),
    ("The court ruled 5-4 on Monday after police beat protesters outside.", "18"),
])
def test_a_range_or_another_verbs_score_is_no_game_score(text, code):
    """SE-sports-score reads a score only where the parse attaches it to the trigger: a range counting the
    victims, or a vote tally of another verb, leaves the act of force coded."""
    assert _has(_events(text), root=code)


def test_armed_blasts_follows_the_rounds_asked_for():
    """Convention armed-blasts is switched by the pattern rounds like every other (`-o patterns=...`)."""
    from newsgraph.events.harm_context import _armed_blast
    from newsgraph.nlp.model import load_nlp

    doc = load_nlp()("A bomb blast hit the market.")
    blast = next(t for t in doc if t.lower_ == "blast")
    assert _armed_blast(blast, None)
    assert not _armed_blast(blast, frozenset({"base", "tuned", "round2"}))
