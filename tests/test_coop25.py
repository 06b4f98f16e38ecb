"""Session 25 (issue 11, branch coop25): cooperation in the forms real news uses -- the other party of a deal
agreed or offered, support rallied for a side (CAMEO 053), endorsements picked up, praise spoken, demands acceded
to, agreements agreed on, joint investigations; and the false intents of views
offered and of agreeing that something is so. Our own sentences only."""
from __future__ import annotations

from test_events import _events, _has


def _target(evs):
    return [e.target_code or "" for e in evs]


# ------------------------------------------------------------------ the other party of an agreed deal

def test_a_sale_agreed_names_the_buyer():
    evs = _has(_events("The Kenyan airline agreed to sell its cargo unit to a Dutch logistics group."), root="03")
    assert evs and any(t.startswith("NLD") for t in _target(evs)), [(e.cameo_code, e.target_code) for e in evs]


def test_a_takeover_agreed_names_the_buyer_or_the_owner():
    # (a takeover agreed between two firms is commerce, no intent between political actors: prec50's
    # SE-business-intent-prec50, session 46, after coop49's business-deal rows; the lead changed this expectation)
    assert not _has(_events("The Peruvian bank agreed to be acquired by a Chilean lender for $1.2 billion."), root="03")
    evs = _has(_events("Norway agreed to buy the remaining shares of the Swedish mill."), root="03")
    assert evs and any(t.startswith("SWE") for t in _target(evs))
    evs = _has(_events("The Brazilian miner offered to merge with an Australian rival."), root="03")
    assert evs and any(t.startswith("AUS") for t in _target(evs))


def test_an_agreed_move_to_a_place_takes_no_party():
    evs = _has(_events("Kenya agreed to move the summit to Geneva."), root="03")
    assert evs and not any(_target(evs))


# ------------------------------------------------------------------ rallying support (053)

def test_an_appeal_to_back_a_side_rallies_support_for_it():
    evs = _has(_events("The Arab League chief urged the European Union to support the Palestinian Authority."),
               code="053")
    assert evs and evs[0].target_code.startswith("PSE") and evs[0].modality == "asserted"
    assert _has(_events("The president called on supporters to vote for the governor on Tuesday."), code="053")


def test_an_appeal_to_back_a_plan_is_still_an_appeal():
    evs = _events("The union urged its members to support the strike.")
    assert _has(evs, root="02") and not _has(evs, code="053")


def test_campaigning_for_a_side_rallies_support():
    evs = _has(_events("The chancellor campaigned for her party's candidate in Bavaria."), code="053")
    assert evs and evs[0].modality == "asserted"
    evs = _has(_events("The former president will campaign for the senator in Ohio next week."), code="053")
    assert evs and evs[0].modality == "planned"
    assert not _has(_events("The nurses campaigned for better pay for years."), root="05")


# ------------------------------------------------------------------ endorsement and praise

def test_an_endorsement_picked_up_runs_from_its_giver():
    evs = _has(_events("The senator picked up an endorsement from the governor of Ohio on Tuesday."), code="051")
    assert evs and evs[0].source_text and "governor" in evs[0].source_text
    assert _has(_events("The mayor, who has racked up endorsements from three unions, leads the race."), code="051")
    assert not _has(_events("The senator picked up an endorsement."), code="051")


def test_speaking_highly_of_someone_is_praise():
    evs = _has(_events("The prime minister spoke highly of the Indian president after their meeting."), code="051")
    assert evs and evs[0].target_code.startswith("IND")
    assert _has(_events("The envoy spoke warmly of the Kenyan government on Monday."), code="051")
    assert not _has(_events("The minister spoke of the need for reform."), root="05")


# ------------------------------------------------------------------ false intents

def test_views_offered_are_no_intent():
    assert not _has(_events("Three candidates offered voters different visions for the country."), root="03")
    assert _has(_events("Norway offered to host the talks between the two sides."), root="03")


def test_agreeing_that_something_is_so_is_a_statement():
    evs = _events("Analysts all agree that the decision was a mistake.")
    assert not _has(evs, root="03") and _has(evs, root="01")
    assert _has(_events("The ministers agreed to resume the talks."), root="03")


# ------------------------------------------------------------------ yielding and agreements

def test_demands_acceded_to_are_yielding():
    assert _has(_events("The junta acceded to the protesters' demands."), code="083")
    evs = _events("The government agreed to the union's demand for higher wages.")
    assert _has(evs, root="08") and not _has(evs, root="03")
    assert not _has(_events("The soldiers bowed to the crowd."), root="08")


def test_an_agreement_agreed_on_is_concluded():
    evs = _has(_events("Kenya and Uganda agreed on a new trade agreement."), code="057")
    assert {e.source_code[:3] for e in evs} == {"KEN", "UGA"}
    assert not _has(_events("The ministers agreed on a date for the talks."), code="057")


def test_a_joint_investigation_is_judicial_cooperation():
    evs = _has(_events("Brazilian and Paraguayan police launched a joint investigation into the smuggling ring."),
               code="063")
    assert {e.source_code[:3] for e in evs} == {"BRA", "PRY"}
    evs = _events("The Kenyan police opened an investigation into the fire.")
    assert _has(evs, root="09") and not _has(evs, code="063")



# ------------------------------------------------------------------ two firms of one code, a pair of firms

def test_two_firms_of_one_country_are_two_parties_of_a_deal():
    # (two parties, so a deal between firms: commerce, not coded as intent since session 46's prec50; a state buying
    # keeps it -- the lead changed this expectation)
    assert not _has(_events("Omega Textiles Inc. told investors it had agreed to be bought by Delta Mills Corp. for "
                            "$40 million."), root="03")
    evs = _has(_events("Peru agreed to buy the remaining shares of Delta Mills Corp. for $40 million."), root="03")
    assert evs and evs[0].target_text and "Delta" in evs[0].target_text


def test_a_pair_of_firms_hired_is_a_selection_of_firms():
    evs = _has(_events("The Kenyan charity hired a pair of London consulting firms."), code="061")
    assert evs and evs[0].target_code.startswith("GBR")


# ------------------------------------------------------------------ memoranda and prisoner exchanges

def test_a_memorandum_of_understanding_names_its_partner():
    evs = _has(_events("Kenya signed a memorandum of understanding with a Chinese firm."), code="057")
    assert evs and evs[0].target_code.startswith("CHN")


def test_a_prisoner_exchange_is_a_release_by_each_side():
    evs = _has(_events("Armenia and Azerbaijan exchanged prisoners on Friday."), code="0841")
    assert {e.source_code[:3] for e in evs} == {"ARM", "AZE"}
    assert _has(_events("The rebels swapped hostages with the Colombian army."), code="0841")
    assert not _has(_events("The two traders exchanged views on prices."), root="08")


# ------------------------------------------------------------------ backing one has, teaming up

def test_backing_one_has_runs_from_its_owner():
    evs = _has(_events("The senator has the governor's backing in the race."), code="051")
    assert evs and "governor" in (evs[0].source_text or "") and "senator" in (evs[0].target_text or "")


def test_two_sides_teaming_up_cooperate():
    evs = _has(_events("Chile and Peru teamed up to fight illegal fishing."), code="060")
    assert {e.source_code[:3] for e in evs} == {"CHL", "PER"}
    assert not _has(_events("He finally joined up with the army in 1942."), root="06")
