"""Session 50 (issue 11, branch vio54): violence (18-20) on a random sample of real sentences. In the sample the
largest false side was still election reporting: states, delegates and nominations "captured" or "grabbed" (192,
181, 173), rivals "beaten" or "crushed" at the polls (182), contests with a named rival ("a bitter battle with
the senator", "the family clashed with the front-runner") and an attack whose doer a from-phrase names
("a fresh attack from the senator"). What must stay: rebels who capture a town, gunmen who grab campaign
workers, police who seize a car or beat a supporter, thugs who beat up candidates, supporters who clash with
protesters, a candidate attacked at her home.
Our own sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has

_CAMPAIGN = ("DES MOINES -- Three days before the caucus, the senator's campaign is short of donors, the polls show "
             "her rival closing in on the nomination, and both candidates are courting undecided voters. ")


def _force(evs):
    return [e for e in evs if e.cameo_root in ("18", "19", "20")]


# ------------------------------------------------------------------ votes won are no force (SE-campaign-capture-vio54)

def test_states_captured_in_the_primaries_are_votes():
    evs = _events(_CAMPAIGN + "On Tuesday the governor captured Idaho and Utah, while the front-runner carried "
                  "five other states.")
    assert not _force(evs), _pairs(evs)
    assert not _has(evs, root="17"), _pairs(evs)


def test_delegates_grabbed_are_votes():
    evs = _events(_CAMPAIGN + "The governor grabbed 41 of the 44 delegates on offer in the state, more than his "
                  "rivals had feared.")
    assert not _force(evs), _pairs(evs)


def test_rebels_who_capture_a_town_keep_192():
    evs = _events(_CAMPAIGN + "Rebels captured the town of Kidal on Sunday after heavy fighting.")
    assert _has(evs, code="192", src="REB") or _has(evs, code="192", src="MLIREB"), _pairs(evs)


def test_gunmen_who_grab_campaign_workers_abduct():
    evs = _events(_CAMPAIGN + "Gunmen grabbed two campaign workers outside the office on Monday.")
    assert _has(evs, code="181"), _pairs(evs)


def test_police_who_seize_a_car_keep_their_code():
    evs = _events(_CAMPAIGN + "Police seized the man's car and arrested him outside the rally.")
    assert _has(evs, code="171", src="COP") or _has(evs, code="171", src="USACOP"), _pairs(evs)
    assert _has(evs, code="173"), _pairs(evs)


# ------------------------------------------------------------------ rivals beaten at the polls (SE-campaign-beat-vio54)

def test_a_rival_beaten_by_points_is_no_assault():
    evs = _events(_CAMPAIGN + "Mara Quill beat the senator from Ohio by 14 points (51 to 37) in Tuesday's vote.")
    assert not _force(evs), _pairs(evs)


def test_a_party_hard_to_beat_is_no_assault():
    evs = _events(_CAMPAIGN + "Our own party is tougher to beat than our rivals are, the senator joked.")
    assert not _force(evs), _pairs(evs)


def test_thugs_who_beat_up_candidates_assault():
    evs = _events(_CAMPAIGN + "Party thugs beat up two rival candidates outside the polling station.")
    assert _has(evs, code="182"), _pairs(evs)


def test_police_who_beat_a_supporter_assault():
    evs = _events(_CAMPAIGN + "Police beat a supporter of the senator with batons outside the hall.")
    assert _has(evs, root="18", src="COP") or _has(evs, root="18", src="USACOP"), _pairs(evs)


def test_men_who_beat_a_volunteer_assault():
    evs = _events(_CAMPAIGN + "Two men beat a campaign volunteer outside the office on Monday, police said.")
    assert _has(evs, code="182"), _pairs(evs)


# ------------------------------------------------------------------ contests and named doers (campaign_senses)

def test_a_bitter_battle_with_a_named_rival_is_a_contest():
    evs = _events(_CAMPAIGN + "The senator took the caucus after a long and bitter battle with Governor Mark Ellison, "
                  "and turnout fell, the campaign said.")
    assert not _force(evs), _pairs(evs)


def test_a_family_that_clashed_with_the_front_runner_is_a_contest():
    evs = _events(_CAMPAIGN + "The old party family has clashed again with the front-runner, Senator Ada Vance, "
                  "over her record on taxes.")
    assert not _force(evs), _pairs(evs)


def test_an_attack_from_a_named_senator_is_words():
    evs = _events(_CAMPAIGN + "The nominee spent the morning with donors, bracing for a fresh attack from "
                  "Senator Ruth Calder at the evening forum.")
    assert not _force(evs), _pairs(evs)


def test_a_candidate_attacked_at_her_home_stays_an_assault():
    evs = _events(_CAMPAIGN + "The candidate was attacked at her home on Monday.")
    assert _has(evs, root="18"), _pairs(evs)


def test_supporters_who_clash_with_protesters_stay_force():
    evs = _events(_CAMPAIGN + "Supporters of the candidate clashed with protesters outside the hall.")
    assert _force(evs) or _has(evs, root="14"), _pairs(evs)


def test_a_battle_with_rebels_outside_a_campaign_story_stays_force():
    evs = _events("GOMA -- Troops fought a fierce battle with rebels near the town on Sunday, the army said.")
    assert _force(evs), _pairs(evs)
