"""Step 4 of resolution, the countries of sentences: the places each sentence (and clause) names as where its
events happen (`sentence_places`: locative places, not a person's origin nor a force's), the one country of
each sentence, the countries a sentence names as parties, the focus of the sentences just before, the scene a
story has set, and the other state of a two-country story (`facing_country`). Read by context.py for actors
that act where they are.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable, Ment
from newsgraph.actors.phrases import MISSION_NOUNS, noun_lemma
from newsgraph.actors.story_country import SUBNATIONAL_FEATURES, StoryCountry, said_country_mentions
from newsgraph.nlp.cache import children, climb

# dependency labels of the heads of clauses of their own (a place's clause is where its sentence's event is)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "ROOT"})
RELATIVE_DEPS = frozenset({"relcl", "acl"})
# an unplaced generic body or office holder of these sectors takes the one country of the sentences just before
# it (up to FOCUS_SENTENCES back) over the story's: a roundup's paragraph about another country (round33)
FOCUS_OFFICERS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "HLH"}
FOCUS_SENTENCES = 3     # clauses that tell of a noun: background, not the sentence's event
LOCATIVE_PREPS = word_list("kb", "SENTENCE_PLACE_PREPS")     # (moved out of the code, "through" added: round37)


def one_country_by_sentence(placed: dict[int, set[str]]) -> dict[int, str]:
    """sentence -> the one country where its events happen: the places named after a locative
    preposition ("in Nairobi", "near the border town of ...") all lie in it (sentences with such places
    in several countries, or none, are left out; "against Moscow", "a UK-based group" are no locations).
    `placed` is `sentence_places`'s."""
    return {s: next(iter(cs)) for s, cs in placed.items() if len(cs) == 1}


def _clause_of(t) -> int:
    """The head of the clause a token is in: the nearest verb above it heading a clause of its own (a
    relative, adverbial or complement clause) or the sentence's root; conjoined verbs share a clause."""
    seen = 0
    while t.dep_ not in CLAUSE_DEPS and t.head.i != t.i and seen < 40:
        t, seen = t.head, seen + 1
    return t.i


def sentence_named_countries(view: DocView, table: EntityTable, placed: dict[int, set[str]]
                              ) -> dict[int, dict[str, bool]]:
    """sentence -> the countries it names, each with whether a place, a country or a state body names it (True)
    or only another actor the text itself gives a country (False: a firm's analyst, a national team): its
    locative places and the actors placed by a country's name, the KB, a title or apposition (not by the story
    or a sentence)."""
    out: dict[int, dict[str, bool]] = {s: {c: True for c in cs} for s, cs in placed.items()}
    for m, e in said_country_mentions(table):
        if e.kind == "COUNTRY" and _is_left_place(view.doc[m.head]):
            continue            # "he fled Afghanistan": where a person came from, not where the paragraph is (round34)
        here = out.setdefault(m.sent, {})
        here[e.country] = here.get(e.country, False) or e.kind == "COUNTRY" or e.sector in FOCUS_OFFICERS
    return out


def nearby_focus(named: list[Ment], sent_countries: dict[int, dict[str, bool]]) -> str | None:
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


def placed_here(view: DocView, m: Ment, clauses: dict[int, set[int]]) -> bool:
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


OWN_PHRASE_PREPS = word_list("kb", "OWN_PHRASE_PLACE_PREPS")
STRUCK_PLACE_VERBS = word_list("kb", "STRUCK_PLACE_VERBS")
STRUCK_PLACE_NOUNS = word_list("kb", "STRUCK_PLACE_NOUNS")


def own_phrase_country(view: DocView, named: list[Ment], place_at: dict[int, str]) -> str | None:
    """The one country of the places where the text says an attacked group is: the object of a verb of attack
    ("Indian jets struck militant camps in Pakistan", STRUCK_PLACE_VERBS) or of an attack noun's against/on phrase
    ("strikes against militant camps in Pakistan", STRUCK_PLACE_NOUNS), placed by an in-phrase of its own or of
    that verb -- said of the group itself, not of the story or the dateline (round41). Not a group the sentence
    only meets or deals with ("signed a deal with rebel groups in Nairobi"); only the object and the words before
    it count ("camps in areas run from Afghanistan" does not place them there)."""
    found: set[str] = set()
    for m in named:
        head = view.doc[m.head]
        if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in STRUCK_PLACE_VERBS:
            holders = [head, head.head]
        elif head.dep_ == "pobj" and head.head.lower_ in ("against", "on") \
                and head.head.head.lemma_.lower() in STRUCK_PLACE_NOUNS:
            holders = [head]
        else:
            continue
        for prep in (c for h in holders for c in children(h)):
            if prep.dep_ != "prep" or prep.lower_ not in OWN_PHRASE_PREPS:
                continue
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    found.update(place_at[i] for i in range(obj.left_edge.i, obj.i + 1) if i in place_at)
    return found.pop() if len(found) == 1 else None


# a town's own forces and officers: "Denver police" acts in Denver (round35)
PLACE_FORCE_NOUNS = word_list("kb", "PLACE_FORCE_NOUNS")


def sentence_places(view: DocView, clauses: dict[int, set[int]] | None = None,
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
            # ("at Nairobi's main airport", "in Gaza's south": a place that owns the noun after the preposition is
            # where that noun lies; round40, session 38 act42)
            while t is not None and t.dep_ in ("compound", "amod", "nmod", "det", "poss") and t.head.i != t.i:
                t = t.head
                if t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in SUBNATIONAL_FEATURES:
                    break       # ("Denver police": a town's own force acts where it is; round35)
            if t is not None and t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in SUBNATIONAL_FEATURES \
                    and t.i != view.token_at.get(p.start).i:
                break
            if t is None or t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.pos_ != "NOUN":
                break
            t = t.head.head
        if t is not None and t.lemma_.lower() in PLACE_FORCE_NOUNS and p.feature in SUBNATIONAL_FEATURES \
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
        if t.i != view.token_at.get(p.start).i and noun_lemma(t) in MISSION_NOUNS:
            continue          # "outside the U.S. embassy": a state's post abroad stands in another country (session 44)
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


def facing_country(story: StoryCountry, table: EntityTable, named: list[Ment],
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


def scene_country(named: list[Ment], placed: dict[int, set[str]], scene: dict[int, set[str]]) -> str | None:
    """The one country of the locative places ("in", "near", not "from") of the sentences before an actor's first
    mention, when the actor's own sentences place nothing (round36)."""
    if any(m.sent in placed for m in named):
        return None
    first = min(m.sent for m in named)
    countries = {c for s, cs in scene.items() if s < first for c in cs}
    return countries.pop() if len(countries) == 1 else None


def scene_holds(named: list[Ment], placed: dict[int, set[str]], scene: dict[int, set[str]], iso: str) -> bool:
    """Did a sentence before the actor's first mention set a locative scene in `iso`, with the actor's own sentences
    placing nothing (the dateline's country for police of a story of two states; round43)?"""
    if any(m.sent in placed for m in named):
        return False
    first = min(m.sent for m in named)
    return any(iso in cs for s, cs in scene.items() if s < first)


# "she and her sons fled Syria", "she escaped from Eritrea": the country a person left (round34)
FLIGHT_VERBS = word_list("kb", "FLIGHT_VERBS")


def _is_left_place(tok) -> bool:
    """Is the token the place a verb of flight leaves ("fled Syria", "escaped from Eritrea")?"""
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        tok = tok.head
    elif tok.dep_ != "dobj":
        return False
    return tok.head.lemma_.lower() in FLIGHT_VERBS
