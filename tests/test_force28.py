"""Session 27 (issue 11, branch force28): force, coercion and protest (roots 14-20) in police and conflict wording.

(1) Force, arrest or theft that its doers tried or attempted is the act (convention attempted-force): "tried to
steal a bag" is a seizure, "tried to arrest him" an arrest; "will try to" stays planned, and power one tries to seize
or a ban tried (172) is not taken or imposed. (2) Who is accused, suspected or believed to be behind an act of force did it (convention behind-doers): "suspect
the gang of being behind the bombings", "accused the militia of being behind the attack", "are believed to be behind
the killing".
(3) Live ammunition fired at someone is force (SE-fire-words knew bullets and rounds only). (4) A person or group
forbidden to do something is restricted (V17-forbid-force28, 172). Every sentence here is written for these tests
(none is taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

from test_events import _events, _has


def _src(evs, code):
    return [e for e in evs if e.cameo_code.startswith(code) and e.source_actor_id is not None]


# ------------------------------------------------------------------ attempts at force are force

def test_a_theft_tried_is_a_seizure():
    evs = _events("A masked man tried to snatch a handbag from a pensioner at the tram stop.")
    assert _has(evs, code="171", modality="asserted")


def test_an_arrest_tried_is_an_arrest():
    evs = _events("Plain-clothes officers tried to detain the union organiser outside the depot.")
    assert _has(evs, code="173", modality="asserted")


def test_an_attempt_reported_by_police_is_reported():
    evs = _events("Police say the teenager tried to rob a pharmacy on Elm Street.")
    assert _has(evs, code="171", modality="reported")


def test_a_killing_tried_is_an_act_of_force():
    evs = _events("A gunman tried to kill the village headman as he left the mosque.")
    assert _has(evs, root="19", modality="asserted") or _has(evs, root="18", modality="asserted")


def test_an_arrest_to_be_tried_stays_planned():
    evs = _events("The police will try to arrest the smugglers when the boat lands.")
    assert not _has(evs, root="17", modality="asserted")


def test_a_ban_tried_is_not_imposed():
    evs = _events("The cabinet tried to ban the farmers' union last spring.")
    assert not _has(evs, code="172", modality="asserted")


def test_property_one_tries_to_seize_is_not_taken():
    evs = _events("The new board tried to seize the founder's shares last night.")
    assert not _has(evs, root="17", modality="asserted")


def test_a_protection_tried_is_no_force():
    evs = _events("The guards did not try to stop the prisoners from leaving.")
    assert not _has(evs, root="17", modality="asserted") and not _has(evs, root="19", modality="asserted")


# ------------------------------------------------------------------ who is behind an attack

def test_suspected_of_being_behind_bombings_is_their_doer():
    evs = _events("Detectives suspect a drug gang of being behind the bombing of two ferry offices.")
    hits = _src(evs, "18")
    assert hits and all(e.modality in ("reported", "asserted") for e in hits)


def test_accused_of_being_behind_an_attack_is_its_doer():
    evs = _events("Shopkeepers accused the militia of being behind the bombing of the bazaar.")
    assert _src(evs, "18")


def test_believed_to_be_behind_a_killing_is_its_doer():
    evs = _events("The insurgents are believed to be behind the killing of three road engineers.")
    hits = _src(evs, "19") + _src(evs, "18")
    assert hits and all(e.target_actor_id is not None for e in hits)


def test_accused_of_being_behind_a_killing_with_no_victim_named_is_left():
    evs = _events("The widow accused the landlord of being behind the killing.")
    assert not _src(evs, "19") and not _src(evs, "18")


def test_behind_a_plan_is_no_force():
    evs = _events("The deputy mayor was behind the scheme to pave the old market road.")
    assert not [e for e in evs if e.cameo_root in ("17", "18", "19", "20")]


# ------------------------------------------------------------------ live ammunition

def test_live_ammunition_fired_at_a_crowd_is_force():
    evs = _events("Soldiers fired live ammunition at protesters near the salt works.")
    hits = _has(evs, code="193")
    assert hits and hits[0].target_actor_id is not None


def test_questions_fired_are_no_force():
    evs = _events("Reporters fired questions at the transport minister for an hour.")
    assert not _has(evs, root="19")


# ------------------------------------------------------------------ forbidding

def test_people_forbidden_to_work_are_restricted():
    evs = _events("The militia has forbidden teachers to leave the district.")
    hits = _has(evs, code="172")
    assert hits and hits[0].source_actor_id is not None and hits[0].target_actor_id is not None


def test_a_rule_forbidding_a_thing_is_no_act():
    evs = _events("The club's rules forbid glass bottles on the terraces.")
    assert not _has(evs, code="172")
