"""Statements made with an adjective of stance: "the governor has been clear that ...", "the mayor made it clear
that ...", "farmers are worried that ..." -- a statement of the subject of "be" or "make" (convention
stance-adjectives, statement_adjectives.csv), not the writer's "it is clear that". Read by statements.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.events import confidence
from newsgraph.events import roles
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.events.modality import modality
from newsgraph.events.statement_data import _STANCE_FRAMES, stance_adjectives
from newsgraph.events.statement_speakers import _quoted_self_report, _speakers
from newsgraph.events.statement_tones import _AIMED_TONES, _negated, _statement_tone
from newsgraph.nlp.cache import children, subtree
from newsgraph.records import Analysis, Event

# subjects that are the writer's voice, not a speaker ("it is clear that ...", "that is clear")
_IMPERSONAL = frozenset({"it", "this", "that", "there", "which", "what", "everything", "nothing", "all"})


def _stance_frame(adj: Token) -> tuple[str, Token] | None:
    """("be" | "make", the verb) when the adjective is what "be" says its subject is ("has been clear") or the
    complement of "make" ("made it clear", "made plain"); None otherwise ("a clear sign", "clear of debris")."""
    head = adj.head
    if head.i == adj.i:
        return None
    lemma = head.lemma_.lower()
    if adj.dep_ == "acomp" and lemma in _STANCE_FRAMES["be"]:
        return "be", head
    if adj.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj") and lemma in _STANCE_FRAMES["make"]:
        return "make", head
    return None


def _stance_clause(adj: Token, verb: Token) -> Token | None:
    """The clause an adjective of stance says: a that-clause after it, or a clause with a subject of its own (on the
    adjective or, as the small model often hangs it, on "be"/"make")."""
    for holder in (adj, verb):
        for c in children(holder):
            if c.dep_ not in ("ccomp", "advcl") or c.i < adj.i or c.pos_ not in ("VERB", "AUX"):
                continue
            kids = list(children(c))
            if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) or (
                    c.dep_ == "ccomp" and not any(k.dep_ == "mark" for k in kids)
                    and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)):
                return c
    return None


def _stance_statements(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, adj: Token,
                       since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """"The governor has been clear that the vote will go ahead", "the mayor made it clear that ...", "the union is
    confident that ...", "farmers are worried that ...": a statement of the subject of "be" or "make" (convention
    stance-adjectives, round23; statement_adjectives.csv), 010 or the adjective's 012/013; a plain one takes the
    tone of what was said as a statement with a verb does."""
    rows = stance_adjectives().get(adj.lower_) or stance_adjectives().get(adj.lemma_.lower())
    framed = _stance_frame(adj) if rows else None
    if framed is None:
        return []
    frame, verb = framed
    row = next((r for r in rows if r.frame == frame), None)
    if row is None or verb.dep_ in ("amod", "acl", "advcl", "xcomp", "pcomp", "csubj"):
        return []       # "remains to be seen whether", "if they are confident that": no statement made
    clause = _stance_clause(adj, verb)
    subjects = roles.subjects(verb)
    if clause is None or not subjects or any(s.lower_ in _IMPERSONAL for s in subjects):
        return []       # "it is clear that ...": the writer's voice; "is worried about the rain": no clause said
    if _negated(adj) or _negated(verb) or modality(verb)[0] != "asserted":
        return []       # "was not clear that ...", "may be confident that ...": nothing stated
    speakers = _speakers(analysis, verb, conv_enabled("speaking-places", since), False)
    if not speakers or (conv_enabled("quoted-self-reports", since) and _quoted_self_report(analysis, verb, sent)):
        return []       # ""We are worried that ...," the mayor said": the attribution is the statement
    code, rule, targets = row.cameo, row.id, []
    if code == "010":
        skip = {t.i for s in speakers for t in subtree(s.head)}
        tone = _statement_tone(analysis, clause.head, sent, skip, speakers, since)
        if tone:
            hit, judged = tone
            code, rule = hit.cameo, f"{row.id}+{hit.id}"
            targets = judged if code in _AIMED_TONES or hit.warned else []
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    out = []
    for s in speakers:
        for t in [a for a in targets if a.key != s.key] or [None]:
            conf = confidence.score(row.confidence, code, source=s.actor is not None, target=t is not None)
            out.append((make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=t,
                                   cue=cue_span([adj]), modality="asserted", when=when, confidence=conf), adj))
    return out
