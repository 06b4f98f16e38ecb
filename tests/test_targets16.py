"""Sides of events on unseen real news (issue 12, session 16): kinds read off a reading set of real articles,
each fixed by a general rule --
  * a bare or "other" plural of a country noun ("countries that recalled their envoys") names new countries,
    not the ones named before (only "the two nations", "both countries" re-name them);
  * an act noun after a preposition of cause ("over the poisoning of a defector") is the reason: the one it
    befell is no side of the event;
  * a definite singular body noun re-names the body named shortly before by the same noun ("the Dutch
    embassy ... the embassy"), not the last organisation named;
  * a body coordinated with one of the same kind under a country's possessive is that country's too
    ("Chile's Ministry of Mining and the Ministry of Energy");
  * a maker's name before a model designation ("the Airbus A330") names a thing, not the maker (or "the firm"
    after it would be the maker).

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed); each
kind has a sentence whose reading must stay as it was next to the ones that change.
"""
from __future__ import annotations

from newsgraph.actors import actors_for_span
from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)
from test_events import _events, _has


def _codes(analysis, text: str) -> set[str]:
    """The codes of every actor the (first) phrase `text` refers to (a plural phrase may refer to several)."""
    i = analysis.article.text.index(text)
    return {x.code for x in actors_for_span(analysis, i, i + len(text))}


# ------------------------------------------------------------------ plural country nouns
def test_a_bare_plural_country_noun_names_no_country_named_before(pipe):
    a = run(pipe, "Peru told Chile to shut its mission in Lima. Peru will answer in kind to countries that "
                  "recalled their envoys last week.")
    assert not {c[:3] for c in _codes(a, "countries")} & {"PER", "CHL"}


def test_other_nations_are_not_the_nations_named_before(pipe):
    a = run(pipe, "Ghana and Togo signed a border pact on Friday. The other nations in the bloc stayed away.")
    assert not {c[:3] for c in _codes(a, "The other nations")} & {"GHA", "TGO"}


def test_the_two_countries_still_rename_the_countries_named_before(pipe):
    a = run(pipe, "Ghana and Togo signed a border pact on Friday. The two countries had quarrelled for years.")
    assert _codes(a, "The two countries") == {"GHA", "TGO"}


def test_countries_that_act_take_no_country_in_the_event():
    evs = _has(_events("Peru told Chile to shut its mission in Lima. Peru will answer in kind to countries that "
                       "expelled Peruvian envoys."), code="161")
    assert evs and all(e.source_code is None or e.source_code[:3] not in ("PER", "CHL") for e in evs)


# ------------------------------------------------------------------ the reason is no side
def test_the_victim_of_an_act_named_as_the_reason_is_not_the_target():
    evs = _has(_events("Norway expelled two Iranian diplomats over the stabbing of a dissident writer."),
               code="161")
    assert [(e.source_code, e.target_code) for e in evs] == [("NOR", "IRNGOV")]


def test_a_victim_named_as_a_modifier_of_the_reason_is_not_the_target_either():
    evs = _has(_events("Norway and other states expel Iranian diplomats over Larsen stabbing."), code="161")
    assert evs and all(e.target_code == "IRNGOV" for e in evs)


def test_whose_act_the_reason_was_may_still_be_the_target():
    evs = _has(_events("Villagers marched in protest over the army's shelling of their fields."), root="14")
    assert evs and evs[0].target_text and "army" in evs[0].target_text


# ------------------------------------------------------------------ "the embassy": the one of that noun named before
def test_a_definite_body_noun_renames_the_body_named_by_that_noun(pipe):
    a = run(pipe, "The Interior Ministry said Chile would expel 12 Dutch diplomats and shut the Dutch embassy "
                  "in Santiago. The embassy must stop its work within a week.")
    assert at(a, "The embassy").code == "NLDGOV"


def test_a_definite_body_noun_without_such_a_body_before_keeps_the_last_organisation(pipe):
    a = run(pipe, "Shares of Nordvik Shipping fell on Monday after the Oslo Stock Exchange halted trading. "
                  "The exchange said it would resume on Tuesday.")
    ex = at(a, "The exchange")
    assert ex is None or ex.code != "NLDGOV"


# ------------------------------------------------------------------ coordinated bodies under one possessive
def test_a_body_coordinated_under_a_possessive_shares_its_country(pipe):
    a = run(pipe, "Inspectors from Chile's Ministry of Mining and the Ministry of Energy visited the smelter.")
    assert at(a, "the Ministry of Energy").country == "CHL"
    assert at(a, "Ministry of Mining").country == "CHL"


def test_a_body_of_another_kind_does_not_take_the_possessive(pipe):
    a = run(pipe, "Inspectors from Chile's Ministry of Mining and the World Bank visited the smelter.")
    wb = at(a, "the World Bank")
    assert wb is None or wb.country != "CHL"


# ------------------------------------------------------------------ a maker's model is no actor
def test_a_makers_model_is_not_the_maker(pipe):
    a = run(pipe, "A salvage crew found the tail of the Airbus A330 on Sunday. The firm that found it will be paid.")
    plane = at(a, "Airbus")
    assert plane is None


def test_the_maker_itself_is_still_an_actor(pipe):
    a = run(pipe, "Boeing said on Tuesday it would hire 300 engineers.")
    assert at(a, "Boeing") is not None and at(a, "Boeing").code.startswith("USA")
