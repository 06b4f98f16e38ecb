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
