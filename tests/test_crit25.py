"""Session 25 (crit25, round26): verbal conflict (CAMEO roots 11-16) in the forms real news uses -- fingers pointed,
pushback, conduct called into question, intimidation, deals ruled out, opposition faced from named people,
critiques delivered, threats "from" their author, a job said to be done badly, firing back in words or with guns,
and a message blasted out (no criticism). Own sentences only."""
import pytest

from newsgraph.pipeline import analyse


def _events(text):
    a = analyse(text, "2024-06-19")
    return [(e.cameo_code, e.rule_id, e.source_text, e.target_text, e.modality) for e in a.events]


def _has(evs, code, rule, source, target, modality="asserted"):
    return any(c == code and r.startswith(rule) and (s and source in s if source else s is None)
               and (t and target in t if target else t is None) and m == modality for c, r, s, t, m in evs)


@pytest.mark.parametrize("text, source, target", [
    ("The mayor pointed the finger at the governor for the long delays.", "mayor", "governor"),
    ("Opposition lawmakers pointed the finger at the finance minister.", "lawmakers", "finance minister"),
])
def test_pointing_the_finger_is_blame(text, source, target):
    evs = _events(text)
    assert _has(evs, "112", "V11-point-finger-crit25", source, target), evs


def test_pushing_back_on_an_actors_plan_is_disapproval_of_its_maker():
    evs = _events("The farmers' union pushed back on the minister's plan to cap water use.")
    assert _has(evs, "110", "V11-push-back-on-crit25", "union", "minister"), evs


def test_calling_conduct_into_question_is_criticism():
    evs = _events("The senator called into question the governor's handling of the accounts.")
    assert _has(evs, "111", "V11-call-into-question-crit25", "senator", "governor"), evs


def test_intimidation_is_a_threat():
    evs = _events("The landlord intimidated the tenants who had complained about the heating.")
    assert _has(evs, "130", "V13-intimidate-crit25", "landlord", "tenants"), evs


def test_ruling_out_a_deal_rejects_it():
    evs = _events("The ferry company ruled out a deal with the unions.")
    assert _has(evs, "120", "V12-rule-out-deal-crit25", "ferry company", "unions"), evs


@pytest.mark.parametrize("text, source", [
    ("The mayor faced fierce opposition from the fishermen.", "fishermen"),
    ("The mayor has met opposition from shop owners.", "shop owners"),
])
def test_opposition_faced_from_named_people_is_their_disapproval(text, source):
    evs = _events(text)
    hits = [e for e in evs if e[0] == "110" and e[1].startswith("N11-face-opposition-from-crit25")]
    assert len(hits) == 1 and source in hits[0][2] and "mayor" in hits[0][3], evs


def test_facing_the_opposition_in_a_vote_is_no_disapproval():
    evs = _events("The senator faced the opposition leader in a televised debate.")
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "The senator delivered a blistering critique of the governor's flood plan.",
    "The senator toured the dam on Monday, delivering a blistering critique of the governor.",
])
def test_a_critique_delivered_is_its_givers_criticism(text):
    evs = _events(text)
    assert _has(evs, "111", "N11-deliver-critique-crit25", "senator", "governor"), evs


def test_threats_from_someone_are_theirs():
    evs = _events("The threats from the landlord frightened the tenants.")
    assert any(c == "130" and s and "landlord" in s and not (t and "landlord" in t) for c, r, s, t, m in evs), evs


def test_a_job_said_to_be_done_badly_by_another_is_criticism():
    evs = _events("The mayor said the governor had done a terrible job with the dredging.")
    assert _has(evs, "111", "S-say+T-bad-job-crit25", "mayor", "governor"), evs


def test_ones_own_poor_job_judges_no_one():
    evs = _events("The coach said he had done a poor job this season.")
    assert not any(c.startswith("11") for c, *_ in evs), evs


@pytest.mark.parametrize("text, code", [
    ("The mayor fired back with a sharp statement.", "110"),
    ("The soldiers fired back.", "190"),
    ("The guards fired back when the convoy was ambushed.", "190"),
])
def test_firing_back_is_words_for_speakers_and_force_for_armed_men(text, code):
    evs = _events(text)
    assert any(c == code and r.startswith("V11-fire-back-crit25") for c, r, *_ in evs), evs


def test_blasting_out_a_message_is_no_criticism():
    evs = _events("The club blasted out a message to its members about the new season.")
    assert not any(c.startswith("11") for c, *_ in evs), evs
    evs = _events("The senator blasted the governor over the late budget.")
    assert any(c == "111" for c, *_ in evs), evs


def test_intimidation_tried_was_done():
    evs = _events("The landlord tried to intimidate the tenants.")
    assert _has(evs, "130", "V13-intimidate-crit25", "landlord", "tenants"), evs
    evs = _events("The mayor will try to intimidate the reporter.")
    assert not _has(evs, "130", "V13-intimidate-crit25", "mayor", "reporter"), evs


@pytest.mark.parametrize("text", [
    "The mayor said the governor had failed to fix the roads.",
    "The mayor said the governor has failed to do anything about the flooding.",
])
def test_a_failure_to_act_said_of_another_is_criticism(text):
    evs = _events(text)
    assert _has(evs, "111", "S-say+T-failed-to-act-crit25", "mayor", "governor"), evs


@pytest.mark.parametrize("text", [
    "The mayor said he had failed to fix the roads.",
    "The coach said the team failed to score in the second half.",
])
def test_ones_own_failure_or_a_missed_score_judges_no_one(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, *_ in evs), evs


def test_a_stance_called_untenable_is_criticism_of_its_holder():
    evs = _events("The union said the governor's position was untenable.")
    assert _has(evs, "111", "S-say+T-condemn-judgement-crit25", "union", "governor"), evs


def test_a_vetoed_bill_is_a_veto_of_its_makers():
    evs = _events("The governor vetoed the bill passed by the legislature.")
    assert any(c == "129" and r.startswith("V12-veto-bill-crit25") and s and "governor" in s and t
               and ("legislature" in t or "bill" in t) and m == "asserted" for c, r, s, t, m in evs), evs


def test_turning_ones_back_on_someone_rejects_them():
    evs = _events("The party turned its back on the former leader.")
    assert _has(evs, "120", "V12-turn-back-on-crit25", "party", "former leader"), evs


def test_fire_drawn_from_unarmed_people_is_their_criticism():
    evs = _events("The governor drew fire from teachers over the school closures.")
    assert any(c == "111" and r.startswith("N11-draw-fire-crit25") and s and "teachers" in s and t and "governor" in t
               for c, r, s, t, m in evs), evs


def test_a_plan_called_a_gimmick_is_criticism_of_its_maker():
    evs = _events("The senator described the governor's plan as a gimmick.")
    assert _has(evs, "111", "S-describe-as+T-condemn-ploy-crit25", "senator", "governor"), evs


@pytest.mark.parametrize("text", [
    "The senator spoke at a rally in the port city on Tuesday.",
    "The governor said the bridge was a waste of money at a rally in the valley.",
])
def test_a_rally_where_someone_spoke_is_no_protest(text):
    evs = _events(text)
    assert not any(c.startswith("14") for c, *_ in evs), evs


def test_a_protest_rally_where_a_deed_was_done_stays():
    evs = _events("The man said he was beaten by police at a protest rally.")
    assert any(c.startswith("14") for c, *_ in evs), evs


def test_a_blockade_tried_is_a_protest_made():
    evs = _events("Farmers tried to block the road to the port.")
    assert any(c == "144" and m == "asserted" for c, r, s, t, m in evs), evs
    evs = _events("The farmers will try to block the road tomorrow.")
    assert not any(c == "144" and m == "asserted" for c, r, s, t, m in evs), evs


def test_questioning_someones_leadership_is_criticism():
    evs = _events("The senator questioned the governor's leadership.")
    assert _has(evs, "111", "V11-question-conduct", "senator", "governor"), evs


def test_in_a_rebuke_to_someone_is_criticism_of_them():
    evs = _events("In a rebuke to the governor, the senate rejected his budget.")
    assert _has(evs, "111", "N11-rebuke-to-crit25", "senate", "governor"), evs


@pytest.mark.parametrize("text", [
    "The rebels vowed revenge against the army after the raid.",
    "The rebels vowed to avenge their commander.",
])
def test_revenge_vowed_is_a_threat_not_cooperation(text):
    evs = _events(text)
    assert any(c == "130" and r.startswith("V03-pledge+SE-vow-") for c, r, *_ in evs), evs
    assert not any(c.startswith("03") for c, *_ in evs), evs


def test_a_vow_to_oppose_is_no_intent_to_cooperate():
    evs = _events("The senator vowed to oppose the new mining law.")
    assert not any(c.startswith("03") for c, *_ in evs), evs
    evs = _events("The two mayors vowed to share the river's water fairly.")
    assert any(c == "030" for c, *_ in evs), evs


def test_a_proposal_voted_down_or_a_nominee_blocked_is_rejected():
    evs = _events("The senate voted down the governor's proposal.")
    assert _has(evs, "120", "V12-vote-down-crit25", "senate", "governor"), evs
    evs = _events("The senator blocked the governor's nominee.")
    assert _has(evs, "120", "V12-block-nominee-crit25", "senator", "governor"), evs


@pytest.mark.parametrize("text, protest", [
    ("The candidate will hold a rally in the port city next week.", False),
    ("The union held a rally against the pay cuts.", True),
])
def test_a_rally_a_politician_holds_is_no_protest(text, protest):
    evs = _events(text)
    assert any(c.startswith("14") for c, *_ in evs) == protest, evs


@pytest.mark.parametrize("text, target", [
    ("China banned imports of Norwegian salmon.", "imports"),
    ("The government halted exports of rice to Bangladesh.", "Bangladesh"),
])
def test_a_ban_on_trade_with_a_country_is_an_embargo(text, target):
    evs = _events(text)
    assert any(c == "163" and r.startswith("V16-ban-trade-crit25") and t and target in t for c, r, s, t, m in evs), evs


def test_aid_held_up_is_aid_withheld():
    evs = _events("The administration held up military aid to Ukraine for weeks.")
    assert any(c == "162" and r.startswith("V16-hold-up-aid-crit25") for c, r, *_ in evs), evs


@pytest.mark.parametrize("text, code", [
    ("Beijing retaliated with tariffs on soybeans from Iowa.", "163"),
    # rocket fire: 194 since session 38 (convention weapon-codes), was 190
    ("The rebels retaliated with rocket fire after the raid.", "194"),
])
def test_retaliation_in_tariffs_is_a_sanction_and_in_rockets_force(text, code):
    evs = _events(text)
    assert any(c == code for c, *_ in evs), evs


@pytest.mark.parametrize("text, code", [
    ("The two candidates attacked each other over the budget.", "111"),
    # knives: 180 since session 43 (word list BLADE_MEANS, the codebook's 180 note on knives and rocks), was 190
    ("The two gangs attacked each other with knives.", "180"),
])
def test_politicians_attacking_each_other_use_words(text, code):
    evs = _events(text)
    assert any(c == code for c, *_ in evs), evs
