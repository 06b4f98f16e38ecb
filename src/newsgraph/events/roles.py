"""Who did it and to whom: source and target phrases of a trigger, read off the dependency parse.

Handles active and passive voice ("was welcomed by"), coordinated subjects and objects (both
conjuncts), subjects shared by coordinated or controlled verbs ("vowed to build", "is scheduled
to visit"), relative clauses ("the treaty that the two ministers had signed"), and the noun-phrase
slots of nominal events ("his visit to", "talks between X and Y", "held talks with").
Only phrase heads are returned; actors are looked up by the caller (newsgraph.actors).

This module is the facade: the events modules call the helpers as `roles.<name>`, and the helpers live in
parts with one question each (session 36b, roles40), re-exported here unchanged:

    tree_preps.py        objects of prepositions, the "by" agent; TARGET_PREPS, AIMED_PREPS, CONTROL_PREPS
    tree_words.py        base forms of a word (lemmas), nouns that name no one, force as a means
    tree_conjuncts.py    coordinated words, a headline's comma pair
    tree_appositions.py  descriptions in apposition, fronted roles, blotter labels, "..., a move that ..."
    tree_voice.py        is a verb passive (headline passives, misread participles), stranded agents, gifts
    tree_clauses.py      participles, relative clauses, to-infinitives, clause subjects, comments on a clause
    tree_nouns.py        slots of a nominal event: governing verb, possessor, modifiers, between, quantities
    tree_objects.py      direct objects and datives
    tree_subjects.py     logical subjects (control, coordination, intents, accusations, reported clauses)

The parts import one another one way (preps and words at the bottom, subjects at the top) and never this
module; a new helper goes into the part whose question it answers, and its name is added here."""
from __future__ import annotations

from newsgraph.events.tree_words import a_thing, force_means, lemma_variants, lemmas, names_no_one, with_solid_co
from newsgraph.events.tree_preps import (AIMED_PREPS, CONTROL_PREPS, TARGET_PREPS, agent_of, prep_objects,
    stranded_object)
from newsgraph.events.tree_conjuncts import conjuncts, headline_pair, named_one_by_one
from newsgraph.events.tree_appositions import (appositive_clause, appositive_noun, fronted_description, in_apposition,
    past_label)
from newsgraph.events.tree_voice import (complement_participle, gerund_aux_subject, is_passive, misread_aux_subjects,
    misread_predicate, misread_wanted, passive_gift, reduced_passive, stranded_agents)
from newsgraph.events.tree_clauses import (ASPECTUAL, RELATIVE, clause_subjects, comment_on_clause,
    coordinated_verbs, finite_above, headline_infinitive, how_clauses, infinitive_subjects, is_finite,
    participle_clause_subject, participle_modifier, past_after_infinitive, root_noun_predicate, to_infinitive,
    whose_clause)
from newsgraph.events.tree_nouns import (QUANTITY, VENUE_NOUNS, arrest_document, between, carried_people, described_agents,
    governing_verb, noun_modifiers, noun_source_slots, possessors, probed_act, protest_manner_verb, quantified,
    quantity_head, quantity_of)
from newsgraph.events.tree_objects import datives, direct_objects
from newsgraph.events.tree_subjects import (SAYING_HEADS, accused_of, accused_participle_act, kept_from,
    reprisal_reason, subjects, subjects_plan, thing_clause_reporter)
