"""Session 36 (issue 11, branch coop39): cooperation and diplomacy (CAMEO 03-08) in the forms wire news uses --
plural and collective sides ("the two foreign ministers", "officials from both countries"), hosts of talks between
two sides, headline pairs ("Ghana, Togo sign ..."), prisoner exchanges and witnessed signings named by a noun, meals
with another side, playing host, renewed agreements, money deposited with a central bank, a mediator's role, and
meeting adjuncts on verbs of leaving. Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


# ------------------------------------------------------------------ plural officials of two states named before

def test_two_ministers_after_two_states_are_one_of_each():
    evs = _events("Peru and Ecuador signed a fisheries accord. The two foreign ministers met again in Quito.")
    assert _has(evs, root="04", src="PERGOV", tgt="ECUGOV") and _has(evs, root="04", src="ECUGOV", tgt="PERGOV"), \
        _pairs(evs)


def test_a_passive_signing_by_the_two_ministers():
    evs = _events("Peru and Ecuador agreed on a fisheries plan. The accord was signed by the two trade ministers.")
    assert _has(evs, code="057", src="PERGOV", tgt="ECUGOV"), _pairs(evs)


def test_both_leaders_after_two_states():
    evs = _events("Laos and Thailand opened a new bridge. Both leaders will meet in Vientiane next month.")
    assert _has(evs, root="04", src="LAOGOV", tgt="THAGOV", modality="planned"), _pairs(evs)


def test_two_named_leaders_stay_the_people_named():
    evs = _events("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. "
                  "The two leaders signed a joint declaration.")
    assert _has(evs, code="057", src="FRAGOV", tgt="DEUGOV"), _pairs(evs)


def test_two_men_are_no_state_officials():
    evs = _events("Peru and Ecuador signed a fisheries accord. The two men shook hands.")
    assert not _has(evs, src="PERGOV") and not _has(evs, src="ECUGOV"), _pairs(evs)


def test_officials_from_both_countries():
    evs = _events("The Ugandan president hosted his Rwandan counterpart in Entebbe. "
                  "Officials from both countries will meet again in May.")
    assert _has(evs, root="04", src="UGAGOV", tgt="RWAGOV", modality="planned"), _pairs(evs)


def test_delegations_of_the_two_governments():
    evs = _events("Greece and Turkey reopened their consulates. "
                  "Ministers of the two governments held talks in Athens on Friday.")
    assert _has(evs, code="046", src="GRCGOV", tgt="TURGOV"), _pairs(evs)


def test_officials_from_both_countries_hurt_are_no_meeting():
    evs = _events("Officials from both countries were injured in the crash.")
    assert not _has(evs, root="04"), _pairs(evs)


# ------------------------------------------------------------------ hosts of talks between two sides

def test_hosts_of_talks_between_the_two_sides_are_no_side():
    evs = _events("Government troops and the rebels clashed near the border. "
                  "Norway and Cuba hosted talks between the two sides in Havana.")
    assert not _has(evs, root="04", src="NOR", tgt="CUB") and not _has(evs, root="04", src="CUB", tgt="NOR"), \
        _pairs(evs)


def test_the_two_sides_that_hold_talks_themselves():
    evs = _events("Government troops and the rebels clashed near the border. The two sides held talks in Havana.")
    assert _has(evs, code="046"), _pairs(evs)


# ------------------------------------------------------------------ headline pairs

def test_headline_pair_with_a_comma():
    evs = _events("Ghana, Togo sign border deal")
    assert _has(evs, code="057", src="GHA", tgt="TGO") and _has(evs, code="057", src="TGO", tgt="GHA"), _pairs(evs)


def test_headline_pair_of_a_state_and_a_group():
    evs = _events("Israel, Hezbollah agree to ceasefire")
    assert _has(evs, root="03", src="ISR", tgt="LBNREBHEZ") and _has(evs, root="03", src="LBNREBHEZ", tgt="ISR"), \
        _pairs(evs)


def test_a_sentence_with_a_full_stop_is_no_headline_pair():
    evs = _events("Lima, Peru signed a deal with Chile.")
    assert not _has(evs, src="PER", tgt="PER"), _pairs(evs)
    assert len(_has(evs, code="057")) <= 2, _pairs(evs)


def test_an_apposition_is_no_headline_pair():
    evs = _events("Ghana, the region's gold producer, signed a deal with Togo")
    assert _has(evs, code="057", src="GHA", tgt="TGO"), _pairs(evs)


# ------------------------------------------------------------------ nominal acts

def test_a_prisoner_swap_carried_out():
    evs = _events("Armenia and Azerbaijan carried out a prisoner swap at the border.")
    assert _has(evs, code="0841", src="ARM", tgt="AZE") and _has(evs, code="0841", src="AZE", tgt="ARM"), _pairs(evs)


def test_a_prisoner_exchange_between_two_states():
    evs = _events("The prisoner exchange between Ethiopia and Eritrea took place at the border on Friday.")
    assert _has(evs, code="0841", src="ETH", tgt="ERI"), _pairs(evs)


def test_a_students_exchange_is_no_release():
    evs = _events("Students from Leeds held an exchange with pupils from Lyon.")
    assert not _has(evs, code="0841"), _pairs(evs)


def test_leaders_witness_the_signing():
    evs = _events("Indian Prime Minister Narendra Modi and Nepali Prime Minister Pushpa Kamal Dahal "
                  "witnessed the signing of seven agreements.")
    assert _has(evs, code="057", src="INDGOV", tgt="NPLGOV"), _pairs(evs)


def test_states_oversee_the_signing():
    evs = _events("Uganda and Tanzania oversaw the signing of a pipeline deal.")
    assert _has(evs, code="057", src="UGA", tgt="TZA"), _pairs(evs)


def test_bystanders_still_witness_no_act_of_theirs():
    evs = _events("Hundreds of people witnessed the shooting in the square.")
    assert not _has(evs, root="19", src="CVL") and not _has(evs, root="18", src="CVL"), _pairs(evs)


def test_a_lunch_with_another_leader_is_a_meeting():
    evs = _events("The Dutch prime minister had lunch with the Belgian king in Brussels.")
    assert _has(evs, code="040", src="NLDGOV", tgt="BEL"), _pairs(evs)


def test_a_family_dinner_is_no_meeting():
    evs = _events("He had dinner with his family on Sunday.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_playing_host_to_a_visitor():
    evs = _events("The Tanzanian president played host to his Kenyan counterpart.")
    assert _has(evs, code="043", src="TZAGOV", tgt="KENGOV") and _has(evs, code="042", src="KENGOV"), _pairs(evs)


def test_an_agreement_renewed_by_two_states():
    evs = _events("Morocco and Spain renewed their fisheries agreement.")
    assert _has(evs, code="057", src="MAR", tgt="ESP"), _pairs(evs)


def test_an_agreement_extended_with_a_partner():
    evs = _events("Chile extended its trade pact with Peru.")
    assert _has(evs, code="057", src="CHL", tgt="PER"), _pairs(evs)


def test_a_deadline_extended_is_no_agreement():
    evs = _events("The ministry extended the deadline for applications.")
    assert not _has(evs, code="057"), _pairs(evs)


def test_money_deposited_with_a_central_bank():
    evs = _events("Qatar deposited $2 billion with Egypt's central bank.")
    assert _has(evs, code="071", src="QAT", tgt="EGY"), _pairs(evs)


def test_money_deposited_in_a_central_bank():
    evs = _events("The UAE deposited $1 billion in the central bank of Sudan.")
    assert _has(evs, code="071", tgt="SDN"), _pairs(evs)


def test_savings_deposited_by_a_person_are_no_aid():
    evs = _events("He deposited $500 in his bank account.")
    assert not _has(evs, root="07"), _pairs(evs)


def test_acting_as_mediator_between_two_sides():
    evs = _events("Oman acted as a mediator between Iran and Britain.")
    assert _has(evs, code="045", src="OMN", tgt="IRN") and _has(evs, code="045", src="OMN", tgt="GBR"), _pairs(evs)


def test_a_broker_of_a_house_is_no_mediator():
    evs = _events("She acted as a broker in the sale of the farm.")
    assert not _has(evs, code="045"), _pairs(evs)


# ------------------------------------------------------------------ meeting adjuncts on verbs of leaving

def test_after_a_meeting_the_visitor_flew_home():
    evs = _events("After a meeting with Ghanaian President Nana Akufo-Addo, the Liberian president flew home.")
    assert _has(evs, code="040", src="LBRGOV", tgt="GHAGOV"), _pairs(evs)


def test_a_meeting_with_a_lawyer_during_an_arrest_stays_apart():
    evs = _events("Police arrested him during a meeting with his lawyer.")
    assert not _has(evs, root="04", src="COP"), _pairs(evs)


# ------------------------------------------------------------------ aid to a place, patrol craft

def test_aid_sent_to_a_town_goes_to_its_country():
    evs = _events("Sweden sent blankets to Aleppo.")
    assert _has(evs, root="07", src="SWE", tgt="SYR"), _pairs(evs)


def test_aid_sent_to_the_givers_own_town_has_no_target():
    evs = _events("The French government sent food aid to Marseille.")
    assert not _has(evs, root="07", tgt="FRA"), _pairs(evs)


def test_patrol_vessels_provided_with():
    evs = _events("South Korea will provide the Philippines with four patrol vessels.")
    assert _has(evs, code="072", src="KOR", tgt="PHL"), _pairs(evs)


def test_cutters_donated():
    evs = _events("New Zealand donated two cutters to Samoa.")
    assert _has(evs, code="072", src="NZL", tgt="WSM"), _pairs(evs)


def test_a_shipyard_delivering_ferries_is_no_military_aid():
    evs = _events("The shipyard delivered two vessels to the Greek ferry company.")
    assert not _has(evs, code="072"), _pairs(evs)


# ------------------------------------------------------------------ members of a body meeting

def test_members_of_a_bloc_meeting_in_its_city_meet_no_host():
    evs = _events("NATO defence ministers met in Brussels on Thursday.")
    assert _has(evs, root="04", src="IGO") and not _has(evs, root="04", tgt="BEL"), _pairs(evs)


def test_the_ministers_after_bloc_ministers_are_the_bloc():
    evs = _events("EU foreign ministers met in Luxembourg on Monday. The ministers agreed to send more aid to Chad.")
    assert _has(evs, root="03", src="IGOEU", tgt="TCD") and not _has(evs, src="LUX"), _pairs(evs)


def test_the_envoys_after_a_bodys_envoys():
    evs = _events("A team of African Union envoys toured the region. The envoys met local elders in Goma.")
    assert _has(evs, root="04", src="IGOAFRAU"), _pairs(evs)


def test_the_diplomats_expelled_stay_the_diplomats():
    evs = _events("Russia expelled two British diplomats on Friday.")
    assert _has(evs, root="16", src="RUS", tgt="GBR"), _pairs(evs)


# ------------------------------------------------------------------ talks with no partner named, deals announced

def test_talks_after_which_two_states_agreed_were_between_them():
    evs = _events("Qatar and Bahrain agreed on Monday to restore air links, after two days of talks in Riyadh.")
    assert _has(evs, code="046", src="QAT", tgt="BHR") and _has(evs, code="046", src="BHR", tgt="QAT"), _pairs(evs)


def test_talks_after_which_one_side_agreed_have_no_partner():
    evs = _events("The president agreed to the plan after talks in Paris.")
    assert not _has(evs, root="04"), _pairs(evs)


def test_a_deal_announced_by_a_mediator_is_no_deal_of_its_own():
    evs = _events("The Omani foreign minister announced the agreement at a news conference in Muscat.")
    assert not _has(evs, code="057"), _pairs(evs)


def test_a_deal_announced_with_a_partner_stays_a_deal():
    evs = _events("The Peruvian ministry announced a deal with Bolivia on gas prices.")
    assert _has(evs, code="057", src="PERGOV", tgt="BOL"), _pairs(evs)


def test_the_two_neighbours_after_their_leaders():
    evs = _events("The Egyptian foreign minister met his Sudanese counterpart in Cairo. "
                  "Both neighbours agreed to reopen the border crossing.")
    assert _has(evs, code="030", src="EGY", tgt="SDN"), _pairs(evs)


def test_the_two_neighbours_of_a_street_are_people():
    evs = _events("Residents said the two neighbours had argued for years over a fence.")
    assert not _has(evs, src="USA") and not _has(evs, root="03"), _pairs(evs)


# ------------------------------------------------------------------ passives of giving with the thing kept

def test_a_loan_granted_in_the_passive():
    evs = _events("Egypt was granted a $3 billion loan by the IMF.")
    assert _has(evs, code="071", src="IGOIMF", tgt="EGY"), _pairs(evs)


def test_arms_promised_in_the_passive():
    evs = _events("Moldova was promised more air defence systems by Romania.")
    assert _has(evs, root="03", src="ROU", tgt="MDA"), _pairs(evs)


def test_a_plain_passive_keeps_its_patient():
    evs = _events("The convoy was attacked by gunmen near Goma.")
    assert _has(evs, root="19"), _pairs(evs)


# ------------------------------------------------------------------ grain sent as aid; a state's opposition

def test_tonnes_of_wheat_sent_are_aid():
    evs = _events("Kazakhstan sent 3,000 tonnes of wheat to Afghanistan.")
    assert _has(evs, code="073", src="KAZ", tgt="AFG"), _pairs(evs)


def test_grain_sold_to_a_side_stays_trade():
    evs = _events("Ukraine sold maize to China.")
    assert _has(evs, code="061", src="UKR", tgt="CHN") and not _has(evs, root="07"), _pairs(evs)


def test_the_opposition_after_a_states_government_is_of_that_state():
    evs = _events("The Bolivian government and the opposition signed an accord in Lima.")
    assert _has(evs, code="057", src="BOLGOV", tgt="BOLOPP"), _pairs(evs)


def test_the_rebels_after_a_states_army_are_of_that_state():
    evs = _events("The Malian army and the rebels agreed to a truce in Algiers.")
    assert _has(evs, root="03", src="MLIMIL", tgt="MLIREB"), _pairs(evs)


# ------------------------------------------------------------------ working alongside

def test_navies_working_alongside():
    evs = _events("The Indian navy worked alongside the Sri Lankan coast guard during the search.")
    assert _has(evs, code="060", src="INDMIL", tgt="LKA"), _pairs(evs)


def test_one_body_coordinating_its_own_work_is_no_cooperation():
    evs = _events("The ministry coordinated the relief effort.")
    assert not _has(evs, root="06"), _pairs(evs)


# ------------------------------------------------------------------ written after the held-out reading

def test_the_two_sides_with_one_party_in_the_sentence_before():
    evs = _events("Nepal's prime minister held talks with the Indian premier on Friday. India agreed to build a bridge. "
                  "The two sides signed nine agreements.")
    assert _has(evs, code="057", src="IND", tgt="NPL") or _has(evs, code="057", src="NPL", tgt="IND"), _pairs(evs)


def test_memoranda_of_understanding_signed():
    evs = _events("Laos and Cambodia signed five memoranda of understanding.")
    assert _has(evs, code="057", src="LAO", tgt="KHM"), _pairs(evs)


def test_the_two_sides_of_a_clash_stay_the_clashing_parties():
    evs = _events("Police clashed with striking miners on Monday. The two sides accused each other of starting it.")
    assert not _has(evs, root="11", src="NPL"), _pairs(evs)
