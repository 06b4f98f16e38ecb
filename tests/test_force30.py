"""Session 29 (issue 11, branch force30): protest, coercion and force in the forms news uses -- protesters chanting,
detention "placed in", sentences to a term, ground regained, shots fired through a door and people struck where
shots are told, aid stalled or lending suspended, cooperation and talks cut back, closed embassies, warships sent,
forces put on alert and sanctions whose doer is unnamed; acts that are going on ("must end this crackdown") or
that have happened ("at recent rallies") keep their own mood; false ones gone (politicians clashing, battles with
courts or insurers, weapons of mass destruction, fans chanting). Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ protest (14)

def test_protesters_chanting_are_demonstrating():
    evs = _events("Protesters waved flags and chanted outside the Kenyan parliament in Nairobi.")
    assert _has(evs, code="141"), _pairs(evs)


def test_fans_chanting_make_no_protest():
    evs = _events("Fans chanted the name of the Brazilian striker in the stadium.")
    assert not _has(evs, root="14"), _pairs(evs)


def test_a_march_called_recent_happened_under_a_purpose():
    evs = _events("The Ohio unions raised money to pay for buses at recent marches in the capital.")
    assert _has(evs, code="141", modality="asserted"), _pairs(evs)


def test_a_rally_planned_stays_planned():
    evs = _events("The French union plans a rally in Paris next week.")
    assert _has(evs, code="141", modality="planned"), _pairs(evs)
    assert not _has(evs, code="141", modality="asserted"), _pairs(evs)


def test_a_doctors_strike_is_a_labour_strike():
    evs = _events("The doctors' strike in Kenya entered its second week.")
    assert _has(evs, code="143"), _pairs(evs)
    assert not _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ reduce relations (16)

def test_closing_an_embassy_reduces_relations():
    evs = _events("Bahrain closed its embassy in Tehran on Sunday.")
    assert _has(evs, code="161", src="BHR"), _pairs(evs)
    assert not _has(evs, code="172"), _pairs(evs)


def test_suspended_cooperation_reduces_relations():
    evs = _events("Turkey suspended military cooperation with Israel.")
    assert _has(evs, code="160", src="TUR", tgt="ISR"), _pairs(evs)


def test_frozen_talks_are_halted_talks():
    evs = _events("The EU froze talks with Turkey in March.")
    assert _has(evs, code="164", tgt="TUR"), _pairs(evs)


def test_trade_talks_suspended_are_no_trade_sanction():
    evs = _events("Canada suspended trade talks with India.")
    assert _has(evs, code="164", src="CAN", tgt="IND"), _pairs(evs)
    assert not _has(evs, code="163"), _pairs(evs)


def test_lending_suspended_is_aid_held_back():
    evs = _events("The World Bank suspended lending to Afghanistan after the takeover.")
    assert _has(evs, code="162", tgt="AFG"), _pairs(evs)


def test_aid_stalled_or_paused_is_aid_held_back():
    evs = _events("Japanese aid to the Fijian ministry was delayed for a year.")
    assert _has(evs, root="16"), _pairs(evs)
    evs = _events("Norway paused its aid to the Malawian ministry.")
    assert _has(evs, code="162", src="NOR"), _pairs(evs)


def test_a_sanction_whose_doer_is_unnamed_is_coded():
    evs = _events("Danish aid to Mali was frozen in May.")
    assert _has(evs, code="162", tgt="MLI"), _pairs(evs)


def test_paused_support_for_a_bill_is_no_sanction():
    evs = _events("The Labour party paused its support for the housing bill.")
    assert not _has(evs, root="16"), _pairs(evs)


# ------------------------------------------------------------------ mobilization (15)

def test_warships_sent_are_forces_mobilised():
    evs = _events("The United States sent an aircraft carrier to the eastern Mediterranean.")
    assert _has(evs, code="154", src="USA"), _pairs(evs)


def test_forces_put_on_alert_with_no_doer_named():
    evs = _events("The Indian army was put on high alert along the border.")
    assert _has(evs, code="152"), _pairs(evs)


# ------------------------------------------------------------------ coercion (17)

def test_placed_in_detention_is_an_arrest():
    evs = _events("The Turkish editor was placed in pre-trial detention in Istanbul.")
    assert _has(evs, code="173"), _pairs(evs)


def test_sentenced_to_a_term_is_detention():
    evs = _events("The court sentenced the colonel to ten years.")
    assert _has(evs, code="173", src="JUD"), _pairs(evs)
    evs = _events("The singer was sentenced to four years in jail on Monday.")
    assert _has(evs, code="173"), _pairs(evs)


def test_an_ongoing_crackdown_asked_to_end_is_coded():
    evs = _events("The Burmese junta has to end its crackdown on student groups, the envoy said.")
    assert _has(evs, code="175", modality="asserted"), _pairs(evs)


def test_an_offensive_asked_to_end_is_going_on():
    evs = _events("The UN urged the Ethiopian army to end its offensive in the north.")
    assert _has(evs, root="19", modality="asserted"), _pairs(evs)


def test_a_crackdown_that_may_begin_stays_unasserted():
    evs = _events("The army must end a crackdown if one begins.")
    assert not _has(evs, root="17", modality="asserted"), _pairs(evs)


# ------------------------------------------------------------------ force (18-19)

def test_retook_is_occupying_ground():
    evs = _events("Government forces retook the airport on Friday.")
    assert _has(evs, code="192", src="MIL"), _pairs(evs)


def test_control_regained_is_occupying_ground():
    evs = _events("The army regained control of the border crossing on Sunday.")
    assert _has(evs, code="192"), _pairs(evs)


def test_regained_consciousness_or_a_lead_is_no_force():
    evs = _events("She regained consciousness in hospital.")
    assert not _has(evs, root="19"), _pairs(evs)
    evs = _events("The team regained the lead in the second half.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_spat_at_is_an_assault():
    evs = _events("Protesters spat at the police officers.")
    assert _has(evs, root="14") or _has(evs, root="18"), _pairs(evs)


def test_shots_fired_through_a_door():
    evs = _events("Two gunmen fired through a kitchen window and a cook was hit in the shoulder.")
    assert _has(evs, code="193"), _pairs(evs)
    assert not _has(evs, root="18"), _pairs(evs)


def test_struck_by_a_stray_bullet_is_shot():
    evs = _events("The girl was struck by a stray bullet.")
    assert _has(evs, code="193"), _pairs(evs)
    assert not _has(evs, code="182"), _pairs(evs)


def test_politicians_clashing_quarrel_in_words():
    evs = _events("The governor clashed with the state's attorney general.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_police_and_protesters_clashing_still_fight():
    evs = _events("Troops clashed with rebels near the border.")
    assert _has(evs, code="190", src="MIL", tgt="REB"), _pairs(evs)


def test_a_battle_with_the_courts_or_an_insurer_is_no_force():
    evs = _events("The two sisters waged a bitter battle with the tax courts.")
    assert not _has(evs, root="19"), _pairs(evs)
    evs = _events("The family battled with the insurer for two years.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_weapons_of_mass_destruction_destroy_nothing():
    evs = _events("The team assesses weapons of mass destruction hazards for the state.")
    assert not _has(evs, root="17"), _pairs(evs)


def test_retaliation_against_expulsions_is_no_force():
    evs = _events("Tehran said it would retaliate after Oslo sent home two Iranian envoys.")
    assert not _has(evs, root="19"), _pairs(evs)


def test_retaliation_with_shelling_stays_force():
    evs = _events("The army retaliated against the rebel positions near the embassy district, shelling them overnight.")
    assert _has(evs, root="19"), _pairs(evs)


def test_retaliation_with_tariffs_stays_a_trade_sanction():
    evs = _events("China vowed to retaliate against the new US tariffs.")
    assert _has(evs, code="163", src="CHN"), _pairs(evs)
