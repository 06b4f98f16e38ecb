"""Session 37, branch dup41: twin helpers merged into one each, with no change of output.

The plural rule of the headline reader and the noun phrase reader (nlp/plurals.plain_singular) and the toll clause
of the role reader and the claim reader (events/tolls.toll_clause) are one function each now; where the callers
asked different things, a parameter keeps the difference. These tests pin both readings. Every sentence is
written for these tests.
"""
from __future__ import annotations

from newsgraph.actors.phrases import noun_lemma
from newsgraph.events.tolls import toll_clause
from newsgraph.nlp.plurals import plain_singular


def test_plain_singular_drops_the_plural_ending_by_spelling():
    assert plain_singular("militias") == "militia"
    assert plain_singular("ferries") == "ferry"
    assert plain_singular("volcanoes") == "volcano"
    assert plain_singular("ambushes") == "ambush"
    assert plain_singular("boxes") == "box"


def test_plain_singular_leaves_words_that_are_no_plain_plural():
    assert plain_singular("press") is None          # "-ss" is no plural ending
    assert plain_singular("bus") is None            # too short to strip safely
    assert plain_singular("convoy") is None


def test_the_noun_phrase_reader_keeps_its_plain_s_rule():
    # phrases.noun_lemma takes one form as a KB key and drops only the "-s": the merge must not change it
    assert plain_singular("ambushes", sibilant_es=False) == "ambushe"
    assert plain_singular("ferries", sibilant_es=False) == "ferry"


def _noun(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_a_capitalised_plural_read_as_a_proper_noun_is_singularised(nlp):
    doc = nlp("Militias Clash Near Airport")
    tok = doc[0]
    assert tok.pos_ == "PROPN" and tok.lemma_.lower() == "militias"      # the tagger's misreading this mends
    assert noun_lemma(tok) == "militia"


def test_the_role_reader_takes_a_toll_clause_with_a_relative_subject(nlp):
    doc = nlp("The ambush, which killed six rangers, was blamed on poachers.")
    clause = toll_clause(_noun(doc, "ambush"))
    assert clause is not None and clause.lemma_ == "kill"


def test_the_role_reader_reads_left_with_a_harmed_word_as_a_toll(nlp):
    doc = nlp("Police are searching for the gunmen after a raid that left two guards dead on Tuesday.")
    clause = toll_clause(_noun(doc, "raid"))
    assert clause is not None and clause.lower_ == "left"
    # the claim reader's test never takes "leave"
    assert toll_clause(_noun(doc, "raid"), claimed=True) is None


def test_no_toll_clause_without_a_verb_of_harm(nlp):
    doc = nlp("The convoy, which carried grain to the port, was stopped at a checkpoint.")
    assert toll_clause(_noun(doc, "convoy")) is None
    assert toll_clause(_noun(doc, "convoy"), claimed=True) is None


def test_the_claim_reader_takes_a_toll_verb_of_a_claimed_attack(nlp):
    doc = nlp("A rebel faction claimed the bombing, which wounded eleven shoppers.")
    clause = toll_clause(_noun(doc, "bombing"), claimed=True)
    assert clause is not None and clause.lemma_ == "wound"
