"""Session 49 (say53, round51): statements and criticism (CAMEO 01, 11) as real papers print them -- doubt cast on
another actor's conduct in a questioned clause (convention questioned-conduct, events/questioned_conduct.py) and
an actor's act or conduct bemoaned or lamented (V11-bemoan-say53) -- and the look-alikes that stay what they were.
Own sentences only."""
import pytest

from statement_helpers import events as _events, find as _find


# ---- doubt cast on another actor's conduct (convention questioned-conduct)

@pytest.mark.parametrize("text, source, target", [
    ("Senator Hale questioned whether the governor could finish the bridge on time.", "Hale", "governor"),
    ("Senator Hale questioned how the governor would pay for the new stadium.", "Hale", "governor"),
    ("The opposition leader questioned whether President Obama would have gone to the funeral.", "leader", "Obama"),
    ("Senator Hale questioned whether the developers could build the stadium as promised.", "Hale", "developers"),
])
def test_doubt_about_another_actors_conduct_is_criticism(text, source, target):
    evs = _find(_events(text), "111", source)
    assert evs, text
    assert evs[0][3] and target in evs[0][3], evs
    assert evs[0][1].endswith("+questioned-conduct"), evs
    assert not _find(_events(text), "010", source), text


def test_questioned_conduct_keeps_the_targets_country():
    evs = _find(_events("Japan's prime minister questioned whether China would keep the fishing deal."), "111")
    assert evs and evs[0][5].startswith("JPN") and evs[0][6].startswith("CHN"), evs


@pytest.mark.parametrize("text", [
    "The candidate questioned whether he was getting a fair hearing.",      # the speaker's own case
    "Reporters questioned whether the storm would reach the coast.",        # no actor questioned
    "Some residents questioned whether their letters would be read.",
    "Senator Hale questioned whether we could afford the plan.",            # first person
    "Senator Hale wondered whether the governor had read the report.",      # musing, not doubt cast
])
def test_questions_that_judge_no_other_actor_stay_statements(text):
    evs = _events(text)
    assert not _find(evs, "11"), evs
    assert _find(evs, "01"), evs


def test_a_person_questioned_by_police_is_no_criticism():
    evs = _events("Police questioned the driver about the crash.")
    assert not _find(evs, "11"), evs


# ---- an actor's act or conduct bemoaned or lamented (V11-bemoan-say53)

@pytest.mark.parametrize("text, source, target", [
    ("Senator Hale lamented the governor's handling of the flood.", "Hale", "governor"),
    ("The senator bemoaned the administration's refusal to stand up to China.", "senator", "administration"),
    ("The union bemoaned the minister's failure to meet the nurses.", "union", "minister"),
])
def test_an_actors_act_bemoaned_is_criticism(text, source, target):
    evs = _find(_events(text), "111", source)
    assert evs, text
    assert evs[0][1] == "V11-bemoan-say53" and target in evs[0][3], evs


@pytest.mark.parametrize("text", [
    "Residents lamented the loss of the old library.",
    "Fans bemoaned the rain that ended the match early.",
])
def test_a_loss_lamented_judges_no_one(text):
    assert not _find(_events(text), "11"), text


def test_a_lament_clause_stays_a_pessimistic_comment():
    evs = _events("The farmers' leader lamented that the rains had come too late.")
    assert _find(evs, "012"), evs
    assert not _find(evs, "11"), evs


# ---- one held responsible, accountable or liable is blamed, not detained (SE-hold-accountable-say53, held_as)

@pytest.mark.parametrize("text, target", [
    ("The families held the airline responsible for the crash.", "airline"),
    ("The court held the ferry company liable for the spill.", "company"),
    ("Senator Hale said the governor must be held accountable for the flooding.", "governor"),
    ("The union said the mayor should be held responsible for the deaths.", "mayor"),
])
def test_one_held_accountable_is_blamed_not_detained(text, target):
    evs = _events(text)
    assert not [e for e in evs if e[0].startswith("17")], evs
    blamed = [e for e in evs if e[0] == "112" and e[3] and target in e[3]]
    assert blamed, evs


def test_one_said_to_be_held_responsible_is_no_claim_of_the_speaker():
    # the passive's noun subject is the one blamed: no claim of responsibility (015) by the union
    evs = _events("The union said the harbour master should be held responsible for the deaths.")
    assert not [e for e in evs if e[0] == "015"], evs
    assert [e for e in evs if e[0] == "112"], evs
    assert _find(_events("The rebels said they were responsible for the blast."), "015")


def test_an_active_hold_accountable_keeps_its_sides():
    evs = _find(_events("The court held the ferry company liable for the spill."), "112")
    assert evs and evs[0][5] == "JUD" and evs[0][6] == "BUS", evs


@pytest.mark.parametrize("text", [
    "Police held the driver for questioning.",
    "Border guards held two fishermen for a week.",
])
def test_people_held_by_the_police_stay_detained(text):
    evs = _events(text)
    assert _find(evs, "173"), evs
    assert not _find(evs, "112"), evs
