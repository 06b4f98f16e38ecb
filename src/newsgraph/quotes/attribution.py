"""Who says so: report attribution shared by the quotes and events stages.

Public helpers (work from the parsed Doc; no second parse):

    attribution_for(token) -> Attribution | None
        The source a statement containing `token` is attributed to, found as
          1. "according to X" (or another `attribution` cue from data/quotes/cues.csv) in the same
             sentence -> X ("according to reports in Egyptian state television");
          2. a reporting verb whose clausal complement contains the token ("..., the state news
             reports said"; "KCNA reported that ...") -> its subject.
        The events stage calls it with an event's cue token to fill Event.attribution (and may
        then set modality "reported").

    according_to(sent) -> list[Attribution]
        All "according to X" phrases of one sentence.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.nlp.cache import children, doc_tokens, sent_tokens, token_lowers
from newsgraph.quotes.frames import doc_text, is_reporting_token, phrase_span
from newsgraph.quotes.lexicon import cues


@dataclass
class Attribution:
    text: str                  # surface text of the source ("Russian state media")
    start: int                 # char span of the source phrase
    end: int
    cue: str                   # "according to" | the reporting verb ("said", "reported")
    source: Token              # head token of the source phrase (resolve it with actor_for_token)


@functools.lru_cache(maxsize=1)
def _phrases() -> tuple[list[str], ...]:
    """Attribution phrases as word lists, longest first (built once: called per token)."""
    return tuple(p.split() for p in sorted(cues()["attribution"], key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(p[0] for p in _phrases() if p)


def according_to(sent: Span) -> list[Attribution]:
    """"according to X" phrases in a sentence; X is the object of the phrase's last word."""
    out = []
    doc = sent.doc
    toks = sent_tokens(sent)
    words = token_lowers(doc)[sent.start:sent.end]
    firsts = _first_words()
    for k in range(len(toks)):
        if words[k] not in firsts:          # cheap skip: no phrase starts with this word
            continue
        for phrase in _phrases():
            if words[k:k + len(phrase)] != phrase:
                continue
            last = toks[k + len(phrase) - 1]
            obj = next((c for c in children(last) if c.dep_ in ("pobj", "obj")), None)
            if obj is None:
                nxt = last.i + 1
                obj = doc_tokens(doc)[nxt] if nxt < sent.end else None
                while obj is not None and obj.head.i > obj.i and obj.head.i < sent.end and obj.dep_ in ("det", "amod", "compound"):
                    obj = obj.head
            if obj is None:
                continue
            s, e = phrase_span(obj, long=True)
            out.append(Attribution(doc_text(doc)[s:e], s, e, " ".join(phrase), obj))
            break
    return out


def attribution_for(token: Token) -> Attribution | None:
    """Source of the statement containing `token` (see module docstring), or None."""
    found = according_to(token.sent)
    if found:
        return found[0]
    cur = token
    for _ in range(12):
        head = cur.head
        if head is cur:
            break
        if cur.dep_ in ("ccomp", "parataxis") and is_reporting_token(head) is not None:
            subj = next((c for c in children(head) if c.dep_ == "nsubj"), None)
            if subj is not None:
                s, e = phrase_span(subj)
                return Attribution(doc_text(token.doc)[s:e], s, e, head.text, subj)
        # the reporting verb hangs off the statement: "X did Y, the reports said" (parataxis child)
        for c in children(cur):
            if c.dep_ == "parataxis" and is_reporting_token(c) is not None and c.i > token.i:
                subj = next((k for k in children(c) if k.dep_ == "nsubj"), None)
                if subj is not None:
                    s, e = phrase_span(subj)
                    return Attribution(doc_text(token.doc)[s:e], s, e, c.text, subj)
        cur = head
    return None
