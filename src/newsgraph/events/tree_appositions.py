"""Apposition and the forms that set a phrase beside another: a description in apposition ("David Marcus, a
consultant"), a role fronted before the name it describes ("A teacher at the school, Musa was detained"), a
police blotter's capitalised label run into its entry ("ARRESTS - A man ..."), and an act noun set off after a
clause ("..., a move that Tallinn condemned"; word list APPOSITIVE_ACT_NOUNS)."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children


def in_apposition(tok: Token) -> bool:
    """The token is (a conjunct of) a description in apposition to another noun ("David Marcus, a consultant
    and former adviser"); a list of names parsed as apposition ("Cardin, Warner and Kaine") is no description,
    but a name with an article is ("Dr Lee, the Federal Aviation Administration director":
    round 13)."""
    for _ in range(6):
        if tok.dep_ == "appos":
            return tok.pos_ != "PROPN" or any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in children(tok))
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_DASHES = frozenset({"-", "–", "—", "--"})


def past_label(tok: Token) -> Token:
    """A capitalised section label run into its first entry ("ARRESTS – A man, 30, was arrested ...",
    a police blotter) is parsed as the subject; the phrase after the dash is the real one."""
    text = tok.text
    if len(text) < 4 or not text.isalpha() or not text.isupper() or tok.i + 1 >= len(tok.doc) \
            or tok.doc[tok.i + 1].text not in _DASHES:
        return tok
    after = [c for c in children(tok) if c.dep_ in ("appos", "conj") and c.i > tok.i + 1]
    return after[0] if after else tok


def fronted_description(found: list[Token]) -> list[Token]:
    """"A teacher at the village school, Musa was detained", "A veteran of two wars, Kovacs said ...": the parse
    gives the verb two subjects, a described role and, after a comma, the name it describes; the name is the
    subject and the description only says who that is (session 21). Other lists are returned as they are."""
    if len(found) < 2:
        return found
    first, second = found[0], found[1]
    doc = first.doc
    if (first.pos_ == "NOUN" and second.pos_ == "PROPN" and second.ent_type_ and first.i < second.i
            and second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ","
            and first.right_edge.i < second.left_edge.i):
        return found[1:]
    return found


_APPOSITIVE_ACT_NOUNS = word_list("patterns", "APPOSITIVE_ACT_NOUNS")


def appositive_noun(clause: Token) -> Token | None:
    """The noun a relative or participle clause describes when that noun is set off after a clause, by a comma or as
    "in a move": "Russia expelled two envoys, a move that Tallinn condemned", "closed the crossing in a move condemned
    by the UN", "..., a decision welcomed by traders" -- such a noun (word list APPOSITIVE_ACT_NOUNS) names the
    clause's own act; None otherwise (session 36 lead)."""
    found = _appositive(clause)
    return found[0] if found is not None else None


def appositive_clause(clause: Token) -> Token | None:
    """The verb of the clause whose act an appositive noun (appositive_noun) names: "expelled" in "Russia expelled
    two envoys, a move that Tallinn condemned"; None where `clause` describes no such noun."""
    found = _appositive(clause)
    if found is None:
        return None
    host = found[1]
    return host.head if host.pos_ == "ADP" else host


def _appositive(clause: Token) -> tuple[Token, Token] | None:
    """(the appositive act noun, the verb or "in" it hangs on) for appositive_noun and appositive_clause."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl") or noun.i >= clause.i or noun.lemma_.lower() not in _APPOSITIVE_ACT_NOUNS:
        return None
    host = noun.head
    if noun.dep_ == "appos" and host.dep_ in ("nsubj", "nsubjpass") and host.head.i < noun.i:
        host = host.head        # (the parse may hang the move on the clause's subject, far back)
    if host.pos_ not in ("VERB", "AUX", "ADP") or host.i > noun.i:
        return None
    if noun.dep_ == "pobj" and host.lower_ == "in":
        return noun, host
    first = noun.left_edge
    return (noun, host) if first.i > 0 and noun.doc[first.i - 1].text in (",", "\u2014", "-", "\u2013") else None
