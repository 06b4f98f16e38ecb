"""Coordination: the words coordinated with a word ("South Korea and Japan" -> both; a list the parse reads as
apposition), and a headline's comma pair ("Armenia, Azerbaijan hold border talks": the name before the comma is a
second subject, as "and" would be; convention headline-pairs). Reads the parse and its entity labels only."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.nlp.cache import children


def conjuncts(tok: Token) -> list[Token]:
    """The token and every token coordinated with it ("South Korea and Japan" -> both)."""
    out = [tok]
    kids = list(children(tok))
    if tok.pos_ == "ADP":   # a first name mis-tagged as a preposition ("Barack" -> pobj "Obama")
        kids += [g for c in kids if c.dep_ == "pobj" for g in children(c)]
    listed = tok.dep_ == "appos"      # (a list named in an apposition is not named again by one on its first word)
    for c in kids:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            out.extend(conjuncts(owned_name(c) or c))
        elif _listing_apposition(c) and not listed:
            # "The US, Russia, and Switzerland": a list parsed as apposition; a second list on the same noun names
            # the same people again ("two Canadians, A and B - a teacher and a former soldier, respectively -";
            # session 43 left47)
            out.extend(conjuncts(c))
            listed = True
    pair = headline_pair(tok)
    if pair is not None and pair not in out:
        out.append(pair)
    return out


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _listing_apposition(appos: Token) -> bool:
    return appos.dep_ == "appos" and any(g.dep_ in ("cc", "conj") for g in children(appos))


def named_one_by_one(tok: Token) -> bool:
    """"two opposition officials - a party spokesman and a regional organiser -", "two neighbours, Kenya and Uganda": a
    listing apposition on a counted noun, or one set off by a dash, names the noun's people one by one; they are the
    sides in its place, no more people beside them (two detentions, not three; arguments.resolved; session 43
    left47), as is one on a definite plural noun ("the hostages, a nurse and two drivers"). "The US, Russia, and
    Switzerland" (a name, no count, no dash) is a list of three."""
    for appos in children(tok):
        if _listing_apposition(appos):
            before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
            if any(c.dep_ == "nummod" for c in children(tok)) or (before is not None and before.text in _DASHES):
                return True
            if _definite_plural(tok):
                return True     # "the hostages, a nurse and two drivers": a definite plural noun's people named
                                # one by one (session 46 lead)
    return _set_off_list(tok)


def _definite_plural(tok: Token) -> bool:
    return tok.tag_ == "NNS" and any(c.dep_ in ("det", "poss") for c in children(tok))


def _set_off_list(tok: Token) -> bool:
    """"The workers, two Malians and a Senegalese, were seized": a definite plural noun followed by a list set off
    by commas on both sides, which the parse reads as conjuncts of the noun, names the noun's people (a list of
    more groups has no comma after it: "The workers, two farmers and a teacher were seized")."""
    first = next((c for c in children(tok) if c.dep_ == "conj"), None)
    if first is None or not _definite_plural(tok) or first.left_edge.i < 1 \
            or tok.doc[first.left_edge.i - 1].text != ",":
        return False
    last = first
    while True:
        nxt = next((c for c in children(last) if c.dep_ == "conj"), None)
        if nxt is None:
            break
        last = nxt
    after = last.right_edge.i + 1
    return any(c.dep_ == "cc" for c in children(first)) and after < len(tok.doc) \
        and tok.doc[after].text == "," and after + 1 < len(tok.doc) and tok.doc[after + 1].pos_ not in ("CCONJ", "PUNCT")


_POSSESSIVE = ("'s", "\u2019s")


def owned_name(conj: Token) -> Token | None:
    """"Ghana's Foreign Minister Samuel Ablakwa and Burkina Faso's Foreign Minister Karamoko Traore signed ...": the
    parse coordinates the second country's name, a possessive, with the first person and hangs the title and name
    it owns on the first title as a second apposition. The person that possessive owns is the conjunct (session 37
    left41); None when `conj` owns no such name."""
    case = [g for g in children(conj) if g.dep_ == "case" and g.lower_ in _POSSESSIVE]
    if not case or case[-1].i + 1 >= len(conj.doc):
        return None
    tok = conj.doc[case[-1].i + 1]
    while tok.dep_ in ("compound", "amod", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" else None


_PAIR_ENTS = ("GPE", "ORG", "NORP")
_CLOSING = (".", "!", "?", '"', "'", "”", ")")


def headline_pair(tok: Token) -> Token | None:
    """"Armenia, Azerbaijan hold border talks", "Israel, Hamas agree to truce": in a line with no closing
    punctuation (a headline), the name of a state or body that opens the line and is set before the subject
    `tok` by a comma is a second subject, as "and" would be (convention headline-pairs, session 36 coop39). The
    last token of that name, or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in _PAIR_ENTS or tok.i < 2:
        return None
    sent = tok.sent
    doc = tok.doc
    last = sent[-1]
    if last.text in _CLOSING or last.is_punct and last.text != ",":
        return None
    first = tok
    while first.i > sent.start and doc[first.i - 1].ent_iob_ == "I" and doc[first.i - 1].ent_type_ == tok.ent_type_:
        first = doc[first.i - 1]
    comma = first.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    other = doc[comma - 1]
    if other.ent_type_ not in _PAIR_ENTS or other.pos_ != "PROPN":
        return None
    start = other.i
    while start > sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    if start != sent.start and not (start == sent.start + 1 and doc[sent.start].lower_ == "the"):
        return None         # the name must open the line
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:tok.i]):
        return None
    return other
