"""Session 16 (lead): a plain statement stays beside an act of its speaker that the saying does not make
(convention separate-acts). Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _codes(text: str) -> set[tuple[str, str | None]]:
    return {(e.cameo_code, e.source_text) for e in _events(text)}


def test_a_coordinated_appeal_leaves_the_statement():
    codes = _codes("The ombudsman said the deaths were caused by gunfire, and called on the government "
                   "to withdraw troops.")
    assert ("010", "The ombudsman") in codes and ("020", "The ombudsman") in codes


def test_a_reported_past_appeal_leaves_the_statement():
    evs = _events("The governor said he urged his aides to cut the budget.")
    assert _has(evs, root="02") and _has(evs, root="01")
    evs = _events("The senator said she had asked the agency to delay the vote.")
    assert _has(evs, root="02") and [e.source_text for e in _has(evs, root="01")] == ["The senator"]


def test_an_act_the_saying_makes_still_hides_the_statement():
    # a demand or a future commitment made by saying it is one act, not a statement and an act
    evs = _events("The minister said the refugees must leave the camp by Friday.")
    assert _has(evs, root="10") and not _has(evs, root="01")
    evs = _events("The president said he would meet the rebels next week.")
    assert _has(evs, root="03") and not _has(evs, root="01")


def test_a_present_appeal_in_what_was_said_hides_the_statement():
    evs = _events("Coach Tom Berg said he urges the fans to stay calm.")
    assert _has(evs, root="02") and not _has(evs, root="01")


# ------------------------------------------------------------------ local crime news (read off unseen local pages)

def test_harm_done_by_accident_is_no_force():
    assert not _has(_events("A hunter accidentally shot his friend near the lake."), root="19")
    evs = _events("A boy was killed on Sunday when a neighbour accidentally reversed into him.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]
    # without the adverb the shooting stays an act of force
    assert _has(_events("A hunter shot his friend near the lake."), root="19")


def test_executing_a_search_is_no_killing():
    evs = _events("Officers executed a drug search at the farmhouse on Friday.")
    assert not _has(evs, root="18") and _has(evs, root="09")
    assert _has(_events("The junta executed three dissidents on Monday."), code="186")


def test_a_headline_victim_shot_with_a_weapon_is_the_target():
    for text in ("Teenager shot with air rifle on canal path.", "Delivery driver shot with BB gun outside school."):
        evs = _has(_events(text), root="19")
        assert evs and all(e.source_text is None and e.target_text for e in evs), text
    # armed men who shot with a weapon did the shooting
    evs = _has(_events("Troops shot with live rounds at the crowd."), root="19")
    assert evs and evs[0].source_text == "Troops"


def test_people_named_by_what_they_were_doing_can_be_victims():
    assert _has(_events("A swimmer was shot near the pier."), root="19")


def test_a_street_named_after_a_city_is_not_in_that_city():
    for text, iso in (("Deputies investigated the blaze at 2210 Lisbon Road that destroyed the trailer.", "PRT"),
                      ("Firefighters were called to 90 Madrid Street late on Friday.", "ESP")):
        a = newsgraph.analyse(text, published="2021-03-02")
        assert not any(p.country == iso for p in a.places), text
        assert not any((x.code or "").startswith(iso) for x in a.actors), text
    a = newsgraph.analyse("Crowds marched along Cairo Road in Lusaka.", published="2021-03-02")
    assert {p.country for p in a.places} == {"ZMB"}       # the street is where the text puts it


def test_where_a_person_comes_from_is_not_where_the_story_happens():
    text = ("Ortega, a native of Peru, was arrested by Waterbury police on Monday night and brought to Hartford, "
            "where he was charged with burglary. He is due in court on May 4.")
    a = newsgraph.analyse(text, published="2021-03-02")
    codes = {x.name: x.code for x in a.actors}
    assert not any(c.startswith("PER") and n != "Ortega" and n != "Peru" for n, c in codes.items()), codes


# ------------------------------------------------------------------ strikes by walking out

def test_workers_walking_out_strike():
    for text, sector in (("Nurses walked out.", "HLH"), ("Cleaners at the hospital walked out over unpaid wages.", "LAB"),
                         ("Thousands of factory workers walked out across the country.", "LAB")):
        evs = _has(_events(text), code="143")
        assert [e.source_code for e in evs] == [sector], text


def test_leaving_a_room_or_a_meeting_is_no_strike():
    for text in ("The opposition delegation walked out of the talks.", "The minister walked out before the vote ended.",
                 "She walked out to loud applause."):
        assert not _has(_events(text), root="14"), text


def test_sponsoring_an_occasion_is_no_endorsement():
    assert not _has(_events("The book fair is supported by two publishers and the town council."), root="05")
    assert _has(_events("Forty senators backed the governor."), code="051")


def test_a_title_word_ending_a_persons_name_is_a_surname():
    a = newsgraph.analyse("Senator Angus King criticised the bill.", published="2024-05-01")
    assert [e.source_code for e in a.events if e.cameo_root == "11"] == ["LEG"]
    a = newsgraph.analyse("Actress Jaime King said she would sue the studio.", published="2024-05-01")
    assert not any((e.source_code or "").endswith("GOV") for e in a.events)
    a = newsgraph.analyse("King Charles thanked the troops.", published="2024-05-01")
    assert any((e.source_code or "").endswith("GOV") for e in a.events)     # a title before the name stays one


def test_what_a_thing_should_do_is_no_demand():
    for text in ("The mayor said the new bridge should ease traffic.", "The new rules should not cause delays, the minister said."):
        evs = _events(text)
        assert not _has(evs, root="02") and not _has(evs, root="10") and _has(evs, code="010"), text
    # someone asked to act, or a thing to be done to, is still a demand or appeal
    assert _has(_events("The minister said the police must protect the protesters."), root="10")
    assert _has(_events("The union said taxes should be cut."), root="02")


def test_people_going_home_make_no_visit():
    for text in ("Thousands of displaced families returned to the valley after the floods.",
                 "Hundreds of refugees went back to the border towns last week."):
        assert not _has(_events(text), root="04"), text
    assert _has(_events("A delegation of Kenyan ministers went to Addis Ababa."), code="042")


def test_a_police_raid_is_a_seizure_not_military_force():
    evs = _events("Officers carried out a raid on the warehouse.")
    assert _has(evs, code="1711") and not _has(evs, root="19")
    assert _has(_events("Troops carried out a raid on the rebel camp."), root="19")


def test_ordering_goods_is_no_demand():
    for text in ("The airline ordered twelve new jets.",
                 "The president praised the shipyards for their work on a frigate ordered by the Greek navy."):
        assert not _has(_events(text), root="10"), text
    assert _has(_events("The president ordered the army to leave the city."), code="100")
