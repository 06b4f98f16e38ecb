"""Nominals, whose they are: the country a nominal takes from its owner -- a possessive bound to a country,
person or body ("its soldiers", "his government", "the group's director"), a "whose" clause, the organisation or
state a person works for ("a spokesman for the UN", "a lawyer for Nigeria"), the state that launched it ("drones
launched by Russia"), a demonym it shares ("Russian missiles and drones") -- and whether it is foreign ("diplomats
from seven countries", "its neighbours").

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import STATE_SECTORS
from newsgraph.actors.entities import SAID_COUNTRY_SOURCES, Ent
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.noun_anaphors import SAME_NOUN_SENTENCES
from newsgraph.actors.phrases import PhraseInfo, based_country, noun_lemma
from newsgraph.nlp.cache import children, subtree

STATE_RELATION_NOUNS = word_list("kb", "STATE_RELATION_NOUNS")
LAUNCHING_VERBS = word_list("kb", "LAUNCHING_VERBS")  # "drones launched by Russia" (session 33 lead)
COUNSEL_NOUNS = word_list("kb", "COUNSEL_NOUNS")        # "his lawyer": not the client's country (round35)
KIN_GROUP_NOUNS = word_list("kb", "KIN_GROUP_NOUNS")    # "his family", "her relatives" (round35)
# the other side a state faces at home: "the government and the opposition", "the army and the rebels" (coop39)
COUNTERPART_SECTORS = frozenset({"OPP", "REB"})
PERSONAL_STATE_NOUNS = word_list("kb", "PERSONAL_STATE_NOUNS")   # "his government": the person's country's


def _prep_objects(h: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, its object) for each of `preps` the noun governs: "a lawyer for Nigeria", "an analyst at
    Nissan" -- where employer and state_served look for whom a person works."""
    return [(c.lower_, o) for c in children(h) if c.dep_ == "prep" and c.lower_ in preps
            for o in children(c) if o.dep_ == "pobj"]


# non-state bodies with leaders and officers of their own ("its leaders", "their spokesman"); a crowd of people
# (civilians, refugees) has none: "their lawyer" after refugees is no refugee (session 43 lead)
_ORGANISED_SECTORS = frozenset({"OPP", "PTY", "LAB", "REB", "INS", "NGO", "BUS", "MED"})


class NominalOwners:
    def phrase_country(self, h: Token, info: PhraseInfo, toks: list[Token], owner: set[int]) -> str:
        """The country of the nominal headed by `h` when its own words (`info`, read_phrase) give none, tried in this
        order: its place ("of/in/from PLACE", span), the state that launched it, a demonym it shares with a
        conjunct, "X-based", its possessive pronoun's or "whose" antecedent's, a possessive nominal country's,
        its named possessor's, the person a "his"/"her" was bound to, the body a "the <noun>'s" re-names, the
        person whose kin it is, its employer or the state it serves. Sets `info.country` (and `info.sector`
        where an employer gives it); returns how the country was found (the entity's country source)."""
        kb, table = self.kb, self.table
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
        if info.role and not kb.roles[info.role].strong:
            owner_sector = self.possessing_group_sector(h)
            if owner_sector:
                info.sector = owner_sector      # "raided the union's offices and arrested its leaders": the union's
        if info.country is None:
            owner_country = self.possessor_country(h)
            if owner_country:
                info.country, place_source = owner_country, "coreference"
        if info.country is None and (info.group_term or info.role):
            igo = self.possessing_igo(h)    # "the United Nations said its peacekeepers were attacked" (tgt49)
            if igo is not None:
                info.country, info.sector, place_source = igo.country, igo.sector, "coreference"
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
                elif not kb.roles[info.role].strong:
                    # "a spokeswoman for the victims' relatives", "a spokesman for the striking miners": one who speaks
                    # for a group of people is of its sector, not the government's (session 47 lead)
                    served = self.people_served_sector(h)
                    if served:
                        info.sector = served
        if info.country is None and info.sector in COUNTERPART_SECTORS and h.dep_ == "conj":
            # "the Venezuelan government and the opposition signed a deal in Barbados": a state's opposition or
            # rebels coordinated after its government or forces are of that state, not of a place the sentence
            # names (session 36 coop39)
            first = table.name_entity_at(("name", "nominal", "metonym")).get(h.head.i)
            if first is not None and first.country and first.sector in STATE_SECTORS \
                    and first.country not in NON_STATE_COUNTRY:
                info.country, place_source = first.country, "coreference"
        return place_source

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

    def people_served_sector(self, h: Token) -> str | None:
        """The sector of the people a role noun works "for" when they are a group of no state sector ("for the
        relatives", "for the miners", "for the protesters": kb vocab terms and Phoenix agents, and kin nouns), else
        None."""
        kb = self.kb
        for _, o in _prep_objects(h, ("for",)):
            lemma = noun_lemma(o)
            if lemma in KIN_GROUP_NOUNS:
                return "CVL"
            found = kb.terms.get(lemma) or kb.agents.get(o.lower_)
            sector = getattr(found, "sector", None)
            if sector and sector not in STATE_SECTORS:
                return sector
        return None

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

    def possessing_group_sector(self, h: Token) -> str | None:
        """The sector of the non-state body or group a possessive "its" or "their" of `h` was bound to, which a
        title that does not fix its own sector takes: "banned the opposition party and barred its leaders" are the
        party's leaders, not a government (session 43 lead)."""
        for c, e in self._bound_possessives(h):
            if c.lower_ in ("its", "their") and e.kind in ("ORG", "GROUP") and e.sector in _ORGANISED_SECTORS:
                return e.sector
        return None

    def possessing_igo(self, h: Token) -> Ent | None:
        """The international body a possessive "its" or "their" of a group or office noun was bound to: "the United
        Nations said its peacekeepers were attacked", "NATO said its troops ...": the body's own people, coded as the
        body (country IGO, the body's sector), not as the dateline's forces, which possessor_country, reading states
        only, left them to (session 45 tgt49)."""
        for c, e in self._bound_possessives(h):
            if c.lower_ in ("its", "their") and e.kind in ("ORG", "GROUP") and e.country == "IGO" and e.sector:
                return e
        return None

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
        clause = self._whose_clause(h)
        if clause is None:
            return None
        whose = self._whose_owner(clause)
        if whose is not None and whose.kind in ("COUNTRY", "ORG", "GROUP") and whose.country not in NON_STATE_COUNTRY:
            return whose.country
        return self._whose_place(h, clause)

    def relation_of_state(self, h: Token) -> bool:
        """"Turkey thanked its neighbours", "its rivals": a relation noun (kb word list STATE_RELATION_NOUNS) whose
        possessive was bound to a country names others than that country's people, of no country the story gives
        either (round35)."""
        if noun_lemma(h) not in STATE_RELATION_NOUNS:
            return False
        return any(c.lower_ in ("its", "their") and e.kind == "COUNTRY" for c, e in self._bound_possessives(h)) \
            or self.state_owner(h) is not None

    def state_owner(self, h: Token) -> Token | None:
        """"Ukraine's allies", "China's neighbours": the possessive that names a state by its name (round45, session 43
        act47: the owner's code had made Ukraine's allies Ukraine); None for a person's or a body's."""
        view = self.view
        for c in children(h):
            if c.dep_ == "poss" and view.country_of.get(c.i, "IGO") != "IGO" and c.i in view.country_name_tokens:
                return c
        return None

    @staticmethod
    def _whose_clause(h: Token) -> Token | None:
        """The relative clause whose "whose" is the possessive of `h` ("Ruritania, whose generals have ..."), or None."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in children(h)):
            return None
        clause = h
        for _ in range(4):
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            clause = clause.head
        return clause if clause.dep_ == "relcl" else None

    def _whose_owner(self, clause: Token) -> Ent | None:
        """"Ruritania, whose generals have ...": the entity the relative clause's "whose" stands for,
        the noun the clause hangs on (session 25)."""
        antecedent = clause.head
        for m in self.table.mentions_before(antecedent.i + 1):
            if m.head == antecedent.i and m.kind != "pronoun" and len(m.ents) == 1:
                return m.ents[0]
        return None

    def _whose_place(self, h: Token, clause: Token) -> str | None:
        """"the Indian state of Tamil Nadu, whose chief minister wrote ...": a state or region the "whose" clause
        hangs on (a place the geo stage found, no actor) gives its country to the post it owns, when the post is
        the clause's own subject (session 37 lead)."""
        if h.dep_ not in ("nsubj", "nsubjpass") or clause.i != h.head.i:
            return None
        towns = self.view.town_places
        antecedent = clause.head
        return next((towns[t.idx] for t in subtree(antecedent) if t.idx in towns and t.i < clause.i), None)

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
