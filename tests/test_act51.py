"""Session 47 (issue 12, branch act51): sources given a wrong actor or country, read on real news pages of no gold
set and checked here on sentences written for these tests.

- a noun of a named person's camp ("Putin critics", "Ruto supporters", "supporters of President X", "Odinga
  loyalists") is a group of the noun's sector and of the person's country, as "Putin's critics" already was -- not
  the person (actors/person_camps.py, kb PERSON_CAMP_NOUNS; role r-loyalist-act51);
- a role predicated of a person ("X became mayor of Lagos", "X was elected (as) mayor of London", "X was appointed
  Nigeria's foreign minister", "X, who is the mayor of Lagos") places the person by the role's place or nationality,
  as an apposition does (actors/role_predicates.py, epithets.predicate);
- an outlet named again by the last word of its name ("The New York Times ... the Times") re-names that outlet
  (actors/outlet_short_names.py);
- an organisation the KB lacks written after "<City>-based" ("San Francisco-based Velora Partners") is of that
  city's country (name_descriptors.based_before).
"""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _event(text: str, cue: str):
    """The analysis, the first event whose cue starts with `cue`, and its source actor (None without one)."""
    a = newsgraph.analyse(text, published=PUBLISHED)
    e = next((e for e in a.events if (e.cue or "").startswith(cue)), None)
    assert e is not None, f"no event with cue {cue!r}: {[x.cue for x in a.events]}"
    return a, e, a.actor(e.source_actor_id) if e.source_actor_id else None


CAMPS = [
    # (text, cue, source code, the named person's code that must NOT be the source)
    ("MINSK - Lukashenko critics accused the election commission on Sunday of rigging the count.",
     "accused", "BLRCVL", "BLRGOV"),
    ("NAIROBI - Ruto supporters stormed an opposition office in Kisumu on Saturday.", "stormed", "KENCVL", "KENGOV"),
    ("NAIROBI - Supporters of President William Ruto stormed an opposition office in Kisumu on Saturday.",
     "stormed", "KENCVL", "KENGOV"),
    ("PARIS - Opponents of Vladimir Putin accused the Kremlin on Monday of jailing a journalist.",
     "accused", "RUSOPP", "RUSGOV"),
    ("PARIS - Loyalists of Vladimir Putin attacked a French reporter outside the embassy on Monday.",
     "attacked", "RUSCVL", "RUSGOV"),
]


@pytest.mark.parametrize("text,cue,code,person", CAMPS)
def test_a_persons_camp_is_a_group_of_the_persons_country(text, cue, code, person):
    _, e, src = _event(text, cue)
    assert e.source_code == code
    assert e.source_code != person
    assert src is not None and src.kind == "GROUP" and src.country_source == "employer"


def test_a_camp_as_a_politicians_act_is_not_a_verbal_attack():
    # before: "Ruto supporters" were Ruto (KENGOV), and a politician's "attacked" reads as criticism, 111
    _, e, _ = _event("NAIROBI - Ruto supporters attacked opposition offices in Kisumu on Monday.", "attacked")
    assert e.cameo_code.startswith(("18", "19")) and e.source_code == "KENCVL"


def test_the_person_still_acts_in_their_own_name():
    _, e, src = _event("NAIROBI - President William Ruto criticised the opposition on Monday.", "criticised")
    assert e.source_code == "KENGOV" and src.kind == "PERSON"
    # the camp is a group of its own: the person named in it stays the person, with the person's own sector
    a = newsgraph.analyse("MINSK - Lukashenko critics accused the election commission on Sunday of rigging the count.",
                          published=PUBLISHED)
    assert not any(x.name == "Alexander Lukashenko" and x.sector == "CVL" for x in a.actors)


ROLE_PREDICATES = [
    ("Trump praised Amaka Obi on Monday. Obi became mayor of Lagos last year. On Tuesday Obi criticised Trump over "
     "his visa rules.", "criticised", "NGAGOV"),
    ("Trump praised Amaka Obi on Monday. Obi was elected as mayor of Lagos last year. On Tuesday Obi criticised Trump "
     "over his visa rules.", "criticised", "NGAGOV"),
    ("Trump praised Amaka Obi on Monday. Obi, who was elected mayor of Lagos last year, criticised Trump on Tuesday "
     "over his visa rules.", "criticised", "NGAGOV"),
    ("Trump praised Amaka Obi on Monday. Obi is the mayor of Lagos. On Tuesday Obi criticised Trump over his visa "
     "rules.", "criticised", "NGAGOV"),
    ("Biden thanked Amaka Obi on Monday. Obi was appointed Nigeria's foreign minister in March. On Tuesday Obi "
     "criticised Biden over his visa rules.", "criticised", "NGAGOV"),
    ("Biden thanked Amaka Obi on Monday. Obi served as mayor of Lagos for six years. On Tuesday Obi criticised Biden "
     "over his visa rules.", "criticised", "NGA"),
]


@pytest.mark.parametrize("text,cue,code", ROLE_PREDICATES)
def test_a_role_said_of_a_person_places_them(text, cue, code):
    _, e, src = _event(text, cue)
    assert e.source_code is not None and e.source_code.startswith(code)
    assert src.country == "NGA" and src.country_source == "apposition"


def test_an_active_naming_verb_names_someone_else():
    # "Trump named Obi as ambassador to Nigeria": Trump named her; the post is abroad, and the verb is active
    _, e, src = _event("Trump praised Amaka Obi on Monday. Trump named Obi as ambassador to Nigeria last week. On "
                       "Tuesday Obi criticised Trump over his visa rules.", "criticised")
    assert src.country != "NGA"


def test_a_role_of_another_state_does_not_override_a_known_country():
    # a person the text already placed keeps it: "the Ghanaian economist ... is the mayor's adviser" stays Ghana's
    _, e, src = _event("Ghanaian economist Kofi Mensah praised the budget on Monday. Mensah is an adviser to the mayor "
                       "of Lagos. On Tuesday Mensah criticised the central bank.", "criticised")
    assert src.country == "GHA"


def _actor_of(a, text: str):
    ids = {m.actor_id for m in a.mentions if m.text == text}
    return [a.actor(i) for i in ids if i]


@pytest.mark.parametrize("text,short,full,code", [
    ("The governor hid the debt, according to The New York Times. The Times said the governor had misled lawmakers.",
     "Times", "The New York Times", "USAMED"),
    ("The senator hid the debt, The Washington Post reported on Monday. The Post said the senator had misled voters.",
     "Post", "The Washington Post", "USAMED"),
])
def test_an_outlet_named_again_by_its_last_word(text, short, full, code):
    a = newsgraph.analyse(text, published=PUBLISHED)
    [outlet] = _actor_of(a, short)
    assert outlet.name == full and outlet.code == code


def test_a_short_outlet_name_after_two_outlets_of_that_word_stays_unread():
    a = newsgraph.analyse("The senator hid the debt, The New York Times reported. The Financial Times said the bank was "
                          "sold. The Times said the senator had misled voters.", published=PUBLISHED)
    [outlet] = _actor_of(a, "Times")
    assert outlet.name not in ("The New York Times", "Financial Times")
    # ... and with no outlet named before, "the Times" is read as before
    a = newsgraph.analyse("The prime minister hid the debt, the Times reported on Monday.", published=PUBLISHED)
    assert all(x.name != "The New York Times" for x in _actor_of(a, "Times"))


@pytest.mark.parametrize("text,cue,code", [
    ("NAIROBI - London-based Harrowgate Consulting said on Monday that its offices had been looted.", "said", "GBR"),
    ("Toronto-based Maple Ridge Capital sued the province on Monday over the cancelled lease.", "sued", "CAN"),
])
def test_an_organisation_based_in_a_city_is_of_its_country(text, cue, code):
    _, e, src = _event(text, cue)
    assert src.country == code and src.country_source == "place"


def test_based_only_after_a_hyphen_right_before_the_name():
    # "based" elsewhere in the sentence places nothing: the firm keeps what it had (no country here)
    _, e, src = _event("Velora Partners, which is based in a small office, said on Monday that it had been hacked.",
                       "said")
    assert src is None or src.country is None
