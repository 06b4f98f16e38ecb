"""Find knowledge-base names in a Doc: countries, demonyms, metonyms, organisations, office holders.

One spaCy PhraseMatcher pair is built per vocabulary and cached (building it is the slow part;
matching is linear in the text). Aliases with an all-capitals word ("US", "U.N.", "WHO") match
case-sensitively so that "us" and "who" never do; the rest match case-insensitively but must
contain a capitalised word in the text ("china" the porcelain is not China; "al-Shabab" is fine).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsgraph.actors.kb import KB, load_kb

# Preference when two entries claim the same span.
_RANK = {"O": 0, "L": 1, "M": 2, "C": 3, "D": 4}


@dataclass(frozen=True)
class KBMatch:
    start: int          # token indices [start, end)
    end: int
    kind: str           # C country | D demonym | M metonym | O organisation | L office holder
    key: str            # iso3 | metonym id | org id | person name


def _case_sensitive(alias: str) -> bool:
    for word in alias.replace("-", " ").split():
        letters = word.replace(".", "").replace("'", "")
        if len(letters) >= 2 and letters.isupper():
            return True
    return False


def _entries(kb: KB):
    for c in kb.countries.values():
        for n in (c.name,) + c.aliases:
            if "," not in n:          # skip ISO sort forms "Korea, Republic of"
                yield n, f"C|{c.iso3}"
        for d in c.demonyms:
            yield d, f"D|{c.iso3}"
    for m in kb.metonyms.values():
        yield m.text, f"M|{m.id}"
    for o in kb.orgs.values():
        for n in (o.name,) + o.aliases:
            yield n, f"O|{o.id}"
    for o in kb.offices:
        for n in {o.name, *o.aliases}:
            if len(n.split()) >= 2:   # single surnames are resolved in context, not matched blindly
                yield n, f"L|{o.name}"


@functools.lru_cache(maxsize=4)
def _matchers(vocab_id: int, kb_dir: str | None):
    from newsgraph.nlp import load_nlp

    kb = load_kb(kb_dir)
    nlp = load_nlp()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    orth = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_key: dict[tuple[str, bool], set[str]] = {}
    for text, key in _entries(kb):
        variants = {text}
        if text.lower().startswith("the "):
            variants.add("The " + text[4:])
        for v in variants:
            by_key.setdefault((key, _case_sensitive(v)), set()).add(v)
    for (key, sensitive), texts in by_key.items():
        docs = list(nlp.tokenizer.pipe(sorted(texts)))
        (orth if sensitive else lower).add(key, docs)
    return lower, orth


def find_kb_matches(doc: Doc, kb_dir: str | None = None) -> list[KBMatch]:
    """Non-overlapping KB matches, longest first, then by entry preference."""
    lower, orth = _matchers(id(doc.vocab), kb_dir)
    cands: list[tuple[int, int, str, str]] = []
    strings = doc.vocab.strings
    for matcher, check_case in ((orth, False), (lower, True)):
        for match_id, start, end in matcher(doc):
            if check_case and not any(t.text[:1].isupper() for t in doc[start:end] if t.lower_ != "the"):
                continue
            kind, key = strings[match_id].split("|", 1)
            cands.append((start, end, kind, key))
    cands.sort(key=lambda c: (-(c[1] - c[0]), _RANK[c[2]], c[0]))
    taken = bytearray(len(doc))
    out = []
    for start, end, kind, key in cands:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(KBMatch(start, end, kind, key))
    out.sort(key=lambda m: m.start)
    return out
