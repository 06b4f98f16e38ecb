"""Resolve the actor mentions of one document to document-level entities.

Order of work (each step only adds to what the earlier ones found):
  1. names: PERSON entities (with their titles, "of Russia" and appositives), KB matches
     (countries, demonyms, capitals/seats used as actors, organisations), other ORG entities;
  2. nominals: role and group nouns ("the Russian leader", "North Korean authorities",
     "the two leaders"), resolved to a named person of the document, else to the KB's office
     holder, else to a generic actor (country + sector); "of/in/from PLACE" gives the country,
     cities and regions through the gazetteer (places.py);
  3. pronouns (he/his/she/they/its) to the nearest compatible entity (pronouns.py), learning
     gender as it goes;
  4. unqualified national bodies ("Congress", "the army") take the document's country when it is
     clear (context.py).
The output is a list of `Ment` (token spans) each pointing at one or more `Ent` (entities.py).
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.context import assign_national_bodies
from newsgraph.actors.kb import KB, Office
from newsgraph.actors.matcher import find_kb_matches
from newsgraph.actors.entities import Ent, Ment, name_parts
from newsgraph.actors.phrases import HONORIFICS, PhraseInfo, noun_lemma, read_phrase
from newsgraph.actors.places import place_country
from newsgraph.actors.pronouns import PRONOUNS, PronounResolver
from newsgraph.nlp.cache import doc_sents, doc_tokens

SUBJ = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "attr", "appos", "oprd"}
# prepositions after which a capital is a place, not an actor ("in Pyongyang")
LOCATIVE = {"in", "at", "to", "into", "from", "near", "outside", "inside", "across", "around", "through",
            "toward", "towards", "via", "over", "throughout", "within", "for", "of", "on"}
SEAT_LOCATIVE = {"in", "at", "to", "into", "near", "outside", "inside", "around", "toward", "towards", "of"}
GROUP_PERSON_HEADS = {"leader", "autocrat", "president", "man", "woman", "minister", "official",
                      "head", "dictator", "counterpart", "strongman", "side"}
# head-of-state titles that name one office ("the president" is not the prime minister)
SPECIFIC_HEAD_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
                        "emir", "supreme leader"}
# place nouns that name their place with "of" ("the West Bank city of Nablus", "the province of Quebec")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "district", "county", "capital",
               "port", "municipality", "territory", "island", "governorate", "prefecture"}


def _clean_name(span: Span) -> tuple[int, int]:
    """Trim a PERSON span of honorifics/titles inside it and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ in HONORIFICS or doc[start].lower_ in ("'s", "\u2019s")
                               or doc[start].is_punct):
        start += 1
    while end > start + 1 and (doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _whole_words(name: str) -> set[str]:
    """Lower-case words of a name, hyphenated words kept whole."""
    return {w.strip(".,'") for w in name.lower().replace("\u2019", "'").split()}


_HEADS: dict[int, tuple[KB, frozenset[str]]] = {}


def nominal_heads(kb: KB) -> frozenset[str]:
    """Words that can head a role or group nominal (computed once per knowledge base)."""
    hit = _HEADS.get(id(kb))
    if hit is None or hit[0] is not kb:
        words = set(GROUP_PERSON_HEADS) | set(kb.country_nouns) | set(kb.org_nouns)
        words.update(r for r in kb.roles if " " not in r)
        words.update(k.split()[-1] for k in kb.terms)
        hit = _HEADS[id(kb)] = (kb, frozenset(words))
    return hit[1]


class DocResolver(PronounResolver):
    """Resolves the actor mentions of one Doc; `resolve()` returns them in text order."""

    def __init__(self, doc: Doc, kb: KB, published: dt.date | None):
        self.doc, self.kb, self.day = doc, kb, published
        self.ents: dict[str, Ent] = {}
        self.ments: list[Ment] = []
        self.taken = bytearray(len(doc))          # tokens inside a name-level mention
        self.toks = doc_tokens(doc)               # Token objects once, shared with later stages
        self._ents: list[Span] | None = None
        self.heads = nominal_heads(kb)
        self.sent_of = [0] * len(doc)
        self.sent_root: list[Token] = []
        for si, s in enumerate(doc_sents(doc)):
            self.sent_root.append(s.root)
            self.sent_of[s.start:s.end] = [si] * (s.end - s.start)
        self.quote = self._quote_mask()
        self.kbm = find_kb_matches(doc)
        self.country_of: dict[int, str] = {}       # token -> ISO3 (country names and demonyms)
        for m in self.kbm:
            if m.kind in ("C", "D"):
                for i in range(m.start, m.end):
                    self.country_of[i] = m.key
        self.phrase_tokens = bytearray(len(doc))  # tokens used up by a title/nominal phrase
        self.context_countries = frozenset(self.country_of.values())
        self.place_country: dict[int, str] = {}    # nominal head -> ISO3 of its "of/in/from <place>"
        self._full_names: dict[str, str] | None = None
        self._serves: list[tuple[Ent, Token]] = []   # (person, role word of their appositive)
        self.dateline = self._dateline_mask()
        self.taken[:] = self.dateline              # a dateline is never an actor
        self.not_person = bytearray(len(doc))     # PERSON entities rejected as places ("Kim Il-sung Square")

    # ------------------------------------------------------------------ helpers
    def _dateline_mask(self) -> bytearray:
        """Datelines ("BERLIN —", "GAZA CITY, Palestinian Territories:") at the start of the text or of a
        paragraph: places the story was filed from, never actors."""
        mask = bytearray(len(self.doc))
        toks = self.toks
        i = 0
        while i < len(toks):
            if i == 0 or (toks[i - 1].is_space and "\n" in toks[i - 1].text):
                j, depth = i, 0
                while j < len(toks) and j - i < 12 and not toks[j].is_space and (
                        depth > 0 or toks[j].is_upper or toks[j].is_punct or toks[j].like_num):
                    depth += toks[j].text == "("
                    depth -= toks[j].text == ")" and depth > 0
                    if depth == 0 and toks[j].text in ("\u2014", "\u2013", "--", "-", ":", ",") and j > i:
                        if toks[i].is_upper and toks[i].is_alpha and len(toks[i].text) > 1:
                            mask[i:j] = b"\x01" * (j - i)      # "MOSCOW (Northgate Wire) —"
                        break
                    j += 1
            i += 1
        return mask

    def _quote_mask(self) -> bytearray:
        mask = bytearray(len(self.doc))
        inside = False
        for t in self.toks:
            if t.text in ('"', "\u201c", "\u201d", "``", "''"):
                if t.text == "\u201c":
                    inside = True
                elif t.text == "\u201d":
                    inside = False
                else:
                    inside = not inside
                continue
            if t.is_space and "\n" in t.text:
                inside = False if t.text.count("\n") > 1 else inside
            mask[t.i] = inside
        return mask

    def _ent(self, key: str, **kw) -> Ent:
        e = self.ents.get(key)
        if e is None:
            e = self.ents[key] = Ent(key=key, **kw)
        return e

    def country_ent(self, iso3: str) -> Ent:
        return self._ent(f"C:{iso3}", name=self.kb.country_name(iso3) or iso3, kind="COUNTRY", country=iso3)

    def group_ent(self, iso3: str | None, sector: str | None, plural: bool = False,
                  noun: str | None = None) -> Ent:
        """A collective actor. With a country it is the country's sector ("Russia media" = RUSMED,
        one actor for "Russian state media", "Russian journalists"...); without one, the text says
        no more than the noun, so the noun names it ("authorities", "protesters")."""
        cname = self.kb.country_name(iso3)
        if cname:
            name, key = f"{cname} {self.kb.sector_labels.get(sector or '', 'people')}", f"G:{iso3}:{sector}"
        else:
            name = (noun or self.kb.sector_labels.get(sector or "", "people")).lower()
            key = f"G:None:{sector}:{name}"
        e = self._ent(key, name=name, kind="GROUP", country=iso3, sector=sector)
        e.plural = e.plural or plural
        return e

    def office_ent(self, name: str) -> Ent:
        """An office holder from the KB, coded by the term in force on the publication date."""
        e = self.ents.get(f"P:{name.lower()}")
        if e is not None:
            return e
        offices = self.kb.offices_for(name)
        e = self._ent(f"P:{name.lower()}", name=offices[0].name if offices else name, kind="PERSON")
        e.name_parts = name_parts(e.name)
        if offices:
            self._apply_offices(e, offices)
        return e

    def _apply_offices(self, e: Ent, offices: list[Office]) -> None:
        day = self.day
        active = [o for o in offices if (o.active(day) if day else o.end is None)]
        if not active and day is None:
            active = sorted(offices, key=lambda o: o.start)[-1:]
        e.gender = e.gender or offices[0].gender
        e.head_role = any(self.kb.is_head_role(o.role) for o in offices)
        if active:
            o = active[-1]
            e.office, e.country, e.sector, e.role = o, o.country, o.sector, o.role
            return
        past = [o for o in offices if o.end is not None and day is not None and o.end <= day]
        o = sorted(past or offices, key=lambda o: o.start)[-1]
        e.office, e.country = o, o.country
        if past:
            e.sector, e.role = ("ELI" if o.country not in ("IGO", "NGO") else None), f"former {o.role}"
        else:
            e.sector, e.role = None, None

    def add(self, start: int, end: int, head: int, kind: str, label: str, ents: list[Ent],
            name_level: bool = True) -> Ment:
        m = Ment(start, end, head, kind, label, ents, sent=self.sent_of[head],
                 subject=self._is_subject(self.toks[head]), in_quote=bool(self.quote[head]))
        self.ments.append(m)
        if name_level:
            self.taken[start:end] = b"\x01" * (end - start)
        if kind != "pronoun" and len(ents) == 1:
            ents[0].alias(self.doc[start:end].text)
        return m

    @staticmethod
    def _is_subject(t: Token) -> bool:
        while t.dep_ in ("compound", "flat", "appos", "conj") and t.head is not t:
            if t.dep_ == "conj" and t.head.dep_ not in SUBJ:
                return False
            t = t.head
        return t.dep_ in SUBJ

    # ------------------------------------------------------------------ step 1: names
    def resolve(self) -> list[Ment]:
        self._persons()
        self._bare_surnames()
        self._unrecognised_speakers()
        self._kb_names()
        self._orgs()
        self._country_from_employer()
        self._nominals_and_pronouns()
        assign_national_bodies(self)
        self.ments.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return self.ments

    def _title_phrase(self, span_start: int, root: Token) -> list[Token]:
        """Tokens before a name that modify it: 'President', 'Syrian President', 'Secretary of State'.

        The longest run of words left of the name (no punctuation except a title hyphen, no number,
        no determiner) whose words all depend, within the run, on the name."""
        toks = self.toks
        left = span_start
        while left > 0 and span_start - left < 8:
            t = toks[left - 1]
            hyphen_title = (t.text == "-" and not t.whitespace_ and left > 1 and not toks[left - 2].whitespace_
                            and toks[left - 2].text[:1].isupper())       # Secretary-General
            if t.is_space or (t.is_punct and not hyphen_title) or t.like_num or self.dateline[t.i] \
                    or t.dep_ in ("det", "predet") or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of":
                break
            left -= 1

        def attached(t: Token, lo: int) -> bool:
            seen = 0
            while seen < 12:
                if span_start <= t.i <= root.i:
                    return True
                if t.head is t or not lo <= t.head.i <= root.i or t.dep_ == "punct" and t.text != "-":
                    return t.text == "-" and lo <= t.i
                t, seen = t.head, seen + 1
            return False

        for lo in range(left, span_start):
            run = toks[lo:span_start]
            if run[0].lower_ == "of" or run[0].dep_ in ("prep", "case"):
                continue
            if all(attached(t, lo) for t in run):
                return list(run)
        return []

    def _appositive(self, root: Token) -> tuple[list[Token], Token] | None:
        """A role phrase in apposition to a name: 'Zarubin, a Russian ... correspondent' or
        'North Korea's leader, Kim Jong-un'."""
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ == "PERSON":
                toks = [t for t in c.subtree if t.i <= c.i]
                for p in c.children:        # "president of Russia" (not "commander of a force in Syria")
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in p.children:
                            if o.dep_ == "pobj" and o.i in self.country_of:
                                toks.extend([p, *o.subtree])
                return toks, c
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON":
            h = root.head
            return [t for t in h.subtree if t.i <= h.i], h
        return None

    def _persons(self) -> None:
        doc, kb = self.doc, self.kb
        for span in doc.ents:
            if span.label_ != "PERSON":
                continue
            start, end = _clean_name(span)
            if start >= end or any(self.dateline[start:end]) or self._credit(span):
                continue
            if any(m.kind in ("O", "C", "M", "D") and m.start <= start and end <= m.end for m in self.kbm):
                continue          # the KB knows the name as an organisation/country ("al-Shabab", "Jordan")
            last = doc[end - 1]
            if last.lower_ in kb.place_heads or last.lemma_.lower() in kb.place_heads:
                self.not_person[span.start:span.end] = b"\x01" * (span.end - span.start)
                continue
            name_span = doc[start:end]
            name = " ".join(name_span.text.split())
            root = name_span.root
            # learn from the text: title words before the name, "of <country>", an appositive
            title_toks = self._title_phrase(start, root)
            info = read_phrase(kb, title_toks + [root], None, self.country_of) if title_toks else PhraseInfo()
            for c in root.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.i in self.country_of:
                            info.country = info.country or self.country_of[p.i]
            appos = self._appositive(root)
            if appos is not None:
                ainfo = read_phrase(kb, appos[0], appos[1], self.country_of)
                if ainfo.role or ainfo.group_term or ainfo.country:
                    info.merge(ainfo)
            hon = doc[start - 1].lower_ if start > 0 else ""
            if hon in HONORIFICS and HONORIFICS[hon]:
                info.gender = info.gender or HONORIFICS[hon]
            ent = self._link_person(name, info)
            if appos is not None and ent.country is None:
                self._serves.append((ent, appos[1]))
            m_start = start
            if title_toks:
                m_start = title_toks[0].i
                self.phrase_tokens[m_start:start] = b"\x01" * (start - m_start)
            elif hon in HONORIFICS:
                m_start = start - 1
            self.add(m_start, end, root.i, "name", "PERSON", [ent])
            ent.alias(name)
            if appos is not None:
                toks, h = appos
                a_start, a_end = min(t.i for t in toks), max(t.i for t in toks) + 1
                if not any(self.taken[a_start:a_end]):
                    self.add(a_start, a_end, h.i, "nominal", "NOMINAL", [ent], name_level=False)
                    self.phrase_tokens[a_start:a_end] = b"\x01" * (a_end - a_start)

    def _credit(self, span: Span) -> bool:
        """A byline or photo credit ("Lauren Pelley / CBC News", "AP Photo/Evan Vucci"): not an actor."""
        return any("/" in t.text for t in self.toks[max(0, span.start - 1):span.end + 1])

    def _bare_surnames(self) -> None:
        """Surnames the entity recogniser missed ("Traeger said") of people named in full elsewhere."""
        by_part: dict[str, Ent] = {}
        firsts: dict[str, list[Ent]] = {}
        for e in self.ents.values():
            if e.kind == "PERSON" and len(e.name.split()) >= 2:
                words = e.name.split()
                by_part.setdefault(words[-1].lower().strip(".,"), e)
                firsts.setdefault(words[0].lower().strip(".,"), []).append(e)
        for first, es in firsts.items():   # a given name alone ("Jayme") when only one person has it
            if len(es) == 1 and first not in by_part and first not in HONORIFICS:
                by_part[first] = es[0]
        for e in self.ents.values():        # people known by one name ("Demi") the recogniser missed later
            if e.kind == "PERSON" and len(e.name.split()) == 1 and e.office is None:
                by_part.setdefault(e.name.lower(), e)
        if not by_part:
            return
        kbm_tokens = {i for m in self.kbm for i in range(m.start, m.end)}
        for t in self.toks:
            if (t.pos_ == "PROPN" and t.text[:1].isupper() and not self.taken[t.i] and t.i not in kbm_tokens
                    and not self.not_person[t.i] and t.lower_.strip("\u200b") in by_part
                    and t.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")
                    and not (t.i + 1 < len(self.doc) and self.toks[t.i + 1].pos_ == "PROPN"
                             and not self.toks[t.i + 1].lower_ in ("'s", "\u2019s"))):
                start = t.i
                if t.i > 0 and self.toks[t.i - 1].lower_ in HONORIFICS and not self.taken[t.i - 1]:
                    start = t.i - 1
                self.add(start, t.i + 1, t.i, "name", "PERSON", [by_part[t.lower_.strip("\u200b")]])

    def _unrecognised_speakers(self) -> None:
        """A capitalised name the recogniser missed, subject of a verb of saying ("Baxter said"):
        a person; a lone surname takes the full name used elsewhere ("Moyra Baxter")."""
        doc, kb = self.doc, self.kb
        kbm_tokens = {i for m in self.kbm for i in range(m.start, m.end)}
        for t in self.toks:
            if (t.dep_ != "nsubj" or t.pos_ != "PROPN" or not t.text[:1].isupper() or self.taken[t.i]
                    or t.i in kbm_tokens or self.not_person[t.i] or t.head.lemma_.lower() not in kb.speech_verbs
                    or t.ent_type_ in ("NORP", "FAC", "DATE", "TIME")):
                continue
            if t.ent_type_ in ("GPE", "LOC", "ORG"):
                # the recogniser called it a place/organisation: a person only if written in full with
                # a known given name elsewhere ("Murray Sinclair ... Sinclair said")
                full = self._full_name_for(t)
                if not full or full.split()[0].lower() not in kb.given_gender:
                    continue
            if t.lower_ in kb.roles or t.lemma_.lower() in kb.terms or t.lower_ in HONORIFICS:
                continue
            comp = [c for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                    and c.text[:1].isupper() and not self.taken[c.i] and c.i not in kbm_tokens]
            start = comp[0].i if comp and comp[-1].i == t.i - 1 else t.i
            if start == t.i:
                name = self._full_name_for(t) or t.text
            else:
                name = doc[start:t.i + 1].text
            if start > 0 and doc[start - 1].lower_ in HONORIFICS:
                start -= 1
            ent = self._link_person(name, PhraseInfo(gender=HONORIFICS.get(doc[start].lower_)))
            self.add(start, t.i + 1, t.i, "name", "PERSON", [ent])

    def _full_name_for(self, t: Token) -> str | None:
        """'Given Surname' written elsewhere in the document for a lone surname."""
        if self._full_names is None:
            self._full_names = {}
            for u in self.toks[1:]:
                prev = self.toks[u.i - 1]
                if u.pos_ == "PROPN" and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha \
                        and prev.i not in self.country_of and prev.lower_ not in self.kb.roles:
                    self._full_names.setdefault(u.text, f"{prev.text} {u.text}")
        return self._full_names.get(t.text)

    def _country_from_employer(self) -> None:
        """'Mykhailo Podolyak, an adviser to President Volodymyr Zelensky': the adviser serves
        Zelensky's country (also 'a spokeswoman for the ministry', 'an official with NATO')."""
        by_token = {i: m.ents[0] for m in self.ments if len(m.ents) == 1 and m.kind == "name"
                    for i in range(m.start, m.end)}
        for ent, role_word in self._serves:
            if ent.country is not None:
                continue
            for prep in role_word.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "for", "with", "of", "at"):
                    continue
                for pobj in prep.children:
                    boss = by_token.get(pobj.i)
                    if pobj.dep_ == "pobj" and boss is not None and boss.country and boss is not ent:
                        ent.country = boss.country
                        break
                if ent.country:
                    break

    def _link_person(self, name: str, info: PhraseInfo) -> Ent:
        parts = name_parts(name)
        words = [w.strip(".") for w in name.lower().split() if w.strip(".")]
        ent: Ent | None = None
        if len(words) >= 2:
            if self.kb.offices_for(name):
                ent = self.office_ent(name)
            else:
                key = f"P:{words[0]} {words[-1]}"
                ent = self.ents.get(key)
                if ent is None:
                    # an earlier surname-only mention of the same person
                    for e in reversed(list(self.ents.values())):
                        if e.kind == "PERSON" and len(e.name.split()) == 1 and e.name_parts <= parts and not e.office:
                            ent = e
                            e.name, e.key = name, key
                            self.ents[key] = e
                            break
                if ent is None:
                    ent = self._ent(key, name=name, kind="PERSON")
        else:
            # a surname (or single name): the latest person of this document carrying it as a whole
            # word ("Valanciunas" is Jonas Valanciunas, not the pairing "Gasol-Valanciunas"), else as
            # part of a hyphenated name ("Jong-un")
            for whole in (True, False):
                for m in reversed(self.ments):
                    e = m.ents[0]
                    if len(m.ents) == 1 and e.kind == "PERSON" and parts and parts <= e.name_parts \
                            and (not whole or parts <= _whole_words(e.name)):
                        ent = e
                        break
                if ent is not None:
                    break
            if ent is None:
                for e in self.ents.values():
                    if e.kind == "PERSON" and parts and parts <= e.name_parts:
                        ent = e
                        break
            if ent is None and self.kb.offices_for(name):
                ent = self.office_ent(name)
            if ent is None:
                ent = self._ent(f"P:{name.lower()}", name=name, kind="PERSON")
        if not ent.name_parts:
            ent.name_parts = parts
        if ent.gender is None and words and (len(words) >= 2 or ent.office is None):
            ent.gender = self.kb.given_gender.get(words[0])
        if len(name.split()) > len(ent.name.split()) and ent.office is None:
            ent.name = name
            ent.name_parts |= parts
        self._learn(ent, info)
        return ent

    def _learn(self, ent: Ent, info: PhraseInfo) -> None:
        """Apply what a title/appositive says; an office in force from the KB is not overridden."""
        if info.gender and not ent.gender:
            ent.gender = info.gender
        if info.head_role:
            ent.head_role = True
        in_office = ent.office is not None and ent.sector not in (None, "ELI")
        if in_office:
            return
        if info.country and not ent.country:
            ent.country = info.country
        if info.sector and (ent.sector is None or ent.office is None):
            ent.sector = "ELI" if info.former else info.sector
            ent.role = ent.role or info.role

    def _actor_position(self, t: Token, locative: set[str]) -> bool:
        """Is a capital/seat used as an actor (subject, object, possessor, 'between X and Y')?"""
        while t.dep_ in ("compound", "flat") and t.head is not t:
            t = t.head
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ in ARG_DEPS:
            return True
        if t.dep_ == "pobj":
            prep = t.head.lower_
            return prep not in locative
        return False

    def _kb_names(self) -> None:
        doc, kb = self.doc, self.kb
        # names inside a longer name of another kind ("the Beijing Olympics", "Kim Il-sung Square")
        others = [(s.start, s.end) for s in doc.ents
                  if s.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")]
        ent_label = {t.i: t.ent_type_ for t in self.toks if t.ent_type_}
        for m in self.kbm:
            if any(self.taken[m.start:m.end]) or any(self.not_person[m.start:m.end]):
                continue
            inside = any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in others)
            if inside and m.kind != "O":
                continue
            head = doc[m.end - 1]          # names are head-final ("the Kremlin", "North Korea")
            if m.kind == "L":
                if ent_label.get(head.i) in ("FAC", "ORG", "GPE"):
                    continue
                ent = self.office_ent(m.key)
                self.add(m.start, m.end, head.i, "name", "PERSON", [ent])
            elif m.kind == "C":
                self.add(m.start, m.end, head.i, "name", "GPE", [self.country_ent(m.key)])
            elif m.kind == "O":
                org = kb.orgs[m.key]
                ent = self._ent(f"O:{org.id}", name=org.name, kind="ORG", country=org.code[:3],
                                sector=org.code[3:] or None)
                self.add(m.start, m.end, head.i, "name", "ORG", [ent])
            elif m.kind == "M":
                met = kb.metonyms[m.key]
                loc = SEAT_LOCATIVE if met.kind == "seat" else LOCATIVE
                if self._actor_position(head, loc):
                    ent = self.group_ent(met.iso3, met.sector)
                    self.add(m.start, m.end, head.i, "metonym", "GPE", [ent])
            elif m.kind == "D":
                pass  # demonyms are read as part of nominal phrases; leftovers below

    def _orgs(self) -> None:
        doc, kb = self.doc, self.kb
        for span in doc.ents:
            if span.label_ != "ORG" or any(self.taken[span.start:span.end]) \
                    or any(self.phrase_tokens[span.start:span.end]):
                continue          # taken, or part of a title ("Secretary of State Antony Blinken")
            start, end = span.start, span.end
            while end > start + 1 and doc[end - 1].lower_ in ("'s", "\u2019s"):
                end -= 1
            toks = list(doc[start:end])
            root = doc[start:end].root
            toks += [t for c in root.children if c.dep_ == "poss" and c.i < start for t in c.subtree]
            info = read_phrase(kb, toks, root, self.country_of)
            name = doc[start:end].text
            if name.lower().startswith("the "):
                name = name[4:]
            name = " ".join(name.split())
            ent = self._ent(f"O:{name.lower()}", name=name, kind="ORG", country=info.country,
                            sector=info.sector)
            self.add(start, end, doc[start:end].root.i, "name", "ORG", [ent])

    # ------------------------------------------------------------------ steps 2-3: nominals and pronouns
    def _nominal_head(self, t: Token) -> bool:
        if t.pos_ not in ("NOUN", "PROPN") or self.taken[t.i] or self.phrase_tokens[t.i]:
            return False
        if t.lower_ not in self.heads and noun_lemma(t) not in self.heads:
            return False
        if t.dep_ in ("compound", "amod") and t.head.i != t.i:
            return False          # "police" in "police officer", "military parades": the head decides
        if t.dep_ == "attr" and not any(c.dep_ == "expl" for c in t.head.children) \
                or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "attr":
            return False          # predicate nominal: "Putin is the first head of state" (not "there were ...")
        return True

    def _nominal_span(self, h: Token) -> tuple[int, int, list[Token]]:
        toks = [h]
        for c in h.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case",
                          "advmod", "npadvmod", "punct") :
                toks.extend(c.subtree)
        group = noun_lemma(h) in self.kb.terms or h.lower_ in self.kb.terms
        for c in h.rights:
            # "leader of North Korea", "dissidents from Egypt", "a court in Guyana", "the mayor of Nablus"
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and group
                                     or c.lower_ == "in" and group and h.tag_ == "NN"):
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if not pobj:
                    continue
                place = self._place_of(pobj[0])
                if place or c.lower_ == "of" and self.taken[pobj[0].i]:
                    toks.extend(c.subtree)
                    if place and pobj[0].i not in self.country_of:
                        self.place_country[h.i] = place
        toks = sorted(set(toks), key=lambda t: t.i)
        start, end = toks[0].i, toks[-1].i + 1
        while start < h.i and (self.toks[start].is_punct or self.toks[start].dep_ == "cc"):
            start += 1
        return start, end, [t for t in toks if start <= t.i < end]

    def _place_of(self, t: Token, depth: int = 0) -> str | None:
        """ISO3 of a place phrase: a country ("Russia"), a country word inside it ("the West Bank city
        of ..."), or a city/region the gazetteer places in one country ("Nablus", "Ontario")."""
        if t.i in self.country_of:
            return self.country_of[t.i]
        for c in t.lefts:
            if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i in self.country_of:
                return self.country_of[c.i]
        if t.ent_type_ in ("GPE", "LOC") and not self.taken[t.i]:
            if self._ents is None:
                self._ents = [e for e in self.doc.ents if e.label_ in ("GPE", "LOC")]
            span = next((e for e in self._ents if e.start <= t.i < e.end), None)
            if span is not None:
                iso = place_country(span.text, self.context_countries)
                if iso:
                    return iso
        if depth < 2 and noun_lemma(t) in PLACE_NOUNS:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            return self._place_of(o, depth + 1)
        return None

    def _nominals_and_pronouns(self) -> None:
        doc = self.doc
        self._gender_evidence()
        for t in self.toks:
            low = t.lower_
            if t.pos_ == "PRON" and low in PRONOUNS:
                self._pronoun(t)
            elif t.pos_ == "PROPN" and low in ("north", "south") and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                    and not self.taken[t.i] and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN"):
                self._the_north(t)
            elif self._nominal_head(t):
                self._nominal(t)
        # leftover demonyms and country adjectives: "Russian operations" -> Russia
        for m in self.kbm:
            if m.kind != "D" or any(self.taken[m.start:m.end]) or any(self.phrase_tokens[m.start:m.end]):
                continue
            nxt = doc[m.end] if m.end < len(doc) else None
            if nxt is not None and nxt.text in ("-", "\u2013"):
                continue                       # "Russian-made", "Soviet-era"
            head = doc[m.start:m.end].root
            self.add(m.start, m.end, head.i, "name", "NORP", [self.country_ent(m.key)])

    def _the_north(self, t: Token) -> None:
        prefix = t.lower_ + " "
        for e in self.ents.values():
            if e.kind == "COUNTRY" and e.name.lower().startswith(prefix):
                self.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [e])
                return

    def _nominal(self, h: Token) -> None:
        kb, doc = self.kb, self.doc
        start, end, toks = self._nominal_span(h)
        if any(self.taken[start:end]) and not any(self.country_of.get(i) for i in range(start, end)):
            return
        info = read_phrase(kb, toks, h, self.country_of)
        if info.country is None and h.i in self.place_country:
            info.country = self.place_country[h.i]
        lemma = noun_lemma(h)
        definite = any(t.lower_ in ("the", "this", "that", "these", "those", "both") or t.dep_ == "poss"
                       for t in toks if t.i < h.i)
        self.phrase_tokens[start:end] = b"\x01" * (end - start)
        # "the country", "the two nations"
        if lemma in kb.country_nouns:
            if info.country:
                return
            if info.plural:
                members = self._recent(lambda e: e.kind == "COUNTRY", h.i, info.count or 2)
                if len(members) >= 2:
                    self.add(start, end, h.i, "nominal", "GROUP", members, name_level=False)
                return
            if definite:
                ms = self._recent(lambda e: e.kind == "COUNTRY", h.i, 1)
                if ms:
                    self.add(start, end, h.i, "nominal", "NOMINAL", ms, name_level=False)
            return
        person_head = lemma in GROUP_PERSON_HEADS or info.head_role
        # plural people named before: "the two leaders", "both leaders", "the two men"
        if info.plural and person_head and not info.country and (info.count or definite):
            want = info.count or 2
            compat = self._person_filter(info)
            members = self._recent(compat, h.i, want)
            if len(members) < want:
                members += [e for e in self._following(compat, h.i, want - len(members)) if e not in members]
            if len(members) >= 2:
                self.add(start, end, h.i, "nominal", "GROUP", members, name_level=False)
                return
            if info.group_term is None:
                return
        demonstrative = any(t.lower_ in ("the", "this", "that") for t in toks if t.i < h.i) \
            and not any(t.dep_ == "poss" for t in toks)
        if (lemma in kb.org_nouns or info.group_term is not None) and demonstrative and not info.country \
                and not info.plural and not any(c.dep_ == "appos" for c in h.children):
            # "the agency", "the union": the organisation named shortly before
            org = self._recent_org(h, lemma, info.sector if lemma not in kb.org_nouns else None)
            if org is not None:
                self.add(start, end, h.i, "nominal", "NOMINAL", [org], name_level=False)
                return
            if lemma in kb.org_nouns:
                return
        countries = list(dict.fromkeys(self.country_of[t.i] for t in toks if t.i in self.country_of))
        if len(countries) > 1 and any(t.dep_ == "cc" for t in toks) and (info.group_term or info.plural):
            # "US and British activists": one group per country
            members = [self.group_ent(c, info.sector, plural=True) for c in countries]
            self.add(start, end, h.i, "nominal", "GROUP", members, name_level=False)
            return
        if info.group_term is not None or info.plural:
            if info.sector is None and info.country is None:
                return
            ent = self.group_ent(info.country, info.sector, plural=info.plural, noun=h.text)
            self.add(start, end, h.i, "nominal", "NOMINAL", [ent], name_level=False)
            return
        if info.role is None:
            return
        # a singular person by role: corefer with a person of the document, else the KB's office holder
        ent = None
        if definite:
            compat = self._person_filter(info)
            found = self._recent(compat, h.i, 1)
            ent = found[0] if found else None
            if ent is None and info.country:
                # "the Russian leader", "Iran's foreign minister": the KB's office holder on that date
                holders = kb.holders_of(info.country, info.role, self.day)
                if not holders and info.head_role and info.role not in SPECIFIC_HEAD_TITLES:
                    holders = kb.heads_of(info.country, self.day)
                if holders:
                    ent = self.office_ent(holders[0].name)
        if ent is None:
            if info.country is None and not definite:
                return
            cname = kb.country_name(info.country)
            name = f"{cname} {info.role}" if cname else info.role
            ent = self._ent(f"R:{info.country}:{info.role}", name=name, kind="PERSON", country=info.country,
                            sector="ELI" if info.former else info.sector, role=info.role, gender=info.gender)
        self.add(start, end, h.i, "nominal", "NOMINAL", [ent], name_level=False)

    def _recent_org(self, h: Token, lemma: str, sector: str | None) -> Ent | None:
        """The organisation a definite "the agency" / "the union" refers back to. A sector noun
        (union, company) needs an organisation of that sector or whose name contains the noun."""
        sent = self.sent_of[h.i]
        best = None
        for m in self.ments:
            if m.start >= h.i or sent - m.sent > 5 or len(m.ents) != 1 or m.ents[0].kind != "ORG":
                continue
            e = m.ents[0]
            named = lemma in e.name.lower()
            if sector is not None and not named and e.sector not in (None, sector):
                continue
            if best is None or (named, m.start) > best[0]:
                best = ((named, m.start), e)
        return best[1] if best else None

    def _person_filter(self, info: PhraseInfo):
        kb = self.kb

        def ok(e: Ent) -> bool:
            if e.kind != "PERSON" or e.plural:
                return False
            if info.country and e.country and e.country != info.country:
                return False
            if info.country and not e.country:
                return False
            if info.gender and e.gender and info.gender != e.gender:
                return False
            if info.role is None:
                return True
            is_head = e.head_role or kb.is_head_role(e.role) or (e.sector == "GOV" and e.role is None)
            if info.head_role and info.role not in SPECIFIC_HEAD_TITLES:
                return is_head                     # leader, autocrat, dictator: any head
            if e.role and info.role in e.role.lower():
                return True
            return info.head_role and is_head and e.role is None
        return ok

    def _recent(self, ok, before: int, n: int) -> list[Ent]:
        """The n most recently mentioned distinct entities before token `before` that pass `ok`."""
        earlier = (m for m in sorted(self.ments, key=lambda m: m.start, reverse=True) if m.start < before)
        return self._first_entities(earlier, ok, n)

    def _following(self, ok, after: int, n: int) -> list[Ent]:
        """The n first distinct entities mentioned after token `after` that pass `ok`."""
        later = (m for m in sorted(self.ments, key=lambda m: m.start) if m.start > after)
        return self._first_entities(later, ok, n)

    @staticmethod
    def _first_entities(ments, ok, n: int) -> list[Ent]:
        """The first n distinct single-entity mentions' entities, in the given order, that pass `ok`."""
        out: list[Ent] = []
        for m in ments:
            if len(m.ents) != 1:
                continue
            e = m.ents[0]
            if e not in out and ok(e):
                out.append(e)
                if len(out) >= n:
                    break
        return out
