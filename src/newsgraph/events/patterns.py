"""Load the coder's verb and noun patterns and modality/attribution cues (data/patterns/*.csv).

Patterns are data, not code: each has an id, a CAMEO code, a PLOVER type and an example, and a
bad entry fails loading with the file and line named. `since` tags let the evaluation run with
only the first ("base") pattern set, to show what later additions were worth.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from newsgraph.datafile import DataFileError, package_data, read_rows, word_list
from newsgraph.events.ontology import PLOVER_TYPES, is_code

SYMMETRY = ("", "both", "group", "reverse", "patient")
AGENTLESS_FORMS = ("passive", "nominal", "means", "be-passive", "rule")   # be-passive: round24; rule: round35 (agentless.csv)


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str                    # verb | noun
    lemmas: frozenset[str]
    cameo: str
    plover: str | None
    mode: str | None
    symmetric: str               # "" | both | group | reverse (the subject is the recipient)
    #                              | patient (the subject suffered the act: "two soldiers died in shelling")
    converse: str | None         # CAMEO code coded in the reverse direction too
    needs_target: bool
    confidence: float
    since: str
    example: str
    prep: tuple[str, ...] = ()   # particle/preposition words the verb must govern; nouns: one the noun
    #                              governs ("a call with") or is governed by ("under investigation")
    objects: frozenset[str] = frozenset()     # verbs: required direct-object lemmas
    compound: frozenset[str] = frozenset()    # nouns: required modifier lemmas
    light_verbs: frozenset[str] = frozenset()  # nouns: verbs that make their subject the source
    bare: bool = True            # nouns: also an event without a light verb ("his visit to")
    patient: bool = False        # nouns: the possessor and "of" name who suffered it ("his arrest")

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects or self.compound) + bool(self.prep)


@dataclass(frozen=True)
class Cue:
    id: str
    words: frozenset[str]
    relation: str
    value: str                   # modality (modality.csv) or kind (attribution.csv)
    tense: frozenset[str] = frozenset()


def split_values(value: str) -> list[str]:
    """The lower-cased alternatives of a '|'-separated data-file cell."""
    return [v.strip().lower() for v in value.split("|") if v.strip()]


_split = split_values


def with_typographic_apostrophes(words) -> frozenset[str]:
    """The words and their spellings with a typographic apostrophe: real pages write "didn’t", "’ll"."""
    return frozenset(w for word in words for w in (word, word.replace("'", "\u2019")))


@functools.lru_cache(maxsize=1)
def noun_sets() -> dict[str, frozenset[str]]:
    path = package_data("patterns", "noun_sets.csv")
    out: dict[str, frozenset[str]] = {}
    for _, r in read_rows(path, optional=("members",)):
        out[r["id"]] = frozenset(_split(r["members"]))
    return out


def noun_values(value: str, path, lineno: int, keep: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of a '|'-separated data-file cell, each "@SET" replaced by the members of that noun set
    (noun_sets.csv; an unknown set is an error naming the file and line); the items in `keep` stay as written."""
    out: set[str] = set()
    for item in _split(value):
        if item.startswith("@") and item not in keep:
            key = item[1:].upper()
            if key not in noun_sets():
                raise DataFileError(path, lineno, f"unknown noun set @{key}")
            out |= noun_sets()[key]
        else:
            out.add(item)
    return frozenset(out)


def _objects(value: str, path, lineno: int) -> frozenset[str]:
    # "@actor": the object names an actor (person, group, organisation, country); "@person": the object is itself a
    # person or group, not a place ("held two fishermen", not "held a Republican primary" nor "held the town");
    # "@orgname": the object is a name the recogniser tags as an organisation ("selected Siemens"); "@sum": a sum of
    # money ("paid the agency $300,000"; session 21)
    return noun_values(value, path, lineno, keep=("@actor", "@person", "@orgname", "@sum"))


def load_patterns(kind: str, path: Path | None = None) -> list[Pattern]:
    """The verb or noun patterns (data/patterns/verbs.csv, nouns.csv, or the file at `path`)."""
    path = path or package_data("patterns", f"{kind}s.csv")
    columns = (kind, "cameo", "plover", "mode", "symmetric", "converse", "needs_target", "confidence",
               "since", "example")
    out: list[Pattern] = []
    for lineno, r in read_rows(path, optional=columns):
        pid = r["id"]
        if not is_code(r["cameo"]):
            raise DataFileError(path, lineno, f"unknown CAMEO code {r['cameo']!r}")
        if r["converse"] and not is_code(r["converse"]):
            raise DataFileError(path, lineno, f"unknown converse CAMEO code {r['converse']!r}")
        if r["plover"] and r["plover"] not in PLOVER_TYPES:
            raise DataFileError(path, lineno, f"unknown PLOVER type {r['plover']!r}")
        if r["symmetric"] not in SYMMETRY:
            raise DataFileError(path, lineno, f"symmetric must be one of {SYMMETRY}")
        if r["needs_target"] not in ("yes", "no"):
            raise DataFileError(path, lineno, "needs_target must be yes or no")
        if not r["example"]:
            raise DataFileError(path, lineno, "every pattern needs an example")
        lemmas = frozenset(_split(r[kind]))
        if not lemmas:
            raise DataFileError(path, lineno, f"no {kind} lemma")
        try:
            conf = float(r["confidence"])
        except ValueError:
            raise DataFileError(path, lineno, "confidence is not a number") from None
        extra = {}
        if kind == "verb":
            extra["prep"] = tuple(r.get("prep", "").lower().split())
            extra["objects"] = _objects(r.get("object", ""), path, lineno)
        else:
            extra["compound"] = frozenset(_split(r.get("compound", "")))
            extra["prep"] = tuple(r.get("prep", "").lower().split())
            extra["light_verbs"] = frozenset(_split(r.get("light_verbs", "")))
            if r.get("bare", "yes") not in ("yes", "no"):
                raise DataFileError(path, lineno, "bare must be yes or no")
            extra["bare"] = r.get("bare", "yes") == "yes"
            if r.get("possessor", "agent") not in ("agent", "patient"):
                raise DataFileError(path, lineno, "possessor must be agent or patient")
            extra["patient"] = r.get("possessor", "agent") == "patient"
        out.append(Pattern(id=pid, kind=kind, lemmas=lemmas, cameo=r["cameo"],
                           plover=r["plover"] or None, mode=r["mode"] or None,
                           symmetric=r["symmetric"], converse=r["converse"] or None,
                           needs_target=r["needs_target"] == "yes", confidence=conf,
                           since=r["since"] or "base", example=r["example"], **extra))
    return out


@functools.lru_cache(maxsize=1)
def verb_patterns() -> tuple[Pattern, ...]:
    return tuple(load_patterns("verb"))


@functools.lru_cache(maxsize=1)
def noun_patterns() -> tuple[Pattern, ...]:
    return tuple(load_patterns("noun"))


@functools.lru_cache(maxsize=1)
def undergone_acts() -> frozenset[str]:
    """Nouns of acts done to someone, whose possessor and of-phrase name who underwent them, not who did them
    ("the envoy's expulsion", "the arrest of two reporters"): the noun patterns whose possessor is the patient,
    and the word list PATIENT_ACTS (acts no pattern codes: an appointment, a dismissal)."""
    patients = {n for n, ps in pattern_index("noun").items() if any(p.patient for p in ps)}
    return frozenset(patients | set(word_list("patterns", "PATIENT_ACTS")))


@functools.lru_cache(maxsize=4)
def pattern_index(kind: str, since: frozenset[str] | None = None) -> dict[str, list[Pattern]]:
    """lemma -> patterns (most specific first), optionally only those whose `since` is in `since`."""
    pats = verb_patterns() if kind == "verb" else noun_patterns()
    index: dict[str, list[Pattern]] = {}
    for p in pats:
        if since is not None and p.since not in since:
            continue
        for lemma in p.lemmas:
            index.setdefault(lemma, []).append(p)
    for lst in index.values():
        # most specific first; among equals the smaller object set, then file order
        lst.sort(key=lambda p: (-p.specificity, len(p.objects) if p.objects else 0))
    return index


@functools.lru_cache(maxsize=1)
def modality_cues() -> tuple[Cue, ...]:
    path = package_data("patterns", "modality.csv")
    out = []
    for lineno, r in read_rows(path, optional=("cue", "relation", "modality", "tense")):
        if r["relation"] not in ("aux", "govern", "mark", "neg", "charge", "permit", "modifier"):
            raise DataFileError(path, lineno, f"unknown relation {r['relation']!r}")
        if r["modality"] not in ("negated", "planned", "expected", "hypothetical", "feared", "reported"):
            raise DataFileError(path, lineno, f"unknown modality {r['modality']!r}")
        out.append(Cue(r["id"], with_typographic_apostrophes(_split(r["cue"])), r["relation"], r["modality"],
                       frozenset(t.upper() for t in _split(r["tense"]))))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def attribution_cues() -> tuple[Cue, ...]:
    path = package_data("patterns", "attribution.csv")
    out = []
    for lineno, r in read_rows(path, optional=("cue", "kind")):
        if r["kind"] not in ("verb", "prep"):
            raise DataFileError(path, lineno, f"unknown kind {r['kind']!r}")
        out.append(Cue(r["id"], frozenset(_split(r["cue"])), r["kind"], r["kind"]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def refusal_codes() -> dict[str, str]:
    """CAMEO root of a refused cooperative event -> the REJECT code coded for the refusal."""
    path = package_data("patterns", "refusals.csv")
    out: dict[str, str] = {}
    for lineno, r in read_rows(path, optional=("root", "cameo")):
        if not is_code(r["cameo"]) or not r["cameo"].startswith("12"):
            raise DataFileError(path, lineno, f"{r['cameo']!r} is not a CAMEO REJECT code")
        out[r["root"]] = r["cameo"]
    return out


@functools.lru_cache(maxsize=1)
def demand_auxiliaries() -> dict[str, tuple[str, str, str]]:
    """Modal auxiliary -> (rule id, CAMEO code, PLOVER type) for demands in reported speech."""
    path = package_data("patterns", "demands.csv")
    out: dict[str, tuple[str, str, str]] = {}
    for lineno, r in read_rows(path, optional=("aux", "cameo", "plover")):
        if not is_code(r["cameo"]) or r["plover"] not in PLOVER_TYPES:
            raise DataFileError(path, lineno, "unknown CAMEO code or PLOVER type")
        for aux in _split(r["aux"]):
            out[aux] = (r["id"], r["cameo"], r["plover"])
    return out


# ---------------------------------------------------------------- round 2 conventions

INTENT_KINDS = ("commit", "desire", "announce", "threaten", "plan")
WILL_KINDS = ("desire", "commit", "plan")   # intents a noun or adjective can carry: "readiness to", "a pledge to", "a plan to"
PLACE_WHERE = ("object", "victims", "abroad")


@functools.lru_cache(maxsize=1)
def conventions() -> dict[str, str]:
    """Convention id -> the pattern round (`since` tag) that added it (conventions.csv)."""
    path = package_data("patterns", "conventions.csv")
    out: dict[str, str] = {}
    for _, r in read_rows(path, ("since",), optional=("rule", "example")):
        out[r["id"]] = r["since"]
    return out


@functools.lru_cache(maxsize=1)
def intent_verbs() -> dict[str, tuple[str, str]]:
    """Lemma -> (rule id, kind) of verbs that express an intent (intents.csv)."""
    path = package_data("patterns", "intents.csv")
    out: dict[str, tuple[str, str]] = {}
    for lineno, r in read_rows(path, optional=("verbs", "kind", "example")):
        if r["kind"] not in INTENT_KINDS:
            raise DataFileError(path, lineno, f"kind must be one of {INTENT_KINDS}")
        for v in _split(r["verbs"]):
            out[v] = (r["id"], r["kind"])
    return out


@functools.lru_cache(maxsize=1)
def intent_codes() -> dict[tuple[str, str], str]:
    """(kind, action code prefix) -> CAMEO intent/threat code (intent_codes.csv)."""
    return load_intent_codes()


def load_intent_codes(path: Path | None = None) -> dict[tuple[str, str], str]:
    """intent_codes.csv (or the file at `path`), checked: see `intent_codes`."""
    path = path or package_data("patterns", "intent_codes.csv")
    out: dict[tuple[str, str], str] = {}
    for lineno, r in read_rows(path, optional=("action", "kind", "cameo", "example")):
        if r["kind"] not in ("intent", "threat"):
            raise DataFileError(path, lineno, "kind must be intent or threat")
        want = "03" if r["kind"] == "intent" else "13"
        if not is_code(r["cameo"]) or not r["cameo"].startswith(want) or not is_code(r["action"]):
            raise DataFileError(path, lineno, f"bad action {r['action']!r} or {r['kind']} code {r['cameo']!r}")
        out[(r["kind"], r["action"])] = r["cameo"]
    return out


def intent_code(kind: str, action: str) -> str | None:
    """The intent (03x) or threat (13x) code for an intended action: longest matching prefix."""
    table = intent_codes()
    for n in range(len(action), 1, -1):
        code = table.get((kind, action[:n]))
        if code:
            return code
    return None


@functools.lru_cache(maxsize=1)
def _claim_rows() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """claims.csv read once: lemma -> CAMEO roots, and the lemmas of the rows marked neutral."""
    path = package_data("patterns", "claims.csv")
    out: dict[str, frozenset[str]] = {}
    neutral: set[str] = set()
    for lineno, r in read_rows(path, optional=("verbs", "roots", "example", "neutral")):
        roots = frozenset(_split(r["roots"]))
        if not roots or not all(is_code(x) and len(x) == 2 for x in roots):
            raise DataFileError(path, lineno, "roots must be two-digit CAMEO roots")
        if r["neutral"] not in ("", "yes"):
            raise DataFileError(path, lineno, "neutral must be yes or empty")
        for v in _split(r["verbs"]):
            out[v] = roots
            if r["neutral"] == "yes":
                neutral.add(v)
    return out, frozenset(neutral)


def claim_verbs() -> dict[str, frozenset[str]]:
    """Reporting-verb lemma -> CAMEO roots of embedded acts that make the report an accusation (claims.csv)."""
    return _claim_rows()[0]


def neutral_claim_verbs() -> frozenset[str]:
    """The neutral verbs of saying among claims.csv's verbs ("said that Y attacked": no accusation under C2)."""
    return _claim_rows()[1]


@functools.lru_cache(maxsize=1)
def place_targets() -> tuple[tuple[str, str], ...]:
    """(CAMEO prefix, where) pairs for place targets (place_targets.csv)."""
    path = package_data("patterns", "place_targets.csv")
    out = []
    for lineno, r in read_rows(path, optional=("cameo", "where", "example")):
        if not is_code(r["cameo"]) or r["where"] not in PLACE_WHERE:
            raise DataFileError(path, lineno, f"bad CAMEO prefix or where (one of {PLACE_WHERE})")
        out.append((r["cameo"], r["where"]))
    return tuple(out)


def place_target_mode(code: str) -> str | None:
    for prefix, where in place_targets():
        if code.startswith(prefix):
            return where
    return None


@functools.lru_cache(maxsize=1)
def agentless_table() -> tuple[tuple[str, frozenset[str], str | None], ...]:
    """(CAMEO prefix, forms, implied agent sector) rows of agentless.csv, longest prefix first."""
    path = package_data("patterns", "agentless.csv")
    out = []
    for lineno, r in read_rows(path, ("cameo", "forms", "example"), optional=("agent",)):
        forms = frozenset(_split(r["forms"]))
        if not is_code(r["cameo"]) or not forms or not forms <= set(AGENTLESS_FORMS):
            raise DataFileError(path, lineno, f"bad CAMEO prefix or forms (any of {AGENTLESS_FORMS})")
        agent = r["agent"] or None
        if agent is not None and not (len(agent) == 3 and agent.isalpha() and agent.isupper()):
            raise DataFileError(path, lineno, f"agent {agent!r} is not a CAMEO sector code")
        out.append((r["cameo"], forms, agent))
    return tuple(sorted(out, key=lambda row: -len(row[0])))


@functools.lru_cache(maxsize=256)
def agentless_forms(code: str) -> frozenset[str]:
    """The forms in which an event with this CAMEO code may be coded without a source (agentless.csv):
    the row of the longest matching prefix; none when no row matches."""
    for prefix, forms, _ in agentless_table():
        if code.startswith(prefix):
            return forms
    return frozenset()


@functools.lru_cache(maxsize=256)
def implied_agent(code: str) -> str | None:
    """The sector of the one kind of state body that does acts of this code ("were arrested": COP), from
    the row of the longest matching prefix of agentless.csv; None when any actor could have done it."""
    for prefix, _, agent in agentless_table():
        if code.startswith(prefix):
            return agent
    return None


@functools.lru_cache(maxsize=1)
def passive_verbs() -> frozenset[str]:
    """Lemmas of the verb patterns whose codes may be coded in the passive with no agent (agentless.csv):
    verbs of acts done to someone ("killed", "arrested"), which a headline may use without "were"."""
    return frozenset(lemma for lemma, pats in pattern_index("verb").items()
                     if any("passive" in agentless_forms(p.cameo) for p in pats))


# ---------------------------------------------------------------- PETRARCH2 verb fallback (session 24, px24)

FALLBACK_PREFIX = "PX-"
FALLBACK_CONFIDENCE = 0.4       # below every verbs.csv row's usual 0.5-0.8: the fallback stays out of the top band


@functools.lru_cache(maxsize=1)
def fallback_patterns() -> tuple[Pattern, ...]:
    """The PETRARCH2 verb rows (petrarch_verbs.csv, written by events/import_petrarch_verbs.py) as verb patterns the
    coder tries only when no verbs.csv row codes a verb: each needs a target (a side the verb's object or one of
    its prepositions names), a multi-word verb its particle; rule id = the row id (PX-<block>-<lemma>)."""
    path = package_data("patterns", "petrarch_verbs.csv")
    out = []
    for lineno, r in read_rows(path, ("verb", "cameo", "block", "source"), optional=("prep",)):
        if not r["id"].startswith(FALLBACK_PREFIX):
            raise DataFileError(path, lineno, f"a fallback row id starts with {FALLBACK_PREFIX}")
        if not is_code(r["cameo"]):
            raise DataFileError(path, lineno, f"unknown CAMEO code {r['cameo']!r}")
        out.append(Pattern(id=r["id"], kind="verb", lemmas=frozenset([r["verb"].lower()]), cameo=r["cameo"],
                           plover=None, mode=None, symmetric="", converse=None, needs_target=True,
                           confidence=FALLBACK_CONFIDENCE, since="round25",
                           example=f"{r['block']} ({r['source']})", prep=tuple(r["prep"].lower().split())))
    return tuple(out)


@functools.lru_cache(maxsize=4)
def fallback_index(since: frozenset[str] | None = None) -> dict[str, list[Pattern]]:
    """lemma -> fallback patterns (particle rows first), for the lemmas no verbs.csv row of the run names."""
    own = pattern_index("verb", since)
    index: dict[str, list[Pattern]] = {}
    if since is not None and "round25" not in since:
        return index
    for p in fallback_patterns():
        for lemma in p.lemmas:
            index.setdefault(lemma, []).append(p)
    for lemma, lst in index.items():
        lst.sort(key=lambda p: -len(p.prep))
        if lemma in own:        # a verb our rows code is theirs; only its multi-word forms fall back
            lst[:] = [p for p in lst if p.prep]
    return {k: v for k, v in index.items() if v}
