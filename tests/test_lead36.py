"""Session 36 (lead): kinds read on sentences written for this session, each checked on sentences written for these
tests.

- a title-case headline the parse reads as one noun phrase gives no side the whole line's actor: each side's last
  noun is matched to the lead that tells the same story ("Police" -> the lead's "Ghanaian police");
- "the Republic of Congo" is Brazzaville's state (COG), "the Democratic Republic of Congo" Kinshasa's (COD);
- a report, inquiry or court said to be biased is condemned (111), also where the small model reads "was biased"
  as a passive;
- a show of force held around or near a foreign place is aimed at that place's country; one on the source's own
  soil is aimed at no one;
- aid, relief and humanitarian workers are NGO people, health workers HLH; factory workers stay labour."""
from __future__ import annotations

import pytest

import newsgraph

PUBLISHED = "2024-06-19"


def _analysis(text: str):
    return newsgraph.analyse(text, published=PUBLISHED)


def _coded(text: str, root: str) -> list:
    return [e for e in _analysis(text).events if e.cameo_code.startswith(root)]


def test_headline_read_as_one_phrase_takes_its_sides_from_the_lead():
    text = ("Police Detain Union Leader After March In Accra\n\n"
            "ACCRA (Reuters) - Ghanaian police detained a union leader on Friday after a march through the city "
            "centre, his lawyer said.\n")
    first = [e for e in _coded(text, "17") if e.sentence == 0]
    assert first, "the headline's arrest is coded"
    assert first[0].source_code.endswith("COP")
    assert first[0].target_code is None or not first[0].target_code.endswith("COP")


def test_headline_side_without_a_lead_match_keeps_the_line_actor():
    text = ("Troops Seize Border Crossing\n\n"
            "The town council met on Monday to discuss the new market hall.\n")
    heads = [e for e in _analysis(text).events if e.sentence == 0]
    assert all(e.source_code is None or "MIL" in e.source_code for e in heads)


@pytest.mark.parametrize("text,iso", [
    ("Doctors in the Republic of Congo reported new cases of measles on Monday.", "COG"),
    ("Doctors in the Republic of the Congo reported new cases of measles on Monday.", "COG"),
    ("Doctors in the Democratic Republic of Congo reported new cases of measles on Monday.", "COD"),
])
def test_the_two_congos_are_told_apart(text, iso):
    places = _analysis(text).places
    assert [p.country for p in places if "Congo" in p.name] == [iso]


@pytest.mark.parametrize("text", [
    "The water board said the audit of its accounts was biased.",
    "The farmers' union said the new inquiry was one-sided and slanted against its members.",
    "The mayor said the judges on the tribunal are biased against tenants.",
])
def test_a_thing_said_to_be_biased_is_condemned(text):
    assert _coded(text, "111")


@pytest.mark.parametrize("text", [
    "The mayor said the new figures were biased by the timing of the survey.",
    "The mayor said the biased report had been withdrawn.",
])
def test_bias_by_a_cause_or_as_a_description_is_no_condemnation(text):
    assert not _coded(text, "111")


def test_drills_around_a_foreign_island_are_aimed_at_its_country():
    evs = _coded("Ruritania's navy staged live-fire drills around Japan on Thursday.", "15")
    assert evs and evs[0].target_code == "JPN"


def test_drills_on_own_soil_have_no_target():
    evs = _coded("Peru's army held military exercises in Cusco on Thursday.", "15")
    assert evs and evs[0].target_code is None


@pytest.mark.parametrize("text,sector", [
    ("Gunmen abducted four aid workers in northern Mali on Sunday.", "NGO"),
    ("Gunmen abducted four relief workers in northern Mali on Sunday.", "NGO"),
    ("Gunmen abducted four health workers in northern Mali on Sunday.", "HLH"),
    ("Gunmen abducted four factory workers in northern Mali on Sunday.", "LAB"),
])
def test_workers_take_the_sector_their_modifier_names(text, sector):
    evs = _coded(text, "18")
    assert evs and evs[0].target_code is not None and evs[0].target_code.endswith(sector)


@pytest.mark.parametrize("text", [
    "The Ruritanian regime detained two French aid workers. Paris called the regime illegitimate.",
    "Paris said its envoy would stay, calling the regime illegitimate.",
])
def test_an_adjective_of_judgement_read_as_a_noun_after_call_is_a_criticism(text):
    evs = _coded(text, "111")
    assert evs and evs[-1].source_code.startswith("FRA")
    assert evs[-1].target_text is not None and "regime" in evs[-1].target_text


def test_the_order_tyranny_still_judges_no_actor():
    evs = _coded("The union called the new curfew order tyranny.", "111")
    assert evs and evs[0].target_code is None


@pytest.mark.parametrize("text,denied", [
    ("The water board said it had nothing to do with the leak.", True),
    ("The water board said the leak was nothing to do with its pipes.", True),
    ("The mayor said the tenants want nothing to do with the new landlord.", False),
])
def test_only_having_nothing_to_do_with_denies_a_link(text, denied):
    assert bool(_coded(text, "016")) is denied


@pytest.mark.parametrize("text,iso", [
    ("Ottawa pledged to provide four patrol boats to Accra.", "GHA"),
    ("Madrid sold two fighter jets to Lima last year.", "PER"),
    ("Berlin sent 300 troops to Vilnius on Monday.", "LTU"),
])
def test_a_capital_given_something_is_its_state(text, iso):
    evs = [e for e in _analysis(text).events if e.cameo_code[:2] in ("03", "06", "07", "15")]
    assert evs and evs[0].target_code is not None and evs[0].target_code.startswith(iso)


def test_a_capital_flown_to_is_a_place():
    evs = _analysis("The Ruritanian minister flew to Accra on Monday.").events
    assert all(e.target_code is None or not e.target_code.endswith("GOV") for e in evs)


@pytest.mark.parametrize("text,isos", [
    ("Peru, Chile sign fishing pact as tensions ease", {"PER", "CHL"}),
    ("Kenya, Uganda agree to reopen border crossing", {"KEN", "UGA"}),
])
def test_a_headline_joins_its_subjects_with_a_comma(text, isos):
    evs = [e for e in _analysis(text).events if e.cameo_code[:2] in ("03", "05")]
    assert {e.source_code[:3] for e in evs if e.source_code} == isos


def test_a_comma_after_an_opening_time_word_adds_no_subject():
    evs = _analysis("Yesterday, Peru signed a fishing pact with Chile.").events
    assert {e.source_code for e in evs if e.cameo_code == "057"} <= {"PER", "CHL"}


def test_a_welcomed_verdict_answers_the_court_that_sentenced():
    text = ("A court in Lagos sentenced a former governor to ten years in prison on Monday. Police later arrested two "
            "of his aides at the airport. The bar association welcomed the verdict.")
    evs = [e for e in _coded(text, "05") if e.sentence == 2]
    assert evs and evs[0].target_code is not None and evs[0].target_code.endswith("JUD")


@pytest.mark.parametrize("text,sector", [
    ("Rights groups condemned the arrests of the two editors.", "HRI"),
    ("On Monday, aid groups criticised the closure of the crossing.", "NGO"),
    ("Hospital staff said they had not been paid for three months.", "HLH"),
])
def test_a_bare_plural_group_keeps_the_kind_its_modifier_names(text, sector):
    evs = _analysis(text).events
    assert evs and evs[0].source_code == sector


def test_leaders_of_a_named_group_in_a_capital_are_the_groups():
    evs = _coded("Egyptian and Qatari mediators met Hezbollah leaders in Cairo on Wednesday.", "04")
    assert {e.target_code for e in evs} == {"LBNREBHEZ"} or all("EGY" not in (e.target_code or "") for e in evs)


@pytest.mark.parametrize("text,target", [
    ("Gunmen opened fire on a bus carrying Hindu pilgrims near Jammu, wounding six.", "REL"),
    ("Militants ambushed a convoy transporting Malian soldiers near Gao on Friday.", "MLIMIL"),
])
def test_an_attack_on_a_conveyance_is_aimed_at_whom_it_carries(text, target):
    evs = [e for e in _analysis(text).events if e.cameo_code[:2] in ("18", "19")]
    assert evs and evs[0].target_code is not None and evs[0].target_code.endswith(target)


@pytest.mark.parametrize("text,root,source,target", [
    ("Latvia expelled three Belarusian diplomats on Friday, a move that Minsk condemned.", "11", "Minsk", "Latvia"),
    ("The navy closed the harbour to fishing boats, a decision welcomed by local traders.", "05", "traders", "navy"),
    ("Israel closed the crossing on Sunday, in a move condemned by the United Nations.", "11", "United Nations",
     "Israel"),
])
def test_an_appositive_move_answers_the_clause_it_follows(text, root, source, target):
    evs = _coded(text, root)
    assert evs and source in evs[0].source_text and evs[0].target_text and target in evs[0].target_text


def test_the_act_a_move_reacts_to_takes_no_target_from_the_reaction():
    evs = _coded("Israel closed the crossing on Sunday, in a move condemned by the United Nations.", "17")
    assert evs and evs[0].target_code != "IGOUNO"


def test_it_after_a_bare_singular_group_takes_up_that_group():
    text = ("Police arrested two men suspected of selling guns to a local gang. Rights group Karapatan criticised the "
            "police for what it called the unlawful detention of farmers.")
    a = _analysis(text)
    its = [m for m in a.mentions if m.kind == "pronoun" and m.text == "it"]
    assert its and a.actor(its[0].actor_id).sector == "HRI"


def test_staff_stay_they():
    a = _analysis("Staff on short-term contracts said they had not been paid since March.")
    theys = [m for m in a.mentions if m.kind == "pronoun" and m.text == "they"]
    assert theys and a.actor(theys[0].actor_id).name == "Staff"


@pytest.mark.parametrize("text", [
    "Israel, Hamas agree to extend truce by two days\n\nIsrael and Hamas agreed on Monday to extend their truce by two "
    "days, Qatar said.\n",
    "Israel, Hamas agree to extend truce by two days\nIsrael and Hamas agreed on Monday to extend their truce by two "
    "days, Qatar said.\n",
])
def test_the_leads_first_side_survives_a_headline_line(text):
    evs = [e for e in _coded(text, "03") if e.sentence == 1]
    assert {e.source_code for e in evs} >= {"ISR", "PSEREBHMS"}


def test_a_wrapped_first_line_is_no_headline():
    text = ("The government of Peru said on Monday that it\nwould hold talks with Chile on the fishing dispute.\n")
    a = _analysis(text)
    assert len({e.sentence for e in a.events}) <= 1
