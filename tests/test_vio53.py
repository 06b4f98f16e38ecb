"""Session 49 (issue 11, branch vio53): violence (18-20) as real papers print it -- and the false side that
election reporting prints most: "attacks" and "fights" a campaign makes in words. In a campaign story an attack by
no one, a name, a pronoun, a group or a sum, on no place or thing, with no word of force or harm in the sentence, is
criticism (111); a fight or battle of unarmed sides is a contest for votes, no force. What must stay: gunmen on a
candidate's convoy, a man who punched a candidate, supporters who stormed a polling station, a named attack ("the
Brussels attacks"), an attack with a knife, and attacks outside campaign news.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has

_CAMPAIGN = ("HARTFORD -- Two weeks before the primary, the senator's campaign is short of money and the polls "
             "show her rival closing in on the nomination; a debate is set for Thursday and both candidates are "
             "courting undecided voters. ")


def _force(evs):
    return [e for e in evs if e.cameo_root in ("18", "19", "20")]


# ------------------------------------------------------------------ attacks made in words

def test_groups_spending_money_attacking_a_candidate_criticise():
    evs = _events(_CAMPAIGN + "Outside groups have spent $3 million attacking the senator in the state.")
    assert not _force(evs), _pairs(evs)
    assert _has(evs, code="111", tgt="USALEG"), _pairs(evs)


def test_a_rivals_attacks_on_her_criticise():
    evs = _events(_CAMPAIGN + "Her rival has stepped up his attacks on her in recent days.")
    assert not _force(evs), _pairs(evs)
    assert _has(evs, code="111"), _pairs(evs)


def test_a_candidate_of_no_office_who_attacked_a_rival():
    evs = _events(_CAMPAIGN + "Aldous Fenwick, a businessman who has never held office, attacked Marla Quist on "
                  "Monday, and Quist fired back at him on Tuesday.")
    assert not _force(evs), _pairs(evs)


def test_a_sum_in_attacks():
    evs = _events(_CAMPAIGN + "The front-runner was targeted by $2 million in attacks from two super PACs.")
    assert not _force(evs), _pairs(evs)


def test_a_fight_or_battle_for_votes_is_no_force():
    evs = _events(_CAMPAIGN + "The fight for the southern primaries has begun, and the governor fought back on "
                  "Tuesday.")
    assert not _force(evs), _pairs(evs)


# ------------------------------------------------------------------ what stays force in a campaign story

def test_gunmen_on_a_candidates_convoy_stay_force():
    evs = _events(_CAMPAIGN + "Gunmen attacked the candidate's convoy near the border on Friday.")
    assert _has(evs, root="19", src="UAF"), _pairs(evs)


def test_a_man_who_punched_a_candidate_is_no_criticism():
    evs = _events(_CAMPAIGN + "A man punched the candidate in the face at a town hall on Saturday.")
    assert not _has(evs, code="111"), _pairs(evs)


def test_supporters_who_attacked_a_polling_station_stay_force():
    evs = _events(_CAMPAIGN + "Supporters of the senator attacked a polling station in the north.")
    assert _force(evs), _pairs(evs)
    assert not _has(evs, code="111"), _pairs(evs)


def test_an_attack_with_a_knife_stays_force():
    evs = _events(_CAMPAIGN + "A woman attacked the senator with a knife outside her office.")
    assert _force(evs), _pairs(evs)


def test_a_named_attack_is_not_read_as_words():
    evs = _events(_CAMPAIGN + "The Brussels attacks changed the race.")
    assert not _has(evs, code="111"), _pairs(evs)


def test_outside_campaign_news_a_fight_between_men_stays_an_assault():
    evs = _events("Two men started a fight with a doorman outside a bar in Leeds early on Sunday, police said.")
    assert not _has(evs, code="111"), _pairs(evs)


def test_a_candidate_shot_in_a_campaign_story_stays_a_shooting():
    evs = _events(_CAMPAIGN + "She was joined by a former congressman who survived being shot in the chest.")
    assert _force(evs), _pairs(evs)
    assert not _has(evs, code="111"), _pairs(evs)


def test_a_candidate_who_shot_back_retorts():
    evs = _events(_CAMPAIGN + "Quist shot back at the columnist on Twitter within the hour.")
    assert not _force(evs), _pairs(evs)


# ------------------------------------------------------------------ the one found with wounds bore them

def test_the_victim_found_with_stab_wounds_is_the_target_not_the_finder():
    evs = _events("On arrival, deputies found the victim with stab wounds behind the bar.")
    assert _has(evs, root="18", tgt="USACVL") or _has(evs, root="18", tgt="CVL"), _pairs(evs)
    assert not _has(evs, root="18", tgt="COP") and not _has(evs, root="18", tgt="USACOP"), _pairs(evs)


def test_paramedics_treated_a_teenager_with_stab_wounds():
    evs = _events("Paramedics treated a teenager with stab wounds outside the club.")
    assert not [e for e in evs if e.cameo_root == "18" and (e.target_code or "").endswith("HLH")], _pairs(evs)
    assert [e for e in evs if e.cameo_root == "18" and e.target_text == "a teenager"], _pairs(evs)


def test_one_who_escaped_with_wounds_keeps_them():
    evs = _events("The guard escaped with minor gunshot wounds.")
    assert [e for e in evs if e.cameo_root == "19" and e.target_text == "The guard"], _pairs(evs)


def test_a_group_hitting_a_candidate_with_ads_as_its_effort_kicks_off():
    evs = _events(_CAMPAIGN + "A super PAC has been hitting the senator with ads for weeks, and its new effort "
                  "kicks off on Monday.")
    assert not _force(evs), _pairs(evs)


def test_a_clash_between_candidates_is_no_force_but_supporters_clashing_is():
    evs = _events(_CAMPAIGN + "In every earlier clash between a rival and Fenwick it was the rival who picked a "
                  "fight.")
    assert not _force(evs), _pairs(evs)
    evs = _events(_CAMPAIGN + "Rival supporters clashed outside the hall on Saturday.")
    assert _force(evs), _pairs(evs)


def test_attacks_by_hackers_in_a_campaign_story_are_not_read_as_words():
    evs = _events(_CAMPAIGN + "Investigators said the attacks on the party were carried out by hackers abroad.")
    assert not _has(evs, code="111"), _pairs(evs)


def test_a_candidate_attacked_with_no_doer_or_one_attack_on_her_stays_force():
    evs = _events(_CAMPAIGN + "The candidate was attacked at her home in the north on Sunday.")
    assert not _has(evs, code="111"), _pairs(evs)
    evs = _events(_CAMPAIGN + "The attack on the candidate came hours after she left the hall.")
    assert not _has(evs, code="111"), _pairs(evs)


def test_a_candidate_attacked_over_her_record_is_criticised():
    evs = _events(_CAMPAIGN + "The senator was attacked over her voting record on Tuesday.")
    assert not _force(evs), _pairs(evs)
