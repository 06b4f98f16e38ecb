"""Step 4 of resolution: countries from the document's context, for actors the text does not place
itself -- "police fired tear gas" in a story filed from Nairobi, "the governor" of a story about
Kentucky, a passenger in a San Francisco stabbing.

Evidence per country (`story_evidence`):
  * the dateline (ingest's `Article.dateline_place`, the geo stage's dateline place, else a dateline
    at the start of the text)                                          DATELINE_WEIGHT
    (UNECHOED_DATELINE_WEIGHT when no other evidence is of its country and the story names a town or region
    of another country: a wire desk's city, "LONDON (Reuters) - A blast in Shiraz ...")
  * the headline: a country or its people named in it TITLE_WEIGHT, a city or region TITLE_PLACE_WEIGHT
  * each place the geo stage found (not metonyms): a city, region or landmark PLACE_WEIGHT, a country
    COUNTRY_PLACE_WEIGHT (countries are named in every foreign-relations story; towns say where it is)
  * each mention of a person, official, body or group whose country the text gives    ACTOR_WEIGHT
    (SPEAKER_WEIGHT when the mention only says something -- "X said", "according to X": a story quotes
    voices from abroad, so a much-quoted foreign voice moves it less than the actors of its events;
    counting each actor once instead, or by the square root of its mentions, lost 7 dev slots: how often
    a story names its protagonist says whom it is about)
    (not a news outlet: "CNBC reported" says nothing of where the story is; nor a company of the KB:
    "Toyota said" is no evidence of Japan)
  (places and actors after the first LEAD_SENTENCES sentences count LATER_WEIGHT times as much)
The story country is the top country when its share of the evidence of the top two countries is at
least STORY_SHARE (and
MIN_EVIDENCE in all, in a text of MIN_STORY_SENTENCES or more or with a dateline); its confidence grows
with that share.

Which actors take it, and how (`Ent.country_source`):
  * a domestic agent -- police, courts, protesters, a doctor, "the governor" -- named by a common noun
    (a *generic* entity) first takes the country of the places in its own sentence, when they all lie
    in one country and its sector is a local one (police act where they are; a government is national):
    source "sentence"; else the story country: source "dateline" when the dateline says it, else "story";
    a "local" one of any sector (PLACE_OWN_MODIFIERS: "advisers in Mali to train local forces") takes its
    sentence's places first, before any group of its kind the text gave another country;
  * a national body ("Congress", "the army") and an organisation without a country: the country of the
    one body of that name the text names with its country ("the Nigerian Senate ... the Senate": source
    "coreference"), else the story country;
  * a named person without a country: the story country only when the story is about one country
    (PERSON_SHARE of the evidence of the top two countries, and PERSON_WHOLE_SHARE of all of it: a
    tournament or summit story names many countries, whose people its players or delegates are), since
    people in foreign-news stories are often foreigners;
  * a voice quoted for its view that the text does not place -- "one legal expert", "analysts", "sources"
    (UNPLACED_VOICES), unless a body's own ("rebel sources") -- takes no country from the story or the
    dateline: stories quote experts from anywhere, and a careful reader could not tell theirs;
  * in a story no one country wins (two states trading accusations), residents, villagers or firefighters of a
    sentence that places nothing take the one country of every locative place before them (SCENE_NOUNS), and a
    state body or the state media whose sentence names only the other of the two states as a party is the first
    one's (source "sentence"; round36).
An actor whose country the text gave is never changed; a story about no one country gives none, nor does
a story give one to a named body above or across states ("the European Space Agency", SUPRANATIONAL_WORDS)
or to a generic group its words spread over several ("Arab leaders", PAN_NATIONAL_MODIFIERS; "several
governments", the plurals of SEVERAL_STATES_NOUNS);
unidentified gunmen or bombers (UAF) get none from context, and neither do refugees and migrants (REF):
where they are is not where they are from.
"""
from __future__ import annotations

import re
from collections import Counter

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES, Ent, EntityTable, Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.phrases import noun_lemma
from newsgraph.actors.places import dateline_country_of, place_country
from newsgraph.nlp.cache import NAME_LINKS, climb
from newsgraph.products import StoryCountries

DATELINE_WEIGHT = 4.0
UNECHOED_DATELINE_WEIGHT = 1.0   # ... when nothing else in the story is in the dateline's country
TITLE_WEIGHT = 3.0          # a country (or its people) named in the headline
TITLE_PLACE_WEIGHT = 2.0    # a city or region of one country named in the headline
PLACE_WEIGHT = 1.0
COUNTRY_PLACE_WEIGHT = 0.5
ACTOR_WEIGHT = 1.0
SPEAKER_WEIGHT = 0.5        # ... when it is the subject of a verb of saying or "according to" it
LEAD_SENTENCES = 5          # the lead: where a story says where it is and whom it is about
ROLE_COREFERENCE_SENTENCES = 1   # "Russia's ambassador ... / Ambassador Ivan Orlov": this or the next sentence
LATER_WEIGHT = 0.5          # a place or actor after the lead weighs this much
MIN_EVIDENCE = 0.25        # one country named once, after the lead
MIN_STORY_SENTENCES = 3     # a story country needs a story: one or two sentences say no more than themselves
CATAPHORA_SENTENCES = 6     # how far ahead a placed group may name the country of an earlier generic one
STORY_SHARE = 0.55           # share of the evidence the story country needs (generic agents, bodies)
PERSON_SHARE = 0.65          # ... for a named person of unknown country
PERSON_WHOLE_SHARE = 0.5     # ... and its share of all the evidence (not a tournament's host: its players
                             # come from the many countries the story names)
# sectors whose members act where they are, so a place in their sentence says whose they are
LOCAL_SECTORS = {None, "COP", "CVL", "CRM", "OPP", "JUD", "HLH", "EDU", "BUS", "LAB", "AGR", "MED"}
# unidentified gunmen and bombers: whose they are is exactly what the text does not know; refugees and
# migrants: where they are is by definition not whose they are (CAMEO codes them by their origin)
NO_CONTEXT_SECTORS = {"UAF", "REF"}
# sectors of institutions: a national body of the story's country unless the text says otherwise
INSTITUTIONAL_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "ELI"}
# sectors that are domestic by definition: rebels and insurgents fight in their own country, an opposition
# opposes its own government; like institutions, they take the story country at STORY_SHARE
DOMESTIC_SECTORS = INSTITUTIONAL_SECTORS | {"REB", "OPP"}
# sectors whose unqualified mention refers back to the one such body the text has placed ("Iranian
# security forces ... the security forces"); not private people ("the Turkish Friendship Hospital" says
# nothing of the other hospitals)
COREFERRING_SECTORS = INSTITUTIONAL_SECTORS | {"OPP", "REB"}
# sectors of named officers who act where they are: a police spokesman named in a sentence about a place
# of one country is that country's (session 24)
PLACED_OFFICERS = {"COP", "JUD"}
# dependency labels of the heads of clauses of their own (a place's clause is where its sentence's event is)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "ROOT"})
RELATIVE_DEPS = frozenset({"relcl", "acl"})
# an unplaced generic body or office holder of these sectors takes the one country of the sentences just before
# it (up to FOCUS_SENTENCES back) over the story's: a roundup's paragraph about another country (round33)
FOCUS_OFFICERS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "HLH"}
FOCUS_SENTENCES = 3     # clauses that tell of a noun: background, not the sentence's event
# bodies whose spokesmen and officials are theirs ("a spokesman for the junta"; round35)
SERVED_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# first words of the names of bodies above or across states ("the European Space Agency", "the African
# Medical Research Foundation", "International Crisis Group"): the story's country is not theirs
SUPRANATIONAL_WORDS = word_list("kb", "SUPRANATIONAL_WORDS")
# people quoted for their view ("analysts said", "sources said"): a story's country is not theirs
UNPLACED_VOICES = word_list("kb", "UNPLACED_VOICES")
# adjectives that make a generic group span several states ("Arab leaders", "Western officials")
PAN_NATIONAL_MODIFIERS = word_list("kb", "PAN_NATIONAL_MODIFIERS")
SEVERAL_STATES_NOUNS = word_list("kb", "SEVERAL_STATES_NOUNS")      # "several governments" (session 32)
PLACE_OWN_MODIFIERS = word_list("kb", "PLACE_OWN_MODIFIERS")
ORIGIN_NOUNS = word_list("kb", "ORIGIN_NOUNS")
# sectors of a state's own bodies, which act against the other state of a two-country story (round36); and its
# media when the text calls them the state's ("state media", STATE_MEDIA_MODIFIERS)
FACING_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
STATE_MEDIA_MODIFIERS = word_list("kb", "STATE_MEDIA_MODIFIERS")
# people who are where the story's events happen ("residents of the town", "villagers near the site"; round36)
SCENE_NOUNS = word_list("kb", "SCENE_NOUNS")
LOCATIVE_PREPS = word_list("kb", "SENTENCE_PLACE_PREPS")     # (moved out of the code, "through" added: round37)
_SUBNATIONAL = {"city", "capital", "admin1", "admin2", "landmark", "region"}


class StoryCountry:
    """The country a document is about, with the evidence behind it."""

    def __init__(self, view: DocView, table: EntityTable):
        self.view = view
        self.dateline = dateline_country(view)
        self.evidence = story_evidence(view, table, self.dateline)
        total = sum(self.evidence.values())
        ranked = self.evidence.most_common(2)
        self.iso: str | None = None
        self.share = self.whole_share = 0.0
        if ranked and total >= MIN_EVIDENCE and (len(view.sent_root) >= MIN_STORY_SENTENCES or self.dateline):
            top, best = ranked[0]
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if best > second:
                # how clearly the top country leads: its share of the top two (minor countries named in
                # passing do not make a story less about its country)
                self.iso, self.share = top, best / (best + second)
                # ... and its share of all the evidence: a story that names the people and places of many
                # countries (a tournament, a summit) is no one country's, whichever leads
                self.whole_share = best / total

    def for_entity(self, share_needed: float, whole_needed: float = 0.0) -> tuple[str, str, float] | None:
        """(country, source, confidence) for an actor the text does not place, or None."""
        if self.iso is None or self.share < share_needed or self.whole_share < whole_needed:
            return None
        if self.dateline == self.iso:
            return self.iso, "dateline", COUNTRY_CONFIDENCE["dateline"]
        return self.iso, "story", round(COUNTRY_CONFIDENCE["story"] * min(1.0, self.share / PERSON_SHARE), 2)


def dateline_country(view: DocView) -> str | None:
    """The country of the story's dateline: ingest's, else the geo stage's, else our own reading of a
    dateline at the start of the text."""
    kb = view.kb
    if view.dateline_place and view.dateline_region:
        # "ATHENS, Ga. -": the state or country written with the place decides between namesakes, as the geo
        # stage read it (Athens, Georgia, not the Greek capital)
        iso = kb.lookup_country(view.dateline_region) or next(
            (p.country for p in view.places if p.role == "dateline" and p.country), None)
        if iso:
            return iso
    if view.dateline_place:
        iso = kb.lookup_country(view.dateline_place) or dateline_country_of(view.dateline_place,
                                                                         view.context_countries)
        if iso:
            return iso
    others = {p.country for p in view.places if p.role == "place" and p.country} | set(view.context_countries)
    for p in view.places:
        if p.role == "dateline" and p.country:
            # the geo stage's reading of the dateline, when the document bears it out: its country is
            # named elsewhere too, or the name is a place we can place on its own ("ST CATHERINE" is a
            # small Egyptian town in the gazetteer and a Jamaican parish in the story)
            mine = place_country(p.name.title(), others)
            if mine:
                return mine
            if p.country in others:
                return p.country
            break                      # not borne out: read the dateline's own words below
    marked = [i for i, on in enumerate(view.dateline) if on]
    named = [view.country_of[i] for i in marked if i in view.country_of]
    if named:                                   # "ST CATHERINE, Jamaica —"
        return named[0]
    words = []
    for i, on in enumerate(view.dateline):
        if on:
            t = view.toks[i]
            if t.is_punct:
                break
            words.append(t.text)
        elif words:
            break
    return place_country(" ".join(words).title(), view.context_countries) if words else None


_TITLE_WORD = re.compile(r"[A-Z][\w.\u2019'-]*")


def title_countries(view: DocView) -> Counter:
    """Countries the headline names: country names and demonyms ("Syrian forces move into ...", "killed
    in Iran unrest"), else cities and regions the gazetteer places in one country ("... in Odisha") that
    the text does not use as a person's name."""
    out: Counter = Counter()
    if not view.title:
        return out
    words = [w.rstrip(".,:;!?").removesuffix("'s").removesuffix("\u2019s") for w in _TITLE_WORD.findall(view.title)]
    used: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if used & set(range(i, i + n)):
                continue
            phrase = " ".join(words[i:i + n])
            iso = view.kb.lookup_country(phrase)
            if iso and iso not in NON_STATE_COUNTRY:
                out[iso] += TITLE_WEIGHT
                used.update(range(i, i + n))
    # a headline word the text uses as a person's name ("Lawan moves motion ...") is that person, however
    # many towns bear the name; one the text writes in lower case is a common word that a title-case
    # headline capitalised ("... to Deal With Threats": no town in Kent)
    people = view.person_words
    common = lower_case_words(view)
    for i, w in enumerate(words):
        if i not in used and len(w) > 3 and not out and w.lower() not in people and w.lower() not in common:
            iso = place_country(w, view.context_countries)
            if iso:
                out[iso] += TITLE_PLACE_WEIGHT
    return out


def lower_case_words(view: DocView) -> set[str]:
    """Words the text writes in lower case somewhere: common words, whatever a title-case headline makes
    of them."""
    return {t for t in view.texts if t.islower()}


def _said_country_mentions(table: EntityTable):
    """(mention, entity) for each mention of one entity, not a pronoun, whose state country the text itself says
    (SAID_COUNTRY_SOURCES) -- what tells where a story or a sentence happens -- but an outlet ("CNBC reported",
    "told The Associated Press": it reports on other countries than its own) or a multinational the KB knows
    ("Toyota said": it does business in them). The story's and the sentences' countries both read these."""
    for m in table.ments:
        if len(m.ents) != 1 or m.kind == "pronoun":
            continue
        e = m.ents[0]
        if not e.country or e.country in NON_STATE_COUNTRY or e.country_source not in SAID_COUNTRY_SOURCES:
            continue
        if e.kind == "ORG" and (e.sector == "MED" or e.sector == "BUS" and e.country_source == "kb"):
            continue
        yield m, e


def story_evidence(view: DocView, table: EntityTable, dateline: str | None) -> Counter:
    score: Counter = title_countries(view)
    people = view.person_words
    town_countries: set[str] = set()        # countries of the towns and regions the story is placed in
    origins: set[str] = set()               # countries of places named as where someone comes from
    for p in view.places:
        if p.role != "place" or not p.country or p.country in NON_STATE_COUNTRY:
            continue
        if p.feature in _SUBNATIONAL:
            town_countries.add(p.country)
        if " " not in p.name.strip() and p.name.lower() in people:
            continue            # a surname the geo stage also found as a town ("Henderson")
        if _origin_of_person(view, p.start):
            origins.add(p.country)
            continue            # "a native of Peru": where someone comes from, not where the story happens
        score[p.country] += (PLACE_WEIGHT if p.feature in _SUBNATIONAL else COUNTRY_PLACE_WEIGHT) * _position(p.sentence)
    place_starts = {p.start for p in view.places}
    for m, e in _said_country_mentions(table):
        if e.country in origins and e.country_source == "apposition":
            continue            # "Gomez, a native of Peru": his origin, not the story's place
        if e.kind == "COUNTRY":
            if view.toks[m.start].idx not in place_starts:     # a country the geo stage did not count
                score[e.country] += COUNTRY_PLACE_WEIGHT * _position(m.sent)
            continue
        # what an actor does says where the story is; that it is quoted, less: stories quote voices from abroad
        score[e.country] += (SPEAKER_WEIGHT if _voice(view, m) else ACTOR_WEIGHT) * _position(m.sent)
    if dateline:
        # a dateline says where the story was filed; when nothing in the story is in that country and the
        # story places itself in a town or region of another country, it is a wire desk's city ("LONDON
        # (Reuters) - A blast in Shiraz ..."), worth one place of its own. A story that only names other
        # countries' bodies ("China's embassy said ...", datelined Tokyo) still happens at its dateline.
        echoed = score[dateline] > 0 or not town_countries - {dateline}
        score[dateline] += DATELINE_WEIGHT if echoed else UNECHOED_DATELINE_WEIGHT
    return score


def _origin_of_person(view: DocView, start: int) -> bool:
    """Is the place at char `start` where someone comes from ("a native of Peru", "born in Lima", "a refugee
    from Syria"), which says nothing of where the story happens?"""
    t = climb(view.token_at.get(start), ("compound", "flat"))
    if t is None or t.dep_ != "pobj":
        return False
    prep, gov = t.head, t.head.head
    if prep.lower_ in ("of", "from") and gov.lemma_.lower() in ORIGIN_NOUNS:
        return True
    return prep.lower_ == "in" and gov.lower_ == "born"


def _voice(view: DocView, m: Ment) -> bool:
    """Is the mention a voice: the subject of a verb of saying ("Lee said", "Lee, an analyst, said"), or
    the source of "according to Lee"?"""
    t = climb(view.toks[m.head], NAME_LINKS)
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in view.kb.speech_verbs


def _position(sentence: int) -> float:
    """How much a place or actor says about where the story is: a news story says where and whom it is
    about in its lead; what comes late is background, other stories, or a page's related links."""
    return 1.0 if sentence < LEAD_SENTENCES else LATER_WEIGHT


def _sentence_countries(placed: dict[int, set[str]]) -> dict[int, str]:
    """sentence -> the one country where its events happen: the places named after a locative
    preposition ("in Nairobi", "near the border town of ...") all lie in it (sentences with such places
    in several countries, or none, are left out; "against Moscow", "a UK-based group" are no locations).
    `placed` is `_sentence_places`'s."""
    return {s: next(iter(cs)) for s, cs in placed.items() if len(cs) == 1}


def _clause_of(t) -> int:
    """The head of the clause a token is in: the nearest verb above it heading a clause of its own (a
    relative, adverbial or complement clause) or the sentence's root; conjoined verbs share a clause."""
    seen = 0
    while t.dep_ not in CLAUSE_DEPS and t.head.i != t.i and seen < 40:
        t, seen = t.head, seen + 1
    return t.i


def _sentence_named_countries(view: DocView, table: EntityTable, placed: dict[int, set[str]]
                              ) -> dict[int, dict[str, bool]]:
    """sentence -> the countries it names, each with whether a place, a country or a state body names it (True)
    or only another actor the text itself gives a country (False: a firm's analyst, a national team): its
    locative places and the actors placed by a country's name, the KB, a title or apposition (not by the story
    or a sentence)."""
    out: dict[int, dict[str, bool]] = {s: {c: True for c in cs} for s, cs in placed.items()}
    for m, e in _said_country_mentions(table):
        if e.kind == "COUNTRY" and _is_left_place(view.doc[m.head]):
            continue            # "he fled Afghanistan": where a person came from, not where the paragraph is (round34)
        here = out.setdefault(m.sent, {})
        here[e.country] = here.get(e.country, False) or e.kind == "COUNTRY" or e.sector in FOCUS_OFFICERS
    return out


def _nearby_focus(named: list[Ment], sent_countries: dict[int, dict[str, bool]]) -> str | None:
    """The one country the sentences just before an actor's mentions name, when its own sentences name none:
    for each mention, the nearest of the FOCUS_SENTENCES before it that names a country must name only that one,
    by a place, a country or a state body ("a Commerzbank analyst said" says nothing of where the next sentence
    is), and all mentions the same (round33)."""
    found = None
    for m in named:
        if sent_countries.get(m.sent):
            return None
        near = None
        for s in range(m.sent - 1, max(-1, m.sent - 1 - FOCUS_SENTENCES), -1):
            cs = sent_countries.get(s)
            if cs:
                near = next(iter(cs)) if len(cs) == 1 and next(iter(cs.values())) else None
                break
        if near is None or found not in (None, near):
            return None
        found = near
    return found


def _placed_here(view: DocView, m: Ment, clauses: dict[int, set[int]]) -> bool:
    """May the mention take its sentence's place? Not when it stands in a relative clause that holds none of
    the sentence's locative places: "The French president arrived in Kenya after Spain apologised for a raid that
    killed six activists": the activists the relative clause tells of are not in Kenya; "police in Nairobi said
    six protesters were hurt" still places the protesters (round33)."""
    heads = clauses.get(m.sent)
    if not heads:
        return True
    t, seen = view.toks[m.head], 0
    while seen < 40:
        if t.i in heads:
            return True
        if t.dep_ in RELATIVE_DEPS:
            # the place may still be inside this relative clause ("a raid that injured six protesters in Nairobi")
            return any(t.left_edge.i <= i <= t.right_edge.i for i in heads)
        if t.head.i == t.i:
            return True
        t, seen = t.head, seen + 1
    return True


# a town's own forces and officers: "Denver police" acts in Denver (round35)
PLACE_FORCE_NOUNS = word_list("kb", "PLACE_FORCE_NOUNS")


def _sentence_places(view: DocView, clauses: dict[int, set[int]] | None = None,
                     scene: dict[int, set[str]] | None = None) -> dict[int, set[str]]:
    """sentence -> the countries of the places it names after a locative preposition (and, into `clauses`,
    sentence -> the heads of the clauses those places are in, with the prepositions' own tokens; into `scene`,
    the same countries less those only named after "from": "a drone from Belarus crashed in Poland")."""
    by_sent: dict[int, set[str]] = {}
    place_starts = {p.start for p in view.places if p.role == "place"}
    for p in view.places:
        if p.role != "place" or not p.country or p.sentence < 0:
            continue
        t = view.token_at.get(p.start)
        # "in Kenya and Tanzania": Tanzania is as much a location as Kenya, when the list is one of places
        # ("protests in seven states and Italy" is not; session 24)
        t = _first_conjunct(t, place_starts)
        if t is None:
            continue
        for _ in range(4):       # "in Nairobi", "in the north of the Sinai peninsula", "in the town of Saraqeb"
            while t is not None and t.dep_ in ("compound", "amod", "nmod", "det") and t.head.i != t.i:
                t = t.head
                if t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in _SUBNATIONAL:
                    break       # ("Denver police": a town's own force acts where it is; round35)
            if t is not None and t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in _SUBNATIONAL \
                    and t.i != view.token_at.get(p.start).i:
                break
            if t is None or t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.pos_ != "NOUN":
                break
            t = t.head.head
        if t is not None and t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in _SUBNATIONAL \
                and t.i != view.token_at.get(p.start).i:
            # "A man was arrested by Denver police": the town whose police acted is where the sentence happens
            # (PLACE_FORCE_NOUNS; round35, session 34 tgt36)
            by_sent.setdefault(p.sentence, set()).add(p.country)
            if scene is not None:
                scene.setdefault(p.sentence, set()).add(p.country)
            if clauses is not None:
                clauses.setdefault(p.sentence, set()).update((_clause_of(t), t.i))
            continue
        if t is None or t.dep_ != "pobj" or t.head.lower_ not in LOCATIVE_PREPS:
            continue
        if t.head.lower_ == "from" and not _from_a_place(view, t.head):
            continue          # "concessions from China", "a call from Paris": a source, not a location
        if any(c.lower_ == "native" for c in t.children):
            continue          # "in his native Ghana": where someone comes from (session 24)
        by_sent.setdefault(p.sentence, set()).add(p.country)
        if scene is not None and t.head.lower_ != "from":
            scene.setdefault(p.sentence, set()).add(p.country)
        if clauses is not None:
            clauses.setdefault(p.sentence, set()).update((_clause_of(t.head), t.head.i))
    return by_sent


def _first_conjunct(t, place_starts: set[int]):
    """The first of the conjoined names a place belongs to ("in Kenya and Tanzania" -> Kenya), after its
    compound words ("Dar es Salaam"); the token itself when it is not conjoined; None when the first
    conjunct is no place ("in seven states and Italy")."""
    head = climb(t, ("compound", "flat"))
    if head is None or head.dep_ != "conj":
        return t
    head = climb(head, ("conj",))
    first = head
    while first.i > 0 and first.doc[first.i - 1].dep_ in ("compound", "flat") \
            and first.doc[first.i - 1].head.i == first.i:
        first = first.doc[first.i - 1]
    return head if first.idx in place_starts or head.idx in place_starts else None


def _from_a_place(view: DocView, prep) -> bool:
    """Does "from PLACE" say where something happens or whom it concerns: after a verb ("fled from
    Aleppo", "deported from Arizona") or a people noun ("residents from Gaza"), not after a thing
    that comes from a source ("concessions from China", "support from Washington")?"""
    gov = prep.head
    if gov.pos_ in ("VERB", "AUX"):
        return True
    kb = view.kb
    lemma = noun_lemma(gov)
    return lemma in kb.roles or lemma in kb.terms or lemma in kb.agents


def _sector_countries(table: EntityTable) -> dict[str, list[tuple[int, str, list[tuple[int, int]] | None]]]:
    """sector -> (first sentence, country, None or the spans of its mentions) of the groups of that sector the text
    itself places ("Iranian security forces"); the spans are given for a government named only by its capital,
    which places only the mentions after it ("Ottawa rejected the province's request") and the phrase it stands in
    ("A spokesman for the Kremlin"), not a bare government before it ("The government thanked Buenos Aires")."""
    first: dict[int, int] = {}
    named_by: dict[int, set[str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in table.ments:
        if len(m.ents) == 1:
            k = id(m.ents[0])
            first[k] = min(first.get(k, m.sent), m.sent)
            if m.kind != "pronoun":
                named_by.setdefault(k, set()).add(m.kind)
                spans.setdefault(k, []).append((m.start, m.end))
    out: dict[str, list[tuple[int, str, list[tuple[int, int]] | None]]] = {}
    for e in table.ents.values():
        if e.kind == "GROUP" and e.generic and e.sector and e.country and e.country_source in SAID_COUNTRY_SOURCES \
                and id(e) in first:
            # a state's government named only by its capital ("The government thanked Buenos Aires") re-names
            # no government mentioned before it: it places only the later ones and its own phrase's (round36)
            out.setdefault(e.sector, []).append((first[id(e)], e.country,
                                                 spans[id(e)] if named_by.get(id(e)) == {"metonym"} else None))
        elif e.kind in ("GROUP", "ORG") and (e.sector or "").startswith("REB") and len(e.sector) > 3 \
                and e.country and e.country not in NON_STATE_COUNTRY and e.country_source in SAID_COUNTRY_SOURCES \
                and id(e) in first:
            # a named armed group ("al-Shabab fighters", REBSHB) places the text's bare rebels and militants
            # ("The militants had attacked a base", REB) as a placed group of rebels does (round34)
            out.setdefault("REB", []).append((first[id(e)], e.country, None))
    return out


_PORTFOLIO_HEADS = {"ministry", "department"}
_PORTFOLIO_FILLER = {"the", "of", "for", "and", "&", "'s", "\u2019s", "ministry", "department"}


def _portfolio_words(toks) -> frozenset[str] | None:
    """The words that name a ministry's portfolio ("Ministry of Commerce", "China's commerce ministry" ->
    {commerce}); None for a phrase that names no ministry or department."""
    lowers = [t.lower_ for t in toks]
    if not _PORTFOLIO_HEADS & set(lowers):
        return None
    words = frozenset(t.lemma_.lower() for t in toks if t.lower_ not in _PORTFOLIO_FILLER and not t.is_punct
                      and t.ent_type_ not in ("GPE", "NORP") and t.pos_ not in ("DET", "ADP", "CCONJ", "PART"))
    return words or None


def _placed_portfolios(view: DocView, table: EntityTable) -> dict[frozenset[str], set[str]]:
    """portfolio words -> the countries of the ministries the text names with them and a country ("China's
    commerce ministry" gives {commerce} -> {CHN})."""
    out: dict[frozenset[str], set[str]] = {}
    for m in table.ments:
        e = m.ents[0] if len(m.ents) == 1 else None
        if e is not None and e.country and e.country not in NON_STATE_COUNTRY:
            words = _portfolio_words(view.doc[m.start:m.end])
            if words:
                out.setdefault(words, set()).add(e.country)
    return out


def _same_portfolio(view: DocView, ent: Ent, ments: list[Ment], placed: dict[frozenset[str], set[str]]) -> str | None:
    """The country of the one ministry of the same portfolio the text names with its country (`placed`), for a
    ministry named without one ("the Ministry of Commerce" after "China's commerce ministry")."""
    if ent.kind not in ("ORG", "GROUP"):
        return None
    own = {_portfolio_words(view.doc[m.start:m.end]) for m in ments if m.kind != "pronoun"} - {None}
    if len(own) != 1:
        return None
    countries = placed.get(own.pop(), set())
    return next(iter(countries)) if len(countries) == 1 else None


def _role_named_before(table: EntityTable, ent: Ent, ments: list[Ment]) -> str | None:
    """The country of a person named by title alone ("Ambassador Ivan Orlov") when the sentence before or
    their own names a holder of that title with a country and no other country's ("Russia's ambassador"):
    one person, named twice. Two holders of different countries (a summit's ministers) give none."""
    if ent.kind != "PERSON" or ent.generic or not ent.role:
        return None
    named = [m for m in ments if m.kind != "pronoun"]
    if not named:
        return None
    first = min(named, key=lambda m: m.start)
    countries = {m.ents[0].country for m in table.ments
                 if len(m.ents) == 1 and m.start < first.start and first.sent - m.sent <= ROLE_COREFERENCE_SENTENCES
                 and m.ents[0] is not ent and m.ents[0].kind == "PERSON" and m.ents[0].role == ent.role
                 and m.ents[0].country and m.ents[0].country_source in SAID_COUNTRY_SOURCES}
    return countries.pop() if len(countries) == 1 else None


def _named_bodies(table: EntityTable) -> dict[str, set[str]]:
    """name of a body -> the countries of the bodies the text names with their country: "the Nigerian
    Senate" gives "senate" -> {NGA}, so that the story's plain "the Senate" is that one."""
    out: dict[str, set[str]] = {}
    for e in table.ents.values():
        if e.kind in ("ORG", "GROUP") and e.country and e.country_source in SAID_COUNTRY_SOURCES \
                and e.country not in NON_STATE_COUNTRY and not e.generic:
            words = e.name.lower().split()
            for n in (1, 2):
                if len(words) > n:
                    out.setdefault(" ".join(words[-n:]), set()).add(e.country)
    return out


def _supranational(ent: Ent) -> bool:
    """A named organisation above or across states, by the first word of its name; or a generic group
    whose words say it spans several ("Arab leaders", "European diplomats": PAN_NATIONAL_MODIFIERS)."""
    words = ent.name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if ent.generic:
        # a word before a common noun ("Arab leaders", "many European citizens", "Europe's armies"; not
        # "Western Cape officials", a province's)
        names = ent.name.split()[1:] if ent.name.lower().startswith("the ") else ent.name.split()
        return any(_possessor_stem(w) in PAN_NATIONAL_MODIFIERS and names[i + 1][:1].islower()
                   for i, w in enumerate(words[:-1]))
    return ent.kind == "ORG" and bool(words) and words[0] in SUPRANATIONAL_WORDS


def _possessor_stem(word: str) -> str:
    """'europe's' -> 'europe' (a continent as possessor spans its states as its adjective does)."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _is_national_body(view: DocView, m: Ment) -> bool:
    e = m.ents[0]
    toks = [t for t in view.doc[m.start:m.end] if not t.is_punct and t.lower_ not in ("'s", "\u2019s")]
    lemmas = [t.lemma_.lower() for t in toks]
    names = {e.name.lower(), view.doc[m.head].lemma_.lower(), " ".join(lemmas[-2:]),
             " ".join(t.lower_ for t in toks[-2:])}
    return bool(names & view.kb.national_bodies)


def _may_be(ent: Ent, iso: str) -> bool:
    """The context may give the entity this country: not one it is said not to be of ("the envoy to Ukraine"),
    and one of those an ambiguous demonym allows ("the Korean government": North or South; session 18)."""
    return iso not in ent.foreign_to and (not ent.one_of or iso in ent.one_of)


def _told_country(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment], boss, offices,
                  place_at: dict[int, str]) -> tuple[str, str] | None:
    """(country, how it was found) that the text tells of the entity in one of these ways, the first that gives
    one it may be of (_may_be); None when none does. One loop for six steps that each wrote out the same test."""
    person = ent.kind == "PERSON"
    named = person and not ent.generic
    steps = (
        # "sanctions on three Iranian officials ... Reza Karimi, one of the officials, said": one of a group the
        # text placed is of its country (round35)
        (True, "coreference", lambda: _partitive_country(view, table, ent, ments)),
        # "A spokesman for the junta, Colonel Amadou Traore, said": the state body a person speaks or works for,
        # placed by the text ("the ruling junta in Bamako"), not the story's or the dateline's (round35)
        (person, "employer", lambda: _served_body(view, table, boss, ent, ments)),
        # "met Kenya's trade minister ... Trade Minister Joseph Kimotho said": the one office of that portfolio
        # the text placed (session 24)
        (named, "coreference", lambda: _same_office(view, ent, ments, offices)),
        # "A French aid worker was kidnapped ... The worker, Sophie Laurent, had lived in Gao" (round34)
        (named, "coreference", lambda: _described_before(view, table, ments)),
        # "An American tourist was attacked in Cancun. Mexican police said the woman was robbed" (round34)
        (person and ent.generic, "coreference", lambda: _anaphor_described(view, table, ments)),
        # "the girl's mother, Ana Pires, lives in Brazil", "he grew up in his native Ghana" (session 24)
        (named, "place", lambda: _home_country(view, ments, place_at)),
    )
    for wanted, source, find in steps:
        if wanted:
            iso = find()
            if iso is not None and _may_be(ent, iso):
                return iso, source
    return None


def assign_context_countries(view: DocView, table: EntityTable) -> StoryCountries:
    """Give actors without a country the one their sentence or the story makes clear (see above); return
    the story's and the sentences' countries for the later stages (agents the text implies)."""
    story = StoryCountry(view, table)
    clauses: dict[int, set[int]] = {}
    scene: dict[int, set[str]] = {}
    placed = _sentence_places(view, clauses, scene)
    by_sentence = _sentence_countries(placed)
    found = story.for_entity(STORY_SHARE)
    named_sents = frozenset({p.sentence for p in view.places if p.role in ("place", "metonym")
                             and not _person_from(view.token_at.get(p.start))}
                            | {m.sent for m in table.ments if m.ents and m.ents[0].kind == "COUNTRY"})
    out = StoryCountries(*(found or (None, None, None)), by_sentence=by_sentence, named=named_sents)
    todo: dict[Ent, list[Ment]] = {}
    for m in table.ments:
        if len(m.ents) == 1 and m.ents[0].country is None and m.ents[0].kind != "COUNTRY":
            todo.setdefault(m.ents[0], []).append(m)
    if not todo:
        return out
    by_sector = _sector_countries(table)
    bodies = _named_bodies(table)
    portfolios = _placed_portfolios(view, table)
    place_at = {view.token_at[p.start].i: p.country for p in view.places
                if p.country and p.start in view.token_at and p.country not in NON_STATE_COUNTRY}
    place_at.update(view.country_of)
    offices = _placed_offices(view, table)
    sent_countries = _sentence_named_countries(view, table, placed)
    boss = table.name_entity_at(("nominal",))
    boss.update(table.name_entity_at(("name",)))      # a name inside a nominal phrase is the name's
    eu = _eu_executive(table)
    for ent, ments in todo.items():
        if ent.sector in NO_CONTEXT_SECTORS or ent.foreign or _supranational(ent):
            continue
        if eu is not None and _eu_body(ent):
            # "The European Union proposed ... The Commission said": the EU's executive, not the story's (round34)
            ent.set_country(eu.country, "coreference")
            ent.sector = eu.sector
            continue
        owner = _possessor_country(view, boss, ent, ments)
        if owner is not None:
            ent.set_country(owner, "employer")
            continue
        told = _told_country(view, table, ent, ments, boss, offices, place_at)
        if told is not None:
            ent.set_country(*told)
            continue
        named = [m for m in ments if m.kind != "pronoun"]
        if ent.generic and named and all(view.doc[m.head].tag_ == "NNS"
                                         and noun_lemma(view.doc[m.head]) in SEVERAL_STATES_NOUNS for m in named):
            continue        # "several governments", "the capitals": many states, none of them the story's (session 32)
        if ent.generic and named and all(_of_several_states(view, m) for m in named):
            continue        # "officials from both governments", "ministers of the two countries": people of several
                            # states, none of them the story's or the dateline's (round35)
        near = _nearby_focus(named, sent_countries) \
            if ent.sector in FOCUS_OFFICERS and (ent.generic or ent.role) else None
        if near is not None and near != story.iso and not story.dateline and _may_be(ent, near):
            # (not in a story with a dateline: officials of a story filed from Tokyo or Hong Kong are the
            # dateline's, whatever country the sentence before named)
            # "In Peru, nine people died ... An unnamed official said the shops would be checked": an unplaced official
            # body or office holder of a sentence that follows ones about one other country than the story's
            # is that country's (a roundup of countries; round33)
            ent.set_country(near, "sentence")
            continue
        body = bodies.get(ent.name.lower().removeprefix("the "), set())
        if ent.kind in ("ORG", "GROUP") and len(body) == 1 and any(_is_national_body(view, m) for m in named):
            # "the Senate" of a story that also says "the Nigerian Senate": that one, whatever the story
            # country (a headline or a foreign name may outweigh it)
            iso = next(iter(body))
            if _may_be(ent, iso):
                ent.set_country(iso, "coreference")
                continue
        portfolio = _same_portfolio(view, ent, ments, portfolios)
        if portfolio is not None and _may_be(ent, portfolio):
            # "China's commerce ministry ... The Ministry of Commerce said": the one ministry of that portfolio
            # the text placed (session 20)
            ent.set_country(portfolio, "coreference")
            continue
        titled = _role_named_before(table, ent, ments)
        if titled is not None and _may_be(ent, titled):
            # "South Korea summoned Russia's ambassador ... Ambassador Ivan Orlov": the title's holder the
            # text placed just before (session 24)
            ent.set_country(titled, "coreference")
            continue
        if ent.generic and any(c.dep_ == "amod" and c.lower_ in PLACE_OWN_MODIFIERS
                               for m in named for c in view.doc[m.head].children):
            # "advisers in Chad to assist local forces": the forces of the place, not the advisers' country
            local = {by_sentence[m.sent] for m in named if m.sent in by_sentence}
            if len(local) == 1 and _may_be(ent, next(iter(local))):
                ent.set_country(local.pop(), "sentence")
                continue
        # only the placed groups named before it or soon after (the lead may name them a few sentences on):
        # "officials" early in a story about China do not refer forward to "authorities in western
        # Mongolia" in its background paragraphs
        first = min(m.sent for m in ments)
        earlier = {iso for at, iso, metonyms in by_sector.get(ent.sector, ())
                   if at <= first + CATAPHORA_SENTENCES and (metonyms is None or any(
                       a < min(m.start for m in ments)
                       or view.doc[m.head].left_edge.i <= a and b - 1 <= view.doc[m.head].right_edge.i
                       for m in ments for a, b in metonyms))}
        if ent.generic and ent.sector in COREFERRING_SECTORS and len(earlier) == 1 \
                and not (ent.role and view.kb.is_head_role(ent.role)):
            # (not a head of state or government: "the prime minister" is the story's own, not the one
            # country some officials were given)
            # "Iranian security forces ... the security forces", "Somali rebels ... a rebel commander":
            # the one country the document gives that kind of actor
            iso = next(iter(earlier))
            # (not against the dateline: "officials" in a story filed from Tokyo are not China's because
            # the text once named "China's embassy"; a dateline in a territory of that state is no
            # contradiction: "China's foreign ministry ... the ministry" filed from Hong Kong)
            if _may_be(ent, iso) and not (story.dateline and story.dateline != iso
                                                  and view.kb.sovereign.get(story.dateline) != iso):
                ent.set_country(iso, "coreference")
                continue
        if ent.generic:
            if ent.sector in LOCAL_SECTORS:
                local = {by_sentence[m.sent] for m in named if m.sent in by_sentence
                         and _placed_here(view, m, clauses)}
                if len(local) == 1 and _may_be(ent, next(iter(local))):
                    ent.set_country(local.pop(), "sentence")
                    continue
                if named and story.iso and all(m.sent in placed and story.iso not in placed[m.sent] for m in named):
                    # "deplored the blasts at hotels in Peru and Chile and sent sympathy to the injured",
                    # filed from Madrid: the injured of a sentence placed only in other countries are not
                    # the story's (session 24)
                    continue
            if ent.sector not in DOMESTIC_SECTORS and any(noun_lemma(view.doc[m.head]) in UNPLACED_VOICES
                                                          for m in named):
                continue        # "one legal expert said": a voice from anywhere, unless the text places it
                                # (not "rebel sources", "security sources": a body's own people)
            # an institution, rebels or an opposition are the story country's; a private person only in a
            # story about one country
            found = story.for_entity(STORY_SHARE if ent.sector in DOMESTIC_SECTORS else PERSON_SHARE)
            if found is None and (ent.sector in FACING_SECTORS or ent.sector == "MED" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in STATE_MEDIA_MODIFIERS
                    for m in named for c in view.doc[m.head].children)):
                other = _facing_country(story, table, named, sent_countries, placed)
                if other is not None and _may_be(ent, other):
                    # "Cuba said a U.S. diplomat had met dissidents ... State media accused Washington of
                    # funding the opposition": in a story of two countries, a state body or the state media of
                    # a sentence that names only the other one as a party is the first one's (round36)
                    ent.set_country(other, "sentence")
                    continue
        elif ent.kind in ("ORG", "GROUP") or any(_is_national_body(view, m) for m in named):
            found = story.for_entity(STORY_SHARE)
        elif ent.role and ent.sector in INSTITUTIONAL_SECTORS:
            # a named office holder ("the state premier, Ahmad Zaki") is as much the story country's as
            # the office
            local = {by_sentence[m.sent] for m in named if m.sent in by_sentence}
            if ent.sector in PLACED_OFFICERS and len(local) == 1 and _may_be(ent, next(iter(local))):
                # "In Cape Town, police spokesman Capt. Jan Botha said": police and courts act where they
                # are, their named officers as much as their plain mentions (session 24)
                ent.set_country(local.pop(), "sentence")
                continue
            found = story.for_entity(STORY_SHARE)
        else:
            found = story.for_entity(PERSON_SHARE, PERSON_WHOLE_SHARE)
            filed = story.dateline or next((p.country for p in view.places if p.role == "dateline" and p.country), None)
            if found is not None and filed and filed != found[0] and view.kb.sovereign.get(filed) != found[0]:
                # "GENEVA - The UN rights chief urged Myanmar's rulers ... Anna Berg said": a story filed from
                # another country than the one it is about quotes people of both, and of neither (the geo stage's
                # reading of the dateline where ours found none: a city that is no capital; round35)
                found = None
        if found is None and ent.generic and ent.sector in LOCAL_SECTORS and named \
                and all(noun_lemma(view.doc[m.head]) in SCENE_NOUNS for m in named):
            # "Firefighters in Belgorod put out the blaze ... Residents of the town said": in a story the
            # evidence does not give to one country (two states trading accusations), the residents, villagers
            # or firefighters of a sentence that places nothing are where the text has set its scene so far:
            # the one country of every locative place before them (round36)
            at = _scene_country(named, placed, scene)
            if at is not None and _may_be(ent, at):
                ent.set_country(at, "sentence")
                continue
        if found is not None and _may_be(ent, found[0]):
            ent.set_country(found[0], found[1], found[2])
    return out


def _facing_country(story: StoryCountry, table: EntityTable, named: list[Ment],
                    sent_countries: dict[int, dict[str, bool]], placed: dict[int, set[str]]) -> str | None:
    """In a story whose evidence is shared by two countries (neither has STORY_SHARE), the one of the two that the
    sentences of an actor's mentions do not name, when each of them names the other one only, as a party acted on,
    not as a place where things happen ("Police in Zimbabwe detained an opposition leader, his party said": the
    party is where the sentence is) nor as the subject of a clause ("The ministry said Uganda would respond": a
    body may speak of its own state; round36)."""
    if any(m.sent in placed for m in named):
        return None
    sents = {m.sent for m in named}
    if any(o.subject for o in table.ments if o.sent in sents and len(o.ents) == 1 and o.kind != "pronoun"
           and o.ents[0].country and o.ents[0].country in sent_countries.get(o.sent, ())
           and o.ents[0] is not named[0].ents[0]):
        return None
    ranked = story.evidence.most_common(3)
    if len(ranked) < 2 or len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]:
        return None       # a third country nearly as present: not a story of two
    pair = {ranked[0][0], ranked[1][0]}
    seen = set()
    for m in named:
        here = set(sent_countries.get(m.sent, ()))
        if len(here) != 1 or not here <= pair:
            return None
        seen |= here
    return next(iter(pair - seen)) if len(seen) == 1 else None


def _scene_country(named: list[Ment], placed: dict[int, set[str]], scene: dict[int, set[str]]) -> str | None:
    """The one country of the locative places ("in", "near", not "from") of the sentences before an actor's first
    mention, when the actor's own sentences place nothing (round36)."""
    if any(m.sent in placed for m in named):
        return None
    first = min(m.sent for m in named)
    countries = {c for s, cs in scene.items() if s < first for c in cs}
    return countries.pop() if len(countries) == 1 else None


def _office_words(view: DocView, ent: Ent, m: Ment) -> frozenset[str] | None:
    """The portfolio words before an office's title in a mention ("Kenya's trade minister", "Trade Minister
    Joseph Kimotho" -> {trade}); None when the mention names no portfolio."""
    if not ent.role:
        return None
    role = ent.role.lower().split()[-1]
    toks = list(view.doc[m.start:m.end])
    at = next((i for i, t in enumerate(toks) if t.lower_ == role), None)
    if at is None:
        return None
    words = frozenset(t.lower_ for t in toks[:at] if t.i not in view.country_of and not t.is_punct
                      and t.pos_ not in ("DET", "PART") and t.lower_ not in ("'s", "\u2019s")
                      and t.ent_type_ not in ("GPE", "NORP"))
    return words or None


def _placed_offices(view: DocView, table: EntityTable) -> dict[tuple[str, frozenset[str]], set[str]]:
    """(title, portfolio words) -> the countries of the generic offices the text names with a country
    ("Kenya's trade minister")."""
    out: dict[tuple[str, frozenset[str]], set[str]] = {}
    for m in table.ments:
        e = m.ents[0] if len(m.ents) == 1 else None
        if e is None or m.kind == "pronoun" or e.kind != "PERSON" or not e.generic or not e.country \
                or e.country in NON_STATE_COUNTRY or not e.role:
            continue
        words = _office_words(view, e, m)
        if words:
            out.setdefault((e.role.lower(), words), set()).add(e.country)
    return out


def _same_office(view: DocView, ent: Ent, ments: list[Ment], offices) -> str | None:
    """The country of the one generic office of the same title and portfolio the text placed, for a named
    office holder without one (session 24)."""
    if not offices or not ent.role:
        return None
    for m in ments:
        if m.kind == "pronoun":
            continue
        words = _office_words(view, ent, m)
        countries = offices.get((ent.role.lower(), words), set()) if words else set()
        if len(countries) == 1:
            return next(iter(countries))
    return None


HOME_VERBS = {"live", "reside"}
RENAMED_SENTENCES = 3     # how far back "The worker, Sophie Laurent" re-names "a French aid worker" (round34)
# private people a definite noun re-names ("the worker", "the man"): officials re-named are context's
# coreference of bodies
RENAMED_SECTORS = {None, "CVL", "EDU", "BUS", "MED", "HLH", "AGR", "LAB", "CRM"}
PEOPLE_ANAPHORS = word_list("kb", "PEOPLE_ANAPHORS")
EU_BODY_WORDS = word_list("kb", "EU_BODY_WORDS")      # "the Commission" of an EU text (round34)
# "she and her sons fled Syria", "she escaped from Eritrea": the country a person left (round34)
FLIGHT_VERBS = word_list("kb", "FLIGHT_VERBS")


def _home_country(view: DocView, ments: list[Ment], place_at: dict[int, str]) -> str | None:
    """The country where the text says a person lives or comes from: the subject of "lives in PLACE" /
    "resides in PLACE", or of a clause naming "his/her native PLACE" (session 24); the subject of "fled
    PLACE" / "escaped from PLACE" (FLIGHT_VERBS, round34: a refugee in Italy who fled Syria is Syrian). A
    visit, a trip or a stay says nothing of it, nor does a flight "to" a place."""
    def country(tok) -> str | None:
        for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat")]:
            if t.i in place_at:
                return place_at[t.i]
        return None
    for m in ments:
        t = climb(view.doc[m.head], ("compound", "flat", "appos"))
        if t.dep_ == "conj" and t.head.dep_ == "nsubj":
            t = t.head              # "she and her sons fled Syria"
        for rel in t.children:
            # "Hamid Rostami, who escaped from Iran in 2017, said ..."
            if rel.dep_ == "relcl" and rel.lemma_.lower() in FLIGHT_VERBS \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
                found = _left_country(rel, place_at)
                if found:
                    return found
        if t.dep_ != "nsubj":
            continue
        verb = t.head
        if verb.lemma_.lower() in FLIGHT_VERBS:
            found = _left_country(verb, place_at)
            if found:
                return found
        if verb.lemma_.lower() in HOME_VERBS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    found = next((c for p in prep.children if p.dep_ == "pobj" and (c := country(p))), None)
                    if found:
                        return found
        for tok in verb.subtree:
            if tok.lower_ == "native" and tok.dep_ == "amod" and \
                    any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.head.children):
                found = country(tok.head)
                if found:
                    return found
    return None


def _eu_executive(table: EntityTable) -> Ent | None:
    """The European Union's entity, when the text names it (KB code IGO, sector of the EU family) and no
    other commission (an "Election Commission" makes a bare "the Commission" that one; round34)."""
    eu = next((e for e in table.ents.values() if e.country == "IGO" and (e.sector or "").startswith("EUR")), None)
    if eu is None or any(len(e.name.split()) > 1 and e.name.lower().split()[-1] == "commission"
                         and e.name.lower().removeprefix("the ") != "european commission"
                         for e in table.ents.values()):
        return None
    return eu


def _eu_body(ent: Ent) -> bool:
    """A bare "the Commission", or a person whose only title is "Commissioner" (EU_BODY_WORDS, round34)."""
    if ent.kind == "ORG" and not ent.generic:
        return ent.name.lower().removeprefix("the ") in EU_BODY_WORDS
    return ent.kind == "PERSON" and not ent.generic and (ent.role or "").lower() in EU_BODY_WORDS


def _described_before(view: DocView, table: EntityTable, ments: list[Ment]) -> str | None:
    """The country of the described person (no name) a named person's definite noun in apposition re-names:
    "A French aid worker was kidnapped ... The worker, Sophie Laurent, had lived in Gao", "A Russian oligarch lost
    his appeal ... Oleg Ivanov, the oligarch," (the same noun within RENAMED_SENTENCES before, with a nationality
    before it), "A British tourist was stabbed ... The man, John Carter, 45" (a word that only says it is a person,
    PEOPLE_ANAPHORS, in that or the previous sentence); the described person's country must come from a
    nationality or a title, not from the story (round34)."""
    for m in ments:
        if m.kind != "name":
            continue
        root = view.doc[m.head]
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ == "NNS" \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                    or any(c.dep_ in ("poss", "amod", "compound", "prep") for c in noun.children):
                continue
            found = _described_country(view, table, noun)
            if found is not None:
                return found
    return None


def _anaphor_described(view: DocView, table: EntityTable, ments: list[Ment]) -> str | None:
    """The nationality of the described person a bare definite "the woman", "the suspect" (PEOPLE_ANAPHORS) or
    "the 24-year-old" re-names in its or the previous sentence, when every such mention of the unplaced person
    agrees ("A Moroccan man was arrested in Madrid. The 24-year-old was detained at his home"); not a noun with
    a clause or phrase of its own ("the woman who attacked him" is someone new; round34)."""
    found = None
    for m in ments:
        if m.kind != "nominal":
            continue
        head = view.doc[m.head]
        if head.tag_ == "NNS" or not (noun_lemma(head) in PEOPLE_ANAPHORS or head.lower_ == "old") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("poss", "amod", "compound", "prep", "relcl", "acl", "appos") for c in head.children):
            return None
        iso = _described_country(view, table, head)
        if iso is None or found not in (None, iso):
            return None
        found = iso
    return found


def _described_country(view: DocView, table: EntityTable, noun) -> str | None:
    """The nationality of the latest described person the definite `noun` re-names (see _described_before)."""
    lemma, sent = noun_lemma(noun), view.sent_of[noun.i]
    found = None
    for other in table.ments:
        if other.start >= noun.i or len(other.ents) != 1 or other.kind != "nominal":
            continue
        e, back = other.ents[0], sent - view.sent_of[other.head]
        if e.kind not in ("PERSON", "GROUP") or not e.generic or e.plural or not e.country \
                or e.country_source not in ("name", "title") or e.sector not in RENAMED_SECTORS:
            continue
        if back <= RENAMED_SENTENCES and noun_lemma(view.doc[other.head]) == lemma \
                or back <= 1 and (lemma in PEOPLE_ANAPHORS or noun.lower_ == "old"):
            found = e.country          # the latest one
    if found is not None:
        return found
    # a noun the knowledge base does not know as a role makes no actor ("a Russian oligarch"): the same noun
    # with a nationality before it, earlier in the text
    first = view.sent_start[max(0, sent - RENAMED_SENTENCES)]
    for t in view.doc[first:noun.i]:
        if t.pos_ == "NOUN" and t.tag_ != "NNS" and noun_lemma(t) == lemma:
            iso = next((view.country_of[c.i] for c in t.children
                        if c.dep_ in ("amod", "compound") and c.i in view.country_of), None)
            found = iso or found
    return found


def _is_left_place(tok) -> bool:
    """Is the token the place a verb of flight leaves ("fled Syria", "escaped from Eritrea")?"""
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        tok = tok.head
    elif tok.dep_ != "dobj":
        return False
    return tok.head.lemma_.lower() in FLIGHT_VERBS


def _left_country(verb, place_at: dict[int, str]) -> str | None:
    """The country of the place a verb of flight leaves: its object ("fled Syria") or its "from" phrase
    ("escaped from Eritrea"); the place itself, not a word modifying another noun ("fled a Texas jail")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i in place_at:
            return place_at[c.i]
        if c.dep_ == "prep" and c.lower_ == "from":
            found = next((place_at[p.i] for p in c.children if p.dep_ == "pobj" and p.i in place_at), None)
            if found:
                return found
    return None


def _person_from(t) -> bool:
    """Is the place token where a person is from ("Tom Reid, 27, from Leeds"): "from" hung on a noun, not a verb?"""
    t = climb(t, ("compound", "flat"))
    return t is not None and t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.pos_ in ("PROPN", "NOUN", "NUM")


def _of_several_states(view: DocView, m: Ment) -> bool:
    """Does the mention's head hang "from"/"of" a plural of SEVERAL_STATES_NOUNS ("officials from both governments",
    "delegates of the two countries"; round35)?"""
    head = view.doc[m.head]
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of") and o.dep_ == "pobj" and o.tag_ == "NNS"
               and noun_lemma(o) in SEVERAL_STATES_NOUNS for p in head.children for o in p.children)


PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "some", "several", "many", "most", "all",
                             "each", "both", "none", "another"})


def _partitive_country(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment]) -> str | None:
    """"one of the officials", "Reza Karimi, one of the officials": the country of the group named before by
    that plural noun (the nearest, within FOCUS_SENTENCES), when the text placed it itself (round35)."""
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        nouns = []
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in PARTITIVE_HEADS:
            nouns.append(head)
        for q in head.children:
            if q.dep_ == "appos" and q.lower_ in PARTITIVE_HEADS:
                nouns += [o for p in q.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
        for o in nouns:
            if o.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in o.children):
                continue
            group = next((b.ents[0] for b in sorted(table.ments, key=lambda b: -b.start)
                          if b.start < o.i and b.kind == "nominal" and len(b.ents) == 1 and b.ents[0] is not ent
                          and b.end <= o.left_edge.i and view.doc[b.head].lemma_ == o.lemma_
                          and 0 <= m.sent - b.sent <= FOCUS_SENTENCES), None)
            if group is not None and group.country and group.country not in NON_STATE_COUNTRY \
                    and group.country_source in SAID_COUNTRY_SOURCES:
                return group.country
    return None


def _served_body(view: DocView, table: EntityTable, boss: dict[int, Ent], ent: Ent, ments: list[Ment]) -> str | None:
    """The country of a placed state body (GOV, MIL, COP, JUD, LEG, SPY) that a person's title serves: "a
    spokesman for the junta", "an official of the military government" (round35); the names stage gives a named
    body's, this one a body the text described and placed ("the ruling junta in Bamako")."""
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "with"):
                continue
            for o in prep.children:
                if o.dep_ != "pobj":
                    continue
                body = boss.get(o.i)
                if body is ent:
                    body = None             # the title's own phrase ("A spokesman for the junta")
                if body is None and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
                    # "... the junta in Bamako ... A spokesman for the junta": the body named before by that noun
                    body = next((b.ents[0] for b in sorted(table.ments, key=lambda b: -b.start)
                                 if b.start < o.i and b.kind == "nominal" and len(b.ents) == 1
                                 and view.doc[b.head].lemma_ == o.lemma_ and m.sent - b.sent <= FOCUS_SENTENCES), None)
                if body is not None and body is not ent and body.generic and body.country \
                        and body.sector in SERVED_SECTORS and body.country not in NON_STATE_COUNTRY \
                        and body.country_source in SAID_COUNTRY_SOURCES:
                    return body.country
    return None


def _possessor_country(view: DocView, boss: dict[int, Ent], ent: Ent, ments: list[Ment]) -> str | None:
    """"Foreign Minister Don Hale ... Hale's spokeswoman said": the country of the named person or body
    that possesses a generic officer or group (the names stage gives it when the text places the
    possessor itself; here, when this stage placed it; session 24)."""
    if not ent.generic or not (ent.role or ent.sector):
        return None
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        owners = [e for c in head.children if c.dep_ == "poss" for t in c.subtree
                  if (e := boss.get(t.i)) is not None]
        owner = next((e for e in owners if e is not ent and e.country and e.kind in ("PERSON", "ORG")
                      and not e.generic and e.country not in NON_STATE_COUNTRY), None)
        if owner is not None and _may_be(ent, owner.country):
            return owner.country
    return None
