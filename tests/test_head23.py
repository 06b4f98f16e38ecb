"""Session 23 (issue 11, branch head23): a headline "Name: claim" is the named speaker's statement (convention
headline-colon), and a reported "should" / "need to" is an appeal only to a named addressee who can act
(convention named-addressees). Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def _by(evs, rule):
    return [e for e in evs if e.rule_id == rule]


def test_a_headline_name_colon_claim_is_a_statement():
    evs = _events("Mayor Halvorsen: The ferry will run again in May\n\nThe mayor of Tromsdal, Ingrid Halvorsen, "
                  "met harbour workers on Friday.")
    found = _by(evs, "S-headline-colon")
    assert [e.cameo_code for e in found] == ["010"] and found[0].sentence == 0


def test_a_headline_colon_with_a_quote_is_a_statement_of_the_same_actor():
    evs = _events("Priya Ramaswamy toured the flooded district on Sunday.\n\n"
                  "Ramaswamy: 'We were ready for the storm'\n\nShe spoke for twenty minutes.")
    found = _by(evs, "S-headline-colon")
    assert len(found) == 1 and found[0].source_actor_id is not None
    first = [e for e in evs if e.sentence == 0]
    named = {e.source_actor_id for e in evs if e.source_text and "Ramaswamy" in e.source_text}
    assert found[0].source_actor_id in named or not first


def test_a_section_label_with_a_colon_is_no_statement():
    # a label with no clause, and a sub-head glued to its paragraph
    evs = _events("Savings plans compared.\n\nTomas Ferreira: Pension accounts\n\nThe plan costs little.")
    assert not _by(evs, "S-headline-colon")
    evs = _events("Savings plans compared.\n\nTomas Ferreira: Pension accounts Some plans do pay off. Many fail.")
    assert not _by(evs, "S-headline-colon")


def test_a_general_opinion_with_should_is_no_appeal():
    for text in ("Senator Abernathy said the country should spend more on libraries.",
                 "Senator Abernathy said we need to talk about rents.",
                 "Senator Abernathy said everyone has to slow down a little.",
                 "\"You have to respect the effort,\" Senator Abernathy said."):
        evs = _events(text)
        assert not _has(evs, root="02") and _has(evs, code="010"), text


def test_an_appeal_to_a_named_addressee_stays():
    evs = _events("The foreign minister said Caracas should free the detained fishermen.")
    assert _has(evs, root="02")
    evs = _events("The governor said Parliament needs to approve the flood budget this month.")
    assert _has(evs, root="02")
    # a passive still asks someone to act
    assert _has(_events("The teachers' union said fees should be lowered."), root="02")
