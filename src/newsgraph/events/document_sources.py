"""Who voiced a criticism, an accusation, an appeal or a demand told in the passive with no by-agent, when the
sentence names the document it was voiced in: "The army was accused of torturing detainees in a report released by
Amnesty International", "Police were accused in Amnesty's annual report of beating protesters" -- the report's maker
accused them (convention document-sources, session 46 say50).

A passive verb of root 02, 10, 11 or 12 whose agent the sentence leaves out gets its source, where the coder found
none, from an in-phrase under the verb (or under its own complement: the parser may hang "in a report" on
"torturing") whose noun is a document or an utterance (word list VOICING_DOCUMENTS: report, statement, letter,
resolution ...), and whose maker the phrase names: a possessor ("Amnesty's report"), a by- or from-phrase ("a
statement by the EU", "a letter from the union") or the by-agent of a participle ("a report released by Amnesty").
The maker must resolve to an actor other than the target. "in a report" with no maker, and an in-phrase of place or
time, give nothing.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.build import party_fields
from newsgraph.nlp.cache import children, doc_text, tokens_by_start
from newsgraph.records import Analysis, Event

VOICING_DOCUMENTS = word_list("patterns", "VOICING_DOCUMENTS")
VOICED_ROOTS = frozenset({"02", "10", "11", "12"})
_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass")


def _makers(document: Token) -> list[Token]:
    """The maker a document's own phrase names: its possessor, its by- or from-phrase, or the by-agent of a
    participle on it ("a report released by Amnesty")."""
    found = [c for c in children(document) if c.dep_ == "poss"]
    found += roles.prep_objects(document, ("by", "from"))
    found += [a for c in children(document) if c.dep_ == "acl" and c.tag_ == "VBN" for a in roles.agent_of(c)]
    return found


def _documents(verb: Token) -> list[Token]:
    """Documents of in-phrases under the passive verb or under a complement of it with no subject of its own."""
    heads = [verb] + [c for c in verb.subtree if c.i != verb.i and c.pos_ == "VERB"
                      and c.dep_ in ("pcomp", "xcomp", "advcl") and not any(
                          g.dep_ in _CLAUSE_SUBJECTS for g in children(c))]
    return [o for h in heads for o in roles.prep_objects(h, ("in",))
            if o.lemma_.lower() in VOICING_DOCUMENTS]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb))


def source_documents(doc: Doc, analysis: Analysis, events: list[Event]) -> list[Event]:
    """Give each source-less passive act of voicing the maker of the document it was voiced in (see the module's
    docstring); every other event is kept as it was."""
    open_slot = [e for e in events if e.source_actor_id is None and e.source_code is None
                 and e.cameo_root in VOICED_ROOTS and e.cue_start is not None]
    if not open_slot:
        return events
    token_at = tokens_by_start(doc)
    text = doc_text(doc)
    out: list[Event] = []
    for e in events:
        cue = token_at.get(e.cue_start) if e in open_slot else None
        if cue is None or not _passive(cue):
            out.append(e)
            continue
        makers = [p for d in _documents(cue) for p in args.resolved(analysis, _makers(d))
                  if p.actor is not None and p.actor.id != e.target_actor_id]
        if not makers:
            out.append(e)
            continue
        sid, scode, stext, sstart = party_fields(makers[0], text)
        out.append(replace(e, id=Event.make_id(e.article_id, e.sentence, e.cameo_code, sid, e.target_actor_id,
                                               e.cue_start),
                           source_actor_id=sid, source_code=scode, source_text=stext, source_start=sstart,
                           rule_id=f"{e.rule_id}+document-maker"))
    return out
