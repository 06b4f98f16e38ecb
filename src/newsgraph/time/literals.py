"""The literal strings a regular expression cannot match without, read from its parsed form, and a
case fold under which testing for them is exact.

Why: most time rules run in pre-scan windows where they cannot match ('ago' needs 'ago', 'earlier',
'hence' ...; a duration range needs 'to', 'or' or 'and' between two numbers) and the regex engine
finds that out by trying the rule at every character of the window. Testing whether the window holds
one string of each required group is a few substring searches. Only necessary conditions are drawn:
a window that lacks a group cannot hold a match (a match lies inside its window, and holds one string
of every group), so skipping it changes nothing.
"""
from __future__ import annotations

import re
from re import _parser as sre_parse  # the stdlib's own parser: the same reading the engine compiles
from re._casefix import _EXTRA_CASES
from re._constants import ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

import _sre

Group = frozenset[str]

MIN_LENGTH = 3          # shorter strings are in nearly every window: testing them saves nothing
MAX_GROUP = 12          # a group of more alternatives costs more to test than the rule saves
MAX_GROUPS = 2          # per rule: the most selective ones


def required_groups(pattern: re.Pattern) -> tuple[Group, ...]:
    """Groups of case-folded strings: every match of `pattern` contains at least one string of each
    group (the most selective few, see MIN_LENGTH, MAX_GROUP, MAX_GROUPS)."""
    groups = {g for g in _required(sre_parse.parse(pattern.pattern, pattern.flags))
              if min(map(len, g)) >= MIN_LENGTH and len(g) <= MAX_GROUP}
    return tuple(sorted(groups, key=lambda g: (-min(map(len, g)), len(g), sorted(g)))[:MAX_GROUPS])


def _required(items) -> list[Group]:
    """Required groups of a parsed sequence: runs of consecutive literal characters, the groups of
    required sub-patterns, and for an alternation the union of one group of each branch."""
    groups: list[Group] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append(frozenset({fold("".join(run))}))
            run.clear()

    for op, av in items:
        if op is LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is SUBPATTERN:
            groups += _required(av[-1])
        elif op is ATOMIC_GROUP:
            groups += _required(av)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if av[0] >= 1:
                groups += _required(av[2])
        elif op is BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                groups.append(frozenset().union(*(max(b, key=_strength) for b in branches)))
        # classes, any-character, anchors, look-arounds, back-references: no literal required
    flush()
    return groups


def _strength(group: Group) -> tuple[int, int]:
    return min(map(len, group)), -len(group)


# Case folding as the regex engine compares under IGNORECASE: a character matches another when their
# simple lower cases are equal or listed together in re._casefix (i and dotless i, s and long s, ...).
# Each class of such characters is folded to its smallest member.
_CANONICAL = {lo: min((lo, *extra)) for lo, extra in _EXTRA_CASES.items()}
_FIXES = {chr(c): chr(k) for c, k in _CANONICAL.items() if c != k}
_NEEDS_FIX = re.compile("[" + "".join(map(re.escape, _FIXES)) + "]")
_FULL_CASE = re.compile("[\u0130\u03a3]")      # the only characters whose str.lower() is not per character


def fold(text: str) -> str:
    """`text` with each character replaced by its case class's representative (same length)."""
    if _FULL_CASE.search(text):
        low = "".join(chr(_sre.unicode_tolower(ord(c))) for c in text)
    else:
        low = text.lower()
    return low.translate(str.maketrans(_FIXES)) if _NEEDS_FIX.search(low) else low
