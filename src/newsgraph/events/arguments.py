"""The sides of an event: which actors a phrase refers to, and whether an unresolved phrase can still
stand for a side.

The actors stage resolves names, nominals and pronouns (newsgraph.actors); this module asks it about
phrase heads and their modifiers ("Russian diplomats", "Haiti's efforts"). When it resolves nothing,
a phrase that plainly names people ("a man", "the suspects", "he") can still be a side with its words
and no code: the side is known to exist, only its identity is not (GDELT leaves such a side blank).
The generic nouns for that test are data (noun_sets.csv: PERSONS, NONSPEAKERS).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

import newsgraph.actors as actors_api
from newsgraph.actors.lookup import is_metonym
from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.elided_heads import elided_head
from newsgraph.events.patterns import noun_sets, undergone_acts
from newsgraph.nlp.cache import children, doc_text, doc_tokens
from newsgraph.records import Actor, Analysis

_SPEAKER_PRONOUNS = word_list("patterns", "SPEAKER_PRONOUNS")
_ADDRESSEE_PRONOUNS = word_list("patterns", "ADDRESSEE_PRONOUNS")
# "you" is left out: outside a quote it is mostly the generic "you" ("depending on who you ask")
_PERSON_PRONOUNS = word_list("patterns", "PERSON_PRONOUNS")
_ACTOR_ENTS = {"PERSON", "NORP", "ORG", "GPE"}


@dataclass(frozen=True)
class Party:
    """One side of an event: the actor its phrase refers to (None when none was resolved) and the
    phrase's head token (and, when the parse cannot be trusted, its words' span)."""

    actor: Actor | None
    head: Token
    span: tuple[int, int] | None = None     # the side's words when not read off the parse (headlines)

    @property
    def key(self) -> str:
        """Identity within a sentence: the actor id, else the head's position."""
        return self.actor.id if self.actor is not None else f"@{self.head.i}"

    @property
    def bounds(self) -> tuple[int, int]:
        """Character span of the side's words."""
        return self.span or phrase_bounds(self.head)

    @property
    def code(self) -> str | None:
        return self.actor.code if self.actor is not None else None

    @property
    def country(self) -> str | None:
        return self.actor.country if self.actor is not None else None


def _actors_for_token(analysis: Analysis, tok: Token) -> list[Actor]:
    found = actors_api.actors_for_token(analysis, tok)
    if found:
        return found
    # First and second person inside a quote: the quote's speaker and addressee.
    low = tok.lower_
    if low in _SPEAKER_PRONOUNS or low in _ADDRESSEE_PRONOUNS:
        for q in analysis.quotes:
            if q.start <= tok.idx < q.end:
                aid = q.speaker_actor_id if low in _SPEAKER_PRONOUNS else q.addressee_actor_id
                a = analysis.actor(aid)
                return [a] if a else []
    return []


def head_actors(analysis: Analysis, head: Token) -> list[Actor]:
    """Actors the head word itself belongs to (not its modifiers)."""
    return _actors_for_token(analysis, head)


# kinds of party that are gatherings, not political parties ("a wedding party", "a birthday party")
_GATHERINGS = word_list("patterns", "GATHERINGS")


def _a_gathering(head: Token) -> bool:
    """"Was stabbed at a party", "a drone struck a wedding party": a party that is a gathering of people, not a
    political party (round 12): a party with a gathering word before it, or "a party" after at/during/after."""
    if head.lemma_.lower() != "party" or head.ent_type_:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.lemma_.lower() in _GATHERINGS for c in children(head)):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("at", "during", "after") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(head))


# prepositions whose object is the reason for an act ("expelled envoys over the poisoning of a defector")
_CAUSE_PREPS = word_list("patterns", "CAUSE_PREPS")


def _cause_phrase(head: Token) -> bool:
    """An act noun after a preposition of cause: the act is the reason, and the one it befell ("of" whom)
    is no side of the event (whose act it was, a possessor or "by" phrase, still is)."""
    return head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in _CAUSE_PREPS


def _sent_act(head: Token) -> bool:
    """"an offer from Pakistan", "a letter from the minister": a proposal or message sent by someone, whose
    "from" phrase names its sender (noun set SENT_ACTS), unlike "refugees from Syria"."""
    return head.lemma_.lower() in noun_sets()["SENT_ACTS"]


# events and gatherings a city may name as their place ("the Nairobi rally"; session 21)
_PLACED_EVENTS = word_list("patterns", "PLACED_EVENT_NOUNS")


def placed_thing(analysis: Analysis, modifier: Token, head: Token) -> bool:
    """"The Nairobi rally", "the Geneva talks": a city naming where a thing happened; read as its government only
    where it acts or speaks, it is no side of the event or gathering the noun names (word list PLACED_EVENT_NOUNS;
    a body, group or statement, "the Washington administration", "a Kremlin statement", still is; session 21)."""
    return modifier.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in _PLACED_EVENTS \
        and is_metonym(analysis, modifier)


# "officials from the EU", "observers from the African Union": people whose from-phrase is the body they act for
_FROM_BODY_PEOPLE = word_list("patterns", "FROM_BODY_PEOPLE")
# "opponents of the president", "victims of the militia": people whose of-phrase is not who they are (session 21)
_RELATION_NOUNS = word_list("patterns", "RELATION_NOUNS")


def speaks_for_body_from(head: Token) -> bool:
    """"Monitors from the OSCE said": a people noun of FROM_BODY_PEOPLE with a from-phrase speaks for the body it
    comes from, though the noun alone names no actor (session 35 lead)."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _FROM_BODY_PEOPLE \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in children(head))


def _object_actors(analysis: Analysis, prep: Token, depth: int) -> list[Actor]:
    """The actors of the first object of the preposition that names any ("the victims of the militia", "threats by
    the minister"), one level deeper; none when none does."""
    for gc in children(prep):
        if gc.dep_ == "pobj":
            found = phrase_actors(analysis, gc, depth + 1)
            if found:
                return found
    return []


def undergone_noun(head: Token) -> bool:
    """An act noun whose possessor names who underwent it ("the envoy's expulsion", "his arrest"), not who did it --
    unless an of-phrase names who underwent it: then the possessor did it ("Moscow's expulsion of the envoy",
    "China's treatment of the Uyghurs"; session 37 crit41)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in undergone_acts():
        return False
    return not (roles.possessors(head) and roles.prep_objects(head, ("of",)))


def phrase_actors(analysis: Analysis, head: Token, depth: int = 0) -> list[Actor]:
    """Actors a noun phrase refers to: its head's actor, else its possessor, nationality or
    name modifier ("Russian diplomats", "Haiti's efforts"), else the object of "of"."""
    if _a_gathering(head):
        return []
    found = _actors_for_token(analysis, head)
    if found or depth > 2 or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return found
    counted = elided_head(head)
    if counted is not None:
        # "Spain expelled 12 Russian diplomats. Italy expelled four.": four of them (session 47 tgt51)
        return phrase_actors(analysis, counted, depth + 1)
    kids = list(children(head))
    # "her Turkish counterpart": a possessive pronoun names whose counterpart it is, the modifier who it is
    order = (("compound", "amod", "nmod"), ("poss",)) if any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in kids) else (("poss",), ("compound", "amod", "nmod"))
    undergone = undergone_noun(head)
    if head.pos_ == "NOUN" and head.lemma_.lower() in _RELATION_NOUNS:
        # "his rivals", "their critics", "its victims": others in a relation to the possessor, never the
        # possessor himself (session 47 tgt51: "Trump was criticized by his rivals" had Trump as both sides)
        order = tuple(deps for deps in order if deps != ("poss",))
    if undergone:
        # "the envoy's expulsion", "the arrest of two reporters": who underwent the act, not who did it (session 19)
        order = tuple(deps for deps in order if deps != ("poss",))
    for deps in order:
        found = []
        for c in kids:
            if c.dep_ in deps and not (c.ent_type_ == "PERSON" and _cause_phrase(head)) \
                    and not placed_thing(analysis, c, head):
                # ("over the Skripal poisoning": the one poisoned, named as a modifier, is no side either)
                for m in roles.conjuncts(c):     # "US and British activists" -> both
                    found += [a for a in phrase_actors(analysis, m, depth + 1) if a not in found]
        if found:
            return found
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "of" and not _cause_phrase(head) and not undergone \
                and head.lemma_.lower() not in _RELATION_NOUNS:
            found = _object_actors(analysis, c, depth)
            if found:
                return found
    if head.pos_ == "NOUN" and head.lemma_.lower() in _FROM_BODY_PEOPLE:
        # "officials from the European Union", "observers from the African Union": the body they come from
        # speaks or acts through them (word list FROM_BODY_PEOPLE; round35)
        for c in kids:
            if c.dep_ == "prep" and c.lower_ == "from":
                found = [a for g in children(c) if g.dep_ == "pobj" for a in phrase_actors(analysis, g, depth + 1)]
                if len(found) == 1 and found[0].kind in ("COUNTRY", "ORG"):
                    return found
    for c in kids:      # "the move announced by Pompeo", "threats by the minister": whose act the thing is
        if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and _sent_act(head)) and head.pos_ == "NOUN":
            found = _object_actors(analysis, c, depth)
            if found:
                return found
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for agent in roles.agent_of(c):
                found = phrase_actors(analysis, agent, depth + 1)
                if found:
                    return found
    return []


def resolved(analysis: Analysis, heads: list[Token]) -> list[Party]:
    """Parties with an actor for the phrases headed by `heads` (and their conjuncts), one per actor."""
    out: list[Party] = []
    seen: set[str] = set()
    for h in heads:
        listed = roles.named_one_by_one(h)
        conj = roles.conjuncts(h)
        # "two foreigners, a Briton and a Canadian": the two named stand for it (left47) -- when they name actors;
        # "detained the two suspects, a driver and a cook": people of no actor, so the noun stands (session 46 lead)
        if listed and not any(phrase_actors(analysis, tok) for tok in conj if tok.i != h.i):
            listed = False
        for tok in conj:
            if tok.i == h.i and listed:
                continue
            for a in phrase_actors(analysis, tok):
                if a.id not in seen:
                    seen.add(a.id)
                    out.append(Party(a, tok))
    return out


def first_resolved(analysis: Analysis, candidates: list[list[Token]], exclude: set[str]) -> list[Party]:
    """The resolved parties of the first candidate list that has any (not in `exclude`)."""
    for heads in candidates:
        found = [p for p in resolved(analysis, heads) if p.key not in exclude]
        if found:
            return found
    return []


def names_people(tok: Token) -> bool:
    """The phrase plainly names a person, group or organisation (before or without the actors
    stage): a personal pronoun, a name, or a generic person noun ("the suspect", "gunmen")."""
    low = tok.lower_
    if tok.pos_ in ("PRON", "DET") and low in noun_sets()["PRONOUN_PEOPLE"] \
            and tok.dep_ in ("nsubj", "nsubjpass"):
        return True     # "another said", "neither would comment" (round 13)
    if tok.pos_ in ("PRON", "DET"):
        return low in _PERSON_PRONOUNS
    if low in _PEOPLE_COUNTS and tok.dep_ in ("nsubj", "nsubjpass"):
        return _counted_people(tok)
    if tok.ent_type_ in _ACTOR_ENTS:
        return True
    persons = noun_sets()["PERSONS"]
    return tok.lemma_.lower() in persons or low in persons or _aged(tok)


_PEOPLE_COUNTS = word_list("patterns", "PEOPLE_COUNT_SUBJECTS")
_GENERIC_ONE_VERBS = word_list("patterns", "GENERIC_ONE_VERBS")


def _counted_people(tok: Token) -> bool:
    """"One said the talks had gone well", "The couple accused the police of ...", "the trio appeared in court": a
    subject that counts people already named (word list PEOPLE_COUNT_SUBJECTS) names them, as "another" and
    "neither" do (session 45 left49). Not a count of things ("one of the shells hit a school", "a couple of
    cars"): an of-phrase must itself name people; not "no one", "every one", "this one" ("one" takes no
    determiner, the nouns only "the" or "a")."""
    dets = [c.lower_ for c in children(tok) if c.dep_ in ("det", "poss", "nummod", "amod")]
    if dets and (tok.lower_ == "one" or any(d not in ("the", "a") for d in dets)):
        return False
    if tok.lower_ == "one" and tok.head.i != tok.i and (tok.head.lemma_.lower() in _GENERIC_ONE_VERBS or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children(tok.head))):
        return False    # "one wonders how ...", "one might think": anyone, no one named (session 45 lead)
    counted = [o for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
               for o in children(c) if o.dep_ == "pobj"]
    return all(names_people(o) for o in counted)


def _aged(tok: Token) -> bool:
    """"a 34-year-old was shot", "the 55-year-old said": a person named by age alone, as crime reports do
    (the small model makes "old" the head, with "year" as its modifier)."""
    return tok.lower_ == "old" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") \
        and any(c.lemma_ == "year" for c in children(tok))


def names_actor(tok: Token) -> bool:
    """Lexical test (before actors are looked up): the phrase names a person, group or country."""
    return tok.ent_type_ in _ACTOR_ENTS or any(c.ent_type_ in _ACTOR_ENTS for c in children(tok)
                                                if c.dep_ in ("compound", "amod", "nmod"))


def unresolved(heads: list[Token]) -> list[Party]:
    """Parties without an actor for the heads that plainly name people (see names_people)."""
    out: list[Party] = []
    for h in heads:
        for tok in roles.conjuncts(h):
            if names_people(tok):
                out.append(Party(None, tok))
    return out


def is_nonspeaker(tok: Token) -> bool:
    """A thing that "says" or "shows" only figuratively: a report, a video, a study."""
    nonspeakers = noun_sets()["NONSPEAKERS"]
    return tok.lemma_.lower() in nonspeakers or tok.lower_ in nonspeakers


def span_text(tok: Token) -> str:
    """The noun phrase of an actor head, without its relative clauses, appositions and
    prepositional tails ("Lula", not "Lula, who last visited Angola ...")."""
    start, end = phrase_bounds(tok)
    text = doc_text(tok.doc)
    return text[start:end]


_DAY_WORDS = word_list("kb", "DAY_WORDS")      # "On Friday President Putin said" (session 32)


def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Character span [start, end) of `span_text(tok)`."""
    start, end = tok.left_edge.i, tok.right_edge.i
    for c in children(tok):
        if c.i > tok.i and (c.dep_ in ("relcl", "acl", "appos", "prep", "conj", "cc")
                            or (c.dep_ == "amod" and c.pos_ == "VERB")):     # "two men, aged 33 and 50"
            end = min(end, c.left_edge.i - 1)     # each conjunct is a side of its own
    if tok.i < tok.head.i <= end:
        end = tok.head.i - 1    # a phrase ends before its own head ("X dismissed ..., a move": the verb X's appositive
                                # hangs on is no part of X; session 36 lead)
    end = max(end, tok.i)
    toks = doc_tokens(tok.doc)
    while end > tok.i and (toks[end].is_punct or toks[end].is_space):
        end -= 1        # nor the line break after a headline's last word ("... arms to Saudi Arabia\n"; session 50)
    while start < tok.i and (toks[start].is_punct or toks[start].is_space
                             or toks[start].tag_ in ("WP", "WDT") and toks[start].dep_ == "det"
                             or toks[start].lower_ in _DAY_WORDS and toks[start].ent_type_ in ("DATE", "")):
        start += 1      # "here's what CEOs say": the parse makes "what" a determiner of the speakers (session 24);
                        # "On Friday President Putin said": the day the parse hangs on the name (session 32)
    last = toks[end]
    return toks[start].idx, last.idx + len(last.text)
