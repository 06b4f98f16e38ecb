"""Session 32 (issue 12, kb34): spokespeople, press secretaries and national security advisers as dated rows of
leaders.csv. A spokesperson named in an article during the term is the country's government (GOV); the same
name after the term is a former official (ELI); a surname repeated after the full name, and a distinctive
surname alone, are the same person. Every text here is written for these tests."""
from __future__ import annotations

import csv

import newsgraph
from newsgraph.actors.kb import KB_DIR, load_kb


def _actor(analysis, name):
    return next(a for a in analysis.actors if a.name == name)


def test_a_foreign_ministry_spokeswoman_named_in_office_is_her_government():
    a = newsgraph.analyse("Maria Zakharova dismissed the new sanctions as theft on Tuesday.", published="2024-05-07")
    z = _actor(a, "Maria Zakharova")
    assert (z.country, z.sector) == ("RUS", "GOV")


def test_a_press_secretary_after_her_term_is_a_former_official():
    during = newsgraph.analyse("Jen Psaki told reporters that the vaccines would be shipped to India.",
                               published="2021-05-03")
    assert (_actor(during, "Jen Psaki").country, _actor(during, "Jen Psaki").sector) == ("USA", "GOV")
    after = newsgraph.analyse("Jen Psaki criticised the budget plan on her television show.", published="2024-03-10")
    p = _actor(after, "Jen Psaki")
    assert p.country == "USA" and p.sector != "GOV"


def test_a_national_security_adviser_keeps_his_code_under_his_surname():
    a = newsgraph.analyse("Jake Sullivan met his Chinese counterpart in Malta on Saturday. Sullivan said the talks "
                          "were candid and useful.", published="2023-09-18")
    s = _actor(a, "Jake Sullivan")
    assert (s.country, s.sector) == ("USA", "GOV")
    assert [e.source_code for e in a.events if e.source_text == "Sullivan"] == ["USAGOV"]
    later = newsgraph.analyse("Jake Sullivan spoke about the ceasefire at a university forum.", published="2025-06-02")
    assert _actor(later, "Jake Sullivan").sector != "GOV"


def test_a_distinctive_surname_alone_names_the_spokesperson():
    a = newsgraph.analyse("Kirby said the drills were a provocation.", published="2023-08-21")
    k = next(x for x in a.actors if "Kirby" in x.name)
    assert (k.country, k.sector) == ("USA", "GOV")
    b = newsgraph.analyse("Dujarric told reporters the convoy had been stopped at the crossing.",
                          published="2024-02-14")
    d = next(x for x in b.actors if "Dujarric" in x.name)
    assert (d.country, d.sector) == ("IGO", "UNO")
    assert [e.source_code for e in b.events if e.source_text == "Dujarric"] == ["IGOUNO"]


def test_between_two_terms_a_spokesman_is_a_former_official():
    a = newsgraph.analyse("John Kirby said on television that the talks would fail.", published="2019-06-11")
    k = _actor(a, "John Kirby")
    assert k.country == "USA" and k.sector == "ELI"


def test_a_spokesperson_who_stays_in_the_service_stays_government():
    a = newsgraph.analyse("Zhao Lijian posted a map of the disputed border on Monday.", published="2024-04-01")
    z = _actor(a, "Zhao Lijian")
    assert (z.country, z.sector) == ("CHN", "GOV")


def test_the_spokesperson_of_a_named_country_still_takes_the_ministry_s_country():
    a = newsgraph.analyse("Mao Ning, a spokeswoman for the Chinese foreign ministry, said Beijing opposed the "
                          "sale.", published="2024-06-19")
    m = _actor(a, "Mao Ning")
    assert (m.country, m.sector) == ("CHN", "GOV")


def test_the_new_rows_name_offices_no_bare_title_finds():
    # "the Chinese spokesman" must not pick one of several spokespeople: a row's role is never a bare title of
    # roles.csv ("spokesman", "adviser"), so holders_of() does not answer for it
    kb = load_kb()
    bare = {r.lower() for r in kb.roles}
    with open(KB_DIR / "leaders.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        if any(w in r["role"].lower() for w in ("spokes", "press secretary", "security adviser")):
            assert r["role"].lower() not in bare, r["id"]


def test_a_whole_kb_name_whose_surname_the_recogniser_took_for_a_place_is_the_person():
    a = newsgraph.analyse("Linda Thomas-Greenfield vetoed the resolution. Vassily Nebenzia accused Washington of "
                          "hypocrisy.", published="2024-02-20")
    n = _actor(a, "Vassily Nebenzia")
    assert (n.country, n.sector) == ("RUS", "GOV")
    assert [e.source_code for e in a.events if e.source_text == "Vassily Nebenzia"] == ["RUSGOV"]
    assert (_actor(a, "Linda Thomas-Greenfield").country, _actor(a, "Linda Thomas-Greenfield").sector) == ("USA", "GOV")


def test_a_kb_name_inside_a_building_s_name_stays_no_person():
    a = newsgraph.analyse("Protesters gathered outside the Donald Trump Tower in Chicago.", published="2024-02-20")
    assert not any(x.name == "Donald Trump" for x in a.actors)
