"""The object of a verb of naming the parser reads as the label: "called the election commission's ruling a
disgrace" (session 42 crit46).

After "called", "branded" or "labelled" the small English parser now and then swaps the thing named and the name it
is given. Three shapes recur in wire copy:
- the thing named becomes the object predicate (`oprd`) and the label its direct object: "called [the commission's
  ruling] oprd [a disgrace] dobj-of-ruling", as if "ruling" were a verb;
- the label becomes the object predicate (or the direct object) and the thing named a noun modifier inside it:
  'called [the government's tax reform] nmod-of-robbery ["daylight robbery"] oprd', the possessor sometimes hung on
  the label;
- the thing named is the direct object and the label a direct object inside it: "called [the council's meeting]
  dobj [a success] dobj-of-meeting";
- the label is the object predicate and the thing named its subject, as in a small clause: "called [the Catalan
  parliament's vote] nsubj-of-illegal [illegal] oprd" (session 43 crit47).
Three more (session 45 left49):
- both are direct objects of the verb: "branded [the bill] dobj [a political purge] dobj", "has branded [the tax]
  dobj [a daylight robbery] dobj";
- the label is an adjective or a noun read as a clause of the verb (`ccomp`) or its direct object, the thing named
  its subject: "branded [the strike] nsubj-of-illegal [illegal] ccomp", "branded [the new law]
  nsubj-of-unconstitutional [unconstitutional] dobj", "has branded [the fuel tax] nsubj-of-robbery [a daylight
  robbery] dobj";
- a quoted label read as an apposition of the thing named: 'branded [the plan] dobj ["a gift to developers"]
  appos-of-plan'; or, with no subject of its own, as a clause of the verb: 'branded [it] dobj ["a political
  purge"] ccomp'.
One more (session 46 say50):
- an adjective label hung as a modifier after the last noun of the thing named's own clause or phrase: "called
  [the decision to expel the journalists] dobj [irresponsible] amod-of-journalists" -- an English adjective does not
  follow the noun it modifies, so one right after the object's last word, with nothing of its own but conjoined
  adjectives, is the label.
Downstream nothing is named (no object), so neither the statement nor its judgement is found. This component, run
after the parser, hangs both words on the verb the way the parser reads the same clause when it gets it right: the
thing named is the verb's direct object, the label its object predicate.

Only these eight shapes are rebuilt (fine tags only: the component runs before the attribute ruler sets `pos_` and
the lemmatizer sets `lemma_`, so the verb is matched by its written form, kb word list NAMING_VERB_FORMS). The thing
named must be a common noun with a determiner or a possessor ("the ruling", "the government's reform"): a name
given to someone ("they call him Mike", "called the boy Tom") has neither, and is left as parsed. In the first
and third shapes the label must follow with "a" or "an"; in the second the modifier must come before the label;
in the fifth the label must follow the thing named, with "a", "an" or no determiner ("the bill the law" is no
naming); in the sixth the label must be an adjective or a common noun after the thing named and have no subject of its own but
that one, and no verb below it; in the seventh the label must be enclosed in quotation marks right after the thing
named, or be a noun or adjective read as a clause of the verb (`ccomp`) with no subject and no verb below it, after
the direct object.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.nlp.tags import COMMON_NOUN_TAGS

COMPONENT = "newsgraph_naming_objects"
_MARKED = ("det", "poss")
_OPENING_QUOTES = ('"', "\u201c", "'", "\u2018")


@Language.factory(COMPONENT)
def make_naming_objects(nlp: Language, name: str) -> "NamingObjects":
    return NamingObjects(word_list("kb", "NAMING_VERB_FORMS"))


def _determined(noun: Token) -> bool:
    """A common noun with a determiner or a possessor: a thing named, not a name."""
    return noun.tag_ in COMMON_NOUN_TAGS and any(c.dep_ in _MARKED and c.i < noun.i for c in noun.children)


def _indefinite(noun: Token) -> bool:
    return noun.tag_ in COMMON_NOUN_TAGS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _inner_named(label: Token) -> Token | None:
    """The thing named that the parser hung inside the label as a noun modifier, with a possessor or determiner
    before it, on itself or on the label ('the government's tax reform "daylight robbery"', where "the
    government's" may hang on "robbery")."""
    if label.tag_ not in COMMON_NOUN_TAGS:
        return None
    named = next((c for c in label.children if c.dep_ in ("nmod", "compound") and c.i < label.i
                  and c.tag_ in COMMON_NOUN_TAGS), None)
    if named is None:
        return None
    marked = [c for c in list(named.children) + list(label.children) if c.dep_ in _MARKED and c.i < named.i]
    return named if any(c.dep_ == "poss" for c in marked) else None


def _quoted_apposition(named: Token) -> Token | None:
    """A label in quotation marks the parser hung on the thing named as an apposition, right after it:
    'the plan "a gift to developers"' (the quote mark opens right after the thing named)."""
    doc = named.doc
    for c in named.children:
        if c.dep_ != "appos" or c.tag_ not in COMMON_NOUN_TAGS or c.i <= named.i:
            continue
        if named.i + 1 < c.left_edge.i and doc[named.i + 1].text in _OPENING_QUOTES:
            return c
    return None


_LABEL_TAGS = ("JJ", "CC", "HYPH", ",", "RB")     # an adjective label and its conjoined ones ("cruel and short-sighted")
# verbs of a small clause whose adjective is their own ("the plan to make the port safe"): not the label
_SMALL_CLAUSE_FORMS = frozenset({"make", "keep", "leave", "render", "find", "hold", "get", "set", "declare", "deem",
                                 "consider", "call", "paint", "turn"})


def _trailing_adjective(named: Token) -> Token | None:
    """An adjective the parser hung as a modifier after a noun at the end of the thing named's clause or phrase
    ("the decision to expel the journalists irresponsible"; the parser may also hang it as the object predicate of
that clause's verb or as a second object of its preposition, "the remarks by the minister provocative"): the thing
named has a determiner or a possessor and a
    clause or prepositional phrase of its own, the adjective ends its subtree but for conjoined adjectives, and
    has no child but those and their conjunction (session 46 say50)."""
    if not _determined(named) or not any(c.dep_ in ("acl", "relcl", "prep") and c.i > named.i
                                         for c in named.children):
        return None
    doc = named.doc
    for adj in named.subtree:
        if adj.tag_ != "JJ" or adj.i <= named.i or adj.head.i >= adj.i or adj.head.i == named.i \
                or doc[adj.i - 1].tag_ not in COMMON_NOUN_TAGS + ("NNP", "NNPS"):
            continue
        hung = (adj.dep_ == "amod" and adj.head.tag_ in COMMON_NOUN_TAGS) or adj.dep_ == "pobj" \
            or (adj.dep_ == "oprd" and adj.head.lower_ not in _SMALL_CLAUSE_FORMS)
        if adj.dep_ == "dobj" and adj.head.tag_.startswith("VB") and doc[adj.i - 1].dep_ == "compound" \
                and doc[adj.i - 1].head.i == adj.i:
            return adj                      # "... to close the port provocative": "port" read as its compound
        if hung and all(c.dep_ in ("cc", "conj", "punct", "advmod") for c in adj.children) \
                and all(c.tag_ in _LABEL_TAGS for c in adj.subtree) and adj.right_edge.i == named.right_edge.i:
            return adj
    return None


def _named_with_label(verb: Token, kids: list[Token], objs: list[Token]) -> tuple[Token, Token] | None:
    """(name, label) when a proper name is the thing named and an indefinite common noun after it the label, the
    parser reading both as direct objects or the name as a dative: "branded [Belarus] dobj/dative [a rogue state]
    dobj" (session 48 say52). The label's "a" or "an" tells it from a name given ("called the boy Tom")."""
    if any(c.dep_ == "oprd" for c in kids):
        return None
    names = [c for c in kids if c.dep_ in ("dobj", "dative") and c.tag_ in ("NNP", "NNPS") and c.i > verb.i]
    labels = [c for c in objs if c.tag_ in COMMON_NOUN_TAGS and _indefinite(c)]
    if len(names) != 1 or len(labels) != 1 or len(names) + len(labels) != len(
            [c for c in kids if c.dep_ in ("dobj", "dative")]):
        return None
    named, label = names[0], labels[0]
    if not named.i < label.left_edge.i or any(t.tag_.startswith("VB") for t in label.subtree):
        return None
    return named, label


def _swapped(verb: Token, forms: frozenset[str]) -> tuple[Token, Token] | None:
    """(thing named, label) when `verb` is a verb of naming parsed in one of the module docstring's shapes."""
    if verb.lower_ not in forms or not verb.tag_.startswith("VB"):
        return None
    kids = list(verb.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    named_state = _named_with_label(verb, kids, objs)
    if named_state is not None:
        return named_state                  # "branded Belarus a rogue state" (session 48 say52)
    if len(objs) == 2 and not any(c.dep_ == "oprd" for c in kids):
        named, label = objs
        if _determined(named) and label.tag_ in COMMON_NOUN_TAGS and not any(
                c.dep_ == "det" and c.lower_ not in ("a", "an") for c in label.children):
            return named, label             # "branded the bill a political purge" (session 45)
        return None
    for pred in kids:
        if pred.dep_ in ("ccomp", "dobj") and pred.tag_ in ("JJ",) + COMMON_NOUN_TAGS and pred.i > verb.i:
            subs = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subs) == 1 and verb.i < subs[0].i < pred.i and _determined(subs[0]) \
                    and not any(c.tag_.startswith("VB") or c.tag_ == "MD" for c in pred.subtree):
                return subs[0], pred        # "branded the strike illegal" (session 45)
    if objs:
        if len(objs) > 1 or any(c.dep_ == "oprd" for c in kids):
            return None
        trailing = _trailing_adjective(objs[0])
        if trailing is not None:
            return objs[0], trailing        # "called the decision to expel the journalists irresponsible" (say50)
        label = next((c for c in kids if c.dep_ == "ccomp" and c.tag_ in COMMON_NOUN_TAGS + ("JJ",) and c.i > objs[0].i
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                      and not any(g.tag_.startswith("VB") or g.tag_ == "MD" for g in c.subtree)), None)
        if label is not None:
            return objs[0], label           # 'branded it "a political purge"' (session 45)
        quoted = _quoted_apposition(objs[0])
        if quoted is not None and _determined(objs[0]):
            return objs[0], quoted          # 'branded the plan "a gift to developers"' (session 45)
        label = next((c for c in objs[0].children if c.dep_ == "dobj" and c.i > objs[0].i), None)
        if label is not None and _determined(objs[0]) and _indefinite(label):
            return objs[0], label           # "called the council's meeting a success"
        named = _inner_named(objs[0])
        return (named, objs[0]) if named is not None else None  # 'called the ministry's reform "robbery"'
    for pred in kids:
        if pred.dep_ != "oprd" or pred.i < verb.i:
            continue
        label = next((c for c in pred.children if c.dep_ == "dobj" and c.i > pred.i), None)
        if label is not None and _determined(pred) and _indefinite(label):
            return pred, label              # "called the commission's ruling a disgrace"
        named = _inner_named(pred)
        if named is not None:
            return named, pred              # 'called the government's tax reform "daylight robbery"'
        named = next((c for c in pred.children if c.dep_ == "nsubj" and verb.i < c.i < pred.i), None)
        if named is not None and _determined(named):
            return named, pred              # "called the Catalan parliament's vote illegal"
    return None


def _free_noun(label: Token) -> None:
    """Give the noun the parser hung on a trailing label as its compound back to the verb it is the object of,
    with the label's determiners: "to close [the port] provocative"."""
    noun = label.doc[label.i - 1]
    for c in list(label.children):
        if c.i < noun.i:
            c.head = noun
    noun.head, noun.dep_ = label.head, "dobj"


class NamingObjects:
    """Hangs the thing named and its label on a verb of naming (see the module docstring)."""

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            found = _swapped(verb, self.forms)
            if found is None:
                continue
            named, label = found
            if label.dep_ == "dobj" and label.tag_ == "JJ" and label.head.i != verb.i:
                _free_noun(label)           # the inner verb's own object, read as the label's compound (say50)
            for c in list(label.children):
                if c.dep_ in _MARKED and c.i < named.i:
                    c.head = named          # ("the ministry's" hung on the label goes with the thing named)
            named.head, named.dep_ = verb, "dobj"
            label.head, label.dep_ = verb, "oprd"
        return doc
