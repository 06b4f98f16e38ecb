"""Names, step 2: people the entity recogniser missed or named only in part -- a bare surname after the full
name, a social-media handle, a speaker of "said" the recogniser did not tag, a given name before a known surname.

A mixin of `NameFinder` (names.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.actors.document import hashtag_word
from newsgraph.actors.entities import Ent
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.people import POSSESSIVE, name_like, name_parts
from newsgraph.actors.phrases import PhraseInfo, read_phrase
from newsgraph.datafile import word_list
from newsgraph.nlp.cache import lefts

# entity labels a lone surname of someone named in full may carry: the recogniser often calls a name before a
# typographic possessive a product or a title ("denied Swift’s claims"; session 15)
_SURNAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


def _month_as_doer(t: Token) -> bool:
    """"May has received strong backing": a surname that is also a month, read as a date on its own, is the
    person when it is the subject of a verb of action (a month is the subject of "be", not of "received";
    session 20)."""
    return t.ent_type_ == "DATE" and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I") \
        and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" and t.head.lemma_.lower() != "be"


_BODY_NOUNS = word_list("kb", "APPOSITION_BODY_NOUNS")
# articles joined by a hyphen to an Arabic family name ("al-Burhan", "el-Sisi"): wire copy names the person a
# second time without it (kb NAME_ARTICLES; session 44 act48)
_NAME_ARTICLES = word_list("kb", "NAME_ARTICLES")


def _name_article(surname: str) -> str:
    """The article and hyphen a lower-case surname opens with ("al-" of "al-burhan"), or "" when it has none or
    nothing of a name is left after it."""
    head, sep, rest = surname.partition("-")
    return head + sep if sep and head in _NAME_ARTICLES and len(rest) >= 3 else ""


class Surnames:
    def bare_surnames(self, skip: set[int] | None = None) -> None:
        """Surnames the entity recogniser missed ("Traeger said") of people named in full elsewhere (not of the
        people whose ids are in `skip`: a second pass reads only the people named since the first)."""
        view, table = self.view, self.table
        by_part: dict[str, Ent] = {}
        firsts: dict[str, list[Ent]] = {}
        for e in table.ents.values():
            if skip is not None and id(e) in skip:
                continue
            if e.kind == "PERSON" and len(e.name.split()) >= 2:
                words = e.name.split()
                last = words[-1].lower().strip(".,")
                by_part.setdefault(last, e)
                article = _name_article(last)
                if article:     # "Abdel Fattah al-Burhan ... Burhan said": the surname without its article
                    by_part.setdefault(last[len(article):], e)
                if skip is None:        # (given names and one-word names: the first pass only)
                    firsts.setdefault(words[0].lower().strip(".,"), []).append(e)
        ambiguous: dict[str, list[Ent]] = {}
        for first, es in firsts.items():   # a given name alone ("Jayme") when only one person has it
            if len(es) == 1 and first not in by_part and first not in self.honorifics:
                by_part[first] = es[0]
            elif len(es) > 1 and first not in by_part and first not in self.honorifics:
                ambiguous[first] = es      # a family name written first ("Park Ji-woo", "Park Min-jun")
        for e in table.ents.values():        # people known by one name ("Demi") the recogniser missed later
            if skip is None and e.kind == "PERSON" and len(e.name.split()) == 1 and e.office is None:
                by_part.setdefault(e.name.lower(), e)
        if not by_part and not ambiguous:
            return
        first_named = {}
        if ambiguous:
            for m in table.ments:
                if m.kind == "name" and len(m.ents) == 1:
                    first_named[id(m.ents[0])] = min(first_named.get(id(m.ents[0]), m.start), m.start)
        toks, lowers = view.toks, view.lowers
        self.hyphened_surnames(by_part)
        for t in toks:
            key = lowers[t.i].strip("\u200b")
            if key not in by_part and key in ambiguous:
                # of several people who share the word, the only one named in full before it (round24)
                named = [e for e in ambiguous[key] if first_named.get(id(e), len(toks)) < t.i]
                if len(named) != 1:
                    continue
                by_part[key] = named[0]
                person = named[0]
            elif key not in by_part:
                continue          # (the test below needs it; the cheapest part first)
            else:
                person = None
            # a name the KB knows as a country may be a first name ("Jordan said" after "Jordan Stewart")
            # (or, whatever the recogniser calls it, when someone of that surname is named in full and the
            # name is the subject of a verb of saying: "anchor Jane Holland ... Holland recalled";
            # round24)
            kb_name = t.i in view.kbm_tokens and not (
                (t.ent_type_ == "PERSON" or by_part[key].name.split()[-1].lower().strip(".,") == key)
                and view.speech_subject(t))
            proper = name_like(t, toks)
            month = _month_as_doer(t)
            if ((proper or month) and t.text[:1].isupper() and not table.taken[t.i] and not kb_name
                    and not table.not_person[t.i] and t.lower_.strip("\u200b") in by_part
                    and (t.ent_type_ in _SURNAME_LABELS or month)
                    and not (t.i + 1 < len(toks) and toks[t.i + 1].pos_ == "PROPN"
                             and not toks[t.i + 1].lower_ in POSSESSIVE)):
                start = t.i
                if t.i > 0 and toks[t.i - 1].lower_ in self.honorifics and not table.taken[t.i - 1]:
                    start = t.i - 1
                table.add(start, t.i + 1, t.i, "name", "PERSON", [by_part[key]])
            if person is not None:
                del by_part[key]

    def hyphened_surnames(self, by_part: dict[str, Ent]) -> None:
        """"Ann Smith-Jones ... Smith-Jones said": the tokenizer splits a double-barrelled surname into three words
        and the recogniser often calls the bare one an organisation, so it became an actor of its own (or two,
        "Wilson" and "Raybould", when the parser hung each word on the verb). The three words written together
        are the person named in full with that surname (session 49 lead)."""
        view, table, toks = self.view, self.table, self.view.toks
        hyphened = {k: e for k, e in by_part.items() if "-" in k and not _name_article(k)}
        if not hyphened:
            return
        for t in toks[:-2]:
            dash, second = toks[t.i + 1], toks[t.i + 2]
            if dash.text != "-" or t.whitespace_ or dash.whitespace_ or not t.text[:1].isupper():
                continue
            ent = hyphened.get(f"{view.lowers[t.i]}-{view.lowers[second.i]}")
            if ent is None or any(table.taken[i] for i in range(t.i, t.i + 3)):
                continue
            if t.i > 0 and toks[t.i - 1].pos_ == "PROPN" and toks[t.i - 1].text[:1].isupper() \
                    and not toks[t.i - 1].is_sent_start:
                continue        # part of a longer name ("Ann Smith-Jones" itself, "Tom Smith-Jones")
            head = second if second.head.i not in (t.i, dash.i) else t
            table.add(t.i, t.i + 3, head.i, "name", "PERSON", [ent])

    def lone_office_aliases(self) -> list[Span]:
        """"Lula signs trade deals", "Lula hosts Argentine leader": a capitalised one-word alias of an office holder
        of the KB in office on the publication date that the recogniser left unlabelled and the tagger may call an
        adjective or a common noun; it is that person where it stands as a name does (`name_like`: a proper noun,
        or a noun or adjective before a verb, a conjunction or a comma). The word in lower case ("a dish of lula")
        never is (round40, session 38 act42)."""
        view, kb = self.view, self.kb
        out = []
        for t in view.toks:
            if t.ent_type_ or not t.is_alpha or not (t.text[:1].isupper() and t.text[1:].islower()) \
                    or t.i in view.kbm_tokens or t.lower_ in kb.roles or not name_like(t, view.toks):
                continue
            if any(o.held_on(view.day) for o in kb.offices_for(t.text)) and not kb.lookup_country(t.text):
                out.append(Span(t.doc, t.i, t.i + 1, label="PERSON"))
        return out

    def relatives_of_kb_people(self) -> None:
        """"Ivanka Trump visited ...": a known given name right before the surname of a KB person (an office
        holder, a dated Phoenix person) when the KB knows no one by the whole name and the KB person does not
        bear that given name is another bearer of the surname -- a person of their own, also when the
        recogniser missed the name (a relative is not the office holder; round27)."""
        view, table, kb = self.view, self.table, self.kb
        toks = view.toks
        for sur in toks[1:]:
            given = toks[sur.i - 1]
            if not (sur.pos_ == "PROPN" and sur.is_alpha and sur.text[:1].isupper() and not sur.is_upper
                    and given.pos_ == "PROPN" and given.is_alpha and given.text[:1].isupper() and not given.is_upper
                    and (given.lower_ in kb.given_gender
                         or given.dep_ in ("compound", "flat") and given.head.i == sur.i
                         and given.ent_type_ in ("", "PERSON") and given.i not in view.country_of)
                    and given.lower_ not in self.honorifics and given.lemma_.lower() not in kb.terms
                    and given.lower_ not in kb.org_nouns and given.lower_ not in kb.place_heads   # "Team Trump"
                    and given.lower_ not in kb.roles and not table.taken[given.i] and not table.taken[sur.i]
                    and given.i not in view.kbm_tokens and given.whitespace_ == " "):
                continue
            if sur.i + 1 < len(toks) and toks[sur.i + 1].pos_ == "PROPN" and toks[sur.i + 1].text[:1].isupper():
                continue          # a longer name
            if given.i > 0 and toks[given.i - 1].pos_ == "PROPN" and toks[given.i - 1].text[:1].isupper() \
                    and toks[given.i - 1].lower_ not in kb.roles and toks[given.i - 1].lower_ not in self.honorifics \
                    and not toks[given.i - 1].is_upper:
                continue
            names = [n for o in kb.offices_for(sur.text) for n in (o.name, *o.aliases)]
            names += [n for a in kb.named_for(sur.text) if a.dated for n in (a.name, *a.aliases)]
            full = f"{given.text} {sur.text}"
            if not names or kb.offices_for(full) or kb.named_for(full):
                continue
            if any(given.lower_ in {w.strip(".,").lower() for w in n.split()} for n in names):
                continue          # "Donald Trump": the KB person's own given name
            ent = self.link_person(full, PhraseInfo(gender=kb.given_gender.get(given.lower_)), "title")
            table.add(given.i, sur.i + 1, sur.i, "name", "PERSON", [ent])
            ent.alias(full)

    def handles(self) -> None:
        """A social-media handle that spells a person's name ("@JaneRoe", "@jane_roe") of a person the text
        names in full is that person: "Senator @JaneRoe did a fine job" praises her (session 24). Only a
        handle whose words are all of one person's full name (or its first and last words) counts."""
        table = self.table
        people: dict[str, Ent] = {}
        for e in table.ents.values():
            if e.kind == "PERSON" and not e.generic and len(e.name.split()) >= 2:
                words = [w.lower().strip(".,") for w in e.name.split()]
                for key in ("".join(words), words[0] + words[-1]):
                    if people.get(key, e) is not e:
                        people[key] = None          # two people of that spelling: neither
                    else:
                        people[key] = e
        if not people:
            return
        for t in self.view.toks:
            if t.text[:1] != "@" or len(t.text) < 4:
                continue
            person = people.get(re.sub(r"[^a-z]", "", t.text[1:].lower()))
            if person is None:
                continue
            if not table.taken[t.i]:
                table.add(t.i, t.i + 1, t.i, "name", "PERSON", [person])
                continue
            for m in table.ments:
                # the recogniser took the handle for a person of its own: it is the one named in full
                if m.start == t.i and m.end == t.i + 1 and len(m.ents) == 1 and m.ents[0].name.startswith("@"):
                    m.ents = [person]

    def unrecognised_speakers(self) -> None:
        """A capitalised name the recogniser missed, subject of a verb of saying ("Baxter said"):
        a person; a lone surname takes the full name used elsewhere ("Moyra Baxter")."""
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        # organisations' names the recogniser cut, missed or called a person's, made whole or relabelled in view.ents
        # (body_names.py, round39; name_descriptors.py, round42)
        org_tokens = {i for e in view.ents if e.label_ == "ORG" and e[0].ent_type_ != "ORG" for i in range(e.start, e.end)}
        for t in view.toks:
            if view.deps[t.i] != "nsubj" or view.pos[t.i] not in ("PROPN", "NOUN"):
                continue          # (the test below repeats it; the cheapest part first)
            if t.pos_ == "NOUN" and not self.surname_read_as_noun(t):
                continue
            if (t.dep_ != "nsubj" or not t.text[:1].isupper() or table.taken[t.i]
                    or t.i in view.kbm_tokens or table.not_person[t.i]
                    or t.head.lemma_.lower() not in kb.speech_verbs
                    or t.ent_type_ in ("NORP", "FAC", "DATE", "TIME")
                    or hashtag_word(t)):
                continue          # (nor a hashtag: "#Justdoit," he wrote)
            if t.ent_type_ == "PERSON" and any(e.start <= t.i < e.end and self.region_called_person(e)
                                               for e in view.ents):
                continue          # "Kerala said": a state's government, read with the organisations (ctry31)
            if t.ent_type_ in ("GPE", "LOC", "ORG") or t.i in org_tokens:
                # the recogniser called it a place/organisation: a person only if written in full with
                # a known given name elsewhere ("Murray Sinclair ... Sinclair said")
                full = self.full_name_for(t)
                if not full or full.split()[0].lower() not in kb.given_gender:
                    continue
            if t.lower_ in kb.roles or t.lemma_.lower() in kb.terms or t.lower_ in self.honorifics \
                    or t.lower_ in kb.thing_names or self.possessive_business(doc[t.i:t.i + 1]):
                continue          # (nor a thing: "the Bible tells us ...")
            comp = [c for c in lefts(t) if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                    and c.text[:1].isupper() and not table.taken[c.i]
                    and (c.i not in view.kbm_tokens or c.i in view.given_name_demonyms)]
            while comp and (comp[0].lower_ in kb.roles or comp[0].lower_ in self.honorifics):
                comp = comp[1:]   # "Mayor Ingrid Vogl said": the title is read as a title below (session 27)
            start = comp[0].i if comp and comp[-1].i == t.i - 1 else t.i
            if start == t.i:
                name = self.full_name_for(t) or t.text
            else:
                name = doc[start:t.i + 1].text
            body = self.described_body(t)
            if body is not None:
                # "Frontex, the European border agency, said": an apposition that says it is a body, not a person
                # (session 31 lead)
                iso, sector = body
                ent = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector=sector)
                if iso and ent.country is None:
                    ent.set_country(iso, "apposition")
                table.add(start, t.i + 1, t.i, "name", "ORG", [ent])
                continue
            if start > 0 and doc[start - 1].lower_ in self.honorifics:
                start -= 1
            info = PhraseInfo(gender=self.honorifics.get(doc[start].lower_))
            # a title before the name the recogniser missed is read as for any name ("the outgoing PM
            # Ana Novak said": GOV, whose country the story gives; round24)
            title_toks = [] if start < t.i and doc[start].lower_ in self.honorifics else self.title_phrase(start, t)
            if title_toks:
                country_of = {k: v for k, v in view.country_of.items() if not start <= k <= t.i}
                tinfo = read_phrase(kb, title_toks + [t], None, country_of, view.org_code_of)
                tinfo.gender = tinfo.gender or info.gender
                info = tinfo
                origin = None if info.country else self.origin_country(t, None)
                if origin:
                    info.country = origin       # "Mayor Ingrid Vogl of Graz said" (session 27)
            ent = self.link_person(name, info, "place" if title_toks and origin else "title")
            if title_toks:
                table.phrase_tokens[title_toks[0].i:start] = b"\x01" * (start - title_toks[0].i)
                start = title_toks[0].i
            table.add(start, t.i + 1, t.i, "name", "PERSON", [ent])

    def described_body(self, t: Token) -> tuple[str | None, str | None] | None:
        """(country, sector) when a name the recogniser missed has an apposition whose head is a noun of an
        organisation ("COGAT, the Israeli defence body that ...", "Frontex, the European border agency"): it names
        a body, placed by the apposition's nationality or place, not a person. None otherwise."""
        appos = self.appositive(t)
        if appos is None or appos[1].lemma_.lower() not in _BODY_NOUNS | self.kb.org_nouns:
            return None
        view = self.view
        info = read_phrase(self.kb, appos[0], appos[1], view.country_of, view.org_code_of)
        if info.role is not None or not info.country or info.country in NON_STATE_COUNTRY:
            return None     # (a body of an international organisation is left to the rules for those)
        return info.country, info.sector

    def surname_read_as_noun(self, t: Token) -> bool:
        """"M. Dane Waters predicted": a capitalised common noun inside a sentence whose left compounds are a
        name the recogniser missed (a given name or an initial) is that name's surname (session 27)."""
        kb = self.kb
        if t.i == t.sent.start or t.tag_ not in ("NN", "NNS") or not t.text[:1].isupper() or t.text.isupper() \
                or t.lemma_.lower() in kb.roles or t.lemma_.lower() in kb.terms:
            return False        # ("Tory MPs said": a plural or a role is no surname)
        comps = [c for c in lefts(t) if c.dep_ in ("compound", "flat")]
        return bool(comps) and comps[-1].i == t.i - 1 and all(c.pos_ == "PROPN" and c.text[:1].isupper()
                                                              for c in comps)

    def given_names_before_surnames(self) -> None:
        """A person known so far by one word ("Lindsay") whose given name stands right before that word
        somewhere ("Patrice Lindsay, director of ..." where the recogniser took only the surname, or
        labelled "Morgan McNeely" an organisation) is named in full. Only when one given name is ever
        written before the surname: two ("Dorie Greenspan", "Michael Greenspan") are two people."""
        view, table, kb = self.view, self.table, self.kb
        toks = view.toks
        given: dict[int, tuple[Ent, set[str], list]] = {}
        title_words = {w for role in kb.roles for w in role.split()}     # "prince" of "crown prince"
        for m in table.ments:
            if m.kind != "name" or len(m.ents) != 1 or m.head == 0:
                continue
            e = m.ents[0]
            if e.kind != "PERSON" or e.office is not None or len(e.name.split()) != 1 \
                    or toks[m.head].text != e.name or m.end != m.head + 1:
                continue
            entry = given.setdefault(id(e), (e, set(), []))
            # the word before the surname, outside the mention or read as its title ("Mamadou Dia")
            p = toks[m.head - 1]
            outside = p.i < m.start
            # the tagger may read a given name as a word ("Will Young": a modal verb)
            named = p.pos_ == "PROPN" or p.pos_ in ("AUX", "VERB", "NOUN", "ADJ") and p.dep_ in ("compound", "flat") \
                and p.head.i == m.head
            if (named and p.is_alpha and p.text[:1].isupper() and not p.is_upper
                    and p.whitespace_ == " " and not (outside and table.taken[p.i]) and p.i not in view.kbm_tokens
                    and p.lower_ not in title_words and p.lower_ not in self.honorifics and p.lemma_.lower() not in kb.terms
                    and (p.lower_ in kb.given_gender or p.dep_ in ("compound", "flat") and p.head.i == m.head)):
                entry[1].add(p.text)
                if outside:
                    entry[2].append(m)
        for e, firsts, ments in given.values():
            if len(firsts) != 1:
                continue
            first = next(iter(firsts))
            full = f"{first} {e.name}"
            e.name = full
            e.name_parts |= name_parts(full)
            e.alias(full)
            if e.gender is None:
                e.gender = kb.given_gender.get(first.lower())
            for m in ments:
                m.start -= 1
                table.taken[m.start] = 1

    def sole_full_name(self, surname: str) -> str | None:
        """The one full name ("Hillary Clinton") among the text's PERSON names that ends in this single
        name, however far ahead: a headline or lead may call someone by surname before naming them in
        full. None when no name or several do ("Hillary Clinton" and "Bill Clinton")."""
        if self._sole_full is None:
            found: dict[str, set[str]] = {}
            for e in self.view.ents:
                words = [t.text for t in e if t.lower_ not in POSSESSIVE and not t.is_punct]
                if e.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
                    found.setdefault(words[-1].lower(), set()).add(" ".join(words))
            self._sole_full = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._sole_full.get(surname.lower())

    def may_be_full_name(self, surname: str, full: str, info: PhraseInfo) -> bool:
        """Can a lone surname be the one full name the text gives later? Not when the KB knows the surname
        alone as an office holder and not the full name ("Trump ...", later "Melania Trump": the surname is
        the president's), nor when the surname's honorific and the full name's given name differ in gender
        ("Mr. Obama ...", later "Michelle Obama")."""
        if self.kb.offices_for(surname) and not self.kb.offices_for(full):
            return False
        return not self.gender_clash(info.gender, full.split()[0])

    def gender_clash(self, gender: str | None, given: str) -> bool:
        """A known gender (an honorific's, a given name's) against a given name the KB knows as the other's."""
        g = self.kb.given_gender.get(given.strip(".").lower())
        return bool(gender and g and gender != g)

    def full_name_for(self, t: Token) -> str | None:
        """'Given Surname' written elsewhere in the document for a lone surname."""
        if self._full_names is None:
            toks = self.view.toks
            self._full_names = {}
            for u in toks[1:]:
                prev = toks[u.i - 1]
                if u.pos_ == "PROPN" and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha \
                        and prev.i not in self.view.country_of and prev.lower_ not in self.kb.roles:
                    self._full_names.setdefault(u.text, f"{prev.text} {u.text}")
        return self._full_names.get(t.text)
