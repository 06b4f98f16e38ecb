"""Nominals that re-name a person: which person of the text "the president", "the Chilean coach", "a
spokeswoman ... / Jane Roe" or "the two leaders" is -- one who fits the description (country, gender, office),
the person the story is about at that point, the one named in the next sentence, or the title holder the text
never had to mark by country.

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.entities import Ent
from newsgraph.actors.phrases import PERSON_SUFFIXES, PhraseInfo, noun_lemma
from newsgraph.nlp.cache import children, has_the

# head-of-state titles that name one office ("the president" is not the prime minister)
SPECIFIC_HEAD_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
                        "emir", "supreme leader", "chief minister", "governor"}   # (the last two: of a state)
DEFINITE_WORDS = ("the", "this", "that", "these", "those", "both")
EPITHET_SENTENCES = 3
# "gov." -> "governor": the title a person's abbreviated title stands for (session 25)
FULL_TITLES = dict(w.split(":", 1) for w in word_list("kb", "TITLES_ABBREVIATED"))
NAMED_NEXT_SENTENCES = 2    # '"...," said Jane Roe' may be parsed as two sentences
# sectors of private people: a describing epithet of theirs ("the lanky professor") re-names a person; an
# office ("the veteran minister") may be held by someone the text has not named
PRIVATE_SECTORS = {None, "CVL", "EDU", "BUS", "MED", "HLH", "AGR", "LAB"}
# ... and criminals: whom a word that only says they are people ("the men", "the suspects") or a described person
# ("a Moroccan man ... The 24-year-old") may re-name (here, noun_anaphors.py and told_countries.py)
PRIVATE_OR_CRIMINAL = PRIVATE_SECTORS | {"CRM"}
CLAUSE_PRONOUNS = {"he", "she"}
DIPLOMAT_NOUNS = word_list("kb", "DIPLOMAT_NOUNS")      # "the ambassador ... the envoy" (round35)
YOUTH_NOUNS = word_list("kb", "YOUTH_NOUNS")     # "the boy" re-names no titled official
ROLE_CLASSES = word_list("kb", "ROLE_CLASSES")   # "the top diplomat" may be any office holder of the kind


_HELD_VERBS = word_list("kb", "ACCUSING_VERBS") | word_list("kb", "CAPTURING_VERBS")


def held_object(head: Token) -> bool:
    """Is the word the object (or passive subject) of a verb of arresting, charging or capturing?"""
    h = head
    while h.dep_ in ("compound", "amod", "appos") and h.head.i != h.i:
        h = h.head
    return h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_.lower() in _HELD_VERBS


class PersonAnaphors:
    def shared_title_holder(self, h: Token, toks: list[Token]) -> Ent | None:
        """Two titles of one person: "Deputy Prime Minister and Finance Minister Ana Silva" -- the first title,
        capitalised and without an article, is the named person's too, not a second actor (session 29)."""
        doc = h.doc
        if not h.text[:1].isupper() or any(t.lower_ in DEFINITE_WORDS or t.pos_ == "DET" for t in toks) \
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

    def clause_subject_entities(self, h: Token, compat) -> list[Ent]:
        """Who the subject of the nominal's own clause is: "he fought with the shirtless man" -- the man is
        not "he" --, and who reports that clause ("the prosecutor's office said the man ..."). A subject already
        resolved gives its entity; a personal pronoun not yet resolved, the entity it will most likely take (the
        most recent compatible one)."""
        t, steps = h, 0
        while t.dep_ in ("pobj", "prep", "dobj", "dative", "conj", "appos") and t.head.i != t.i and steps < 4:
            t, steps = t.head, steps + 1
        out: list[Ent] = []
        if t.i == h.i and h.dep_ in ("nsubj", "nsubjpass") and h.head.i != h.i:
            return self._reporters(h.head, h)
        if t.i == h.i or t.pos_ not in ("VERB", "AUX"):
            return []
        for subj in (c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")):
            ments = [m for m in self.table.ments if m.head == subj.i and len(m.ents) == 1]
            if ments:
                out.append(ments[0].ents[0])
            elif subj.lower_ in CLAUSE_PRONOUNS:
                out += self.table.recent(compat, subj.i, 1)
        return out + self._reporters(t, h)

    def _reporters(self, clause: Token, h: Token) -> list[Ent]:
        """"The attorney general's office said the man was being held": who reports the nominal's clause, and
        whose office reports it, is not the one reported on -- a speaker would say "I" or "he" (session 45 lead)."""
        if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.i > h.i:
            return []
        speakers = [c for c in children(clause.head) if c.dep_ == "nsubj"]
        speakers += [p for c in speakers for p in children(c) if p.dep_ == "poss"]
        return [m.ents[0] for c in speakers for m in self.table.ments if m.head == c.i and len(m.ents) == 1]

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

    def described_person_before(self, h: Token, accused: bool = False) -> Ent | None:
        """The latest person described, not named, in this or the previous sentence, whom the text gave a country
        by a nationality or a title: a private person ("a Moroccan man", "a British tourist"; round34). With
        `accused`, only one the object of a verb of arresting or charging (ACCUSING_VERBS, CAPTURING_VERBS):
        "Police have arrested an Australian man, a police spokesman said. The 29-year-old was ..." (round41)."""
        sent = self.view.sent_of[h.i]
        for m in self.table.latest_before(h.i, self.view.sent_start[max(0, sent - 1)]):
            if m.start >= h.i or len(m.ents) != 1 or m.kind != "nominal":
                continue
            if accused and not held_object(self.view.toks[m.head]):
                continue
            e = m.ents[0]
            if e.kind == "PERSON" and e.generic and not e.plural and e.country \
                    and e.country_source in ("name", "title") and e.sector in PRIVATE_OR_CRIMINAL:
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
            if held_object(self.view.toks[m.head]):
                continue      # "Abdi Farah was detained, spokesman Jane Roe said": the one held is no spokesman (round41)
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
