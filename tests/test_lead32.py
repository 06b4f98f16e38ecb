"""Session 32 (lead): kinds seen on the demo's screens, each checked on sentences written for these tests.

Events: "fired" in a sentence about missiles, rockets, drones or shells does not make a strike small-arms fire
(sense SE-struck-by-gunfire-force30's '!' words); heavy arms fired at, on or into something are conventional force,
190, not the small arms of 193 (SE-heavy-arms-fired-lead33); what someone calls something is a name, not a call for
it (SE-call-predicate-appeal-lead33); an attack that killed, with no weapon told, is force, 190, not a physical
assault (SE-deadly-attack-lead33); an intent is dated by its own verb, not by the act it intends (convention
intent-dates); the one warned against doing something would do it (roles.kept_from, WARNED_AGAINST_VERBS); a state
protesting complains officially, 114, it holds no demonstration (SE-state-protest-lead33); those who join talks do
not hold them with each other (JOINING_VERBS); a state's answer is not aimed at its own act (convention
answers-other-side); three or more states that did not do a mutual act did not fail to do it with each other
(implied_sides._refused_by_several); a country attacked is no person assaulted (senses._is_person); an envoy summoned to hear a
protest is not the protester (SUMMONING_VERBS, SUMMONS_PURPOSES); an act someone calls treasonous or a
provocation happened, and the naming condemns it (modality; T-condemn words).

Actors: the parties to a conflict or its talks are no political parties (kb CONFLICT_PARTY_CONTEXT); an object
pronoun never takes up its verb's subject through another mention of it, and a possessive in the for-phrase of
thanks or blame is the object's (pronouns._judged_for, JUDGED_FOR_VERBS); a state post held "in" a place is
of that place's country (nominals.state_post), as are the state people of a clause after a fronted "In <place>,";
"several governments" take no country from the story (SEVERAL_STATES_NOUNS); and a day before a title is no part
of a name (DAY_WORDS)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.datafile import DataFileError
from newsgraph.events import senses

PUBLISHED = "2024-06-19"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.cameo_code, e.rule_id) for e in newsgraph.analyse(text, published=PUBLISHED).events]


def test_a_strike_in_a_sentence_about_shells_is_not_gunfire():
    codes = _codes("Troops fired artillery rounds into the valley and hit a village school.")
    assert any(c.startswith("19") for c, _ in codes), codes
    assert not any(c == "193" for c, _ in codes), codes
    codes = _codes("The navy said it needed the new missiles to hit radar sites and that they would not be fired at towns.")
    assert not any(c == "193" for c, _ in codes), codes


def test_a_strike_where_the_sentence_tells_of_bullets_stays_gunfire():
    codes = _codes("The girl was struck by a stray bullet.")
    assert any(c == "193" for c, _ in codes), codes


def test_drones_fired_at_a_place_are_conventional_force():
    codes = _codes("The militia fired two drones at the airport on Sunday.")
    assert ("190", "V19-fire-at+SE-heavy-arms-fired-lead33") in codes, codes
    # guns fired at someone stay small arms
    codes = _codes("Snipers fired at the convoy from a ridge.")
    assert any(c == "193" for c, _ in codes), codes


def test_what_someone_calls_something_is_no_appeal():
    codes = _codes("Rioters set fire to the depot in what they called payback for a pay cut.")
    assert not any(c.startswith("02") for c, _ in codes), codes
    codes = _codes("The union called the offer an insult and called for a strike.")
    assert any(c == "020" for c, _ in codes), codes


def test_exclusion_words_belong_to_sentence_word_rows_only(tmp_path, monkeypatch):
    bad = tmp_path / "senses.csv"
    bad.write_text("id,cameo,verbs,condition,value,action,example\n"
                   "SE-x,19,hit,object,car|!truck,drop,An example.\n", encoding="utf-8")
    monkeypatch.setattr(senses, "package_data", lambda *parts: bad)
    senses.senses.cache_clear()
    try:
        with pytest.raises(DataFileError):
            senses.senses()
    finally:
        senses.senses.cache_clear()


def test_an_attack_that_killed_with_no_weapon_told_is_force_not_assault():
    codes = _codes("The ministry said the attack had also killed two shepherds.")
    assert any(c == "190" for c, _ in codes), codes
    assert not any(c.startswith("18") for c, _ in codes), codes
    # an attack on a person with no death told stays a physical assault
    codes = _codes("A man attacked a woman in the park on Sunday.")
    assert any(c == "182" for c, _ in codes), codes


def test_an_intent_is_dated_by_its_own_verb_not_by_the_act_it_intends():
    evs = newsgraph.analyse("The ministers pledged on Wednesday to send the region at least two billion euros in aid "
                            "within the next year.", published="2024-07-11").events
    intents = [e for e in evs if e.cameo_code.startswith("03")]
    assert intents, [(e.cameo_code, e.date) for e in evs]
    assert all(e.date == "2024-07-10" for e in intents), [(e.cameo_code, e.date) for e in intents]
    # no time of its own: the publication day, not the month the visit would come
    evs = newsgraph.analyse("The president promised to visit the flooded province in August.",
                            published="2024-07-11").events
    intents = [e for e in evs if e.cameo_code.startswith("03")]
    assert intents and all(e.date == "2024-07-11" for e in intents), [(e.cameo_code, e.date) for e in evs]


def test_the_one_warned_against_an_act_is_who_would_do_it():
    evs = newsgraph.analyse("The president warned Poland against sending troops to the border.",
                            published=PUBLISHED).events
    sends = [e for e in evs if e.cameo_code.startswith("15")]
    assert sends and all(e.source_code == "POL" for e in sends), [(e.cameo_code, e.source_code) for e in evs]
    assert all(e.modality != "asserted" for e in sends)


def test_a_state_protesting_complains_officially():
    codes = _codes("Japan protested to China over the new fishing rules.")
    assert any(c == "114" for c, _ in codes) and not any(c.startswith("14") for c, _ in codes), codes
    codes = _codes("Thousands of students protested against the government.")
    assert any(c == "141" for c, _ in codes), codes


def test_the_parties_to_a_conflict_are_no_political_parties():
    evs = newsgraph.analyse("The mediators said both parties had agreed to a ceasefire.", published=PUBLISHED).events
    assert evs and not any((e.source_code or "").endswith("PTY") for e in evs), [(e.cameo_code, e.source_code) for e in evs]
    evs = newsgraph.analyse("The two parties began coalition negotiations on Monday.", published=PUBLISHED).events
    assert any((e.source_code or "").endswith("PTY") for e in evs), [(e.cameo_code, e.source_code) for e in evs]


def test_states_that_join_talks_do_not_hold_them_with_each_other():
    evs = newsgraph.analyse("Leaders of Japan, South Korea and Australia are expected to join the talks on Thursday.",
                            published="2024-07-10").events
    talks = [e for e in evs if e.cameo_code == "046"]
    assert len(talks) == 3 and all(e.target_code is None for e in talks), [(e.source_code, e.target_code) for e in talks]
    evs = newsgraph.analyse("Japan, South Korea and Australia held talks on Thursday.", published="2024-07-10").events
    assert len([e for e in evs if e.cameo_code == "046" and e.target_code]) == 6


def test_a_state_does_not_answer_its_own_act():
    text = ("Norway said on Wednesday that it would formally recognize a Palestinian state next week. The United "
            "States, which opposes unilateral recognition, said that a Palestinian state should come about through "
            "direct negotiations. A spokesman told reporters that President Biden did not support the step.")
    evs = newsgraph.analyse(text, published="2024-05-22").events
    answers = [e for e in evs if e.rule_id.endswith("+answers")]
    assert answers and all(e.target_code == "NOR" for e in answers), [(e.cameo_code, e.source_code, e.target_code)
                                                                      for e in evs]


def test_one_state_codes():
    from newsgraph.events.state_sides import one_state_codes as _one_state
    assert _one_state("USAGOV", "USA") and _one_state("RUSGOV", "RUSGOV")
    assert not _one_state("GEOGOV", "GEOOPP") and not _one_state("IGOUNO", "IGOEUREEC")
    assert not _one_state(None, "USA") and not _one_state("USA", "FRA")


def _mention_actor(analysis, text: str, nth: int = 0):
    found = [m.actor_id for m in analysis.mentions if m.text == text]
    return found[nth] if len(found) > nth else None


def test_an_object_pronoun_never_takes_up_its_own_verbs_subject_through_another_mention():
    a = newsgraph.analyse("The governor thanked the visiting senator for his help and invited him to stay a day.",
                          published=PUBLISHED)
    assert _mention_actor(a, "him") == _mention_actor(a, "the visiting senator")
    assert _mention_actor(a, "him") != _mention_actor(a, "The governor")


def test_a_possessive_in_a_for_phrase_of_thanks_or_blame_is_the_objects():
    a = newsgraph.analyse("The minister criticised the mayor for her remarks about the flood.", published=PUBLISHED)
    assert _mention_actor(a, "her") == _mention_actor(a, "the mayor")
    # a plural object cannot take up "her": the subject does
    a = newsgraph.analyse("Ms. Lee thanked voters for her victory.", published=PUBLISHED)
    assert _mention_actor(a, "her") == _mention_actor(a, "Ms. Lee")


def test_a_country_attacked_is_no_person_assaulted():
    codes = _codes("The treaty includes a pledge to assist each other if either country is attacked.")
    assert any(c.startswith("19") for c, _ in codes) and not any(c.startswith("18") for c, _ in codes), codes


def test_an_envoy_summoned_to_hear_a_protest_is_not_the_protester():
    evs = newsgraph.analyse("South Korea summoned the Russian ambassador on Friday to protest against the defense "
                            "treaty.", published=PUBLISHED).events
    assert evs and all(e.source_code == "KOR" for e in evs), [(e.cameo_code, e.source_code) for e in evs]


def test_an_act_called_something_happened_and_the_naming_condemns_it():
    evs = newsgraph.analyse('The mayor called the attack on the police station "treasonous" on Friday.',
                            published=PUBLISHED).events
    force = [e for e in evs if e.cameo_root == "19"]
    assert force and all(e.modality == "asserted" for e in force), [(e.cameo_code, e.modality) for e in evs]
    assert any(e.cameo_code == "111" for e in evs), [(e.cameo_code, e.rule_id) for e in evs]
    # called for, the attack is still to come
    evs = newsgraph.analyse("The senator called for an attack on the camp.", published=PUBLISHED).events
    assert all(e.modality != "asserted" for e in evs if e.cameo_root == "19")


def test_a_state_post_held_in_a_capital_is_that_states():
    a = newsgraph.analyse("A foreign ministry spokesman in Beijing said on Thursday that the talks were over.",
                          published=PUBLISHED)
    assert any(x.country == "CHN" and x.sector == "GOV" for x in a.actors), [(x.name, x.country) for x in a.actors]
    # a diplomat in a capital is posted there, of no country it says
    a = newsgraph.analyse("The ambassador in Kabul said the talks were over.", published=PUBLISHED)
    assert not any(x.country == "AFG" for x in a.actors), [(x.name, x.country) for x in a.actors]


def test_a_fronted_place_places_the_state_people_of_its_clause():
    a = newsgraph.analyse("In Kyiv, a senior official said the talks were over.", published=PUBLISHED)
    assert any(x.country == "UKR" and x.sector == "GOV" for x in a.actors), [(x.name, x.country) for x in a.actors]
    a = newsgraph.analyse("In a statement, the ministry said the talks were over.", published=PUBLISHED)
    assert not any(x.country for x in a.actors), [(x.name, x.country) for x in a.actors]


def test_several_governments_take_no_country_from_the_dateline():
    text = ("OSLO (Agency) -- Several governments, including those of Chile and Peru, said on Friday that they would "
            "not attend the summit. Police in Oslo closed two streets.")
    a = newsgraph.analyse(text, published=PUBLISHED)
    several = [x for x in a.actors if x.name.lower().startswith("several governments")]
    assert several and several[0].country is None, [(x.name, x.country) for x in a.actors]


def test_a_day_before_a_title_is_no_part_of_the_name():
    a = newsgraph.analyse("On Friday President Maria Lind had demanded that the rebels leave the port.",
                          published=PUBLISHED)
    assert not any(t.startswith("Friday") for x in a.actors for t in x.aliases), [x.aliases for x in a.actors]
    assert not any((e.source_text or "").startswith("Friday") for e in a.events), [e.source_text for e in a.events]


def test_several_states_that_did_not_sign_did_not_fail_to_sign_with_each_other():
    evs = newsgraph.analyse("India, Saudi Arabia, South Africa and Brazil did not sign the joint statement.",
                            published=PUBLISHED).events
    assert not any(e.cameo_code == "057" and e.target_code for e in evs), [(e.source_code, e.target_code) for e in evs]
    # two sides that did not sign stay a pair, and several that signed sign with each other
    evs = newsgraph.analyse("Russia and Ukraine did not sign the deal.", published=PUBLISHED).events
    assert {(e.source_code, e.target_code) for e in evs if e.cameo_code == "057"} == {("RUS", "UKR"), ("UKR", "RUS")}
    evs = newsgraph.analyse("India, Brazil and South Africa signed a trade pact on Monday.", published=PUBLISHED).events
    assert len([e for e in evs if e.cameo_code == "057" and e.target_code]) == 6
