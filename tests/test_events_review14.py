"""Events, review of session 14: edges of the lead's JUDGED_FOR and VENUE_NOUNS. Every text here is written for
these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def test_the_act_after_criticised_for_is_the_criticised_states_not_the_critics():
    evs = _events("Iran's president criticised Israel for bombing Gaza.")
    # (a state's bombing is aerial, 195 by the codebook's note on 183, since session 31; it was 183 before)
    bombings = _has(evs, root="18") + [e for e in evs if e.cameo_code == "195"]
    assert bombings and all((e.source_code or "").startswith("ISR") for e in bombings)


def test_a_thing_praised_for_an_act_gives_the_act_to_no_one_else():
    # "the plan" is no actor: the praiser does not become the one who cuts taxes
    evs = _events("Kenya's president praised the plan for cutting taxes on fuel.")
    assert all(e.source_text != "Kenya's president" for e in evs if e.cameo_code[:2] != "05")


def test_an_armed_group_before_a_venue_before_an_attack_is_still_the_attacker():
    evs = _events("A Hamas mosque attack killed ten people.")
    assert _has(evs, root="19") or _has(evs, root="18")
    assert all("HMS" in (e.source_code or "") for e in evs)
