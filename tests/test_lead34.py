"""Session 34 (lead): groups of states named together and taken up again, each checked on sentences written for
these tests.

A plural pronoun reported by a coordination ("Chile and Peru said they would ...") takes up every member, not the
first one only (actors/pronouns.py); "the two governments", "both armies", "the three governments" are that body of
each of the states the text was just talking about -- a country or one of its officials or bodies -- when it names
as many, never of a state named as a place nor of the one whose subject accuses them, and after an accusation
"both governments deny" are the accused (actors/nominals.states_talked_about)."""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _events(text: str):
    return newsgraph.analyse(text, published=PUBLISHED).events


def _sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in _events(text) if e.cameo_code.startswith(root)}


@pytest.mark.parametrize("text, root, want", [
    ("Chile and Peru said they would raise tariffs on imported steel.", "13",
     {"CHL", "PER"}),
    ("Kenya, Tanzania and Uganda announced that they would close their borders with South Sudan.", "",
     {"KEN", "TZA", "UGA"}),
])
def test_a_plural_pronoun_reported_by_a_coordination_takes_up_every_member(text, root, want):
    evs = [e for e in _events(text) if e.cameo_code.startswith(root) and e.cameo_code != "010"]
    assert {e.source_code for e in evs} == want, [(e.cameo_code, e.source_code, e.target_code) for e in evs]


def test_their_borders_with_a_third_state_aim_at_that_state():
    sides = _sides("Kenya, Tanzania and Uganda announced that they would close their borders with South Sudan.", "1")
    assert sides and {t for _, t in sides} == {"SSD"}, sides


@pytest.mark.parametrize("text, root, want", [
    ("Ghana and Togo held talks in Accra on Monday. The two governments agreed to reopen the border post.", "03",
     {("GHAGOV", "TGOGOV"), ("TGOGOV", "GHAGOV")}),
    ("The Chilean president received his Peruvian counterpart in Santiago. Both governments signed a pact on "
     "fishing rights.", "05", {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}),
])
def test_the_two_governments_are_those_of_the_states_just_named(text, root, want):
    assert _sides(text, root) == want


def test_the_three_governments_accused_by_another_state_leave_the_accuser_out():
    text = ("Canada, Mexico and Brazil said they would expel the envoys. Argentina's foreign minister accused the "
            "three governments of meddling.")
    targets = {t for s, t in _sides(text, "112")}
    assert targets == {"CANGOV", "MEXGOV", "BRAGOV"}, targets


def test_both_governments_that_deny_are_the_accused_not_the_accusers():
    text = ("Paris and Berlin have accused Belarus and Russia of pushing migrants towards the border. "
            "Both governments deny any such plan.")
    sources = {s for s, _ in _sides(text, "016")}
    assert sources == {"BLRGOV", "RUSGOV"}, sources


def test_a_single_state_named_gives_the_two_governments_no_country():
    text = "The prime minister met the visiting foreign minister of Nepal. The two governments agreed to build a power line."
    sides = _sides(text, "03")
    assert sides and all(s in (None, "GOV") for s, _ in sides), sides


def test_states_named_as_places_are_not_the_governments():
    text = ("Japan and Vietnam held talks on fishing rights in Singapore. The two governments agreed to meet "
            "again in October.")
    sides = _sides(text, "03")
    assert {s for s, _ in sides} == {"JPNGOV", "VNMGOV"}, sides


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile on Monday. A US official said it should worry every government in the region.",
    "Iran has enriched uranium to 60 percent. The French minister said it should alarm all of Europe.",
])
def test_should_with_a_verb_of_feeling_asks_nothing_of_anyone(text):
    evs = [e for e in _events(text) if e.rule_id.startswith("D-")]
    assert not evs, [(e.cameo_code, e.source_code, e.target_code) for e in evs]


def test_should_not_alarm_said_of_a_state_still_asks_it():
    evs = [e for e in _events("The spokesman said Moscow should not alarm its neighbours with more drills.")
           if e.rule_id == "D-should"]
    assert evs and all(e.target_code and e.target_code.startswith("RUS") for e in evs)


def test_a_denial_answers_the_accusation_made_against_the_denier_further_back():
    text = ("Romania accused Moldova on Tuesday of letting smugglers cross the border unchecked. "
            "The charge came at a meeting of interior ministers in Vienna. "
            "Austria's interior minister said the talks would continue in the spring. "
            "A Hungarian official said new patrols would begin in March. "
            "Chisinau rejected the accusations.")
    denials = [(e.source_code, e.target_code) for e in _events(text) if e.cameo_code == "016"]
    assert denials and all(t == "ROU" or (t or "").startswith("ROU") for _, t in denials), denials


@pytest.mark.parametrize("text, code, source", [
    ("The UN envoy said that the vote showed how deeply the two parties were divided and warned that the truce "
     "could collapse.", "012", "IGOUNO"),
    ("The Kenyan president said that the floods proved the dams were too weak and urged the county governments to "
     "act.", "020", "KENGOV"),
])
def test_a_warning_or_appeal_coordinated_with_a_thing_clause_is_the_speakers(text, code, source):
    evs = [(e.cameo_code, e.source_code) for e in _events(text)]
    assert (code, source) in evs, evs


def test_a_deed_coordinated_in_a_report_keeps_its_doer():
    evs = [(e.cameo_code, e.source_code) for e in
           _events("The police chief said the suspect fled the scene and threatened a witness.")]
    assert not any(c.startswith("13") and s and s.endswith("COP") for c, s in evs), evs


@pytest.mark.parametrize("title", ["Brig.", "Brig. Gen.", "Brig.-Gen.", "Lt.-Gen.", "Amb.", "Msgr."])
def test_a_rank_abbreviation_before_a_name_ends_no_sentence(title):
    from newsgraph.pipeline import default_pipeline
    doc = default_pipeline().nlp(f"State television said that {title} Omar Haddad was among the dead.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_the_lower_case_noun_still_ends_a_sentence():
    from newsgraph.pipeline import default_pipeline
    doc = default_pipeline().nlp("The sailor was locked in the brig. Gen. Omar Haddad said he would be tried.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("text, target", [
    ("The president signed into law an aid package that sets aside three billion dollars for Moldova.", "MDA"),
    ("President Novak signed into law a relief package that includes 40 million euros for Albania.", "ALB"),
])
def test_an_aid_measure_signed_into_law_aids_the_recipient_its_clause_names(text, target):
    evs = [(e.cameo_code, e.target_code) for e in _events(text) if e.cameo_code.startswith("07")]
    assert evs and all((t or "").startswith(target) for _, t in evs), evs


def test_a_law_signed_with_no_aid_in_it_is_no_aid():
    evs = [e.cameo_code for e in _events("The governor signed into law a bill that sets aside land for Albanian "
                                         "farmers.") if e.cameo_code.startswith("07")]
    assert not evs, evs


def test_the_leaders_of_a_body_named_before_are_that_body_not_the_last_two_people():
    text = ("Leaders of the African Union agreed on Monday to send observers to Chad. President Ruto of Kenya "
            "signed a separate accord. He thanked President Tshisekedi, the summit's host. The leaders' closing "
            "statement also criticized Sudan's army.")
    sources = {e.source_code for e in _events(text) if e.cameo_code.startswith("11")}
    assert sources == {"IGOAFRAU"} or (sources and all(s.startswith("IGO") for s in sources)), sources


def test_the_two_leaders_are_still_the_two_people():
    text = "Putin met Xi in Beijing on Thursday. Later the two leaders toured a car factory and signed a pact."
    sides = _sides(text, "057")
    assert {s for s, _ in sides} == {"RUSGOV", "CHNGOV"}, sides


def test_a_warning_coordinated_with_a_reported_would_is_said_now_and_aims_at_no_own_state():
    evs = [(e.cameo_code, e.source_code, e.target_code, e.modality) for e in
           _events("The Peruvian embassy said the tariffs would hurt farmers and warned that Lima would respond.")
           if e.cameo_code.startswith("13")]
    assert evs and all(m == "asserted" and s == "PERGOV" and t is None for _, s, t, m in evs), evs


def test_a_government_warning_its_own_army_keeps_the_army_as_target():
    evs = [(e.source_code, e.target_code) for e in
           _events("The Peruvian president warned the army against any attempt at a coup.")
           if e.cameo_code.startswith("13")]
    assert any(s == "PERGOV" and (t or "").endswith("MIL") for s, t in evs), evs


@pytest.mark.parametrize("text", [
    "Lima has long accused La Paz of harbouring smugglers, a charge Bolivia denies.",
    "The mayor accused the port authority of hiding the report, a claim the authority rejected on Monday.",
])
def test_a_charge_denied_in_a_comment_after_the_clause_does_not_undo_the_accusation(text):
    evs = [(e.cameo_code, e.modality) for e in _events(text) if e.cameo_code.startswith("112")]
    assert evs and all(m == "asserted" for _, m in evs), evs


def test_the_denial_in_the_comment_answers_the_accuser():
    evs = [(e.source_code, e.target_code) for e in
           _events("Lima has long accused La Paz of harbouring smugglers, a charge Bolivia denies.")
           if e.cameo_code == "016"]
    assert evs and all((t or "").startswith("PER") for _, t in evs), evs


def test_a_participle_after_an_order_to_another_is_the_one_who_ordered():
    evs = [(e.cameo_code, e.source_code, e.target_code) for e in
           _events("Mali's junta ordered the Danish ambassador to leave within three days, accusing Copenhagen of "
                   "meddling.") if e.cameo_code.startswith("11")]
    assert evs and all(s.startswith("MLI") and t.startswith("DNK") for _, s, t in evs), evs


@pytest.mark.parametrize("text, target", [
    ("Mali's junta ordered the Danish ambassador to leave the country within three days.", "DNK"),
    ("Caracas ordered the Chilean envoy to leave within 72 hours.", "CHL"),
])
def test_envoys_ordered_to_leave_are_expelled(text, target):
    evs = [(e.cameo_code, e.target_code) for e in _events(text)]
    assert any(c.startswith("16") and (t or "").startswith(target) for c, t in evs), evs


@pytest.mark.parametrize("text", [
    "The ministry told the Chilean ambassador to explain the remarks.",
    "Police ordered residents to leave their homes before the storm.",
])
def test_other_orders_are_no_expulsion(text):
    assert not any(e.cameo_code.startswith("16") for e in _events(text))


@pytest.mark.parametrize("text", [
    "Chile thanked its neighbours for their help after the fires.",
    "SANTIAGO, Chile (AP) — Wildfires burned for a week. Chile thanked its neighbours for their help.",
])
def test_a_countrys_neighbours_are_not_its_people(text):
    evs = [(e.cameo_code, e.target_code) for e in _events(text) if e.cameo_code.startswith("05")]
    assert evs and not any((t or "").startswith("CHL") for _, t in evs), evs


def test_the_eln_is_a_colombian_rebel_group():
    evs = [(e.cameo_code, e.source_code) for e in _events("The ELN freed two hostages in Arauca on Sunday.")]
    assert ("0841", "COLREB") in evs, evs


@pytest.mark.parametrize("text", [
    "Hospital managers warned that tens of thousands of operations would have to be postponed.",
    "The ferry operator warned that hundreds of crossings would be cancelled during the strike.",
])
def test_a_warning_of_what_will_befall_things_is_no_threat(text):
    codes = [e.cameo_code for e in _events(text)]
    assert not any(c.startswith("13") for c in codes), codes


def test_a_warning_of_what_a_party_will_do_stays_a_threat():
    codes = [e.cameo_code for e in _events("The rebel commander warned that his fighters would storm the town.")]
    assert any(c.startswith("13") for c in codes), codes


def test_relief_offered_with_no_recipient_goes_to_the_story_country():
    text = ("MAPUTO, Mozambique (AP) — A cyclone hit the coast on Sunday, killing 30 people. Portugal sent two rescue "
            "teams, and the European Union said it would provide emergency aid.")
    evs = {(e.source_code, e.target_code) for e in _events(text) if e.cameo_code.startswith(("07", "033"))}
    assert ("PRT", "MOZ") in evs and ("IGOEUREEC", "MOZ") in evs, evs


def test_relief_sent_by_the_story_country_itself_takes_no_target_from_it():
    text = ("MAPUTO, Mozambique (AP) — A cyclone hit the coast on Sunday. The Mozambican army sent two rescue teams "
            "to the area.")
    evs = {(e.source_code, e.target_code) for e in _events(text) if e.cameo_code.startswith("07")}
    assert not any(t == "MOZ" for _, t in evs), evs


def test_a_crossing_named_by_an_unknown_name_is_a_place_not_a_side():
    evs = {(e.source_code, e.target_code) for e in
           _events("Pakistani and Afghan border forces exchanged heavy fire overnight at the Torkham crossing.")
           if e.cameo_code.startswith("19")}
    assert evs == {("PAKMIL", "AFGMIL"), ("AFGMIL", "PAKMIL")}, evs


def test_the_strike_taken_up_in_a_story_of_work_and_pay_is_a_labour_strike():
    text = ("Thousands of nurses in Ireland walked out on Monday in a dispute over pay and staffing. The nurses' union "
            "said wages had fallen behind for a decade. The health minister said the strike was regrettable.")
    codes = [e.cameo_code for e in _events(text)]
    assert not any(c.startswith(("18", "19", "20")) for c in codes), codes


def test_a_strike_in_a_story_of_war_stays_an_attack():
    text = ("A missile hit a power plant near Kharkiv overnight, killing two workers, the regional governor said. "
            "Workers had not been paid for months, the union said. Officials said the strike was the fifth this week.")
    codes = [e.cameo_code for e in _events(text)]
    assert not any(c == "143" for c in codes), codes


def test_a_health_secretary_is_a_member_of_the_government():
    a = newsgraph.analyse("Health Secretary Ann Lee said the hospital would reopen.", published=PUBLISHED)
    assert any(act.code and act.code.endswith("GOV") for act in a.actors), [act.code for act in a.actors]


def test_a_rally_outside_a_foreign_embassy_is_aimed_at_that_state_once():
    evs = {(e.cameo_code, e.target_code) for e in
           _events("Thousands of people rallied outside the French embassy in Niamey, chanting slogans against the "
                   "former colonial power.") if e.cameo_code.startswith("14")}
    assert evs == {("141", "FRAGOV")}, evs


def test_its_attack_in_an_apposition_to_the_attack_is_the_attackers():
    evs = {(e.source_code, e.target_code) for e in
           _events("Chad fired rockets at Sudanese positions late on Friday, its first direct attack on Sudanese "
                   "territory.") if e.cameo_code.startswith("19")}
    assert evs and all(s == "TCD" for s, _ in evs), evs


def test_telling_an_envoy_something_is_a_statement_not_an_expulsion_or_demand():
    codes = [e.cameo_code for e in _events("The vice minister told the Russian ambassador that any arms deal would "
                                           "harm relations.")]
    assert not any(c.startswith(("16", "10")) for c in codes), codes


@pytest.mark.parametrize("published, code", [("2019-05-01", "AFGREBTAL"), ("2024-05-01", "AFGGOV")])
def test_the_taliban_are_afghanistans_government_from_august_2021(published, code):
    a = newsgraph.analyse("A Taliban spokesman said the border crossing would reopen on Monday.", published=published)
    assert code in {act.code for act in a.actors}, [act.code for act in a.actors]


def test_the_pakistani_taliban_are_another_group():
    a = newsgraph.analyse("The Pakistani Taliban claimed the attack on a police station.", published="2024-05-01")
    assert "PAKREB" in {act.code for act in a.actors}, [act.code for act in a.actors]


def test_a_dated_org_term_must_name_a_known_org(tmp_path):
    import shutil
    from newsgraph.actors import kb as kb_module
    from newsgraph.datafile import DataFileError, package_data
    kb_dir = tmp_path / "kb"
    shutil.copytree(package_data("kb", "igos.csv").parent, kb_dir)
    (kb_dir / "org_terms.csv").write_text("id,org,code,from,to,source\not-x,igo-nobody,AFGGOV,2021-08-15,,test\n")
    with pytest.raises(DataFileError):
        kb_module.load_kb_from(kb_dir)


@pytest.mark.parametrize("text, sector", [
    ("The opposition candidate accused the ruling party of fraud.", "OPP"),
    ("An opposition politician was jailed on Monday.", "OPP"),
    ("Hundreds of party workers gathered outside the jail.", "PTY"),
    ("Factory workers walked out over pay.", "LAB"),
])
def test_opposition_and_party_modifiers_set_the_sector_of_party_and_labour_nouns(text, sector):
    a = newsgraph.analyse(text, published=PUBLISHED)
    assert sector in {act.code for act in a.actors}, [act.code for act in a.actors]


def test_a_crowd_welcoming_someone_hosts_no_visit():
    codes = [e.cameo_code for e in _events("Hundreds of party workers gathered outside the jail to welcome him "
                                           "home.")]
    assert "043" not in codes, codes


def test_a_release_a_court_orders_is_the_release():
    evs = [(e.cameo_code, e.modality) for e in _events("The supreme court ordered the release of the jailed "
                                                        "journalist on Monday.") if e.cameo_code.startswith("084")]
    assert evs and all(m == "asserted" for _, m in evs), evs


def test_a_release_demanded_is_still_only_demanded():
    evs = [(e.cameo_code, e.modality) for e in _events("Protesters demanded the release of the jailed journalist.")
           if e.cameo_code.startswith("084")]
    assert all(m != "asserted" for _, m in evs), evs


@pytest.mark.parametrize("text, code", [
    ("Police arrested the leader of a smuggling ring in Naples. The prime minister praised the operation.", "051"),
    ("Police arrested six student leaders in the capital. Rights groups condemned the operation.", "111"),
])
def test_praise_or_condemnation_of_an_operation_answers_those_who_carried_it_out(text, code):
    evs = [(e.source_code, e.target_code) for e in _events(text) if e.cameo_code == code]
    assert evs and all((t or "").endswith("COP") for _, t in evs), evs


@pytest.mark.parametrize("text, source", [
    ("Election observers from the European Union said they had seen vote buying at several polling units.",
     "IGOEUREEC"),
    ("Officials from the African Union said the count would be finished by Friday.", "IGOAFRAU"),
])
def test_people_from_a_body_speak_for_it(text, source):
    evs = [e.source_code for e in _events(text) if e.cameo_code.startswith("01")]
    assert evs and all(s == source for s in evs), evs
