"""Session 26 (issue 11, branch coop26): cooperation forms real news uses -- a body that says "it" is ready to
negotiate, talks a side is willing to hold, relief sent on vehicles or as teams named by their cargo, mediation
between two named sides, a state of emergency lifted, yielding to pressure, two sides discussing a matter.
Our own sentences only."""
from __future__ import annotations

from test_events import _events, _has


def _pairs(evs):
    return [(e.cameo_code, (e.source_code or "")[:3], (e.target_code or "")[:3], e.modality) for e in evs]


# ------------------------------------------------------------------ intents with "it" as the subject

def test_it_is_ready_to_negotiate_is_the_body_that_said_so():
    evs = _has(_events("Kenya said it was ready to negotiate with Somalia over the fishing grounds."), root="03")
    assert evs and evs[0].source_code.startswith("KEN") and evs[0].target_code.startswith("SOM"), _pairs(evs)
    evs = _has(_events("The Chilean ministry said it is willing to meet Bolivia's negotiators."), root="03")
    assert evs and evs[0].target_code.startswith("BOL"), _pairs(evs)


def test_expletive_it_stays_no_one():
    evs = _events("Kenya said it was hard to negotiate with Somalia.")
    assert not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ talks one is willing to hold

def test_talks_one_is_ready_to_hold_are_an_intent_to_negotiate():
    evs = _events("Nepal said it was ready to resume talks with India on the border.")
    assert _has(evs, code="036") and not _has(evs, root="04"), _pairs(evs)
    evs = _events("The junta is willing to open negotiations with the rebel alliance.")
    assert _has(evs, code="036"), _pairs(evs)


def test_talks_held_stay_talks():
    evs = _events("Nepal held talks with India on the border on Monday.")
    assert _has(evs, root="04") and not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ relief sent on vehicles or as teams

def test_vehicles_loaded_with_relief_are_aid_to_the_recipient():
    evs = _has(_events("Mexico flew three planes loaded with rice and blankets to Cuba."), root="07")
    assert evs and evs[0].source_code.startswith("MEX") and evs[0].target_code.startswith("CUB"), _pairs(evs)
    evs = _has(_events("The Turkish navy sent a ship carrying tents and medicine to Libya."), root="07")
    assert evs and evs[0].target_code.startswith("LBY"), _pairs(evs)


def test_a_team_of_helpers_is_aid():
    evs = _has(_events("Norway sent a team of surgeons to Gaza last week."), code="073")
    assert evs and evs[0].target_code.startswith("PSE"), _pairs(_events("Norway sent a team of surgeons to Gaza last week."))


def test_warships_or_other_teams_sent_are_no_aid():
    assert not _has(_events("The Chinese navy sent two ships to the Red Sea."), root="07")
    assert not _has(_events("The United States sent an aircraft carrier to the Mediterranean."), root="07")
    assert not _has(_events("The Kenyan federation sent a team of sprinters to Tokyo."), root="07")


# ------------------------------------------------------------------ mediation, emergencies, pressure, discussions

def test_mediation_between_two_sides_names_both():
    evs = _has(_events("Oman mediated between Iran and Britain over the tanker."), code="045")
    assert {e.target_code[:3] for e in evs} == {"IRN", "GBR"}, _pairs(evs)


def test_a_lifted_state_of_emergency_is_0814():
    evs = _has(_events("The Peruvian government lifted the state of emergency in Lima on Sunday."), code="0814")
    assert evs and evs[0].source_code.startswith("PER"), _pairs(evs)


def test_bowing_to_pressure_is_yielding():
    assert _has(_events("The Spanish government bowed to pressure from farmers and dropped the tax."), root="08")
    assert _has(_events("The Belgian minister gave in to pressure from the unions."), code="080")


def test_two_sides_discussing_a_matter_consult_each_other():
    evs = _has(_events("Ghana and Togo discussed border security on Thursday."), code="040")
    assert {(e.source_code[:3], e.target_code[:3]) for e in evs} >= {("GHA", "TGO")}, _pairs(evs)
    assert not _has(_events("The Ghanaian parliament discussed the budget on Thursday."), root="04")


# ------------------------------------------------------------------ appeals, aid announced, mergers, interviews

def test_lobbying_to_change_something_is_an_appeal_and_the_change_is_not_done():
    evs = _events("The Chilean growers lobbied to scrap the copper export levy.")
    assert _has(evs, root="02"), _pairs(evs)
    assert not [e for e in evs if e.cameo_root != "02" and e.modality == "asserted"], _pairs(evs)


def test_aid_announced_for_a_side_is_aid_to_it():
    evs = _has(_events("Sweden unveiled a relief package for flood-hit Bangladesh."), root="07")
    assert evs and evs[0].source_code.startswith("SWE") and evs[0].target_code.startswith("BGD"), _pairs(evs)
    evs = _events("The Swedish retailer announced record profits for the year.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_two_firms_merging_deal_with_each_other():
    evs = _has(_events("A Ghanaian insurer merged with a Nigerian rival in March."), code="061")
    assert {(e.source_code[:3], e.target_code[:3]) for e in evs} == {("GHA", "NGA"), ("NGA", "GHA")}, _pairs(evs)


def test_questioning_by_agents_is_investigation_an_interview_by_the_press_is_not():
    evs = _has(_events("Federal agents interviewed the Chinese consul for three hours."), code="090")
    assert evs and evs[0].target_code.startswith("CHN"), _pairs(evs)
    assert not _has(_events("A television host interviewed the Chinese consul for three hours."), root="09")


def test_a_matter_discussed_names_no_side():
    evs = _events("Senegal discussed Mali's debt at the ministry on Monday.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_named_sides_request_is_an_appeal_a_request_for_comment_is_not():
    evs = _has(_events("Chile's request for more vaccine doses was turned down."), code="020")
    assert evs and evs[0].source_code.startswith("CHL"), _pairs(evs)
    assert not _has(_events("The embassy did not answer a request for comment."), root="02")


# ------------------------------------------------------------------ backing a side, training another side's forces

def test_standing_by_a_side_is_backing_it():
    evs = _has(_events("The Omani sultan stood by Qatar through the long dispute."), code="051")
    assert evs and evs[0].target_code.startswith("QAT"), _pairs(evs)
    assert not _has(_events("The Omani minister stood by his decision."), root="05")


def test_training_another_sides_forces_is_military_cooperation_training_ones_own_is_not():
    evs = _has(_events("Dutch instructors trained Iraqi soldiers near Erbil."), code="062")
    assert evs and evs[0].source_code.startswith("NLD") and evs[0].target_code.startswith("IRQ"), _pairs(evs)
    assert not _has(_events("The Ghanaian army trained 300 new soldiers."), root="06")


def test_aid_told_in_a_relative_clause_describing_a_body_is_no_event():
    assert not _has(_events("He founded a church that gives meals and blankets to migrants in Texas."), root="07")
    evs = _has(_events("The Kenyan Red Cross sent food and tents to refugees in Somalia."), root="07")
    assert evs and evs[0].source_code.startswith("KEN"), _pairs(evs)
