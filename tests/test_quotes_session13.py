"""Quotes, session 13 (issue 12, branch actors13): the speaker of a reporting verb after a fronted participle
clause the parser took for a second subject. Every text here is written for these tests."""
from __future__ import annotations


# ------------------------------------------------------------------ the speaker after a fronted participle
def test_a_fronted_participle_clause_is_not_the_speaker():
    import newsgraph

    # the small model parses "Briefing journalists" as a noun phrase, a second subject of "disclosed"
    a = newsgraph.analyse("Briefing journalists on Friday, the mayor disclosed that the bridge would reopen "
                          "in May.", published="2021-03-01")
    assert [q.speaker_text for q in a.quotes] == ["the mayor"]
    a = newsgraph.analyse("Meeting farmers in the capital on Monday, the minister disclosed that the dam "
                          "would be finished by June.", published="2021-03-01")
    assert [q.speaker_text for q in a.quotes] == ["the minister"]     # parsed right: unchanged
