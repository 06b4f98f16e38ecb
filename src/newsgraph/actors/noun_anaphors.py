"""Nominals that re-name a body or group: what a definite "the agency", "the consulate", "the students", "the
three leaders" takes up -- the body, group or members the text named shortly before by the same noun, or the
organisation that a bare "the company" re-names (by its name, its speaking, its place as subject), or the one named
in apposition ("its parent company, Nimbus Holdings").

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.employers import SENT_TO
from newsgraph.actors.entities import Ent
from newsgraph.actors.person_anaphors import PRIVATE_OR_CRIMINAL
from newsgraph.actors.phrases import PhraseInfo, group_term, noun_lemma
from newsgraph.nlp.cache import children
from newsgraph.records import NO_COUNTRY_TYPES

SAME_NOUN_SENTENCES = 3    # how far back a definite plural re-names a group by its noun
PERSON_NOUN_SENTENCES = 4  # ... and a definite plain person noun ("the man") the person last called by it
BODY_NOUN_SENTENCES = 12   # ... and "the leaders" the body whose leaders the text named ("NATO leaders")
PEOPLE_ANAPHOR_SENTENCES = 1    # ... or by a word that only says they are people (PEOPLE_ANAPHORS)
# sectors of bodies and armed groups, whose re-naming context.py resolves
BODY_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "ELI", "REB", "OPP", "UAF"}
PEOPLE_ANAPHORS = word_list("kb", "PEOPLE_ANAPHORS")
LENDER_NOUNS = word_list("kb", "LENDER_NOUNS")                # "the lender" after the IMF (round45)
LENDING_BODY_WORDS = word_list("kb", "LENDING_BODY_WORDS")
ARMED_ANAPHORS = word_list("kb", "ARMED_ANAPHORS")     # "the fighters" going on about armed men (round44)
ARMED_SECTORS = {"MIL", "UAF", "REB"}
VISITOR_NOUNS = word_list("kb", "VISITOR_NOUNS")       # "The visitors" after "a delegation arrived" (act48)
ARRIVAL_VERBS = word_list("kb", "ARRIVAL_VERBS")
PROTESTER_NOUNS = word_list("kb", "PROTESTER_NOUNS")   # "The protesters" after "migrants protested" (act48)
PROTEST_VERBS = word_list("kb", "PROTEST_VERBS")
MEMBER_GROUP_NOUNS = word_list("kb", "MEMBER_GROUP_NOUNS")   # "a delegation of ... lawmakers" (session 44 act48)
# adjectives that say what kind of body a noun names ("the central bank", "the federal agency"), unlike
# those that describe it ("the troubled company")
CLASSIFYING_ADJECTIVES = {"central", "federal", "national", "state", "provincial", "regional", "local",
                          "municipal", "public", "private", "financial", "medical", "military", "judicial"}


class NounAnaphors:
    def same_noun_group(self, h: Token, lemma: str) -> Ent | None:
        """The group a definite plural with no country of its own re-names: the last one named by the same
        noun within SAME_NOUN_SENTENCES before it ("two Algerian students ... the students", "40 Libyan
        fishermen ... the fishermen"), or for a word that only says they are people (PEOPLE_ANAPHORS: "the
        men", "the suspects") the private people named in that or the previous sentence -- when the text
        gave that group a country. Without this the plural
        would be a new group and take the story's country: the place of an arrest or a rescue, not the
        nationality of those arrested or rescued."""
        view = self.view
        sent = view.sent_of[h.i]
        since = view.sent_start[max(0, sent - SAME_NOUN_SENTENCES)]
        nearest = None
        same_noun_seen = False      # ("troops killed six gunmen. The gunmen had ...": those gunmen, no country)
        for m in self.table.latest_before(h.i, since):
            if m.start >= h.i or m.head < since or len(m.ents) != 1 or m.head == h.i:
                continue
            e = m.ents[0]
            same_noun = noun_lemma(view.doc[m.head]) == lemma
            if e.country and e.country_source in ("name", "title", "kb") and self._members_named(m, lemma):
                return e      # ("a delegation of U.S. lawmakers ... The lawmakers": the delegation's members)
            if e.country and e.country_source in ("name", "title", "kb") and self._visitors(h, lemma, m):
                return e      # ("A Kenyan trade delegation arrived in Kampala ... The visitors urged Uganda")
            if e.kind != "GROUP" or not e.country or e.country_source not in ("name", "title", "kb"):
                same_noun_seen = same_noun_seen or same_noun
                continue
            if same_noun and (e.sector not in BODY_SECTORS or lemma in SENT_TO or e.plural):
                return e      # ("two Estonian diplomats ... The diplomats": envoys serve abroad, so the same ones,
                              # whatever the dateline; session 37 lead) -- and so do officials, lawmakers and
                              # activists a plural named with their country ("U.S. lawmakers visiting China ...
                              # The lawmakers met": the same Americans, not the dateline's; session 44 act48)
            if not same_noun_seen and self._armed_topic(h, m, e):
                return e
            if not same_noun_seen and self._protest_doers(h, lemma, m, e):
                return e
            if e.sector in BODY_SECTORS:
                continue      # (forces and officials re-named by another noun are a body's: context.py's coreference)
            if nearest is None and e.plural and e.sector in PRIVATE_OR_CRIMINAL \
                    and sent - m.sent <= PEOPLE_ANAPHOR_SENTENCES:
                nearest = e
        # "two Algerian nationals ... The suspects", "six Russian businessmen ... The men": a word that only
        # says they are people re-names the private people named just before
        return nearest if lemma in PEOPLE_ANAPHORS else None

    def _members_named(self, m, lemma: str) -> bool:
        """Does mention `m` name its members by the noun `lemma` in an of-phrase of its head ("a delegation of
        U.S. lawmakers", "a group of Kenyan doctors")? Then a later "the lawmakers" are those members, of the
        mention's country, and not new people of the dateline's (session 44 act48)."""
        head = self.view.doc[m.head]
        return head.lemma_.lower() in MEMBER_GROUP_NOUNS and any(
            g.tag_ == "NNS" and noun_lemma(g) == lemma
            for c in children(head) if c.dep_ == "prep" and c.lower_ == "of"
            for g in children(c) if g.dep_ == "pobj")

    def _visitors(self, h: Token, lemma: str, m) -> bool:
        """"A Kenyan trade delegation arrived in Kampala on Monday. The visitors urged Uganda ...": a definite noun of
        those who visit (kb VISITOR_NOUNS) re-names the party with a said country whose arrival or visit the text
        told in that sentence or the one before -- as the subject of a verb of arriving (kb ARRIVAL_VERBS) or
        described by one ("lawmakers visiting China", "the visiting Chinese delegation") -- not the hosts, nor new
        people of the dateline's country (session 44 act48)."""
        if lemma not in VISITOR_NOUNS or not 0 <= self.view.sent_of[h.i] - m.sent <= 1:
            return False
        ant = self.view.doc[m.head]
        if ant.dep_ in ("nsubj", "nsubjpass") and ant.head.pos_ == "VERB" and ant.head.lemma_.lower() in ARRIVAL_VERBS:
            return True
        return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in ARRIVAL_VERBS and c.tag_ in ("VBG", "JJ")
                   for c in children(ant))

    def _protest_doers(self, h: Token, lemma: str, m, e: Ent) -> bool:
        """"Hundreds of Zimbabwean migrants protested outside the consulate. The protesters accused Harare": a
        definite noun of those who protest (kb PROTESTER_NOUNS) right after a plural group of people with a said
        country was the subject of a verb of protest (kb PROTEST_VERBS) in the sentence before names those people,
        not new ones of the dateline's country (session 44 act48)."""
        if lemma not in PROTESTER_NOUNS or not e.plural or e.sector in BODY_SECTORS - {"OPP"} \
                or self.view.sent_of[h.i] - m.sent != 1:
            return False
        ant = self.view.doc[m.head]
        if any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == ant.i + 1 and c.lemma_.lower() in PROTEST_VERBS
               for c in children(ant)):
            return True      # ("Hundreds of Zimbabwean migrants protested": the small parser's reduced relative)
        verb = ant.head
        if ant.dep_ == "pobj" and ant.head.lower_ == "of" and ant.head.head.dep_ == "nsubj":
            verb = ant.head.head.head      # "Hundreds of Zimbabwean migrants protested"
        elif ant.dep_ != "nsubj":
            return False
        return verb.pos_ == "VERB" and verb.lemma_.lower() in PROTEST_VERBS

    def _armed_topic(self, h: Token, m, e: Ent) -> bool:
        """"Russian mercenaries killed 20 civilians, residents said. The fighters burned shops": a plain armed noun
        (kb ARMED_ANAPHORS) as the subject right after armed men with a country were the previous sentence's
        subject goes on telling what they did, not of new unidentified gunmen (round44, session 42 act46). Only
        subject after subject: "troops shot three gunmen. The gunmen had fired first" names the other side."""
        view = self.view
        if noun_lemma(h) not in ARMED_ANAPHORS or h.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if not e.plural or e.sector not in ARMED_SECTORS or view.sent_of[h.i] - m.sent != 1:
            return False
        ant = view.doc[m.head]
        return ant.dep_ in ("nsubj", "nsubjpass") and ant.head.pos_ == "VERB"

    def appositive_name(self, h: Token, kind: str) -> Ent | None:
        """The person or organisation a role or organisation noun names in apposition: "her father, Piotr",
        "the club's coach, Ana Ruiz", "its parent company, Nimbus Holdings"."""
        names = [c for c in children(h) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not names:
            return None
        named = self.table.name_entity_at()
        e = named.get(names[0].i)
        return e if e is not None and e.kind == kind and not e.generic else None

    def classified(self, h: Token) -> bool:
        """Does a modifier say what kind of body the noun is ("the health department", "the central bank",
        "the teachers' union")? Then only a body of that name or sector is its antecedent."""
        return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "poss" and c.pos_ == "NOUN"
                   or c.dep_ == "amod" and (c.lower_ in CLASSIFYING_ADJECTIVES or c.lower_ in self.kb.modifiers)
                   for c in children(h))

    def _same_noun_mentions(self, h: Token, lemma: str, sentences: int):
        """The nominal mentions before `h`, latest first, within `sentences` sentences, whose head is the same noun:
        what a definite noun may re-name (same_noun_body, same_noun_person, same_noun_members each take the first
        of the kind they want)."""
        view = self.view
        for m in self.table.latest_before(h.i, view.sent_start[max(0, view.sent_of[h.i] - sentences)]):
            if m.start < h.i and m.head != h.i and m.kind == "nominal" and noun_lemma(view.doc[m.head]) == lemma:
                yield m

    def same_noun_body(self, h: Token, lemma: str) -> Ent | None:
        """The body a definite singular noun re-names when the text named it shortly before by the same noun
        with its country ("Moscow will close the US consulate ... The consulate must stop work"): without
        this "the consulate" is the last organisation named (the ministry that announced the closure)."""
        for m in self._same_noun_mentions(h, lemma, SAME_NOUN_SENTENCES):
            e = m.ents[0] if len(m.ents) == 1 else None
            if e is not None and e.country and (e.kind in ("GROUP", "ORG") or e.kind == "PERSON" and e.generic) \
                    and self.view.doc[m.head].tag_ != "NNS":
                return e        # (people named by a group noun: "A delegation of Kenyan lawmakers ... The delegation" is
                                # the lawmakers its of-phrase named; round47)
        return None

    def same_noun_person(self, h: Token, lemma: str) -> Ent | None:
        """The person the text last called by the same plain noun ("a young man ... the man"), within
        PERSON_NOUN_SENTENCES before it; None when there is none."""
        for m in self._same_noun_mentions(h, lemma, PERSON_NOUN_SENTENCES):
            e = m.ents[0] if len(m.ents) == 1 else None
            if e is not None and e.kind == "PERSON" and not e.plural:
                return e
        return None

    def same_noun_members(self, h: Token, lemma: str, count: int | None) -> list[Ent]:
        """"The leaders of Egypt, Jordan and Qatar met ... the three leaders rejected": a definite plural re-names
        the last mention the text made by the same noun that stood for several actors (as many as its number says,
        when it gives one), within SAME_NOUN_SENTENCES -- not the last persons named (session 35 lead)."""
        for m in self._same_noun_mentions(h, lemma, SAME_NOUN_SENTENCES):
            if len(m.ents) >= 2 and (count is None or len(m.ents) == count):
                return list(m.ents)
        return []

    def body_of_same_noun(self, h: Token, lemma: str) -> Ent | None:
        """"Leaders of the Group of Seven agreed ... [Kishida, Meloni] ... The leaders' communique": a definite plural
        with no number re-names the people the text last called by that noun when they were named by their body
        ("NATO leaders", "leaders of the African Union", "EU ministers") -- that body, not the last two persons
        named; None when the last such noun names no body (round35)."""
        view = self.view
        sent = view.sent_of[h.i]
        start = view.sent_start[max(0, sent - BODY_NOUN_SENTENCES)]
        bodies = {i: m.ents[0] for m in self.table.ments if m.start >= start and m.start < h.i and len(m.ents) == 1
                  and m.ents[0].kind == "ORG" for i in range(m.start, m.end)}
        for t in reversed(view.toks[start:h.i]):
            if t.tag_ != "NNS" or noun_lemma(t) != lemma:
                continue
            if t.i in bodies:
                return bodies[t.i]  # "... the ministers would meet again. The ministers also heard": the body the
                                    # last one re-named (session 46 lead)
            named = [c for c in children(t) if c.dep_ in ("compound", "poss", "nmod") and c.i in bodies]   # (nmod: the
            # parse of "EU foreign ministers"; session 36 coop39)
            named += [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in children(c) if g.dep_ == "pobj" and g.i in bodies]
            return bodies[named[0].i] if named else None
        return None

    @staticmethod
    def kind_named(h: Token, info: PhraseInfo) -> bool:
        """"the Gush Etzion settlement bloc", "the Acme workers' union": a noun of organisation with a name or a
        noun of its own kind before it (a compound that gives no sector) names another body, not the
        organisation named before ("the EU ... the bloc"; session 26)."""
        return any(c.dep_ == "compound" and c.i < h.i and (c.pos_ == "PROPN" or info.sector is None)
                   for c in children(h))

    @staticmethod
    def lending_body(lemma: str, e: Ent) -> bool:
        """"The IMF approved a loan ... The lender said": an international body whose name says it lends ("... Fund",
        "... Bank"; kb LENDING_BODY_WORDS) is what "the lender" (kb LENDER_NOUNS) takes up, though its sector
        part (IMF, WBK) is no company's (round45, session 43 act47: "the lender" was a company of no country)."""
        return lemma in LENDER_NOUNS and e.country == "IGO" \
            and any(w in LENDING_BODY_WORDS for w in e.name.lower().split())

    def recent_org(self, h: Token, lemma: str, sector: str | None, classified: bool = False) -> Ent | None:
        """The organisation a definite "the agency" / "the union" refers back to: one whose name holds
        the noun first, then one that spoke in this or the previous sentence ("Google said Apple had cut
        it off. But the company ..." is Google), then the last one named as a subject, then the last one
        named. A sector noun (union, company) needs an organisation of that sector or whose name contains
        the noun."""
        sent = self.view.sent_of[h.i]
        best = None
        window = [m for m in self.table.latest_before(h.i, self.view.sent_start[max(0, sent - 5)])
                  if m.start < h.i and sent - m.sent <= 5 and len(m.ents) == 1]
        # "Shares of the carmaker fell after it cut its forecast, blaming a price war with Tesla. The company
        # said ...": a company described by its noun that was the subject of the sentence before (here through
        # "it") is what a bare "the company" takes up, before a name only mentioned (session 33 lead)
        topics = {id(m.ents[0]) for m in window if m.subject and sent - m.sent <= 1}
        own_term = self.kb.terms.get(lemma)
        own_sector = own_term.sector if own_term is not None else None
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in children(h))
        # (only mentions whose head may lie in the last six sentences: the rank below breaks ties
        # in the order mentions were added, which this order keeps among equal starts)
        for m in window:
            e = m.ents[0]
            described = bare and m.kind == "nominal" and e.kind == "GROUP" and e.generic and e.sector == "BUS" \
                and e.sector == (sector or own_sector) and id(e) in topics \
                and group_term(self.kb, self.view.toks[m.head]) is not None
            if described and not any(x.subject and x.ents == [e] and x.kind == "name" for x in window):
                rank = (False, False, True, m.start)
                if best is None or rank > best[0]:
                    best = (rank, e)
                continue
            if e.kind != "ORG" or m.kind != "name":
                continue
            named = lemma in e.name.lower() and not self.other_kind_of_body(lemma, own_sector, e) \
                or self.lending_body(lemma, e)
            if not named and lemma in self.kb.national_bodies:
                continue        # "the Rapid Support Forces ... accused the army": a body every state has is the
                                # state's unless the organisation named before is called by it (session 35 lead)
            # a non-state body's type stands in CAMEO's country slot ("NGOHLHMSF" Medecins Sans Frontieres): "the
            # charity" (NGO) takes it up as "the company" takes up a firm (round43)
            e_sector = e.country if e.country in NO_COUNTRY_TYPES and sector == e.country else e.sector
            if e.country in NO_COUNTRY_TYPES and sector and (e.sector or "").startswith(sector):
                e_sector = sector   # ("Amnesty International" NGOHRIAMN: "the rights group" (HRI) takes it up; round44)
            if sector == "BUS" and e.country == "MNC":
                pass                # a multinational (Phoenix "MNC...") is a company whatever its sector part
            elif classified and not named and (e_sector is None or sector is not None and e_sector != sector):
                continue            # "the health department" is not the COVID-19 named before, "the central
                                    # bank" not the CDC; "the news organisation" may be CNBC (MED)
            elif sector is not None and not named and e_sector != sector \
                    and (e_sector is not None or lemma in self.kb.national_bodies):
                continue            # "the legislature" is not the party named before
            rank = (named, m.speaker and sent - m.sent <= 1, m.subject, m.start)
            if best is None or rank > best[0]:
                best = (rank, e)
        if best is None or not best[0][0]:
            # "the parliamentary Foreign Policy Committee ... (many sentences) ... reminded the committee": a
            # body whose name ends in the noun, named further back, before one named lately by another noun
            # (the EU named in between is no committee; round24)
            for m in self.table.mentions_before(h.i):
                e = m.ents[0] if len(m.ents) == 1 else None
                if e is not None and e.kind == "ORG" and m.kind == "name" and m.start < h.i \
                        and e.name.lower().split()[-1:] == [lemma] \
                        and not self.other_kind_of_body(lemma, own_sector, e):
                    return e
        return best[1] if best else None

    def other_kind_of_body(self, lemma: str, own_sector: str | None, e: Ent) -> bool:
        """"Colombia's government and the National Liberation Army agreed ... The army said": a noun naming a body
        every state has (national_bodies.csv: army, police, parliament) is the state's body, not an organisation
        of another sector whose name merely ends in the noun (a rebel "... Liberation Army"; session 35 lead)."""
        return lemma in self.kb.national_bodies and own_sector is not None and e.sector is not None \
            and e.sector != own_sector
