"""Convert the PETRARCH2 / Phoenix dictionaries (MIT, Open Event Data Alliance) into readable KB tables.

    newsgraph kb import-phoenix PATH [--out DIR]

PATH is the folder holding Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt, Phoenix.agents.txt and LICENSE (../shared/knowledge/petrarch2). DIR
defaults to the package's data/kb/phoenix/. The tables written there are what the actors KB reads
(kb.py); this converter is only run again when the dictionaries change.

Actor files (format: dictionaries-format.rst, "Actor Dictionary"): a record is one or more primary
phrases, their '+' synonyms and date-restricted codes ('\t[RUSGOV 991231-080507]'). As in TABARI and
PETRARCH, consecutive primary phrases without a code of their own share the codes that follow them.
One output row per record:

    id       phx-<file>-<line of the first primary phrase>   (the source id of the row)
    name     the first primary phrase, readable ("VLADIMIR_PUTIN_" -> "Vladimir Putin")
    aliases  the other primary phrases and the synonyms, '|' separated
    codes    '; '-separated CODE or CODE FROM..TO (ISO dates, either side may be open), in file order;
             a plain CODE is the default when no dated code applies; "---" is the dictionary's null code
    source   <file>:<line>

Agent file ("Agent Dictionary"): one row per phrase with its explicit plural and code; the substitution
sets (!PERSON! = MAN, MEN, ...) are expanded, one row per member, with no further plural.

    id       phx-agents-<line>[-<n>]
    term     lower-case words ("dairy farmer")
    plural   the explicit plural, "-" when the dictionary says none, empty when regular
    code     the agent code as written ("~COP", "~GOVFRM", "NGO~")
    source   Phoenix.agents.txt:<line>

Lines that cannot be read (a bad date, an unreadable code) are skipped and counted by reason in the
returned report, never silently. Two-digit years follow PETRARCH: 00-30 are 2000-2030, else 19xx.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ACTOR_FILES = {"Phoenix.Countries.actors.txt": "countries",
               "Phoenix.International.actors.txt": "international",
               "Phoenix.MilNonState.actors.txt": "nonstate"}
AGENT_FILE = "Phoenix.agents.txt"
LICENSE_FILE = "LICENSE"
_CODE = re.compile(r"^(?:---|[A-Z]{3}[A-Z0-9]*)$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^(\d{6}|\d{8})$")


@dataclass
class Report:
    """What a conversion wrote and what it skipped (reason -> count, with a few examples)."""

    written: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        self.examples.setdefault(reason, [])
        if len(self.examples[reason]) < 3:
            self.examples[reason].append(where)


def parse_date(text: str) -> dt.date:
    """YYMMDD or YYYYMMDD (PETRARCH: YY 00-30 is 20YY). ValueError when it is no date."""
    if not _DATE.match(text):
        raise ValueError(f"not a date: {text!r}")
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    yy = int(text[:2])
    return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))


def parse_restriction(body: str) -> str:
    """'RUSGOV 991231-080507' -> 'RUSGOV 1999-12-31..2008-05-07'; '>080508' -> '2008-05-08..';
    '<061231' -> '..2006-12-31'; 'RUSELI' -> 'RUSELI'. ValueError on a bad code or date."""
    parts = body.split()
    if not parts:
        raise ValueError("empty code")
    code = parts[0]
    if not _CODE.match(code):
        raise ValueError(f"bad code {code!r}")
    rest = "".join(parts[1:])
    if not rest:
        return code
    if rest[0] in "<>":
        day = parse_date(rest[1:]).isoformat()
        return f"{code} ..{day}" if rest[0] == "<" else f"{code} {day}.."
    a, sep, b = rest.partition("-")
    if not sep:
        raise ValueError(f"bad date restriction {rest!r}")
    start, end = parse_date(a), parse_date(b)
    if end < start:
        raise ValueError(f"end {end} before start {start}")
    return f"{code} {start.isoformat()}..{end.isoformat()}"


def readable(phrase: str) -> str:
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin'; 'AL-SHABAB' -> 'Al-Shabab'; acronyms kept."""
    words = phrase.replace("_", " ").split()
    out = []
    for w in words:
        if len(w.strip(".()")) <= 4 and "." not in w and w.isupper() and not any(c in "AEIOUY" for c in w):
            out.append(w)                       # consonant-only short words are acronyms ("NLD", "FBI")
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _strip_comment(line: str) -> str:
    i = line.find("#")
    return line[:i] if i >= 0 else line


@dataclass
class _Record:
    line: int
    phrases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def parse_actor_file(path: Path, short: str, report: Report) -> list[dict[str, str]]:
    """The records of one actor dictionary as output rows (see the module docstring)."""
    records: list[_Record] = []
    current: _Record | None = None
    pending: list[tuple[int, str]] = []         # codeless primary phrases waiting for codes
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("<!"):
            continue
        where = f"{path.name}:{lineno}"
        if raw[0] in "\t " and "[" in raw:        # a date restriction of the current record
            target = current
            if pending:                           # codes of codeless primaries waiting for them
                target = _Record(pending[0][0], [p for _, p in pending])
                records.append(target)
                pending = []
                current = target
            if target is None:
                report.skip("date restriction before any actor", where)
                continue
            for body in _BRACKET.findall(_strip_comment(raw)):
                try:
                    target.codes.append(parse_restriction(body))
                except ValueError as err:
                    report.skip(f"unreadable code ({err.__class__.__name__})", f"{where}: {body}")
            continue
        text = _strip_comment(raw).strip()
        if not text:
            continue
        if text.startswith("+"):
            phrase = text[1:].split("[")[0].strip()
            if pending:
                pending.append((lineno, phrase))
            elif current is not None:
                current.phrases.append(phrase)
            else:
                report.skip("synonym before any actor", where)
            continue
        # a primary phrase, possibly with codes on the same line
        phrase = text.split("[")[0].strip()
        bodies = _BRACKET.findall(text)
        if not bodies:
            pending.append((lineno, phrase))
            current = None
            continue
        rec = _Record(pending[0][0] if pending else lineno, [p for _, p in pending] + [phrase])
        pending = []
        for body in bodies:
            try:
                rec.codes.append(parse_restriction(body))
            except ValueError:
                report.skip("unreadable code", f"{where}: {body}")
        records.append(rec)
        current = rec
    for lineno, _phrase in pending:
        report.skip("actor without any code", f"{path.name}:{lineno}")
    rows = []
    for rec in records:
        names = list(dict.fromkeys(readable(p) for p in rec.phrases if p.replace("_", "").strip()))
        if not names:
            report.skip("record without a name", f"{path.name}:{rec.line}")
            continue
        if not rec.codes:
            report.skip("actor without any code", f"{path.name}:{rec.line}")
            continue
        rows.append({"id": f"phx-{short}-{rec.line}", "name": names[0], "aliases": "|".join(names[1:]),
                     "codes": "; ".join(rec.codes), "source": f"{path.name}:{rec.line}"})
    report.written[short] = len(rows)
    return rows


_PLURAL = re.compile(r"\{([^}]*)\}")
_SUBST = re.compile(r"!([A-Z]+)!")


def parse_agent_file(path: Path, report: Report) -> list[dict[str, str]]:
    """The agent phrases with their codes (see the module docstring)."""
    subst: dict[str, list[str]] = {}
    rows = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text = _strip_comment(raw).strip()
        if not text or text.startswith("<!"):
            continue
        where = f"{path.name}:{lineno}"
        m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", text)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(text) or re.findall(r"\[([^\]}]*)\}", text)
        if not codes:
            report.skip("agent without a code", where)
            continue
        code = codes[0].strip()
        if not re.fullmatch(r"~[A-Z]{3}[A-Z0-9]*|[A-Z]{3}[A-Z0-9]*~", code):
            report.skip("unreadable agent code", f"{where}: {code}")
            continue
        head = text.split("[")[0]
        plural_m = _PLURAL.search(head)
        plural = plural_m.group(1).strip() if plural_m else ""
        phrase = _PLURAL.sub("", head).strip()
        variants = [(phrase, plural)]
        sm = _SUBST.search(phrase)
        if sm:
            members = subst.get(sm.group(1))
            if not members:
                report.skip("unknown substitution set", where)
                continue
            variants = [(phrase.replace(sm.group(0), w), "-") for w in members]
        for n, (ph, pl) in enumerate(variants):
            term = " ".join(ph.replace("_", " ").lower().split())
            if not term:
                report.skip("agent without a phrase", where)
                continue
            if pl == "-" or (plural_m is not None and not pl):
                plural_text = "-"                 # "{}": no plural of its own
            else:
                plural_text = " ".join(pl.replace("_", " ").lower().split())
            rows.append({"id": f"phx-agents-{lineno}" + (f"-{n + 1}" if len(variants) > 1 else ""),
                         "term": term, "plural": plural_text, "code": code, "source": where})
    report.written["agents"] = len(rows)
    return rows


HEADER = ("# Converted by newsgraph.actors.import_phoenix from the PETRARCH2 / Phoenix dictionaries\n"
          "# (openeventdata/petrarch2, data/dictionaries/{file}; MIT licence, Copyright (c) 2014 Open Event Data\n"
          "# Alliance: see LICENSE.md in this folder). Do not edit by hand: re-run `newsgraph kb import-phoenix PATH`.\n"
          "# Format: see the docstring of newsgraph/actors/import_phoenix.py.\n")


def _write(path: Path, header: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(header)
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def convert(src: Path, out: Path) -> Report:
    """Convert every Phoenix dictionary under `src` into tables under `out`; copy the licence (as
    LICENSE.md, which the package's data checks read as documentation)."""
    src, out = Path(src), Path(out)
    missing = [n for n in (*ACTOR_FILES, AGENT_FILE, LICENSE_FILE) if not (src / n).is_file()]
    if missing:
        raise FileNotFoundError(f"{src}: missing {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    for name, short in ACTOR_FILES.items():
        rows = parse_actor_file(src / name, short, report)
        _write(out / f"{short}.csv", HEADER.format(file=name), ["id", "name", "aliases", "codes", "source"], rows)
    rows = parse_agent_file(src / AGENT_FILE, report)
    _write(out / "agents.csv", HEADER.format(file=AGENT_FILE), ["id", "term", "plural", "code", "source"], rows)
    shutil.copyfile(src / LICENSE_FILE, out / "LICENSE.md")
    return report
