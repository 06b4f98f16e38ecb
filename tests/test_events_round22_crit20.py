"""Round 22 (crit20): more names that condemn, broken promises, contempt, "took issue with", and no criticism
of oneself (own sentences)."""
import pytest

from newsgraph.pipeline import analyse


def _codes(text):
    return [(e.cameo_code, e.rule_id) for e in analyse(text, "2021-03-01").events]


@pytest.mark.parametrize("text, rule", [
    ("The governor called the rollout of the new tax portal a fiasco.", "V11-call-names"),
    ("The union leader said the shipping company had broken its promise to the workers.", "T-broken-promise"),
    ("The teachers said the minister had shown contempt for the schools.", "T-contempt"),
    ("The mayor took issue with the council's new mooring fees.", "V11-take-issue"),
    ("The minister called the envoy a fool for trusting the rebels.", ""),
])
def test_judgement_of_another_is_criticism(text, rule):
    codes = _codes(text)
    assert any(c == "111" and r.endswith(rule) for c, r in codes), codes


@pytest.mark.parametrize("text", [
    "The farmers called the flood a disaster.",
    "The minister called himself a fool for trusting the envoy.",
    "The mayor blamed herself for the late warning.",
    "The senator said he had broken his promise to the farmers.",
    "The harbour master took a boat with the council's inspector.",
])
def test_no_one_else_judged_is_no_criticism(text):
    codes = _codes(text)
    assert not any(c.startswith("11") for c, _ in codes), codes
