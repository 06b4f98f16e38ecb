"""Session 47 (issue 11, branch coop51): cooperation and aid in the forms real papers print -- a gift told by a
participle with its giver's by-phrase ("medicines donated by Norway"), aid sent to people placed in another country,
a ban or sanctions eased in the passive with the owner on the measure and the state it fell on on the goods, support
pledged as policy backing, teams sent beside aid -- and what must stay uncoded or keep its old reading. Our own
sentences only."""
from __future__ import annotations

from test_coop28 import _pairs
from test_events import _events, _has


def _aid(evs):
    return [e for e in evs if e.cameo_root == "07"]


# ------------------------------------------------------------------ place-not-giver

def test_a_gift_told_with_its_givers_by_phrase_is_not_aimed_at_the_giver():
    evs = _events("Medicines donated by Norway were stored at a depot outside the capital.")
    assert _has(evs, root="07", src="NOR"), _pairs(evs)
    assert not _has(evs, root="07", tgt="NOR"), _pairs(evs)


def test_aid_given_for_a_place_abroad_still_goes_to_that_place():
    evs = _events("Austria gave 3 million euros for drought relief in Kenya.")
    assert _has(evs, root="07", src="AUT", tgt="KEN"), _pairs(evs)


# ------------------------------------------------------------------ placed-recipients

def test_aid_sent_to_people_placed_abroad_goes_to_their_country():
    evs = _events("Qatar sent emergency supplies to earthquake survivors in Morocco.")
    assert _has(evs, root="07", src="QAT", tgt="MAR"), _pairs(evs)


def test_aid_sent_to_people_at_home_names_no_other_country():
    evs = _events("Qatar sent emergency supplies to flood survivors in Doha.")
    assert _aid(evs) and not [e for e in _aid(evs) if e.target_code and not e.target_code.startswith("QAT")], \
        _pairs(evs)


# ------------------------------------------------------------------ eased-measure-sides

def test_a_ban_eased_in_the_passive_is_its_owners_act_on_the_goods_destination():
    evs = _events("Ottawa's ban on arms sales to Riyadh was lifted on Tuesday.")
    assert _has(evs, code="085", src="CAN", tgt="SAU"), _pairs(evs)
    assert not _has(evs, code="085", tgt="CAN"), _pairs(evs)
    evs = _events("The Japanese ban on beef imports from Australia was eased last month.")
    assert _has(evs, code="085", src="JPN", tgt="AUS"), _pairs(evs)


def test_a_ban_lifted_by_a_named_state_is_aimed_at_the_goods_destination():
    evs = _events("Germany lifted its ban on arms exports to Turkey.")
    assert _has(evs, code="085", src="DEU", tgt="TUR"), _pairs(evs)


def test_a_ban_with_no_owner_and_no_goods_names_no_sides():
    evs = _events("The ban on smoking in bars was lifted on Monday.")
    assert not [e for e in evs if e.cameo_code == "085" and (e.source_code or e.target_code)], _pairs(evs)
    evs = _events("The arms embargo on Libya was lifted.")
    assert _has(evs, code="085", tgt="LBY") and not _has(evs, code="085", src="LBY"), _pairs(evs)


# ------------------------------------------------------------------ support pledged (SE-pledge-support-coop51)

def test_support_pledged_to_a_politician_is_policy_support():
    evs = _events("The three senators pledged their support to the governor.")
    assert _has(evs, code="032") and not _has(evs, code="033"), _pairs(evs)


def test_material_support_or_aid_pledged_stays_material():
    evs = _events("Denmark pledged financial support to Ghana.")
    assert _has(evs, code="033", src="DNK", tgt="GHA") and not _has(evs, code="032"), _pairs(evs)
    evs = _events("Denmark pledged aid to Ghana.")
    assert _has(evs, code="033", src="DNK", tgt="GHA"), _pairs(evs)


# ------------------------------------------------------------------ given-conjuncts

def test_teams_sent_beside_aid_are_no_recipient():
    evs = _events("The charity sent blankets and medical teams to the worst-hit villages.")
    assert not [e for e in _aid(evs) if "team" in (e.target_text or "")], _pairs(evs)


def test_teams_and_aid_sent_to_a_state_still_go_to_it():
    evs = _events("Chile sent aid and rescue teams to Ecuador.")
    assert _has(evs, code="073", src="CHL", tgt="ECU"), _pairs(evs)
