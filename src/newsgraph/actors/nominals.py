"""Step 2 of resolution: nominals -- role and group nouns ("the Russian leader", "North Korean
authorities", "the two leaders", "police in Nairobi").

A nominal is resolved to a person of the document ("the president" after "President Ruto"), else to the
knowledge base's office holder ("Iran's foreign minister" on the publication date), else to a generic
actor: the country and sector the phrase gives ("Kenyan police" = KENCOP) or, without a country, an actor
named by its noun ("protesters", sector OPP) whose country context.py may fill in later.
The country of a nominal comes from a nationality adjective, a possessive, or "of/in/from PLACE"
(cities and regions through the gazetteer, places.py).

This module holds the resolver and its one decision, `_resolve`: which of the readings below a nominal takes.
The readings live in mixins, one module each (none imports this one):
  nominal_phrases.py    which word heads a nominal, the words and the place of its phrase, its description
  nominal_owners.py     the country it takes from its owner, employer or launcher (`phrase_country`)
  country_anaphors.py   the states "the country", "the two governments", "the two sides" re-name
  noun_anaphors.py      the body, group or members a definite noun re-names ("the agency", "the students")
  person_anaphors.py    the person a role noun re-names ("the president", "a spokeswoman ... / Jane Roe")
  place_governments.py  "the state", "the city", "the North", "the city council" as governments
  epithets.py           the other entry points: epithets, ages, predicate nominals, demonyms
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.country_anaphors import CountryAnaphors
# (named_as_place is imported from here by tests/test_dup38.py: re-exported for it)
from newsgraph.actors.country_anaphors import named_as_place  # noqa: F401  (re-export)
from newsgraph.actors.document import STATE_SECTORS, DocView
from newsgraph.actors.entities import Ent, EntityTable
from newsgraph.actors.epithets import Epithets
from newsgraph.actors.nominal_owners import NominalOwners
from newsgraph.actors.nominal_phrases import ARGUMENT_DEPS, GROUP_PERSON_HEADS, NominalPhrases, nominal_heads
from newsgraph.actors.noun_anaphors import NounAnaphors
from newsgraph.actors.office_bodies import own_body_holders
from newsgraph.actors.person_camps import camp_person_tokens
from newsgraph.actors.person_anaphors import DEFINITE_WORDS, SPECIFIC_HEAD_TITLES, PersonAnaphors
from newsgraph.actors.title_pairs import holders_of_two_states
from newsgraph.actors.phrases import is_mission, noun_lemma, read_phrase
from newsgraph.actors.place_governments import PlaceGovernments
from newsgraph.actors.told_countries import domestic_side_country
from newsgraph.actors.town_offices import town_of_office
from newsgraph.nlp.cache import children, subtree

OTHER_WORDS = ("other", "another")     # "the other countries" are not the ones just named
SIDE_NOUNS = word_list("kb", "SIDE_NOUNS")    # "the two sides", "both camps" (ctry31)
NEIGHBOUR_STATE_NOUNS = word_list("kb", "NEIGHBOUR_STATE_NOUNS")    # "the two neighbours" (round35)
PLURAL_COLLECTIVES = word_list("kb", "PLURAL_COLLECTIVES")    # "Staff ... said they" (session 36 lead)
# titles that are more often something else when they stand alone ("hit in the head")
BARE_NOT_PEOPLE = {"head", "chief"}
DEAL_SENSE_NOUNS = word_list("kb", "DEAL_SENSE_NOUNS")    # "a peaceful settlement of the war": a deal (session 37)
DEAL_SENSE_MARKS = word_list("kb", "DEAL_SENSE_MARKS")
FOREIGN = word_list("kb", "FOREIGN")          # "foreign agents": not of the country the story is about
FOREIGN_PORTFOLIOS = word_list("kb", "FOREIGN_PORTFOLIOS")   # ... but "the foreign ministry" is its own
LEGAL_PARTY_CONTEXT = word_list("kb", "LEGAL_PARTY_CONTEXT")            # "both parties asked the judge"
INTRODUCED_BODY_NOUNS = word_list("kb", "INTRODUCED_BODY_NOUNS")        # "an outside group paid for the ads"
FORCE_UNIT_HEADS = word_list("kb", "FORCE_UNIT_HEADS")    # "a police unit", "an army patrol" (session 45 vio49)
FORCE_UNIT_SECTORS = word_list("kb", "FORCE_UNIT_SECTORS")
FORCE_UNIT_NOT_MODIFIERS = word_list("kb", "FORCE_UNIT_NOT_MODIFIERS")   # "his defence team": lawyers (session 45)
CONFLICT_PARTY_CONTEXT = word_list("kb", "CONFLICT_PARTY_CONTEXT")      # "negotiations between the parties"
PARTY_POLITICS_CONTEXT = word_list("kb", "PARTY_POLITICS_CONTEXT")      # "coalition talks between the parties"
PARTY_NEUTRAL_MODIFIERS = word_list("kb", "PARTY_NEUTRAL_MODIFIERS")    # "both parties": no kind of party named


class NominalResolver(NominalPhrases, NominalOwners, CountryAnaphors, NounAnaphors, PersonAnaphors,
                      PlaceGovernments, Epithets):
    def __init__(self, view: DocView, table: EntityTable):
        self.view, self.table, self.kb = view, table, view.kb
        self.heads = nominal_heads(view.kb)
        self.place_country: dict[int, str] = {}    # nominal head -> ISO3 of its "of/in/from <place>"
        self.region_of: dict[int, str] = {}         # nominal head -> its state or province ("the Ohio police")
        self.sent_to: dict[int, set[str]] = {}      # nominal head -> countries it is posted to
        self._people_nouns: dict | None = None      # token -> one-word demonym match (read on first use)
        self._names: list[tuple[int, int]] | None = None

    def resolve(self, h: Token) -> bool:
        """Resolve the nominal headed by `h`; whether it named an actor."""
        n_before = len(self.table.ments)
        self._resolve(h)
        return len(self.table.ments) > n_before

    def named_before_place(self, h: Token, inner: list[int]) -> bool:
        """"Hamas leaders in Cairo": a name the head's own words hold (not a country's) before a place phrase on the
        head; the leaders are the name's, and the place only where they are (session 36 lead)."""
        table, countries = self.table, self.view.country_name_tokens
        return any(table.taken[i] and i not in countries and i < h.i for i in inner) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") and any(w.i in countries for w in subtree(c))
            for c in children(h))

    def _resolve(self, h: Token) -> None:
        kb, table = self.kb, self.table
        if h.ent_type_ == "TIME":
            return            # "at 5 PM": a clock time, not a prime minister (round24)
        if h.ent_type_ == "FAC" and h.ent_iob_ == "I" and h.text[:1].isupper() and h.dep_ == "pobj" \
                and h.head.lower_ == "of" and h.head.ent_type_ == "FAC":
            return            # "the Great Hall of the People": a word of a building's name (session 37 lead)
        if h.lemma_.lower() in DEAL_SENSE_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in DEAL_SENSE_MARKS
                or c.dep_ == "prep" and c.lower_ == "of" for c in children(h)):
            return            # "a peaceful settlement of the war": a deal, not a settlers' village (session 37 lead)
        start, end, toks = self.span(h)
        owner = {t.i for c in children(h) if c.dep_ == "poss" for t in subtree(c)}
        camp = camp_person_tokens(table, h)     # "Putin critics", "supporters of Ruto": the person's (round49)
        owner |= camp
        inner = [i for i in range(start, end) if i not in owner]
        if any(table.taken[i] for i in inner) and not any(i in self.view.country_name_tokens for i in inner) \
                and not town_of_office(self.view, h, [i for i in inner if table.taken[i]]) \
                or self.named_before_place(h, inner):
            return            # a name inside the phrase ("the Kinder Morgan pipeline") makes it no nominal
        shared = self.shared_title_holder(h, toks)
        if shared is not None:
            title = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
            if shared.sector is None and title.sector:
                shared.sector, shared.role = ("ELI" if title.former else title.sector), shared.role or title.role
            if title.country and not shared.country and title.country not in shared.foreign_to:
                shared.set_country(title.country, "title")
            self.claim(start, end, h.i, [shared])
            return
        if owner and self.relation_of_state(h) or camp:
            # "Ukraine's allies": the owner says whose allies they are, not whose they are (round45)
            toks = [t for t in toks if t.i not in owner]
        if is_mission(h):
            # "the Kabul embassy", "the Washington mission": the host's town, not whose post it is (round50)
            toks = [t for t in toks if not (t.dep_ == "compound" and t.i < h.i and t.idx in self.view.town_places)]
        info = read_phrase(kb, toks, h, self.view.country_of, self.view.org_code_of)
        if owner and info.sector is None and self.relation_of_state(h):
            info.sector = "GOV"     # ("Ukraine's partners": states acting together, as "foreign powers")
        place_source = self.phrase_country(h, info, toks, owner)
        lemma = noun_lemma(h)
        legal = info.group_term == "party" and info.country is None and (
            self.legal_parties(h, toks) or any(t.lower_ == "third" for t in toks if t.i < h.i))
        if legal:
            # "both parties asked the court": the sides of a case, not political parties; nor is "a third party"
            # (someone else; session 19)
            info.sector = None
        definite = any(t.lower_ in DEFINITE_WORDS or t.dep_ == "poss" for t in toks if t.i < h.i)

        def add(ents: list[Ent], label: str = "NOMINAL") -> None:
            # the phrase's words are used up only when it names an actor ("Israeli" in "Israeli tank
            # shelling" stays a mention of Israel when "tank" names none)
            self.claim(start, end, h.i, ents, label)
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
        # (not "Western countries", "European nations": a vocabulary group of several states of no country, kb
        # vocab.csv rows of session 44 act48, read as the group its term names, below)
        if (lemma in kb.country_nouns or lemma == "state" and definite and self.region_epithet(h) is not None) \
                and not (info.plural and info.group_term and info.group_term != lemma and info.sector):
            if info.country:
                return
            if info.plural:
                if not definite or any(c.lower_ in OTHER_WORDS or c.dep_ == "relcl" for c in children(h)):
                    return    # "countries that expelled envoys", "other nations": new ones, not those named
                region = self.region_epithet(h)
                if region is not None and info.count in (None, len(region)):
                    # "the Baltic states", "the three Baltic states": every state of that region, not the last
                    # countries the text named (REGION_EPITHETS; session 37 lead)
                    add([table.country_ent(iso.upper()) for iso in sorted(region)], "GROUP")
                    return
                own = self.own_subjects(h)
                members = self.countries_talked_about(h, own, info.count or 2) \
                    or table.recent(lambda e: e.kind == "COUNTRY" and e not in own, h.i, info.count or 2)
                if len(members) < 2:
                    # "Erdogan and Sisi agreed ... the two countries would cooperate": the states of the officials
                    # the text named acting, as for "the two neighbours" (states_talked_about; round40)
                    members = [table.country_ent(iso) for iso in self.states_talked_about(h, info.count or 2)]
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
            if len(members) != 2:
                # "South Korean President Yoon and Japanese Prime Minister Kishida ... the two neighbours": the
                # states of the officials the text named acting (states_talked_about; session 36 coop39)
                members = [table.country_ent(iso) for iso in self.states_talked_about(h, 2)]
            if len(members) == 2:
                add(members, "GROUP")
                return
        if lemma in SIDE_NOUNS and info.plural and definite and not info.country and (info.count or 2) == 2 \
                and not any(c.lower_ in OTHER_WORDS for c in children(h)):
            sides = self.two_sides(h)
            if not sides and h.dep_ in ("nsubj", "nsubjpass"):
                # "China agreed to provide grants ... The two sides signed 21 memoranda": with no two parties in
                # this or the sentence before, the two states the text talks about (states_talked_about; session
                # 36 coop39, written after the held-out reading)
                sides = [table.country_ent(iso) for iso in self.states_talked_about(h, 2)]
            if sides:
                add(sides, "GROUP")
                return
        person_head = lemma in GROUP_PERSON_HEADS or info.head_role
        if info.plural and not info.country and info.sector in STATE_SECTORS and self.of_both_states(h):
            # "officials from both countries", "ministers of the two governments": one such body of each of the
            # two states the text talks about (states_talked_about; session 36 coop39)
            states = self.states_talked_about(h, 2)
            if len(states) == 2:
                add([table.group_ent(iso, info.sector, source="coreference") for iso in states], "GROUP")
                return
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
            pair = info.count == 2 or any(t.lower_ == "both" for t in toks if t.i < h.i)
            if pair and info.sector in STATE_SECTORS:
                # "Chile and Argentina signed an accord ... The two foreign ministers met": no two such people
                # named, so one official of each of the two states the text talks about, as "the two
                # governments" (states_talked_about; session 36 coop39)
                states = self.states_talked_about(h, 2)
                if len(states) == 2:
                    add([table.group_ent(iso, info.sector, source="coreference") for iso in states], "GROUP")
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
            if org is not None and org.country and domestic_side_country(self.view, table, h) not in (None, org.country):
                # "Togo's government blamed ... Opposition lawmakers in Accra criticised the government": the
                # government a domestic side of another country acts on is that side's, not the one named before
                org = None
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
                    # "the hospital staff", "the school staff": the people of that kind of institution; "the rebel
                    # group", "the protest movement" are one body, "it" (session 38 lead)
                    plural = info.plural or lemma in PLURAL_COLLECTIVES
                    add([table.group_ent(None, info.sector, plural=plural, noun=h.text, source=place_source,
                                         phrase=self.description(h, start, end), new=False)])
                return
        if lemma in kb.org_nouns and not definite and h.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ == "det" for c in children(h)):
            # "Staff on short-term contracts said": people of no organisation named, a group of their own
            # (whose country the story may give, context.py); "Rights groups said": a group of the kind its
            # modifier names (HRI; session 36 lead), one body when singular ("Rights group Karapatan said it")
            plural = info.plural or lemma in PLURAL_COLLECTIVES
            add([table.group_ent(info.country, info.sector, plural=plural, noun=h.text, source=place_source,
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
        if info.group_term is None and info.role is None and not info.plural and lemma in FORCE_UNIT_HEADS \
                and info.sector in FORCE_UNIT_SECTORS \
                and not any(t.lower_ in FORCE_UNIT_NOT_MODIFIERS for t in self.view.doc[start:h.i]):
            # "A police unit arrested two men", "a paramilitary patrol": one body of the force its modifier names,
            # as "police units" is (word list FORCE_UNIT_HEADS; session 45 vio49)
            add([table.group_ent(info.country, info.sector, noun=h.text, source=place_source,
                                 phrase=self.description(h, start, end), new=not definite)])
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
        unsure = False
        if ent is None and definite and kb.roles[info.role].sector == "CVL" and not kb.roles[info.role].strong \
                and not info.country and _restrictive_clause(h):
            definite = False    # "the man who died with her": a plain person noun that a clause picks out is
                                # someone new, not the person named last (session 47 lead)
        if ent is None and definite:
            compat = self.person_filter(info)
            others = self.clause_subject_entities(h, compat)
            found = table.recent(lambda e: compat(e) and e not in others, h.i, 3)
            # "Kenyan President X met Ugandan President Y ... The president said": neither (title_pairs.py)
            unsure = not info.country and holders_of_two_states(self, h, found)
            ent = None if unsure else \
                self.unmarked_holder(h, found) if not info.country else (found[0] if found else None)
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
                holders = own_body_holders(holders, info.country, info.sector)
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
            key = f"R:{info.country}:{info.role}:{info.sector}" + (":unsure" if unsure else "")
            ent = table.ents.get(key)
            if ent is None:
                ent = table.ent(key, name=name, kind="PERSON", sector="ELI" if info.former else info.sector,
                                role=info.role, gender=info.gender, generic=True, local=not cname)
                ent.foreign = ent.foreign or unsure     # whose, a reader could not tell (round48)
                if info.country:
                    ent.set_country(info.country, place_source)
        ent.foreign_to |= self.sent_to.get(h.i, set())
        add([ent])

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


def _restrictive_clause(h: Token) -> bool:
    """"the man who organised the trip", "the woman he had hired": a relative clause on the noun, not set off by a
    comma, that says which person it is."""
    return any(c.dep_ == "relcl" and c.i > h.i and h.doc[h.i + 1].text != "," for c in h.children)
