"""Session 46 (say50, round48): statements, demands, criticism and threats (CAMEO 01, 10-13) as real papers tell them --
threats aimed at the one whose move is the condition of the deed threatened (convention deed-condition-targets),
demands made at a summons aimed at the summoned envoy's state (summoned-demands, events/summoned_demands.py, and
V11-call-in-envoy-say50), labels after the clause of the thing named ("called the decision to expel the reporters
irresponsible": nlp/naming_objects.py, T-condemn-label-say50), threats hedged with may or might (hedged-threats) and
bribes taken said of another (AP-deed-accuse-say50) -- and the look-alikes that stay what they were. Own sentences
only."""
import pytest

from statement_helpers import events as _events, find as _find, live as _live


# ---- threats aimed at the subject of the deed's if/unless clause (deed-condition-targets)

@pytest.mark.parametrize("text, source, target_code", [
    ("The European Union threatened to freeze the fisheries accord unless Senegal tightened its port inspections.",
     "European Union", "SEN"),
    ("Ankara threatened to shut the border crossing if Damascus did not withdraw its artillery from the ridge.",
     "Ankara", "SYR"),
    ("The dockers' union threatened to close the port unless the transport ministry dropped the new shift rota.",
     "union", "GOV"),
])
def test_a_threat_with_no_target_is_aimed_at_the_subject_of_its_deeds_condition(text, source, target_code):
    found = _find(_events(text), "13", source)
    assert found and all(e[6] and e[6].startswith(target_code) for e in found), _events(text)
    assert any("V13-threaten" in e[1] for e in found)


def test_a_threat_whose_deed_names_its_own_target_keeps_it():
    # the deed's object is the one threatened: the condition's subject is not looked at
    evs = _events("Uganda threatened to expel Kenya's ambassador unless Nairobi apologised for the raid.")
    found = _find(evs, "13", "Uganda")
    assert found and all(e[6] and e[6].startswith("KEN") for e in found), evs


def test_a_condition_with_no_actor_as_its_subject_gives_no_target():
    evs = _events("The union threatened to strike next month if wages did not rise.")
    found = _find(evs, "13", "union")
    assert found and all(e[3] is None or "wages" not in e[3] for e in found), evs


# ---- demands made at a summons (summoned-demands)

@pytest.mark.parametrize("text, source, target_code", [
    # the demanded release names the ones held, not whom it is demanded of
    ("The Danish foreign ministry summoned the Iranian ambassador and demanded the release of three Danish sailors.",
     "ministry", "IRN"),
    # the summons' to-infinitive of purpose
    ("Seoul summoned Beijing's ambassador to demand an end to fishing by Chinese trawlers in its waters.",
     "Seoul", "CHN"),
    # an envoy called in, with no one named in the demand
    ("Latvia called in the Russian charge d'affaires and demanded an apology for the remarks.", "Latvia", "RUS"),
])
def test_a_demand_made_at_a_summons_is_made_to_the_summoned_envoys_state(text, source, target_code):
    evs = _events(text)
    found = _find(evs, "10", source)
    assert found and all(e[6] and e[6].startswith(target_code) for e in found), evs


def test_calling_in_an_envoy_is_a_summons_and_calling_in_the_army_is_not():
    assert _find(_events("Latvia called in the Russian charge d'affaires over the remarks."), "114", "Latvia")
    assert not any(e[0] == "114" for e in _events("The governor called in the army after the floods."))


def test_a_demand_aimed_at_its_clauses_subject_keeps_it_after_a_summons():
    evs = _events("Lithuania summoned the Belarusian envoy and demanded that Poland close the crossing.")
    found = _find(evs, "10", "Lithuania")
    assert found and all(e[6] and e[6].startswith("POL") for e in found), evs


def test_a_demand_not_joined_to_a_summons_keeps_its_own_target():
    evs = _events("Spain summoned the Moroccan ambassador on Monday. Separately, the ministry demanded the release "
                  "of two fishermen held by rebels.")
    assert not any("+summoned" in e[1] for e in evs), evs


# ---- labels after the clause of the thing named (nlp/naming_objects.py, eighth shape)

@pytest.mark.parametrize("text, source", [
    ("The Irish foreign minister called the decision to deport the reporters reckless and counterproductive.",
     "foreign minister"),
    ("Amnesty International called the plan to cut legal aid cruel and short-sighted.", "Amnesty"),
    ("Austria's chancellor called the Hungarian decision to close the border crossing provocative.", "chancellor"),
])
def test_a_condemning_label_after_the_clause_of_the_thing_named_is_criticism(text, source):
    evs = _events(text)
    assert _find(evs, "111", source), evs
    assert not any(e[0] == "041" for e in _live(evs)), evs     # "called" is no phone call


def test_a_neutral_label_after_the_clause_is_no_criticism():
    evs = _events("The senator called the plan to expand the harbour bold.")
    assert not _find(evs, "11", "senator"), evs


def test_a_small_clause_of_the_inner_verb_is_not_a_label():
    # "make the port safe": the adjective belongs to "make"
    evs = _events("The mayor called the plan to make the port safe a failure.")
    assert not any("safe" in (e[3] or "") for e in evs), evs


# ---- condemning labels (T-condemn-label-say50)

def test_a_remark_called_provocative_is_criticism_and_a_provocative_film_is_not():
    evs = _events("Greece called the remarks by the Turkish minister provocative.")
    assert _find(evs, "111", "Greece"), evs
    assert not _find(_events("The festival opened with a provocative film about the war."), "11", "festival")


# ---- threats hedged with may or might (hedged-threats)

@pytest.mark.parametrize("text, source, code", [
    ("Ghana's government said it might expel foreign diplomats who meddled in the vote.", "it", "13"),
    ("Chad said it may cut diplomatic ties with Sudan over the border raids.", "it", "13"),
])
def test_a_conflictual_act_the_speaker_says_it_may_do_is_a_threat(text, source, code):
    evs = _events(text)
    assert _find(evs, code, source), evs


@pytest.mark.parametrize("text", [
    "Norway said it may send aid to the flood victims.",        # cooperative: no threat
    "Police said they may not arrest anyone over the rally.",   # negated
    "The minister said the rebels might attack the town.",      # another side's act: no threat of the speaker
    "Chad said it could cut diplomatic ties with Sudan.",       # "could": ability as often as a warning
])
def test_a_hedged_cooperative_negated_or_other_sides_act_is_no_threat(text):
    assert not any(e[0].startswith("13") for e in _live(_events(text))), _events(text)


# ---- bribes taken said of another (AP-deed-accuse-say50)

def test_bribes_taken_said_of_another_is_an_accusation():
    evs = _events("Prosecutors said the former governor had accepted bribes from a road builder.")
    assert any(e[0] == "112" and "governor" in (e[3] or "") for e in _find(evs, "112", "Prosecutors")), evs


def test_a_break_taken_is_no_accusation():
    evs = _events("The former governor said he had taken a long break from politics.")
    assert not any(e[0].startswith("11") for e in _live(evs)), evs


# ---- the maker of the document a passive criticism or accusation was voiced in (document-sources)

@pytest.mark.parametrize("text, code, source_code, target", [
    ("The navy was accused of sinking fishing boats in a report published by Human Rights Watch on Monday.",
     "112", "NGO", "navy"),
    ("The interior ministry was accused in Amnesty International's yearly report of jailing bloggers.",
     "112", "NGO", "interior ministry"),
])
def test_a_passive_accusation_voiced_in_a_document_has_the_documents_maker_as_its_source(
        text, code, source_code, target):
    evs = _events(text)
    assert any(e[0].startswith(code) and e[5] and e[5].startswith(source_code) and target in (e[3] or "")
               and "+document-maker" in e[1] for e in _live(evs)), evs


@pytest.mark.parametrize("text", [
    "The navy was accused of sinking fishing boats in a report on Monday.",        # a report with no maker
    "The navy was accused of sinking fishing boats in the harbour of Tripoli.",    # a place, no document
])
def test_a_passive_accusation_with_no_documents_maker_keeps_no_source(text):
    evs = _events(text)
    assert not any("+document-maker" in e[1] for e in evs), evs
