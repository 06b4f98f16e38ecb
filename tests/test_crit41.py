"""Session 37 (crit41, round39): criticism, disapproval, complaints and lawsuits in the forms wire copy uses -- the
maker of a judged act named as its possessor when an of-phrase names who underwent it ("Norway's expulsion of the
envoy"), words of criticism counted by a noun of quantity ("a storm of criticism"), rules fought, opposition built,
"X raps Y", protest notes, money wasted and votes bought, opposition voiced, a predicate the parse reads as an
adverbial noun ("branded the plan a fiasco"), a country written "US" as the source, "among those detained are X";
and the look-alikes that stay what they were. Own sentences only."""
import pytest

from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text
from newsgraph.pipeline import analyse


def _codes(evs):
    return [e[0] for e in evs]


def _crit(evs):
    return [e for e in evs if e[0].startswith("11") and e[4] in ("asserted", "reported")]


# ---- the possessor of an undergone act with an of-phrase made it

@pytest.mark.parametrize("text, target", [
    ("Sweden condemned Norway's expulsion of the Swedish consul.", "Norway"),
    ("The rights group deplored Belarus's treatment of jailed journalists.", "Belarus"),
    ("Amnesty International denounced Egypt's execution of seven prisoners.", "Egypt"),
])
def test_possessor_of_an_act_done_to_others_is_the_one_criticised(text, target):
    evs = _crit(_events(text))
    assert evs and any(t and target in t for c, r, s, t, m in evs), evs


def test_possessor_alone_still_underwent_the_act():
    a = analyse("Sweden condemned the consul's expulsion.", "2024-06-19")
    crit = [e for e in a.events if e.cameo_code.startswith("11")]
    assert crit and all(e.target_text is None or "consul" not in e.target_text for e in crit), a.events


def test_noun_event_with_possessor_and_of_phrase_runs_from_the_possessor():
    evs = _events("Finland protested Russia's detention of the Finnish skipper.")
    assert any(c == "173" and s and "Russia" in s and t and "skipper" in t for c, r, s, t, m in evs), evs


# ---- words of criticism counted by a noun of quantity

@pytest.mark.parametrize("text, source, target", [
    ("Senator Walsh delivered a string of accusations against Governor Hale.", "Walsh", "Hale"),
    ("Governor Hale faced a storm of criticism from Senator Walsh.", "Walsh", "Hale"),
    ("The dockers' union levelled a barrage of accusations against Governor Okafor.", "union", "Okafor"),
])
def test_criticism_counted_by_a_quantity_noun(text, source, target):
    evs = _crit(_events(text))
    assert any(s and source in s and t and target in t for c, r, s, t, m in evs), _events(text)
    assert not any(c.startswith("19") for c in _codes(_events(text))), _events(text)


@pytest.mark.parametrize("text", [
    "Rebels fired a barrage of mortar rounds at the garrison.",
    "An artillery barrage struck the outskirts overnight.",
])
def test_a_barrage_of_shells_is_still_force(text):
    assert any(c.startswith("19") for c in _codes(_events(text))), _events(text)


# ---- rules fought, opposition built

@pytest.mark.parametrize("text", [
    "Truck drivers have fought the new toll rules since March.",
    "The fishermen's cooperative battled the catch restrictions for two years.",
])
def test_fighting_a_rule_is_disapproval(text):
    evs = _events(text)
    assert "110" in _codes(evs) and not any(c.startswith(("18", "19", "20")) for c in _codes(evs)), evs


@pytest.mark.parametrize("text", [
    "Firefighters fought the blaze through the night.",
    "The army fought insurgents near the border.",
])
def test_fighting_a_fire_or_an_enemy_is_not_disapproval(text):
    assert not _crit(_events(text)), _events(text)


def test_opposition_built_is_rallied_and_never_the_target():
    a = analyse("Shipping firms are organising opposition to the port levy.", "2024-06-19")
    rallied = [e for e in a.events if e.cameo_code == "113"]
    assert rallied and all(e.target_code is None for e in rallied), a.events


def test_rallied_opposition_with_no_one_named_keeps_its_source():
    a = analyse("Farmers mobilised opposition against the water tax.", "2024-06-19")
    rallied = [e for e in a.events if e.cameo_code == "113"]
    assert rallied and rallied[0].target_code is None and "Farmers" in rallied[0].source_text, a.events


# ---- "raps", protest notes, opposition voiced

@pytest.mark.parametrize("text, target", [
    ("The high court rapped the state police over the custodial deaths.", "police"),
    ("Senator Walsh rapped the transport ministry over the delays.", "ministry"),
])
def test_rapped_is_criticism(text, target):
    evs = _events(text)
    assert any(c == "111" and r.startswith("V11-rap-crit41") and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", ["The drummer rapped on the table twice.", "The singer rapped a verse about the harbour."])
def test_rapping_without_an_actor_is_nothing(text):
    assert not _crit(_events(text)), _events(text)


def test_protest_note_sent_is_an_official_complaint():
    evs = _events("Estonia sent a protest note to Russia over the airspace violation.")
    assert any(c == "114" and s and "Estonia" in s and t and "Russia" in t for c, r, s, t, m in evs), evs
    evs = _events("Estonia sent a note to Russia about the ferry timetable.")
    assert "114" not in _codes(evs), evs


@pytest.mark.parametrize("text, target", [
    ("Beijing voiced strong opposition to Tokyo's new defence budget.", "Tokyo"),
    ("The ferry union registered its objection to Governor Okafor's rota.", "Okafor"),
])
def test_opposition_voiced_is_disapproval(text, target):
    evs = _events(text)
    assert any(c == "110" and r.startswith("V11-express-opposition-crit41") and t and target in t
               for c, r, s, t, m in evs), evs


def test_opposition_voiced_to_no_actor_and_support_for_the_opposition_are_not():
    assert "110" not in _codes(_events("Farmers expressed opposition to the drought rules.")), ""
    assert not _crit(_events("The party expressed support for the opposition.")), ""


# ---- deeds said of another: money wasted in its currency, a sell-out, votes bought

@pytest.mark.parametrize("text, code, target", [
    ("The auditor-general said the ministry had wasted 12 million dollars on idle ferries.", "111", "ministry"),
    ("Senator Walsh said Governor Hale had sold out to the casino lobby.", "111", "Hale"),
    ("The opposition leader said Governor Hale had bought votes in the island wards.", "112", "Hale"),
])
def test_deeds_said_of_another(text, code, target):
    evs = _events(text)
    assert any(c == code and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The promoter said the stadium had sold out within an hour.",
    "The company said it had bought a second warehouse.",
    "The coach said his players had wasted no time.",
])
def test_look_alike_deeds_judge_no_one(text):
    assert not _crit(_events(text)), _events(text)


# ---- "branded the plan a fiasco": the predicate the parse calls an adverbial noun

def test_predicate_read_as_adverbial_noun_is_still_the_name_given():
    evs = _events("Senator Walsh branded the ferry plan a fiasco.")
    assert any(c == "111" and r.startswith("V11-call-names") for c, r, s, t, m in evs), evs
    evs = _events("The ferry company signed the lease a week ago.")
    assert not _crit(evs), evs


# ---- "US" as a source is the country, not the pronoun "us"

def test_us_in_capitals_is_the_country():
    a = analyse("US criticises Beijing over fishing ban.", "2024-06-19")
    crit = [e for e in a.events if e.cameo_code == "111"]
    assert crit and crit[0].source_code and crit[0].source_code.startswith("USA"), a.events


def test_writer_pronouns_are_still_the_writer():
    assert not _events("Last week we criticised the council's decision in this column.")


# ---- "Among those detained are X": the copula's attribute is who underwent the act

def test_among_those_with_the_member_as_attribute():
    evs = _events("Among those detained are two Dutch aid workers.")
    assert any(c == "173" and t and "aid workers" in t for c, r, s, t, m in evs), evs


# ---- judgements in a reported clause: war crimes (112), the wrong direction or too late (111)

@pytest.mark.parametrize("text, code, rule, target", [
    ("The Armenian foreign ministry said Azerbaijan's shelling of the villages amounted to war crimes.", "112",
     "T-war-crimes-crit41", "Azerbaijan"),
    ("Human Rights Watch said the militia had committed crimes against humanity.", "112", "T-war-crimes-crit41",
     "militia"),
    ("The dockers' union said Governor Okafor's rota was a step in the wrong direction.", "111", "T-fault-crit41",
     "Okafor"),
    ("Senator Walsh said the governor's flood relief had come too little, too late.", "111", "T-fault-crit41",
     "governor"),
])
def test_judgements_said_of_another(text, code, rule, target):
    evs = _events(text)
    assert any(c == code and r.endswith(rule) and t and target in t for c, r, s, t, m in evs), evs


@pytest.mark.parametrize("text", [
    "The lecturer said war crimes tribunals take years to reach a verdict.",
    "The curator said the exhibition would remember the victims of genocide.",
    "The pilot said the plane had turned in the wrong direction.",
    "The farmer said it was too late to save the crop.",
])
def test_judgement_words_of_no_actor_judge_no_one(text):
    assert not _crit(_events(text)), _events(text)


# ---- a complaint filed by no one named; a fine challenged in court

def test_complaint_filed_against_someone_with_no_filer_named():
    evs = _events("A formal complaint has been filed against Senator Walsh.")
    assert any(c == "114" and s is None and t and "Walsh" in t for c, r, s, t, m in evs), evs


def test_fine_challenged_in_court_is_a_case_against_its_maker():
    evs = _events("The airline challenged the regulator's fine in court.")
    assert any(c == "115" and r.startswith("V11-challenge-in-court-crit41") and s and "airline" in s
               for c, r, s, t, m in evs), evs
    assert not _crit(_events("She challenged the champion in the final.")), ""
