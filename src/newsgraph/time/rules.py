"""Load the time lexicon and rules (src/newsgraph/data/time/) and compile the rule patterns.

Both files are plain text with an id per entry; any bad entry raises `DataFileError` naming
the file and line. Loading happens once per process (`compiled_rules()` is cached).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.datafile import DataFileError, package_data, read_rows

LEXICON_KINDS = {"month", "month_abbr", "weekday", "cardinal", "number", "ordinal", "unit", "season",
                 "part_of_day", "date_mod", "quant_mod", "ref", "set_adverb", "holiday"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass
class Lexicon:
    """Surface form -> value, per kind (surface forms lower-cased for lookup)."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)   # original spelling, file order

    def value(self, kind: str, surface: str) -> str | None:
        return self.entries.get(kind, {}).get(" ".join(surface.lower().split()))


@dataclass
class Rule:
    id: str
    type: str
    norm: str
    pattern: str
    regex: re.Pattern
    line: int
    example: str = ""          # a sentence the rule must match (checked by the tests)


def _data_file(name: str) -> Path:
    return package_data("time", name)


def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or _data_file("lexicon.csv")
    lex = Lexicon()
    for line, row in read_rows(path, ("kind", "text", "source"), optional=("value",)):
        kind, text = row["kind"], row["text"]
        if kind not in LEXICON_KINDS:
            raise DataFileError(path, line, f"unknown kind {kind!r}")
        lex.entries.setdefault(kind, {})[" ".join(text.lower().split())] = row["value"]
        lex.surfaces.setdefault(kind, []).append(text)
    return lex


def _alt(forms, *, exact_case: bool = False, plural: bool = False, trie: bool = True) -> str:
    """Regex alternation of surface forms, longest first. exact_case: Title/UPPER only.

    Without plural endings the forms are plain words, and the alternation is written as a trie
    (`_literal_trie`): the same matches, tried in the same order, at a fraction of the cost.
    trie=False spells the plain alternation (rule_triggers reads the words from it)."""
    out = set()
    for f in forms:
        variants = {f, f.upper()} if exact_case else {f}
        for v in variants:
            esc = r"\s+".join(re.escape(w) for w in v.split())
            if plural:
                esc = (esc[:-1] + "(?:y|ies)") if v.endswith("y") and v[-2:-1] not in "aeiou" \
                    else esc + "s?"
            out.add(esc)
    if plural or not trie:
        body = "|".join(sorted(out, key=len, reverse=True))
    else:
        body = _literal_trie(out, fold=not exact_case)
    return f"(?-i:{body})" if exact_case else body


_ESCAPED_TOKEN = re.compile(r"\\s\+|\\.|.", re.DOTALL)


def _literal_trie(escaped: set[str], fold: bool) -> str:
    """The alternation of escaped literal forms (made of characters, escaped characters and the
    `\\s+` between words), longest first, as a trie: 'mon(?:day|th)'.

    Python's regex engine tries the branches of an alternation one by one at every position (the
    time rules compile with IGNORECASE, which turns off its first-character shortcut), so a list of
    50 number words cost 50 attempts per word start. Literal forms that match at one position are
    prefixes of one another, and the trie tries them longest first, as the sorted alternation does,
    so matches, groups and backtracking are the same. `fold` (the rule is case-insensitive) merges
    branches that differ only in case, which the alternation would also have let match alike."""
    trie: dict = {}
    for esc in escaped:
        node = trie
        for tok in _ESCAPED_TOKEN.findall(esc):
            node = node.setdefault(tok.lower() if fold else tok, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not alts:
            return ""
        if "" in node:                      # a form ends here: try the longer forms first
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def placeholders(lex: Lexicon, tries: bool = True) -> dict[str, str]:
    """Placeholder name -> regex body (without the group); word lists as tries unless `tries` is
    False (then plain alternations, whose source spells every word)."""
    s = lex.surfaces
    months = s["month"]
    abbr_dot = [a for a in s["month_abbr"] if a.endswith(".")]
    abbr_all = s["month_abbr"]
    cardinals = lex.entries["cardinal"]          # lower-cased surface -> value
    units = [w for w, v in cardinals.items() if 1 <= int(v) <= 9]
    tens = [w for w, v in cardinals.items() if 20 <= int(v) <= 90 and int(v) % 10 == 0]
    if tries:       # none of these words begins another, so any order of the branches is the same
        compound = rf"(?:{_literal_trie(set(tens), fold=True)})[\s-](?:{_literal_trie(set(units), fold=True)})"
    else:
        compound = rf"(?:{'|'.join(tens)})[\s-](?:{'|'.join(units)})"
    # ordinals of quarters and halves ("first quarter", "final half", "the last quarter"); word
    # ordinals of centuries ("the twenty-first century")
    ordinals = lex.entries["ordinal"]
    part_ordinals = [w for w in s["ordinal"] if not ordinals[w.lower()].isdigit() or int(ordinals[w.lower()]) <= 4]
    word_ordinals = [w for w in s["ordinal"] if re.fullmatch(r"[a-z-]+(?:st|nd|rd|th)", w)]
    return {
        "MONTH": _alt(months + abbr_dot, exact_case=True, trie=tries),
        "MONTHX": _alt(months + abbr_all, exact_case=True, trie=tries),
        "MONTHN": _alt([m for m in months if m != "May"] + abbr_dot, exact_case=True, trie=tries),
        "WEEKDAY": _alt(s["weekday"], exact_case=True, trie=tries),
        "NUM": rf"\d+\s+1/2|\d+(?:\.\d+)?|{compound}|" + _alt(s["cardinal"] + s["number"], trie=tries),
        "ORD": _alt(part_ordinals, trie=tries),
        "ORDW": _alt(word_ordinals, trie=tries),
        "UNIT": _alt(s["unit"], plural=True, trie=tries),
        "SEASON": _alt(s["season"], trie=tries),
        "POD": _alt(s["part_of_day"], trie=tries),
        "DMOD": _alt(s["date_mod"], trie=tries),
        "QMOD": _alt(s["quant_mod"], trie=tries),
        "REF": _alt(s["ref"], trie=tries),
        "SETADV": _alt(s["set_adverb"], trie=tries),
        "HOLIDAY": _alt(s["holiday"], exact_case=True, trie=tries),
        "YEAR": r"(?:1[5-9]|20)\d\d",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    }


_PLACEHOLDER = re.compile(r"\{([A-Z]+)(?::([a-z0-9_]+))?\}")


def expand(pattern: str, ph: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        kind, name = m.group(1), m.group(2) or m.group(1).lower()
        if kind not in ph:
            raise KeyError(kind)
        if kind.startswith("MONTH"):
            name = m.group(2) or "month"
        return f"(?P<{name}>{ph[kind]})"
    return _PLACEHOLDER.sub(sub, pattern)


def load_rules(path: Path | None = None, lex: Lexicon | None = None,
               known_norms: set[str] | None = None) -> list[Rule]:
    path = path or _data_file("rules.tsv")
    lex = lex or load_lexicon()
    ph = placeholders(lex)
    rules: list[Rule] = []
    for line, row in read_rows(path, ("type", "norm", "pattern", "example")):
        id_, type_, norm, pattern = row["id"], row["type"], row["norm"], row["pattern"]
        if type_ not in TYPES:
            raise DataFileError(path, line, f"unknown type {type_!r}")
        if known_norms is not None and norm not in known_norms:
            raise DataFileError(path, line, f"unknown norm function {norm!r}")
        try:
            rx = re.compile(rf"(?<![\w])(?:{expand(pattern, ph)})(?![\w])", re.IGNORECASE)
        except KeyError as exc:
            raise DataFileError(path, line, f"unknown placeholder {{{exc.args[0]}}}") from None
        except re.error as exc:
            raise DataFileError(path, line, f"bad pattern in rule {id_}: {exc}") from None
        rules.append(Rule(id_, type_, norm, pattern, rx, line, row["example"]))
    return rules


# Words without which no rule can match (besides the lexicon's own entries). Every expression
# contains a digit, a lexicon word or one of these; the tests check it on each rule's example.
_TRIGGER_WORDS = ("today", "tonight", "yesterday", "tomorrow", "overnight", "noon", "midnight",
                  "half",
                  "midday", "o'clock", "weekend", "nineteen", "thousand", "twenties", "thirties",
                  "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
                  "centur", "Q1", "Q2", "Q3", "Q4", "FY", "winters", "summers", "autumns")


def trigger_words(lex: Lexicon) -> set[str]:
    """The words the pre-scan looks for (one of them, or a digit, is in every time expression)."""
    words: set[str] = set(_TRIGGER_WORDS)
    for kind in ("month", "month_abbr", "weekday", "unit", "season", "part_of_day", "ref",
                 "set_adverb", "holiday"):
        for w in lex.surfaces.get(kind, []):
            # the last word: 'the past' -> past, "New Year's Day" -> Day, 'Jan.' -> Jan
            words.add(w.rstrip(".").split()[-1])
    return {w for w in words if len(w) > 1}


def _trie_pattern(words: set[str]) -> str:
    """One regex for a set of words, as a trie ('mon(?:day|th)'), matching the longest word: each position
    costs one or two character tests instead of one per word. Words are compared lower-cased (the regex
    is compiled with IGNORECASE)."""
    return _literal_trie({re.escape(w) for w in words}, fold=True)


def trigger_regex(lex: Lexicon) -> re.Pattern:
    """Cheap pre-scan: where in a text a time expression could possibly be."""
    return re.compile(rf"\d|\b(?:{_trie_pattern(trigger_words(lex))})", re.IGNORECASE)


def trigger_regex_plain(lex: Lexicon) -> re.Pattern:
    """`trigger_regex` as a plain alternation, longest first (the reference the tests compare to)."""
    body = "|".join(sorted((re.escape(w) for w in trigger_words(lex)), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{body})", re.IGNORECASE)


DIGIT = "<digit>"       # trigger key of a digit


@functools.lru_cache(maxsize=1)
def compiled() -> tuple[Lexicon, tuple[Rule, ...]]:
    """The packaged lexicon and rules, compiled once per process."""
    from newsgraph.time.normalisers import NORMALISERS

    lex = load_lexicon()
    return lex, tuple(load_rules(lex=lex, known_norms=set(NORMALISERS)))


@functools.lru_cache(maxsize=1)
def compiled_trigger() -> re.Pattern:
    return trigger_regex(compiled()[0])


@functools.lru_cache(maxsize=1)
def trigger_keys() -> dict[str, frozenset[str]]:
    """Lower-cased text of a pre-scan match -> every trigger word found at that position.

    The pre-scan's alternation (longest first) reports the longest trigger word there; the
    shorter ones that also match are exactly its prefixes among the trigger words
    ('century' -> {century, centur}).
    """
    words = {w.lower() for w in trigger_words(compiled()[0])}
    return {w: frozenset(v for v in words if w.startswith(v)) for w in words}


def _literal_source(rule: Rule, ph: dict[str, str]) -> str:
    """The rule's expanded pattern, lower-cased, with escapes of punctuation removed ('jan\\.')."""
    return re.sub(r"\\(\W)", r"\1", expand(rule.pattern, ph)).lower()


@functools.lru_cache(maxsize=1)
def rule_literals() -> tuple[tuple[frozenset[str], ...], ...]:
    """Per rule: groups of case-folded strings, one of each in every match (literals.required_groups):
    a window without one of them is not searched."""
    from newsgraph.time.literals import required_groups

    return tuple(required_groups(rule.regex) for rule in compiled()[1])


@functools.lru_cache(maxsize=1)
def rule_triggers() -> tuple[frozenset[str] | None, ...]:
    """Per rule: the trigger keys (words, DIGIT) its pattern spells out, or None (run it always).

    A rule only runs in the pre-scan windows holding one of its own triggers: a match of
    'rel_day' contains 'today', 'yesterday', ... and never only a digit. The test suite
    checks on every rule's example (and the corpus) that this skips no match.
    """
    lex, rules = compiled()
    ph = placeholders(lex, tries=False)
    words = {w.lower() for w in trigger_words(lex)}
    out: list[frozenset[str] | None] = []
    for rule in rules:
        src = _literal_source(rule, ph)
        keys = {w for w in words if w in src}
        if "\\d" in src or any(c.isdigit() for c in src):
            keys.add(DIGIT)
        out.append(frozenset(keys) if keys else None)
    return tuple(out)
