"""Session 26 (lead): two sides of one country in a reciprocal act -- police and students clashing, a government
and rebels in talks -- are two sides (two actors of one code or a country and its own state stay one); sides of
an event noun read off its verb of happening; places of holding and clients are no sides; "it" taking up a thing;
kinds of actors read on whole dev articles (the Palestinian Authority, a settlement bloc, settlers, defense
attorneys, a gathering held). Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_lead25 import _events     # (code, source code, target code) of each event, as session 25's tests read them


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


def _codes(analysis):
    return {a.name: a.code for a in analysis.actors}


def test_it_takes_up_a_thing_named_as_the_subject_before_not_an_actor_further_back():
    a = newsgraph.analyse("Brazil raised tariffs on steel last year. The long dispute gives the minister an "
                          "excuse: it lets him blame foreigners for the slump.", published="2025-03-04")
    assert not any(code.startswith("086") for code, s, t in _events(a))   # no one "let" anyone


def test_it_still_takes_up_a_country_that_was_the_subject_before():
    a = newsgraph.analyse("Kenya closed its border with Somalia on Friday. It also expelled two diplomats.",
                          published="2025-03-04")
    assert any(code.startswith("16") and s == "KEN" for code, s, t in _events(a))


def test_the_palestinian_authority_is_the_palestinian_government():
    a = newsgraph.analyse("The Palestinian Authority rejected the new border plan on Monday.", published="2025-03-04")
    assert ("120", "PSEGOV", None) in _events(a, "12")


def test_a_bloc_of_another_kind_is_not_the_union_named_before():
    a = newsgraph.analyse("The EU called the outposts illegal. Netanyahu visited the settlement bloc near Jerusalem "
                          "on Tuesday.", published="2025-03-04")
    visits = _events(a, "04")
    assert visits and all(t != "IGOEUREEC" for code, s, t in visits)


def test_settler_leaders_are_civilians_not_a_government():
    a = newsgraph.analyse("The minister spoke to settler leaders in Hebron on Sunday.", published="2025-03-04")
    assert any(code.endswith("CVL") for name, code in _codes(a).items() if "settler" in name.lower())


def test_a_gathering_that_was_held_is_no_detention():
    a = newsgraph.analyse("The Pacific Fisheries Roundtable was held against a backdrop of falling catches.",
                          published="2025-03-04")
    assert not _events(a, "17")
    b = newsgraph.analyse("Police held two fishermen for a week in Mombasa, Kenya.", published="2025-03-04")
    assert ("173", "KENCOP", "KENAGR") in _events(b, "17")


def test_defense_attorneys_are_lawyers_not_soldiers():
    a = newsgraph.analyse("Defense attorneys said the two clerks would fight the charges in court.",
                          published="2025-03-04")
    assert any(code.endswith("JUD") for name, code in _codes(a).items() if "attorney" in name.lower())


def test_the_client_of_a_suit_is_not_whom_it_is_against():
    a = newsgraph.analyse("LAGOS, Nigeria — A senior advocate filed a suit against the state governor on behalf "
                          "of three traders.", published="2025-03-04")
    suits = _events(a, "11")
    assert suits and all(t in (None, "NGAGOV") for code, s, t in suits)
    assert any(t == "NGAGOV" for code, s, t in suits)
    b = newsgraph.analyse("LAGOS, Nigeria — A senior advocate filed a suit on behalf of three traders against the "
                          "state governor.", published="2025-03-04")
    suits = _events(b, "11")
    assert suits and all(t in (None, "NGAGOV") for code, s, t in suits)    # never the traders
