"""Find knowledge-base names in a Doc: countries, demonyms, metonyms, organisations, office holders and
the Phoenix dictionaries' named actors.

The names are tokenised with the pipeline's own tokenizer once and compiled into a `NameIndex` (first
two tokens -> the names that start with them, longest first); the index is kept on disk in the
cache directory (settings.cache_path), keyed by the KB files, this module and the spaCy version, so a
process loads it in a fraction of a second instead of tokenising ~60,000 names. Matching is then one
dictionary look-up per token.

Aliases with an all-capitals word ("US", "U.N.", "WHO") match case-sensitively so that "us" and "who"
never do; the rest match case-insensitively but must contain a capitalised word in the text ("china"
the porcelain is not China; "al-Shabab" is fine).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from newsgraph.actors.diskcache import kb_cache_path, load_or_build
from newsgraph.actors.kb import KB, KB_DIR, load_kb
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import token_lowers, token_texts

# Preference when two entries claim the same span (curated before imported).
_RANK = {"O": 0, "L": 1, "M": 2, "C": 3, "D": 4, "P": 5}
INDEX_VERSION = 3
ARTICLE_ONLY_COUNTRY_WORDS = word_list("kb", "ARTICLE_ONLY_COUNTRY_WORDS")   # "the States", not "Member States"
NATIONAL = "National"       # the word that makes an international body's name a state's own body
# entity labels of numbers and dates: a name the recogniser reads as one of these ("May 15", a group named
# after a date) is the date, not the organisation
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})


@dataclass(frozen=True)
class KBMatch:
    start: int          # token indices [start, end)
    end: int
    kind: str           # C country | D demonym | M metonym | O organisation | L office holder
                        # | P Phoenix named actor
    key: str            # iso3 | metonym id | org id | person name | named actor id


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
    for d, iso3 in kb.region_demonyms.items():
        yield d.title() if d.islower() else d, f"D|{iso3}"     # read inside phrases only (nominals.py)
    for m in kb.metonyms.values():
        yield m.text, f"M|{m.id}"
    for o in kb.orgs.values():
        for n in (o.name,) + o.aliases:
            yield n, f"O|{o.id}"
    for o in kb.offices:
        for n in {o.name, *o.aliases}:
            if len(n.split()) >= 2:   # single surnames are resolved in context, not matched blindly
                yield n, f"L|{o.name}"
    for a in kb.named.values():
        for n in (a.name, *a.aliases):
            # a person's surname alone is resolved in context (names.py); an institution's or a
            # group's one-word name ("Hezbollah") is distinctive enough to match
            if len(n.split()) >= 2 or not a.dated:
                yield n, f"P|{a.id}"


class NameIndex:
    """Names keyed by their first two tokens (lower-case, or as written for case-sensitive names), so a
    token costs one or two dictionary look-ups: `one[word]` -> keys of one-token names, `two[word + SEP +
    next word]` -> [(remaining tokens, key)], longest first."""

    SEP = "\x00"

    def __init__(self, tables: dict[str, tuple[dict, dict]]):
        self.tables = tables          # "lower" | "exact" -> (one, two)
        # per table, the words that begin a name: any other token costs no look-up at all
        self.first_words = {kind: frozenset(one) | {k.split(self.SEP, 1)[0] for k in two}
                            for kind, (one, two) in tables.items()}

    def match(self, tokens, words: dict[str, list[str]] | None = None) -> list[tuple[int, int, str, bool]]:
        """(start, end, key, needs a capital in the text) of every name occurrence in a token list
        (`words`: the tokens' "lower" and "exact" forms, when the caller has them)."""
        out = []
        n = len(tokens)
        if words is None:
            words = {"lower": [t.lower_ for t in tokens], "exact": [t.text for t in tokens]}
        for kind, (one, two) in self.tables.items():
            ws = words[kind]
            check_case = kind == "lower"
            firsts = self.first_words[kind]
            for i in [i for i, w in enumerate(ws) if w in firsts]:
                for key in one.get(ws[i], ()):
                    out.append((i, i + 1, key, check_case))
                if i + 1 < n:
                    for rest, key in two.get(ws[i] + self.SEP + ws[i + 1], ()):
                        k = 2 + len(rest)
                        if i + k <= n and all(ws[i + 2 + j] == w for j, w in enumerate(rest)):
                            out.append((i, i + k, key, check_case))
        return out


def _build(kb: KB) -> dict[str, tuple[dict, dict]]:
    from newsgraph.nlp import load_nlp

    tokenizer = load_nlp().tokenizer
    texts: dict[str, set[tuple[str, bool]]] = {}
    for text, key in _entries(kb):
        variants = {text}
        if text.lower().startswith("the "):
            # "The Kremlin said", and the name as a modifier: "Kremlin spokesman", "Pentagon officials"
            variants.update({"The " + text[4:], text[4:]})
        for v in variants:
            texts.setdefault(v, set()).add((key, _case_sensitive(v)))
    tables: dict[str, tuple[dict, dict]] = {"lower": ({}, {}), "exact": ({}, {})}
    ordered = sorted(texts)
    for text, tokens in zip(ordered, tokenizer.pipe(ordered)):
        words = [t.text for t in tokens]
        if not words:
            continue
        for key, sensitive in sorted(texts[text]):
            seq = words if sensitive else [w.lower() for w in words]
            one, two = tables["exact" if sensitive else "lower"]
            if len(seq) == 1:
                one.setdefault(seq[0], []).append(key)
            else:
                two.setdefault(seq[0] + NameIndex.SEP + seq[1], []).append([seq[2:], key])
    for _one, two in tables.values():
        for lst in two.values():
            lst.sort(key=lambda e: -len(e[0]))
    return tables


@functools.lru_cache(maxsize=4)
def name_index(kb_dir: str | None = None) -> NameIndex:
    """The compiled name index of a KB directory (the package's data/kb by default)."""
    import spacy

    from newsgraph.actors import kb, phoenix

    folder = Path(kb_dir) if kb_dir else KB_DIR
    # built from the KB as kb.py and phoenix.py read it: a change in what they keep is a new index
    path = kb_cache_path("actor-names", folder, f"{INDEX_VERSION}|{spacy.__version__}", Path(__file__),
                         Path(kb.__file__), Path(phoenix.__file__))
    return NameIndex(load_or_build(path, lambda: _build(load_kb(kb_dir))))


def find_kb_matches(doc: Doc, kb_dir: str | None = None, inner: list[KBMatch] | None = None,
                    tokens: list | None = None) -> list[KBMatch]:
    """Non-overlapping KB matches, longest first, then by entry preference. Country names and demonyms
    inside a longer match ("Syrian" in "Syrian Observatory for Human Rights") are appended to `inner`
    when it is given: they still say whose the longer name is."""
    toks = tokens if tokens is not None else list(doc)
    cands: list[tuple[int, int, str, str]] = []
    # the whole doc's tokens: their forms are cached per doc
    words = {"lower": token_lowers(doc), "exact": token_texts(doc)} if len(toks) == len(doc) else None
    for start, end, key, check_case in name_index(kb_dir).match(toks, words):
        if check_case and not any(t.text[:1].isupper() and (end - start == 1 or not _opens_sentence(t))
                                  for t in toks[start:end] if t.lower_ != "the"):
            continue    # (of several words, one capital past a sentence's first word: '"We will win," he said' names
                        # no group called "We Will Win"; session 31 lead)
        kind, value = key.split("|", 1)
        if kind == "C" and end - start == 1 and toks[start].lower_ in ARTICLE_ONLY_COUNTRY_WORDS \
                and not (start > 0 and toks[start - 1].lower_ == "the"):
            continue    # "the Member States", "Gulf States": a common word that names a country only as "the States"
        if kind in ("O", "P") and start > 0 and toks[start - 1].text == NATIONAL:
            continue    # "National Security Council": a state's namesake of the international body
        if kind in ("O", "P") and all(t.ent_type_ in NUMERIC_ENTS for t in toks[start:end]):
            continue    # "on May 15": a date, not the group named after one
        if kind in ("C", "D") and all(t.ent_type_ == "MONEY" for t in toks[start:end]):
            continue    # "fined him one million US dollars": a currency's country is no actor (session 29)
        cands.append((start, end, kind, value))
    cands.sort(key=lambda c: (-(c[1] - c[0]), _RANK[c[2]], c[0]))
    taken = bytearray(len(doc))
    out = []
    for start, end, kind, key in cands:
        if any(taken[start:end]):
            if inner is not None and kind in ("C", "D"):
                inner.append(KBMatch(start, end, kind, key))
            continue
        if kind in ("C", "D") and _inside_place_name(toks, start, end, key):
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(KBMatch(start, end, kind, key))
    out.sort(key=lambda m: m.start)
    return out


def _opens_sentence(tok) -> bool:
    """The token is its sentence's first word, after any opening quotes or brackets: its capital says nothing."""
    sent_start = tok.sent.start
    return all(t.is_punct for t in tok.doc[sent_start:tok.i])


def _inside_place_name(toks, start: int, end: int, iso3: str) -> bool:
    """Is a country name the end of a region's name in another country ("Inner Mongolia", "New Mexico",
    "New South Wales"), or its start ("Niger Delta")? One or two capitalised words before it (one after
    it) and the gazetteer's region of that whole name say so."""
    from newsgraph.actors.places import region_country

    name = " ".join(t.text for t in toks[start:end])
    for k in (1, 2):
        if start - k < 0:
            break
        before = toks[start - k:start]
        if not all(t.text[:1].isupper() and t.text.isalpha() for t in before):
            break
        iso = region_country(" ".join(t.text for t in before) + " " + name)
        if iso is not None and iso != iso3:
            return True
    # ... or its start ("the Niger Delta" lies in Nigeria)
    after = toks[end] if end < len(toks) else None
    if after is not None and after.text[:1].isupper() and after.text.isalpha():
        iso = region_country(f"{name} {after.text}")
        if iso is not None and iso != iso3:
            return True
    return False
