"""Session 27 (issue 11, branch coop28): cooperation and appeals in the forms news uses -- sides working
closely or together, cooperation and alliances named by their nouns, a joint operation's foe, talking to a side
about a matter, a meeting taken; and false appeals, demands and calls gone (a forecast with "expect", a rhetorical
"why should", an insult read as the object of "call", "insisted that ... have been").
Our own sentences only."""
from __future__ import annotations

from test_events import _events, _has


def _pairs(evs):
    return [(e.cameo_code, (e.source_code or "")[:3], (e.target_code or "")[:3], e.modality) for e in evs]


# ------------------------------------------------------------------ working closely, together, against a foe

def test_working_closely_with_a_named_side_is_cooperation():
    evs = _events("The Malian army worked closely with Nigerien troops along the river.")
    assert _has(evs, root="06", src="MLI", tgt="NER"), _pairs(evs)


def test_working_with_a_side_against_a_foe_is_cooperation():
    evs = _events("The Malian army worked with Nigerien troops against the smugglers.")
    assert _has(evs, root="06", src="MLI", tgt="NER"), _pairs(evs)


def test_working_with_someone_with_no_task_stays_a_job():
    evs = _events("The nurse worked with refugees in Lesbos for a year.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_two_named_sides_working_together_are_partners():
    evs = _events("Ghana and Togo will work together to patrol the lagoon.")
    assert _has(evs, root="06", src="GHA", tgt="TGO") and _has(evs, root="06", src="TGO", tgt="GHA"), _pairs(evs)


def test_people_working_together_name_no_partner():
    evs = _events("The villagers worked together to rebuild the bridge.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ cooperation and alliances as nouns

def test_cooperation_with_a_side_named_by_its_noun():
    evs = _events("Ghana's cooperation with Togo on the lagoon patrols has grown.")
    assert _has(evs, root="06", src="GHA", tgt="TGO"), _pairs(evs)


def test_an_alliance_formed_with_a_side():
    evs = _events("A Swiss robot maker formed an alliance with an Italian bank.")
    assert _has(evs, root="06", src="CHE", tgt="ITA"), _pairs(evs)


def test_joining_a_coalition_names_no_partner():
    evs = _events("Britain joined the coalition against the militants.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_a_joint_operation_against_a_foe_is_between_the_partners():
    evs = _events("Egypt and Sudan launched a joint operation against the smugglers.")
    partners = _has(evs, root="06")
    assert partners and all({e.source_code[:3], (e.target_code or "")[:3]} == {"EGY", "SDN"} for e in partners), \
        _pairs(evs)


# ------------------------------------------------------------------ consultations

def test_talking_to_a_country_about_a_matter_is_consultation():
    evs = _events("The Malian envoy had been talking to Niger about the border posts.")
    assert _has(evs, root="04", tgt="NER"), _pairs(evs)


def test_talking_to_reporters_is_no_consultation():
    evs = _events("The Malian envoy talked to reporters about the border posts.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_meeting_taken_with_a_side():
    evs = _events("The Kenyan senators agreed to take a meeting with the Ugandan envoy.")
    assert _has(evs, root="04", tgt="UGA") or _has(evs, root="03", tgt="UGA"), _pairs(evs)


# ------------------------------------------------------------------ false appeals, demands and calls

def test_expecting_someone_to_stay_is_a_forecast_not_an_appeal():
    evs = _events("The coach's agent said he expects the Kenyan forward to remain with the club.")
    assert not _has(evs, root="02"), _pairs(evs)


def test_expecting_a_state_to_comply_stays_an_appeal():
    evs = _events("The Dutch minister said she expects Turkey to honour the agreement.")
    assert _has(evs, root="02", src="NLD", tgt="TUR"), _pairs(evs)


def test_a_rhetorical_why_should_is_no_appeal():
    evs = _events('"Why should the harbour pay for the storm?" asked the Kenyan mayor.')
    assert not _has(evs, root="02") and not _has(evs, root="10"), _pairs(evs)


def test_should_in_a_report_stays_an_appeal():
    evs = _events("The Kenyan mayor said the Ugandan ministry should pay for the storm damage.")
    assert _has(evs, root="02"), _pairs(evs)


def test_an_insult_read_as_the_object_is_no_phone_call():
    evs = _events('The candidate kept calling the Dutch migrants "thieves" and killers.')
    assert not _has(evs, root="04"), _pairs(evs)
    evs = _events("The senator called the Mexican ambassador on Tuesday.")
    assert _has(evs, code="041", tgt="MEX"), _pairs(evs)


def test_insisting_that_something_has_been_so_is_no_demand():
    evs = _events("The Kenyan minister insisted that the port accounts have been accurate all year.")
    assert not _has(evs, root="10"), _pairs(evs)
    evs = _events("The Kenyan minister insisted that the Ugandan firm pay the fees.")
    assert _has(evs, root="10"), _pairs(evs)


def test_insisting_past_an_absolute_phrase_is_no_demand():
    evs = _events("Aides insist that, with the vote over, there have been few talks about the cabinet.")
    assert not _has(evs, root="10"), _pairs(evs)


# ------------------------------------------------------------------ business cooperation

def test_an_agreement_entered_into_with_a_side_is_concluded():
    evs = _events("The Chilean port entered into an agreement with a Danish shipping line.")
    assert _has(evs, code="057", src="CHL", tgt="DNK"), _pairs(evs)


def test_a_product_launched_with_a_partner_firm_is_business():
    evs = _events("Siemens unveiled a new train with Alstom.")
    assert _has(evs, root="06"), _pairs(evs)


def test_a_decision_announced_with_a_leader_is_no_business():
    evs = _events("The Chilean president announced the decision with the Peruvian president.")
    assert not _has(evs, root="06"), _pairs(evs)


def test_patents_licensed_to_a_firm_are_business():
    evs = _events("Nokia licensed its patents to Samsung.")
    assert _has(evs, root="06", tgt="KOR"), _pairs(evs)


# ------------------------------------------------------------------ questioning

def test_invited_to_appear_before_the_police_is_questioning():
    evs = _events("The Nigerian police invited the senator to appear before its command over the assault.")
    assert _has(evs, root="09", src="NGA") and not _has(evs, root="02"), _pairs(evs)


def test_invited_for_questioning_is_questioning():
    evs = _events("The Nigerian police invited the senator for questioning.")
    assert _has(evs, root="09", src="NGA"), _pairs(evs)


def test_asked_to_report_stays_an_appeal():
    evs = _events("The Nigerian police asked residents to report any strangers.")
    assert _has(evs, root="02") and not _has(evs, root="09"), _pairs(evs)


def test_a_quoted_question_asked_is_no_appeal():
    evs = _events('"The harbour is doing well, so why should the prize be taken from her?" asked the Kenyan mayor.')
    assert not _has(evs, root="02"), _pairs(evs)
    evs = _events("The Kenyan mayor asked the Ugandan minister to reopen the port.")
    assert _has(evs, root="02", src="KEN"), _pairs(evs)


# ------------------------------------------------------------------ pushing and seeking

def test_pushing_a_side_to_act_is_pressing_it():
    evs = _events("The Kenyan senator is pushing Uganda to release the fishermen.")
    assert _has(evs, root="02", src="KEN", tgt="UGA"), _pairs(evs)


def test_pushing_people_back_is_no_appeal():
    evs = _events("Riot police pushed the Kenyan protesters back across the bridge.")
    assert not _has(evs, root="02"), _pairs(evs)


def test_something_sought_from_a_side_is_a_request():
    evs = _events("The Kenyan senator wants an apology from Uganda.")
    assert _has(evs, root="02", src="KEN", tgt="UGA"), _pairs(evs)
