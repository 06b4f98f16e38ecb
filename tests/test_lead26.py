"""Session 26 (lead): two sides of one country in a reciprocal act -- police and students clashing, a government
and rebels in talks -- are two sides; two actors of one code or a country and its own state stay one. Every
text here is written for these tests."""
from __future__ import annotations

import newsgraph


def _events(analysis, root=None):
    acts = {a.id: a for a in analysis.actors}
    out = []
    for e in analysis.events:
        if root is None or e.cameo_code.startswith(root):
            out.append((e.cameo_code, acts[e.source_actor_id].code if e.source_actor_id in acts else None,
                        acts[e.target_actor_id].code if e.target_actor_id in acts else None))
    return out


def test_clashes_between_police_and_students_of_one_country_are_coded_both_ways():
    a = newsgraph.analyse("Clashes between riot police and striking dockers broke out in the port of Mombasa on "
                          "Thursday.", published="2025-03-04")
    pairs = {(s, t) for code, s, t in _events(a, "19")}
    assert ("KENCOP", "KENLAB") in pairs and ("KENLAB", "KENCOP") in pairs


def test_coordinated_domestic_subjects_of_a_clash_act_on_each_other():
    a = newsgraph.analyse("Ghanaian soldiers and local miners clashed near Obuasi on Sunday.", published="2025-03-04")
    pairs = {(s, t) for code, s, t in _events(a, "19")}
    assert pairs and all(s != t for s, t in pairs)
    assert any(s == "GHAMIL" for s, t in pairs)


def test_two_actors_of_one_code_or_a_country_and_its_state_stay_one_side():
    a = newsgraph.analyse("Kim Jong Un and North Korea signed a trade deal with Russia.", published="2025-03-04")
    pairs = {(s, t) for code, s, t in _events(a, "05")}
    assert ("PRKGOV", "PRK") not in pairs and ("PRK", "PRKGOV") not in pairs
    assert ("PRKGOV", "RUS") in pairs


def test_clashes_that_erupted_between_two_sides_take_them_from_the_verb():
    a = newsgraph.analyse("Heavy clashes erupted between striking miners and the police near Rustenburg, South "
                          "Africa, on Wednesday.", published="2025-03-04")
    pairs = {(s, t) for code, s, t in _events(a, "19")}
    assert any(s == "ZAFCOP" for s, t in pairs) and any(t == "ZAFCOP" for s, t in pairs)


def test_a_fight_that_broke_out_between_one_plural_party_has_it_as_source():
    a = newsgraph.analyse("A fight broke out between two passengers on a ferry near Mombasa, Kenya, on Sunday.",
                          published="2025-03-04")
    fights = _events(a, "18")
    assert fights and fights[0][1] is not None


def test_the_prison_someone_is_released_from_is_no_side():
    a = newsgraph.analyse("HARARE, Zimbabwe — The opposition activist was freed from prison on Monday after "
                          "two years.", published="2025-03-04")
    releases = _events(a, "084")
    assert releases and releases[0][2] == "ZWEOPP"
