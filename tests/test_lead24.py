"""Session 24 (lead): actor countries a reader can tell that the demo corpus showed missing or wrong -- a
spokeswoman "for the Russian foreign ministry", "the foreign ministry" of the story's country (a portfolio, not
foreignness), two ministries of different portfolios kept apart, "his government" of the person "his" names,
"diplomats from seven countries" and what they own given no story country. Every text here is written for
these tests."""
from __future__ import annotations

import newsgraph


def _actor(analysis, name):
    return next(a for a in analysis.actors if a.name == name)


def test_a_spokeswoman_for_a_ministry_a_demonym_places_takes_its_country():
    a = newsgraph.analyse("Olga Ivanova, the spokeswoman for the Russian foreign ministry, said the plan was theft.",
                          published="2024-05-03")
    assert _actor(a, "Olga Ivanova").country == "RUS"
    assert _actor(a, "Olga Ivanova").country_source == "employer"
    b = newsgraph.analyse("John Otieno, spokesman for the Kenyan interior ministry, said the curfew would stay.",
                          published="2024-05-03")
    assert _actor(b, "John Otieno").country == "KEN"


def test_a_demonym_on_a_field_of_study_gives_a_professor_no_country():
    a = newsgraph.analyse("Ivan Sokolov, a professor of Russian history, said the plan was bold.",
                          published="2024-05-03")
    assert _actor(a, "Ivan Sokolov").country is None


_KENYA = ("NAIROBI, Kenya (AP) — Six foreign traders were arrested in Nairobi on Monday, the interior ministry "
          "said.\n\nThe foreign ministry said it had summoned the envoy of a neighbouring state.\n\n"
          "The ministry said the traders would appear in court on Tuesday.")


def test_the_foreign_ministry_is_the_story_countrys_own_and_not_the_interior_ministry():
    a = newsgraph.analyse(_KENYA, published="2024-05-03")
    foreign = _actor(a, "The foreign ministry")
    interior = _actor(a, "the interior ministry")
    assert foreign is not interior and foreign.id != interior.id
    assert foreign.country == "KEN" and interior.country == "KEN"


def test_a_foreign_group_still_takes_no_story_country():
    a = newsgraph.analyse(_KENYA, published="2024-05-03")
    assert _actor(a, "Six foreign traders").country is None


def test_his_government_is_the_government_of_the_person_his_names():
    text = ("CARACAS (AP) — Venezuela's electoral council declared the vote valid on Monday.\n\n"
            "President Gustavo Petro of Colombia did not congratulate the winner. Instead, his government "
            "demanded a full count of the ballots.")
    a = newsgraph.analyse(text, published="2024-07-30")
    gov = next(x for x in a.actors if x.sector == "GOV" and x.country == "COL" and x.name != "Gustavo Petro")
    assert gov.country_source == "coreference"
    assert not any(x.name == "his government" and x.country == "VEN" for x in a.actors)


def test_diplomats_from_several_countries_and_their_governments_get_no_story_country():
    text = ("CARACAS (AP) — Venezuela ordered diplomats from five countries to leave on Monday after their "
            "governments questioned the result of the vote.\n\nThe electoral council said the result stood.\n\n"
            "Police in Caracas dispersed a crowd outside the council.")
    a = newsgraph.analyse(text, published="2024-07-30")
    assert _actor(a, "diplomats").country is None
    assert _actor(a, "their governments").country is None
    assert any(x.sector == "COP" and x.country == "VEN" for x in a.actors)   # the story still has a country


def test_a_person_named_by_title_alone_is_the_holder_placed_just_before():
    text = ("OSLO — Norway summoned Chile's ambassador on Friday over the arrest of two Norwegian sailors.\n\n"
            "Deputy Foreign Minister Kari Berg told Ambassador Pablo Rojas that the sailors must be freed. "
            "Mr. Rojas rejected the demand.")
    a = newsgraph.analyse(text, title="Norway summons Chilean ambassador", published="2024-06-21")
    rojas = _actor(a, "Pablo Rojas")
    assert rojas.country == "CHL" and rojas.country_source == "coreference"


def test_holders_of_one_title_from_two_countries_name_no_one():
    text = ("OSLO — Norway's foreign minister met Chile's ambassador and Peru's ambassador on Friday.\n\n"
            "Ambassador Pablo Rojas said the talks had gone well.")
    a = newsgraph.analyse(text, published="2024-06-21")
    assert _actor(a, "Pablo Rojas").country_source != "coreference"


def test_the_leader_of_a_party_holds_a_party_office_not_the_government():
    a = newsgraph.analyse("Jan Weber, the leader of the conservative Social Democrats, accused the chancellor of lying.",
                          published="2024-03-13")
    assert _actor(a, "Jan Weber").sector == "PTY"
    b = newsgraph.analyse("Jan Weber, head of the Green party, said the vote was unfair.", published="2024-03-13")
    assert _actor(b, "Jan Weber").sector == "PTY"


def test_a_kb_office_held_only_later_leaves_the_titles_own_sector():
    # Friedrich Merz became chancellor in May 2025 (leaders.csv): in 2024 the text's title decides
    a = newsgraph.analyse("Friedrich Merz, the leader of the opposition Christian Democrats, accused the chancellor "
                          "of lying.", published="2024-03-13")
    merz = _actor(a, "Friedrich Merz")
    assert merz.country == "DEU" and merz.sector in ("PTY", "OPP")     # not GOV
    b = newsgraph.analyse("Friedrich Merz, the leader of the Christian Democrats, spoke in Berlin.",
                          published="2025-09-01")
    assert _actor(b, "Friedrich Merz").sector == "GOV"


def test_a_fight_in_court_is_a_lawsuit_and_a_battle_at_the_polls_no_force():
    a = newsgraph.analyse('"We will fight it in court," Senator Ann Hale told reporters.', published="2024-03-13")
    codes = {e.cameo_code for e in a.events}
    assert "115" in codes and not any(c.startswith("19") for c in codes)
    b = newsgraph.analyse("The two main parties fought each other at the polls in March.", published="2024-03-13")
    assert not any(e.cameo_code.startswith("19") for e in b.events)
    c = newsgraph.analyse("Rebels fought government troops near the border on Sunday.", published="2024-03-13")
    assert any(e.cameo_code == "190" for e in c.events)


def test_forces_deployed_with_no_sender_named_are_the_source_of_the_deployment():
    text = ("LAGOS, Nigeria (AP) — Hundreds of riot police were deployed around the stadium in Lagos on Saturday "
            "after two days of unrest.\n\nThe governor appealed for calm.")
    a = newsgraph.analyse(text, published="2024-03-13")
    ev = next(e for e in a.events if e.cameo_code == "154")
    src = a.actor(ev.source_actor_id)
    assert src is not None and src.sector == "COP" and src.country == "NGA"
    b = newsgraph.analyse("Hundreds of volunteers were deployed to hand out water in Lagos.", published="2024-03-13")
    assert not any(e.cameo_code == "154" and e.source_actor_id for e in b.events)


def test_a_counterfactual_would_not_have_is_no_refusal():
    a = newsgraph.analyse("Without the vote, we would not have rescued the carmakers, the governor argued.",
                          published="2024-03-13")
    assert not any(e.cameo_code.startswith("12") for e in a.events)
    b = newsgraph.analyse("The minister said Japan would not provide aid to the rebels.", published="2024-03-13")
    assert any(e.cameo_code.startswith("12") for e in b.events)


def test_a_hashtag_is_no_speaker():
    text = ("Tom Reyes, a former adviser to the governor, has mocked the campaign online.\n\n"
            '"Why are they so eager to share their plan? #Dobetter," he wrote last month.')
    a = newsgraph.analyse(text, published="2024-03-13")
    assert not any("Dobetter" in x.name for x in a.actors)
    assert any(a.actor(e.source_actor_id).name == "Tom Reyes" for e in a.events
               if e.cameo_code.startswith("01") and e.source_actor_id and "wrote" in e.cue)


def test_denying_someone_something_is_no_denial():
    a = newsgraph.analyse("Party leaders worked to deny her the nomination.", published="2024-03-13")
    assert not any(e.cameo_code == "016" for e in a.events)
    b = newsgraph.analyse("The ministry denied the allegations on Monday.", published="2024-03-13")
    assert any(e.cameo_code == "016" for e in b.events)


_BLOTTER = ("DAYTON, Ohio (AP) — A teenager was shot on the city's west side on Sunday, police said.\n\n"
            "Officers arrested two men near the scene. They were charged with attempted murder on Monday.\n\n"
            "Sheriff Tom Ball said the boy was taken to a hospital and the men were booked into the county jail.")


def test_a_pronoun_the_police_charged_is_the_group_they_arrested_not_the_police():
    a = newsgraph.analyse(_BLOTTER, published="2024-03-13")
    charge = next(e for e in a.events if e.cameo_code.startswith("11") and "charged" in e.cue)
    assert a.actor(charge.target_actor_id).name == "two men"


def test_the_boy_is_not_the_sheriff_named_in_the_same_sentence():
    a = newsgraph.analyse(_BLOTTER, published="2024-03-13")
    ball = _actor(a, "Tom Ball")
    assert not any(al.lower() == "the boy" for al in ball.aliases)


def test_an_age_used_as_a_noun_names_a_person():
    text = ("DAYTON, Ohio (AP) — Police arrested a 19-year-old on Monday after a 15-year-old was stabbed outside "
            "a school in Dayton.\n\nThe school was closed for the day.")
    a = newsgraph.analyse(text, published="2024-03-13")
    arrest = next(e for e in a.events if e.cameo_code == "173")
    assert a.actor(arrest.target_actor_id).name == "a 19-year-old"
    stab = next(e for e in a.events if e.cameo_code.startswith("18"))
    victim = a.actor(stab.target_actor_id)
    assert victim.name == "a 15-year-old" and victim.sector == "CVL" and victim.country == "USA"


def test_shooting_back_in_an_interview_is_criticism_and_in_a_firefight_force():
    a = newsgraph.analyse("The candidate shot back at his rival in a radio interview on Monday.", published="2024-03-13")
    assert any(e.cameo_code == "111" for e in a.events) and not any(e.cameo_code.startswith("19") for e in a.events)
    b = newsgraph.analyse("Soldiers shot back at the gunmen near the base.", published="2024-03-13")
    assert any(e.cameo_code.startswith("19") for e in b.events)


def test_a_capital_weapons_are_received_from_is_the_state_that_gave_them():
    a = newsgraph.analyse("Vilnius received new howitzers from Paris last week.", published="2024-03-13")
    ev = next(e for e in a.events if e.cameo_code == "072")
    assert a.actor(ev.source_actor_id).country == "FRA" and a.actor(ev.target_actor_id).country == "LTU"
    b = newsgraph.analyse("The minister returned from Paris on Friday.", published="2024-03-13")
    assert not any(x.country == "FRA" for x in b.actors)


def test_a_person_welcomed_is_a_guest_received_and_a_decision_welcomed_is_approval():
    a = newsgraph.analyse("She was welcomed by President Ana Costa at the palace on Monday evening.", published="2024-03-13")
    assert any(e.cameo_code == "043" for e in a.events) and not any(e.cameo_code == "051" for e in a.events)
    b = newsgraph.analyse("Chile welcomed the Peruvian decision on Monday.", published="2024-03-13")
    assert any(e.cameo_code == "051" for e in b.events)


def test_a_kb_name_the_recogniser_cut_after_a_preposition_word_is_the_kb_person():
    # "To" of the Vietnamese name is read as a preposition; leaders.csv holds the whole name and his 2024 terms
    a = newsgraph.analyse("Mr. Putin flew to Hanoi, where he met on Thursday with To Lam, and signed ten agreements.",
                          published="2024-06-20")
    lam = next(x for x in a.actors if "Lam" in x.name)
    assert lam.name == "To Lam" and lam.country == "VNM" and lam.sector == "GOV"


def test_talks_held_at_a_named_guesthouse_are_between_the_leaders_not_with_the_building():
    text = ("PYONGYANG — President Ana Costa of Brazil arrived in Chile on Wednesday and was greeted by President "
            "Luis Vega.\n\nThey then held talks at the Moneda guesthouse.")
    a = newsgraph.analyse(text, published="2024-06-20")
    talks = [e for e in a.events if e.cameo_code.startswith("04") and "talks" in e.cue]
    names = {a.actor(e.target_actor_id).name for e in talks if e.target_actor_id}
    assert not any("Moneda" in n for n in names)
    assert not any(x.name == "Moneda" for x in a.actors)


def test_what_a_state_offers_of_its_own_is_no_side_the_recipient_is():
    a = newsgraph.analyse("Chile has offered its troops to Peru's new president to help restore order.", published="2024-03-13")
    ev = next(e for e in a.events if e.cameo_code.startswith("03"))
    assert a.actor(ev.target_actor_id).country == "PER"


def test_a_country_and_its_own_government_are_one_side_but_its_people_another():
    a = newsgraph.analyse("Chile has offered its troops to Chile.", published="2024-03-13")
    assert not any(e.source_actor_id and e.target_actor_id and
                   a.actor(e.source_actor_id).country == a.actor(e.target_actor_id).country == "CHL"
                   and "MIL" in {a.actor(e.source_actor_id).sector, a.actor(e.target_actor_id).sector}
                   for e in a.events)
    b = newsgraph.analyse("Turkey will allow thousands of Turkish refugees to return home next year.", published="2024-03-13")
    assert any(e.cameo_code.startswith("08") for e in b.events)


def test_a_statement_welcomed_is_approval_even_when_a_person_made_it():
    a = newsgraph.analyse("Norway welcomed the president's new proposal on Monday.", published="2024-03-13")
    assert any(e.cameo_code == "051" for e in a.events) and not any(e.cameo_code == "043" for e in a.events)


def test_an_appeal_coordinated_with_a_reported_state_is_the_speakers():
    a = newsgraph.analyse("Chile said the new tariffs were unlawful and urged Peru to withdraw them.", published="2024-03-13")
    urge = next(e for e in a.events if e.cameo_code.startswith("02"))
    assert a.actor(urge.source_actor_id).country == "CHL"
    b = newsgraph.analyse("Police said the suspect fled the scene and threatened a witness.", published="2024-03-13")
    threat = next(e for e in b.events if e.cameo_code.startswith("13"))
    assert a.actor(urge.source_actor_id) is not None and b.actor(threat.source_actor_id).name == "the suspect"
