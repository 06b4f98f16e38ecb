"""Step 4 of resolution, the story's country: `StoryCountry` weighs the evidence each country has in the document
(`story_evidence`: the dateline, the headline, the places the geo stage found, the actors the text places, each
weighted as context.py's docstring tells) and names the country the story is about, with its share of the evidence.
Reads the `DocView` and the `EntityTable` steps 1-3 filled; context.py gives its country to the actors it fits.
"""
from __future__ import annotations

import re
from collections import Counter

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES, EntityTable, Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.phrases import MISSION_NOUNS
from newsgraph.actors.places import dateline_country_of, place_country
from newsgraph.nlp.cache import NAME_LINKS, climb

DATELINE_WEIGHT = 4.0
UNECHOED_DATELINE_WEIGHT = 1.0   # ... when nothing else in the story is in the dateline's country
TITLE_WEIGHT = 3.0          # a country (or its people) named in the headline
TITLE_PLACE_WEIGHT = 2.0    # a city or region of one country named in the headline
PLACE_WEIGHT = 1.0
COUNTRY_PLACE_WEIGHT = 0.5
ACTOR_WEIGHT = 1.0
SPEAKER_WEIGHT = 0.5        # ... when it is the subject of a verb of saying or "according to" it
LEAD_SENTENCES = 5          # the lead: where a story says where it is and whom it is about
LATER_WEIGHT = 0.5          # a place or actor after the lead weighs this much
MIN_EVIDENCE = 0.25        # one country named once, after the lead
MIN_STORY_SENTENCES = 3     # a story country needs a story: one or two sentences say no more than themselves
PERSON_SHARE = 0.65          # ... for a named person of unknown country
ORIGIN_NOUNS = word_list("kb", "ORIGIN_NOUNS")
SUBNATIONAL_FEATURES = {"city", "capital", "admin1", "admin2", "landmark", "region"}


class StoryCountry:
    """The country a document is about, with the evidence behind it."""

    def __init__(self, view: DocView, table: EntityTable):
        self.view = view
        self.dateline = dateline_country(view)
        # an international body acting in the lead is met at its seat ("THE HAGUE, Netherlands (AP) — The
        # International Criminal Court's prosecutor asked ...", "GENEVA — The UN refugee agency said ..."): the
        # dateline's country is where the body sits, not that of the people the story is about (session 37)
        self.seat = international_lead(view, table)
        if self.seat and any(p.role == "place" and p.country == self.dateline for p in view.places):
            # ... unless the text itself places the story in the dateline's country: "PORT-AU-PRINCE - The World
            # Food Programme said gangs had looted its warehouses in Haiti's capital" is a story about Haiti, whose
            # mayor and police are Haiti's (a voice of the seat's state, "The Dutch foreign minister said", places
            # nothing; round43)
            self.seat = False
        # ... and the seat's dateline is no evidence of what the story is about: "ADDIS ABABA - The African Union
        # suspended Mali after soldiers detained the interim president" is a story about Mali, whose soldiers they
        # are; counted, the dateline made it a story of two states and the soldiers Ethiopia's (session 45 tgt49)
        self.evidence = story_evidence(view, table, None if self.seat else self.dateline)
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
            if self.seat:
                return None      # a militia commander or a court spokesman in a Hague story is not Dutch
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


def said_country_mentions(table: EntityTable):
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
    # states the text names as such ("Russia", "Russian"): a mission's seat in one of them is still its ground
    # ("Chile will shut the Peruvian consulate in Valparaiso"; the seat rule below is for a seat in a state the text
    # does not otherwise talk about)
    named_states = {e.country for m in table.ments for e in m.ents if e.kind == "COUNTRY" and e.country}
    for p in view.places:
        if p.role != "place" or not p.country or p.country in NON_STATE_COUNTRY:
            continue
        if p.feature in SUBNATIONAL_FEATURES:
            town_countries.add(p.country)
        if " " not in p.name.strip() and p.name.lower() in people:
            continue            # a surname the geo stage also found as a town ("Henderson")
        if _origin_of_person(view, p.start):
            origins.add(p.country)
            continue            # "a native of Peru": where someone comes from, not where the story happens
        if p.feature != "country" and p.country != dateline and p.country not in named_states \
                and _seat_of_body(view, p.start):
            continue            # "its mission in Washington", "the OAS in Washington": a seat abroad (round50)
            # (not in a story filed from that country: "PARIS - exiles rallied outside the embassy in Paris"; session
            # 48 lead)
        score[p.country] += (PLACE_WEIGHT if p.feature in SUBNATIONAL_FEATURES else COUNTRY_PLACE_WEIGHT) * _position(p.sentence)
    place_starts = {p.start for p in view.places}
    for m, e in said_country_mentions(table):
        if e.country in origins and e.country_source == "apposition":
            continue            # "Gomez, a native of Peru": his origin, not the story's place
        if e.placed_by_predicate:
            continue            # "Obi became mayor of Lagos" in a story from Washington: who she is (round50)
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


def international_lead(view: DocView, table: EntityTable) -> bool:
    """Is a subject of the story's first sentence an international body (KB country IGO: a UN court or agency,
    the EU, NATO) or one of its officers ("The International Criminal Court's prosecutor")? A name's subject
    may be a word inside it: "The International Court of Justice ordered ..." is headed by "Justice"."""
    return any(m.sent == 0 and m.kind != "pronoun" and len(m.ents) == 1 and m.ents[0].country == "IGO" and (
        m.subject or any(view.toks[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end)))
        for m in table.ments)


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


def _seat_of_body(view: DocView, start: int) -> bool:
    """Is the place at char `start` only the seat of a state's post abroad or of an international body ("the Barbados
    mission in Washington", "the Washington mission", "objected at the OAS in Washington"), which says where that
    body sits, not where the story happens? (round50, session 48 act52: a small state's story about its mission
    at an international body in Washington was a Washington story, and its prime minister American)"""
    first = view.token_at.get(start)
    if first is None:
        return False
    if any(t.dep_ == "compound" and t.head.lemma_.lower() in MISSION_NOUNS for t in (first, first.head)):
        return True             # "the Washington mission", "the New York consulate"
    t = climb(first, ("compound", "flat"))
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
        return False
    body = t.head.head
    return body.lemma_.lower() in MISSION_NOUNS or view.org_code_of.get(body.i, "").startswith("IGO")


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
