"""Reporting frames from the dependency parse: cue verb, speaker, content, addressee.

A frame is one use of a reporting verb ("said", "told", "underscored", "expressed"). Its content
is the clausal complement ("said (that) the city had become beautiful"), or for verbs whose
entry says `complement=object`, a direct object of 4+ words ("reiterated his support for ...").
Infinitival complements ("urged them to ...", "promised to ...") are requests and commitments,
which the events stage codes; they are not taken as quotes. The stage decides
later which frames become direct, indirect or mixed quotes; this module only reads the parse.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.cache import children, subtree, doc_text, doc_tokens, token_lemmas  # doc_text: re-exported for the quotes package
from newsgraph.quotes.lexicon import ReportingVerb, cues, reporting_verbs

# Dependents that belong to a noun phrase's name ("Mr. Putin", "the North Korean leader").
_NP_DEPS = {"det", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "flat", "case", "cc", "conj",
            "prep", "pobj", "npadvmod"}
_NP_DEPS_SHORT = {"det", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "flat", "case", "cc", "conj"}
MIN_OBJECT_WORDS = 4
_TRIM_TAIL = set(" \t\n.,;:!?-\u2014\u2013")


@dataclass
class Frame:
    cue: Token
    verb: ReportingVerb
    speaker: Token | None = None              # head token of the speaker phrase
    speaker_span: tuple[int, int] | None = None
    content: tuple[int, int] | None = None    # char span of what was said (indirect content)
    content_root: Token | None = None
    addressee: Token | None = None
    addressee_span: tuple[int, int] | None = None
    passive: bool = False
    how: str = ""                              # ccomp | object | parataxis: where the content came from

    @property
    def cue_span(self) -> tuple[int, int]:
        return self.cue.idx, self.cue.idx + len(self.cue.text)


def phrase_span(tok: Token, long: bool = False) -> tuple[int, int]:
    """Char span of the noun phrase headed by `tok`: the named entity it is in, or the head with its
    determiners/modifiers (and, with `long`, its prepositional tail: "reports in Russian state media")."""
    if tok.ent_type_ and tok.ent_iob_ in ("B", "I"):
        doc = doc_tokens(tok.doc)
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    else:
        lo, hi = tok.idx, tok.idx + len(tok.text)
    deps = _NP_DEPS if long else _NP_DEPS_SHORT
    text = doc_text(tok.doc)
    ls, le = _line(text, tok.idx)
    for child in children(tok):
        if child.dep_ in deps:
            for t in subtree(child):
                if (t.is_punct and t.text not in ".&'’") or t.is_space or not ls <= t.idx < le:
                    continue
                lo, hi = min(lo, t.idx), max(hi, t.idx + len(t.text))
    return max(lo, ls), min(hi, le)


def subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Char span of `tok`'s subtree (minus `exclude`'s subtree), tail punctuation trimmed."""
    skip = set(t.i for t in subtree(exclude)) if exclude is not None else set()
    toks = [t for t in subtree(tok) if t.i not in skip]
    if exclude is not None and toks:
        # keep the contiguous run containing `tok`
        lo_i = hi_i = tok.i
        idx = {t.i for t in toks}
        while lo_i - 1 in idx:
            lo_i -= 1
        while hi_i + 1 in idx:
            hi_i += 1
        toks = [t for t in toks if lo_i <= t.i <= hi_i]
    doc = tok.doc
    s = toks[0].idx
    e = toks[-1].idx + len(toks[-1].text)
    text = doc_text(doc)
    while e > s and text[e - 1] in _TRIM_TAIL:
        e -= 1
    while s < e and text[s] in " \t\n,;:\u2014\u2013-":
        s += 1
    return s, e


def _clip_to_line(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int] | None:
    """Keep the content inside the cue's paragraph (the parser sometimes runs across a line break)."""
    s, e = span
    line_start, line_end = _line(text, anchor)
    s, e = max(s, line_start), min(e, line_end)
    while e > s and text[e - 1] in _TRIM_TAIL:
        e -= 1
    return (s, e) if e > s else None


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """The speaker token for a reporting verb, climbing conjunctions and participles."""
    cur = tok
    joined = False
    for _ in range(4):
        subjects = [c for c in children(cur) if c.dep_ in ("nsubj", "csubj")]
        for c in children(cur):
            if c.dep_ in ("nsubj", "csubj"):
                if len(subjects) > 1 and c.i < cur.i:
                    # two subjects: the parser took a fronted participle clause ("Briefing reporters on
                    # Tuesday, the minister said") for one; the subject is the one nearest the verb
                    c = max((s for s in subjects if s.i < cur.i), key=lambda s: s.i)
                if c.lower_ in ("who", "that", "which") and cur.dep_ == "relcl":
                    return cur.head, False
                return c, False
            if c.dep_ == "nsubjpass":
                if joined:
                    # "X was joined on stage by Y and joked, ...": the active verb coordinated with the passive
                    # shares its subject, the one joined, not the "by" doer (session 25)
                    return c, False
                agent = next((a for a in children(cur) if a.dep_ == "agent"), None)
                pobj = next((p for p in children(agent) if p.dep_ == "pobj"), None) if agent else None
                return pobj, True
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head, False      # "a spokesperson describing ...", "Hill, who said ..."
        if cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
            joined = cur is tok and cur.dep_ == "conj" and tok.tag_ != "VBN" and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in children(cur))
            cur = cur.head
            continue
        break
    return None, False


_CLOSING = {"\"", "\u201d", "''", "\u00bb", "\u2019"}


def _inverted_speaker(tok: Token) -> Token | None:
    """'“We want a vote!” shout Ada and Lena.': right after a closing mark, the parser may take the
    speaker that follows the verb for its object."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].text in (",", "\n", " "):
        i -= 1
    if i < 0 or tok.doc[i].text not in _CLOSING:
        return None
    for c in children(tok):
        if c.i > tok.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    return None


def _subject_on_line(tok: Token, line_start: int) -> Token | None:
    """Fallback when the parse hangs the cue off another paragraph: the last noun-phrase head in the
    words just before the cue on its own line ("A spokeswoman for Trudeau said ...")."""
    if tok.dep_ in ("xcomp", "advcl", "pcomp", "acl", "relcl") or tok.tag_ in ("VBG", "VBN"):
        return None
    doc = doc_tokens(tok.doc)
    start = tok.i
    while start > 0 and doc[start - 1].idx >= line_start and not (doc[start - 1].text in (";", ".", "!", "?", "\u201d", '"')):
        start -= 1
    span = range(start, tok.i)
    best = None
    for i in span:
        t = doc[i]
        if t.head.i not in span and t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("pobj", "dobj", "npadvmod"):
            best = t
    return best


def _content(tok: Token, verb: ReportingVerb) -> Token | None:
    # only dependents on the cue's own line: the parser sometimes hangs a headline above onto it
    text = doc_text(tok.doc)
    ls, le = _line(text, tok.idx)
    kids = [c for c in children(tok) if ls <= c.idx < le]
    ccomps = [c for c in kids if c.dep_ == "ccomp"]
    if ccomps:
        return min(ccomps, key=lambda c: abs(c.i - tok.i))
    if verb.complement == "object":
        # "reiterated his support for ...", "expressed hope that ...": the object is the message,
        # but a bare noun ("stressed the point") is not a quote
        for c in kids:
            if c.dep_ in ("dobj", "obj") and sum(1 for t in subtree(c) if t.is_alpha) >= MIN_OBJECT_WORDS:
                return c
    return None


def _addressee(tok: Token, verb: ReportingVerb) -> Token | None:
    for c in children(tok):
        if verb.addressee and c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in children(tok):
        if c.dep_ == "prep" and c.lower_ == "to" and tok.lemma_ in ("say", "write", "explain", "tell", "add", "complain"):
            for p in children(c):
                if p.dep_ == "pobj":
                    return p
    return None


def is_reporting_token(tok: Token) -> ReportingVerb | None:
    verb = reporting_verbs().get(tok.lemma_.lower())
    if verb is None:
        return None
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return verb
    # tagger slips ("“We love cats!” reply Burton"): accept a verb-like lemma in a clause-head position
    if tok.dep_ in ("ROOT", "ccomp", "parataxis", "conj") and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
        return verb
    return None


def _line(text: str, char: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, char) + 1
    e = text.find("\n", char)
    return s, (len(text) if e < 0 else e)


def _nothing_said(tok: Token, verb: ReportingVerb) -> bool:
    """'did not say', 'declined to say', 'when asked': a reporting verb that reports no words."""
    if any(c.dep_ == "neg" for c in children(tok)):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues()["no_quote_head"]:
        return True
    return False


def _questionlike(comp: Token, verb: ReportingVerb) -> bool:
    """'asked whether ...', 'would not say if ...': a question, not a statement."""
    first = next(iter(subtree(comp)))
    if first.lower_ in ("if", "whether"):
        return True
    return verb.lemma == "ask" and first.tag_ in ("WDT", "WP", "WP$", "WRB")


def find_frames(doc: Doc | Span) -> list[Frame]:
    """Every reporting-verb frame in the doc, in text order."""
    frames = []
    text = doc_text(doc if isinstance(doc, Doc) else doc.doc)
    skip_prefixes = tuple(cues()["skip_line"])
    whole = doc if isinstance(doc, Doc) else doc.doc
    lo, hi = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)
    lemmas, toks, verbs = token_lemmas(whole), doc_tokens(whole), reporting_verbs()
    # only tokens whose lemma is a reporting verb can be one (is_reporting_token looks it up first)
    for tok in [toks[i] for i in range(lo, hi) if lemmas[i] in verbs]:
        verb = is_reporting_token(tok)
        if verb is None:
            continue
        ls, le = _line(text, tok.idx)
        if text[ls:le].lstrip().lower().startswith(skip_prefixes):
            continue
        # "called for", "called on", "pointed at": particle uses that are not speech
        if verb.lemma == "call" and not any(c.dep_ in ("ccomp", "oprd") for c in children(tok)):
            continue
        if verb.lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children(tok)):
            continue
        f = Frame(cue=tok, verb=verb)
        spk, f.passive = _subject(tok)
        inverted = None
        if spk is None:
            inverted = _inverted_speaker(tok)
            spk = inverted
        if (spk is None or not ls <= spk.idx < le) and not f.passive:
            spk = _subject_on_line(tok, ls)
        if spk is not None and not spk.is_punct and ls <= spk.idx < le:
            f.speaker = spk
            f.speaker_span = phrase_span(spk)
        comp = _content(tok, verb)
        if comp is not None and (_nothing_said(tok, verb) or _questionlike(comp, verb)):
            comp = None
            f.how = "none"
        if comp is None and tok.dep_ == "parataxis" and tok.head.i != tok.i:
            # “I love cats,” he said.  (parser hangs the cue off the quote's verb)
            f.content_root = tok.head
            f.content = subtree_span(tok.head, exclude=tok)
            f.how = "parataxis"
        elif comp is not None:
            f.content_root = comp
            f.content = subtree_span(comp)
            f.how = "ccomp" if comp.dep_ == "ccomp" else "object"
        if f.content is not None:
            f.content = _clip_to_line(text, f.content, tok.idx)
        adr = _addressee(tok, verb)
        if adr is not None and adr is not comp and adr is not inverted:
            f.addressee = adr
            f.addressee_span = phrase_span(adr)
        frames.append(f)
    return frames


def is_report_source(tok: Token | None) -> bool:
    """True when the speaker phrase is a report or outlet ("state news reports", "KCNA")."""
    if tok is None:
        return False
    words = cues()["report"]
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    return any(c.dep_ == "compound" and (c.lower_ in words or c.lemma_.lower() in words) for c in children(tok))
