"""Names, step 3: organisations and places as actors -- knowledge-base names (countries, capitals and seats
used as actors, organisations, office holders), regions that act (region_actors.py), outlets that were told, police initials,
other ORG spans and acronyms spelled out.

Whether a capital stands for its state (actor_positions.py) and an organisation's fullest name
(org_full_names.py) are read in modules of their own, which igo_seats.py and quotes/speakers.py ask too.

A mixin of `NameFinder` (names.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.body_names import rebel_group
from newsgraph.actors.kb import NON_STATE_COUNTRY, _norm
from newsgraph.actors.people import POSSESSIVE, is_credit
from newsgraph.actors.phrases import (FIRM_TITLES, based_country, group_term, noun_lemma, read_phrase,
                                      term_ending_at)
from newsgraph.actors.name_descriptors import based_before, described_country
from newsgraph.actors.name_of_country import country_after_name
from newsgraph.actors.namesake_parties import foreign_namesake
from newsgraph.actors.outlet_short_names import outlet_named_before
from newsgraph.actors.oversight_bodies import body_name_sector
from newsgraph.actors.places import large_place_country, region_country
from newsgraph.actors.region_actors import RegionActors
from newsgraph.actors.sentence_initial import capitalised_common_word
from newsgraph.nlp.cache import children, subtree
from newsgraph.actors.employers import PARTY_MEMBERS
from newsgraph.actors.actor_positions import LOCATIVE, SEAT_LOCATIVE, actor_position
from newsgraph.actors.org_full_names import org_full_name

# a model designation after a maker's name ("A330", "747", "F-16", "737-800"), not a year ("2018 results"), an
# ordinal or a small number
MODEL_NUMBER = re.compile(r"(?:[A-Z]{1,3}-?\d{2,4}|\d{3,4})(?:-\d{1,4})?(?:s|[A-Z]{1,3})?$")
YEAR = re.compile(r"(?:19|20)\d\d$")
# a broadcaster's call letters ("KXAN", "WJLA-TV"; Canada's "CKNW"): a US station's begin with K or W, a
# Canadian one's with CF, CH, CI, CJ or CK -- other initials ("NTSB", "OSHA") are no outlet's
_CALL_LETTERS = re.compile(r"(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM|DT))?")
PARTY_GOVERNMENT_HEADS = word_list("kb", "PARTY_GOVERNMENT_HEADS")   # "the NDP government" (ctry29)
RELATION_PAIR_HEADS = word_list("kb", "RELATION_PAIR_HEADS")         # "EU-China talks" (ctry29)
_DASHES = ("-", "\u2013")
PARTY_MEMBER_QUALIFIERS = word_list("kb", "PARTY_MEMBER_QUALIFIERS")   # "House Democrats" (session 25)
POLICE_INITIAL_SUFFIXES = word_list("kb", "POLICE_INITIAL_SUFFIXES")
# a news outlet by its name's form ("Radio Kano", "the Kano Herald", "Capital FM"), and the words a statement's
# addressee hangs on ("speaking to ...", "an interview with ..."; session 21)
OUTLET_NAME_FIRST = word_list("kb", "OUTLET_NAME_FIRST")
OUTLET_NAME_LAST = word_list("kb", "OUTLET_NAME_LAST")
OUTLET_ADDRESS_HEADS = word_list("kb", "OUTLET_ADDRESS_HEADS")


def _told_heads(word: Token) -> list[Token]:
    """The ones a statement is made to: the object of "told", the to- or with-phrase of a word of speaking
    ("speaking to Radio Kano", "an interview with the Kano Herald", "a statement to the Herald";
    OUTLET_ADDRESS_HEADS, session 21)."""
    lemma = word.lemma_.lower()
    if lemma == "tell" and word.pos_ in ("VERB", "AUX"):
        return [h for h in children(word) if h.dep_ in ("dobj", "dative")]
    if lemma in OUTLET_ADDRESS_HEADS or word.lower_ in OUTLET_ADDRESS_HEADS:
        return [o for p in children(word) if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for o in children(p) if o.dep_ == "pobj"]
    return []


def outlet_name(toks: list[Token]) -> bool:
    """A name in the form of a news outlet's: first word Radio or Television ("Radio Kano"), or last word an
    outlet's (OUTLET_NAME_LAST: "the Kano Herald", "Capital FM"), with a capitalised word besides."""
    words = [t for t in toks if t.lower_ != "the" and not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    return words[0].lower_ in OUTLET_NAME_FIRST or words[-1].lower_ in OUTLET_NAME_LAST


class OrganisationNames(RegionActors):
    def place_in_name(self, toks: list[Token]) -> str | None:
        """The country of a city or region an organisation's name holds: "the University of Melbourne",
        "Archdiocese of Lagos" (the place after "of"), "Toronto Police Service", "Victoria Police" (a place
        of one or two words first, a body noun last). Only regions, capitals and sizeable cities (`region_country`): a village
        that shares a word of the name is no evidence, nor a small namesake in a country the text names, nor a
        first word that is a word of the knowledge base's kinds of body ("Union", a town in the US and a union)."""
        kb = self.kb
        words = [t for t in toks if t.lower_ != "the"]
        if len(words) < 2:
            return None
        within = (words[0].idx, words[-1].idx + len(words[-1].text))      # the name's own characters
        of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
        if of is not None and 0 < of < len(words) - 1:
            rest = words[of + 1:]
            if all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
                return self.place_here(" ".join(t.text for t in rest), within)
            return None
        last = noun_lemma(words[-1])
        if words[0].lower_ in OUTLET_NAME_FIRST and all(t.pos_ == "PROPN" for t in words[1:]):
            # "Radio Kano": a broadcaster named after its city (session 21)
            return self.local_outlet_place(" ".join(t.text for t in words[1:]))
        if words[-1].lower_ in OUTLET_NAME_LAST and last not in kb.terms and last not in kb.org_nouns:
            # "the Dallas Morning News": a paper named after its city
            return self.local_outlet_place(words[0].text) if words[0].pos_ == "PROPN" else None
        # (not a first word that says what kind of body it is: the "Union" of "Union Solidarity and
        # Development Party" is no town of that name)
        if words[0].pos_ == "PROPN" and words[0].lower_ not in kb.given_gender \
                and words[0].lower_ not in kb.terms and words[0].lower_ not in kb.modifiers \
                and (last in kb.terms or last in kb.org_nouns):
            if len(words) > 3 and words[1].pos_ == "PROPN" and words[1].text[:1].isupper():
                # a two-word place first: "Niger Delta Development Commission", "Hong Kong Police Force"
                iso = self.place_here(f"{words[0].text} {words[1].text}", within)
                if iso:
                    return iso
            return self.place_here(words[0].text, within)
        return None

    def place_here(self, name: str, within: tuple[int, int] | None = None) -> str | None:
        """The country of a town or region named inside an actor's name or title: the dateline's town is the one
        the geo stage read there with its state or country ("the Glasgow Police Department" of a story datelined
        "GLASGOW, Ky." is the Kentucky town's, not Scotland's city); so is, for an organisation's name (chars
        `within`), a name the geo stage read outside those characters in one country only ("Victoria, B.C. ... the
        University of Victoria" is Canada's; not its reading of the name itself, and no reading at all for a title:
        "Victoria Premier X" in a Washington story is no Texan's); any other name is the largest place of that
        name (`large_place_country`)."""
        view = self.view
        if view.dateline_place and " ".join(name.split()).lower() == " ".join(view.dateline_place.split()).lower() \
                and view.dateline_town_country:
            return view.dateline_town_country
        if within is not None:
            read = {iso for at, iso in view.read_place_countries.get(" ".join(name.split()).lower(), ())
                    if not within[0] <= at < within[1]}
            if len(read) == 1:
                return next(iter(read))      # the town or region of that name the text places elsewhere (ctry29)
        return large_place_country(name, view.context_countries)

    def local_outlet_place(self, name: str) -> str | None:
        """The country of the city a local outlet is named after, when the text names that country or none
        ("Riverside FM" in a story from England is no Californian station; session 21)."""
        view = self.view
        known = set(view.context_countries) | {p.country for p in view.places or () if p.country}
        iso = self.place_here(name, (0, 0))
        return iso if iso and (not known or iso in known) else None

    def located_in(self, start: int, end: int) -> str | None:
        """"the Institute of Marine Science in Galveston, Texas", "a clinic in Kisumu": the country of the city
        or region (or country) an organisation's name is followed by after "in", when the "in" phrase hangs
        on the name (not "X said in Beijing")."""
        view = self.view
        toks = view.toks
        if end + 1 >= len(toks) or toks[end].lower_ != "in" or not start <= toks[end].head.i < end:
            return None
        place = toks[end + 1]
        if place.i in view.country_of:
            return view.country_of[place.i]
        span = view.place_entity(place) if place.ent_type_ in ("GPE", "LOC") else None
        if span is None or span.start != place.i:
            return None
        return self.place_here(span.text, (0, 0))      # (the geo stage's reading of that very place counts)

    def acronyms_in_full(self) -> None:
        """An organisation known by its acronym ("IRCC") or a short form ("Suncor") is named as the
        article spells it out ("Immigration, Refugees and Citizenship Canada (IRCC)", "Suncor Energy");
        when the long name is an entity of its own, the two are one organisation."""
        table, view = self.table, self.view
        org_names = [" ".join(e.text.split()) for e in view.ents if e.label_ == "ORG"]
        by_name = {e.name.lower(): e for e in table.ents.values() if e.kind == "ORG"}
        # an acronym the recogniser called a person ("EDC said") is the organisation it spells
        persons = [e for e in table.ents.values() if e.kind == "PERSON" and e.name.isupper() and " " not in e.name]
        for e in [*by_name.values(), *persons]:
            if e.country_source == "kb":
                continue          # the KB knows it by this name: "Toyota" is not the "Toyota Research Institute"
            long = org_full_name(view.text, e.name, org_names)
            if long == e.name or e.kind == "PERSON" and long == e.name.strip():
                continue
            other = by_name.get(long.lower())
            if other is not None and other is not e:
                for m in table.ments:
                    m.ents = [other if x is e else x for x in m.ents]
                other.alias(e.name)
                table.ents.pop(e.key, None)
            elif e.kind == "ORG":
                e.alias(e.name)
                e.name = long
        # a KB organisation written by its acronym after a long form the KB does not know ("the Food and
        # Drug Administration (FDA) in the US"): the long form is that organisation, with its country
        for e in list(by_name.values()):
            if e.country_source != "kb":
                continue
            for acronym in {a for a in e.aliases if a.replace(".", "").isupper() and " " not in a}:
                other = by_name.get(org_full_name(view.text, acronym, org_names).lower())
                if other is not None and other is not e and other.country_source not in ("kb", "name", "apposition"):
                    for m in table.ments:
                        m.ents = [e if x is other else x for x in m.ents]
                    e.alias(other.name)
                    table.ents.pop(other.key, None)

    def kb_names(self) -> None:
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        # names inside a longer name of another kind ("the Beijing Olympics", "Kim Il-sung Square")
        others = [(s.start, s.end) for s in view.ents
                  if s.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")]
        ent_label = {t.i: t.ent_type_ for s in view.ents for t in view.toks[s.start:s.end]}
        ent_spans = {(s.start, s.end) for s in view.ents}
        people_heads = set(kb.roles) | set(kb.terms) | set(kb.agents)
        for m in view.kbm:
            if any(table.taken[m.start:m.end]) or any(table.not_person[m.start:m.end]):
                continue
            if is_credit(view.text, view.toks[m.start].idx, view.toks[m.end - 1].idx + len(view.toks[m.end - 1].text)):
                continue          # "CHAD HIPOLITO/The Canadian Press" is a photographer, not Chad
            inside = any(a <= m.start and m.end <= b and b - a > m.end - m.start
                         and not self.same_body_named_longer(m, a, b) for a, b in others)
            if inside and (m.kind != "O" or not kb.orgs[m.key].code.startswith("IGO")):
                continue          # "Sweden Democrats" is not the US party; "UN Security Council" is the UN
            if m.kind == "O" and not kb.orgs[m.key].code.startswith("IGO") and m.start > 0:
                prev = view.toks[m.start - 1]
                if prev.text[:1].isupper() and prev.dep_ in ("compound", "amod", "nmod") \
                        and m.start <= prev.head.i < m.end and not self.own_region_before(m) \
                        and not self.party_members_qualified(m, prev):
                    continue      # "Liberal Democrats", "Sweden Democrats": another party
            head = doc[m.end - 1]          # names are head-final ("the Kremlin", "North Korea")
            if m.kind in ("O", "P") and self.model_after(m.end):
                continue          # "an Airbus A330", "the Boeing 747": a maker's model is a thing, not the maker
            if m.kind == "L":
                if ent_label.get(head.i) in ("FAC", "ORG", "GPE") \
                        and not (m.end - m.start >= 2 and (m.start, m.end) in ent_spans) \
                        and not (m.end - m.start >= 2 and head.dep_ != "compound"
                                 and any(m.start < s.start and s.end <= m.end
                                         for s in view.ents if s.start <= head.i < s.end)):
                    continue      # "Trump Tower", "the Obama Foundation"; but an office holder's whole
                                  # name the recogniser mislabelled ("Hakeem Jeffries agreed") is the person,
                                  # and so is one whose surname alone it took for a place or body ("Vassily
                                  # Nebenzia": the label lies inside the KB's whole name; round33)
                ent = table.office_ent(m.key)
                table.add(m.start, m.end, head.i, "name", "PERSON", [ent])
            elif m.kind == "C":
                if view.joined_to_place(m):
                    continue      # "a US-Caribbean forum", "EU-China talks": a relation, not the country
                if view.state_country(m, m.key):
                    continue      # "a Georgia businessman": the US state the geo stage read (round27)
                table.add(m.start, m.end, head.i, "name", "GPE", [table.country_ent(m.key)])
            elif m.kind == "O":
                if view.joined_to_place(m):
                    continue      # "EU-China talks"
                org = kb.orgs[m.key]
                code = org.code_on(view.day)                  # (a dated code: "the Taliban" govern from 2021)
                if foreign_namesake(view, m, code):
                    continue      # "TIRANA - The Democratic Party accused ...": Albania's, not the US party
                stateless = code.startswith("---")            # "Reuters": no country, and not the story's
                ent = table.ent(f"O:{org.id}", name=org.name, kind="ORG", country=None if stateless else code[:3],
                                sector=code[3:] or None)
                ent.foreign = ent.foreign or stateless
                table.add(m.start, m.end, head.i, "name", "ORG", [ent])
            elif m.kind == "P":
                actor = kb.named[m.key]
                if self.unborne_acronym(m.start, m.end, actor):
                    continue
                label = ent_label.get(head.i)
                person = label == "PERSON" or actor.dated and label not in ("ORG", "GPE", "FAC", "NORP")
                label = "PERSON" if person else "ORG"
                table.add(m.start, m.end, head.i, "name", label, [table.named_ent(actor, person)])
            elif m.kind == "M":
                met = kb.metonyms[m.key]
                loc = SEAT_LOCATIVE if met.kind == "seat" else LOCATIVE
                if met.kind == "capital" and head.dep_ == "compound" and noun_lemma(head.head) in people_heads:
                    continue      # "Athens residents", "Lima police": the city's people, a nominal of their own
                if met.kind == "capital" and head.dep_ == "compound" and noun_lemma(head.head) in kb.place_heads:
                    continue      # "a Nairobi hotel", "a Kabul market": a place in the city, no government (session 38)
                if actor_position(head, loc):
                    ent = table.group_ent(met.iso3, met.sector, source="kb")
                    table.add(m.start, m.end, head.i, "metonym", "GPE", [ent])
            elif m.kind == "D":
                pass  # demonyms are read as part of nominal phrases; leftovers in nominals.py

    def relation_pairs(self) -> None:
        """"EU-China talks", "the U.S.-China trade war", "Israel-Hamas truce talks": two parties the knowledge
        base knows (states, international bodies, named groups) joined by a hyphen before a noun of relations
        between them (word list RELATION_PAIR_HEADS), told as happening, are that relation's two parties: one
        mention of both, which the events stage reads as the two sides (session 28 ctry29). Elsewhere the
        joined names stay no one's nationality ("a US-Caribbean banking forum", DocView.joined_to_place)."""
        view, table, kb = self.view, self.table, self.kb
        toks = view.toks
        by_start = {m.start: m for m in view.kbm if m.kind in ("C", "O", "P")}
        for m in view.kbm:
            # two names across a dash token: "EU - China"
            if m.kind not in ("C", "O", "P") or m.end + 1 >= len(toks) or toks[m.end].text not in _DASHES:
                continue
            other = by_start.get(m.end + 1)
            if other is None or any(table.taken[m.start:other.end]):
                continue
            ents = [self._pair_ent(m.kind, m.key), self._pair_ent(other.kind, other.key)]
            if None not in ents and self._relation_head(toks[other.end - 1]):
                table.add(m.start, other.end, other.end - 1, "name", "GPE", ents)
        for t in toks:
            # one token: "U.S.-China" (the tokenizer keeps a dotted abbreviation and its partner together)
            if table.taken[t.i] or not any(d in t.text[1:-1] for d in _DASHES) or t.i in view.kbm_tokens:
                continue
            parts = re.split("[" + "".join(_DASHES) + "]", t.text)
            isos = [kb.lookup_country(w) for w in parts]
            if len(parts) == 2 and all(isos) and isos[0] != isos[1] and self._relation_head(t):
                table.add(t.i, t.i + 1, t.i, "name", "GPE", [table.country_ent(i) for i in isos])

    def _pair_ent(self, kind: str, key: str):
        """The entity of one side of a joined pair (as kb_names makes it), or None for one it would not code."""
        kb, table = self.kb, self.table
        if kind == "C":
            return table.country_ent(key)
        if kind == "O":
            org = kb.orgs[key]
            code = org.code_on(self.view.day)
            if code.startswith("---"):
                return None
            return table.ent(f"O:{org.id}", name=org.name, kind="ORG", country=code[:3], sector=code[3:] or None)
        actor = kb.named[key]
        return None if actor.dated else table.named_ent(actor, False)

    @staticmethod
    def _relation_head(last: Token) -> bool:
        """The joined pair modifies a noun of relations between two parties, itself or through the nouns
        compounded on it ("trade talks", "trade war"), which is the subject of its clause: the relation is
        told as happening ("U.S.-China talks resumed", "the EU-China summit ended"), not only referred to ("a
        muddled view of US-China trade talks", "investors monitor the talks": no one's act the text reports)."""
        if last.dep_ not in ("compound", "amod", "nmod") or last.head.i <= last.i:
            return False
        head = last.head
        for _ in range(3):
            if noun_lemma(head) in RELATION_PAIR_HEADS or head.lower_ in RELATION_PAIR_HEADS:
                return head.dep_ in ("nsubj", "nsubjpass")
            if head.dep_ != "compound" or head.head.i <= head.i:
                return False
            head = head.head
        return False

    def model_after(self, end: int) -> bool:
        """Is the name followed by a model designation ("A330", "747", "F-16") -- a product named for its maker?"""
        if end >= len(self.view.toks):
            return False
        nxt = self.view.toks[end].text
        return bool(MODEL_NUMBER.match(nxt)) and not YEAR.match(nxt)

    def police_initials(self) -> None:
        """"The NYPD said", "LAPD officers": a city police department by its initials (COP), recognised or not;
        its country comes from the story (context.py), as any organisation's without one."""
        table = self.table
        for t in self.view.toks:
            text = t.text
            if not (4 <= len(text) <= 6 and text.isupper() and text.isalpha()) or table.taken[t.i] \
                    or table.phrase_tokens[t.i] or self.view.dateline[t.i] \
                    or not any(text.lower().endswith(s) for s in POLICE_INITIAL_SUFFIXES):
                continue
            ent = table.ent(f"O:{text.lower()}", name=text, kind="ORG", sector="COP")
            table.add(t.i, t.i + 1, t.i, "name", "ORG", [ent])

    def same_body_named_longer(self, m, a: int, b: int) -> bool:
        """A KB organisation inside a longer recognised name (tokens a..b) that adds only "the", a possessive
        or its own country: "The U.S. Securities and Exchange Commission" is the KB's "Securities and
        Exchange Commission" ("Sweden Democrats", another country's words, stays another party)."""
        if m.kind != "O":
            return False
        view = self.view
        iso = self.kb.orgs[m.key].code[:3]
        extra = [i for i in (*range(a, m.start), *range(m.end, b))
                 if view.lowers[i] not in ("the", *POSSESSIVE) and not view.toks[i].is_punct]
        return all(view.country_of.get(i) == iso for i in extra)

    def party_members_qualified(self, m, prev: Token) -> bool:
        """"House Democrats", "Senate Republicans", "Establishment Republicans", "Moderate Democrats": a party's
        members (a plural alias of a party, word list PARTY_MEMBERS) qualified by their chamber or wing (word list
        PARTY_MEMBER_QUALIFIERS) are that party's, not another party named "X Democrats" (session 25)."""
        last = self.view.toks[m.end - 1]
        return m.end - m.start == 1 and last.lower_ in PARTY_MEMBERS and last.lower_.endswith("s") \
            and prev.lower_ in PARTY_MEMBER_QUALIFIERS

    def own_region_before(self, m) -> bool:
        """"New Brunswick RCMP", "Ontario RCMP": one or two capitalised words before a KB body's initials that
        name a region of the body's own country: its branch there, not another body (round24). A party's name
        need not be initials: "Texas Republicans", "Ohio Democrats" are the party's members in that state (convention
        `state-party-branch`, round52, act54), where "Sweden Democrats" or "Liberal Democrats" name no region of
        the KB party's country and stay another party."""
        toks = self.view.toks
        code = self.kb.orgs[m.key].code
        if not all(t.is_upper for t in toks[m.start:m.end]) and code[3:] != "PTY":
            return False
        iso = code[:3]
        for k in (1, 2):
            words = toks[max(0, m.start - k):m.start]
            if len(words) == k and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                    and region_country(" ".join(t.text for t in words)) == iso:
                return True
        return False

    def outlets_told(self) -> None:
        """'The mayor told KXAN the road would reopen', 'told the Argus Leader': the one told is a news outlet
        when its name is a broadcaster's call letters or ends in an outlet's word (vocab.csv use 'outlet').
        The recogniser often misses such names, or calls them an event; without an actor the statement has
        no target. The outlet's country is then the story's (context.py), unless the KB knows it."""
        view, table, kb = self.view, self.table, self.kb
        people = {t.i for s in view.ents if s.label_ == "PERSON" for t in view.toks[s.start:s.end]}
        for verb in view.toks:
            for h in _told_heads(verb):
                if h.pos_ != "PROPN" or h.i in people:
                    continue
                if not (_CALL_LETTERS.fullmatch(h.text) or h.lower_ in kb.outlet_words):
                    continue      # ("told the NTSB", "told OSHA": an agency's initials, no broadcaster's)
                start = h.i
                while start > 0 and view.toks[start - 1].dep_ in ("compound", "amod") \
                        and view.toks[start - 1].head.i >= start and view.toks[start - 1].pos_ == "PROPN":
                    start -= 1
                if any(table.taken[start:h.i + 1]) or any(table.phrase_tokens[start:h.i + 1]) \
                        or any(i in people for i in range(start, h.i + 1)):
                    continue
                if h.lower_ in kb.roles and self.title_run(view.toks[start:h.i]):
                    continue      # "told the Opposition Leader": an office, where "the Argus Leader" is a paper
                name = " ".join(t.text for t in view.toks[start:h.i + 1])
                ent = table.ents.get(f"O:{name.lower()}")
                if ent is None:
                    ent = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector="MED")
                    iso = self.place_in_name(view.toks[start:h.i + 1])
                    if iso:           # "the Dallas Morning News": a paper named after its city (session 21)
                        ent.set_country(iso, "name")
                table.add(start, h.i + 1, h.i, "name", "ORG", [ent])

    def title_run(self, run: list[Token]) -> bool:
        """Whether the words before an outlet word that is also a title ("Leader") make it an office: none
        at all ("told the Leader"), a country, or a body, sector or title word among them ("the Opposition
        Leader", "the Senate Leader", "the Deputy Leader")."""
        kb = self.kb
        if not run:
            return True
        return any(t.lower_ in kb.roles or t.lower_ in kb.terms or t.lower_ in kb.modifiers
                   or t.lemma_.lower() in kb.terms or t.lower_ in kb.country_nouns for t in run) \
            or any(t.i in self.view.country_of for t in run)

    def unborne_acronym(self, start: int, end: int, actor) -> bool:
        """An armed group of the Phoenix non-state table met only by a short acronym ("FPS") in a text that
        names neither the group in full nor its country: the letters stand for something else ("60 FPS" in
        a games review is no Panamanian front), and the group's country would be invented. (A group whose
        table name is the acronym itself, "PKK", counts as named in full, so it is always taken.)"""
        text = " ".join(t.text for t in self.view.toks[start:end])
        if not (text.isupper() and text.isalpha() and len(text) <= 5) \
                or not actor.source.startswith("Phoenix.MilNonState"):
            return False
        country = (actor.code_on(self.view.day, False)[0] or "")[:3]
        return country not in self.view.context_countries and actor.name.lower() not in self.view.text.lower()

    def shared_possessor(self, root: Token) -> str | None:
        """"Kenya's Ministry of Health and the Ministry of Finance": a body coordinated with one of the same
        kind that a country's possessive names is that country's too (the possessive is said once)."""
        if root.dep_ != "conj":
            return None
        lemma = noun_lemma(root)
        t = root.head
        for _ in range(4):          # up through "of Mining, Oil and Gas and the Ministry"
            if noun_lemma(t) == lemma:
                return next((self.view.country_of[c.i] for c in children(t)
                             if c.dep_ == "poss" and c.i in self.view.country_of), None)
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def agent_named_by_tail(self, toks: list[Token]):
        """The generic agent (Phoenix agents, several words) a name's last words spell: "the Kuki Liberation
        Army", "the Ogaden National Liberation Front" end in a liberation army or front (REB), which their
        last word alone ("army": MIL) would not say (session 35 lead). None when no such agent ends the name (a
        name that is the agent's words and nothing more, "Liberation Army", is left to the phrase reader)."""
        key = term_ending_at(toks[1:], toks[-1], toks[-1].lower_, self.kb.agents, shortest=2) if toks else None
        agent = self.kb.agents[key] if key else None
        return agent if agent is not None and agent.sector else None

    def national_branch(self, start: int, end: int) -> bool:
        """The name holds, beside other words, the name of an international non-governmental organisation the
        knowledge base knows (its code starts with NGO): "the Kenya Red Cross", "the Turkish Red Crescent"."""
        return any(m.kind == "O" and start <= m.start and m.end <= end and (m.start, m.end) != (start, end)
                   and self.kb.orgs[m.key].code.startswith("NGO") for m in self.view.kbm)

    def orgs(self) -> None:
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        for span in view.ents:
            if span.label_ != "ORG" and not (span.label_ == "PERSON" and (self.the_institution(span)
                                                                          or self.region_called_person(span))) \
                    or any(table.taken[span.start:span.end]) \
                    or any(table.phrase_tokens[span.start:span.end]):
                continue          # taken, or part of a title ("Secretary of State Antony Blinken")
            if (span.start_char, span.end_char) in view.placed_name_spans:
                continue          # "in the city of Shiraz": a city the recogniser called an organisation
            if capitalised_common_word(view, span):
                continue          # "Consular officials visited him": a sentence's first word (round41)
            if self.portfolio_words(span) == len(span):
                continue          # "The Secretary of Defense said": the portfolio is part of the title
            if self.model_after(span.end) or len(span) > 1 and MODEL_NUMBER.match(span[-1].text) \
                    and not YEAR.match(span[-1].text):
                continue          # "a Boeing 777", "Airbus A330 jets": a maker's model
            start, end = span.start, span.end
            while end > start + 1 and doc[end - 1].lower_ in POSSESSIVE:
                end -= 1
            if not any(t.text[:1].isupper() and t.lower_ != "the" for t in view.toks[start:end]):
                continue          # "the rookie defenceman" is a description, not an organisation's name
            toks = list(doc[start:end])
            root = doc[start:end].root
            if root.tag_ in ("NNS", "NNPS") and root.i == end - 1 and noun_lemma(root) in kb.roles:
                continue          # "Tory MPs", "Labour councillors": a group described by a role, a nominal
            if root.dep_ == "compound" and root.head.i >= end and noun_lemma(root.head) in kb.place_heads:
                continue          # "at the Kumsusan guesthouse": a building's name, a place (session 24)
            if root.dep_ == "compound" and root.head.i == end and noun_lemma(root.head) in PARTY_GOVERNMENT_HEADS \
                    and not kb.named_for(doc[start:end].text) and _norm(doc[start:end].text) not in kb.org_only:
                continue          # "Alberta's NDP government": the government a party forms, a nominal (ctry29)
            toks += [t for c in children(root) if c.dep_ == "poss" and c.i < start for t in subtree(c)]
            info = read_phrase(kb, toks, root, view.country_of, view.org_code_of)
            name = doc[start:end].text
            if name.lower().startswith("the "):
                name = name[4:]
            name = " ".join(name.split())
            if span.label_ == "PERSON" and self.possessive_business(span):
                name += "'s"          # the shop's name ("Lowe's"), not its founder's
            if name.lower() in kb.thing_names:
                continue          # "COVID-19 has killed ...": a disease, no one acting
            named = kb.named_for(name)        # the recogniser says it is an organisation
            ent = table.ents.get(f"O:{name.lower()}")
            company = kb.orgs.get(kb.org_only.get(_norm(name), ""))
            if company is not None and "the" in (view.lowers[start], view.lowers[start - 1] if start else ""):
                company = None        # "fires in the Amazon": the forest; a company's name takes no article
            if ent is None and company is None and not named and (iso := self.org_tagged_region(toks, root)):
                # "Kerala said the Centre had failed": a state or province the recogniser called an organisation
                # is its government, as when it is read as a place (`regions_as_actors`; ctry31)
                table.add(start, end, root.i, "name", "GPE",
                          [table.group_ent(iso, "GOV", source="place", region=name)])
                continue
            if ent is None and company is None:
                ent = outlet_named_before(table, name, start)   # "the Times" after "The New York Times" (round49)
            if ent is None and company is not None:
                # "Amazon said": the company, which the KB names blindly only in an unambiguous form
                ent = table.ent(f"O:{company.id}", name=company.name, kind="ORG", country=company.code[:3],
                                sector=company.code[3:] or None)
            elif ent is None and len(named) == 1 and not self.unborne_acronym(start, end, named[0]):
                # named as the article writes it when the KB adds only a legal form ("Apple" for "Apple Inc")
                short = named[0].name.lower().startswith(name.lower() + " ")
                ent = table.named_ent(named[0], person=False, name=name if short else None)
            elif ent is None:
                sector = info.sector
                if agent := self.agent_named_by_tail(toks[:end - start]):
                    sector = agent.sector    # "the Balochistan Liberation Army": a liberation army (REB), not an army
                elif end - start > 1 and kb.is_legal_form(toks[end - start - 1].text):
                    sector = "BUS"    # "Orion LLC", "General Mills Inc.": a legal form names a company (session 23)
                elif sector != (body := body_name_sector(toks[:end - start], root, doc, sector)):
                    sector = body     # "the Roads Authority", "the Ontario Civilian Police Commission": a state
                                      # body (actors/oversight_bodies.py; round39, round42)
                elif sector is None and outlet_name(toks[:end - start]):
                    sector = "MED"    # "Radio Kano", "the Kano Herald", "Capital FM": a news outlet
                elif sector is None and self.national_branch(start, end):
                    sector = "NGO"    # "the Kenya Red Cross", "Amnesty International Kenya": a national society or
                                      # branch of an international NGO is an NGO of its country (session 38 lead)
                if sector in (None, "MIL", "UAF") and (rebel_group(root) or rebel_group(doc[start])):
                    sector = "REB"    # "Rebels of the Allied Democratic Forces": its members say what it is
                ent = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector=sector)
                if info.country:
                    ent.set_country(info.country, "name")
                else:
                    # ("The Bar Council" + "of Kenya": the country named after it, before a town named "Bar")
                    iso = country_after_name(view, kb, end) or self.place_in_name(toks[:end - start])
                    if iso:
                        ent.set_country(iso, "name")
                    elif iso := self.located_in(start, end):
                        ent.set_country(iso, "place")
                    elif iso := self.shared_possessor(root):
                        ent.set_country(iso, "name")
                    elif iso := described_country(view, start):
                        ent.set_country(iso, "apposition")     # "South African telecoms group Voltacom" (round42)
                    elif iso := based_before(view, start):
                        ent.set_country(iso, "place")          # "San Francisco-based Velora Partners" (round49)
            elif ent.country is None and info.country and info.country not in NON_STATE_COUNTRY:
                # "the Commerce Ministry said ... China's Commerce Ministry said": a later mention places it
                ent.set_country(info.country, "name")
            if ent.sector is None and root.dep_ == "compound" and noun_lemma(root.head) in FIRM_TITLES \
                    and root.head.i > root.i:
                ent.sector = "BUS"    # "a Jefferies analyst": a firm of the market trades
            if ent.sector is None and root.dep_ == "compound" and root.head.i == end:
                term = group_term(kb, root.head)
                if term is not None and term.sector:
                    ent.sector = term.sector    # "the IG Metall union", "the Azov battalion" (session 33 lead)
            if ent.country is None or ent.sector is None:
                # "Huawei, the Chinese tech company": an apposition that places the organisation; "the
                # Brookings Institution, a think tank": one that says what kind of body it is
                appos = self.appositive(root)
                if appos is not None:
                    ainfo = read_phrase(kb, appos[0], appos[1], view.country_of, view.org_code_of)
                    ainfo.country = ainfo.country or based_country(kb, appos[0], view.context_countries)
                    if ent.country is None and ainfo.country and ainfo.country not in NON_STATE_COUNTRY \
                            and (ainfo.group_term or ainfo.sector) and ainfo.role is None:
                        ent.set_country(ainfo.country, "apposition")
                        ent.sector = ent.sector or ainfo.sector
                    elif ent.sector is None and ainfo.group_term and ainfo.sector and ainfo.role is None \
                            and not ainfo.plural:
                        ent.sector = ainfo.sector
            table.add(start, end, doc[start:end].root.i, "name", "ORG", [ent])
