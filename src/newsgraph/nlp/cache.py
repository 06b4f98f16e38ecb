"""Per-doc structures shared by the stages, built once per Doc and kept in `doc.user_data`.

spaCy builds a new Python object on every `doc[i]`, `for t in doc`, `doc.sents` and `doc.text`
(the text is re-joined from the tokens each time). The stages walk the same doc many times, so
they read these cached lists instead. Entries are plain Python objects; nothing here serialises
docs (`DocBin(store_user_data=True)` would not accept Token objects, so don't add that).
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token


def drop_doc_caches(doc: Doc) -> None:
    """Forget this module's (and the stages') per-doc entries once the stages are done with the doc.
    They hold Tokens and Spans, which point back at the doc: a reference cycle that only Python's
    cyclic collector frees, and its full collections are rare, so finished docs piled up (a worker
    or a long ingest carried hundreds of MB of dead parses). Without the entries a finished Doc is
    freed by reference counting at once. Anything that reads the doc later rebuilds them lazily."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("_ng_")]:
        del doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once."""
    text = doc.user_data.get("_ng_text")
    if text is None:
        text = doc.user_data["_ng_text"] = doc.text
    return text


def seed_doc_text(doc: Doc, text: str) -> None:
    """Record `text` as the doc's text when the doc was parsed from it (spaCy's tokenizer keeps
    every character, so `doc.text == text`), which saves re-joining the tokens in `doc_text`.
    A text that does not fit the doc's last token is ignored."""
    if "_ng_text" in doc.user_data or not len(doc):
        return
    last = doc[-1]
    if len(text) == last.idx + len(last.text_with_ws) and text.startswith(doc[0].text, doc[0].idx):
        doc.user_data["_ng_text"] = text


def doc_tokens(doc: Doc) -> list[Token]:
    """All tokens of the doc as one list (index i is `doc[i]`)."""
    toks = doc.user_data.get("_ng_tokens")
    if toks is None:
        toks = doc.user_data["_ng_tokens"] = list(doc)
    return toks


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (`token.idx`), in token order."""
    starts = doc.user_data.get("_ng_token_starts")
    if starts is None:
        starts = doc.user_data["_ng_token_starts"] = [t.idx for t in doc_tokens(doc)]
    return starts


def tokens_by_start(doc: Doc) -> dict[int, Token]:
    """Character offset -> the token that starts there (an event's cue_start, a side's start): one dict per doc,
    read by the doc-level event conventions and the actors' view instead of each building its own."""
    found = doc.user_data.get("_ng_tokens_by_start")
    if found is None:
        found = doc.user_data["_ng_tokens_by_start"] = dict(zip(token_starts(doc), doc_tokens(doc)))
    return found


class _Names(dict):
    """String-store hash -> string, shared by all docs of one vocabulary (a hash always names the
    same string): a missing hash is read from the store on first use, so a column is one `map`
    over its hashes. Emptied when it grows past _NAMES_MAX, so a long ingest of varied text stays
    bounded."""

    strings = None

    def __missing__(self, h: int) -> str:
        s = self[h] = self.strings[h]
        return s


_names = _Names()
_NAMES_MAX = 100_000


# The string columns, read together on first use (one `Doc.to_array` call for all of them).
_COLUMNS = {"_ng_texts": ORTH, "_ng_lowers": LOWER, "_ng_lemmas_as_tagged": LEMMA, "_ng_pos": POS,
            "_ng_tags": TAG, "_ng_deps": DEP, "_ng_ent_types": ENT_TYPE}


def _column(doc: Doc, key: str) -> list[str]:
    """One string attribute of every token, in token order, from one `Doc.to_array` read and one
    string-store lookup per distinct value (a `token.pos_` or `.lower_` builds a new string on
    every access: 100-150 ns each, and the doc-wide loops of the stages ask for them per token)."""
    col = doc.user_data.get(key)
    if col is None:
        strings = doc.vocab.strings
        if _names.strings is not strings or len(_names) > _NAMES_MAX:
            _names.clear()
            _names.strings = strings
        rows = doc.to_array(list(_COLUMNS.values())).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        lookup = _names.__getitem__
        for name, ids in zip(_COLUMNS, rows):
            doc.user_data[name] = list(map(lookup, ids))
        col = doc.user_data[key]
    return col


def token_texts(doc: Doc) -> list[str]:
    """`token.text` of every token, in token order."""
    return _column(doc, "_ng_texts")


def token_lowers(doc: Doc) -> list[str]:
    """`token.lower_` of every token, in token order."""
    return _column(doc, "_ng_lowers")


def token_pos(doc: Doc) -> list[str]:
    """`token.pos_` of every token, in token order."""
    return _column(doc, "_ng_pos")


def token_tags(doc: Doc) -> list[str]:
    """`token.tag_` of every token, in token order."""
    return _column(doc, "_ng_tags")


def token_deps(doc: Doc) -> list[str]:
    """`token.dep_` of every token, in token order."""
    return _column(doc, "_ng_deps")


def token_ent_types(doc: Doc) -> list[str]:
    """`token.ent_type_` of every token ("" outside entities), in token order."""
    return _column(doc, "_ng_ent_types")


def token_heads(doc: Doc) -> list[int]:
    """Index of every token's head (`token.head.i`; a root is its own head), in token order."""
    heads = doc.user_data.get("_ng_heads")
    if heads is None:
        # HEAD is the head's offset from the token (0 for a root), stored unsigned
        offsets = doc.to_array(HEAD).astype("int64")
        heads = doc.user_data["_ng_heads"] = (numpy.arange(len(offsets), dtype="int64") + offsets).tolist()
    return heads


def token_lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of every token, in token order: the key most rule tables are looked
    up by, read from spaCy's string store once per distinct lemma instead of once per reader."""
    lemmas = doc.user_data.get("_ng_lemmas")
    if lemmas is None:
        if len(_lowered) > _NAMES_MAX:
            _lowered.clear()
        lemmas = doc.user_data["_ng_lemmas"] = list(map(_lowered.__getitem__, _column(doc, "_ng_lemmas_as_tagged")))
    return lemmas


class _Lowered(dict):
    """A string -> its lower case, computed on first use (shared by all docs, bounded like _names)."""

    def __missing__(self, s: str) -> str:
        low = self[s] = s.lower()
        return low


_lowered = _Lowered()


def doc_children(doc: Doc) -> list[list[Token]]:
    """The children of every token, in token order (index i is `list(doc[i].children)`).

    `Token.children` walks the token's whole subtree span and builds a new Token per child on
    every call (about 1 us; more for a clause head), and the rules ask for the same children many
    times; here they are read once per doc from the head array."""
    kids = doc.user_data.get("_ng_children")
    if kids is None:
        toks = doc_tokens(doc)
        kids = [[] for _ in toks]
        for i, head in enumerate(token_heads(doc)):
            if head != i:
                kids[head].append(toks[i])
        doc.user_data["_ng_children"] = kids
    return kids


def children(tok: Token) -> list[Token]:
    """`list(tok.children)` from the per-doc cache (don't change the list: it is shared)."""
    doc = tok.doc
    kids = doc.user_data.get("_ng_children")      # (doc_children's look-up inlined: a hot path)
    return (kids if kids is not None else doc_children(doc))[tok.i]


def lefts(tok: Token) -> list[Token]:
    """`list(tok.lefts)`: the children before the token."""
    i = tok.i
    return [c for c in doc_children(tok.doc)[i] if c.i < i]


def rights(tok: Token) -> list[Token]:
    """`list(tok.rights)`: the children after the token."""
    i = tok.i
    return [c for c in doc_children(tok.doc)[i] if c.i > i]


def has_the(tok: Token) -> bool:
    """The token takes the definite article ("the city", "the paper"): a thing the reader knows of."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok))


NAME_LINKS = ("compound", "flat", "appos", "conj")     # links inside a name's phrase: "Lee, an analyst", "Lee and Kim"


def climb(tok: Token | None, deps: tuple[str, ...] | frozenset[str]) -> Token | None:
    """The token reached going up from `tok` while its link to its head is one of `deps` (never past the root):
    where the phrase a word belongs to stands in its clause ("Lee, an analyst, said": from "analyst" up to the
    subject "Lee" with NAME_LINKS); None for None. One walk for the rules that all asked it in a loop of their own."""
    while tok is not None and tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subtree(tok: Token) -> tuple[Token, ...]:
    """`tuple(tok.subtree)` from the per-doc children, kept per token for the doc's life.

    `Token.subtree` is a recursive generator that builds a new Token for every word under the
    token on every call (a clause head's subtree is most of its sentence), and the rules ask for
    the subtrees of the same few phrase heads many times. Same order as spaCy's: the left
    children's subtrees, the token, the right children's subtrees."""
    doc = tok.doc
    memo = doc.user_data.get("_ng_subtrees")
    if memo is None:
        memo = doc.user_data["_ng_subtrees"] = {}
    i = tok.i
    found = memo.get(i)
    if found is None:
        kids = children(tok)
        if not kids:
            found = (tok,)
        else:
            parts: list[Token] = []
            placed = False
            for c in kids:
                if not placed and c.i > i:
                    parts.append(tok)
                    placed = True
                parts.extend(subtree(c))
            if not placed:
                parts.append(tok)
            found = tuple(parts)
        memo[i] = found
    return found


def doc_sents(doc: Doc) -> list[Span]:
    """The sentences of the doc (`list(doc.sents)`), built once."""
    sents = doc.user_data.get("_ng_sents")
    if sents is None:
        sents = doc.user_data["_ng_sents"] = list(doc.sents)
    return sents


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The named entities of the doc (`doc.ents`, which builds new spans on every access), once."""
    ents = doc.user_data.get("_ng_ents")
    if ents is None:
        ents = doc.user_data["_ng_ents"] = tuple(doc.ents)
    return ents


def sent_tokens(sent: Span) -> list[Token]:
    """The tokens of a sentence (or any span), from the doc's cached token list."""
    return doc_tokens(sent.doc)[sent.start:sent.end]


def span_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`(doc[start:end].start_char, .end_char)` without building the Span, for a non-empty range."""
    if not 0 <= start < end <= len(doc):
        span = doc[start:end]
        return span.start_char, span.end_char
    toks = doc_tokens(doc)
    last = toks[end - 1]
    return toks[start].idx, last.idx + len(last)


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the cached doc text."""
    lo, hi = span_chars(doc, start, end)
    return doc_text(doc)[lo:hi]
