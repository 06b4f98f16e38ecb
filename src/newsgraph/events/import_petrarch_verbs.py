"""Convert PETRARCH2's verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance) into the coder's
fallback verb lexicon, data/patterns/petrarch_verbs.csv (issue 11, session 24, branch px24).

    python -m newsgraph.events.import_petrarch_verbs PATH [--out FILE]

PATH is the dictionary (../shared/knowledge/petrarch2/CAMEO.2.0.txt); FILE defaults to the package's
data/patterns/petrarch_verbs.csv. The converter is only run again when the dictionary or the reviewed
exclusions (data/patterns/petrarch_exclusions.csv) change; the coder reads the CSV (patterns.fallback_patterns).

What is read (dictionaries-format.rst, "Verb Synonym Blocks and Patterns"): the verb blocks after
"####### VERB PATTERNS #######", each "--- NAME [CODE] ---" followed by member verbs, one a line, some with a
code of their own ("ACCUSE [112]"), irregular forms in braces and multi-word verbs joined by '_' with '+'
before the verb ("+CORDON_OFF"). A member's code is its own, else the block's. Only the isolated verb is
taken, never the noun patterns ("- * AID [073]"): those are what PETRARCH's parse needs and what our
verbs.csv rows already write as object constraints; the simple "- * (PREP +)" form that would give a
verb + preposition row holds 4 lines in the whole file, none of an act our rows lack.

One output row per kept (verb, code):

    id      PX-<BLOCK>-<lemma>[-<particle>]   (the source id of the row)
    verb    lower-case lemma ("accuse"); a multi-word verb's verb word
    prep    the particle of a multi-word verb ("off" of CORDON_OFF), else empty
    cameo   the member's own code, else the block's
    block   the block name (ACCUSE, BLAME ...)
    source  CAMEO.2.0.txt:<line of the member>

Dropped and counted by reason (never silently): a null code ("---") or none; a code outside roots 02-20 (01
statements and 03 intents are the statements and intent stages' business, which read clauses, not verbs);
a verb whose lemma verbs.csv, statements.csv, intents.csv, claims.csv or attribution.csv already codes (our
rows decide those); a pre-compounded or longer multi-word verb; a block or a (block, verb) the reviewed
exclusion list names (senses mostly not the code: DESTROY's BEAT/DEFEAT/OVERTAKE, sports, everyday verbs).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from newsgraph.datafile import package_data, read_rows
from newsgraph.events.ontology import is_code

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_MEMBER = re.compile(r"^([A-Z+_'\-]+)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
HEADER = ("id", "verb", "prep", "cameo", "block", "source")
NOTICE = ("# Derived from PETRARCH2's CAMEO.2.0.txt (MIT, Copyright (c) 2014 Open Event Data; see\n"
          "# petrarch_verbs.LICENSE.md beside this file) by newsgraph.events.import_petrarch_verbs.\n"
          "# Do not edit by hand: edit petrarch_exclusions.csv and run the converter again.\n")
# the files whose verbs our own rules already decide
_OWN_FILES = (("verbs.csv", "verb"), ("statements.csv", "verb"), ("intents.csv", "verbs"),
              ("claims.csv", "verbs"), ("attribution.csv", "cue"))


def own_lemmas() -> frozenset[str]:
    """Every verb lemma our own pattern files code or read (the fallback never codes these)."""
    out: set[str] = set()
    for name, column in _OWN_FILES:
        for _, r in read_rows(package_data("patterns", name), optional=(column,)):
            out |= {v.strip().lower() for v in r[column].split("|") if v.strip()}
    return frozenset(out)


def exclusions(path: Path | None = None) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The reviewed exclusions: whole blocks, and (block, verb) pairs (petrarch_exclusions.csv)."""
    path = path or package_data("patterns", "petrarch_exclusions.csv")
    blocks: set[str] = set()
    verbs: set[tuple[str, str]] = set()
    for _, r in read_rows(path, ("block", "reason"), optional=("verb",)):
        if r["verb"]:
            verbs |= {(r["block"].upper(), v) for v in r["verb"].lower().split("|")}
        else:
            blocks.add(r["block"].upper())
    return frozenset(blocks), frozenset(verbs)


def read_members(path: Path) -> list[tuple[str, str, str, int]]:
    """(block, block code, member text, line) of every member verb line of the verb blocks."""
    out = []
    block, code, in_verbs = None, None, False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if line.startswith("########"):
                in_verbs = False
            if not in_verbs:
                continue
            m = _BLOCK.match(line)
            if m:
                block, code = m.group(1), m.group(2).strip()
                continue
            text = line.split("#", 1)[0].rstrip()
            if block is None or not text.strip() or text.startswith("-") or text.startswith(" "):
                continue
            out.append((block, code, text, lineno))
    return out


def convert(path: Path, out: Path | None = None, exclusion_file: Path | None = None) -> Counter:
    """Write the fallback lexicon; return the counts of rows written and of rows skipped by reason."""
    out = out or package_data("patterns", "petrarch_verbs.csv")
    own = own_lemmas()
    ex_blocks, ex_verbs = exclusions(exclusion_file)
    report: Counter = Counter()
    rows: dict[str, dict[str, str]] = {}
    for block, block_code, text, lineno in read_members(path):
        m = _MEMBER.match(text.strip())
        if not m:
            report["skipped: unreadable"] += 1
            continue
        words = m.group(1).split("_")
        code = (m.group(3) or "").strip() or block_code
        code = code.split(":")[0]
        if not code or code == "---":
            report["skipped: null code"] += 1
            continue
        if not is_code(code):
            report["skipped: unknown code"] += 1
            continue
        if not ("02" <= code[:2] <= "20") or code[:2] == "03":
            report["skipped: statement or intent code"] += 1
            continue
        if len(words) > 2 or (len(words) == 2 and not words[0].startswith("+")):
            report["skipped: pre-compounded or long multi-word verb"] += 1
            continue
        verb = words[0].lstrip("+").lower()
        prep = words[1].lower() if len(words) == 2 else ""
        if not verb.isalpha():
            report["skipped: unreadable"] += 1
            continue
        full = verb + (f"_{prep}" if prep else "")
        if block.upper() in ex_blocks or (block.upper(), verb) in ex_verbs or (block.upper(), full) in ex_verbs:
            report["skipped: reviewed exclusion"] += 1
            continue
        if verb in own and not prep:
            report["skipped: our rows code the verb"] += 1
            continue
        rid = f"PX-{block}-{verb}" + (f"-{prep}" if prep else "")
        if rid in rows:
            report["skipped: duplicate"] += 1
            continue
        rows[rid] = {"id": rid, "verb": verb, "prep": prep, "cameo": code, "block": block,
                     "source": f"{path.name}:{lineno}"}
        report["written"] += 1
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(NOTICE)
        w = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        for r in rows.values():
            w.writerow(r)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    for key, n in sorted(convert(a.path, a.out).items()):
        print(f"{key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
