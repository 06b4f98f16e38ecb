"""Event coding, session 19 (issue 11, branch coop19): cooperation, appeals, concessions and inquiries (CAMEO roots
02-09) in the forms real news uses -- cooperating, partnering or joining forces with a party, records handed over,
captives handed over or released (also named by the noun "release"), suspects extradited with no one named as
handing them over, rewards offered for tips, searches of cars and homes, inquiries named by their noun, a town
named with "the" as the doer of an agreement or an appeal; and the precision side: a report or film released,
a probe closed, an inquiry demanded, a time noun's of-phrase as a target.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

import pytest

from test_events import _events, _has


# ------------------------------------------------------------------ cooperation (06) and agreements (05)

@pytest.mark.parametrize("text", [
    "The ministry partnered with two charities on the new shelter.",
    "The mayor teamed up with two senators to draft the housing law.",
    "The two charities joined forces with the town council to run the winter shelter.",
])
def test_cooperating_with_a_named_party(text):
    evs = _has(_events(text), root="06")
    assert evs, text
    assert all(e.target_text for e in evs), text


def test_cooperating_with_no_party_still_codes_the_intent():
    # "with any investigation": no side to cooperate with; the pledge is still an intent to cooperate
    evs = _events("The airline said it will cooperate fully with any investigation.")
    assert _has(evs, root="03"), evs


@pytest.mark.parametrize("text", [
    "The bank turned over its transfer records to the tax inspectors.",
    "The police will hand over the files to the prosecutors next week.",
])
def test_records_handed_over_are_shared_information(text):
    evs = _events(text)
    assert _has(evs, code="064"), evs
    assert not _has(evs, code="063"), evs


def test_a_suspect_handed_over_stays_judicial_cooperation():
    assert _has(_events("Libya handed the two suspects over to Britain."), code="063")


def test_captives_handed_over_are_released():
    evs = _events("The kidnappers handed the two hostages over to a village elder.")
    assert _has(evs, code="0841"), evs
    assert not _has(evs, code="063"), evs


@pytest.mark.parametrize("text, target", [
    ("The fugitive was extradited to Spain on Friday.", "ESP"),
    ("The suspect was handed over to French police.", "FRA"),
])
def test_a_passive_handover_with_no_one_named_handing_over(text, target):
    evs = _has(_events(text), code="063")
    assert evs and evs[0].target_code.startswith(target), evs
    assert not evs[0].source_code


@pytest.mark.parametrize("text", [
    "The painting was handed over to the museum in 1950.",
    "The keys were handed over to the new owner.",
])
def test_things_handed_over_are_no_handover_of_people(text):
    assert not _has(_events(text), root="06"), text


@pytest.mark.parametrize("text", [
    "The county signed an agreement with the water board on Monday.",
    "The city signed an agreement with the state police.",
])
def test_a_town_with_the_signs_as_its_local_government(text):
    evs = _has(_events(text), code="057")
    assert evs, text
    assert evs[0].source_text and evs[0].source_text.lower().split()[-1] in ("county", "city"), evs


def test_a_town_struck_stays_a_place():
    evs = _events("The city was shelled overnight.")
    assert not any((e.source_text or "").lower().endswith("city") for e in evs), evs


# ------------------------------------------------------------------ releases (08)

@pytest.mark.parametrize("text", [
    "The release of the two aid workers ended a month of talks with the kidnappers.",
    "Their release came a day after the talks ended.",
    "The minister welcomed the release of the journalist by the militia.",
])
def test_the_release_of_people_named_by_its_noun(text):
    assert _has(_events(text), code="0841"), text


def test_a_release_by_a_named_captor_has_it_as_source():
    evs = _has(_events("The minister welcomed the release of the journalist by the militia."), code="0841")
    assert evs[0].source_text == "the militia" and evs[0].target_text == "the journalist", evs


@pytest.mark.parametrize("text", [
    "The release of the new timetable was delayed again.",
    "The film's release was delayed until May.",
    "The release of the data showed a rise in burglaries.",
    "Our sales rose, the chief executive said in the company's news release.",
])
def test_things_released_are_no_captives_freed(text):
    assert not _has(_events(text), root="08"), text


# ------------------------------------------------------------------ appeals (02)

@pytest.mark.parametrize("text", [
    "The sheriff's office is offering a reward for information on the missing truck.",
    "Police doubled the reward for tips that lead to an arrest.",
])
def test_a_reward_offered_for_tips_is_an_appeal(text):
    evs = _has(_events(text), root="02")
    assert evs and evs[0].source_code, text


@pytest.mark.parametrize("text", [
    "On the fifth anniversary of the fire in Leeds, police are offering a reward for tips.",
    "On the fifth anniversary of a man's killing in Leeds, police are offering a reward for tips.",
])
def test_an_occasion_in_front_gives_no_target(text):
    # neither the anniversary nor the killing it marks is whom the appeal is made to
    evs = _has(_events(text), root="02")
    assert evs and not evs[0].target_text, evs


# ------------------------------------------------------------------ inquiries (09)

@pytest.mark.parametrize("text", [
    "Customs officers searched the lorry at the port and found cigarettes.",
    "Detectives searched his flat on Tuesday.",
])
def test_searching_a_vehicle_or_home_investigates(text):
    assert _has(_events(text), code="091", modality="asserted"), text


@pytest.mark.parametrize("text", [
    "Volunteers searched the woods for the missing boy.",
    "She searched the internet for cheap flights.",
])
def test_other_searches_are_no_inquiry(text):
    assert not _has(_events(text), code="091"), text


@pytest.mark.parametrize("text, source, target", [
    ("The regulator's inquiry into the two banks is in its third month.", None, None),
    ("The FBI's investigation into the senator ended without charges.", "USA", "LEG"),
    ("A witness spoke at the inquiry against the port director on Monday.", None, None),
])
def test_an_inquiry_named_by_its_noun(text, source, target):
    evs = _has(_events(text), root="09", modality="asserted")
    assert evs, text
    assert source is None or evs[0].source_code.startswith(source), evs
    assert target is None or evs[0].target_code.startswith(target), evs


@pytest.mark.parametrize("text, modality", [
    ("The opposition called for an investigation into the deaths.", "hypothetical"),
    ("There has been no investigation into the killings.", "negated"),
])
def test_an_inquiry_not_under_way_is_not_asserted(text, modality):
    evs = _events(text)
    assert _has(evs, root="09", modality=modality), evs
    assert not _has(evs, root="09", modality="asserted"), evs


def test_an_inquiry_demanded_is_a_demand():
    evs = _events("Residents demanded an inquiry into the fire at the depot.")
    assert _has(evs, root="10"), evs
    assert not _has(evs, root="09"), evs


def test_a_probe_closed_is_no_ban():
    evs = _events("Prosecutors closed their inquiry into the club's accounts.")
    assert not _has(evs, root="17"), evs
    assert _has(evs, root="09"), evs


@pytest.mark.parametrize("text", [
    "A search of the flat turned up two rifles and a scale.",
    "A search of the suspect's car found drugs.",
])
def test_a_search_of_a_home_or_vehicle_named_by_its_noun(text):
    assert _has(_events(text), code="091", modality="asserted"), text


@pytest.mark.parametrize("text", [
    "The search of the hillside went on until dark.",
    "Police carried out a search of the woods.",
])
def test_a_search_of_an_area_is_no_inquiry(text):
    assert not _has(_events(text), root="09"), text


def test_a_search_for_someone_is_still_coded():
    assert _has(_events("Police launched a search for the gunman."), code="091")


# ------------------------------------------------------------------ information shared (064)

def test_the_information_shared_is_no_side():
    evs = _has(_events("Police in both countries shared intelligence on the smuggling ring."), code="064")
    assert evs and not evs[0].target_code, evs


def test_information_shared_with_a_party_has_it_as_target():
    evs = _has(_events("France shared intelligence with Spain on the attack."), code="064")
    assert evs and evs[0].target_code == "ESP", evs


# ------------------------------------------------------------------ aid (07)

@pytest.mark.parametrize("text, target", [
    ("Volunteers distributed blankets and rice to families displaced by the floods.", "CVL"),
    ("Japan sent 20 tonnes of rice to Nepal.", "NPL"),
])
def test_relief_handed_out_is_humanitarian_aid(text, target):
    evs = _has(_events(text), code="073")
    assert evs and evs[0].target_code.startswith(target), evs


def test_a_report_distributed_is_no_aid():
    assert not _has(_events("The company distributed its annual report to shareholders."), root="07")


# ------------------------------------------------------------------ forgiveness (056)

@pytest.mark.parametrize("text", [
    "The junta granted an amnesty to 120 political prisoners on Independence Day.",
    "The president issued a pardon for the former mayor.",
])
def test_an_amnesty_or_pardon_granted_forgives(text):
    evs = _has(_events(text), code="056", modality="asserted")
    assert evs and evs[0].source_code and evs[0].target_text, evs


# ------------------------------------------------------------------ wishes are not acts

def test_what_one_would_like_to_see_done_is_not_done():
    evs = _events("Some advisers would like to see Japan agree to larger purchases.")
    assert _has(evs, root="03"), evs
    assert not _has(evs, root="03", modality="asserted"), evs


def test_countries_like_a_country_still_act():
    assert _has(_events("Countries like Japan agreed to the plan."), root="03", modality="asserted")


# ------------------------------------------------------------------ compensation (0842)

def test_compensation_paid_gives_back_what_was_lost():
    evs = _has(_events("The mining firm paid compensation to forty families whose wells ran dry."), code="0842")
    assert evs and evs[0].target_text, evs


def test_compensation_agreed_to_is_an_intent_towards_the_payees():
    evs = _events("The company agreed to pay compensation to the families.")
    assert _has(evs, root="03", src="BUS", tgt="CVL"), evs
    assert not _has(evs, root="08", modality="asserted"), evs


def test_damages_awarded_by_a_court_are_not_paid_by_it():
    assert not _has(_events("The court awarded damages to the journalist."), code="0842")


def test_documents_whose_release_was_ordered_are_no_captives():
    # the parse takes "embarrassing" for a gerund whose object is "documents"
    evs = _events("The row grew after the judge ordered the release of embarrassing internal memos about the school.")
    assert not _has(evs, root="08"), evs


@pytest.mark.parametrize("text", [
    "The army has held the villagers for weeks, according to a press release by the rebels.",
    "The ministry answered in a press release on Friday.",
])
def test_a_press_release_frees_no_one(text):
    assert not _has(_events(text), root="08"), text


# ------------------------------------------------------------------ captors (convention captors)

@pytest.mark.parametrize("text, source", [
    ("Two engineers have been held by the Taliban since May. Their release came after weeks of talks.", "AFG"),
    ("The Taliban kidnapped two journalists in May. The journalists were freed on Friday.", "AFG"),
    ("Two journalists who had been held by Hamas were released on Friday.", "PSE"),
])
def test_a_release_with_no_releaser_named_is_the_captors(text, source):
    evs = _has(_events(text), code="0841")
    assert evs and (evs[-1].source_code or "").startswith(source), evs
    assert evs[-1].rule_id.endswith("+captor"), evs


def test_a_meeting_held_by_a_body_names_no_captor():
    evs = _has(_events("A meeting was held by the UN in Geneva. Two hostages were released on Friday."), code="0841")
    assert evs and not evs[0].source_code, evs
