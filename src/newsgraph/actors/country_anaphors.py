"""Nominals that re-name states: which country "the country", "the kingdom", "the Gulf nation" re-names, which
countries "the two countries" or "both governments" are, which two parties "the two sides" are -- the states the
text talks about, not the places it names ("attacks in Ukraine") nor the subject of the phrase's own verb.

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import STATE_SECTORS
from newsgraph.actors.entities import Ent
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.phrases import noun_lemma
from newsgraph.nlp.cache import NAME_LINKS, children, climb, subtree

_DENIAL_VERBS = word_list("kb", "DENIAL_VERBS")
_ACCUSING_VERBS = word_list("kb", "ACCUSING_VERBS")
PAIR_SENTENCES = 4         # "the two countries": a pair named together in this or the 4 sentences before
SIDES_SENTENCES = 1        # "the two sides": the two parties of this or the sentence before (ctry31)
PLACE_PREPS = word_list("kb", "PLACE_PREPS")
DEPARTURE_VERBS = word_list("kb", "DEPARTURE_VERBS")     # "departed for Kenya": a destination (round33)
BORDER_NOUNS = word_list("kb", "BORDER_NOUNS")
SIDES_VICTIM_VERBS = word_list("kb", "SIDES_VICTIM_VERBS")    # "killing 12 people": who was harmed (session 36b)
NEIGHBOUR_WORDS = word_list("kb", "NEIGHBOUR_WORDS")
# "the Gulf nation", "the Himalayan country": region adjective -> ISO codes of its states (round34)
REGION_EPITHETS = {pair.split(":")[0]: frozenset(pair.split(":")[1:]) for pair in word_list("kb", "REGION_EPITHETS")}
# the forms of state a noun names: "the kingdom" re-names a kingdom, "the republic" no monarchy (round30)
STATE_FORMS = {"kingdom": word_list("kb", "KINGDOM_COUNTRIES"), "emirate": word_list("kb", "EMIRATE_COUNTRIES"),
               "sultanate": word_list("kb", "SULTANATE_COUNTRIES")}
MONARCHIES = frozenset().union(*STATE_FORMS.values())
# "China threatened to invade the island": "the island" re-names an island state the text named (round43)
STATE_FORMS = {**STATE_FORMS, "island": word_list("kb", "ISLAND_COUNTRIES")}
INSTITUTION_OF_STATE = {"GOV", "MIL", "LEG", "JUD", "ELI"}    # whose country a state noun may re-name


def named_as_place(head: Token, departures: bool = False, borders: bool = False) -> bool:
    """Is the country's word the object of a place preposition (PLACE_PREPS: "attacks in Ukraine", "fled from
    Syria")? Then it says where something happened, not which state the text talks about, and "the country", "the
    two countries", "the two governments" do not re-name it. With `departures` also a destination ("departed for
    Kenya": DEPARTURE_VERBS, round33), with `borders` the other side of a border ("the border with Mali":
    BORDER_NOUNS, round24). The one place test of the three re-naming rules below."""
    if departures and head.dep_ == "nsubj" and head.head.head.lemma_.lower() in DEPARTURE_VERBS \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(head.head)):
        return True     # "flew for Chile to attend the summit", parsed as "for Chile to attend" (session 48 lead)
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    return prep.lower_ in PLACE_PREPS \
        or departures and prep.lower_ == "for" and prep.head.lemma_.lower() in DEPARTURE_VERBS \
        or borders and prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS


class CountryAnaphors:
    def two_sides(self, h: Token) -> list[Ent]:
        """"Police clashed with miners ... The two sides accused each other", "Ethiopia and Eritrea signed a deal.
        Both sides said ...": the two parties named last, in this or the SIDES_SENTENCES sentences before --
        states, bodies, named people or groups with a country or a sector, not the verb's own subject -- when
        exactly two distinct ones stand there before the one named third; [] otherwise (session 30, ctry31)."""
        view, table = self.view, self.table
        own = self.own_subjects(h) + self.hosts_of_talks(h)
        first = view.sent_start[max(0, view.sent_of[h.i] - SIDES_SENTENCES)]
        found: list[Ent] = []
        for m in table.mentions_before(h.i):
            if m.start < first:
                break
            if m.kind == "pronoun" or m.start >= h.i:
                continue
            head = view.toks[m.head]
            top = climb(head, ("compound", "flat", "appos"))
            if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS \
                    or top.i != head.i and top.dep_ == "pobj" and top.head.lower_ in PLACE_PREPS:
                continue          # ("flew them to Oman", "talks in Geneva": where, not who; "at the Torkham
                                  # crossing": a name in a place's compound is where too, session 45 vio49)
            if view.speech_subject(head) and any(c.dep_ in ("ccomp", "parataxis") and c.i < top.i
                                                 for c in children(top.head)):
                continue          # ("struck targets ..., health officials said": who reports it, no party; 36b)
            if top.dep_ == "dobj" and top.head.lemma_.lower() in SIDES_VICTIM_VERBS:
                continue          # ("... killing at least 12 people": who was harmed, no party; session 36b)
            if top.dep_ == "poss" and top.head.dep_ == "pobj" and top.head.head.dep_ == "prep":
                continue          # ("met at France's request", "spoke on Kenya's behalf": no party; session 37 lead)
            for e in m.ents:      # ("Armenian and Azerbaijani officials met": one phrase, two sides)
                if e in own or e in found or e.plural and e.kind == "PERSON" \
                        or e.kind == "GROUP" and not (e.country or e.sector) \
                        or e.kind not in ("COUNTRY", "ORG", "GROUP", "PERSON"):
                    continue
                found.append(e)
            if len(found) >= 2:
                break
        return found if len(found) == 2 else []

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
        for _ in range(4 if h.dep_ == "pobj" and h.head.lower_ in ("to", "for") else 0):
            # "has given $5 million in aid to the two countries": the receivers' phrase hangs on the verb's object
            # through prepositions; the verb's subject is still the one the two are not (session 47 lead; not a
            # "between" phrase: "acted as a mediator between the two sides" keeps its reading)
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep", "dobj", "obj") \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        while not subj and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) == 1 and subj[0].pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.i != verb.i:
            # "The mission said it had increased patrols and urged both sides ...": the pronoun's speaker, whom the
            # pronoun is not yet bound to when nominals are read (session 46 lead)
            subj += [c for c in children(verb.head) if c.dep_ == "nsubj"]
        words = set()
        for c in subj:      # the subject and its conjuncts, not a possessor ("Putin's war brought the two leaders")
            words.add(c.i)
            words.update(x.i for x in children(c) if x.dep_ == "conj")
            # the names that modify it ("the NATO-led KFOR mission"), not its possessor (session 46 lead)
            words.update(x.i for x in c.subtree if x.i < c.i and x.dep_ in ("compound", "npadvmod", "amod", "nmod")
                         and not any(a.dep_ == "poss" for a in x.ancestors if a.i < c.i))
        return [e for m in self.table.ments if m.head in words for e in m.ents]

    def hosts_of_talks(self, h: Token) -> list[Ent]:
        """"Saudi Arabia and the US hosted talks between the two sides", "Norway brokered a truce between both
        sides": the subject of the verb whose object holds the "between" phrase of `h` hosts or brokers what the
        two sides do, so it is none of them (session 36 coop39). The subject's entities, or []."""
        prep = h.head
        if h.dep_ != "pobj" or prep.lower_ != "between":
            return []
        noun = prep.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head      # "rounds of talks between"
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = noun.head
        words = set()
        for c in children(verb):
            if c.dep_ in ("nsubj", "agent"):
                for t in ([c] + [g for g in children(c) if g.dep_ == "pobj"] if c.dep_ == "agent" else [c]):
                    if t.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                        t = verb.head   # "Qatar and Egypt, which hosted talks between the two sides" (session 46)
                        while t.dep_ == "conj" and t.head.i != t.i:
                            t = t.head
                    words.add(t.i)
                    words.update(x.i for x in children(t) if x.dep_ == "conj")
        return [e for m in self.table.ments if m.head in words for e in m.ents]

    def of_both_states(self, h: Token) -> bool:
        """"officials from both countries", "delegations of the two governments": a "from" or "of" phrase of the
        noun whose object is a plural state noun (a country noun or a national body) counted two by "both" or
        "two" (session 36 coop39)."""
        for prep in children(h):
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj" or pobj.tag_ != "NNS":
                    continue
                lemma = noun_lemma(pobj)
                if lemma not in self.kb.country_nouns and lemma not in self.kb.national_bodies:
                    continue
                if any(c.lower_ in ("both", "two") for c in children(pobj)):
                    return True
        return False

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
        pair = self.named_pair(h, own) if want == 2 else None
        if pair:
            return pair
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

    def named_pair(self, h: Token, own: list[Ent]) -> list[Ent] | None:
        """Two countries named as a pair ("ties between Peru and Chile", "Peru and Chile signed ...") in this or
        the PAIR_SENTENCES sentences before, the latest such: what "the two countries" re-names, over other
        countries named since in passing ("... two neighbours of Brazil. The two countries"); or the pair a nominal
        re-named so before ("the two nations ... the neighbours"; session 48 lead)."""
        view, toks = self.view, self.view.toks
        first = view.sent_start[max(0, view.sent_of[h.i] - PAIR_SENTENCES)]
        before = [m for m in self.table.mentions_before(h.i) if m.start >= first]
        heads = {m.head: m.ents[0] for m in before if len(m.ents) == 1 and m.ents[0].kind == "COUNTRY"}
        # a pair already re-named so ("the two nations" taken up again): the latest wins as a named pair does
        renamed = {m.head: list(m.ents) for m in before if len(m.ents) == 2 and m.kind == "nominal"
                   and all(e.kind == "COUNTRY" for e in m.ents) and not any(e in own for e in m.ents)}
        for i in sorted(set(heads) | set(renamed), reverse=True):
            if i in renamed:
                return renamed[i]
            t = toks[i]
            if t.dep_ != "conj" or t.head.i not in heads or named_as_place(t.head, departures=True):
                continue
            if any(c.dep_ == "conj" for c in children(t)) or t.head.head.dep_ == "conj" and t.head.head.i in heads:
                continue        # three or more named together: not a pair
            pair = [heads[t.head.i], heads[i]]
            if pair[0] is not pair[1] and not any(e in own for e in pair):
                return pair
        return None

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

    def clause_other_countries(self, h: Token) -> set[str]:
        """The countries named in the clause of the subject `h` outside its own phrase ("the country rejected
        Grenada's request", "the nation accused Russia"): the other side of its act, which it cannot re-name
        (round50, session 48 act52)."""
        acts = [c for c in children(h) if c.dep_ == "acl" and c.pos_ == "VERB"]     # "this country rejecting X"
        if h.dep_ in ("nsubj", "nsubjpass"):
            acts.append(h.head)
        clause = {t.i for v in acts for t in subtree(v)}
        own = {t.i for t in subtree(h)} - clause - {h.head.i}
        return {m.ents[0].country for m in self.table.ments
                if len(m.ents) == 1 and m.ents[0].kind == "COUNTRY" and m.ents[0].country
                and m.head not in own and m.head in clause}

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
        others = self.clause_other_countries(h)
        for m in table.mentions_before(h.i):
            if len(m.ents) != 1 or m.ents[0].kind != "COUNTRY":
                continue
            if m.ents[0].country in others:
                continue      # "this country rejecting Grenada's request": not Grenada (round50)
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
