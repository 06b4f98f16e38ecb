"""Session 50 (lead): kinds counted over the 2,184 real texts outside every gold set, tested on sentences of our
own."""
from __future__ import annotations

import newsgraph


def _actor(text: str, name: str, published: str = "2024-06-19"):
    found = [a for a in newsgraph.analyse(text, published=published).actors if a.name == name]
    assert found, name
    return found[0]


# -- "Justice" as a judge's style before the name (kb JUDGE_STYLES; person_names) -----------------------------------

def test_a_justice_named_with_the_style_is_a_judge():
    text = "OTTAWA — Justice Mary Okafor rejected the appeal on Monday. Mr Justice Reed criticised the lawyers."
    assert _actor(text, "Mary Okafor").code == "CANJUD"
    assert _actor(text, "Reed").code == "CANJUD"


def test_a_justice_minister_or_a_department_spokesman_keeps_the_title_that_names_the_role():
    text = ("NAIROBI — Justice Minister Ali Wanjiru met the envoy on Monday. "
            "Justice Department spokesman Peter Otieno said the firm had lied.")
    assert _actor(text, "Ali Wanjiru").code == "KENGOV"
    assert _actor(text, "Peter Otieno").code.endswith("GOV")


def test_justice_as_a_plain_noun_names_no_judge():
    events = newsgraph.analyse("Families demanded justice for the victims on Monday.", published="2024-06-19").events
    assert all(e.target_code is None or "JUD" not in e.target_code for e in events)
