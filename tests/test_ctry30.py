"""Actor countries on real news, session 29 (issue 12, branch ctry30): "the kingdom" / "the emirate" re-name a
country of that form of state, a bare "the city" / "the county" as a party to an act is a local government, and
a person's initials given in parentheses name that person wherever they recur.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed);
each kind has a sentence whose actor must stay as it was next to the ones that change.
"""
from __future__ import annotations

from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)
from test_events import _events, _has


# ------------------------------------------------------------------ the kingdom, the emirate, the republic
def test_the_kingdom_is_the_kingdom_named_before_not_the_last_country(pipe):
    a = run(pipe, "Jordan bought tanks from Germany last year. The kingdom also signed a deal with Italy. "
                  "Critics accused the kingdom of abuses.")
    assert at(a, "The kingdom").country == "JOR"
    assert at(a, "the kingdom").country == "JOR"


def test_the_kingdom_after_no_kingdom_names_no_country(pipe):
    a = run(pipe, "Brazil signed a trade deal with Chile on Monday. Critics accused the kingdom of delays.")
    kingdom = at(a, "the kingdom")
    assert kingdom is None or kingdom.country is None


def test_the_emirate_and_the_republic(pipe):
    a = run(pipe, "Kuwait hosted talks with Turkey. The emirate said it would keep mediating.")
    assert at(a, "The emirate").country == "KWT"
    b = run(pipe, "Egypt held talks with Spain on Monday. Critics accused the republic of stalling.")
    assert at(b, "the republic").country == "EGY"


def test_accusing_the_kingdom_has_the_kingdom_as_target():
    evs = _has(_events("Jordan bought tanks from Germany last year. Rights groups accused the kingdom of abuses."),
               root="11")
    assert evs and all(e.target_code and e.target_code.startswith("JOR") for e in evs)


# ------------------------------------------------------------------ the city, the county
def test_the_city_as_a_party_is_the_town_government(pipe):
    a = run(pipe, "Residents of Leeds sued over the flooding. The city agreed on Monday to pay damages.")
    city = at(a, "The city")
    assert city is not None and city.country == "GBR" and city.sector == "GOV"


def test_the_city_without_a_town_takes_the_story_country(pipe):
    a = run(pipe, "The city agreed to pay damages to the families.", dateline="NAIROBI")
    city = at(a, "The city")
    assert city is not None and city.country == "KEN"


def test_in_the_city_and_the_city_of_name_no_government(pipe):
    a = run(pipe, "Protesters marched in Lyon on Sunday. Shops stayed closed in the city.")
    assert at(a, "the city") is None
    b = run(pipe, "Flooding hit the region. The city of Lyon has two rivers.")
    assert at(b, "The city") is None


def test_a_deal_calling_on_the_city_to_pay_has_the_city_as_target():
    evs = _events("BRISTOL, England - Local shop owners sued the council over the closures. "
                  "The judge ordered the city to pay compensation to the shop owners.")
    paid = [e for e in evs if e.target_text == "the city" or e.source_text == "the city"]
    assert paid and all((e.target_code if e.target_text == "the city" else e.source_code).startswith("GBR")
                        for e in paid)


# ------------------------------------------------------------------ a person's initials
def test_initials_in_parentheses_name_the_person_wherever_they_recur(pipe):
    a = run(pipe, "Opposition leader Maria Fernanda Ruiz Ortega (MFRO) visited Quito. MFRO later criticised "
                  "Carlos Mendez over the budget. She called for new elections.")
    assert at(a, "MFRO", 1) is at(a, "Maria Fernanda Ruiz Ortega")
    assert at(a, "She") is at(a, "Maria Fernanda Ruiz Ortega")


def test_initials_that_do_not_spell_the_name_are_left_alone(pipe):
    a = run(pipe, "Opposition leader Maria Ruiz (XYZ) visited Quito. XYZ later criticised the budget.")
    later = at(a, "XYZ", 1)
    assert later is None or later is not at(a, "Maria Ruiz")


# ------------------------------------------------------------------ a plural object is not its verb's subject
def test_the_two_countries_urged_are_not_the_one_urging(pipe):
    a = run(pipe, "Chile and Peru have disputed the border for years. Brazil urged the two countries to talk.")
    assert {e.country for e in _group(a, "the two countries")} == {"CHL", "PER"}


def test_the_two_leaders_met_by_someone_are_two_others(pipe):
    a = run(pipe, "President Ana Silva spoke with Prime Minister Paulo Rocha and President Marta Neves on Monday. "
                  "Later Silva met the two leaders in Lisbon.")
    names = {e.name for e in _group(a, "the two leaders")}
    assert names and not any("Silva" in n for n in names)


def test_the_two_countries_as_subject_keep_the_last_two_named(pipe):
    a = run(pipe, "Chile and Peru have disputed the border for years. The two countries agreed to talk.")
    assert {e.country for e in _group(a, "The two countries")} == {"CHL", "PER"}


def _group(analysis, text):
    from newsgraph.actors import actors_for_span
    i = analysis.article.text.index(text)
    return actors_for_span(analysis, i, i + len(text))


# ------------------------------------------------------------------ a bare "the council"; authors
def test_a_bare_council_sued_is_the_local_government(pipe):
    a = run(pipe, "Residents of the estate sued the council on Monday. The council said it would fight the case. "
                  "Residents protested outside the town hall.", dateline="LEEDS")
    council = at(a, "the council")
    assert council is not None and council.country == "GBR" and council.sector == "GOV"
    assert at(a, "Residents of the estate") is not None


def test_the_council_after_a_named_council_is_that_council(pipe):
    a = run(pipe, "The UN Security Council met on Monday. Russia urged the council to act.")
    assert at(a, "the council").country == "IGO"


def test_the_authors_told_are_an_actor():
    evs = _has(_events("LONDON - One lecturer told the authors how she had been given no training. "
                       "Several colleagues agreed. The report was published on Monday."), root="01")
    told = [e for e in evs if e.cue == "told"]
    assert told and told[0].target_text == "the authors" and told[0].target_code.startswith("GBR")
