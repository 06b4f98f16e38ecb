"""The coder's sides and places found beside the parse's roles (coder.py `_code_trigger`): the maker of goods
bought, the destination of a visit, the country of the object's place or of a country named among the sides, local
bodies of the place an act happened, and when two sides are kept apart though CAMEO codes them alike (protesters
and a body, a region's government and its country's).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.actors.entities import REGIONAL_GOVERNMENT     # a province's or state's own government (regions-apart)
from newsgraph.datafile import word_list
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party, phrase_actors
from newsgraph.events.harm_context import _in_set
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.nlp.cache import children, has_the, subtree
from newsgraph.records import Actor, Analysis

_PEOPLE_KINDS = {"PERSON", "GROUP"}


def _goods_makers(trig: Trigger, exclude: set[str]) -> list[Party]:
    """"bought 12 Boeing 787 Dreamliners", "ordered 30 Airbus A321 jets": a name the recogniser tags as an
    organisation among the modifiers of goods of the noun set GOODS (the pattern's own object) is their maker,
    the other side of the purchase (session 23, trade23; business news rarely names the seller otherwise)."""
    out: list[Party] = []
    for obj in trig.parts[1:]:
        if obj.dep_ not in ("dobj", "obj", "nsubjpass") or not _in_set(obj, "GOODS"):
            continue
        mods = [c for c in children(obj) if c.dep_ in ("compound", "nmod")]
        mods += [g for c in mods for g in children(c) if g.dep_ in ("compound", "nmod")]
        for m in mods:
            if m.ent_type_ == "ORG" and m.pos_ == "PROPN" and f"@{m.i}" not in exclude \
                    and not any(q.head.i == m.i for q in out):
                out.append(Party(None, m))
    return out


# the noun sets of things given or cut as aid (people given shelter, "admitted 3,000 refugees", stay its side)
GIVEN_THING_SETS = ("ARMS", "MONEY", "AID", "HUMANITARIAN", "GOODS")


def given_things(trig: Trigger, targets: list[Party], sources: list[Party],
                 since: frozenset[str] | None = None) -> list[Party]:
    """The targets of aid given or cut (root 07, CAMEO 162) that are the thing given, the pattern's own object ("would
    keep sending air defence systems", "suspended U.S. aid"): arms, money, aid or craft (GIVEN_THING_SETS) are what is
    given, never the side it goes to, which a to-phrase or an indirect object names (convention `given-things`,
    session 38 tgt42: a thing read as an armed force or by its giver's name took the giver's country, the giver its
    own recipient). A side named inside the thing's phrase stays when it is another country than the giver's ("lent
    Kenya 500 million dollars", the parse's one phrase) or, no giver named, when a phrase after the thing names it."""
    objs = {o.i for o in trig.parts[1:] if o.dep_ in ("dobj", "obj", "nsubjpass")
            and any(_in_set(o, name) for name in GIVEN_THING_SETS)}
    if conv.enabled("given-conjuncts", since):
        # "sending aid and medical teams to the worst-hit areas": the pattern's own object joined to a thing given is
        # given too, no recipient (session 47 coop51)
        objs |= {o.i for o in trig.parts[1:] if o.dep_ == "conj" and o.head.dep_ in ("dobj", "obj", "nsubjpass")
                 and any(_in_set(o.head, name) for name in GIVEN_THING_SETS)}
    own = {s.country for s in sources if s.country}

    def the_thing(t: Party) -> bool:
        if t.head.i not in objs:
            return False
        if t.actor is None or not t.actor.country:
            return True
        if own:
            return t.actor.country in own
        return not any(c.dep_ == "prep" for c in children(t.head))

    return [t for t in targets if not the_thing(t)]


def _visit_destination(doc: Doc, analysis: Analysis, cands: list[list[Token]]):
    """(country, token) of a place named as a visit's destination when no actor is:
    "attend the Beijing Olympics", "travelled to Kursk"."""
    for heads in cands:
        for h in heads:
            for t in subtree(h):
                for pl in analysis.places:
                    if pl.start <= t.idx < pl.end and pl.country and pl.role != "metonym":
                        span = doc.char_span(pl.start, pl.end, alignment_mode="expand")
                        return pl.country, (span.root if span is not None else t)
    return None, None


def _place_country(analysis: Analysis, tok: Token, country_only: bool = False, placed_only: bool = False) -> str | None:
    """The country of the place whose words hold `tok`; `placed_only` (aid-destinations) takes any place the geo
    stage gave a country, a metonym too, as that convention always has."""
    for pl in analysis.places:
        if pl.start <= tok.idx < pl.end and pl.country and (placed_only or pl.role != "metonym") \
                and (not country_only or pl.feature == "country"):
            return pl.country
    return None


def _phrase_tokens(head: Token):
    """The tokens of a noun phrase without its relative and other clauses ("a visit by Putin, who was
    received in X"); participle modifiers stay ("an attack targeting a mall in Nairobi")."""
    yield head
    for c in children(head):
        if c.dep_ not in ("relcl", "advcl", "ccomp", "appos", "parataxis", "conj", "punct"):
            yield from _phrase_tokens(c)


def object_place_target(analysis: Analysis, trig: Trigger, mode: str | None, sources,
                        since: frozenset[str] | None = None) -> str | None:
    """The place target a place_targets.csv mode reads in the trigger's object: `object` any place there; `abroad`
    (PT09-tgt50) only when a source is of a known country other than the place's -- "the council opened an inquiry
    into abuses in Eritrea" is aimed at Eritrea, police looking into a fraud at home, or an inquiry told with no
    investigator, at no place (session 46 tgt50). A place in a source's own words is never it: "rations donated by
    Britain" hangs the giver on the gift, so the gift's phrase holds the giver's name (convention place-not-giver,
    session 47 coop51)."""
    if mode not in ("object", "abroad"):
        return None
    at = _object_place(analysis, trig, set())
    if at is not None and at in {s.country for s in sources} and conv.enabled("place-not-giver", since):
        # (only the source's own country: "the DPRK-U.S. summit" keeps the U.S., which the source's words hold too)
        at = _object_place(analysis, trig, {t.i for s in sources for t in subtree(s.head)})
    if at and mode == "abroad" and not ({s.country for s in sources} - {None, at}):
        return None
    return at


def aid_destination(analysis: Analysis, tok: Token, own_countries: set, since: frozenset[str] | None) -> str | None:
    """The country aid sent "to" a place goes to when no actor is named as its recipient (convention
    aid-destinations, session 36 coop39): the place the to-phrase names ("sent tanks to Kyiv"; a capital the geo
    stage reads as its state counts too), never the giver's own. Since session 47 (convention placed-recipients,
    coop51) also a place in the recipient's own phrase: "tents donated by Japan to flood victims in Pakistan"."""
    heads = roles.prep_objects(tok, ("to",))
    for t in heads:
        iso = _place_country(analysis, t, placed_only=True)
        if iso and iso not in own_countries:
            return iso
    if conv.enabled("placed-recipients", since):
        for h in heads:
            for t in _phrase_tokens(h):
                iso = _place_country(analysis, t, placed_only=True)
                if iso and iso not in own_countries:
                    return iso
    return None


def _object_place(analysis: Analysis, trig: Trigger, skip: set[int] = frozenset()) -> str | None:
    """Country of the place named in a trigger's object: "attend a summit in Geneva" (a place after
    in/at first), "sorrow for the shootings in Ohio", "a summit on the drought in Somalia"."""
    tok = trig.token
    objs = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")] or roles.direct_objects(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [tok] + objs
    first = [h for o in objs + [tok] for h in roles.prep_objects(o, ("in", "at"))]
    if trig.pattern.cameo[:2] != "04":
        # "pledged 300 million dollars at a donors' conference in Geneva": where an act other than a meeting was
        # done names no side (word list OCCASION_NOUNS, as tgt48's occasion-phrases reads it; session 44 lead, merge)
        first = [h for h in first if h.lemma_.lower() not in _OCCASION_NOUNS]
    # ("met on the sidelines of the summit in Kazan": where a meeting beside a gathering took place names no one
    # met, word list MEETING_SETTINGS, convention meeting-settings; session 44 coop48)
    second = objs + [h for h in roles.prep_objects(tok, ("for", "over", "about", "on"))
                     if h.lemma_.lower() not in _MEETING_SETTINGS]
    for heads in (first, second):
        for h in heads:
            for t in _phrase_tokens(h):
                country = None if t.i in skip else _place_country(analysis, t)
                if country:
                    return country
    return _territory_owner(analysis, objs)


TERRITORY_NOUNS = word_list("patterns", "TERRITORY_NOUNS")
_MEETING_SETTINGS = word_list("patterns", "MEETING_SETTINGS")
_OCCASION_NOUNS = word_list("patterns", "OCCASION_NOUNS")


def _territory_owner(analysis: Analysis, objs: list[Token]) -> str | None:
    """"violated its airspace", "entered Polish airspace": a state's territory named by an owner that is no place --
    a possessive pronoun or a demonym -- is that state's (word list TERRITORY_NOUNS; session 42 tgt46)."""
    for o in objs:
        if o.lemma_.lower() not in TERRITORY_NOUNS:
            continue
        for c in children(o):
            if c.dep_ == "poss" or c.dep_ == "amod" and c.ent_type_ == "NORP":
                country = next((a.country for a in phrase_actors(analysis, c) if a.country), None)
                if country:
                    return country
    return None


# prepositions that put an attack on a territory ("air strikes inside Iran", "raids across the border into Syria")
TERRITORY_PREPS = tuple(word_list("patterns", "TERRITORY_PREPS"))


def struck_territory(analysis: Analysis, trig: Trigger, sources: list[Party]) -> str | None:
    """"Pakistan carried out air strikes inside Iran": an attack named by a noun with no side in its phrases is aimed
    at the country of the place it hangs an in/inside phrase on (its own, or its light verb's when the noun is the
    verb's object) -- another country than the attacker's; an attack at home names no side by its place
    (convention `struck-territory`, session 38 tgt42)."""
    tok = trig.token
    heads = roles.prep_objects(tok, TERRITORY_PREPS)
    if tok.dep_ in ("dobj", "obj"):
        heads += roles.prep_objects(tok.head, TERRITORY_PREPS)
    own = {s.country for s in sources}
    for h in heads:
        iso = _place_country(analysis, h)
        if iso:
            return iso if iso not in own and own - {None} else None
    return None


def _named_country(analysis: Analysis, cands: list[list[Token]]) -> str | None:
    """A target phrase that is a country name the actors stage did not resolve ("to help iSrael")."""
    for heads in cands:
        for h in heads:
            country = _place_country(analysis, h, country_only=True)
            if country:
                return country
    return None


def _local_bodies(cands: list[list[Token]], exclude: set[str]) -> list[Party]:
    """"The state sued the city", "residents urged the county to act": "the city", "the county" as the one sued,
    urged or criticised is its local government, a side with its words though the actors stage resolves no actor
    for it (noun set LOCAL_BODIES; convention local-bodies, round 14). Only for words and legal acts (02, 05, 11):
    a city attacked or visited is a place."""
    for heads in cands:
        found = [Party(None, h) for h in heads if _in_set(h, "LOCAL_BODIES") and f"@{h.i}" not in exclude
                 and has_the(h)]
        if found:
            return found[:1]
    return []


def _protest_apart(code: str, protesters: Actor, body: Actor, options: CoderOptions) -> bool:
    """"Students staged a protest at the university", "nurses picketed the hospital": protesters (people) and the
    body they protest at are two parties even when the actors stage gives both one sector code (EDU, HLH): a
    protest is never a body acting on itself (convention protest-apart, session 27). Two sides with a country and
    no sector (a firm read as a person "marching" on a rival) stay one."""
    return code[:2] == "14" and protesters.kind in _PEOPLE_KINDS and bool(body.sector) \
        and conv.enabled("protest-apart", options.since)


def _regions_apart(a: Actor, b: Actor, options: CoderOptions) -> bool:
    """A state's or province's government and another government of its country ("Ottawa rejected the
    province's request", "the B.C. government accused the Alberta government", "Ontario sued the federal
    government") are two parties though CAMEO gives both one code (CANGOV): the actors stage keeps a regional
    government apart (role REGIONAL_GOVERNMENT; convention regions-apart, session 28 ctry29)."""
    return a.sector == "GOV" and b.sector == "GOV" and REGIONAL_GOVERNMENT in (a.role, b.role) \
        and conv.enabled("regions-apart", options.since)


def _story_recipient(analysis: Analysis, sources: list[Party]) -> str | None:
    """The country the story is about, when every sender is another state or an international body (convention
    relief-to-story-country)."""
    story = analysis.context.story_countries
    iso = story.iso if story is not None else None
    if not iso:
        return None
    foreign = all(s.actor is not None and ((s.actor.code or "").startswith("IGO")
                                           or (s.actor.country and s.actor.country != iso)) for s in sources)
    return iso if foreign else None
