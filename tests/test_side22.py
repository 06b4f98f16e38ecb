"""Missing and invented sides of events on real news (issue 12, session 22): kinds read off a reading set of real
articles (GeoWebNews), each fixed by a general rule --
  * a country alias that is a common word ("the States") names the country only after "the": "the Member States"
    are no United States;
  * a person's own name is no country of theirs ("anchor Jane Holland" is not Dutch), and a lone surname that is
    a country's name, subject of a verb of saying, is the person named in full before;
  * "the country" / "the nation" re-names the country the text talks about, not one last named as a place
    ("infiltration from Y", "the border with Z");
  * a title before a name the recogniser missed is read ("the outgoing PM Ana Novak stressed"), and "PM" after a
    clock time is no prime minister;
  * a recall of the source's own envoy is aimed at the state the envoy was posted to ("its ambassador to
    <capital>"), and with none named at no one (not at the source's own envoy);
  * "the committee" re-names a committee named further back by that noun, not the last body named;
  * a statement told to the page's own outlet by its name ("told The Harbour Post" on theharbourpost.ie) is
    told to the publisher.

Every sentence here is written for these tests (none is taken from a gold set, a real article or the seed); each
kind has a sentence whose reading must stay as it was next to the ones that change.
"""
from __future__ import annotations

import newsgraph
from test_actors_context import at, pipe, run  # noqa: F401  (pipe: the shared geo + actors pipeline fixture)
from test_events import _events, _has


# ------------------------------------------------------------------ "the States"
def test_member_states_are_not_the_united_states(pipe):
    a = run(pipe, "The development bank backs the Member States in their move to cleaner energy.")
    found = at(a, "the Member States")
    assert found is None or found.country != "USA"
    assert not _has(_events("The development bank backs the Member States in their move to cleaner energy."),
                    tgt="USA")


def test_the_states_still_names_the_united_states(pipe):
    a = run(pipe, "Officials in the States criticised the plan on Monday.")
    assert at(a, "the States") is not None and at(a, "the States").country == "USA"


# ------------------------------------------------------------------ names that are countries
def test_a_titled_name_holding_a_country_word_takes_no_country_from_it(pipe):
    a = run(pipe, "Former anchor Jane Holland covered the long trial for years, she said.")
    assert at(a, "Jane Holland").country != "NLD"


def test_a_lone_surname_that_is_a_country_speaks_as_the_person(pipe):
    a = run(pipe, 'Former anchor Jane Holland covered the trial for years. "It was a long case," Holland recalled.')
    assert at(a, "Holland", 1) is not None and at(a, "Holland", 1).kind == "PERSON"


def test_a_country_that_speaks_is_still_the_country(pipe):
    a = run(pipe, "Holland said on Monday that it would sign the trade deal.")
    assert at(a, "Holland").country == "NLD"


# ------------------------------------------------------------------ "the country"
def test_the_country_skips_a_country_named_as_a_place(pipe):
    a = run(pipe, "Tunisia asked for more border guards. Arms flowed in from neighbouring Libya last year. "
                  "The country's officials condemned the smuggling.")
    assert at(a, "The country's officials").country == "TUN"


def test_the_nation_skips_the_border_with_a_neighbour(pipe):
    a = run(pipe, "U.S. senators criticised the plan. Troops went to the border with Mexico. "
                  "The president attacked the nation's immigration policies.")
    assert at(a, "the nation's").country == "USA"


def test_the_country_is_still_the_last_one_named_as_a_party(pipe):
    a = run(pipe, "Tunisia asked for more border guards. Libya rejected the request on Friday. "
                  "The country's officials called it unfair.")
    assert at(a, "The country's officials").country == "LBY"


# ------------------------------------------------------------------ titles before missed names
def test_a_title_before_a_name_the_recogniser_missed_is_read(pipe):
    a = run(pipe, "Outgoing PM Ana Novak said the budget was sound.")
    pm = at(a, "Ana Novak")
    assert pm is not None and pm.sector is not None


def test_a_clock_time_is_no_prime_minister(pipe):
    a = run(pipe, "The meeting starts at 5 PM, police said.")
    assert at(a, "5 PM") is None


# ------------------------------------------------------------------ recalled envoys
def test_a_recalled_envoy_to_a_capital_aims_the_recall_at_that_state():
    evs = _has(_events("By recalling its ambassador to Moscow for talks, Slovenia took a mild step."), code="161")
    assert evs and all((e.target_code or "")[:3] == "RUS" for e in evs)


def test_a_recalled_envoy_of_ones_own_is_no_target():
    evs = _has(_events("Croatia recalled its ambassador for consultations on Tuesday."), code="161")
    assert evs and all(e.target_code is None for e in evs)


def test_a_foreign_envoy_recalled_is_still_the_target():
    evs = _has(_events("Germany recalled the Turkish ambassador on Tuesday."), code="161")
    assert evs and all((e.target_code or "")[:3] == "TUR" for e in evs)


# ------------------------------------------------------------------ "the committee"
def test_the_committee_renames_a_committee_named_far_back(pipe):
    a = run(pipe, "At a session of the parliamentary Budget Review Committee, the minister stressed that the cuts "
                  "were needed. He said one thing. He said another. Then he said more. He said the statement of "
                  "EU leaders was political. The EU agreed. The minister reminded the committee that Malta did the same.")
    assert at(a, "the committee").name == "Budget Review Committee"


# ------------------------------------------------------------------ the page's own outlet by name
def test_told_the_pages_own_outlet_by_name():
    text = 'The drummer said the van was gone. "It was a shock," guitarist Lena Moro told The Harbour Post on Monday.'
    a = newsgraph.analyse(text, "2024-05-02", url="https://www.theharbourpost.ie/news/2024/05/02/van.html")
    evs = [e for e in a.events if e.cameo_code.startswith("01") and e.target_actor_id]
    assert evs and all(a.actor(e.target_actor_id).country == "IRL" for e in evs)


# ------------------------------------------------------------------ goods from a country
def test_duties_on_imports_from_a_country_are_aimed_at_it():
    evs = _has(_events("Canada slapped new tariffs on steel imports from Mexico on Monday."), root="16")
    assert evs and all((e.target_code or "")[:3] == "MEX" for e in evs)


def test_people_from_a_country_are_still_no_sender(pipe):
    a = run(pipe, "The charity housed refugees from Syria last winter.")
    found = at(a, "refugees")
    assert found is None or found.country != "SYR" or found.sector == "REF"


# ------------------------------------------------------------------ police by their words
def test_law_enforcement_sources_are_police(pipe):
    a = run(pipe, "Two senior law enforcement sources told reporters the boxer would face a judge.")
    assert at(a, "Two senior law enforcement sources").sector == "COP"


def test_a_provinces_branch_of_a_national_police_force(pipe):
    a = run(pipe, "Nova Scotia RCMP say the boat was found on Tuesday.")
    assert at(a, "RCMP") is not None and at(a, "RCMP").country == "CAN"


# ------------------------------------------------------------------ a spokesman named next
def test_a_spokesman_of_a_named_body_is_not_the_next_person_tied_to_another_group(pipe):
    a = run(pipe, "A spokesman from the Department of Parks said the trail will reopen in 2030. Tom Reed, the "
                  "oldest member of the Reed family, died in 2001.")
    assert at(a, "A spokesman").name != "Tom Reed"


def test_a_spokeswoman_named_next_is_still_that_person(pipe):
    a = run(pipe, "A spokeswoman for the city said the clinic would open. Ana Ruiz, the city's spokeswoman, said it "
                  "was ready.")
    assert at(a, "A spokeswoman").name == "Ana Ruiz"


def test_the_country_skips_a_neighbour_named_after_a_verb_form(pipe):
    a = run(pipe, "Tunisia asked for more border guards. Soldiers gained ground, preventing raids from neighbouring "
                  "Libya and containing the revolt in the hills. The country's officials condemned the smuggling.")
    assert at(a, "The country's officials").country == "TUN"
