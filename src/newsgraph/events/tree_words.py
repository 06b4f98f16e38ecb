"""Word tests the tree helpers share: the base forms of a word (`lemmas`, for a small model that mis-lemmatises
"staged" as "stag"; "co-operate" read as "cooperate") and what kind of thing a noun names -- no one (`a_thing`,
`names_no_one`: "the new rules", not "the villagers") or force used as a means (`force_means`: "used force").
Reads the token only, and the word lists COUNTING_HEADS, FORCE_MEANS_NOUNS and the noun set PERSONS."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children


def lemmas(tok: Token) -> set[str]:
    """The lemma and the regular base forms of a word: the small model mis-lemmatises some
    verbs ("staged" -> "stag"), so "-ed/-ing/-s" forms are also tried."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("ed") and len(low) > 4:
        out |= {low[:-2], low[:-1]}
        if len(low) > 5 and low[-3] == low[-4]:
            out.add(low[:-3])                # "stopped" -> "stop"
    elif low.endswith("ing") and len(low) > 5:
        out |= {low[:-3], low[:-3] + "e"}
    elif low.endswith("ies") and len(low) > 4:
        out.add(low[:-3] + "y")
    elif low.endswith("s") and len(low) > 3:
        out |= {low[:-1], low[:-2] if low.endswith("es") else low[:-1]}
    return with_solid_co(out)


def with_solid_co(words: set[str]) -> set[str]:
    """The words and, for each spelt "co-...", its solid spelling: "co-operate", "co-ordinated" (kept one token,
    nlp/model.py) are the same words as "cooperate", "coordinated"."""
    return words | {"co" + w[3:] for w in words if w.startswith("co-")}


def lemma_variants(tok: Token) -> list[str]:
    """lemmas(tok) in a fixed order, longest (least stripped) first: "staged" tries "stage" before "stag".
    A set's order changes between processes, so a lookup that takes the first hit must use this."""
    return sorted(lemmas(tok), key=lambda w: (-len(w), w))


_FORCE_MEANS_NOUNS = word_list("patterns", "FORCE_MEANS_NOUNS")


def force_means(o: Token) -> bool:
    """"used force", "excessive force", "military force", "the force of arms": force as what is used, the means of
    an act, never a side nor a body that acts: a singular noun of word list FORCE_MEANS_NOUNS with no compound or
    possessive and no indefinite article ("the air force", "a task force", "its market force", "the labour force"
    stay bodies; session 34 thr37)."""
    if o.lemma_.lower() not in _FORCE_MEANS_NOUNS or o.tag_ != "NN" or o.ent_type_:
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                   for c in children(o))


_COUNTING_HEADS = word_list("patterns", "COUNTING_HEADS")


def a_thing(t: Token) -> bool:
    """A common noun that names no one (names_no_one); a quantity is what it counts ("tens of thousands of
    operations" are things, "thousands of people" are not)."""
    for _ in range(3):
        counted = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
                   if g.dep_ == "pobj"] if t.lemma_.lower() in _COUNTING_HEADS or t.pos_ == "NUM" else []
        if not counted:
            break
        t = counted[0]
    return names_no_one(t)


def names_no_one(t: Token) -> bool:
    """A common noun that names no one: not a person or group noun (noun set PERSONS, by lemma or form), a name or
    a nationality ("the new rules", not "the villagers", "the Hamas fighters")."""
    from newsgraph.events.patterns import noun_sets      # (patterns does not import roles)
    persons = noun_sets()["PERSONS"]
    return t.pos_ == "NOUN" and t.lemma_.lower() not in persons and t.lower_ not in persons \
        and t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(t))
