"""Session 39 (issue 11; branch left43): event kinds session 38 saw and left (round41).

Every sentence is our own (none is from a gold set, the reading sets or a page). Each kind has sentences that must
now come out right and, where a rule could reach too far, one that must stay as it was.
"""
# the assert-on-events helpers of the session before (pytest puts tests/ on the path): the events of a text, and
# those of a code prefix in the moods the event evaluation counts
from test_left42 import _coded, _events


# --- replies in words: "shot back at X ..., saying" (senses SE-shot-back-at-saying-left43, condition retort) ------

def test_shot_back_at_someone_with_a_participle_of_saying_is_criticism_of_them():
    text = "Hanoi shot back at the Cambodian premier on Friday over the canal, calling his claims baseless."
    assert not _coded(text, "19")
    crit = _coded(text, "111")
    assert crit and crit[0].target_code is not None and crit[0].target_code.startswith("KHM")


def test_participle_hung_on_a_coordinated_verb_still_makes_a_reply_in_words():
    text = ("Ankara shot back at the Dutch envoy on Tuesday and summoned him to the ministry, expressing "
            "strong displeasure at his remarks.")
    assert not _coded(text, "19")
    assert _coded(text, "111")


def test_fire_returned_at_gunmen_stays_force():
    assert _coded("Guards fired back at the gunmen who raided the depot in Kano, killing one of them.", "19")
    # with a participle of saying too: what is shot at is armed, so it is no reply in words
    assert _coded("Soldiers fired back at the militants, saying their post had come under attack first.", "19")


# --- force told without a trigger, or as a show of force ----------------------------------------------------------

def test_shells_fired_across_the_border_wounding_people_is_an_attack():
    text = "Artillery shells fired from across the frontier landed in a market town, wounding four traders."
    assert _coded(text, "19")


def test_warplanes_in_an_air_defence_zone_are_a_show_of_force():
    text = "Eight Chinese military aircraft flew into Taiwan's air defence identification zone on Thursday."
    shows = _coded(text, "150")
    assert shows and shows[0].source_code.startswith("CHN") and shows[0].target_code == "TWN"
    assert _coded("Two Russian warplanes entered Finnish airspace on Saturday, the Finnish military said.", "150")


def test_flying_into_another_zone_is_no_show_of_force():
    assert not _coded("The governor flew into the earthquake zone on Sunday to visit survivors.", "15")


def test_a_vessel_rammed_at_sea_is_force():
    rams = _coded("A Chinese coast guard cutter rammed a Vietnamese fishing boat near the Paracels.", "19")
    assert rams and rams[0].target_code.startswith("VNM")


# --- things that are no state act --------------------------------------------------------------------------------

def test_what_loans_make_possible_is_no_state_allowing():
    assert not _coded("Russian loans have propped up the junta, allowing it to ignore the sanctions.", "086")


def test_a_state_allowing_observers_in_stays():
    assert _coded("Zimbabwe's government allowed a team of UN monitors into the country on Monday.", "086")


def test_a_lifting_that_takes_effect_is_no_restriction():
    assert not _coded("The lifting of the curfew in the northern towns took effect on Sunday.", "172")
    assert _coded("A curfew in the northern towns took effect on Sunday, officials said.", "172")


def test_a_blockade_by_unarmed_groups_is_an_obstruction():
    text = "Supplies to the valley ran short because of a blockade enforced by village councils."
    assert not _coded(text, "191")
    assert _coded(text, "144")
    assert _coded("The navy imposed a blockade on the rebel port on Monday.", "191")


# --- a comment set off after the act is no second target ---------------------------------------------------------

def test_a_claim_echoed_by_state_media_is_no_second_accusation():
    text = "Caracas accused Bogota of harbouring rebels, a claim repeated by state television all week."
    accusations = _coded(text, "112")
    assert len(accusations) == 1 and accusations[0].target_code.startswith("COL")


def test_the_condemner_of_air_strikes_is_not_their_doer():
    text = "The Jordanian foreign minister condemned the air strikes, a stance shared by Gulf governments."
    assert not [e for e in _coded(text, "19") if e.source_code and e.source_code.startswith("JOR")]
    assert _coded(text, "111")


def test_air_strikes_carried_out_keep_their_doer():
    strikes = _coded("Israeli jets carried out air strikes on targets near Beirut on Sunday.", "19")
    assert strikes and strikes[0].source_code.startswith("ISR")


# --- acts that coded nothing -------------------------------------------------------------------------------------

def test_death_threats_sent_to_someone_are_threats():
    threats = _coded("Drug traffickers sent death threats to a prosecutor in Guayaquil.", "13")
    assert threats and threats[0].target_text and "prosecutor" in threats[0].target_text


def test_rounded_up_a_count_of_people_is_an_arrest():
    # (the small model makes "15 youths" an adverbial noun here, as in "walked 15 miles")
    arrests = _coded("Police rounded up 15 youths after clashes near the mosque on Sunday.", "173")
    assert arrests and "youths" in (arrests[0].target_text or "")


def test_a_quantity_moved_by_an_amount_stays_no_event():
    assert not _events("The rupee dropped 40 paise against the dollar on Monday.")


# --- arrest nouns: the capture of a person, of a place -------------------------------------------------------------

def test_the_capture_of_a_person_is_an_arrest():
    assert _coded("A dawn raid led to the capture of the escaped convict near Eldoret, police said.", "173")


def test_the_capture_of_a_town_is_territory_taken():
    text = "The capture of the town by the rebels forced thousands of families to flee."
    assert not _coded(text, "173")
    assert _coded(text, "192")


# --- an abduction told beside the release -------------------------------------------------------------------------

def test_an_abduction_in_a_participle_on_the_freed_is_asserted():
    text = "Three teachers kidnapped from a school in Zamfara in April were freed on Saturday."
    assert _coded(text, "181", ("asserted",))


def test_a_background_jailing_stays_background():
    assert not _coded("A lawyer jailed in 2019 spoke to reporters in Minsk on Friday.", "173")


# --- protest callers --------------------------------------------------------------------------------------------

def test_the_caller_of_a_strike_is_its_source():
    strikes = _coded("A general strike called by the teachers' unions shut schools across Chile on Monday.", "14")
    assert strikes and "unions" in (strikes[0].source_text or "")


def test_a_strike_called_by_separatists_is_no_military_strike():
    text = "Shops stayed shut in Quetta during a strike called by nationalist parties."
    assert not _coded(text, "19")
    assert _coded(text, "143")
