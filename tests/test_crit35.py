"""Session 33 (crit35, round34): disapproval (CAMEO 11x), rejection (12x) and threats (13x) in the wordings unseen
political news uses -- a person trashed, savaged or confronted, campaigning or advertising against someone, piling on,
disgust or anger at an actor, rallying opposition (113), grousing, mockery stirred up or drawn, attack ads, a named
accusation against someone, an opponent of someone, a formal grievance (114); criticism or calls brushed off,
proposals nixed, standing firm against demands (124), rules broken with or disregarded (128); condemning person
nouns, being disturbed by an actor, an apology owed, imperilling; and two kinds of false threat -- what endangers a
state of things, and a danger faced. Own sentences only."""
import pytest

from test_crit25 import _events, _has     # session 25's readers: (code, rule, source, target, modality) of a text


# ---- verbs of criticism with a person as the object

@pytest.mark.parametrize("text, rule, source, target", [
    ("Senator Walsh trashed Governor Hale as out of his depth.", "V11-trash-person-crit35", "Walsh", "Hale"),
    ("Governor Hale savaged Senator Walsh over the late budget.", "V11-trash-person-crit35", "Hale", "Walsh"),
    ("The reporter confronted Senator Walsh about her remarks on the dock strike.", "V11-confront-about-crit35",
     "reporter", "Walsh"),
    ("The dockers confronted Governor Hale over the missing wages.", "V11-confront-over-crit35", "dockers",
     "Hale"),
    ("Two shipping magnates are advertising against Senator Walsh in the port towns.",
     "V11-campaign-against-crit35", "magnates", "Walsh"),
    ("The ferry union is campaigning against Governor Hale.", "V11-campaign-against-crit35", "union", "Hale"),
    ("Rival senators piled on Governor Hale after the hearing.", "V11-pile-on-crit35", "senators", "Hale"),
])
def test_verbs_of_criticism_aimed_at_a_person(text, rule, source, target):
    evs = _events(text)
    assert _has(evs, "111", rule, source, target), evs


@pytest.mark.parametrize("text", [
    "The dog savaged a child in the park.",
    "She brushed off the dust from her coat.",
    "The striker shrugged off the injury.",
    "The navy scuttled the old ship.",
])
def test_literal_uses_are_no_disapproval_or_rejection(text):
    evs = _events(text)
    assert not any(e[0][:2] in ("11", "12") for e in evs), evs


# ---- disgust and anger at an actor

@pytest.mark.parametrize("text, source, target", [
    ("Senator Walsh was disgusted by Governor Hale's remarks.", "Walsh", "Hale"),
    ("Governor Hale's remarks disgusted Senator Walsh.", "Walsh", "Hale"),
])
def test_disgust_at_an_actor_is_criticism(text, source, target):
    evs = _events(text)
    assert _has(evs, "111", "V11-disgust-crit35", source, target), evs


@pytest.mark.parametrize("text", [
    "The residents were troubled by the loss of their homes.",
    "The flood angered residents.",
])
def test_feelings_at_a_thing_judge_no_one(text):
    evs = _events(text)
    assert not any(e[0].startswith("11") for e in evs), evs


def test_disturbed_by_an_actor_in_what_was_said():
    evs = _events('"I am disturbed by Governor Hale\'s conduct," Senator Walsh said.')
    assert any(e[0] == "111" and "crit35" in e[1] and e[3] and "Hale" in e[3] for e in evs), evs


# ---- rallying opposition (113)

@pytest.mark.parametrize("text, rule, target", [
    ("The ferry union rallied its members against Governor Hale.", "V11-rally-against-crit35", "Hale"),
    ("The ferry union rallied opposition to Governor Hale's new fees.", "V11-rally-opposition-crit35", "Hale"),
])
def test_rallying_others_against_someone_is_113(text, rule, target):
    evs = _events(text)
    assert _has(evs, "113", rule, "union", target), evs


def test_a_crowd_rallying_against_a_tax_is_no_113():
    evs = _events("Thousands rallied against the new tax in the capital.")
    assert not any(e[0] == "113" for e in evs), evs


# ---- grousing, mockery, attack ads, accusations, opponents, grievances

def test_grousing_is_criticism():
    evs = _events("Senator Walsh griped that the port council ignored her district.")
    assert _has(evs, "111", "V11-grouse-crit35", "Walsh", "council"), evs


@pytest.mark.parametrize("text, rule", [
    ("Governor Hale's speech drew mockery from both parties.", "N11-draw-mockery-crit35"),
    ("Governor Hale's speech is generating mockery among the dock workers.", "N11-stir-mockery-crit35"),
])
def test_mockery_stirred_or_drawn_is_criticism_of_the_actor(text, rule):
    evs = _events(text)
    assert any(e[0] == "111" and e[1].startswith(rule) and e[3] and "Hale" in e[3] for e in evs), evs


def test_attack_ads_are_criticism():
    evs = _events("The Democratic Party is running attack ads against Governor Hale.")
    assert _has(evs, "111", "N11-attack-ad-crit35", "Democratic Party", "Hale"), evs
    evs = _events("Governor Hale is facing attack ads in the port towns.")
    assert any(e[0] == "111" and e[1].startswith("N11-face-attack-ad-crit35") and e[3] and "Hale" in e[3]
               for e in evs), evs


def test_a_named_accusation_against_someone_is_112():
    evs = _events("Senator Walsh's accusation against Governor Hale drew a sharp reply.")
    assert any(e[0] == "112" and e[1].startswith("N11-accusation-against-crit35") and e[3] and "Hale" in e[3]
               for e in evs), evs


def test_an_opponent_of_someone_disapproves_of_them():
    evs = _events("The senator is an outspoken opponent of the governor.")
    assert _has(evs, "110", "N11-opponent-of-crit35", "senator", "governor"), evs
    evs = _events("Senator Walsh is a longtime opponent of the casino.")
    assert not any(e[0].startswith("11") for e in evs), evs


def test_a_grievance_filed_is_an_official_complaint():
    evs = _events("The dockers' union filed a grievance against the Harbour Board of Mombasa.")
    assert any(e[0] == "114" and e[1].startswith("V11-file-grievance-crit35") for e in evs), evs


# ---- statement tones: condemning person nouns, owed apologies, imperilling, third-rate

@pytest.mark.parametrize("text, rule", [
    ("Senator Walsh called the governor an opportunist.", "S-call+T-condemn-person-crit35"),
    ("Senator Walsh said Governor Hale was a fraud.", "S-say+T-condemn-person-crit35"),
    ('Senator Walsh called the governor "third-rate."', "S-call+T-condemn-rate-crit35"),
    ("Senator Walsh said Governor Hale owes the dock workers an apology.", "S-say+T-owe-apology-crit35"),
])
def test_condemning_words_in_what_was_said(text, rule):
    evs = _events(text)
    assert any(e[0] == "111" and e[1] == rule and e[2] and "Walsh" in e[2] and e[3]
               and ("Hale" in e[3] or "governor" in e[3]) for e in evs), evs


def test_imperilling_is_harm_said_of_an_actor():
    evs = _events("Senator Walsh said Governor Hale's remarks had imperiled the lives of the crews.")
    assert any(e[0] == "111" and "AP-harm-crit35" in e[1] for e in evs), evs


@pytest.mark.parametrize("text", [
    '"I thought he was joking about my turnovers," the coach said.',
    "Police said the fraud trial would open in May.",
    "The mayor said Walsh was the biggest loser of the night.",
])
def test_words_that_only_look_condemning(text):
    evs = _events(text)
    assert not any(e[0].startswith("11") and "crit35" in e[1] for e in evs), evs


# ---- rejections and defiance

@pytest.mark.parametrize("text, code, rule", [
    ("Governor Hale brushed off Senator Walsh's criticism.", "120", "V12-brush-off-crit35"),
    ("Governor Hale laughed off Senator Walsh's suggestion.", "120", "V12-brush-off-crit35"),
    ("Governor Hale nixed Senator Walsh's proposal.", "120", "V12-nix-crit35"),
    ("The governor stood firm against the senator's demands.", "124", "V12-stand-firm-crit35"),
    ("Governor Hale disregarded the court's ruling.", "128", "V12-disregard-crit35"),
    ("The United States broke with Security Council resolutions on the fishing grounds.", "128",
     "V12-break-with-norms-crit35"),
])
def test_rejections_and_defiance(text, code, rule):
    evs = _events(text)
    assert any(e[0] == code and e[1].startswith(rule) and e[4] == "asserted" for e in evs), evs


# ---- threats: received as the setting of an act; what endangers a state or a danger faced is no threat

def test_threats_received_as_the_setting_of_an_act():
    evs = _events("Despite threats from Governor Hale, The Coastal Times published the story.")
    assert _has(evs, "130", "N13-amid-threats-crit35", "Hale", "Coastal Times"), evs


@pytest.mark.parametrize("text", [
    "Senator Walsh's bigotry threatens national security.",
    "Rising debt threatens the stability of the region.",
    "The coastal towns face the threat of flooding.",
    "Americans face the threat of terrorism.",
])
def test_dangers_are_no_threats(text):
    evs = _events(text)
    assert not any(e[0].startswith("13") for e in evs), evs


@pytest.mark.parametrize("text", [
    "The gang threatened the witness.",
    "Governor Hale threatened legal action against The Coastal Times.",
])
def test_real_threats_stay(text):
    evs = _events(text)
    assert any(e[0].startswith("13") for e in evs), evs


@pytest.mark.parametrize("text", [
    "Over the course of two days, voters will confront two different visions of the port.",
    "The new mayor has unleashed the pent-up fury of the dock workers.",
])
def test_confronting_a_view_or_unleashing_fury_faults_no_one(text):
    evs = _events(text)
    assert not any(e[0].startswith("11") and "crit35" in e[1] for e in evs), evs


def test_a_matter_brushed_off_is_no_rejection():
    evs = _events("The senator brushed off the significance of the video.")
    assert not any(e[0].startswith("12") for e in evs), evs


@pytest.mark.parametrize("text, code, rule", [
    ("A jury found Exxon liable for the spill.", "116", "V11-find-liable-crit35"),
    ("The union launched a recall petition against Governor Hale.", "114", "N11-recall-drive-crit35"),
])
def test_liability_found_and_recall_drives(text, code, rule):
    evs = _events(text)
    assert any(e[0] == code and e[1].startswith(rule) for e in evs), evs
