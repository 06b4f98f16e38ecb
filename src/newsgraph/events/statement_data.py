"""The statement coder's data files, read once: verbs of saying (statements.csv), stance adjectives
(statement_adjectives.csv), tone words (statement_tones.csv) and the roots whose acts hide a statement
(statement_shadows.csv). statements.py codes with them; triggers.py finds the words they list.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.datafile import DataFileError, package_data, read_rows
from newsgraph.events.ontology import is_code
from newsgraph.events.patterns import split_values
from newsgraph.nlp.cache import children


@dataclass(frozen=True)
class StatementVerb:
    id: str
    lemmas: frozenset[str]
    to_object: bool               # the direct or indirect object is the addressee ("told reporters")
    preps: tuple[str, ...]        # prepositions that introduce the addressee ("testified before")
    cameo: str
    proposal: str | None          # the code when what is said is a proposal ("suggested that X reopen")
    confidence: float
    since: str
    press_only: bool = False      # only the press may be addressed ("spoke to reporters"); anyone else: 04
    bodies_only: bool = False     # only a body (state, organisation) makes it ("the ministry believes")
    object_content: bool = False  # a direct object is what was said ("reported 40 new cases")
    nominal: bool = False         # the words are nouns naming a statement ("the ministry's declaration that")
    predicate: bool = False       # an object predicate is what was said ("called the plan a bold step")
    quote_only: bool = False      # only the direct quote it attributes is what was said ("..., she recalled")
    clause_only: bool = False     # only a clause or a quote is what was said ("questioned whether ...")
    documents_only: bool = False  # only a document speaks, through its author ("'...,' the union's statement read")
    as_only: bool = False         # only in an as-clause with "it" as object ("as the minister put it", session 26)
    plea: bool = False            # a plea entered: guilty (015) or not guilty / innocent (016) (session 26)


@functools.lru_cache(maxsize=1)
def statement_verbs() -> tuple[StatementVerb, ...]:
    path = package_data("patterns", "statements.csv")
    out = []
    for lineno, r in read_rows(path, ("verb", "cameo", "confidence", "since", "example"),
                               optional=("addressee", "proposal", "speaker", "content")):
        if r["speaker"] not in ("", "body", "document"):
            raise DataFileError(path, lineno, f"speaker {r['speaker']!r} is not empty, 'body' or 'document'")
        if r["content"] not in ("", "object", "noun", "predicate", "quote", "clause", "as", "plea"):
            raise DataFileError(path, lineno, f"content {r['content']!r} is not empty, 'object', 'noun', "
                                              "'predicate', 'quote', 'clause', 'as' or 'plea'")
        if not is_code(r["cameo"]) or not r["cameo"].startswith("01"):
            raise DataFileError(path, lineno, f"{r['cameo']!r} is not a CAMEO statement code (01x)")
        if r["proposal"] and (not is_code(r["proposal"]) or not r["proposal"].startswith("02")):
            raise DataFileError(path, lineno, f"proposal {r['proposal']!r} is not a CAMEO appeal code (02x)")
        try:
            conf = float(r["confidence"])
        except ValueError:
            raise DataFileError(path, lineno, "confidence is not a number") from None
        where = r["addressee"].lower().split()
        out.append(StatementVerb(r["id"], frozenset(split_values(r["verb"])), "object" in where,
                                 tuple(w for w in where if w not in ("object", "press")), r["cameo"],
                                 r["proposal"] or None, conf, r["since"], "press" in where,
                                 r["speaker"] == "body", r["content"] == "object", r["content"] == "noun",
                                 r["content"] == "predicate", r["content"] == "quote", r["content"] == "clause",
                                 r["speaker"] == "document", r["content"] == "as", r["content"] == "plea"))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def quote_only_rows() -> frozenset[str]:
    """Ids of the statement rows that speak only as a direct quote's cue ("..., she recalled")."""
    return frozenset(r.id for r in statement_verbs() if r.quote_only)


@functools.lru_cache(maxsize=4)
def statement_index(since: frozenset[str] | None = None) -> dict[str, StatementVerb]:
    """lemma -> its first statement row (rows of the pattern rounds in `since`; None = all)."""
    return {lemma: rows[0] for lemma, rows in statement_rows(since).items()}


@functools.lru_cache(maxsize=4)
def statement_rows(since: frozenset[str] | None = None) -> dict[str, tuple[StatementVerb, ...]]:
    """lemma -> all its statement rows in file order: a later row is a second reading of the verb that is tried
    when the earlier ones find no statement ("announced that ..." is S-address; "announced a new plan", whose
    object is what was made public, is S-announce-object, round 13)."""
    index: dict[str, list[StatementVerb]] = {}
    for row in statement_verbs():
        if since is None or row.since in since:
            for lemma in row.lemmas:
                index.setdefault(lemma, []).append(row)
    return {lemma: tuple(rows) for lemma, rows in index.items()}


@dataclass(frozen=True)
class StanceAdjective:
    """A row of statement_adjectives.csv: an adjective of stance whose clause is a statement of its holder."""
    id: str
    frame: str              # be = the subject of "be" holding it speaks; make = the subject of "made clear"
    cameo: str
    confidence: float


_STANCE_FRAMES = {"be": frozenset({"be", "remain"}), "make": frozenset({"make"})}


@functools.lru_cache(maxsize=1)
def stance_adjectives() -> dict[str, tuple[StanceAdjective, ...]]:
    """adjective -> its rows (statement_adjectives.csv; convention stance-adjectives, round23)."""
    path = package_data("patterns", "statement_adjectives.csv")
    out: dict[str, list[StanceAdjective]] = {}
    for lineno, r in read_rows(path, ("words", "frame", "cameo", "confidence", "since", "example")):
        if r["frame"] not in _STANCE_FRAMES:
            raise DataFileError(path, lineno, f"frame {r['frame']!r} is not 'be' or 'make'")
        if not is_code(r["cameo"]) or not r["cameo"].startswith("01"):
            raise DataFileError(path, lineno, f"{r['cameo']!r} is not a CAMEO statement code (01x)")
        try:
            conf = float(r["confidence"])
        except ValueError:
            raise DataFileError(path, lineno, "confidence is not a number") from None
        for word in split_values(r["words"]):
            out.setdefault(word, []).append(StanceAdjective(r["id"], r["frame"], r["cameo"], conf))
    return {w: tuple(rows) for w, rows in out.items()}


@dataclass(frozen=True)
class Tone:
    id: str
    cameo: str
    negated: bool           # the word counts only when negated, about an actor ("had not done enough")
    anchors: frozenset[str] = frozenset()   # the word counts only next to one of these ("well" of "done well")
    predicate: bool = False     # the word counts only as what its clause says something is ("was a dictator")
    appraised: bool = False     # read by the appraisal of what was said (appraisal.py, round 17), not a tone row
    actor: bool = False         # the word counts only about another actor the clause names ("had done nothing")
    person: bool = False        # ... and only about a person ("said the senator was a threat to democracy", round29)
    denial: bool = False        # negated, the words deny a link or a claim: "said it was not involved" (016, round34),
    #                             or refuse: "said it would not be blackmailed" (polarity refused, 12x, round35)
    warned: bool = False        # the word counts only under will/would/shall and codes the speaker's threat (13x)
    #                             against the clause's subject: "said Finland would face consequences" (round38)

    def anchored(self, tok: Token) -> bool:
        """No anchors, or one is the word's head lemma or one of its dependents ("done well", "moved by")."""
        if not self.anchors:
            return True
        if tok.head.lemma_.lower() in self.anchors:
            return tok.head.tag_ != "VBG"   # "had done well" is a deed; "is doing well" a state
        # "had nothing to do with the attack" says there is no link, not that nothing was done (session 31 lead)
        return any(c.lower_ in self.anchors and not (c.lemma_.lower() == "do" and has_with_phrase(c))
                   for c in children(tok))


def has_with_phrase(verb: Token) -> bool:
    """The verb governs a "with" phrase ("to do with the attack")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children(verb))


@functools.lru_cache(maxsize=1)
def tone_words() -> dict[str, Tone]:
    """word -> its tone row (statement_tones.csv)."""
    path = package_data("patterns", "statement_tones.csv")
    out: dict[str, Tone] = {}
    for lineno, r in read_rows(path, ("words", "cameo", "example"), optional=("polarity",)):
        if not is_code(r["cameo"]) or not r["cameo"].startswith(("01", "051", "11", "12", "13")):
            raise DataFileError(path, lineno, f"{r['cameo']!r} is not a CAMEO statement (01x), praise (051), "
                                              "disapproval (11x), rejection (12x) or threat (13x) code")
        if r["polarity"] not in ("", "negated", "predicate", "actor", "person", "denied", "refused", "warned"):
            raise DataFileError(path, lineno, f"polarity {r['polarity']!r} is not empty, 'negated', 'predicate', "
                                              "'actor', 'person', 'denied', 'refused' or 'warned'")
        if (r["polarity"] == "warned") != (r["cameo"].startswith("13") and r["polarity"] != "refused"):
            raise DataFileError(path, lineno, "polarity 'warned' codes a threat (13x), and a threat needs 'warned' "
                                              "(or 'refused' for 130)")
        if r["polarity"] == "denied" and r["cameo"] != "016":
            raise DataFileError(path, lineno, "polarity 'denied' codes a denial, 016")
        if (r["polarity"] == "refused") != (r["cameo"].startswith(("12", "130")) and r["polarity"] != "warned"):
            raise DataFileError(path, lineno, "polarity 'refused' codes a rejection (12x) or a warning that something "
                                              "will not be tolerated (130), and only it does")
        for w in split_values(r["words"]):
            word, _, anchor = w.partition("@")
            known = out.get(word)
            if anchor and known is not None and known.id == r["id"]:
                out[word] = Tone(r["id"], r["cameo"], known.negated, known.anchors | {anchor}, known.predicate,
                                 actor=known.actor, person=known.person, denial=known.denial, warned=known.warned)
            elif known is not None:
                raise DataFileError(path, lineno, f"{word!r} is already a tone word ({known.id})")
            else:
                out[word] = Tone(r["id"], r["cameo"], r["polarity"] in ("negated", "denied", "refused"),
                                 frozenset({anchor}) if anchor else frozenset(), r["polarity"] == "predicate",
                                 actor=r["polarity"] in ("actor", "person"), person=r["polarity"] == "person",
                                 denial=r["polarity"] in ("denied", "refused"), warned=r["polarity"] == "warned")
    return out


@functools.lru_cache(maxsize=1)
def shadow_roots() -> frozenset[str]:
    """CAMEO roots whose event by the same speaker replaces a plain statement (statement_shadows.csv)."""
    path = package_data("patterns", "statement_shadows.csv")
    roots = set()
    for lineno, r in read_rows(path, ("root", "why")):
        if len(r["root"]) != 2 or not is_code(r["root"]):
            raise DataFileError(path, lineno, f"{r['root']!r} is not a CAMEO root")
        roots.add(r["root"])
    return frozenset(roots)
