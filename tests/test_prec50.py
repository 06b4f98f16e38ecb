"""Session 46 (issue 11; branch prec50): false events on real news -- precision kinds read on real pages outside every
realnews gold set (round48).

Every sentence is our own (none is from a gold set, the reading sets or a page). Each kind has a sentence that must
no longer be coded and a close one that must still be coded.
"""
from test_left42 import _coded, _events


def _any(text: str, prefix: str):
    """Events of a code prefix in any mood (a false event must not come out hypothetical or planned either)."""
    return [e for e in _events(text) if e.cameo_code.startswith(prefix)]


# --- business: an offer or agreement to buy between two firms is commerce (SE-business-intent-prec50) ---------------

def test_a_firms_offer_to_buy_another_firms_shares_is_no_intent_to_cooperate():
    text = "Westfield Holdings offered to acquire Brightline Logistics for $12 a share, the firm said on Monday."
    assert not _any(text, "03")
    # the firm's statement stays
    assert [e.cameo_code for e in _coded(text, "01")] == ["010"]


def test_a_state_offer_to_buy_and_a_firms_pledge_to_a_government_stay():
    germany = _coded("Germany offered to buy Ukrainian grain for the World Food Programme.", "03")
    assert [(e.source_code, e.target_code) for e in germany] == [("DEU", "IGOUNOWFP")]
    firm = _coded("The oil firm pledged to cooperate with Nigeria's government on the clean-up.", "03")
    assert [(e.source_code, e.target_code) for e in firm] == [("BUS", "NGAGOV")]


# --- symptoms complained of are no complaint (SE-symptom-complaint-prec50, condition of_object) ----------------------

def test_complained_of_headaches_is_no_complaint():
    assert not _any("Dozens of residents complained of headaches and breathing difficulties after the blast at the "
                    "plant.", "11")
    assert not _any("Several passengers complained of chest pains and nausea after the train stopped in the tunnel.",
                    "11")


def test_a_complaint_of_treatment_or_to_a_ministry_stays():
    union = _coded("The dockworkers' union complained to the labour ministry about unpaid wages.", "114")
    assert [(e.source_code, e.target_code) for e in union] == [("LAB", "GOV")]
    farmers = _coded("Farmers complained of unfair treatment by the customs service at the border.", "114")
    assert len(farmers) == 1 and farmers[0].source_code == "AGR"


# --- play and private rites celebrated or mourned (SE-celebrate-play-prec50, SE-private-mourning-prec50) ------------

def test_a_goal_celebrated_and_a_family_mourning_are_no_events():
    assert not _any("City players celebrate Tom Hardy's equaliser in the second half.", "05")
    text = '"As the family mourns her death and celebrates her life, we ask for privacy," the statement said.'
    assert not _any(text, "018") and not _any(text, "05")


def test_a_release_celebrated_and_a_leader_mourning_stay():
    crowd = _coded("Crowds in the capital celebrated the release of the jailed opposition leader.", "051")
    assert [(e.source_code, e.target_code) for e in crowd] == [("CVL", "OPP")]
    pm = _coded("The prime minister mourned the death of the slain journalist and promised an inquiry.", "018")
    assert [e.source_code for e in pm] == ["GOV"]


# --- private people calling on private people (SE-private-visit-prec50) --------------------------------------------

def test_volunteers_visiting_families_make_no_visit():
    assert not _any("Hundreds of volunteers will visit families in their homes during the week-long vaccination "
                    "drive.", "04")
    assert not _any("Nurses and volunteers visited elderly residents in the flooded village on Saturday.", "04")


def test_a_minister_visiting_patients_stays():
    events = _coded("The health minister visited patients at the district hospital on Tuesday.", "042")
    assert [(e.source_code, e.target_code) for e in events] == [("GOV", "CVL")]


# --- billing is no accusation (SE-charge-fee-prec50, condition for_object) -----------------------------------------

def test_charging_the_city_for_repairs_is_no_accusation():
    assert not _any("The contractor will charge the city for the repairs to the bridge.", "11")
    text = "The bus company said it cannot charge the county for the extra routes under the contract."
    assert not _any(text, "11")
    assert [e.cameo_code for e in _coded(text, "01")] == ["010"]


def test_charging_a_mayor_for_taking_bribes_stays():
    events = _coded("Prosecutors charged the former mayor for taking bribes from a developer.", "11")
    assert len(events) == 1 and events[0].source_code == "JUD"


# --- a warning noun whose clause befalls things (SE-warn-things-lead35, its thing_clause now reading a noun's clause) -

def test_a_warning_that_the_drought_would_cut_profits_is_no_threat():
    events = _events("Regional Foods Inc. issued a warning that the drought would cut its profits.")
    assert [e.cameo_code for e in events] == ["012"]


def test_a_warning_that_the_army_would_shell_stays_a_threat():
    text = "The army issued a warning that it would shell the rebel positions if the siege continued."
    threats = _coded(text, "13")
    assert [(e.source_code, e.target_code) for e in threats] == [("MIL", "REB")]


# --- an occasion is no side of a deal told as a noun (convention occasion-phrases, now read for noun triggers) -----

def test_a_deal_announced_at_a_summit_has_no_summit_partner():
    events = _any("The president wants to announce a free-trade pact at the Summit of the Americas next month.", "05")
    assert not any("Summit" in (e.source_text or "") + (e.target_text or "") for e in events)


def test_a_deal_with_a_state_announced_at_a_summit_keeps_its_partner():
    events = _coded("Kenya announced a deal with Ethiopia on power exports at the regional summit in Kampala.", "057")
    assert sorted((e.source_code, e.target_code) for e in events) == [("ETH", "KEN"), ("KEN", "ETH")]


# --- a raid a police word names is a search and seizure (SE-police-raid-modifier-prec50) ---------------------------

def test_a_police_raid_noun_is_no_military_attack():
    text = "The suspect was arrested after the cash was found during a Friday police raid on his flat in Leeds."
    assert not _any(text, "19")
    assert [e.cameo_code for e in _coded(text, "1711")] == ["1711"]


def test_a_militants_raid_stays_force():
    events = _coded("Militants killed four soldiers in a raid on an army post near the border.", "19")
    assert [(e.source_code, e.target_code) for e in events] == [("REB", "MIL")]


# --- a deed talked or joked about is a topic (SE-talk-about-deed-prec50, condition talked_about) --------------------

def test_talking_or_joking_about_a_killing_or_a_bombing_is_no_act():
    assert not _any("She said she heard the man talk about killing the mayor but did not believe he was serious.",
                    "19")
    assert not _any("The two men joked about bombing the bridge in messages to friends, prosecutors said.", "18")


def test_speaking_about_being_beaten_keeps_the_beating():
    events = _coded("She spoke about being beaten by police officers in custody, her lawyer said.", "18")
    assert [e.source_code for e in events] == ["COP"]


# --- a commitment to force is a threat (SE-committed-to-force-prec50, condition to_object) -------------------------

def test_committed_to_military_action_is_a_threat_of_force():
    text = "The government said it remained committed to military action against the militia if the talks failed."
    assert not _any(text, "03")
    threats = _coded(text, "138")
    assert len(threats) == 1 and threats[0].source_code == "GOV"


def test_committed_to_a_reform_stays_an_intent():
    events = _coded("The Ghanaian ministry remains committed to the reform of the port.", "03")
    assert [e.cameo_code for e in events] == ["030"]
