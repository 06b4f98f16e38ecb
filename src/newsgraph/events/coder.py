"""The event coder: verb and noun patterns over spaCy's dependency parse -> Event records.

For each sentence it finds triggers (a verb lemma with its particle/preposition/object, or an
event noun, see data/patterns/), reads source and target phrases off the parse (roles.py), maps
them to actors with the actors stage's API, and attaches CAMEO/PLOVER codes (ontology.py),
modality and attribution (modality.py), and date and place (anchor.py). A sentence without a
matching pattern yields no event: there is no default code.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from spacy import symbols as spacy_symbols
from spacy.tokens import Doc, Span, Token

import newsgraph.actors as actors_api
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.date_place import article_place, event_date, local_event_place
from newsgraph.events.modality import attribution, modality, refusal, reporting_verb
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import (Pattern, demand_auxiliaries, noun_sets, pattern_index,
                                       place_target_mode, refusal_codes)
from newsgraph.nlp.cache import doc_sents, doc_text, doc_tokens, sent_tokens
from newsgraph.records import Actor, Analysis, Event

# PLOVER manual: cooperative actions reported as future intentions are coded AGREE ("will send
# aid", "is willing to withdraw"); by the same reading, announced conflictual actions are threats
# ("will boycott", "would tighten the blockade"), as is any action made conditional with "unless".
_FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
_FUTURE_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
# Protests and shows of force are aimed at the country where they happen when no target is named
# (CAMEO practice: "activists staged a protest in Beijing" -> target CHN).
_PLACE_TARGET_ROOTS = {"14", "15"}
_SPEAKER_PRONOUNS = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
_ADDRESSEE_PRONOUNS = {"you", "your", "yourself", "yourselves"}


@dataclass(frozen=True)
class CoderOptions:
    """require_source: no event without a source actor (PETRARCH's "require dyad" for the source).
    require_target: honour the patterns' needs_target flag.
    since: use only patterns and conventions (data/patterns/conventions.csv) whose `since` tag is in
    this set (None = all)."""

    require_source: bool = True
    require_target: bool = True
    since: frozenset[str] | None = None


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    parts: list[Token]           # tokens that make up the cue (trigger, particle, object noun)


# ---------------------------------------------------------------- actors

def _actors_for_token(analysis: Analysis, tok: Token) -> list[Actor]:
    plural = getattr(actors_api, "actors_for_token", None)
    if plural is not None:
        found = plural(analysis, tok)
    else:
        one = actors_api.actor_for_token(analysis, tok)
        found = [one] if one else []
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


def phrase_actors(analysis: Analysis, head: Token, depth: int = 0) -> list[Actor]:
    """Actors a noun phrase refers to: its head's actor, else its possessor, nationality or
    name modifier ("Russian diplomats", "Haiti's efforts"), else the object of "of"."""
    found = _actors_for_token(analysis, head)
    if found or depth > 2 or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return found
    kids = list(head.children)
    for deps in (("poss",), ("compound", "amod", "nmod")):
        found = []
        for c in kids:
            if c.dep_ in deps:
                for m in roles.conjuncts(c):     # "US and British activists" -> both
                    found += [a for a in phrase_actors(analysis, m, depth + 1) if a not in found]
        if found:
            return found
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "of":
            for gc in c.children:
                if gc.dep_ == "pobj":
                    found = phrase_actors(analysis, gc, depth + 1)
                    if found:
                        return found
    return []


def _actors(analysis: Analysis, heads: list[Token]) -> list[tuple[Actor, Token]]:
    out: list[tuple[Actor, Token]] = []
    seen: set[str] = set()
    for h in heads:
        for tok in roles.conjuncts(h):
            for a in phrase_actors(analysis, tok):
                if a.id not in seen:
                    seen.add(a.id)
                    out.append((a, tok))
    return out


def _first_actors(analysis: Analysis, candidates: list[list[Token]], exclude: set[str]) -> list[tuple[Actor, Token]]:
    for heads in candidates:
        found = [(a, t) for a, t in _actors(analysis, heads) if a.id not in exclude]
        if found:
            return found
    return []


# ---------------------------------------------------------------- triggers

def _object_candidates(verb: Token) -> list[Token]:
    objs = [o for h in roles.direct_objects(verb) for o in roles.conjuncts(h)]
    if not objs:   # "wants Putin to attack": the small model makes Putin the complement's subject
        objs = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "nsubj" and g.i < c.i and not any(a.dep_ == "aux" and a.lower_ != "to"
                                                                 for a in c.children)]
    objs += [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    objs += [gc for c in verb.children if c.dep_ == "prep" for gc in c.children if gc.dep_ == "pobj"]
    return objs + [q for o in objs for q in roles.quantified(o)]


_ACTOR_ENTS = {"PERSON", "NORP", "ORG", "GPE"}


def _names_actor(tok: Token) -> bool:
    """Lexical test (before actors are looked up): the phrase names a person, group or country."""
    return tok.ent_type_ in _ACTOR_ENTS or any(c.ent_type_ in _ACTOR_ENTS for c in tok.children
                                                if c.dep_ in ("compound", "amod", "nmod"))


def _match_verb(tok: Token, index: dict[str, list[Pattern]]) -> Trigger | None:
    cands = index.get(tok.lemma_.lower())
    if not cands:
        cands = next((index[w] for w in roles.lemmas(tok) if w in index), None)
    if not cands:
        return None
    kid_words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "dative")}
    # "fired anti-aircraft batteries at Russia": the preposition may hang on the object
    kid_words |= {g.lower_ for o in roles.direct_objects(tok) for g in o.children if g.dep_ == "prep"}
    objs = None
    for p in cands:
        if p.prep and not all(w in kid_words for w in p.prep):
            continue
        parts = [tok] + [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in p.prep]
        if p.objects:
            if objs is None:
                objs = _object_candidates(tok)
            hit = [o for o in objs if o.lemma_.lower() in p.objects or o.lower_ in p.objects
                   or any(c.dep_ == "compound" and c.lemma_.lower() in p.objects for c in o.children)
                   or ("@actor" in p.objects and o.dep_ in ("dobj", "obj", "nsubjpass", "nsubj")
                       and _names_actor(o))]
            if not hit:
                continue
            parts += hit
        return Trigger(tok, p, parts)
    return None


def _match_noun(tok: Token, index: dict[str, list[Pattern]]) -> Trigger | None:
    cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
    if not cands:
        return None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if tok.i > 0:
        mods.add(doc_tokens(tok.doc)[tok.i - 1].lemma_.lower())
    verb = roles.governing_verb(tok)
    if verb is not None:
        # a pattern made for this light verb first ("faced criticism from X" vs "levelled criticism at X")
        light = roles.lemmas(verb)
        cands = sorted(cands, key=lambda p: not (p.light_verbs & light))
    for p in cands:
        if p.compound and not (p.compound & mods):
            continue
        return Trigger(tok, p, [tok])
    return None


_VERB, _AUX, _NOUN, _PROPN, _aux = (spacy_symbols.VERB, spacy_symbols.AUX, spacy_symbols.NOUN,
                                    spacy_symbols.PROPN, spacy_symbols.aux)


def find_triggers(sent: Span, options: CoderOptions) -> list[Trigger]:
    """Verb triggers first; a noun used as a verb pattern's object is not coded again."""
    vindex = pattern_index("verb", options.since)
    nindex = pattern_index("noun", options.since)
    out: list[Trigger] = []
    used: set[int] = set()
    toks = sent_tokens(sent)
    # integer POS/DEP ids: `tok.pos_` looks the string up in the StringStore on every access
    for tok in toks:
        pos = tok.pos
        if pos == _VERB or (pos == _AUX and tok.dep != _aux):
            trig = _match_verb(tok, vindex)
            if trig:
                out.append(trig)
                used.update(t.i for t in trig.parts)
    for tok in toks:
        if (tok.pos == _NOUN or tok.pos == _PROPN) and tok.i not in used:
            trig = _match_noun(tok, nindex)
            if trig:
                out.append(trig)
    return out


# ---------------------------------------------------------------- roles

def _is_nonagent(tok: Token) -> bool:
    """An accident or natural event ("the crash", "the flood") named where an actor would be."""
    return tok.lemma_.lower() in noun_sets()["NONAGENT"] or tok.lower_ in noun_sets()["NONAGENT"]


def _attack_means(tok: Token) -> list[Token]:
    """"killed in Israeli tank shelling", "wounded by a Turkish drone strike": the means of an
    agentless violent act, whose nationality modifier names the attacker."""
    means = noun_sets()["ATTACK_MEANS"]
    heads = roles.prep_objects(tok, ("in", "by")) + roles.agent_of(tok)
    heads += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return [h for h in heads if h.lemma_.lower() in means or h.lower_ in means
            or any(c.dep_ == "compound" and c.lemma_.lower() in means for c in h.children)]


def _by_ordnance(tok: Token, ordnance: frozenset[str]) -> bool:
    """The act was done by or with military ordnance ("blown up by a surface-to-air missile")."""
    heads = roles.agent_of(tok) + roles.prep_objects(tok, ("with", "by")) + roles.subjects(tok)
    return any(h.lemma_.lower() in ordnance or h.lower_ in ordnance for h in heads)


def _verb_roles(analysis: Analysis, trig: Trigger, options: CoderOptions = CoderOptions()) -> tuple[list, list[list[Token]]]:
    tok, p = trig.token, trig.pattern
    subj = roles.subjects(tok)
    if conv.enabled("non-agents", options.since):
        subj = [h for h in subj if not _is_nonagent(h)]
    sources = _actors(analysis, subj)
    violent = roles.is_passive(tok) and lookup(p.cameo).root in ("18", "19", "20")
    if not sources and violent and conv.enabled("attack-means", options.since):
        sources = _actors(analysis, _attack_means(tok))
    if not sources and violent and not roles.agent_of(tok) and conv.enabled("attack-origin", options.since):
        # "a mortar bomb was fired at Israel from the Gaza Strip": fire comes from the attacking side
        sources = _actors(analysis, roles.prep_objects(tok, ("from",)))
    objects = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")]
    if p.objects:
        cands = [roles.datives(tok), roles.prep_objects(tok, p.prep + roles.TARGET_PREPS)]
        cands += [roles.prep_objects(o, roles.TARGET_PREPS) for o in objects]
        cands += [objects]
    else:
        dobjs = roles.direct_objects(tok)
        cands = [dobjs, roles.datives(tok), roles.prep_objects(tok, p.prep),
                 roles.prep_objects(tok, roles.TARGET_PREPS)]
        # "endorsed an agreement with the EU": the object's own complement
        cands += [roles.prep_objects(o, p.prep + roles.TARGET_PREPS) for o in dobjs]
        # "demanded that the US cancel the sale": the subject of the complement clause
        cands += [roles.clause_subjects(tok)]
    return sources, cands


def _noun_roles(analysis: Analysis, trig: Trigger) -> tuple[list, list[list[Token]]] | None:
    """Roles of a nominal trigger; None when this noun is not an event here (no light verb)."""
    n, p = trig.token, trig.pattern
    verb = roles.governing_verb(n)
    light = verb is not None and ("*" in p.light_verbs or bool(roles.lemmas(verb) & p.light_verbs))
    if not light and not p.bare:
        return None
    sources = _actors(analysis, roles.subjects(verb)) if light else []
    if not sources:
        sources = _actors(analysis, roles.noun_source_slots(n))
    cands = [roles.prep_objects(n, roles.TARGET_PREPS)]
    if light:
        cands += [roles.datives(verb),
                  [o for o in roles.direct_objects(verb) if o.i != n.i],
                  roles.prep_objects(verb, roles.TARGET_PREPS)]
    return sources, cands


# ---------------------------------------------------------------- events

def _compatriots(a: Actor, b: Actor) -> bool:
    """Two members of one party to a reciprocal event ("Kim and North Korea signed with Russia")."""
    return a.country is not None and a.country == b.country


def _pairs(trig: Trigger, sources: list, targets: list, group: list) -> list[tuple]:
    """(source, target, code) triples, including reciprocal and converse directions."""
    p = trig.pattern
    out: list[tuple] = []
    if group and not sources:
        return [(a, b, p.cameo) for a, b in permutations(group, 2) if not _compatriots(a[0], b[0])]
    if not targets:
        if p.symmetric and len(sources) > 1:
            return [(a, b, p.cameo) for a, b in permutations(sources, 2) if not _compatriots(a[0], b[0])]
        return [(s, None, p.cameo) for s in sources] or [(None, None, p.cameo)]
    if p.symmetric == "reverse":     # "Kyiv received weapons from Berlin": Berlin -> Kyiv
        return [(t, s, p.cameo) for s in sources for t in targets if s[0].id != t[0].id]
    for s in sources or [None]:
        for t in targets:
            if s is not None and s[0].id == t[0].id:
                continue
            out.append((s, t, p.cameo))
            if p.symmetric == "both" and s is not None:
                out.append((t, s, p.cameo))
            if p.converse and s is not None:
                out.append((t, s, p.converse))
    return out


def _plover(code: str, pattern: Pattern, mood: str, conditional: str | None = None) -> tuple[str | None, str | None]:
    info = lookup(code)
    if code == pattern.cameo:
        ptype, mode = pattern.plover or info.plover_type, pattern.mode or info.plover_mode
    else:
        ptype, mode = info.plover_type, info.plover_mode
    if ptype and "|" in ptype:
        ptype = ptype.split("|")[0]
    if mood in ("planned", "expected", "hypothetical") and conditional == "unless":
        return "THREATEN", None
    if mood in ("planned", "expected") and ptype in _FUTURE_AGREE:
        return "AGREE", None
    if mood in ("planned", "expected") and ptype in _FUTURE_THREATEN:
        return "THREATEN", None
    return ptype, mode


def _visit_destination(doc: Doc, analysis: Analysis, cands: list[list[Token]]):
    """(country, token) of a place named as a visit's destination when no actor is:
    "attend the Beijing Olympics", "travelled to Kursk"."""
    for heads in cands:
        for h in heads:
            for t in h.subtree:
                for pl in analysis.places:
                    if pl.start <= t.idx < pl.end and pl.country and pl.role != "metonym":
                        span = doc.char_span(pl.start, pl.end, alignment_mode="expand")
                        return pl.country, (span.root if span is not None else t)
    return None, None


def _place_country(analysis: Analysis, tok: Token, country_only: bool = False) -> str | None:
    for pl in analysis.places:
        if pl.start <= tok.idx < pl.end and pl.country and pl.role != "metonym" \
                and (not country_only or pl.feature == "country"):
            return pl.country
    return None


def _phrase_tokens(head: Token):
    """The tokens of a noun phrase without its relative and other clauses ("a visit by Putin, who was
    received in X"); participle modifiers stay ("an attack targeting a mall in Nairobi")."""
    yield head
    for c in head.children:
        if c.dep_ not in ("relcl", "advcl", "ccomp", "appos", "parataxis", "conj", "punct"):
            yield from _phrase_tokens(c)


def _object_place(analysis: Analysis, trig: Trigger) -> str | None:
    """Country of the place named in a trigger's object: "attend a summit in Geneva" (a place after
    in/at first), "sorrow for the shootings in Ohio", "a summit on the unrest in Iran"."""
    tok = trig.token
    objs = [o for o in trig.parts[1:] if o.dep_ not in ("prt", "prep")] or roles.direct_objects(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [tok] + objs
    first = [h for o in objs + [tok] for h in roles.prep_objects(o, ("in", "at"))]
    second = objs + roles.prep_objects(tok, ("for", "over", "about", "on"))
    for heads in (first, second):
        for h in heads:
            for t in _phrase_tokens(h):
                country = _place_country(analysis, t)
                if country:
                    return country
    return None


def _named_country(analysis: Analysis, cands: list[list[Token]]) -> str | None:
    """A target phrase that is a country name the actors stage did not resolve ("to help iSrael")."""
    for heads in cands:
        for h in heads:
            country = _place_country(analysis, h, country_only=True)
            if country:
                return country
    return None


def _code_trigger(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, trig: Trigger,
                  options: CoderOptions) -> list[tuple[Event, Token]]:
    """The events of one trigger (several with coordination, reciprocity, converse or refusal)."""
    p = trig.pattern
    if trig.token.pos_ in ("NOUN", "PROPN"):
        found = _noun_roles(analysis, trig)
        if found is None:
            return []
        sources, cands = found
        group = _actors(analysis, roles.between(trig.token))
    else:
        sources, cands = _verb_roles(analysis, trig, options)
        group = []
    targets = _first_actors(analysis, cands, {a.id for a, _ in sources})
    if options.require_source and not sources and not group:
        return []
    dest = targets[0][1] if targets and p.cameo == "042" else None
    place_target = None
    if not targets and p.cameo == "042":
        place_target, dest = _visit_destination(doc, analysis, cands)
    mode = None
    if not targets and not place_target and len(group) < 2 and not (p.symmetric and len(sources) > 1) \
            and conv.enabled("place-targets", options.since):
        mode = place_target_mode(p.cameo)
        place_target = (_object_place(analysis, trig) if mode == "object" else None) or _named_country(analysis, cands)
        if place_target and lookup(p.cameo).root == "04" and place_target in {a.country for a, _ in sources}:
            place_target = None     # a meeting at home is not a diplomatic event abroad
    if options.require_target and p.needs_target and not targets and not place_target and len(group) < 2 \
            and not (p.symmetric and len(sources) > 1):
        return []
    mood, mood_cue = modality(trig.token)
    conditional = next((m.lower_ for c in trig.token.children if c.dep_ == "advcl"
                        for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")), None)
    attrib, _ = attribution(trig.token)
    cue_toks = sorted(trig.parts, key=lambda t: t.i)
    cue_start, cue_end = cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1])
    date, precision = event_date(analysis, sent_index, cue_start, mood)
    # the place the sentence names, else the article's dateline or main location (issue 6)
    local_place = local_event_place(analysis, sent_index, cue_start, doc, dest, trig.token)
    place = local_place or article_place(analysis)
    # only a place this sentence names can stand in for a target (not the dateline/main place)
    if local_place is not None and local_place.role == "dateline":
        local_place = None
    if not targets and not place_target and lookup(p.cameo).root in _PLACE_TARGET_ROOTS and local_place is not None \
            and local_place.country:
        place_target = local_place.country   # "protested in Beijing", "exercises in Alaska"
    if mode == "victims" and not targets and not place_target and local_place is not None \
            and local_place.country and roles.direct_objects(trig.token):
        place_target = local_place.country   # "killed three people in Hebron": the victims are where they were hit
    pairs = _pairs(trig, sources, targets, group)
    reject = None
    if mood == "negated" and refusal(trig.token):
        # "would not provide support": the refusal itself happened
        reject = refusal_codes().get(lookup(p.cameo).root)
        if reject:
            pairs += [(s, t, reject) for s, t, code in pairs if code == p.cameo]
    out: list[tuple[Event, Token]] = []
    protesters = noun_sets()["PROTESTERS"] if conv.enabled("protest-violence", options.since) else ()
    ordnance = noun_sets()["ORDNANCE"] if conv.enabled("ordnance", options.since) else ()
    for s, t, code in pairs:
        sa, ta = (s[0] if s else None), (t[0] if t else None)
        rule = p.id if code != reject else f"{p.id}+refusal"
        if s is not None and s[1].lemma_.lower() in protesters and code.startswith(("171", "182")):
            code, rule = "145", f"{rule}+protest"    # CAMEO 145: violent protest, riot, destruction by protesters
        if code.startswith("183") and ordnance and _by_ordnance(trig.token, ordnance):
            code, rule = "190", f"{rule}+ordnance"   # CAMEO 183 is non-military bombing; a missile strike is 19
        if sa is not None and ta is not None and sa.code == ta.code:
            continue        # "Xi and Li signed": no event of a government with itself
        if code in ("042", "043") and sa is not None and ta is not None and sa.country == ta.country \
                and not (sa.sector and ta.sector):
            continue        # a visit to one's own country is travel, not a diplomatic visit
        info = lookup(code)
        mood_here = "asserted" if code == reject else mood
        # an infinitive of purpose ("began a hunger strike to protest") is intended, not announced
        ptype, pmode = _plover(code, p, "purpose" if mood_cue == "to" else mood_here, conditional)
        conf = p.confidence + (0.1 if ta else 0.0) - (0.2 if sa is None else 0.0) - (0.1 if code != p.cameo else 0)
        sid, tid = (sa.id if sa else None), (ta.id if ta else None)
        out.append((Event(
            id=Event.make_id(analysis.article.id, sent_index, code, sid, tid, cue_start),
            article_id=analysis.article.id, sentence=sent_index,
            evidence_start=sent.start_char, evidence_end=sent.end_char,
            cameo_code=code, rule_id=rule,
            source_actor_id=sid, target_actor_id=tid,
            source_code=sa.code if sa else None, target_code=ta.code if ta else place_target,
            source_text=_span_text(s[1]) if s else None, target_text=_span_text(t[1]) if t else None,
            cameo_root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
            plover_type=ptype, plover_mode=pmode,
            cue=" ".join(t.text for t in cue_toks), cue_start=cue_start, cue_end=cue_end,
            modality=mood_here, attribution=attrib, date=date, date_precision=precision,
            place_name=(place.resolved_name or place.name) if place else None,
            place_geonameid=place.geonameid if place else None,
            place_country=place.country if place else None,
            place_lat=place.lat if place else None, place_lon=place.lon if place else None,
            confidence=round(max(0.05, min(0.99, conf)), 3)), trig.token))
    return out


def code_sentence(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                  options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of one sentence, after merging duplicates and sharing dyads (see below)."""
    out: list[Event] = []
    trigger_of: dict[str, Token] = {}
    seen: set[tuple] = set()
    for trig in find_triggers(sent, options):
        for event, token in _code_trigger(doc, analysis, sent, sent_index, trig, options):
            key = (event.cameo_code, event.source_actor_id, event.target_actor_id)
            if key in seen:
                continue
            seen.add(key)
            trigger_of[event.id] = token
            out.append(event)
    out += _reported_demands(doc, analysis, sent, sent_index, options, seen)
    out = _inherit_targets(out, trigger_of, analysis)

    def actors_of(heads: list[Token]) -> list[Actor]:
        return [a for a, _ in _actors(analysis, heads)]

    if conv.enabled("intent", options.since):
        out = conv.apply_intents(out, trigger_of, analysis, actors_of)
    if conv.enabled("claims", options.since):
        out = conv.apply_claims(out, trigger_of, analysis, actors_of)
    unique: dict[str, Event] = {}
    for e in out:
        unique.setdefault(e.id, e)
    out = _drop_shadowed(list(unique.values()))
    if conv.enabled("collapse", options.since):
        out = conv.collapse(out)
    return out


def _reported_demands(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, options: CoderOptions,
                      seen: set[tuple]) -> list[Event]:
    """"Russia said that Sudan must return the helicopter": a demand by Russia on Sudan
    (data/patterns/demands.csv), whatever the demanded action is."""
    aux_map = demand_auxiliaries()
    out: list[Event] = []
    art = analysis.article
    for tok in sent_tokens(sent):
        if tok.dep_ != "aux" or tok.lower_ not in aux_map:
            continue
        clause = tok.head
        reporter = reporting_verb(clause)
        if reporter is None:
            continue
        rule, code, ptype = aux_map[tok.lower_]
        sources = _actors(analysis, roles.subjects(reporter))
        targets = _actors(analysis, [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
        if options.require_source and not sources:
            continue
        info = lookup(code)
        date, precision = event_date(analysis, sent_index, reporter.idx)
        for s in sources or [None]:
            for t in targets or [None]:
                sa, ta = (s[0] if s else None), (t[0] if t else None)
                if sa and ta and sa.id == ta.id:
                    continue
                key = (code, sa.id if sa else None, ta.id if ta else None)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Event(
                    id=Event.make_id(art.id, sent_index, code, key[1], key[2], reporter.idx),
                    article_id=art.id, sentence=sent_index, evidence_start=sent.start_char,
                    evidence_end=sent.end_char, cameo_code=code, rule_id=rule,
                    source_actor_id=key[1], target_actor_id=key[2],
                    source_code=sa.code if sa else None, target_code=ta.code if ta else None,
                    source_text=_span_text(s[1]) if s else None, target_text=_span_text(t[1]) if t else None,
                    cameo_root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                    plover_type=ptype, plover_mode=None, cue=f"{reporter.text} ... {tok.text}",
                    cue_start=reporter.idx, cue_end=reporter.idx + len(reporter.text),
                    modality="asserted", attribution=None, date=date, date_precision=precision,
                    confidence=0.55 if ta else 0.4))
    return out


def _drop_shadowed(events: list[Event]) -> list[Event]:
    """Drop a target-less event when the sentence has the same source and root with a target
    ("bombarded Aleppo, killing eight people": the killing adds nothing)."""
    with_target = {(e.source_actor_id, e.cameo_root) for e in events if e.target_actor_id or e.target_code}
    return [e for e in events if e.target_actor_id or e.target_code
            or (e.source_actor_id, e.cameo_root) not in with_target]


_GOVERNED_EDGES = ("xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep", "conj")


def _inherit_targets(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> list[Event]:
    """A target-less event whose trigger governs another coded event takes that event's dyad:
    "threatened to impose restrictions against German goods" -> THREATEN towards Germany;
    "demanded that Israel ease restrictions" -> REQUEST towards Israel."""
    out: list[Event] = []
    for e in events:
        if e.target_actor_id is None and e.target_code is None and e.source_actor_id is not None \
                and e.id in trigger_of:       # (a target taken from a place is a target too)
            tok = trigger_of[e.id]
            for other in events:
                if other is e or other.id not in trigger_of:
                    continue
                node, hops, found = trigger_of[other.id], 0, False
                while node.head.i != node.i and hops < 5 and node.dep_ in _GOVERNED_EDGES:
                    if node.head.i == tok.i:
                        # a verb coordinated with the trigger is a sibling, not a complement
                        found = node.dep_ != "conj"
                        break
                    node, hops = node.head, hops + 1
                if not found:
                    continue
                same_agent = other.source_actor_id in (None, e.source_actor_id)
                tid = other.target_actor_id if same_agent else other.source_actor_id
                target = analysis.actor(tid)
                if target is None or tid == e.source_actor_id or target.code == e.source_code:
                    continue
                e.target_actor_id, e.target_code = target.id, target.code
                e.target_text = other.target_text if same_agent else other.source_text
                new_id = Event.make_id(e.article_id, e.sentence, e.cameo_code, e.source_actor_id, tid, e.cue_start)
                trigger_of[new_id] = trigger_of.pop(e.id)
                e.id = new_id
                break
        out.append(e)
    return out


def _span_text(tok: Token) -> str:
    """The noun phrase of an actor head, without its relative clauses, appositions and
    prepositional tails ("Putin", not "Putin, who last visited North Korea ...")."""
    start, end = tok.left_edge.i, tok.right_edge.i
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "appos", "prep") and c.i > tok.i:
            end = min(end, c.left_edge.i - 1)
    end = max(end, tok.i)
    toks = doc_tokens(tok.doc)
    while end > tok.i and toks[end].is_punct:
        end -= 1
    last = toks[end]       # == doc[start:end + 1].text, without rebuilding the span's text
    return doc_text(tok.doc)[toks[start].idx:last.idx + len(last.text)]


def code_doc(doc: Doc, analysis: Analysis, options: CoderOptions = CoderOptions()) -> list[Event]:
    events: list[Event] = []
    for i, sent in enumerate(doc_sents(doc)):
        events.extend(code_sentence(doc, analysis, sent, i, options))
    return events
