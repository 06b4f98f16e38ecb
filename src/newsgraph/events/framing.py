"""Mentions of an act that report no act (conventions.csv `titles`, `wh-sides`, `generic-doers`, round 9;
`generic-clauses` and the unasserted clauses of events/clause_mood.py, round 19; `generic-kinds`, round 21;
`unquoted-titles`, round 10).

Real pages outside every gold set name acts without reporting them: a work's title in quotes ("his film
'The Killing of a Mayor'"), a side that is a question word ("taboos about who gets money"), and what a kind
of people does in general ("fines for drivers who refuse to pay the toll"). The coder drops such events after
the sentence is coded; each rule is written from what CAMEO codes (events that happened or were announced by
someone in particular), with our own examples in conventions.csv.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import clause_mood
from newsgraph.events.background_clauses import asked_topic, background_relative, background_span, topic_mention
from newsgraph.events import conventions as conv
from newsgraph.events.headlines import is_title_case
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children, climb, token_texts
from newsgraph.quotes.marks import quoted_token_stretches
from newsgraph.records import Event

_SMALL_WORDS = word_list("patterns", "SMALL_WORDS")
_MAX_TITLE_TOKENS = 12
_WH_WORDS = word_list("patterns", "WH_WORDS")
_GENERIC_DETERMINERS = word_list("patterns", "GENERIC_DETERMINERS")


def reported_acts(events: list[Event], trigger_of: dict[str, Token], sent: Span,
                  since: frozenset[str] | None) -> list[Event]:
    """The events that report an act, a side that is a bare question word emptied (each test switched by its
    convention); the others are mentions of an act, not reports of one."""
    out = []
    for event in events:
        trigger = trigger_of.get(event.id)
        if conv.enabled("wh-sides", since):
            event, asked = clear_wh_sides(event)
            if asked and not (event.source_actor_id or event.source_text or event.target_actor_id
                              or event.target_text):
                continue    # the event names no one
            if asked and trigger is not None and conv.enabled("open-questions", since) and open_question(trigger):
                continue
        if trigger is not None and _names_no_act(trigger, sent, since):
            continue
        if trigger is not None and "11" <= event.cameo_code[:2] <= "20" and conv.enabled(
                "generic-experiences", since) and clause_mood.generic_experience(trigger):
            continue    # "she has received death threats": acts in general, no doer and no occasion
        if trigger is not None and "11" <= event.cameo_code[:2] <= "17" and not event.source_actor_id \
                and conv.enabled("quoted-grievances", since) and quoted_grievance(trigger, sent):
            continue    # "'They are robbing us,' a trucker said": the speaker's complaint, no act of anyone named
        mood = _unasserted(trigger, sent, since) if trigger is not None and event.modality == "asserted" else None
        if trigger is not None and event.modality in ("asserted", "planned", "expected") and conv.enabled(
                "counterfactual-past", since) and clause_mood.counterfactual_past(trigger):
            mood = "hypothetical"   # "would have stormed the station if ...": a past that did not happen
        if mood:
            event = replace(event, modality=mood)
        out.append(event)
    return out


def _names_no_act(trigger: Token, sent: Span, since: frozenset[str] | None) -> bool:
    return (conv.enabled("titles", since) and in_title(trigger, sent, conv.enabled("titled-works", since))) or (
        conv.enabled("unquoted-titles", since) and in_unquoted_title(trigger, sent)) or (
        conv.enabled("generic-doers", since) and generic_doer(trigger, since)) or (
        conv.enabled("generic-clauses", since) and _generic_clause(trigger, sent, since)) or (
        conv.enabled("generic-kinds", since) and clause_mood.generic_kind(trigger)) or (
        conv.enabled("generic-procedures", since) and clause_mood.procedure_clause(trigger, sent)) or (
        conv.enabled("background-relatives", since) and background_relative(trigger)) or (
        conv.enabled("topic-mentions", since) and topic_mention(trigger)) or (
        conv.enabled("asked-topics", since) and asked_topic(trigger)) or (
        conv.enabled("background-spans", since) and background_span(trigger)) or (
        conv.enabled("plot-frames", since) and in_plot(trigger))


def _generic_clause(trigger: Token, sent: Span, since: frozenset[str] | None) -> bool:
    """What happens in general (events/clause_mood.py), or what a kind of people does (`generic_doer`) read on
    the verb of the clause a noun or participle stands in ("many pundits see them as rioters causing damage")."""
    if clause_mood.headline_like(sent):
        return False
    verb = clause_mood.clause_verb(trigger)
    return clause_mood.generic_clause(trigger, sent) or (verb.i != trigger.i and generic_doer(verb, since))


def _unasserted(trigger: Token, sent: Span, since: frozenset[str] | None) -> str | None:
    """The modality of an act asked about, urged or supposed (hypothetical) or told as the time of a future act
    (planned), not reported (events/clause_mood.py, round 19); None for an asserted one."""
    if (conv.enabled("questions", since) and clause_mood.questioned(trigger, sent)) or (
            conv.enabled("imperatives", since) and clause_mood.imperative(trigger, sent)) or (
            conv.enabled("quoted-imperatives", since) and clause_mood.quoted_imperative(trigger)) or (
            conv.enabled("inverted-conditions", since) and clause_mood.inverted_condition(trigger)) or (
            conv.enabled("permitted-acts", since) and clause_mood.instrument_permitted(trigger)):
        return "hypothetical"
    if conv.enabled("future-time-clauses", since) and clause_mood.future_time_clause(
            trigger, would=conv.enabled("future-time-would", since)):
        return "planned"
    return None


_FICTION_WORKS = word_list("patterns", "FICTION_WORKS")
_CLAUSE_EDGES = ("ccomp", "xcomp", "advcl", "conj", "relcl")


def in_plot(trigger: Token) -> bool:
    """The act is told inside a work of fiction: its clause, or a clause that governs it, opens with the adverbial "in
    the film / the novel / her new sitcom" (word list FICTION_WORKS, a definite or possessive work, not "in a series
    of talks"). A film's or a novel's plot is no news (gold convention C12; convention plot-frames, session 43); a
    phrase after the verb ("the director said in the film that ...") is where a real person spoke, and stays."""
    node, hops = clause_mood.clause_verb(trigger), 0
    while hops < 5:
        for prep in children(node):
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < node.i \
                    and any(_fiction_work(w) for w in children(prep)):
                return True
        if node.dep_ not in _CLAUSE_EDGES or node.head.i == node.i:
            return False
        node, hops = clause_mood.clause_verb(node.head), hops + 1
    return False


def _fiction_work(noun: Token) -> bool:
    """A pobj naming one work of fiction: "the film", "his latest novel", "the movie's final scene" is not one."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _FICTION_WORKS and any(
        c.dep_ in ("det", "poss") for c in children(noun)) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children(noun))


def in_title(trigger: Token, sent: Span, titled: bool = False) -> bool:
    """The trigger stands inside a short quoted stretch whose words are all capitalised: a title; with
    `titled` (convention `titled-works`), also any quoted stretch that a word such as "titled" introduces
    ("an essay titled 'Why the council is stealing our park'": a title in sentence case)."""
    for open_i, close_i in quoted_stretches(sent):
        if not open_i < trigger.i < close_i or close_i - open_i - 1 > _MAX_TITLE_TOKENS:
            continue
        if titled and open_i > sent.start and sent.doc[open_i - 1].lower_ in _TITLE_WORDS:
            return True
        words = [t for t in sent.doc[open_i + 1:close_i] if t.is_alpha]
        content = [t for t in words if t.lower_ not in _SMALL_WORDS]
        return len(words) >= 2 and bool(content) and all(t.text[0].isupper() for t in content)
    return False


_FIRST_PERSON = word_list("patterns", "FIRST_PERSON_OBJECTS")


def quoted_grievance(trigger: Token, sent: Span) -> bool:
    """"'They are robbing us,' a trucker said", "'they rob us every day'": inside a quotation, an act in the present
    (simple or progressive: going on, not one occasion; "they have seized our boats" tells one) whose doer is a bare "they" and whose object is the speaker's own people ("us", "our land") is a complaint the
    speaker voices, not an act of anyone the text names: the speaker's statement is coded, the complaint's act is
    not (convention quoted-grievances, session 38 left42)."""
    verb = clause_mood.clause_verb(trigger)
    if not any(o < trigger.i < c for o, c in quoted_stretches(sent)):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in children(verb)):
        return False
    progressive = verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" and a.tag_ in ("VBP", "VBZ")
                                             for a in children(verb))
    if not (progressive or clause_mood.present_simple(verb)):
        return False
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative")] + [
        g for p in children(verb) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"]
    return any(o.lower_ in _FIRST_PERSON or any(d.dep_ == "poss" and d.lower_ in _FIRST_PERSON for d in children(o))
               for o in objects)


def quoted_stretches(sent: Span) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the sentence's quoted stretches (`quotes.marks.quoted_token_stretches`:
    the apostrophes of "the players' union" or "the '90s" never pair with the marks of a title)."""
    doc = sent.doc
    return quoted_token_stretches(token_texts(doc), sent.start, sent.end, lambda i: bool(doc[i].whitespace_))


_TITLE_OPENERS = word_list("patterns", "TITLE_OPENERS")
_TITLE_WORDS = word_list("patterns", "TITLE_WORDS")


def in_unquoted_title(trigger: Token, sent: Span) -> bool:
    """An event noun capitalised inside running text, in a stretch of capitalised words that a capitalised
    article opens mid-sentence ("a screening of The Assassination of Jesse James") or that the parser tags as
    a work of art: a title without quotes. A title-case headline, where every word is capitalised, is no
    such evidence (headlines.py reads those)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not trigger.text[:1].isupper() or trigger.i == sent.start:
        return False
    if trigger.ent_type_ == "WORK_OF_ART":
        return True
    if is_title_case(sent):
        return False
    i = trigger.i - 1
    while i > sent.start:
        tok = sent.doc[i]
        if tok.text in _TITLE_OPENERS:
            return True
        if not tok.is_alpha or not (tok.text[0].isupper() or tok.lower_ in _SMALL_WORDS) \
                or trigger.i - i > _MAX_TITLE_TOKENS:
            return False
        i -= 1
    return False


def clear_wh_sides(event: Event) -> tuple[Event, bool]:
    """The event with a side whose words are a bare question word emptied ("who attacked the convoy" is
    unknown: GDELT leaves such a side blank), and whether a side was emptied; `event` itself is not changed."""
    changes: dict[str, None] = {}
    if (event.source_text or "").strip().lower() in _WH_WORDS and event.source_actor_id is None:
        changes.update(source_text=None, source_start=None)
    if (event.target_text or "").strip().lower() in _WH_WORDS and event.target_actor_id is None:
        changes.update(target_text=None, target_start=None)
    return (replace(event, **changes), True) if changes else (event, False)


_QUESTION_CLAUSES = frozenset({"ccomp", "pcomp", "csubj", "xcomp"})


def open_question(trigger: Token) -> bool:
    """The act is asked about, not reported: a question clause ("rules about who gets loans", "nobody knows
    who will pay") whose verb is in the present or future. A past question ("police are investigating who shot
    the guard") still reports an act whose doer is unknown; a relative clause is no question."""
    verb = climb(trigger, ("conj",))
    if verb.dep_ not in _QUESTION_CLAUSES or verb.tag_ in ("VBD", "VBN"):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(verb))


def generic_doer(trigger: Token, since: frozenset[str] | None = None) -> bool:
    """The act is what a kind of people does: the trigger (or the verb it completes) is a present-tense
    relative clause on a bare plural ("people who refuse to pay") or its subject is a quantified kind of
    customer or a present-tense verb ("most buyers won't like it", "most voters oppose the plan"). "The men
    who attacked the bus" and "many protesters threw stones" (past) stay events."""
    verb = climb(trigger, ("xcomp", "conj"))
    if verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ"):
        head = verb.head
        if head.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in children(head)):
            return True
    habitual = verb.tag_ in ("VBP", "VBZ")
    for subj in (c for c in children(verb) if c.dep_ == "nsubj"):
        if (habitual or subj.lemma_.lower() in _customers()) and any(
                c.dep_ in ("det", "amod") and c.lower_ in _GENERIC_DETERMINERS for c in children(subj)) \
                and not (conv.enabled("particular-members", since) and _of_named_body(subj)):
            return True
    return False


def _of_named_body(noun: Token) -> bool:
    """"Some members of Congress", "many members of the union": part of one particular body, not a kind of
    people (convention particular-members, round 13)."""
    bodies = noun_sets()["BODIES"]
    return any(g.ent_type_ in ("ORG", "GPE", "NORP") or g.lemma_.lower() in bodies
               for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
               for g in children(p) if g.dep_ == "pobj")


@functools.lru_cache(maxsize=1)
def _customers() -> frozenset[str]:
    """Kinds of people whose doings are generic: the CUSTOMERS noun set and a few more (built once)."""
    return noun_sets()["CUSTOMERS"] | word_list("patterns", "GENERIC_PEOPLE")
