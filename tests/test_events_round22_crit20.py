"""Round 22 (crit20): more names that condemn, and no criticism of oneself (own sentences)."""
from newsgraph.pipeline import analyse


def _codes(text):
    return [(e.cameo_code, e.rule_id) for e in analyse(text, "2021-03-01").events]


def test_botch_names_are_criticism():
    codes = _codes("The governor called the rollout of the new tax portal a fiasco.")
    assert any(c == "111" and r == "V11-call-names" for c, r in codes), codes


def test_storm_disaster_is_no_criticism():
    codes = _codes("The farmers called the flood a disaster.")
    assert not any(c.startswith("11") for c, _ in codes), codes


def test_self_criticism_is_dropped():
    for text in ("The minister called himself a fool for trusting the envoy.",
                 "The mayor blamed herself for the late warning."):
        codes = _codes(text)
        assert not any(c.startswith("11") for c, _ in codes), codes


def test_name_aimed_at_another_stays_criticism():
    codes = _codes("The minister called the envoy a fool for trusting the rebels.")
    assert any(c == "111" for c, _ in codes), codes


def test_broken_promise_criticises_its_maker():
    events = analyse("The union leader said the shipping company had broken its promise to the workers.",
                     "2021-03-01").events
    assert any(e.cameo_code == "111" and e.rule_id.endswith("T-broken-promise") for e in events)


def test_own_broken_promise_is_no_criticism():
    codes = _codes("The senator said he had broken his promise to the farmers.")
    assert not any(c.startswith("11") for c, _ in codes), codes


def test_contempt_shown_is_criticism():
    codes = _codes("The teachers said the minister had shown contempt for the schools.")
    assert any(c == "111" for c, _ in codes), codes


def test_take_issue_with():
    codes = _codes("The mayor took issue with the council's new mooring fees.")
    assert any(c == "111" and r == "V11-take-issue" for c, r in codes), codes


def test_take_issue_needs_issue():
    codes = _codes("The harbour master took a boat with the council's inspector.")
    assert not any(c.startswith("11") for c, _ in codes), codes
