"""Nominals outside role and group nouns, each an entry point of resolve.py: an epithet that re-names the person
the story is about ("the rookie defenceman said", "the Kentucky Republican said", "The 56-year-old"), an age used as
a noun ("a 16-year-old was killed"), a person noun predicated of a person ("she is the group's spokeswoman"), and
demonyms as a country's people ("200 Kenyans returned") or as the country ("Russian operations").

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.actors.phrases import PERSON_SUFFIXES, noun_lemma, read_phrase
from newsgraph.actors.role_predicates import placed_where_held, posted_role, predicated_subject
from newsgraph.nlp.cache import children, has_the, subtree, lefts

# where a plural demonym is a noun phrase of its own ("Kenyans returned", "deported 40 Kenyans")
PEOPLE_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"}
_AGE = re.compile(r"\d{1,3}-year-old", re.I)
AGE_PERSON_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"}


class Epithets:
    def predicate(self, h: Token) -> bool:
        """"Morrison was the third witness to testify", "she is the group's spokeswoman": a person noun
        predicated of a person subject names that person (a predicate nominal is no new actor: is_head
        leaves it out). Whether it named one."""
        table, kb = self.table, self.kb
        if table.taken[h.i] or table.phrase_tokens[h.i]:
            return False
        lemma = noun_lemma(h)
        if lemma not in kb.roles and lemma not in kb.agents or h.tag_ in ("NNS", "NNPS"):
            return False
        # ("Oduya became mayor of Lagos", "Khan was elected as mayor of London": role_predicates, round49)
        subj = predicated_subject(h)
        if subj is None:
            return False
        ent = next((m.ents[0] for m in table.latest_before(subj.i + 1, subj.i)
                    if m.head == subj.i and len(m.ents) == 1), None)
        if ent is None or ent.kind != "PERSON":
            return False
        start, end, toks = self.span(h)
        held = placed_where_held(h) and not self.state_post(lemma)
        if held:    # "worked as a doctor in Gaza": where the post is held, not whose it is (round50)
            where = {t.i for c in children(h) if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in subtree(c)}
            toks = [t for t in toks if t.i not in where]
        info = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
        by_place = info.country is None and h.i in self.place_country and not posted_role(toks) and not held
        if by_place:
            # "the mayor of Lagos": its place's (round49); not "a doctor in Gaza", "the Moscow bureau chief"
            # (round50)
            info.country = self.place_country[h.i]
        elif info.country and posted_role(toks) and info.country in {
                self.view.town_places.get(t.idx) or self.view.metonym_towns.get(t.idx) for t in toks}:
            info.country = None     # "the Moscow bureau chief": where the holder is sent (round50)
        if info.country and ent.country and info.country != ent.country:
            return False          # "Ruiz is a Chilean diplomat" of a Peruvian: the text does not say it
        if info.country and ent.country is None and info.country not in ent.foreign_to:
            # "Pedro Ruiz is a Chilean diplomat": the text places and titles him, as an apposition would
            ent.set_country(info.country, "apposition")
            ent.placed_by_predicate = by_place     # the office's place: not where the story is (round50)
            if ent.sector is None and info.sector:
                ent.sector, ent.role = ("ELI" if info.former else info.sector), ent.role or info.role
        self.claim(start, end, h.i, [ent])
        return True

    def epithet(self, h: Token) -> None:
        """'“...,” the rookie defenceman said': a definite description that speaks, with a head the
        knowledge base does not know ("defenceman", "brawler", "proprietor"), names the person the
        story is about at that point -- the last named person who was a subject within EPITHET_SENTENCES.
        So does one with a nationality or a bare age, whatever its verb ("The Brazilian striker was
        substituted", "The 56-year-old had been out of work"), and the nationality is then the person's."""
        kb, table, view = self.kb, self.table, self.view
        if h.dep_ not in ("nsubj", "nsubjpass") or table.taken[h.i] or table.phrase_tokens[h.i]:
            return
        nation = next((view.country_of[c.i] for c in children(h) if c.dep_ == "amod" and c.i in view.country_of),
                      None)
        # "The 56-year-old said": the parse makes "old" the subject, with "year" under it
        bare_age = h.lower_ == "old" and h.pos_ == "ADJ" and any(c.lower_ in ("year", "month") for c in children(h))
        if h.pos_ == "NOUN" and h.tag_ == "NN":
            if h.head.lemma_.lower() not in kb.speech_verbs and nation is None:
                return
        elif not bare_age:
            return
        lemma = noun_lemma(h)
        # an age says the description is a person whatever its head ("the 31-year-old left back said")
        aged = bare_age or any(c.dep_ == "amod" and (_AGE.fullmatch(c.text) or c.lower_ == "old" and any(
            g.lemma_.lower() in ("year", "month") for g in children(c))) for c in children(h))
        if not has_the(h):
            return
        if not bare_age and (lemma in self.heads and not aged or lemma in kb.document_nouns
                             or lemma in kb.org_nouns or lemma in kb.agents
                             or not (aged or lemma.endswith(PERSON_SUFFIXES)) or lemma.endswith("ment")):
            return            # "the Calgary-based railway said" is no person
        # "... arrested an Australian man, a police spokesman said. The 29-year-old was ...": the one arrested, not
        # the spokesman who spoke last (round41, session 39 act43)
        e = self.described_person_before(h, accused=True) if bare_age else None
        if e is None and (nation or bare_age):
            e = self.story_person_described(h, nation)
        elif e is None:   # a speaking description keeps the story's subject: "the rookie said"
            e = self.last_subject_person(h)
        if e is None and bare_age:
            # "Police arrested a Moroccan man ... The 24-year-old was detained at his home": no one named, the
            # described person of that or the previous sentence (round34)
            e = self.described_person_before(h)
        if e is None:
            return
        self.claim(min(t.i for t in subtree(h) if t.i <= h.i), h.i + 1, h.i, [e])

    def party_epithet(self, h: Token) -> bool:
        """'"...," the Kentucky Republican said': a party member's epithet ("the Ohio Democrat", "the Alberta
        Conservative") that speaks re-names the person the story is about at that point -- the last named
        subject or speaker, when nobody else was named since -- and a state or province before it places
        them (as a nationality does, `story_person_described`; session 28 ctry29). Whether it named one."""
        if not has_the(h) or not self.speaks(h) or self.table.phrase_tokens[h.i]:
            return False
        towns = self.view.town_places
        places = {towns[t.idx] for c in lefts(h) if c.dep_ in ("compound", "amod", "nmod")
                  for t in subtree(c) if t.idx in towns}
        if len(places) > 1:
            return False
        person = self.story_person_described(h, next(iter(places), None))
        if person is None:
            return False
        self.claim(min(t.i for t in subtree(h) if t.i <= h.i), h.i + 1, h.i, [person])
        return True

    def leftover_demonyms(self) -> None:
        """Demonyms and country adjectives not read as part of a phrase: "Russian operations" -> Russia."""
        for m in self.view.kbm:
            view = self.view    # (a bare "Victorian" is no actor, nor the "Dane" of "Dane Waters")
            if m.kind == "D" and m.start not in view.regional and m.start not in view.given_name_demonyms:
                self._demonym(m)

    def age_person(self, t: Token) -> bool:
        """"A 16-year-old was killed", "police arrested a 19-year-old": an age used as a noun names a person
        (a private one, CVL; the story gives the country as for any person noun). Each phrase is its own
        person: "a 16-year-old" and "a 19-year-old" are two (session 24)."""
        if t.lower_ != "old" or t.dep_ not in AGE_PERSON_DEPS or self.table.taken[t.i]:
            return False
        spans = [c for c in children(t) if c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month")]
        if not spans or not any(g.dep_ == "nummod" for g in children(spans[0])):
            return False
        start, end = t.left_edge.i, t.i + 1
        if any(self.table.taken[i] for i in range(start, end)):
            return False
        if self.view.doc[start].lower_ not in ("a", "an"):
            return False        # "The 61-year-old said": an epithet of a person named before (`epithet`)
        phrase = self.view.doc[start:end].text
        key = "R:None:age:" + phrase.lower()
        ent = self.table.ent(key, name=phrase, kind="PERSON", sector="CVL", generic=True, local=True)
        self.claim(start, end, t.i, [ent])
        return True

    def people_noun(self, t: Token) -> bool:
        """A demonym used as a plural noun ("nearly 200 Kenyans returned home"): the country's people, added
        in text order like any nominal, so that a "they" after it can take it up; whether it did."""
        if self._people_nouns is None:
            self._people_nouns = {m.start: m for m in self.view.kbm if m.kind == "D" and m.end == m.start + 1
                                  and m.start not in self.view.regional}
        m = self._people_nouns.get(t.i)
        if m is None or t.tag_ not in ("NNPS", "NNS") or t.dep_ not in PEOPLE_NOUN_DEPS:
            return False
        return self._demonym(m, people=True)

    def _demonym(self, m, people: bool = False) -> bool:
        view, table = self.view, self.table
        doc = view.doc
        if any(table.taken[m.start:m.end]) or any(table.phrase_tokens[m.start:m.end]) or view.place_name_part(m):
            return False
        if self._names is None:
            self._names = [(s.start, s.end) for s in view.ents if s.label_ in ("GPE", "LOC", "FAC", "ORG")]
        if any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in self._names):
            return False                       # "Spanish Town", "the Turkish Friendship Hospital"
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "\u2013"):
            return False                       # "Russian-made", "Soviet-era"
        head = doc[m.start:m.end].root
        # "Kenyans returned home": the country's people (CVL), not its state; "Russian operations": Russia
        ent = table.group_ent(m.key, "CVL", plural=True, source="name") if people else table.country_ent(m.key)
        table.add(m.start, m.end, head.i, "name", "NORP", [ent])
        return True
