"""Step 2 of resolution: nominals -- role and group nouns ("the Russian leader", "North Korean
authorities", "the two leaders", "police in Nairobi").

A nominal is resolved to a person of the document ("the president" after "President Ruto"), else to the
knowledge base's office holder ("Iran's foreign minister" on the publication date), else to a generic
actor: the country and sector the phrase gives ("Kenyan police" = KENCOP) or, without a country, an actor
named by its noun ("protesters", sector OPP) whose country context.py may fill in later.
The country of a nominal comes from a nationality adjective, a possessive, or "of/in/from PLACE"
(cities and regions through the gazetteer, places.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import STATE_SECTORS, DocView
from newsgraph.actors.entities import REGIONAL_GOVERNMENT, SAID_COUNTRY_SOURCES, Ent, EntityTable
from newsgraph.actors.kb import KB, NON_STATE_COUNTRY
from newsgraph.actors.phrases import (MISSION_NOUNS, PERSON_SUFFIXES, PhraseInfo, based_country, group_term, noun_lemma,
    read_phrase)
from newsgraph.actors.places import place_country
from newsgraph.actors.employers import SENT_TO
from newsgraph.nlp.cache import NAME_LINKS, children, climb, has_the, subtree, lefts, rights

GROUP_PERSON_HEADS = {"leader", "autocrat", "president", "man", "woman", "minister", "official",
                      "head", "dictator", "counterpart", "strongman", "side"}
# head-of-state titles that name one office ("the president" is not the prime minister)
SPECIFIC_HEAD_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
                        "emir", "supreme leader", "chief minister", "governor"}   # (the last two: of a state)
# place nouns that name their place with "of" ("the West Bank city of Nablus", "the province of Quebec")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "district", "county", "capital",
               "port", "municipality", "territory", "island", "governorate", "prefecture"}
_DEFINITE = ("the", "this", "that", "these", "those", "both")
_DENIAL_VERBS = word_list("kb", "DENIAL_VERBS")
STATE_RELATION_NOUNS = word_list("kb", "STATE_RELATION_NOUNS")
_ACCUSING_VERBS = word_list("kb", "ACCUSING_VERBS")
OTHER_WORDS = ("other", "another")     # "the other countries" are not the ones just named
EPITHET_SENTENCES = 3
# the kinds of place "the city" / "the county" re-names (session 29 ctry30)
CITY_PLACE_FEATURES = {"city": ("city", "capital"), "county": ("admin2",),
                       "municipality": ("city", "capital", "admin2")}
# what makes a bare "the city" a party: the object of these prepositions ("a suit against the city") or of
# these verbs ("sued the city", "the city was ordered to pay"); not a place struck or visited (session 29 ctry30)
CITY_PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS") | {"to"}
CITY_PARTY_VERBS = word_list("kb", "CITY_PARTY_VERBS")
STATE_SENTENCES = 3        # how far back "the state" looks for the state or province it is
REGION_ANAPHORS = word_list("kb", "REGION_ANAPHORS")   # "the governor of the region" (place_of)
SAME_NOUN_SENTENCES = 3    # how far back a definite plural re-names a group by its noun
PERSON_NOUN_SENTENCES = 4  # ... and a definite plain person noun ("the man") the person last called by it
BODY_NOUN_SENTENCES = 12   # ... and "the leaders" the body whose leaders the text named ("NATO leaders")
SIDES_SENTENCES = 1        # "the two sides": the two parties of this or the sentence before (ctry31)
SIDE_NOUNS = word_list("kb", "SIDE_NOUNS")    # "the two sides", "both camps" (ctry31)
NEIGHBOUR_STATE_NOUNS = word_list("kb", "NEIGHBOUR_STATE_NOUNS")    # "the two neighbours" (round35)
LAUNCHING_VERBS = word_list("kb", "LAUNCHING_VERBS")  # "drones launched by Russia" (session 33 lead)
PEOPLE_ANAPHOR_SENTENCES = 1    # ... or by a word that only says they are people (PEOPLE_ANAPHORS)
# sectors of bodies and armed groups, whose re-naming context.py resolves
BODY_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "ELI", "REB", "OPP", "UAF"}
PEOPLE_ANAPHORS = word_list("kb", "PEOPLE_ANAPHORS")
PLACE_PREPS = word_list("kb", "PLACE_PREPS")
DEPARTURE_VERBS = word_list("kb", "DEPARTURE_VERBS")     # "departed for Kenya": a destination (round33)
BORDER_NOUNS = word_list("kb", "BORDER_NOUNS")
# "gov." -> "governor": the title a person's abbreviated title stands for (session 25)
FULL_TITLES = dict(w.split(":", 1) for w in word_list("kb", "TITLES_ABBREVIATED"))
NEIGHBOUR_WORDS = word_list("kb", "NEIGHBOUR_WORDS")
# "the Gulf nation", "the Himalayan country": region adjective -> ISO codes of its states (round34)
REGION_EPITHETS = {pair.split(":")[0]: frozenset(pair.split(":")[1:]) for pair in word_list("kb", "REGION_EPITHETS")}
# the forms of state a noun names: "the kingdom" re-names a kingdom, "the republic" no monarchy (round30)
STATE_FORMS = {"kingdom": word_list("kb", "KINGDOM_COUNTRIES"), "emirate": word_list("kb", "EMIRATE_COUNTRIES"),
               "sultanate": word_list("kb", "SULTANATE_COUNTRIES")}
MONARCHIES = frozenset().union(*STATE_FORMS.values())
INSTITUTION_OF_STATE = {"GOV", "MIL", "LEG", "JUD", "ELI"}    # whose country a state noun may re-name
# where a plural demonym is a noun phrase of its own ("Kenyans returned", "deported 40 Kenyans")
PEOPLE_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"}
NAMED_NEXT_SENTENCES = 2    # '"...," said Jane Roe' may be parsed as two sentences
# sectors of private people: a describing epithet of theirs ("the lanky professor") re-names a person; an
# office ("the veteran minister") may be held by someone the text has not named
PRIVATE_SECTORS = {None, "CVL", "EDU", "BUS", "MED", "HLH", "AGR", "LAB"}
_AGE = re.compile(r"\d{1,3}-year-old", re.I)
# titles that are more often something else when they stand alone ("hit in the head")
BARE_NOT_PEOPLE = {"head", "chief"}
# "hundreds of demonstrators", "one of its soldiers", "members of the army": the quantity word stands for
# the actor in the parse, so it belongs to the mention
QUANTITY_HEADS = {"hundred", "thousand", "dozen", "score", "million", "some", "many", "most", "several",
                  "one", "two", "three", "four", "five", "member", "number", "group", "handful", "majority",
                  "all", "none", "each", "both", "few", "tens", "hundreds", "thousands", "dozens", "scores",
                  "millions", "members"}

_HEADS: dict[int, tuple[KB, frozenset[str]]] = {}


def nominal_heads(kb: KB) -> frozenset[str]:
    """Words that can head a role or group nominal (computed once per knowledge base)."""
    hit = _HEADS.get(id(kb))
    if hit is None or hit[0] is not kb:
        words = set(GROUP_PERSON_HEADS) | set(kb.country_nouns) | set(kb.org_nouns)
        words.update(r for r in kb.roles if " " not in r)
        words.update(k.split()[-1] for k in kb.terms)
        words.update(a.split()[-1] for a in kb.agents)
        hit = _HEADS[id(kb)] = (kb, frozenset(words))
    return hit[1]



CLAUSE_PRONOUNS = {"he", "she"}
STANCE_VERBS = word_list("kb", "STANCE_VERBS")
STANCE_ADJECTIVES = word_list("kb", "STANCE_ADJECTIVES")
# a phrase after a nominal that gives the reason for an act done to it, when it is about the nominal's own
# deed ("praised the nurses for their courage"), is no part of its description
REASON_PREPS = word_list("kb", "REASON_PREPS")
OWN_PRONOUNS = word_list("kb", "OWN_PRONOUNS")
FOREIGN = word_list("kb", "FOREIGN")          # "foreign agents": not of the country the story is about
FOREIGN_PORTFOLIOS = word_list("kb", "FOREIGN_PORTFOLIOS")   # ... but "the foreign ministry" is its own
COUNSEL_NOUNS = word_list("kb", "COUNSEL_NOUNS")        # "his lawyer": not the client's country (round35)
DIPLOMAT_NOUNS = word_list("kb", "DIPLOMAT_NOUNS")      # "the ambassador ... the envoy" (round35)
KIN_GROUP_NOUNS = word_list("kb", "KIN_GROUP_NOUNS")    # "his family", "her relatives" (round35)
STATE_HELD_IN = word_list("kb", "STATE_HELD_IN")    # "the junta in Bamako": the state body of where it sits (round35)
YOUTH_NOUNS = word_list("kb", "YOUTH_NOUNS")     # "the boy" re-names no titled official
ROLE_CLASSES = word_list("kb", "ROLE_CLASSES")   # "the top diplomat" may be any office holder of the kind
PERSONAL_STATE_NOUNS = word_list("kb", "PERSONAL_STATE_NOUNS")   # "his government": the person's country's
LEGAL_PARTY_CONTEXT = word_list("kb", "LEGAL_PARTY_CONTEXT")            # "both parties asked the judge"
INTRODUCED_BODY_NOUNS = word_list("kb", "INTRODUCED_BODY_NOUNS")        # "an outside group paid for the ads"
CONFLICT_PARTY_CONTEXT = word_list("kb", "CONFLICT_PARTY_CONTEXT")      # "negotiations between the parties"
PARTY_POLITICS_CONTEXT = word_list("kb", "PARTY_POLITICS_CONTEXT")      # "coalition talks between the parties"
PARTY_NEUTRAL_MODIFIERS = word_list("kb", "PARTY_NEUTRAL_MODIFIERS")    # "both parties": no kind of party named
MODIFIER_BODIES = word_list("kb", "MODIFIER_BODIES")    # "government attempts": the government's attempts
BODY_SITE_NOUNS = word_list("kb", "BODY_SITE_NOUNS")    # "a police station": the police's (round25)
# adjectives that say what kind of body a noun names ("the central bank", "the federal agency"), unlike
# those that describe it ("the troubled company")
CLASSIFYING_ADJECTIVES = {"central", "federal", "national", "state", "provincial", "regional", "local",
                          "municipal", "public", "private", "financial", "medical", "military", "judicial"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
AGE_PERSON_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"}
# a local government as a party (session 21): the nouns, and the prepositions whose object is a party
LOCAL_COUNCIL_HEADS = word_list("kb", "LOCAL_COUNCIL_HEADS")
LOCAL_GOVERNMENT_MODIFIERS = word_list("kb", "LOCAL_GOVERNMENT_MODIFIERS")
BARE_LOCAL_COUNCILS = word_list("kb", "BARE_LOCAL_COUNCILS")
LOCAL_PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS") | {"to", "on", "from"}


def _without_clauses(prep: Token) -> list[Token]:
    """A place phrase's tokens without a relative clause on its noun: "officials in Kenya, whose police
    detained ..." names the officials by Kenya, not by its police (session 25)."""
    clause = {t.i for d in subtree(prep) if d.dep_ in ("relcl", "acl") for t in subtree(d)}
    clause |= {d.i for d in subtree(prep) if d.dep_ == "punct" and d.i + 1 in clause}
    return [t for t in subtree(prep) if t.i not in clause]


def _glued_prefix(h: Token) -> list[Token]:
    """"Vice-chancellors", "co-founder": the word and hyphen glued to the head, which the small model often
    parses as words of their own; they belong to the title (session 15)."""
    doc = h.doc
    i = h.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        return [doc[i - 2], doc[i - 1]]
    return []


def _substantive_participle(t: Token) -> bool:
    """"The accused threw a stone", "spat at by the accused": a participle used as a noun (with "the",
    in a subject or object slot) that the tagger left a verb."""
    return t.tag_ in ("VBN", "JJ") and t.dep_ in ARGUMENT_DEPS \
        and has_the(t)


def _prep_objects(h: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, its object) for each of `preps` the noun governs: "a lawyer for Nigeria", "an analyst at
    Nissan" -- where employer and state_served look for whom a person works."""
    return [(c.lower_, o) for c in children(h) if c.dep_ == "prep" and c.lower_ in preps
            for o in children(c) if o.dep_ == "pobj"]


def named_as_place(head: Token, departures: bool = False, borders: bool = False) -> bool:
    """Is the country's word the object of a place preposition (PLACE_PREPS: "attacks in Ukraine", "fled from
    Syria")? Then it says where something happened, not which state the text talks about, and "the country", "the
    two countries", "the two governments" do not re-name it. With `departures` also a destination ("departed for
    Kenya": DEPARTURE_VERBS, round33), with `borders` the other side of a border ("the border with Mali":
    BORDER_NOUNS, round24). The one place test of the three re-naming rules below."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    return prep.lower_ in PLACE_PREPS \
        or departures and prep.lower_ == "for" and prep.head.lemma_.lower() in DEPARTURE_VERBS \
        or borders and prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS

class NominalResolver:
    def __init__(self, view: DocView, table: EntityTable):
        self.view, self.table, self.kb = view, table, view.kb
        self.heads = nominal_heads(view.kb)
        self.place_country: dict[int, str] = {}    # nominal head -> ISO3 of its "of/in/from <place>"
        self.region_of: dict[int, str] = {}         # nominal head -> its state or province ("the Ohio police")
        self.sent_to: dict[int, set[str]] = {}      # nominal head -> countries it is posted to
        self._people_nouns: dict | None = None      # token -> one-word demonym match (read on first use)
        self._names: list[tuple[int, int]] | None = None

    # ------------------------------------------------------------------ finding nominals
    def is_head(self, t: Token) -> bool:
        table, view, i = self.table, self.view, t.i
        if table.taken[i] or table.phrase_tokens[i]:
            return False
        if view.pos[i] not in ("NOUN", "PROPN") and not (view.tags[i] in ("VBN", "JJ") and _substantive_participle(t)):
            return False
        if view.lowers[i] not in self.heads and noun_lemma(t) not in self.heads:
            return False
        if t.dep_ in ("compound", "amod") and t.head.i != t.i and not self.body_modifier(t):
            return False          # "police" in "police officer", "military parades": the head decides
        if t.i > 0 and t.doc[t.i - 1].lemma_.lower() in STANCE_VERBS and noun_lemma(t) in STANCE_ADJECTIVES:
            return False          # "standing firm", "held firm": an adjective the tagger took for a company
        if t.dep_ == "attr" and not any(c.dep_ == "expl" for c in children(t.head)) \
                or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "attr":
            return False          # predicate nominal: "Putin is the first head of state" (not "there were ...")
        return True

    def body_modifier(self, t: Token) -> bool:
        """"government attempts to blame them", "police raids", "army shelling": a body noun (word list
        MODIFIER_BODIES) in front of a noun that names no actor itself is whose the thing or act is, and a
        mention of that body; before a role or group noun ("police officer", "army chief") the head decides. A
        place or vehicle the body keeps (word list BODY_SITE_NOUNS: "a police station", "an army base") is its
        own although the vocabulary has the noun as a place's last word (round25)."""
        head = t.head
        return t.dep_ == "compound" and t.tag_ == "NN" and noun_lemma(t) in MODIFIER_BODIES \
            and head.pos_ == "NOUN" and head.i > t.i \
            and (head.lower_ not in self.heads and noun_lemma(head) not in self.heads
                 or noun_lemma(head) in BODY_SITE_NOUNS) and not any(
                c.dep_ == "compound" and c.i != t.i for c in children(head))

    def predicate(self, h: Token) -> bool:
        """"Morrison was the third witness to testify", "she is the group's spokeswoman": a person noun
        predicated of a person subject names that person (a predicate nominal is no new actor: is_head
        leaves it out). Whether it named one."""
        table, kb = self.table, self.kb
        if h.dep_ != "attr" or h.head.lemma_ != "be" or table.taken[h.i] or table.phrase_tokens[h.i]:
            return False
        lemma = noun_lemma(h)
        if lemma not in kb.roles and lemma not in kb.agents or h.tag_ in ("NNS", "NNPS"):
            return False
        subj = [c for c in children(h.head) if c.dep_ == "nsubj"]
        if len(subj) != 1 or any(c.dep_ == "expl" for c in children(h.head)):
            return False
        ent = next((m.ents[0] for m in table.latest_before(subj[0].i + 1, subj[0].i)
                    if m.head == subj[0].i and len(m.ents) == 1), None)
        if ent is None or ent.kind != "PERSON":
            return False
        start, end, toks = self.span(h)
        info = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
        if info.country and ent.country and info.country != ent.country:
            return False          # "Ruiz is a Chilean diplomat" of a Peruvian: the text does not say it
        if info.country and ent.country is None and info.country not in ent.foreign_to:
            # "Pedro Ruiz is a Chilean diplomat": the text places and titles him, as an apposition would
            ent.set_country(info.country, "apposition")
            if ent.sector is None and info.sector:
                ent.sector, ent.role = ("ELI" if info.former else info.sector), ent.role or info.role
        table.phrase_tokens[start:end] = b"\x01" * (end - start)
        table.add(start, end, h.i, "nominal", "NOMINAL", [ent], name_level=False)
        return True

    def span(self, h: Token) -> tuple[int, int, list[Token]]:
        toks = [h]
        for c in lefts(h):
            if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case",
                          "advmod", "npadvmod", "punct"):
                toks.extend(subtree(c))
        mods = [c.lower_ for c in lefts(h) if c.dep_ in ("compound", "amod")]
        group = noun_lemma(h) in self.kb.terms or h.lower_ in self.kb.terms \
            or bool(mods) and f"{mods[-1]} {noun_lemma(h)}" in self.kb.terms     # "the power plant in Kenya"
        self.sent_to.pop(h.i, None)
        self.place_country.pop(h.i, None)
        self.region_of.pop(h.i, None)
        lemma = noun_lemma(h)
        if group or lemma in self.kb.roles or lemma in self.kb.agents:
            # "Iloilo consumers", "Bronx residents", "Lahore traders": a town or region the geo stage found
            # names whose they are
            for c in lefts(h):
                # ("Ohio's governor", "Bavaria's premier": a region's possessive places the role too; session 15)
                if c.dep_ in ("compound", "amod", "poss") and c.i not in self.view.country_of:
                    # (the place may start a word or two before: "Inner Mongolia", "New South Wales")
                    towns = self.view.town_places
                    place = next((towns[t.idx] for t in subtree(c) if t.idx in towns), None)
                    if place is None and c.dep_ == "poss" and lemma in self.kb.roles \
                            and self.kb.roles[lemma].sector != "CVL":
                        # "Toronto's mayor", "Tottenham's manager": a city's possessive the geo stage read
                        # as standing for its government still places the post it owns (not "Moscow's
                        # allies", no role; nor kin, "Regina's father": a given name a city shares; ctry29)
                        towns = self.view.metonym_towns
                        place = next((towns[t.idx] for t in subtree(c) if t.idx in towns), None)
                    if place:
                        self.place_country[h.i] = place
                        regions = self.view.region_names
                        region = next((regions[t.idx] for t in subtree(c) if t.idx in regions), None)
                        if region:
                            self.region_of[h.i] = region
        for c in rights(h):
            if c.dep_ == "prep" and c.lower_ == "to" and noun_lemma(h) in SENT_TO:
                # "the envoy to Ukraine": posted there, so not of that country
                self.sent_to[h.i] = {self.view.country_of[p.i] for p in children(c)
                                     if p.dep_ == "pobj" and p.i in self.view.country_of}
            # "leader of North Korea", "dissidents from Egypt", "a court in Guyana", "the mayor of Nablus"
            # (a plural group too: "officials in Washington", "policymakers in Ottawa"; not diplomats, who
            # serve where they are posted)
            # (and a state post held in a place: "a foreign ministry spokesman in Beijing", "an official in
            # Kyiv"; not a diplomat's, session 32)
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and group
                                     or c.lower_ == "in" and (group or self.state_post(lemma)
                                                              or self.state_agent(lemma))
                                     and noun_lemma(h) not in MISSION_NOUNS
                                     and (h.tag_ == "NN" or noun_lemma(h) not in SENT_TO)):
                pobj = [p for p in children(c) if p.dep_ == "pobj"]
                if not pobj:
                    continue
                place = self.place_of(pobj[0])
                if place is None and c.lower_ == "in" and noun_lemma(h) in STATE_HELD_IN:
                    # "the ruling junta in Bamako", "the government in Kabul": a capital the text also reads as its
                    # state is still where the body sits, so whose it is (round35)
                    place = self.view.town_places.get(pobj[0].idx)
                if place or c.lower_ == "of" and self.table.taken[pobj[0].i]:
                    toks.extend(_without_clauses(c))
                    if place and pobj[0].i not in self.view.country_of:
                        self.place_country[h.i] = place
        if h.i not in self.place_country and lemma in STATE_HELD_IN and h.i + 1 < len(h.doc):
            # "condemned the junta in Mali", "criticised the government in Niamey" with "in" hung on the verb: a
            # place right after a state's government or rulers is where they sit (round35)
            c = h.doc[h.i + 1]
            if c.lower_ == "in" and c.dep_ == "prep" and c.head.i == h.head.i and h.dep_ in ("dobj", "pobj", "nsubj",
                                                                                            "nsubjpass"):
                pobj = [p for p in children(c) if p.dep_ == "pobj"]
                place = (self.place_of(pobj[0]) or self.view.town_places.get(pobj[0].idx)) if pobj else None
                if place:
                    self.place_country[h.i] = place
        if h.i not in self.place_country and (group or self.state_post(lemma)) and lemma not in SENT_TO \
                and lemma not in MISSION_NOUNS and h.dep_ in ("nsubj", "nsubjpass"):
            # "In New Delhi, foreign ministry officials said ...": a place fronted before the subject of its clause
            # places a state's people and bodies there, as "officials in New Delhi" would (session 32)
            for c in children(h.head):
                if c.dep_ == "prep" and c.lower_ == "in" and c.i < h.left_edge.i:
                    pobj = [p for p in children(c) if p.dep_ == "pobj"]
                    place = self.place_of(pobj[0]) if pobj else None
                    if place:
                        self.place_country[h.i] = place
                        break
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in QUANTITY_HEADS \
                and h.head.head.i < h.i and not self.table.taken[h.head.head.i]:
            q = h.head.head
            toks.extend([q, h.head, *(t for c in lefts(q) if c.dep_ in ("det", "nummod", "amod", "quantmod")
                                      for t in subtree(c))])
        toks += _glued_prefix(h)
        toks = sorted(set(toks), key=lambda t: t.i)
        start, end = toks[0].i, toks[-1].i + 1
        vt = self.view.toks
        for i in range(start, h.i):             # a phrase never reaches over a line break
            if vt[i].is_space and "\n" in vt[i].text or "\n" in vt[i].whitespace_:
                start = i + 1
        while start < h.i and (vt[start].is_punct or vt[start].dep_ == "cc" or vt[start].is_space):
            start += 1
        return start, end, [t for t in toks if start <= t.i < end]

    def state_agent(self, lemma: str) -> bool:
        """A state's own body or rulers by a Phoenix agent noun ("junta", "rulers"): held where the text places it,
        like a state post (round35)."""
        agent = self.kb.agents.get(lemma)
        return lemma in STATE_HELD_IN and agent is not None and agent.sector.lstrip("~")[:3] in STATE_SECTORS

    def state_post(self, lemma: str) -> bool:
        """A title of the state's own service (a minister, an official, a spokesman: kb roles of a state sector),
        held where the text places it; diplomats (SENT_TO) serve abroad."""
        role = self.kb.roles.get(lemma)
        return role is not None and role.sector in STATE_SECTORS and lemma not in SENT_TO

    def place_of(self, t: Token, depth: int = 0) -> str | None:
        """ISO3 of a place phrase: a country ("Russia"), a country word inside it ("the West Bank city
        of ..."), or a city/region the geo stage placed or the gazetteer places in one country ("Nablus", "Ontario")."""
        view = self.view
        if t.i in view.country_of:
            return view.country_of[t.i]
        for c in lefts(t):
            if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i in view.country_of:
                return view.country_of[c.i]
        if view.town_places.get(t.idx) and not self.table.taken[t.i]:
            return view.town_places[t.idx]      # a town the geo stage placed, whatever the recogniser called it
        if t.ent_type_ in ("GPE", "LOC") and not self.table.taken[t.i]:
            span = view.place_entity(t)
            if span is not None:
                # "the governor of Santa Cruz": the geo stage's reading of the whole name, which weighs the dateline
                # and the text, before the gazetteer's own first choice (a Brazilian town; round35)
                iso = view.town_places.get(span.start_char) or place_country(span.text, view.context_countries)
                if iso:
                    return iso
        if t.lower_ in REGION_ANAPHORS and [c.lower_ for c in children(t)] == ["the"]:
            # "Ukrainian troops pushed into Russia's Kursk region ... The acting governor of the region": the region
            # the text last named by the same noun with its country (session 35 lead)
            first = view.sent_start[max(0, view.sent_of[t.i] - STATE_SENTENCES)]
            for u in reversed(view.toks[first:t.i]):
                if u.lower_ == t.lower_:
                    return next((view.country_of[c.i] for c in lefts(u)
                                 if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i in view.country_of), None)
            return None
        if depth < 2 and noun_lemma(t) in PLACE_NOUNS:
            for c in children(t):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in children(c):
                        if o.dep_ == "pobj":
                            return self.place_of(o, depth + 1)
        return None

    # ------------------------------------------------------------------ resolving
    def places_before(self, t: Token, features: tuple[str, ...]) -> list:
        """The places (role "place", with a country) of those features the geo stage found from STATE_SENTENCES
        sentences before `t` up to it: what a bare "the state" or "the city" may re-name."""
        view = self.view
        lo = view.toks[view.sent_start[max(0, view.sent_of[t.i] - STATE_SENTENCES)]].idx
        hi = view.toks[t.i].idx
        return [p for p in view.places
                if p.role == "place" and p.feature in features and p.country and lo <= p.start < hi]

    def the_state(self, t: Token) -> None:
        """"Texas sued the agency. The state said ...": a bare "the state" (no modifier, no "of") after a state
        or province the text names within STATE_SENTENCES is that state's government, coded with its country
        (as a region acting is, names.regions_as_actors); so is "the province" ("Manitoba sued Ottawa. The
        province said ...", "rejected the province's request": ctry29). Without a region named, a bare "the
        state" as a party ("sued the state", "appealed to the state") is a government of no country the phrase
        says, which the story's country may give (session 21); "the Jewish state" has a modifier and is left
        alone."""
        if any(c.dep_ in ("amod", "compound", "prep", "poss", "nummod") for c in children(t)) \
                or t.dep_ == "pobj" and t.head.lower_ in ("in", "of", "across", "throughout", "within"):
            return
        regions = self.places_before(t, ("admin1",))
        if not regions:
            if t.dep_ != "pobj" or t.head.lower_ in LOCAL_PARTY_PREPS:
                # "the tribe sued the state", "appealed to the state": a party to an act, the government of
                # the story's country when the text makes that clear (context.py; a US state's government codes
                # USAGOV as well). Not "in the state" (session 21)
                ent = self.table.group_ent(None, "GOV", noun=t.text, phrase=f"the {t.lower_}")
                if t.lower_ == "province" and ent.role is None:
                    ent.role = REGIONAL_GOVERNMENT      # a province's government, whichever (ctry29)
                self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])
            return
        ent = self.table.group_ent(regions[-1].country, "GOV", source="coreference", region=regions[-1].name)
        self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])

    def the_city(self, t: Token) -> None:
        """"Denver sued the company. The city said ...", "the deal calls for the city to pay damages": a bare
        "the city" / "the county" (no modifier, no "of") as a party to an act -- subject, object, or object of
        a preposition that takes a party ("a suit against the city") -- is the government of the town the
        text named within STATE_SENTENCES before it (or in the dateline), coded with that town's country;
        of towns in several countries it is none of them, and with no town named it is a government whose
        country the story may give (context.py), as "the state" is (session 29 ctry30). Not "in the city",
        "the city of Denver", "the city's mayor"."""
        if any(c.dep_ in ("amod", "compound", "prep", "poss", "nummod", "appos") for c in children(t)) \
                or t.dep_ == "pobj" and t.head.lower_ not in CITY_PARTY_PREPS \
                or t.dep_ in ("dobj", "nsubjpass", "dative") and t.head.lemma_.lower() not in CITY_PARTY_VERBS:
            return      # not "attacks on the city", "shelled the city", "the city was flooded": a place struck
        if t.dep_ == "nsubj" and (t.head.lemma_.lower() == "be" or t.head.pos_ in ("ADJ", "NOUN")):
            return      # "the city had been kind to her", "the city is a port": a place described, no doer
        feats = CITY_PLACE_FEATURES.get(t.lower_, CITY_PLACE_FEATURES["city"])
        towns = [p for p in self.places_before(t, feats) if p.country not in NON_STATE_COUNTRY]
        countries = {p.country for p in towns}
        if len(countries) > 1:
            return
        if towns:
            ent = self.table.group_ent(towns[-1].country, "GOV", source="coreference", region=towns[-1].name)
        else:
            ent = self.table.group_ent(None, "GOV", noun=t.text, phrase=f"the {t.lower_}")
        if ent.role is None:
            # a town's own government, kept apart from its country's ("The government sued the city": two
            # parties though CAMEO codes both GOV; convention regions-apart)
            ent.role = REGIONAL_GOVERNMENT
        self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])

    def the_north(self, t: Token) -> None:
        """"the North" / "the South" for a Korea named before."""
        prefix = t.lower_ + " "
        for e in self.table.ents.values():
            if e.kind == "COUNTRY" and e.name.lower().startswith(prefix):
                self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [e])
                return

    def resolve(self, h: Token) -> bool:
        """Resolve the nominal headed by `h`; whether it named an actor."""
        n_before = len(self.table.ments)
        self._resolve(h)
        return len(self.table.ments) > n_before

    def shared_title_holder(self, h: Token, toks: list[Token]) -> Ent | None:
        """Two titles of one person: "Deputy Prime Minister and Finance Minister Ana Silva" -- the first title,
        capitalised and without an article, is the named person's too, not a second actor (session 29)."""
        doc = h.doc
        if not h.text[:1].isupper() or any(t.lower_ in _DEFINITE or t.pos_ == "DET" for t in toks) \
                or noun_lemma(h) not in self.kb.roles or h.i + 2 >= len(doc) or doc[h.i + 1].lower_ != "and":
            return None
        k, titled = h.i + 2, False
        while k < len(doc) and k <= h.i + 6 and doc[k].ent_type_ != "PERSON":
            t = doc[k]
            if not t.text[:1].isupper() or t.is_punct:
                return None
            titled = titled or noun_lemma(t) in self.kb.roles
            k += 1
        if not titled or k >= len(doc) or doc[k].ent_type_ != "PERSON":
            return None
        person = self.table.name_entity_at(("name",)).get(k)
        return person if person is not None and person.kind == "PERSON" else None

    @staticmethod
    def local_government(h: Token, lemma: str) -> bool:
        """"the city council", "the county commission" as a party to an act (subject, object, or object of a
        preposition that is no place's). A bare "the city", "the county" is left to the events' local-bodies
        convention: as an actor it would take the national government's code. A possessive one owns what it
        decided ("protested against the city council's plan": ctry29)."""
        if h.tag_ in ("NNS", "NNPS") or h.dep_ not in ARGUMENT_DEPS and h.dep_ != "poss":
            return False
        if h.dep_ == "pobj" and h.head.lower_ not in LOCAL_PARTY_PREPS:
            return False
        return lemma in LOCAL_COUNCIL_HEADS and (any(
            c.dep_ in ("compound", "amod") and c.lower_ in LOCAL_GOVERNMENT_MODIFIERS for c in children(h))
            # a bare "the council" no council named before is taken up by: the town's (session 29 ctry30)
            or lemma in BARE_LOCAL_COUNCILS and h.dep_ != "poss" and any(c.lower_ == "the" for c in children(h))
            and not any(c.dep_ in ("compound", "amod", "poss", "prep", "nmod", "appos") for c in children(h)))

    def _resolve(self, h: Token) -> None:
        kb, table = self.kb, self.table
        if h.ent_type_ == "TIME":
            return            # "at 5 PM": a clock time, not a prime minister (round24)
        start, end, toks = self.span(h)
        owner = {t.i for c in children(h) if c.dep_ == "poss" for t in subtree(c)}
        inner = [i for i in range(start, end) if i not in owner]
        if any(table.taken[i] for i in inner) and not any(i in self.view.country_name_tokens for i in inner):
            return            # a name inside the phrase ("the Kinder Morgan pipeline") makes it no nominal
        shared = self.shared_title_holder(h, toks)
        if shared is not None:
            title = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
            if shared.sector is None and title.sector:
                shared.sector, shared.role = ("ELI" if title.former else title.sector), shared.role or title.role
            if title.country and not shared.country and title.country not in shared.foreign_to:
                shared.set_country(title.country, "title")
            table.phrase_tokens[start:end] = b"\x01" * (end - start)
            table.add(start, end, h.i, "nominal", "NOMINAL", [shared], name_level=False)
            return
        info = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
        place_source = "title"
        if info.country is None and h.i in self.place_country:
            info.country, place_source = self.place_country[h.i], "place"
        if info.country is None:
            owner_country = self.launched_by(h)     # "drones launched by Russia" are Russia's
            if owner_country:
                info.country, place_source = owner_country, "employer"
        if info.country is None:
            shared = self.conjunct_demonym(h)       # "Russian missiles and drones": the drones are Russian too
            if shared:
                info.country, place_source = shared, "title"
        if info.country is None and (info.group_term or noun_lemma(h) in self.kb.org_nouns):
            based = based_country(kb, toks, self.view.context_countries)      # "a London-based consultancy"
            if based:
                info.country, place_source = based, "place"
        if info.country is None:
            owner_country = self.possessor_country(h)
            if owner_country:
                info.country, place_source = owner_country, "coreference"
        if info.country is None and owner:
            # "that country's state railway", "the country's army": the country the possessive
            # nominal was resolved to
            for m in table.latest_before(h.i, min(owner)):
                if m.head in owner and m.kind == "nominal" and len(m.ents) == 1 and m.ents[0].kind == "COUNTRY":
                    info.country, place_source = m.ents[0].country, "coreference"
                    break
        if info.country is None and owner and (info.group_term or info.role):
            # "Assad's troops", "President Trump's advisers": those of the named possessor's country; "the
            # court's prosecutor" after the International Criminal Court: the court named before
            boss = table.name_entity_at(("name", "nominal"))
            for i in sorted(owner):
                e = boss.get(i)
                if e is not None and e.country and e.kind in ("PERSON", "ORG") and not e.generic:
                    info.country, place_source = e.country, "employer"
                    if e.kind == "ORG" and e.sector and info.role and not kb.roles[info.role].strong:
                        info.sector = e.sector      # "the agency's director" is the agency's
                    break
        if info.country is None and info.role and noun_lemma(h) not in COUNSEL_NOUNS:
            # "Scholz said his spokesman would ...", "two of her advisers": the aide of the person the possessive
            # pronoun was bound to is of that person's country (session 31 lead); not "his lawyer": one hired
            # where the case is, whoever the client (round35)
            for c, e in self._bound_possessives(h):
                if c.lower_ in ("his", "her") and e.kind == "PERSON" and e.country \
                        and e.country not in NON_STATE_COUNTRY:
                    info.country, place_source = e.country, "employer"
                    break
        if info.country is None and owner and (info.group_term or info.role):
            # "A Dutch aid group said ... The group's director said", "A Spanish rescue team arrived ... The team's
            # leader": a "the <noun>'s" possessor re-names the body the text described and placed just before by
            # that noun, whose people are of its country, not the dateline's (round35)
            iso = self.described_owner_country(h)
            if iso:
                info.country, place_source = iso, "employer"
        if info.country is None and noun_lemma(h) in KIN_GROUP_NOUNS:
            # "A British man was jailed in Dubai, his family said": the kin of the person the possessive pronoun was
            # bound to are of that person's country, not of the place the sentence tells of (round35)
            for c, e in self._bound_possessives(h):
                if c.lower_ in ("his", "her", "their") and e.kind == "PERSON" and e.country \
                        and e.country not in NON_STATE_COUNTRY and e.country_source in SAID_COUNTRY_SOURCES:  # (round35)
                    info.country, place_source = e.country, "coreference"
                    break
        if info.country is None and (info.role or info.group_term or info.sector):
            # "a spokesman for the World Bank", "economists at Goldman Sachs": the people of a named
            # organisation are of its country; a title that does not fix its sector takes the employer's
            # (a group noun keeps its own sector)
            employer = self.employer(h)
            if employer is not None:
                info.country, place_source = employer.country, "employer"
                if info.role and employer.sector and not kb.roles[info.role].strong:
                    info.sector = employer.sector
            elif info.role:
                # "a lawyer for Nigeria", "an attorney for the Kenyan government": one who speaks or acts for
                # a state is of it, whatever sector their own title gives (session 27)
                iso = self.state_served(h)
                if iso:
                    info.country, place_source = iso, "employer"
        lemma = noun_lemma(h)
        legal = info.group_term == "party" and info.country is None and (
            self.legal_parties(h, toks) or any(t.lower_ == "third" for t in toks if t.i < h.i))
        if legal:
            # "both parties asked the court": the sides of a case, not political parties; nor is "a third party"
            # (someone else; session 19)
            info.sector = None
        definite = any(t.lower_ in _DEFINITE or t.dep_ == "poss" for t in toks if t.i < h.i)

        def add(ents: list[Ent], label: str = "NOMINAL") -> None:
            # the phrase's words are used up only when it names an actor ("Israeli" in "Israeli tank
            # shelling" stays a mention of Israel when "tank" names none)
            table.phrase_tokens[start:end] = b"\x01" * (end - start)
            table.add(start, end, h.i, "nominal", label, ents, name_level=False)
            if lemma not in FOREIGN_PORTFOLIOS and any(c.dep_ == "amod" and c.lower_ in FOREIGN for c in children(h)) \
                    or self.from_several_countries(h) or self.possessor_foreign(h) or self.relation_of_state(h):
                for e in ents:
                    e.foreign = e.foreign or (e.generic and e.country is None)
            shared = [self.kb.shared_demonyms[t.lower_] for t in toks if t.i < h.i and t.lower_ in self.kb.shared_demonyms]
            if shared:      # "the Korean government": North's or South's, never the story's third country
                for e in ents:
                    if e.country is None:
                        e.one_of = e.one_of or shared[0]
        if not info.plural and self.national_description(h, info, lemma):
            # "Jose Ruiz agreed a deal ... The Chilean coach had been without a club": the person the story
            # is about, who is of that nationality
            person = self.story_person_described(h, info.country, info.gender)
            if person is not None:
                add([person])
                return
        # "the country", "the two nations"; "the Gulf state" (a state of a region of states, round34)
        if lemma in kb.country_nouns or lemma == "state" and definite and self.region_epithet(h) is not None:
            if info.country:
                return
            if info.plural:
                if not definite or any(c.lower_ in OTHER_WORDS or c.dep_ == "relcl" for c in children(h)):
                    return    # "countries that expelled envoys", "other nations": new ones, not those named
                own = self.own_subjects(h)
                members = self.countries_talked_about(h, own, info.count or 2) \
                    or table.recent(lambda e: e.kind == "COUNTRY" and e not in own, h.i, info.count or 2)
                if len(members) >= 2:
                    add(members, "GROUP")
                return
            if definite:
                ms = self.country_talked_about(h)
                if ms:
                    add(ms)
            return
        if lemma in kb.national_bodies and info.plural and definite and info.count and not info.country \
                and info.sector and not any(c.lower_ in OTHER_WORDS or c.dep_ == "relcl" for c in children(h)):
            # "the two governments", "both armies", "the three governments": one such body of each of the
            # countries the text has been talking about, when it names as many (round35)
            states = self.states_talked_about(h, info.count)
            if len(states) == info.count:
                add([table.group_ent(iso, info.sector, source="coreference") for iso in states], "GROUP")
                return
        if info.plural and not info.country and (info.role or info.group_term) and info.sector:
            # "India and Bangladesh signed a deal after talks between their prime ministers": a plural "their"
            # bound to two or more countries owns one such body or office holder of each (round37, session 36
            # tgt39)
            owners = self.possessing_countries(h)
            if len(owners) >= 2:
                add([table.group_ent(iso, info.sector, source="coreference") for iso in owners], "GROUP")
                return
        if lemma in NEIGHBOUR_STATE_NOUNS and info.plural and not info.country \
                and (definite and info.count == 2 or any(t.lower_ == "both" for t in toks if t.i < h.i)):
            # "the two neighbours", "both neighbours": the two countries the text talks about, when it names two
            # in another position than a place's; else people (round35, session 34 tgt36)
            members = self.countries_talked_about(h, self.own_subjects(h), 2)
            if len(members) == 2:
                add(members, "GROUP")
                return
        if lemma in SIDE_NOUNS and info.plural and definite and not info.country and (info.count or 2) == 2 \
                and not any(c.lower_ in OTHER_WORDS for c in children(h)):
            sides = self.two_sides(h)
            if sides:
                add(sides, "GROUP")
                return
        person_head = lemma in GROUP_PERSON_HEADS or info.head_role
        # plural people named before: "the two leaders", "both leaders", "the two men"; an indefinite
        # number ("Three men have been charged", "two more men") brings in new people
        if info.plural and person_head and not info.country and definite:
            several = self.same_noun_members(h, lemma, info.count)
            if several:
                add(several, "GROUP")   # "The leaders of Egypt, Jordan and Qatar met ... the three leaders said"
                return
            body = self.body_of_same_noun(h, lemma) if info.count is None else None
            if body is not None:
                add([body])           # "Leaders of the Group of Seven agreed ... the leaders' communique" (round35)
                return
            want = info.count or 2
            own = self.own_subjects(h)
            pf = self.person_filter(info)

            def compat(e: Ent) -> bool:
                return e not in own and pf(e)
            members = self.people_of_named_countries(h, compat, want) or table.recent(compat, h.i, want)
            if len(members) < want:
                members += [e for e in table.following(compat, h.i, want - len(members)) if e not in members]
            if len(members) >= 2:
                add(members, "GROUP")
                return
            if info.group_term is None and (info.count is not None or info.sector is None):
                return        # "the two leaders" are two people of the text; "the officials" may be a body
        if not info.plural and info.role is None:
            named = self.appositive_name(h, "ORG")
            if named is not None:          # "its parent company, Nimbus Holdings, said"
                add([named])
                return
        demonstrative = any(t.lower_ in ("the", "this", "that") for t in toks if t.i < h.i) \
            and not any(t.dep_ == "poss" and t.i != h.i for t in toks)     # ("the court's prosecutor": the
                                                                            # court itself may be possessive)
        if (lemma in kb.org_nouns or info.group_term is not None) and demonstrative and not info.country \
                and not info.plural and not any(c.dep_ == "appos" for c in children(h)):
            # "the agency", "the union": the organisation named shortly before
            classified = self.classified(h)
            # "the US consulate ... The consulate": the body named shortly before by the same noun ("the settlement
            # bloc" names a body of another kind: not the EU named before, kind_named)
            wanted = info.sector if lemma not in kb.org_nouns or classified else None
            org = None if self.kind_named(h, info) else \
                self.same_noun_body(h, lemma) or self.recent_org(h, lemma, wanted, classified=classified)
            if org is None and lemma in kb.org_nouns:
                # "the hospital staff ... the staff": the group described by that noun shortly before
                sent = self.view.sent_of[h.i]
                org = next((e for e in table.recent(lambda e: e.kind == "GROUP" and e.generic
                                                    and e.key.rsplit(":", 1)[-1] == h.lower_, h.i, 1)
                            if any(m.ents == [e] and sent - m.sent <= 5 for m in table.ments)), None)
            if org is not None:
                add([org])
                return
            if lemma in kb.org_nouns:
                if info.sector is None and self.local_government(h, lemma):
                    # "sued the city council": a local government body of the story's country
                    # when no such body was named before (context.py; session 21)
                    add([table.group_ent(None, "GOV", noun=h.text, source=place_source,
                                         phrase=self.description(h, start, end), new=False)])
                    return
                if info.sector is not None:
                    # "the hospital staff", "the school staff": the people of that kind of institution
                    add([table.group_ent(None, info.sector, plural=True, noun=h.text, source=place_source,
                                         phrase=self.description(h, start, end), new=False)])
                return
        if lemma in kb.org_nouns and not definite and h.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ == "det" for c in children(h)):
            # "Staff on short-term contracts said": people of no organisation named, a group of their own
            # (whose country the story may give, context.py)
            add([table.group_ent(info.country, None, plural=True, noun=h.text, source=place_source,
                                 phrase=self.description(h, start, end), new=True)])
            return
        if lemma in INTRODUCED_BODY_NOUNS and not info.plural and h.dep_ in ARGUMENT_DEPS \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(h)) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children(h)):
            # "An outside group paid for the ads", "a local organisation said": a body the text introduces
            # without naming it (a "group of farmers" is the farmers)
            add([table.group_ent(info.country, info.sector, noun=h.text, source=place_source,
                                 phrase=self.description(h, start, end), new=True)])
            return
        countries = list(dict.fromkeys(self.view.country_of[t.i] for t in toks if t.i in self.view.country_of))
        if len(countries) > 1 and any(t.dep_ == "cc" for t in toks) and (info.group_term or info.plural):
            # "US and British activists": one group per country
            members = [table.group_ent(c, info.sector, plural=True) for c in countries]
            add(members, "GROUP")
            return
        if not info.plural and definite and info.role is None and lemma in kb.agents and self.speaks(h):
            # "..., the soft-spoken engineer said": a person agent noun re-naming the subject before
            person = self.epithet_antecedent(h, info)
            if person is not None:
                add([person])
                return
        if info.group_term is not None and kb.terms.get(info.group_term) is not None \
                and kb.terms[info.group_term].use == "facility":
            if info.country:      # "the refineries in Iran": an installation the event befalls, of that country
                cname = kb.country_name(info.country) or info.country
                ent = table.ent(f"F:{info.country}:{info.group_term}", name=f"{cname} {info.group_term}",
                                kind="GROUP", generic=True)
                ent.set_country(info.country, place_source)
                add([ent])
            return
        if info.plural and definite and not info.country:
            same = self.same_noun_group(h, lemma)
            if same is not None:
                # "three Sudanese students ... The students were released": the group named before
                add([same])
                return
        if info.group_term is not None or info.plural:
            if info.sector is None and info.country is None and not legal:
                return
            # (a possessor makes it someone's: "his supporters" are not the supporters of another named before)
            # "the Alberta government", "Ontario's government": a province's or state's government is a
            # government of its own, with the country's code (ctry29)
            region = self.region_of.get(h.i) if info.sector == "GOV" and not info.plural \
                and place_source == "place" else None
            ent = table.group_ent(info.country, info.sector, plural=info.plural, noun=h.text, source=place_source,
                                  phrase=self.description(h, start, end), new=not definite or bool(owner),
                                  region=region)
            add([ent])
            return
        if info.role is None:
            return
        if lemma in BARE_NOT_PEOPLE and not info.country and lemma == info.role \
                and not any(c.dep_ in ("prep", "compound", "amod") or c.dep_ == "poss" and c.pos_ != "PRON"
                            for c in children(h)):
            return            # "hit in the head", "her head": without "of ..." or a modifier these are no title
        # a singular person by role: the person named in apposition ("Kowal's dad, Piotr, says"), else
        # corefer with a person of the document, else the KB's office holder
        ent = self.appositive_name(h, "PERSON")
        speaks = not info.plural and self.speaks(h)
        if ent is None and definite and speaks:
            # a speaker described, not named: "..., the lanky professor said" is the person the story is
            # about at that point (before any earlier generic professor)
            ent = self.epithet_antecedent(h, info)
        if ent is None and definite and not info.country and kb.roles[info.role].sector == "CVL" \
                and not kb.roles[info.role].strong:
            # "a young man died in custody ... the police commissioner said ... beating the man": a plain person noun
            # re-names the one the text last called by it, before any other person (session 35 lead)
            ent = self.same_noun_person(h, lemma)
        if ent is None and definite:
            compat = self.person_filter(info)
            others = self.clause_subject_entities(h, compat)
            found = table.recent(lambda e: compat(e) and e not in others, h.i, 3)
            ent = self.unmarked_holder(h, found) if not info.country else (found[0] if found else None)
            if ent is not None and info.country and ent.country is None and info.country not in ent.foreign_to \
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(h)):
                # "Julian Assange ... the Australian national" (not "its source": whose "its" is says
                # nothing of the person's nationality)
                ent.set_country(info.country, "coreference")
            if ent is None and info.country:
                # "the Russian leader", "Iran's foreign minister": the KB's office holder on that date
                holders = kb.holders_of(info.country, info.role, self.view.day)
                if not holders and info.head_role and info.role not in SPECIFIC_HEAD_TITLES:
                    holders = kb.heads_of(info.country, self.view.day)
                if holders:
                    ent = table.office_ent(holders[0].name)
        if ent is None and (speaks or self.lede_subject(h)):
            # "A hospital spokeswoman said ... / '...,' said Jane Roe": named in the next sentence; so is
            # the subject of a story's first sentence ("The US's top virus expert has praised ... / Dr Jane
            # Roe told ..."), and the description's country is then the person's
            ent = self.named_next(h, info, toks)
            if ent is not None and info.country and ent.country is None and info.country not in ent.foreign_to:
                ent.set_country(info.country, "coreference")
        if ent is not None and speaks and info.gender and ent.gender is None and not ent.generic:
            ent.gender = info.gender     # "a spokeswoman ... Jo Tan": "he" later is someone else
        if ent is None:
            # a person known by role only ("a doctor on the scene", "the mayor of Nablus"): a generic
            # actor of that role, whose country the phrase or else the story gives (context.py)
            cname = kb.country_name(info.country)
            name = f"{cname} {info.role}" if cname else self.description(h, start, end)
            # one generic actor per role, country and sector: "an insurgent source" and "a police source"
            # are two people
            key = f"R:{info.country}:{info.role}:{info.sector}"
            ent = table.ents.get(key)
            if ent is None:
                ent = table.ent(key, name=name, kind="PERSON", sector="ELI" if info.former else info.sector,
                                role=info.role, gender=info.gender, generic=True, local=not cname)
                if info.country:
                    ent.set_country(info.country, place_source)
        ent.foreign_to |= self.sent_to.get(h.i, set())
        add([ent])

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
        for m in self.table.latest_before(h.i, since):
            if m.start >= h.i or m.head < since or len(m.ents) != 1 or m.head == h.i:
                continue
            e = m.ents[0]
            if e.kind != "GROUP" or not e.country or e.country_source not in ("name", "title", "kb") \
                    or e.sector in BODY_SECTORS:
                continue      # (forces and officials re-named are a body's: context.py's coreference)
            if noun_lemma(view.doc[m.head]) == lemma:
                return e
            if nearest is None and e.plural and e.sector in PRIVATE_SECTORS | {"CRM"} \
                    and sent - m.sent <= PEOPLE_ANAPHOR_SENTENCES:
                nearest = e
        # "two Algerian nationals ... The suspects", "six Russian businessmen ... The men": a word that only
        # says they are people re-names the private people named just before
        return nearest if lemma in PEOPLE_ANAPHORS else None

    def appositive_name(self, h: Token, kind: str) -> Ent | None:
        """The person or organisation a role or organisation noun names in apposition: "her father, Piotr",
        "the club's coach, Ana Ruiz", "its parent company, Nimbus Holdings"."""
        names = [c for c in children(h) if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not names:
            return None
        named = self.table.name_entity_at()
        e = named.get(names[0].i)
        return e if e is not None and e.kind == kind and not e.generic else None

    def employer(self, h: Token) -> Ent | None:
        """"a spokesman for the United Nations peacekeeping force", "a lawyer for Amnesty International": the
        named organisation (with a country, IGO or NGO code) a person speaks or works for; with "at" ("an
        analyst at Nissan"), one they work at -- not an international body, where envoys of states sit."""
        objects = _prep_objects(h, ("for", "at"))
        if not objects:
            return None
        named = self.table.name_entity_at()
        for prep, o in objects:
            for t in (o, *(g for g in children(o) if g.dep_ in ("compound", "nmod"))):
                e = named.get(t.i)
                if e is not None and e.kind == "ORG" and e.country and not e.generic \
                        and not (prep == "at" and e.country in NON_STATE_COUNTRY):
                    return e
        return None

    def state_served(self, h: Token) -> str | None:
        """The country a role noun works "for" when that is a state: a country's name ("a lawyer for Nigeria")
        or a state body a country's name or demonym modifies ("for the Kenyan government"). Clients that are
        people or groups ("a lawyer for the families") give none."""
        named = self.table.name_entity_at()
        for _, o in _prep_objects(h, ("for",)):
            e = named.get(o.i)
            if e is not None and e.kind == "COUNTRY" and e.country and e.country not in NON_STATE_COUNTRY:
                return e.country
            iso = self.view.national_body_country(o)
            if iso:
                return iso
        return None

    def legal_parties(self, h: Token, toks: list[Token]) -> bool:
        """"Both parties asked the judge", "the parties to the lawsuit", "talks between the parties to the war": a
        plural "parties" with no modifier that names a kind of party, in a sentence about a legal matter
        (LEGAL_PARTY_CONTEXT) or a conflict and its settlement (CONFLICT_PARTY_CONTEXT)."""
        if h.tag_ not in ("NNS", "NNPS") or any(t.i < h.i and t.lower_ not in PARTY_NEUTRAL_MODIFIERS
                                                 for t in toks):
            return False
        words = {t.lemma_.lower() for t in h.sent}
        # "a deal negotiated between the parties to the war": the sides of a conflict or of peace talks, unless
        # the sentence is about elections or coalitions, where parties are political ones (session 32)
        return bool(words & LEGAL_PARTY_CONTEXT) or bool(words & CONFLICT_PARTY_CONTEXT) \
            and not words & PARTY_POLITICS_CONTEXT

    def clause_subject_entities(self, h: Token, compat) -> list[Ent]:
        """Who the subject of the nominal's own clause is: "he fought with the shirtless man" -- the man is
        not "he". A subject already resolved gives its entity; a personal pronoun not yet resolved, the
        entity it will most likely take (the most recent compatible one)."""
        t, steps = h, 0
        while t.dep_ in ("pobj", "prep", "dobj", "dative", "conj", "appos") and t.head.i != t.i and steps < 4:
            t, steps = t.head, steps + 1
        if t.i == h.i or t.pos_ not in ("VERB", "AUX"):
            return []
        out: list[Ent] = []
        for subj in (c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")):
            ments = [m for m in self.table.ments if m.head == subj.i and len(m.ents) == 1]
            if ments:
                out.append(ments[0].ents[0])
            elif subj.lower_ in CLAUSE_PRONOUNS:
                out += self.table.recent(compat, subj.i, 1)
        return out

    def description(self, h: Token, start: int, end: int) -> str:
        """How the text describes an actor it does not name: the nominal with the modifiers after its
        head ("A person familiar with the negotiations", "most of the 40 nurses at the clinic"),
        up to a comma or a relative clause."""
        vt = self.view.toks
        last = end - 1
        for c in rights(h):
            if c.dep_ not in ("amod", "prep", "acl", "nummod", "compound") or c.tag_ in ("VBD", "VBZ", "VBP"):
                break
            if c.dep_ == "prep" and c.lower_ in REASON_PREPS and any(
                    o.dep_ == "pobj" and any(g.dep_ == "poss" and g.lower_ in OWN_PRONOUNS for g in children(o))
                    for o in children(c)):
                break           # "thanked firefighters for their work": why they were thanked, not who they are
            right = max(t.i for t in subtree(c))
            if any(vt[i].is_punct or vt[i].is_space for i in range(last + 1, right + 1)) or right - start > 15:
                break
            last = right
        return " ".join(vt[start].doc[start:last + 1].text.split())

    def from_several_countries(self, h: Token) -> bool:
        """"diplomats from seven countries", "envoys of several nations": people of many states, none of
        them the story's (a careful reader cannot give them one country). The parser often hangs the
        phrase on the verb ("expelled diplomats from seven countries"): a "from" right after the noun counts."""
        doc = h.doc
        after = [doc[h.i + 1]] if h.i + 1 < len(doc) and doc[h.i + 1].head.i == h.head.i \
            and doc[h.i + 1].lower_ == "from" else []
        for prep in [*children(h), *after]:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                for pobj in children(prep):
                    if pobj.dep_ == "pobj" and pobj.tag_ == "NNS" and noun_lemma(pobj) in self.kb.country_nouns:
                        return True
        return False

    def _bound_possessives(self, h: Token):
        """(pronoun, entity) for each possessive pronoun of `h` the pronoun step bound to one entity."""
        for c in children(h):
            if c.dep_ == "poss":
                for m in self.table.ments:
                    if m.start == c.i and m.kind == "pronoun" and len(m.ents) == 1:
                        yield c, m.ents[0]
                        break

    def possessing_countries(self, h: Token) -> list[str]:
        """The countries a possessive "their" of `h` was bound to, when the pronoun step bound it to two or more
        countries ("India and Bangladesh ... their prime ministers"); else none."""
        for c in children(h):
            if c.dep_ == "poss" and c.lower_ == "their":
                for m in self.table.ments:
                    if m.start == c.i and m.kind == "pronoun" and len(m.ents) >= 2 \
                            and all(e.kind == "COUNTRY" and e.country for e in m.ents):
                        return list(dict.fromkeys(e.country for e in m.ents))
        return []

    def possessor_foreign(self, h: Token) -> bool:
        """"their governments" after "diplomats from seven countries": what a foreign group owns is no
        more the story's than the group."""
        for c, e in self._bound_possessives(h):
            if c.lower_ in ("its", "their"):
                return e.foreign and e.country is None
        return False

    def described_owner_country(self, h: Token) -> str | None:
        """The country of the body a definite possessor "the <noun>'s" of `h` re-names: the latest mention within
        SAME_NOUN_SENTENCES whose phrase has that noun as its head or a modifier of its head ("A Norwegian charity
        ship" for "the charity's"), of one entity the text itself placed (round35)."""
        view = self.view
        poss = [c for c in children(h) if c.dep_ == "poss" and c.pos_ == "NOUN"
                and any(d.dep_ == "det" and d.lower_ == "the" for d in children(c))]
        if len(poss) != 1:
            return None
        noun, sent = noun_lemma(poss[0]), view.sent_of[h.i]
        since = view.sent_start[max(0, sent - SAME_NOUN_SENTENCES)]
        for m in self.table.latest_before(h.i, since):
            if m.end > poss[0].i or m.head < since or len(m.ents) != 1 or m.kind not in ("nominal", "name"):
                continue
            head = view.doc[m.head]
            words = {noun_lemma(head)} | {noun_lemma(c) for c in children(head) if c.dep_ == "compound"}
            if noun not in words:
                continue
            e = m.ents[0]
            if e.country and e.country not in NON_STATE_COUNTRY and e.country_source in ("name", "title", "kb"):
                return e.country
            return None
        # a phrase no mention covers yet: "A Spanish rescue team", "A Norwegian charity ship" (the nationality
        # word is a mention of its country, read later)
        for t in reversed(view.doc[since:poss[0].i]):
            if noun_lemma(t) != noun or t.pos_ not in ("NOUN", "PROPN"):
                continue
            head = t.head if t.dep_ == "compound" else t
            found = {view.country_of[c.i] for c in children(head)
                     if c.dep_ in ("amod", "compound", "nmod") and c.i in view.country_of}
            if len(found) == 1 and next(iter(found)) not in NON_STATE_COUNTRY:
                return found.pop()
            return None
        return None

    def possessor_country(self, h: Token) -> str | None:
        """'its soldiers', 'their police': the country of what the possessive pronoun was bound to; 'his
        government' (word list PERSONAL_STATE_NOUNS): the country of the person "his" was bound to (a
        president's or an envoy's government is their country's), not the story's."""
        for c, e in self._bound_possessives(h):
            personal = c.lower_ in ("his", "her") and noun_lemma(h) in PERSONAL_STATE_NOUNS
            if noun_lemma(h) in COUNSEL_NOUNS and e.kind in ("PERSON", "GROUP"):
                return None       # "two Syrian men ... Their lawyers said": hired where the case is (round35)
            if c.lower_ in ("its", "their") or personal:
                if self.relation_of_state(h):
                    return None     # "Turkey thanked its neighbours": other states, not Turkey's people (round35)
                kinds = ("PERSON",) if personal else ("COUNTRY", "ORG", "GROUP")
                return e.country if e.kind in kinds and e.country not in NON_STATE_COUNTRY else None
        whose = self._whose_owner(h)
        if whose is not None and whose.kind in ("COUNTRY", "ORG", "GROUP") and whose.country not in NON_STATE_COUNTRY:
            return whose.country
        return None

    def relation_of_state(self, h: Token) -> bool:
        """"Turkey thanked its neighbours", "its rivals": a relation noun (kb word list STATE_RELATION_NOUNS) whose
        possessive was bound to a country names others than that country's people, of no country the story gives
        either (round35)."""
        return noun_lemma(h) in STATE_RELATION_NOUNS and any(
            c.lower_ in ("its", "their") and e.kind == "COUNTRY" for c, e in self._bound_possessives(h))

    def _whose_owner(self, h: Token) -> Ent | None:
        """"Ruritania, whose generals have ...": the entity the relative clause's "whose" stands for,
        the noun the clause hangs on (session 25)."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in children(h)):
            return None
        clause = h
        for _ in range(4):
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        antecedent = clause.head
        for m in self.table.mentions_before(antecedent.i + 1):
            if m.head == antecedent.i and m.kind != "pronoun" and len(m.ents) == 1:
                return m.ents[0]
        return None

    def classified(self, h: Token) -> bool:
        """Does a modifier say what kind of body the noun is ("the health department", "the central bank",
        "the teachers' union")? Then only a body of that name or sector is its antecedent."""
        return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "poss" and c.pos_ == "NOUN"
                   or c.dep_ == "amod" and (c.lower_ in CLASSIFYING_ADJECTIVES or c.lower_ in self.kb.modifiers)
                   for c in children(h))

    def two_sides(self, h: Token) -> list[Ent]:
        """"Police clashed with miners ... The two sides accused each other", "Ethiopia and Eritrea signed a deal.
        Both sides said ...": the two parties named last, in this or the SIDES_SENTENCES sentences before --
        states, bodies, named people or groups with a country or a sector, not the verb's own subject -- when
        exactly two distinct ones stand there before the one named third; [] otherwise (session 30, ctry31)."""
        view, table = self.view, self.table
        own = self.own_subjects(h)
        first = view.sent_start[max(0, view.sent_of[h.i] - SIDES_SENTENCES)]
        found: list[Ent] = []
        for m in table.mentions_before(h.i):
            if m.start < first:
                break
            if m.kind == "pronoun" or m.start >= h.i:
                continue
            head = view.toks[m.head]
            if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
                continue          # ("flew them to Oman", "talks in Geneva": where, not who)
            for e in m.ents:      # ("Armenian and Azerbaijani officials met": one phrase, two sides)
                if e in own or e in found or e.plural and e.kind == "PERSON" \
                        or e.kind == "GROUP" and not (e.country or e.sector) \
                        or e.kind not in ("COUNTRY", "ORG", "GROUP", "PERSON"):
                    continue
                found.append(e)
            if len(found) >= 2:
                break
        return found if len(found) == 2 else []

    def launched_by(self, h: Token) -> str | None:
        """"30 drones launched by Russia", "troops sent by Moscow": the country whose name is the "by" agent of a
        participle of launching or sending (LAUNCHING_VERBS) that describes the noun, else the one country its
        "from" phrase names ("drones launched from Russia's Kursk region", round37); None otherwise (session
        33 lead)."""
        for verb in children(h):
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in LAUNCHING_VERBS:
                continue
            for agent in children(verb):
                if agent.dep_ != "agent":
                    continue
                iso = next((self.view.country_of[o.i] for o in children(agent) if o.dep_ == "pobj"
                            and o.i in self.view.country_of and o.i not in self.view.regional), None)
                if iso and iso != "IGO":
                    return iso
            for origin in children(verb):
                # "20 drones launched from Russia's Kursk region", "rockets fired from Lebanon": the one country
                # the from-phrase names (round37, session 36 tgt39)
                if origin.dep_ != "prep" or origin.lower_ != "from":
                    continue
                isos = {self.view.country_of[t.i] for o in children(origin) if o.dep_ == "pobj" for t in subtree(o)
                        if t.i in self.view.country_of and t.i not in self.view.regional}
                if len(isos) == 1 and "IGO" not in isos:
                    return isos.pop()
        return None

    def conjunct_demonym(self, h: Token) -> str | None:
        """"Russian missiles and drones", "Israeli jets and drones": a bare noun coordinated after a noun that a
        country's name or demonym modifies shares it (one adjective before both), when it has no determiner or
        modifier of its own ("Russian troops and the civilians", "Russian troops and Ukrainian drones" do not);
        so does a bare noun compound right before a noun a demonym modifies ahead of it ("an Israeli army base",
        "a Chinese navy ship"; session 33 lead). The country, or None."""
        first = h.head
        if h.pos_ != "NOUN" or first.pos_ != "NOUN" \
                or any(c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod") for c in children(h)):
            return None
        if h.dep_ == "conj" and first.i < h.i:
            before = first.i        # "Russian missiles and drones"
        elif h.dep_ == "compound" and first.i == h.i + 1:
            before = h.i            # "an Israeli army base": the army of the base's demonym
        else:
            return None
        countries = {self.view.country_of[c.i] for c in children(first)
                     if c.dep_ in ("amod", "compound") and c.i < before and c.i in self.view.country_of
                     and c.i not in self.view.regional}
        return next(iter(countries)) if len(countries) == 1 and "IGO" not in countries else None

    def own_subjects(self, h: Token) -> list[Ent]:
        """The entities named as the subject of the verb whose object (or object of a preposition) `h` is:
        "Sudan urged the two countries to talk" are two countries other than Sudan, "Ann Lee met the two
        leaders" two people other than her (an object does not take up its own verb's subject, as a pronoun
        object does not: pronouns.py; session 29 ctry30)."""
        verb = h
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head
        if verb.dep_ not in ("dobj", "dative", "iobj", "prep", "pobj") or verb.head.i == verb.i:
            return []
        verb = verb.head
        subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        while not subj and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        words = set()
        for c in subj:      # the subject and its conjuncts, not a possessor ("Putin's war brought the two leaders")
            words.add(c.i)
            words.update(x.i for x in children(c) if x.dep_ == "conj")
        return [e for m in self.table.ments if m.head in words for e in m.ents]

    def people_of_named_countries(self, h: Token, compat, want: int) -> list[Ent]:
        """"India had been holding ten fishermen and Pakistan said the two leaders agreed ...": when the
        sentence names `want` countries before "the two leaders", they are one person of each of those
        countries, the latest named of each, not the last two people the text named (a visitor among them;
        round33). Empty when the sentence names fewer countries or the text no such person."""
        view, table = self.view, self.table
        sent_start = view.sent_start[view.sent_of[h.i]]
        countries: list[str] = []
        for m in table.mentions_before(h.i):
            if m.start < sent_start:
                break
            if len(m.ents) == 1 and m.ents[0].kind == "COUNTRY" and m.ents[0].country \
                    and m.ents[0].country not in countries:
                countries.append(m.ents[0].country)
        if len(countries) != want:
            return []
        out: list[Ent] = []
        for iso in countries:
            found = table.recent(lambda e, iso=iso: compat(e) and e.country == iso and e not in out, h.i, 1)
            if not found:
                return []
            out.append(found[0])
        return out

    def states_talked_about(self, h: Token, want: int) -> list[str]:
        """"The two governments agreed", "accused both governments": the countries of the last `want` states the
        text named acting or speaking before -- a country itself, or one of its officials or bodies ("Putin
        thanked Modi ... The two governments": Russia and India) -- not one named as a place, nor the country of
        the subject of the verb the phrase is the object of ("Israel's minister accused the three governments":
        not Israel). Empty when fewer are named so (round35)."""
        toks = self.view.toks
        own = self.own_subjects(h)
        skip = {e.country for e in own if e.country}
        verb = h.head.head if h.dep_ == "pobj" else h.head
        if h.dep_ not in ("nsubj", "nsubjpass"):
            for c in children(verb):
                if c.dep_ in ("nsubj", "nsubjpass"):
                    skip.update(self.view.country_of[t.i] for t in subtree(c) if t.i in self.view.country_of)
        # "X and Y accused Z of arming W. Both governments deny it": the accused deny, not the accusers
        denial = h.dep_ == "nsubj" and h.head.lemma_.lower() in _DENIAL_VERBS
        out: list[str] = []
        for m in self.table.mentions_before(h.i):
            if len(m.ents) != 1:
                continue
            if denial and self._accuser(toks[m.head]):
                continue
            e = m.ents[0]
            if not e.country or e.country in NON_STATE_COUNTRY or e.country in skip or e.country in out \
                    or not (e.kind == "COUNTRY" or e.sector in STATE_SECTORS):
                continue
            if e.kind == "COUNTRY" and named_as_place(toks[m.head]):
                continue        # "in Ukraine": a place, not a state the text talks about
            out.append(e.country)
            if len(out) >= want:
                return out
        return []

    @staticmethod
    def _accuser(t: Token) -> bool:
        """The word is (part of) the subject of an accusing verb ("Washington and Seoul have accused ...")."""
        t = climb(t, NAME_LINKS)
        return t.dep_ == "nsubj" and t.head.lemma_.lower() in _ACCUSING_VERBS

    def countries_talked_about(self, h: Token, own: list[Ent], want: int) -> list[Ent]:
        """"the two countries", "the countries" re-name the last countries named in another position than a
        place's ("Ghana and Togo signed a deal ... The president departed for Kenya ... The two countries":
        Ghana and Togo, not the Kenya he flew to), as "the country" does (country_talked_about); none when fewer than
        `want` are named so (round33)."""
        toks = self.view.toks
        out: list[Ent] = []
        placed: set[int] = set()
        for m in self.table.mentions_before(h.i):
            if len(m.ents) != 1 or m.ents[0].kind != "COUNTRY" or m.ents[0] in own:
                continue
            e = m.ents[0]
            if e in out or id(e) in placed:
                continue
            if named_as_place(toks[m.head], departures=True):
                placed.add(id(e))   # its latest mention is a place: not one the text talks about
                continue
            out.append(e)
            if len(out) >= want:
                return out
        return []

    def country_subject(self, m, h: Token, forms: frozenset[str] | None) -> Ent | None:
        """The country that is the subject of the clause whose object `m` names (another country than m's, of the
        state forms asked for): what a descriptive epithet after it re-names (round34)."""
        verb = self.view.toks[m.head].head
        for _ in range(3):         # "imposed tariffs on South Korea": up to the verb
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for mm in self.table.mentions_before(h.i):
            if len(mm.ents) != 1 or mm.ents[0].kind != "COUNTRY" or mm.ents[0] is m.ents[0]:
                continue
            t = self.view.toks[mm.head]
            if t.dep_ == "nsubj" and t.head.i == verb.i \
                    and (forms is None or (mm.ents[0].country or "").lower() in forms):
                return mm.ents[0]
        return None

    @staticmethod
    def region_epithet(h: Token) -> frozenset[str] | None:
        """The states a region adjective before a country noun describes ("the Gulf nation": REGION_EPITHETS)."""
        return next((REGION_EPITHETS[c.lower_] for c in children(h) if c.dep_ in ("amod", "compound")
                     and c.i < h.i and c.lower_ in REGION_EPITHETS), None)

    def country_talked_about(self, h: Token) -> list[Ent]:
        """The country "the country" / "the nation" re-names: the one last named, unless it was named as a
        place ("attacks in X", "infiltration from Y", "the border with Z") and another country was named
        before in some other position (subject, possessive, modifier): that is the one the text talks about
        (round24). With none such, the last one named, as before."""
        table, toks = self.table, self.view.toks
        last = None
        lemma = noun_lemma(h)
        forms = STATE_FORMS.get(lemma)
        # "the Gulf nation", "the Himalayan country": one of the states of that region (REGION_EPITHETS, round34)
        region = self.region_epithet(h)
        if region is not None:
            forms = region if forms is None else forms & region
        for m in table.mentions_before(h.i):
            if len(m.ents) != 1 or m.ents[0].kind != "COUNTRY":
                continue
            iso = (m.ents[0].country or "").lower()
            if forms is not None and iso not in forms or lemma == "republic" and iso in MONARCHIES:
                # "Saudi Arabia signed a deal with France ... the kingdom": the kingdom, not the last country
                # named; a text that named no kingdom gives "the kingdom" none (session 29 ctry30)
                continue
            last = last or m.ents[0]
            head = toks[m.head]
            if named_as_place(head, borders=True):
                continue
            if head.head.lower_ in NEIGHBOUR_WORDS or any(c.lower_ in NEIGHBOUR_WORDS for c in children(head)):
                continue      # "from neighbouring Libya" (parsed as a verb and its object, or as a modifier)
            if head.dep_ in ("dobj", "dative", "pobj") and any(c.dep_ == "amod" for c in children(h)):
                # "Nepal asked India for more fuel. The landlocked nation said ...": an epithet re-names the
                # country its sentence was about, the subject, over one it acted on (round34)
                subject = self.country_subject(m, h, forms)
                if subject is not None:
                    return [subject]
            return [m.ents[0]]
        if last is None and forms is not None:
            # "Crown Prince Mohammed visited Washington ... arms sales to the kingdom": no kingdom named as a
            # country, but a body or office holder of one, the last named (session 29 ctry30)
            for m in table.mentions_before(h.i):
                if len(m.ents) == 1 and m.ents[0].sector in INSTITUTION_OF_STATE \
                        and (m.ents[0].country or "").lower() in forms:
                    return [table.country_ent(m.ents[0].country)]
        return [last] if last is not None else []

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
            if e is not None and e.country and e.kind in ("GROUP", "ORG") and self.view.doc[m.head].tag_ != "NNS":
                return e
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
            named = [c for c in children(t) if c.dep_ in ("compound", "poss") and c.i in bodies]
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
            named = lemma in e.name.lower() and not self.other_kind_of_body(lemma, own_sector, e)
            if not named and lemma in self.kb.national_bodies:
                continue        # "the Rapid Support Forces ... accused the army": a body every state has is the
                                # state's unless the organisation named before is called by it (session 35 lead)
            if sector == "BUS" and e.country == "MNC":
                pass                # a multinational (Phoenix "MNC...") is a company whatever its sector part
            elif classified and not named and (e.sector is None or sector is not None and e.sector != sector):
                continue            # "the health department" is not the COVID-19 named before, "the central
                                    # bank" not the CDC; "the news organisation" may be CNBC (MED)
            elif sector is not None and not named and e.sector != sector \
                    and (e.sector is not None or lemma in self.kb.national_bodies):
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

    def unmarked_holder(self, h: Token, found: list[Ent]) -> Ent | None:
        """"President Obama ... Russia's Vladimir Putin ... the Russian president ... The president said": a bare
        title names the holder the text never had to mark by country, not the most recent one it called "the
        Russian president" (session 21). The most recent candidate otherwise."""
        if len(found) < 2 or not self.marked_by_country(found[0], h.i):
            return found[0] if found else None
        return next((e for e in found[1:] if not self.marked_by_country(e, h.i)), found[0])

    def marked_by_country(self, e: Ent, before: int) -> bool:
        """Some mention of `e` before token `before` names a country in its words ("the Russian president",
        "Russia's Vladimir Putin")."""
        country_of = self.view.country_of
        return any(m.ents == [e] and m.start < before and any(i in country_of for i in range(m.start, m.end))
                   for m in self.table.ments)

    def person_filter(self, info: PhraseInfo):
        kb = self.kb

        def ok(e: Ent) -> bool:
            if e.kind != "PERSON" or e.plural:
                return False
            if info.country and e.country and e.country != info.country:
                return False
            if info.country and not e.country and (e.generic or info.role is None or info.head_role):
                return False      # "the Australian national" may name a person of no known country yet
            if info.gender and e.gender and info.gender != e.gender:
                return False
            if info.role is None:
                return True
            role = kb.roles[info.role]
            if info.role in YOUTH_NOUNS and (e.role or e.office is not None or e.head_role):
                return False      # "Sheriff Tom Ball said the boy was booked": a titled official is no boy
            if role.sector == "CVL" and not role.strong:
                return True       # "the man", "the Australian national": any person who fits
            is_head = e.head_role or kb.is_head_role(e.role) or (e.sector == "GOV" and e.role is None)
            if info.head_role and info.role not in SPECIFIC_HEAD_TITLES:
                return is_head                     # leader, autocrat, dictator: any head
            title = FULL_TITLES.get(e.role.lower(), e.role.lower()) if e.role else None    # "Gov." is a governor
            if title and title in SPECIFIC_HEAD_TITLES and title != info.role:
                return False      # "the minister" is not the prime minister
            if title and info.role in title:
                return True
            if title == "counterpart" and role.sector and role.sector == e.sector:
                return True       # "met his Saudi counterpart ... The two ministers": one of the same office (session
                                  # 35 lead)
            if info.role in DIPLOMAT_NOUNS and not info.country and e.country and title \
                    and any(w in title.split() for w in DIPLOMAT_NOUNS):
                # "the Israeli ambassador ... The envoy said": one placed diplomat by another name; not "Beijing's
                # envoy", a description with a country of its own, for a diplomat the text has not placed (round35)
                return True
            return info.head_role and is_head and e.role is None
        return ok

    def speaks(self, h: Token) -> bool:
        """The nominal is the subject of a verb of saying ("the coach said", "a judge chastised the
        station, saying ...")."""
        if h.dep_ != "nsubj":
            return False
        verbs = self.kb.speech_verbs
        return h.head.lemma_.lower() in verbs or any(
            c.dep_ == "advcl" and c.lemma_.lower() in verbs for c in children(h.head))

    def lede_subject(self, h: Token) -> bool:
        """The subject of the story's first sentence, singular: a lede that describes the person the next
        sentence names."""
        return h.dep_ == "nsubj" and h.tag_ == "NN" and self.view.sent_of[h.i] == 0

    def epithet_antecedent(self, h: Token, info: PhraseInfo) -> Ent | None:
        """A definite role description with a describing word ("the lanky professor", "the former coach",
        "the self-taught Cambridge resident") that speaks re-names the last named person who was a subject
        or speaker within EPITHET_SENTENCES -- unless that person holds another role, is of another country
        or gender. A bare "the professor said" may be someone new."""
        if not has_the(h) \
                or any(c.dep_ == "prep" and c.lower_ == "for" for c in children(h)):
            return None           # "the spokesman for the ministry" speaks for someone else
        if not any(c.dep_ == "amod" and c.i not in self.view.country_of for c in children(h)):
            return None
        role = self.kb.roles.get(info.role) if info.role else None
        sector = role.sector if role is not None else info.sector
        if sector not in PRIVATE_SECTORS and not info.former:
            return None           # "the veteran minister": an office is held by someone the text may not name
        e = self.last_subject_person(h)
        if e is None or not self.may_be(e, info.gender, info.country) \
                or e.role and info.role and not info.former and info.role not in e.role.lower():
            return None           # the last one who spoke is someone else: no guess
        return e

    def national_description(self, h: Token, info: PhraseInfo, lemma: str) -> bool:
        """Is `h` the subject of its clause, "the" + nationality + a private person's noun ("the Portuguese
        boss", "the Brazilian striker", "the Polish tourist")? News re-names the person it is about that
        way. An office ("the Russian president") or a body ("the French government") is not such a noun:
        it may be someone or something the text has not named."""
        if h.dep_ not in ("nsubj", "nsubjpass") or not info.country \
                or not has_the(h) \
                or not any(c.dep_ == "amod" and self.view.country_of.get(c.i) == info.country for c in children(h)):
            return False
        kb = self.kb
        if lemma in kb.terms or lemma in kb.org_nouns or lemma in kb.country_nouns or lemma in kb.national_bodies:
            return False
        role = kb.roles.get(info.role) if info.role else None
        if role is not None:
            return role.sector in PRIVATE_SECTORS and not role.strong
        return info.sector in PRIVATE_SECTORS and (lemma in kb.agents or lemma.endswith(PERSON_SUFFIXES))

    @staticmethod
    def may_be(person: Ent, gender: str | None, country: str | None) -> bool:
        """Nothing a description says (its gender, its country) sets it apart from `person`."""
        return not (gender and person.gender and gender != person.gender
                    or country and (person.country and person.country != country or country in person.foreign_to))

    def story_person_described(self, h: Token, country: str | None, gender: str | None = None) -> Ent | None:
        """The person the story is about at `h`, re-named by a description of their nationality ("The
        Portuguese boss", "The Brazilian striker was substituted", "The 56-year-old said" with no country):
        the last named subject or speaker, when the description fits them and nobody else was named since.
        The nationality then becomes theirs (source `coreference`)."""
        person = self.last_subject_person(h) or self.last_named_person(h)
        if person is None or not self.may_be(person, gender, country) or not self.sole_person_since(h, person):
            return None
        if country and person.country is None:
            person.set_country(country, "coreference")
        return person

    def described_person_before(self, h: Token) -> Ent | None:
        """The latest person described, not named, in this or the previous sentence, whom the text gave a country
        by a nationality or a title: a private person ("a Moroccan man", "a British tourist"; round34)."""
        sent = self.view.sent_of[h.i]
        for m in self.table.latest_before(h.i, self.view.sent_start[max(0, sent - 1)]):
            if m.start >= h.i or len(m.ents) != 1 or m.kind != "nominal":
                continue
            e = m.ents[0]
            if e.kind == "PERSON" and e.generic and not e.plural and e.country \
                    and e.country_source in ("name", "title") and e.sector in PRIVATE_SECTORS | {"CRM"}:
                return e
        return None

    def sole_person_since(self, h: Token, person: Ent) -> bool:
        """No other named person is mentioned between `person`'s last mention and `h` ("Jan Novak met Li
        Wei. The Chinese manager ..." could be either)."""
        for m in self.table.latest_before(h.i, self.view.sent_start[max(0, self.view.sent_of[h.i] - EPITHET_SENTENCES)]):
            if m.start >= h.i or len(m.ents) != 1:
                continue
            e = m.ents[0]
            if e is person:
                return True
            if e.kind == "PERSON" and not e.generic:
                return False
        return False

    def last_named_person(self, h: Token) -> Ent | None:
        """The one person named (or a pronoun bound to one) within EPITHET_SENTENCES before `h`, whatever
        their place in the clause: "The club appointed Marco Duarte as coach. The 48-year-old said ..." (the
        appointed one is the only person named since, `sole_person_since` checks; session 25)."""
        sent = self.view.sent_of[h.i]
        people = {id(e): e for m in self.table.latest_before(h.i, self.view.sent_start[max(0, sent - EPITHET_SENTENCES)])
                  if m.start < h.i and sent - m.sent <= EPITHET_SENTENCES and m.kind in ("name", "pronoun")
                  for e in m.ents if e.kind == "PERSON" and not e.generic}
        # only when one person is named in that span: of two ("signed Duarte and Kowal") either may be meant
        return next(iter(people.values())) if len(people) == 1 and not next(iter(people.values())).plural else None

    def last_subject_person(self, h: Token) -> Ent | None:
        """The person the story is about at `h`: the last named person (or a pronoun bound to one) who was
        a subject or speaker within EPITHET_SENTENCES before it."""
        sent = self.view.sent_of[h.i]
        for m in self.table.latest_before(h.i, self.view.sent_start[max(0, sent - EPITHET_SENTENCES)]):
            if m.start >= h.i or len(m.ents) != 1:
                continue
            if sent - m.sent > EPITHET_SENTENCES:
                return None
            e = m.ents[0]
            if e.kind == "PERSON" and not e.generic and not e.plural and m.kind in ("name", "pronoun") \
                    and (m.subject or m.speaker):
                return e
        return None

    def named_next(self, h: Token, info: PhraseInfo, toks: list[Token]) -> Ent | None:
        """News introduces a speaker by description and names them in the next sentence: "A spokeswoman
        for the mayor said ... / '...,' said Jane Roe." -- the first named person who is the subject or
        speaker of the next sentences (NAMED_NEXT_SENTENCES), when nothing says they differ (gender,
        country, a role of another sector; a head of state or government is never introduced as "a spokesman
        for the ministry"). "Another witness", "one of the officers" are told apart by the text itself."""
        if any(t.lower_ in ("another", "other", "second", "both", "each") for t in toks) \
                or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in children(c)) for c in children(h)):
            return None
        sent = self.view.sent_of[h.i]
        role = self.kb.roles.get(info.role) if info.role else None
        for m in self.table.mentions_after(h.i):
            if m.sent <= sent or len(m.ents) != 1 or m.in_quote:
                continue
            if m.sent > sent + NAMED_NEXT_SENTENCES:
                return None
            e = m.ents[0]
            if m.kind != "name" or e.kind != "PERSON" or e.generic or e.plural or not (m.subject or m.speaker):
                continue
            other = self.kb.roles.get(e.role.lower()) if e.role else None
            if not self.may_be(e, info.gender, info.country) \
                    or role is not None and other is not None and role.sector != other.sector \
                    or other is not None and other.head and not (role is not None and role.head) \
                    or self.other_office(role, other) \
                    or self.introduced_otherwise(m.head, info, toks, h):
                return None
            return e
        return None

    @staticmethod
    def other_office(role, other) -> bool:
        """Two offices, each a post of its own ("Norway's foreign minister" and "Ambassador Pablo Rojas"), are
        two people; a word for a class of holders ("the top diplomat", "the official": word list
        ROLE_CLASSES) or one office inside the other ("the minister", "Foreign Minister X") may be one."""
        if role is None or other is None or not (role.strong and other.strong) or role.title == other.title:
            return False
        if role.title in ROLE_CLASSES or other.title in ROLE_CLASSES:
            return False
        return not (role.title.split()[-1] == other.title.split()[-1]
                    and (role.title in other.title or other.title in role.title))

    def introduced_otherwise(self, name_head: int, info: PhraseInfo, toks: list[Token], h: Token | None = None) -> bool:
        """The name comes with an apposition that ties it to a named body the description did not name ("A
        Kenyan church official said ... / Paul Roe, chief counsel of the Legal Aid Fund, said"): a new person
        introduced with their own affiliation, not the one described before ("A Ukrainian diplomat said ... /
        Jan Novak, the foreign ministry spokesman" may well be)."""
        described = {t.lower_ for t in toks}
        # a description that names its own affiliation ("a spokesman from the Department of Corrections") is
        # told apart from a name tied to any other group, named or not ("X, a member of the Y family"; round24)
        affiliated = h is not None and any(
            t.dep_ == "prep" and t.lower_ in ("of", "at", "for", "from")
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(t)) for t in children(h))
        kinds = ("PROPN", "NOUN") if affiliated else ("PROPN",)
        for appos in (c for c in children(self.view.doc[name_head]) if c.dep_ == "appos" and c.pos_ == "NOUN"):
            if noun_lemma(appos) in (info.role or "").lower().split():
                continue
            bodies = [o for p in children(appos) if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
                      for o in children(p) if o.dep_ == "pobj" and o.pos_ in kinds]
            if any(o.lower_ not in described for o in bodies):
                return True
        return False

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
        if nation or bare_age:
            e = self.story_person_described(h, nation)
        else:             # a speaking description keeps the story's subject: "the rookie said"
            e = self.last_subject_person(h)
        if e is None and bare_age:
            # "Police arrested a Moroccan man ... The 24-year-old was detained at his home": no one named, the
            # described person of that or the previous sentence (round34)
            e = self.described_person_before(h)
        if e is None:
            return
        start = min(t.i for t in subtree(h) if t.i <= h.i)
        table.add(start, h.i + 1, h.i, "nominal", "NOMINAL", [e], name_level=False)
        table.phrase_tokens[start:h.i + 1] = b"\x01" * (h.i + 1 - start)

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
        start = min(t.i for t in subtree(h) if t.i <= h.i)
        self.table.add(start, h.i + 1, h.i, "nominal", "NOMINAL", [person], name_level=False)
        self.table.phrase_tokens[start:h.i + 1] = b"\x01" * (h.i + 1 - start)
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
        self.table.phrase_tokens[start:end] = b"\x01" * (end - start)
        self.table.add(start, end, t.i, "nominal", "NOMINAL", [ent], name_level=False)
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
