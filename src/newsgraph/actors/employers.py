"""Names, step 4: countries and sectors of people from what they work for -- "an aide to the senator", "a
spokesman for the ministry", a principal's staff, and US party-and-state labels ("(D-Ore.)").

A mixin of `NameFinder` (names.py); runs after people and organisations are known.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.entities import Ent
from newsgraph.actors.phrases import noun_lemma
from newsgraph.nlp.cache import children

# verbs of a participle that places a title in an organisation ("a scientist working at ...")
WORKING_VERBS = word_list("kb", "WORKING_VERBS")
PARTY_MEMBERS = word_list("kb", "PARTY_MEMBERS")      # "the leader of the Christian Democrats": a party office
US_STATE_LABELS = word_list("kb", "US_STATE_LABELS")     # "(R-S.C.)", "(D-Calif.)", "(Md.)" (session 25)
_US_LABEL = re.compile(r"\s*\((?:([DRI])\s*[-\u2013,]\s*)?([A-Z][A-Za-z. ]{0,12}?)\)")
# roles whose "to <country>" names where they are posted, not whom they serve
SENT_TO = word_list("kb", "SENT_TO")
POSITION_NOUNS = word_list("kb", "POSITION_NOUNS")    # "a member of the Teamsters" (session 50)


def chain_objects(starts: list[Token], with_conj: bool):
    """The objects of a title's chain of "of"/"for"/"at" phrases, nearest first, up to three phrases deep
    ("a lecturer at the School of Earth Studies at the University of Leeds": School, Studies, University);
    with `with_conj`, the chain goes on through coordinated objects too. A caller stops where it has its
    answer."""
    frontier = starts
    for _ in range(3):
        nxt = []
        for w in frontier:
            for prep in children(w):
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
                    continue
                for pobj in children(prep):
                    if pobj.dep_ != "pobj":
                        continue
                    yield pobj
                    nxt.append(pobj)
                    if with_conj:
                        nxt += [c for c in children(pobj) if c.dep_ == "conj"]
        frontier = nxt


class Employers:
    def staff_countries(self) -> None:
        """A staff member takes the country their principal was given after both were read (a party-and-state
        label, an employer): "Sen. Tom Roe (D-Ore.) ... Roe spokeswoman Ann Lee" (session 25)."""
        for ent, boss in self.staff:
            if ent.country is None and boss.country is not None:
                ent.set_country(boss.country, "employer")

    def us_party_state_labels(self) -> None:
        """"Chairman Tom Reade (R-S.C.)", "Rep. Ann Cole (D-Calif.)", "Paul Hallen (Md.)": a person's name
        followed by a party letter and a US state, or a state alone, in parentheses is how US news labels members
        of Congress and of state legislatures: the United States (source "name"), and a legislator when nothing
        else gave a sector (with a party letter). The state is an AP abbreviation or a postal code (word list
        US_STATE_LABELS); a bare "(R)" says no state and is left alone (session 25)."""
        text = self.view.text
        toks = self.view.toks
        for m in self.table.ments:
            if m.kind != "name" or len(m.ents) != 1 or m.ents[0].kind != "PERSON" or m.ents[0].generic:
                continue
            ent = m.ents[0]
            last = toks[m.end - 1]
            after = text[last.idx + len(last.text):last.idx + len(last.text) + 16]
            found = _US_LABEL.match(after)
            key = found.group(2).lower().replace(" ", "") if found else ""
            if key not in US_STATE_LABELS or not (found.group(1) or key.endswith(".") or len(key) > 2):
                continue          # a bare postal code ("(OK)", "(IN)") only after a party letter
            if ent.country is None:
                ent.set_country("USA", "name")
            if ent.country == "USA" and ent.sector is None and found.group(1):
                ent.sector = "LEG"

    def country_from_employer(self) -> None:
        """'Mykhailo Podolyak, an adviser to President Volodymyr Zelensky': the adviser serves
        Zelensky's country (also 'a spokeswoman for the ministry', 'an official with NATO'); and a weak
        title takes the sector of the organisation it is held in ('Ana Ruiz, director of the Lowy
        Institute': EDU, not the title's own BUS). A seat of government employs too ("a spokesman for the
        Kremlin")."""
        by_token = self.table.name_entity_at(("name", "metonym"))
        for ent, role_word in self.serves:
            self.sector_from_employer(ent, role_word, by_token)
            if ent.country is not None:
                continue
            preps = [*children(role_word), *self.working_preps(role_word)]
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "for", "with", "of", "at"):
                    continue
                for pobj in children(prep):
                    boss = by_token.get(pobj.i)
                    if boss is not None and prep.lower_ == "to" and boss.country \
                            and (boss.kind == "COUNTRY" or boss.sector == "GOV") \
                            and role_word.lemma_.lower() in SENT_TO:
                        # "the envoy to Ukraine": sent there by another country (never Ukraine)
                        ent.foreign_to.add(boss.country)
                        continue
                    if pobj.dep_ == "pobj" and boss is not None and boss.country and boss is not ent:
                        ent.set_country(boss.country, "employer")
                        break
                    if pobj.dep_ == "pobj" and boss is not None and boss.kind == "ORG" and boss.foreign \
                            and boss.country is None and boss is not ent:
                        # "Thomas Bach, the president of the International Olympic Committee": one who serves a
                        # body of no one country (a KB "---" code) is of no country the story or dateline gives
                        # (session 47 tgt51: a Moscow dateline had made him Russian)
                        ent.foreign = True
                        break
                if ent.country:
                    break
            if ent.country is None:
                iso = self.chain_country(role_word, by_token)
                if iso:
                    ent.set_country(iso, "employer")

    def chain_country(self, role_word: Token, by_token: dict) -> str | None:
        """The country of the organisation a title is held in, further down its "of"/"for"/"at" chain
        than the first phrase: a known organisation's own country ("a fellow at the Centre for Rail
        Studies at Acme University", Acme known), or a country that owns it in a possessive ("a researcher
        at the Institute of Coastal Studies at Canada's Northgate University", "an analyst at Brazil's
        largest lender"). A person or a country in the chain ends the search: the title is not held in
        an organisation there."""
        starts = [role_word, *(p.head for p in self.working_preps(role_word))]
        for pobj in chain_objects(starts, with_conj=False):
            boss = by_token.get(pobj.i)
            if boss is not None and boss.kind != "ORG":
                return None
            if boss is not None and boss.country and not boss.generic:
                return boss.country
            for c in children(pobj):
                if c.dep_ == "poss" and c.i in self.view.country_of:
                    return self.view.country_of[c.i]
            body = self.view.national_body_country(pobj) if boss is None else None
            if body is not None:
                return body
        return None

    @staticmethod
    def working_preps(role_word: Token) -> list[Token]:
        """The prepositions of a participle that places a title in an organisation, through up to two
        prepositional phrases ("a junior engineer working on flood models at the ECMWF": "at" hangs
        on "emissions")."""
        out: list[Token] = []
        frontier = [c for c in children(role_word) if c.dep_ == "acl" and c.lemma_.lower() in WORKING_VERBS]
        for _ in range(3):
            preps = [p for w in frontier for p in children(w) if p.dep_ == "prep"]
            out += preps
            frontier = [o for p in preps for o in children(p) if o.dep_ == "pobj"]
        return out

    def sector_from_employer(self, ent: Ent, role_word: Token, by_token: dict) -> None:
        """A person whose sector is only their title's default -- a weak title, or a head's ("president")
        -- takes that of the named organisation the title is held in ("of", "for"): "Maria Lopez, director
        of the Lowy Institute" is EDU. An organisation of unknown kind leaves no government default: "a
        spokesperson for Instagram", "president of Chapter & Verse" serve no state."""
        role = self.kb.roles.get(ent.role.lower()) if ent.role else None
        if role is None and ent.sector is None and ent.office is None:
            self.sector_of_named_employer(ent, role_word, by_token)
            return
        if role is None or role.strong and role.sector != "GOV" or ent.sector != role.sector \
                or ent.office is not None and ent.role == ent.office.role:
            return      # (an office of the KB in force decides; one held later or before leaves the text's title)
        boss = self.held_in(role_word, by_token)
        if boss is not None and boss is not ent and (boss.sector or role.sector == "GOV"):
            ent.sector = boss.sector
            ent.head_role = ent.head_role and boss.sector == "GOV"
        elif boss is None and role.sector == "GOV" and self.company_owner(role_word):
            ent.sector, ent.head_role = "BUS", False
        elif boss is None and role.sector == "GOV" and not role.strong and self.party_led(role_word):
            ent.sector, ent.head_role = "PTY", False

    def sector_of_named_employer(self, ent: Ent, role_word: Token, by_token: dict) -> None:
        """"Mark Diaz, a spokesman for the Kenya Red Cross": a weak title's government default was withheld
        from a name the phrase could not read yet (phrases._serves_unknown_name), so the person has no
        sector; once that name is resolved to an organisation of known sector, the title is held there
        (KENNGO), as for a body the phrase could read. So too for a place in a body that is no title of its
        own (word list POSITION_NOUNS: "a member of the Teamsters", "a senior associate at the Brennan
        Institute"; session 50)."""
        role = self.kb.roles.get(role_word.lemma_.lower())
        if (role is None or role.strong) and role_word.lemma_.lower() not in POSITION_NOUNS:
            return
        boss = self.held_in(role_word, by_token)
        if boss is not None and boss is not ent and boss.sector and not boss.generic:
            ent.sector = boss.sector

    def party_led(self, role_word: Token) -> bool:
        """"Jan Weber, the leader of the Christian Democrats", "the head of the party": a weak title held in
        a party (its of-object is "party" or a capitalised name of party members, word list PARTY_MEMBERS)
        is a party office (PTY), not the government's (session 24)."""
        for t in chain_objects([role_word], False):
            term = self.kb.terms.get(noun_lemma(t))
            if term is not None and term.sector == "PTY" or t.lower_ in PARTY_MEMBERS and t.text[:1].isupper():
                return True
        return False

    def company_owner(self, role_word: Token) -> bool:
        """"the firm's president, Ana Costa", "the vice president of Orion LLC, Jim Hart": a head's title held in
        a company -- a possessor or an of/for/at object that is a kind of company ("firm", "carmaker": a BUS
        group noun of the KB) or a name ending in a legal form ("LLC", "Inc.") -- is a business office, not a
        state's (session 23)."""
        kb = self.kb
        owners = [c for c in children(role_word) if c.dep_ == "poss"] + list(chain_objects([role_word], False))
        for t in owners:
            term = kb.terms.get(noun_lemma(t))
            if term is not None and term.sector == "BUS" and t.i not in self.view.country_of:
                return True
            if t.pos_ == "PROPN" and kb.is_legal_form(t.text):
                return True
        return False

    @staticmethod
    def served(role_word: Token, by_token: dict) -> Ent | None:
        """Whom a title held 'to' someone serves: a person of known sector ("an adviser to billionaire Tom
        Greer": BUS) or an organisation ("a consultant to Acme Corp": its sector, none when unknown, as for
        "a spokesperson for Instagram"). An envoy 'to' a country is posted there (SENT_TO), and 'to' a
        country or a person of unknown sector says nothing of the sector."""
        if role_word.lemma_.lower() in SENT_TO:
            return None
        doc = role_word.doc
        if role_word.i + 1 >= len(doc) or doc[role_word.i + 1].lower_ != "to":
            return None
        # the words after "to" up to the phrase's end (the small model may parse "to" as an infinitive's)
        for t in doc[role_word.i + 2:min(len(doc), role_word.i + 8)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                break
            boss = by_token.get(t.i)
            if boss is not None:
                return boss if boss.kind == "ORG" or boss.kind == "PERSON" and boss.sector else None
        return None

    def held_in(self, role_word: Token, by_token: dict) -> Ent | None:
        """The organisation or person a title is held in or serves: its of/for/at chain, else its to-phrase."""
        return self.employer_in_chain(role_word, by_token) or self.served(role_word, by_token)

    @staticmethod
    def employer_in_chain(role_word: Token, by_token: dict) -> Ent | None:
        """The organisation a title is held in, at the end of its chain of "of"/"for"/"at" phrases: "head
        of sales for Halden Medical", "a lecturer at the School of Earth Studies at the University of Leeds"
        (the university), "senior vice president for space at Boeing". None when the chain
        reaches a country or a government ("President of the United States")."""
        found = None
        for pobj in chain_objects([role_word], with_conj=True):
            boss = by_token.get(pobj.i)
            if boss is not None and boss.kind != "ORG":
                return None
            if boss is not None and not boss.generic:
                found = boss
        return found
