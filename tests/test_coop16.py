"""Event coding on real news, round 18 of issue 11: what cooperative news looks like in real articles.

Trade and payments named by nouns and verbs with both partners (061), joint patrols (062), borders reopened and
lockdowns eased (081; a border opened to people is refuge, 075), loans approved to a borrower (071, not praise),
talking to a political figure (040), a phone briefing (041), meetings named in an after-phrase of a verb of judging
or deciding, support announced in a post (051). Each kind has sentences that must stay uncoded next to the ones
that must be coded: one partner alone, a negation, a fine or a bribe, a thing received, reporters spoken to.
Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _roots(text: str, modality: str = "asserted") -> set[str]:
    return {e.cameo_root for e in _events(text) if e.modality == modality}


# ------------------------------------------------------------------ trade (061)

def test_trade_named_by_its_noun_with_a_partner():
    assert _has(_events("Peru's trade with Bolivia grew by a tenth last year."), code="061", src="PER", tgt="BOL")


def test_trade_between_two_partners_runs_both_ways():
    evs = _events("Trade between Chile and Peru grew by eight percent last year.")
    assert _has(evs, code="061", src="CHL", tgt="PER") and _has(evs, code="061", src="PER", tgt="CHL")


def test_exports_and_imports_with_their_partner():
    assert _has(_events("Ghana exported cocoa worth two billion dollars to the Netherlands."), code="061",
                src="GHA", tgt="NLD")
    assert _has(_events("Uganda imported 4,000 tonnes of sugar from Kenya."), code="061", src="UGA", tgt="KEN")
    assert _has(_events("Kenya's exports to Uganda fell sharply in March."), code="061", src="KEN", tgt="UGA")


def test_trade_with_one_partner_or_halted_is_no_cooperation():
    assert "06" not in _roots("Exports to China fell by ten percent.")
    assert "06" not in _roots("The trade war with China hurt farmers in Iowa.")
    assert "06" not in _roots("Germany halted its trade with Iran in 2012.")


# ------------------------------------------------------------------ joint patrols (062)

def test_joint_patrols_are_military_cooperation():
    evs = _events("Kenya and Tanzania launched joint patrols along the lake shore.")
    assert _has(evs, code="062", src="KEN", tgt="TZA") and _has(evs, code="062", src="TZA", tgt="KEN")


def test_a_patrol_of_one_force_is_no_cooperation():
    assert "06" not in _roots("Kenyan police patrolled the lake shore at night.")


# ------------------------------------------------------------------ borders and lockdowns (081, 075, 0351)

def test_a_border_reopened_eases_a_restriction():
    assert _has(_events("Lebanon reopened its border with Syria after two weeks."), code="081", src="LBN", tgt="SYR")


def test_a_border_not_reopened_is_no_concession():
    assert "08" not in _roots("The two countries did not reopen the border.")


def test_a_border_opened_to_people_is_refuge():
    # 073, not 075: the codebook's note on 075 codes "opening of borders to masses of refugees" as humanitarian aid
    # (session 43 coop47; this test asserted 075 until then)
    assert _has(_events("Chad opened its border to Sudanese families fleeing the war."), code="073", src="TCD")


def test_borders_thrown_open_as_announced_are_an_intent():
    assert _has(_events("The Greek government announced on Friday that it will throw open the frontiers in June."),
                code="0351", modality="asserted")


def test_stones_thrown_at_a_border_post_open_nothing():
    assert "08" not in _roots("The protesters threw rocks at the border post.")


def test_a_quarantine_dropped_eases_a_restriction():
    assert _has(_events("The Spanish government eliminated the 14-day quarantine for travellers."), code="081",
                src="ESP")


# ------------------------------------------------------------------ loans and payments (071, 061)

def test_a_loan_approved_to_a_borrower_is_aid_not_praise():
    evs = _events("The World Bank approved a 500 million dollar loan to Kenya.")
    assert _has(evs, code="071", tgt="KEN")
    assert not _has(evs, root="05")


def test_a_payment_to_a_named_party_is_economic_exchange():
    assert _has(_events("The Norwegian government paid the Danish company Cowi 3 million dollars for the design."),
                code="061", src="NOR", tgt="DNK")


def test_compensation_and_fines_paid_are_no_exchange():
    assert "06" not in _roots("Germany paid Namibia 1.1 billion euros in compensation.")
    assert "06" not in _roots("The club paid a fine of 20,000 euros.")


def test_funding_through_taxes_names_no_donor():
    assert "07" not in _roots("The pension scheme is funded through payroll taxes.")


def test_a_donation_needs_its_recipient():
    assert _has(_events("The Qatari foundation's donation to the Red Cross arrived in June."), code="071")
    assert "07" not in _roots("The Qatari foundation's donation arrived in June.")


# ------------------------------------------------------------------ consultation (040, 041, 044)

def test_talking_to_a_counterpart_is_consultation():
    assert _has(_events("The Italian president spoke to his French counterpart about migration."), code="040",
                src="ITA", tgt="FRA")


def test_talking_to_reporters_is_no_consultation():
    assert "04" not in _roots("The Italian president spoke to reporters after the vote.")


def test_a_phone_briefing_is_a_call():
    assert _has(_events("The German chancellor held a phone briefing with the Dutch prime minister."), code="041",
                src="DEU", tgt="NLD")


def test_a_roundtable_attended_is_a_meeting():
    assert _has(_events("The Texan governor attended a roundtable with Mexican business leaders in Monterrey."),
                code="044")


def test_a_thing_received_is_no_guest():
    assert "04" not in _roots("The company received FDA clearance for the device.")
    assert _has(_events("The mayor of Rome received the Chinese ambassador."), code="043")


# ------------------------------------------------------------------ support announced (051)

def test_support_tweeted_is_support():
    assert _has(_events("Shakira tweeted her support for the Brazilian president."), code="051", tgt="BRA")


# ------------------------------------------------------------------ reciprocal passives with "between" (passive-between)

def test_an_accord_signed_between_two_parties_is_theirs():
    evs = _events("A memorandum of understanding was signed between Ghana and Togo on Friday.")
    assert _has(evs, code="057", src="GHA", tgt="TGO") and _has(evs, code="057", src="TGO", tgt="GHA")
    evs = _events("A fishing accord between Iceland and Norway was signed on Monday.")
    assert _has(evs, code="057", src="ISL", tgt="NOR")


def test_an_accord_not_signed_between_them_is_no_agreement():
    assert "05" not in _roots("A fishing accord was not signed between Iceland and Norway.")


# ------------------------------------------------------------------ agreements and aid in other words

def test_a_deal_inked_is_signed():
    evs = _events("Zambia and Malawi inked a deal on shared fishing grounds.")
    assert _has(evs, code="057", src="ZMB", tgt="MWI")
    assert "05" not in _roots("The goalkeeper inked a new contract with the club.")


def test_an_understanding_reached_is_an_agreement():
    assert _has(_events("Bolivia and Chile reached an understanding on the river."), code="057", src="BOL", tgt="CHL")
    assert "05" not in _roots("Bolivia did not reach a compromise with Chile.")


def test_negotiations_concluded_were_held():
    assert _has(_events("Canada concluded negotiations with Ecuador on a trade pact."), code="046", src="CAN",
                tgt="ECU")


def test_medics_sent_abroad_are_humanitarian_aid():
    assert _has(_events("Cuba sent 200 nurses to Peru during the outbreak."), code="073", src="CUB", tgt="PER")


def test_aid_let_in_is_humanitarian_access():
    assert _has(_events("Egypt allowed the aid convoy into Gaza."), code="0863", src="EGY")
    assert not _has(_events("The police allowed the convoy of protesters to pass."), code="0863")


def test_a_port_reopened_eases_but_a_new_one_opened_does_not():
    assert _has(_events("The Sudanese junta reopened the airport to foreign airlines after the coup."), code="081")
    assert "08" not in _roots("Kenya opened a new airport in Lamu.")
    assert "08" not in _roots("The Kenyan company opened a port in Mombasa.")


def test_figurative_payments_and_speeches_are_no_cooperation():
    assert not {"04", "06"} & _roots("The club paid the price for its mistakes.")
    assert "04" not in _roots("The senator spoke to the nation on television.")


# ------------------------------------------------------------------ judicial cooperation (handover-origin)

def test_an_extradition_runs_between_the_two_states():
    assert _has(_events("Turkey extradited two suspects to Germany."), code="063", src="TUR", tgt="DEU")


def test_a_passive_extradition_is_done_by_the_state_it_came_from():
    assert _has(_events("The former minister was extradited from Peru to the United States."), code="063",
                src="PER", tgt="USA")
    # with no "from" phrase the handing side is not invented: since session 19 (coop19, agentless AL-handover, as
    # issue 11 asks for acts with no named doer) the extradition is coded with an empty source
    evs = [e for e in _events("The suspect was extradited to Spain.") if e.cameo_code[:2] == "06"]
    assert evs and all(e.source_code is None for e in evs)


def test_a_motion_handed_over_is_no_judicial_cooperation():
    assert "06" not in _roots("The opposition handed over the motion to the speaker of parliament.")


def test_views_exchanged_are_a_consultation_and_intelligence_stays_shared():
    assert _has(_events("Kenya and Tanzania exchanged views on the drought."), code="040", src="KEN", tgt="TZA")
    assert not _has(_events("Kenya and Tanzania exchanged views on the drought."), root="06")


def test_a_courtesy_call_is_a_visit():
    assert _has(_events("The Nepalese prime minister paid a courtesy call on the Indian president."), code="042",
                src="NPL", tgt="IND")


def test_a_video_call_is_a_call_and_an_investor_webinar_is_not():
    assert _has(_events("The Chinese premier held a video call with the German chancellor."), code="041",
                src="CHN", tgt="DEU")
    assert "04" not in _roots("The company held an online conference for investors.")


def test_an_export_ranked_among_others_is_a_product():
    assert "06" not in _roots("Coffee is the largest Ugandan export to Kenya.")


def test_a_sale_approved_is_no_praise():
    assert "05" not in _roots("The ministry approved the sale of two patrol boats to Ghana.")


# ------------------------------------------------------------------ meetings in an after-phrase (adjunct-meetings, adjunct-targets)

def test_a_call_after_which_a_leader_condemned_something_is_his_call():
    evs = _events("The French president condemned the decision after a phone call with the German chancellor.")
    assert _has(evs, code="041", src="FRA", tgt="DEU")


def test_the_condemnation_is_not_aimed_at_the_one_called():
    evs = _events("The French president condemned the decision after a phone call with the German chancellor.")
    assert not _has(evs, root="11", tgt="DEU")
