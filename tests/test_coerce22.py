"""Event coding on real news, session 22 of issue 11 (branch coerce22): coercion, arrests and protests (CAMEO
roots 17 and 14) in the forms news uses.

Protests that turn violent and clashes with protesters (145 / 175, as the codebook reads them), no state of
emergency (1724) for a natural disaster, jail named
by the verbs of sending or putting someone there and sentences given or received (173), downed tools (143), and
strikes or bans that are only planned, proposed or possible. Each kind has sentences that must stay uncoded (or
keep their old code) next to the ones that must be coded. Every sentence here is written for these tests (none is
taken from a gold set, a real article or the seed).
"""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _codes(text: str, modality: str = "asserted") -> set[str]:
    return {e.cameo_code for e in _events(text) if e.modality == modality}


# ------------------------------------------------------------------ protests that turn violent (145)

def test_a_protest_that_turned_violent_is_a_violent_protest():
    assert "145" in _codes("The march against the toll road turned violent on Saturday evening.")
    assert "145" in _codes("Weekend rallies over the fuel price became deadly in two towns.")


def test_a_calm_protest_or_a_violent_debate_is_not():
    codes = _codes("The march against the toll road stayed peaceful all afternoon.")
    assert "145" not in codes
    assert not {c for c in _codes("The council debate turned ugly after midnight.") if c[:2] in ("14", "18", "19")}
    assert "145" not in _codes("The vigil for the miners did not turn violent.")


# ------------------------------------------------------------------ clashes with protesters (145 / 175)

def test_a_clash_of_protesters_with_police_is_riot_and_repression():
    evs = _events("Clashes between demonstrators and police left four officers in hospital.")
    assert _has(evs, code="145") and _has(evs, code="175"), [(e.cameo_code, e.source_text) for e in evs]


def test_marchers_who_clash_with_police_protest_violently():
    evs = _events("Hundreds of marchers clashed with police near the tax office.")
    assert _has(evs, code="145")


def test_a_clash_of_armed_sides_or_fans_stays_force():
    assert {e.cameo_root for e in _events("Government troops clashed with insurgents near the dam.")} == {"19"}
    assert "145" not in _codes("Two groups of fans clashed outside the ground after the derby.")
    assert "175" not in _codes("Two groups of fans clashed outside the ground after the derby.")


# ------------------------------------------------------------------ state of emergency (1724)

def test_martial_law_declared_is_1724():
    assert _has(_events("The junta declared martial law across the eastern provinces."), code="1724")


def test_an_emergency_for_a_natural_disaster_is_not():
    assert "1724" not in _codes("The governor declared an emergency after the floods cut off four towns.")
    assert "1724" not in _codes("The interim government declared martial law as the hurricane neared the coast.")


# ------------------------------------------------------------------ jail and sentences (173)

def test_sent_or_thrown_in_jail_is_imprisonment():
    assert _has(_events("The bank clerk was sent to prison for four years."), code="173")
    assert _has(_events("The cartoonist was thrown in jail for a drawing of the president."), code="173")
    assert _has(_events("The former sheriff was put behind bars for fraud."), code="173")


def test_a_sentence_given_or_received_is_imprisonment():
    evs = _events("The forger was given a seven-year sentence on Monday.")
    assert _has(evs, code="173") and _has(evs, code="173")[0].target_text == "The forger"
    evs = _events("The tax inspector received a three-year sentence for taking bribes.")
    assert _has(evs, code="173") and _has(evs, code="173")[0].target_text == "The tax inspector"


def test_someone_held_behind_bars_is_the_target():
    evs = _has(_events("The smuggler remains behind bars in Marseille."), code="173")
    assert evs and evs[0].target_text == "The smuggler" and evs[0].source_text is None


def test_travel_to_a_prison_or_a_grammar_sentence_is_no_arrest():
    assert not {c for c in _codes("The bishop returned to the prison to visit the inmates.") if c.startswith("17")}
    assert not {c for c in _codes("Voters gave the senator a third term.") if c.startswith("17")}
    assert not {c for c in _codes("The coach sent the reserve players to the bench.") if c.startswith("17")}


# ------------------------------------------------------------------ downed tools (143)

def test_workers_who_down_tools_strike():
    assert "143" in _codes("Bus mechanics downed tools on Monday over unpaid overtime.")


# ------------------------------------------------------------------ planned, proposed and possible acts

def test_a_planned_or_proposed_strike_is_not_asserted():
    evs = _has(_events("The airline warned of delays ahead of a planned 24-hour strike by baggage handlers."),
               root="14")
    assert evs and all(e.modality == "planned" for e in evs)
    evs = _has(_events("Hauliers braced for a possible walkout by port crane drivers."), root="14")
    assert evs and all(e.modality == "hypothetical" for e in evs)


def test_a_ban_a_proposal_names_is_not_done():
    evs = _has(_events("The senator attacked the governor's proposal to ban street vendors."), root="17")
    assert not [e for e in evs if e.modality in ("asserted", "reported")]


def test_a_strike_with_no_such_modifier_stays_asserted():
    evs = _has(_events("A 24-hour strike by baggage handlers grounded flights on Friday."), root="14")
    assert evs and evs[0].modality == "asserted"
