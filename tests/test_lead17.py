"""Session 17 (lead): an answer to an earlier act is addressed to whoever did it (data/patterns/answers.csv).
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events

from newsgraph.events.discourse import answer_rules


def _targets(evs, root: str) -> set[str | None]:
    return {e.target_code for e in _has(evs, root=root)}


def test_a_welcome_of_the_decision_goes_to_the_one_who_decided():
    evs = _events("Chile announced on Friday that it would lift its ban on Peruvian fruit. "
                  "Peru welcomed the decision.")
    assert "CHL" in _targets(evs, "05")


def test_a_condemnation_of_the_move_goes_to_the_one_who_moved():
    evs = _events("The United States imposed new sanctions on a Chinese chip maker on Monday. "
                  "China condemned the move.")
    assert "USA" in _targets(evs, "11")


def test_a_refused_offer_goes_back_to_the_one_who_offered():
    evs = _events("The dockers' union offered to end the strike if wages rose by five percent. "
                  "The transport minister turned down the offer.")
    assert any(t and t.endswith("LAB") for t in _targets(evs, "12"))


def test_a_rejected_call_goes_back_to_the_caller():
    evs = _events("The United Nations called on the rebels to free the aid workers. The rebels rejected the call.")
    assert "IGOUNO" in _targets(evs, "12")


def test_no_answer_without_an_earlier_act_or_with_a_doer_of_its_own():
    # nothing before it: the welcome keeps no target
    evs = _events("Peru welcomed the decision.")
    assert _targets(evs, "05") == {None}
    # the doer is named in the object itself: the sentence coder's target, not an earlier act's
    evs = _events("Chile said it would lift its ban on Peruvian fruit. Peru welcomed Bolivia's decision.")
    assert _targets(evs, "05") == {"BOL"}


def test_the_speaker_never_answers_itself():
    evs = _events("Chile announced on Friday that it would lift its ban on Peruvian fruit. "
                  "Chile defended the decision.")
    assert all(e.target_code != "CHL" for e in evs if e.source_code == "CHL" and e.cameo_root != "03")


def test_every_answer_rule_names_its_round_and_has_nouns():
    rules = answer_rules()
    assert {r.id for r in rules} >= {"ANS-deny-accusation", "ANS-condemn-attack", "ANS-react-decision"}
    assert all(r.nouns and r.roots and r.reactions for r in rules)


def test_a_participle_of_speaking_names_the_statements_addressee():
    evs = _events("Speaking to the BBC on Tuesday, the mayor said the bridge would reopen in May.")
    assert {e.target_text for e in _has(evs, root="01")} == {"the BBC"}
    # the press at large stays no target
    evs = _events("Talking to reporters on Monday, the coach said the team was tired.")
    assert {e.target_text for e in _has(evs, root="01")} == {None}


def test_a_participle_after_there_be_is_the_act_itself():
    evs = _events("There were four soldiers killed near the border town on Sunday.")
    assert [e.target_text for e in _has(evs, root="19")] == ["four soldiers"]
    evs = _events("There were three reporters detained at the airport.")
    assert [e.target_text for e in _has(evs, root="17")] == ["three reporters"]
    # nothing done to anyone: no event
    assert not _events("There were no injuries reported after the storm.")


def test_objections_met_are_disapproval_not_a_meeting():
    evs = _events("The mayor met stiff objections from fishermen over the new dam.")
    assert not _has(evs, root="04")
    assert [(e.source_text, e.target_text) for e in _has(evs, root="11")] == [("fishermen", "The mayor")]
    # a real meeting stays one
    assert _has(_events("The mayor met the fishermen on Monday."), root="04")
    assert not _has(_events("The climber met his death on the north ridge."), root="04")


def test_the_act_an_anniversary_recalls_is_history():
    assert not _has(_events("Crowds marked the anniversary of the landings, when troops stormed the beaches "
                            "under heavy fire."), root="19")
    assert not _has(_events("Hundreds gathered to commemorate the massacre of villagers by soldiers."), root="20")
    # the news told on the anniversary stays
    evs = _events("On the anniversary of the coup, police arrested twenty protesters in the capital.")
    assert _has(evs, root="17")


def test_a_first_anniversary_recalls_an_act_still_coded():
    # last year's act is context, not history (gold convention C12: two or more calendar years)
    assert _has(_events("Families marked the first anniversary of the fire, when arsonists attacked the station."),
                root="19")


# ------------------------------------------------------------------ towns named after foreign capitals


def _codes_of(text: str, published: str = "2021-03-04") -> list[tuple[str, str | None, str | None]]:
    import newsgraph
    a = newsgraph.analyse(text, published)
    return [(e.cameo_code, e.source_code, e.target_code) for e in a.events]


def test_a_dateline_with_a_us_state_is_the_us_town():
    codes = _codes_of("ATHENS, Ga. — Police arrested two men after a brawl near the campus on Saturday.")
    assert codes and all(c[1].startswith("USA") for c in codes if c[0] == "173")
    codes = _codes_of("ATHENS, Greece (AP) — Police arrested two men after a brawl near the port.")
    assert any(c[1] == "GRCCOP" for c in codes)


def test_a_capital_qualified_by_a_state_is_no_seat_of_government():
    codes = _codes_of("Police in Paris, Texas, arrested a man who robbed a bank on Main Street.")
    assert ("173", "USACOP", "USACVL") in codes
    codes = _codes_of("Police in Paris arrested a man who robbed a bank near the Louvre.")
    assert any(c[1] == "FRACOP" for c in codes)


def test_a_state_after_a_town_is_the_state_not_the_country():
    import newsgraph
    a = newsgraph.analyse("The mayor of Athens, Georgia, praised the volunteers who cleared the flooded streets.",
                          "2021-03-04")
    assert {(p.name, p.country) for p in a.places} >= {("Athens", "USA"), ("Georgia", "USA")}
    assert all(not (e.source_code or "").startswith("GEO") for e in a.events)
    a = newsgraph.analyse("Protesters marched in Tbilisi, Georgia, on Sunday.", "2021-03-04")
    assert ("Georgia", "GEO") in {(p.name, p.country) for p in a.places}


def test_acts_named_amid_the_news_are_going_on():
    evs = _events("Trading was halted in the capital amid protests against the government.")
    assert [e.modality for e in _has(evs, root="14")] == ["asserted"]
    evs = _events("Shares fell amid protests in the port city.")
    assert _has(evs, root="14")
    # a governing verb's own object is still what it stopped
    evs = _events("The army halted its attack on the town.")
    assert all(e.modality != "asserted" for e in _has(evs, root="19"))


def test_missiles_fired_at_no_one_are_a_show_of_force():
    evs = _events("The navy fired three cruise missiles into the sea during a drill.")
    assert [e.cameo_code for e in evs if e.cameo_root in ("15", "19")] == ["150"]
    assert all(e.target_text is None for e in _has(evs, root="15"))
    # fired at someone: force
    evs = _events("Militants fired rockets at an army base near the border.")
    assert _has(evs, root="19") and not _has(evs, root="15")


def test_what_talks_are_about_is_no_party_to_them():
    evs = _events("Kenya negotiated with Somalia over the disputed border on Monday.")
    assert {(e.source_code, e.target_code) for e in _has(evs, root="04")} == {("KEN", "SOM"), ("SOM", "KEN")}
    evs = _events("The foreign minister negotiated with Egypt over Libya in Geneva.")
    assert "LBY" not in {e.target_code for e in evs} | {e.source_code for e in evs}


def test_forces_sent_are_the_means_not_the_target():
    evs = _events("India sent two battalions to the border on Friday.")
    assert [e.target_text for e in _has(evs, root="15")] == [None]
    evs = _events("The United States sent troops to Poland.")
    assert {e.target_code for e in _has(evs, root="15")} == {"POL"}


def test_no_demand_of_a_side_on_itself():
    evs = _events("A United States senator said the United States has to keep foreign money out of the elections.")
    assert all(not (e.cameo_root == "02" and e.source_code == e.target_code) for e in evs)
    assert _has(_events("The governor said Congress needs to pass the relief bill this week."), root="02")


def test_support_received_is_endorsement_unless_material():
    evs = _events("The mayor's housing plan received strong support from the unions.")
    assert _has(evs, root="05") and not _has(evs, root="07")
    evs = _events("Ukraine received military support from Poland.")
    assert _has(evs, root="07")


def test_a_bare_gerund_after_a_preposition_of_time_is_no_act_of_the_subject():
    evs = _events("Lakeside town mourns quietly after shooting.")
    assert not any(e.source_text and "town" in e.source_text for e in evs)
    evs = _events("The gunman fled after shooting the clerk.")
    assert [e.source_text for e in _has(evs, root="19")] == ["The gunman"]


def test_forces_called_to_duty_are_mobilised_not_telephoned():
    evs = _events("The governor called the National Guard to active duty after the riots.")
    assert [e.cameo_code for e in evs if e.cameo_root in ("04", "15")] == ["154"]
    assert _has(_events("The president called the Kenyan leader on Sunday."), root="04")
