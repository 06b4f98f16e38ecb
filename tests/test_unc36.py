"""Session 34 (issue 11, branch unc36): sentences with an event in which the system coded nothing at all.

Each kind below lost a whole sentence's event upstream of the choice of a root; every sentence here was written
for these tests.
- actor not found: "the state of Victoria", "the northeastern region of Catalonia" -- a state or province named
  through its place noun and "of" -- was no actor, so the act it did had no doer and was dropped (word list
  REGION_OF_NOUNS, region_actors.region_named_by);
- no doer the system accepts: a law, rule or order in force as the subject of a verb of restriction ("the new
  law bans smoking in bars") restricts on behalf of the state, coded 172 with no named source (agentless form
  `rule`, noun set RULES, convention rule-subjects);
- verb in no pattern: a veto of a package, a draft or a loan (only proposals and bills had rows), and an
  outlet's broadcasts or pages suspended (V12-veto-any-unc36, V17-suspend-media-unc36).
"""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.datafile import word_list
from newsgraph.events.patterns import noun_sets

PUBLISHED = "2025-03-12"


def _analysis(text: str):
    return newsgraph.analyse(text, published=PUBLISHED)


def _events(text: str, modalities=("asserted", "reported")):
    an = _analysis(text)

    def cty(actor_id):
        actor = an.actor(actor_id)
        return actor.country if actor is not None else None

    return [(e.cameo_code, cty(e.source_actor_id), cty(e.target_actor_id), e.rule_id, e.source_text)
            for e in an.events if e.modality in modalities]


# ---------------------------------------------------------------- a region named through its place noun


@pytest.mark.parametrize("text, root, country", [
    ("The state of Victoria eased its lockdown on Sunday.", "08", "AUS"),
    ("The province of Ontario sued the federal government over the carbon tax.", "11", "CAN"),
    ("The northeastern region of Catalonia lifted its curfew on Monday.", "08", "ESP"),
    ("The state of Bavaria banned the sale of fireworks this winter.", "17", "DEU"),
])
def test_a_state_or_province_named_by_its_place_noun_acts(text, root, country):
    events = _events(text)
    assert any(code.startswith(root) and src == country for code, src, _, _, _ in events), events


def test_the_governor_of_a_state_is_still_the_governor():
    events = _events("The governor of the state of Queensland met the Japanese ambassador in Brisbane.")
    meetings = [e for e in events if e[0].startswith("04")]
    assert meetings and all("governor" in (e[4] or "").lower() for e in meetings), events


def test_a_state_as_a_place_is_no_actor():
    events = _events("Police in the state of Victoria arrested two men on Friday.")
    arrests = [e for e in events if e[0] == "173"]
    assert arrests and all("police" in (e[4] or "").lower() for e in arrests), events


def test_region_of_nouns_list():
    assert {"state", "province", "region"} <= word_list("kb", "REGION_OF_NOUNS")


# ---------------------------------------------------------------- a law or rule as the doer of a restriction


@pytest.mark.parametrize("text", [
    "The new law bans smoking in all bars and restaurants.",
    "New regulations ban late-night sales of alcohol across the county.",
    "The measure, which parliament passed last week, bans mobile phones in schools.",
    "The decree bans street vendors from the old town.",
])
def test_a_rule_in_force_restricts(text):
    events = _events(text)
    assert any(code == "172" and "+rule" in rule for code, _, _, rule, _ in events), events


@pytest.mark.parametrize("text", [
    "The rule banning hats was dropped by the club.",                  # a law named by what it does
    "The proposed law would ban foreign funding of charities.",         # not in force
    "Smoking has been allowed on the terrace since the law changed.",   # no restriction verb
])
def test_a_rule_only_named_restricts_nothing(text):
    events = _events(text)
    assert not any("+rule" in rule for _, _, _, rule, _ in events), events


def test_an_actor_that_bans_keeps_its_own_rule():
    events = _events("The Kenyan government banned plastic bags on Monday.")
    bans = [e for e in events if e[0] == "172"]
    assert bans and all("+rule" not in e[3] and e[1] == "KEN" for e in bans), events


def test_rules_noun_set():
    rules = noun_sets()["RULES"]
    assert {"law", "regulation", "decree"} <= rules
    assert not {"bill", "proposal"} & rules     # not yet in force


# ---------------------------------------------------------------- vetoes and outlets silenced


@pytest.mark.parametrize("text, source, target", [
    ("Hungary vetoed the EU's aid package for Ukraine.", "HUN", "IGO"),
    ("China and Russia vetoed a UN Security Council draft on Syria.", "CHN", "IGO"),
])
def test_a_veto_of_anything_named_as_anothers(text, source, target):
    events = _events(text)
    assert any(code == "129" and s == source and t == target for code, s, t, _, _ in events), events


def test_a_veto_with_no_one_vetoed_is_no_event():
    events = _events("The band's manager vetoed the song.")
    assert not any(code == "129" for code, *_ in events), events


def test_an_outlets_broadcasts_suspended_is_censorship():
    events = _events("The military council suspended the broadcasts of two French radio stations.")
    assert any(code == "172" and rule.startswith("V17-suspend-media-unc36") and t == "FRA"
               for code, _, t, rule, _ in events), events


def test_a_broadcaster_stopping_its_own_programme_censors_no_one():
    events = _events("The BBC stopped its evening programme to show the match.")
    assert not any(code == "172" for code, *_ in events), events


# ---------------------------------------------------------------- mandates


def test_a_state_of_emergency_lifted_stays_0814():
    events = _events("Authorities in Thailand lifted the state of emergency in Bangkok.")
    assert any(code == "0814" for code, *_ in events), events


@pytest.mark.parametrize("text, code", [
    ("The Italian government imposed a vaccine mandate for health workers.", "172"),
    ("The province scrapped its mask mandate for schools on Monday.", "081"),
])
def test_a_mandate_imposed_or_scrapped(text, code):
    events = _events(text)
    assert any(c == code for c, *_ in events), events


@pytest.mark.parametrize("text", [
    "The junta ended the mandate of the UN mission.",
    "The UN Security Council extended the mandate of its peacekeeping mission in Mali.",
    "Voters gave the party a strong mandate.",
])
def test_the_mandate_of_a_body_is_its_remit(text):
    events = _events(text)
    assert not any(c in ("172", "081") for c, *_ in events), events


@pytest.mark.parametrize("text", [
    "The legislation to outlaw night flights may take effect next year.",
    "We stopped at a petrol station on the motorway.",
])
def test_plans_and_petrol_stations_restrict_nothing(text):
    events = _events(text)
    assert not any(c == "172" for c, *_ in events), events


# ---------------------------------------------------------------- restrictions eased with no doer named; the internet cut


@pytest.mark.parametrize("text, code", [
    ("The curfew in Dhaka was lifted on Sunday.", "0813"),
    ("The border crossing at the river was reopened to trucks on Monday.", "081"),
    ("Sanctions on the two Iranian shipping firms were lifted in May.", "085"),
])
def test_a_restriction_eased_in_the_passive(text, code):
    events = _events(text)
    assert any(c == code for c, *_ in events), events


def test_a_road_reopened_after_a_crash_is_no_event():
    events = _events("The road was reopened after the crash.")
    assert not any(c.startswith("08") for c, *_ in events), events


@pytest.mark.parametrize("text", [
    "The Iranian authorities shut down the internet in Tehran.",
    "Internet access was cut off across the northern region before the vote.",
])
def test_the_internet_cut_is_censorship(text):
    events = _events(text)
    assert any(c == "172" and "V17-cut-internet-unc36" in rule for c, _, _, rule, _ in events), events


def test_a_storm_cutting_the_internet_censors_no_one():
    events = _events("A storm disrupted internet access across the island of Crete.")
    assert not any(c == "172" for c, *_ in events), events


# ---------------------------------------------------------------- threats whose from-phrase hangs elsewhere


@pytest.mark.parametrize("text, source", [
    ("The port deal drew angry threats from Russia.", "RUS"),
    ("The editor refused to resign in the face of threats from the Hungarian government.", "HUN"),
    ("The mayor has stood firm despite abuse and threats from the Serbian interior minister.", "SRB"),
])
def test_threats_from_an_author_the_parse_hangs_elsewhere(text, source):
    events = _events(text)
    assert any(code.startswith("13") and src == source for code, src, *_ in events), events


def test_a_threat_in_the_face_of_which_one_refused_happened():
    an = _analysis("The editor refused to resign in the face of threats from the Hungarian government.")
    threats = [e for e in an.events if e.cameo_code.startswith("13")]
    assert threats and all(e.modality == "asserted" for e in threats), [(e.cameo_code, e.modality) for e in an.events]


def test_threats_removed_from_a_list_have_no_author():
    events = _events("The moderators removed the threats from the forum on Monday.")
    assert not any(code.startswith("13") for code, *_ in events), events
