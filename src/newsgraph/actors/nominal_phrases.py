"""Nominals, finding them: which word heads a role or group nominal ("the Russian leader", "police in Nairobi",
"hundreds of demonstrators"), which words its phrase spans, the place it names ("of/in/from PLACE", "Ohio's governor",
a fronted "In New Delhi,") and how the text describes an actor it does not name.

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`; `span` records
the place it finds in `self.place_country`, `self.region_of` and `self.sent_to`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import STATE_SECTORS
from newsgraph.actors.employers import SENT_TO
from newsgraph.actors.entities import Ent
from newsgraph.actors.kb import KB
from newsgraph.actors.phrases import GROUP_LEADER_TITLES, MISSION_NOUNS, noun_lemma
from newsgraph.actors.places import place_country
from newsgraph.nlp.cache import children, has_the, subtree, lefts, rights

GROUP_PERSON_HEADS = {"leader", "autocrat", "president", "man", "woman", "minister", "official",
                      "head", "dictator", "counterpart", "strongman", "side",
                      "envoy", "diplomat", "delegate"}    # (the last three: session 36 coop39)
# place nouns that name their place with "of" ("the West Bank city of Nablus", "the province of Quebec")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "district", "county", "capital",
               "port", "municipality", "territory", "island", "governorate", "prefecture"}
STATE_SENTENCES = 3        # how far back "the state" looks for the state or province it is
REGION_ANAPHORS = word_list("kb", "REGION_ANAPHORS")   # "the governor of the region" (place_of)
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


STANCE_VERBS = word_list("kb", "STANCE_VERBS")
STANCE_ADJECTIVES = word_list("kb", "STANCE_ADJECTIVES")
# a phrase after a nominal that gives the reason for an act done to it, when it is about the nominal's own
# deed ("praised the nurses for their courage"), is no part of its description
REASON_PREPS = word_list("kb", "REASON_PREPS")
OWN_PRONOUNS = word_list("kb", "OWN_PRONOUNS")
STATE_HELD_IN = word_list("kb", "STATE_HELD_IN")    # "the junta in Bamako": the state body of where it sits (round35)
MODIFIER_BODIES = word_list("kb", "MODIFIER_BODIES")    # "government attempts": the government's attempts
STRIKING_WEAPONS = word_list("kb", "STRIKING_WEAPONS")  # "a drone in southern Lebanon": where it struck, not whose
BODY_SITE_NOUNS = word_list("kb", "BODY_SITE_NOUNS")    # "a police station": the police's (round25)
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
CROWD_COUNTS = word_list("kb", "CROWD_COUNTS")


def bare_crowd_count(t: Token) -> bool:
    """"Thousands rallied in the square", "tens of thousands protested", "hundreds were detained": a plural count
    with no counted noun of its own, the subject of a clause, names a crowd of people (vocab rows
    v-count-*-lead46, CVL). With an of-phrase naming what it counts ("thousands of dollars", "dozens of people":
    the counted noun decides), as an object ("spent thousands") or singular ("a hundred") it is no actor."""
    if t.tag_ != "NNS" or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in children(t):
        if c.dep_ == "prep" and c.lower_ == "of":
            # only "tens of thousands", "hundreds of thousands": a count of a count
            if not all(noun_lemma(o) in CROWD_COUNTS and o.tag_ == "NNS" for o in children(c) if o.dep_ == "pobj"):
                return False
    return True


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


class NominalPhrases:
    def claim(self, start: int, end: int, head: int, ents: list[Ent], label: str = "NOMINAL") -> None:
        """The nominal phrase start..end (headed by token `head`) names `ents`: its words are used up, so that no
        later nominal reads them again, and it becomes a mention of kind "nominal" (not a name's: `taken` stays)."""
        self.table.phrase_tokens[start:end] = b"\x01" * (end - start)
        self.table.add(start, end, head, "nominal", label, ents, name_level=False)

    def is_head(self, t: Token) -> bool:
        table, view, i = self.table, self.view, t.i
        if table.taken[i] or table.phrase_tokens[i]:
            return False
        if view.pos[i] not in ("NOUN", "PROPN") and not (view.tags[i] in ("VBN", "JJ") and _substantive_participle(t)):
            return False
        if view.lowers[i] not in self.heads and noun_lemma(t) not in self.heads:
            return False
        if noun_lemma(t) in CROWD_COUNTS and not bare_crowd_count(t):
            return False          # "thousands of dollars", "spent thousands": a count of things (session 44 lead)
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

    def hosted_refugees(self, h: Token, mods: list[str]) -> bool:
        """"Refugee leaders in Bangladesh", "migrants in Libya": refugees and migrants (REF) are not of where they
        are, which an "in" phrase says; CAMEO codes them by where they come from ("refugees from Syria"; round42)."""
        kb = self.kb
        term = kb.terms.get(noun_lemma(h))
        if term is not None and term.sector == "REF":
            return True     # "migrants in Libya"
        return noun_lemma(h) in GROUP_LEADER_TITLES and any(
            (led := kb.terms.get(m)) is not None and led.sector == "REF" for m in mods)     # "refugee leaders in ..."

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
                                     and not self.hosted_refugees(h, mods)
                                     and not (c.lower_ == "in" and lemma in STRIKING_WEAPONS)
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
