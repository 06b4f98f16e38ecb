"""Session 33 (lead): denials said in other words than "deny", each checked on sentences written for these tests.

A speaker who says it (or those it speaks for) had "nothing to do with" an act denies a link to it: 016 (convention
no-link-denials, tone T-no-link); so does one who says someone was "not involved", "played no role" or "took no part"
in it, or that there was "no truth" to a report (tone row T-deny-denied-lead34, polarity `denied`). An act held
under such a denied share ("played no role in arming the rebels", "took no part in the raid") did not happen as
far as the sentence says (modality: PART_NOUNS)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.datafile import DataFileError
from newsgraph.events import statement_data

PUBLISHED = "2024-06-19"


def _events(text: str):
    return newsgraph.analyse(text, published=PUBLISHED).events


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo_code, e.modality, e.rule_id) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The defence ministry said it had nothing to do with the fire at the arms depot.",
    "Belgrade insists that it had nothing to do with the hacking of the bank.",
])
def test_nothing_to_do_with_an_act_is_a_denial(text):
    codes = _codes(text)
    assert any(c == "016" and "T-no-link" in r for c, _, r in codes), codes
    assert not any(c == "111" for c, _, _ in codes), codes


def test_doing_nothing_is_still_inaction_not_a_denial():
    codes = _codes("The tenants' union said the housing minister had done nothing to fix the flats.")
    assert not any(c == "016" for c, _, _ in codes), codes


def test_asking_whether_it_had_nothing_to_do_with_it_needs_a_statement_verb():
    # no reporting verb: nothing is said, so nothing is denied
    codes = _codes("Whether the mayor had nothing to do with the fraud remains unclear.")
    assert not any(c == "016" for c, _, _ in codes), codes


@pytest.mark.parametrize("text", [
    "The army said its pilots were not involved in the bombing of the bridge.",
    "The ambassador said his country played no role in the coup attempt.",
    "The party said there was no truth to the reports of a split.",
    "The colonel said he took no part in beating the detainees.",
])
def test_a_denied_share_or_truth_is_a_denial(text):
    codes = _codes(text)
    assert any(c == "016" and "T-deny-denied-lead34" in r for c, _, r in codes), codes


def test_an_involvement_said_not_denied_is_no_denial():
    codes = _codes("The army said its pilots were involved in the rescue of the miners.")
    assert not any(c == "016" for c, _, _ in codes), codes


def test_a_link_between_two_matters_is_no_denial():
    codes = _codes("The senator said the two scandals had no connection to each other.")
    assert not any(c == "016" for c, _, _ in codes), codes


@pytest.mark.parametrize("text, root", [
    ("The embassy said it played no role in organising the march.", "14"),
    ("The general took no part in the raid on the village.", "19"),
])
def test_an_act_under_a_denied_share_is_negated(text, root):
    events = [e for e in _events(text) if e.cameo_code.startswith(root)]
    assert events, _codes(text)
    assert all(e.modality == "negated" for e in events), _codes(text)


def test_an_act_under_a_share_that_is_not_denied_is_asserted():
    events = [e for e in _events("Rebel units played a key role in the raid on the village.")
              if e.cameo_code.startswith("19")]
    assert events and all(e.modality == "asserted" for e in events), _codes(
        "Rebel units played a key role in the raid on the village.")


def test_a_denied_polarity_row_must_code_a_denial(tmp_path, monkeypatch):
    bad = tmp_path / "statement_tones.csv"
    bad.write_text("id,words,cameo,example,polarity\nT-x,involved,111,An example.,denied\n")
    monkeypatch.setattr(statement_data, "package_data", lambda *parts: bad)
    statement_data.tone_words.cache_clear()
    try:
        with pytest.raises(DataFileError):
            statement_data.tone_words()
    finally:
        statement_data.tone_words.cache_clear()


@pytest.mark.parametrize("text, root", [
    ("The envoy stopped short of blaming Ankara for the shelling.", "11"),
    ("Far from praising the budget, the senator denounced it.", "05"),
])
def test_an_act_stopped_short_of_or_far_from_did_not_happen(text, root):
    events = [e for e in _events(text) if e.cameo_code.startswith(root)]
    assert events, _codes(text)
    assert all(e.modality == "negated" for e in events), _codes(text)


@pytest.mark.parametrize("text", [
    "The two candidates battled for votes across the rural counties.",
    "The dock workers have fought for better wages since the spring.",
])
def test_fighting_for_votes_or_pay_is_no_force(text):
    assert not any(c.startswith(("18", "19", "20")) for c, _, _ in _codes(text)), _codes(text)


def test_fighting_for_a_town_is_still_force():
    assert any(c.startswith("19") for c, _, _ in _codes("The militia fought for control of the river port.")), \
        _codes("The militia fought for control of the river port.")


def _sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in _events(text) if e.cameo_code.startswith(root)}


def test_a_bare_noun_after_a_national_one_shares_its_country():
    # one adjective before both nouns: the drones are Cuban too, never the story's other country
    sides = _sides("HAVANA - Cuban jets and drones bombed rebel camps in the hills of Haiti on Sunday.", "19")
    assert sides and all(s and s.startswith("CUB") for s, _ in sides), sides


def test_a_noun_with_its_own_determiner_or_demonym_keeps_its_own_country():
    sides = _sides("Cuban jets and Haitian drones bombed the camps on Sunday.", "19")
    assert any(s and s.startswith("HTI") for s, _ in sides), sides


@pytest.mark.parametrize("text", [
    "Shells hit a fuel depot near the port overnight, the regional governor, Ana Vidal, said on Monday.",
    "A fire broke out at the ministry after the blast, the city's mayor, Tomas Brenner, said.",
])
def test_a_trailing_speaker_read_as_an_apposition_is_still_the_speaker(text):
    codes = _codes(text)
    assert any(c.startswith("01") and "S-say" in r for c, _, r in codes), codes


def test_drones_launched_by_a_state_are_that_states():
    sides = _sides("KYIV - The Ukrainian army shot down 20 drones launched by Belarus overnight, the air force said.", "19")
    assert any(t and t.startswith("BLR") for _, t in sides), sides


def test_soldiers_trained_by_a_state_are_not_its_soldiers():
    # training is no launching or sending: the trainer does not own the force
    sides = _sides("Rebels ambushed soldiers trained by Britain near the northern border on Monday.", "19")
    assert sides and not any(t and t.startswith("GBR") for _, t in sides), sides


def test_a_crackdown_condemned_is_aimed_at_the_one_who_cracked_down():
    text = "Riot police beat and detained striking dockers in Valparaiso on Monday. The union condemned the crackdown."
    crit = [e for e in _events(text) if e.cameo_code.startswith("11")]
    assert crit and any(e.target_code and e.target_code.endswith("COP") for e in crit), _codes(text)


@pytest.mark.parametrize("text, a, b", [
    ("Armenia and Azerbaijan swapped the bodies of soldiers killed at the border.", "ARM", "AZE"),
    ("Peru and Bolivia exchanged 40 detainees on Friday.", "PER", "BOL"),
])
def test_sides_that_exchange_captives_are_each_others_targets(text, a, b):
    sides = _sides(text, "08")
    assert (a, b) in {(s[:3] if s else s, t[:3] if t else t) for s, t in sides}, sides
    assert (b, a) in {(s[:3] if s else s, t[:3] if t else t) for s, t in sides}, sides


def test_sides_that_meet_a_placed_third_party_keep_it_as_target():
    sides = _sides("Peru and Bolivia met the Chilean envoy in Lima.", "04")
    assert any(t and t.startswith("CHL") for _, t in sides), sides


def test_a_lower_case_title_before_a_name_the_recogniser_calls_an_organisation_makes_a_person():
    a = newsgraph.analyse("Kaduna state governor Uba Sani said the schools would reopen.", published=PUBLISHED)
    codes = {x.code for x in a.actors}
    assert "NGAGOV" in codes, codes


def test_a_football_report_with_few_listed_words_is_still_a_sports_story():
    text = ("Porto beat Benfica 3-1 in the derby on Sunday. The visitors' coach said his side had been outplayed. "
            '"They attacked us from the kickoff," he said.')
    assert not any(c.startswith(("18", "19", "20")) for c, _, _ in _codes(text)), _codes(text)


def test_an_unknown_name_before_a_group_noun_takes_the_nouns_sector():
    a = newsgraph.analyse("The Metallwerk union called the closure plan a betrayal.", published=PUBLISHED)
    assert any(x.code == "LAB" for x in a.actors), [(x.code, x.name) for x in a.actors]


def test_the_company_takes_up_the_firm_the_last_sentence_was_about_not_a_name_it_only_mentioned():
    text = ("Shares of the airline fell sharply on Monday after it cut its sales forecast, blaming a price war with "
            "Lufthansa. The company said it would close two plants.")
    a = newsgraph.analyse(text, published=PUBLISHED)
    by_id = {x.id: x for x in a.actors}
    company = [m for m in a.mentions if m.text.lower() == "the company"]
    assert company and by_id[company[0].actor_id].name.lower() == "the airline", \
        [(m.text, by_id[m.actor_id].name) for m in a.mentions]


def test_captives_placed_only_by_the_dateline_are_still_what_the_sides_exchange():
    text = "YEREVAN - Armenian and Azerbaijani officials swapped the bodies of soldiers killed at the border."
    sides = {(s[:3] if s else s, t[:3] if t else t) for s, t in _sides(text, "08")}
    assert ("ARM", "AZE") in sides and ("AZE", "ARM") in sides, sides


def test_a_past_tense_time_clause_under_would_awaits_what_is_still_to_come():
    text = "The general said the army would not leave the valley before the rebel camp was destroyed."
    events = [e for e in _events(text) if e.cameo_code.startswith("17")]
    assert events and all(e.modality not in ("asserted", "reported") for e in events), _codes(text)


def test_a_past_time_clause_under_a_past_verb_is_a_fact():
    text = "The talks collapsed before the rebels attacked the convoy near the river."
    assert any(c.startswith("19") and m == "asserted" for c, m, _ in _codes(text)), _codes(text)


def test_a_finite_verb_hung_on_an_infinitive_takes_no_purpose_from_it():
    text = "The officers acted to prevent violence and accused the opposition leader of lying."
    acc = [e for e in _events(text) if e.cameo_code.startswith("11")]
    assert acc and all(e.modality in ("asserted", "reported") for e in acc), _codes(text)


def test_what_a_vowed_act_waits_for_has_not_happened():
    text = "The rebels vowed to keep fighting until the governor resigned."
    resign = [e for e in _events(text) if e.cameo_code.startswith("083")]
    assert resign and all(e.modality not in ("asserted", "reported") for e in resign), _codes(text)
    text = "The rebels kept fighting until the governor resigned."
    assert any(c.startswith("083") and m == "asserted" for c, m, _ in _codes(text)), _codes(text)


def test_a_compound_noun_inside_a_national_phrase_shares_its_country():
    # "a Cuban army post": the army is Cuba's, not the dateline's country
    sides = _sides("PORT-AU-PRINCE - Rebels fired mortars at a Cuban army post near the border.", "19")
    assert sides and all(t and t.startswith("CUB") for _, t in sides), sides


def test_a_trailing_participle_of_a_report_is_said_as_the_report_is():
    text = "The teachers' union said it would go to court, calling the new rules unlawful."
    assert any(c == "111" and m == "asserted" for c, m, _ in _codes(text)), _codes(text)



def test_regret_over_another_sides_act_is_disapproval_and_over_deaths_sympathy():
    codes = _codes("Ankara expressed regret over the parliament's vote on the water treaty.")
    assert any(c == "111" for c, _, _ in codes), codes
    codes = _codes("The governor expressed regret over the deaths of the two climbers.")
    assert any(c == "018" for c, _, _ in codes) and not any(c == "111" for c, _, _ in codes), codes
