"""Sentence-level coding conventions applied after the patterns (round 2; data/patterns/conventions.csv).

Patterns code what each trigger says; these rules decide what the sentence as a whole reports, the
way CAMEO/PETRARCH coders do:
  * intent   "pledged to send aid" is an intent to cooperate (03x), "wants to attack" a threat (13x):
             one event with the intent verb's modality replaces the (not yet happened) action;
  * claims   "X said that Y attacked Z" codes X accusing Y (112), or claiming responsibility (015)
             when Y is X; the embedded attack becomes a reported claim;
  * collapse one event per (source, target, root, modality) in a sentence.
Each convention is switched on by `enabled(name, since)` so earlier baselines stay measurable.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.events import confidence, roles
from newsgraph.events.arguments import phrase_bounds
from newsgraph.events.build import party_fields
from newsgraph.events.date_place import event_date
from newsgraph.events.conditions import condition_clauses, condition_mark
from newsgraph.events.modality import modality
from newsgraph.events.modality_cues import future_aux
from newsgraph.events.ontology import VIOLENT_ROOTS, lookup
from newsgraph.events.state_sides import is_state_body
from newsgraph.events.patterns import WILL_KINDS, claim_verbs, conventions, intent_code, intent_verbs, neutral_claim_verbs
from newsgraph.records import Analysis, Event
from newsgraph.nlp.cache import children
from newsgraph.datafile import word_list

_COOP_ROOTS = {"04", "05", "06", "07", "08"}
_CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
_INTENT_LIGHT_VERBS = word_list("patterns", "INTENT_LIGHT_VERBS")   # "is willing to hold talks" (intent-light-acts)
_INTENT_GOING_VERBS = word_list("patterns", "INTENT_GOING_VERBS")
_INTENT_ROLE_VERBS = word_list("patterns", "INTENT_ROLE_VERBS")   # "ready to act as a mediator" (session 46)
_ASPECT_VERBS = word_list("patterns", "ASPECT_VERBS")     # "would keep hitting" (aspect-intents)
_LITOTES_VERBS = word_list("patterns", "READINESS_LITOTES")     # "would not hesitate to" (readiness-litotes)
_WARNING_VERBS = word_list("patterns", "WARNING_VERBS")         # "warned that its forces may strike"
_WARNED_ACT_MODALS = word_list("patterns", "WARNED_ACT_MODALS")
_HEDGED_ANNOUNCING_VERBS = word_list("patterns", "HEDGED_ANNOUNCING_VERBS")   # "said it might expel ..."
_HEDGED_ACT_MODALS = word_list("patterns", "HEDGED_ACT_MODALS")


def _litotes(tok: Token) -> bool:
    """"would not hesitate to use force": the act under a negated verb of holding back (word list
    READINESS_LITOTES) is one its doer says it is ready to do, not one it will not do (session 34 thr37)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and head.lemma_.lower() in _LITOTES_VERBS \
        and any(c.dep_ == "neg" for c in children(head))


def enabled(name: str, since: frozenset[str] | None) -> bool:
    """Is convention `name` on for a run restricted to pattern rounds `since` (None = all)?"""
    tag = conventions().get(name)
    if tag is None:
        raise KeyError(f"unknown convention {name!r} (data/patterns/conventions.csv)")
    return since is None or tag in since


def recode(e: Event, code: str, rule: str, **changes) -> Event:
    """A copy of `e` with another CAMEO code (and its root, QuadClass, Goldstein, PLOVER type) and a new id."""
    info = lookup(code)
    ptype = info.plover_type.split("|")[0] if info.plover_type else None
    changes.setdefault("confidence", e.confidence)
    changes["confidence"] = confidence.rescore(changes["confidence"], e.cameo_code, code)
    out = replace(e, cameo_code=code, cameo_root=info.root, quad_class=info.quad_class,
                  goldstein=info.goldstein, plover_type=ptype, plover_mode=info.plover_mode,
                  rule_id=rule, **changes)
    out.id = Event.make_id(out.article_id, out.sentence, code, out.source_actor_id, out.target_actor_id,
                           out.cue_start)
    return out


# ---------------------------------------------------------------- intent

def _first_conjunct(tok: Token) -> Token:
    """"wants to attack and (to) occupy": the second verb shares the first one's governor."""
    while tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)) \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok


def intent_governor(tok: Token, nouns: bool = False, light_acts: bool = False,
                    aspect: bool = False, litotes: bool = False,
                    hedged: bool = False) -> tuple[Token, str, str] | None:
    """(governing intent verb, rule id, kind) when the trigger is what an actor pledges, wants or
    announces it will do, e.g. "pledged to send", "is willing to help", "announced it would free". With `nouns`
    (convention intent-nouns), an intent named by a noun that its light verb's subject voiced ("expressed
    readiness to negotiate", "signalled a willingness to cooperate") governs through that light verb. With
    `light_acts` (convention intent-light-acts, session 26), an act named by a noun that is the object of a
    light verb of word list INTENT_LIGHT_VERBS ("is willing to hold talks", "ready to resume talks") is
    governed through that verb. With `aspect` (convention aspect-intents, session 28), an act under a verb of word
    list ASPECT_VERBS ("said it would keep shelling the town", "vowed to continue to strike") is governed through
    that verb. With `litotes` (convention readiness-litotes, session 34 thr37), an act under a negated verb of
    holding back ("said it would not hesitate to use force") is governed through that verb. With `hedged`
    (convention hedged-threats, session 46 say50), a verb of saying (word list HEDGED_ANNOUNCING_VERBS) whose clause
    has "may" or "might" (HEDGED_ACT_MODALS) announces the act as a warning does ("said it might expel the
    diplomats")."""
    verbs = intent_verbs()
    if litotes and _litotes(tok):
        tok = tok.head
    if aspect and tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.pos_ == "VERB" \
            and tok.head.lemma_.lower() in _ASPECT_VERBS:
        tok = tok.head
    if light_acts and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i \
            and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _INTENT_LIGHT_VERBS:
        tok = tok.head
    elif light_acts and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _INTENT_GOING_VERBS:
        tok = tok.head.head     # "threatened to go on strike" (session 41 left45)
    elif light_acts and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _INTENT_ROLE_VERBS:
        tok = tok.head.head     # "is ready to act as a mediator" (session 46 coop50)
    node = _first_conjunct(tok)
    head = node.head
    if head.i == node.i:
        return None
    found = verbs.get(head.lemma_.lower())
    if found is None:
        return None
    rule, kind = found
    if head.pos_ == "NOUN":
        to_clause = node.dep_ == "acl" and roles.to_infinitive(node)
        if nouns and to_clause and kind in WILL_KINDS and head.dep_ in ("dobj", "obj") \
                and head.head.i != head.i and head.head.pos_ == "VERB":
            if kind == "plan" and (not roles.subjects_plan(head) or roles.possessors(head)):
                return None     # "disrupted a UN plan to return the refugees": the plan is not the subject's
            return head.head, rule, kind
        return None
    infinitive = node.dep_ == "xcomp" or (node.dep_ == "advcl" and roles.to_infinitive(node))   # "offered on Friday to host"
    if infinitive and kind != "announce":
        # object control ("wants Putin to attack") makes the object the actor: not the subject's intent
        if any(c.dep_ in ("dobj", "obj") for c in children(head)):
            return None
        return head, rule, kind
    if node.dep_ == "ccomp" and kind in ("announce", "commit"):
        if any(c.dep_ == "aux" and future_aux(c) for c in children(node)) or \
                any(c.dep_ == "aux" and c.lower_ == "going" for c in children(node)):
            return head, rule, kind
        if head.lemma_.lower() in _WARNING_VERBS and any(c.dep_ == "aux" and c.lower_ in _WARNED_ACT_MODALS
                                                        for c in children(node)):
            return head, rule, kind     # "warned that its forces may strike the port" (session 38 lead)
        if hedged and head.lemma_.lower() in _HEDGED_ANNOUNCING_VERBS \
                and not any(c.dep_ == "neg" for c in children(node)) \
                and any(c.dep_ == "aux" and c.lower_ in _HEDGED_ACT_MODALS for c in children(node)):
            return head, rule, kind     # "said it might expel the diplomats" (session 46 say50)
    return None


_SPOKESMAN_SECTORS = frozenset({"GOV", "MIL"})     # who speaks for a state itself (spokesman-intents)


def _speaks_for(speakers: list, body) -> bool:
    """Convention spokesman-intents (session 34 tone36): a person who announces what a body will do speaks for it
    when the person is of the body's country and either the body is the state or its government and the person is
    of its government or military ("the defence minister said Russia would respond with force"), or the body is an
    organisation or group of the person's own sector ("the union leader said the union would strike"). Other
    sides of one country stay apart ("the opposition leader said the government would ..." announces nothing)."""
    if body is None or body.kind == "PERSON":
        return False
    state = body.kind == "COUNTRY" or body.sector in _SPOKESMAN_SECTORS
    for sp in speakers:
        if sp is None or sp.id == body.id or sp.kind != "PERSON" or sp.country != body.country:
            continue
        if state and body.country and sp.sector in _SPOKESMAN_SECTORS:
            return True     # a government or military person for the state or its government
        if not state and body.sector and body.sector == sp.sector:
            return True     # "the union leader said the union would strike"
    return False


_OWNER_PRONOUNS = frozenset({"their", "its"})


def _pronoun_owned(gov: Token, act: Token) -> bool:
    """The announcing verb's subject and the announced act's subject are one side's body and its people, bound by a
    possessive pronoun on one of them: "their union" said what the nurses will do, or the federation said what "its
    members" will do (convention possessive-spokesmen)."""
    speakers, doers = roles.subjects(gov), roles.subjects(_first_conjunct(act)) or roles.subjects(act)
    if not speakers or not doers:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for t in (*speakers, *doers) for c in children(t))


def _conditional(tok: Token) -> bool:
    """"will withdraw unless ...": an announced act with a condition is a threat or ultimatum, which the
    pattern coder's PLOVER mapping already marks; it is not an unconditional intent."""
    return condition_mark(_first_conjunct(tok)) is not None or condition_mark(tok) is not None


def _coercive(tok: Token) -> bool:
    """The act's condition asks something of someone: an "unless" clause or a negated "if" clause ("unless Minsk
    frees them", "if the board does not withdraw the rota"); "if the UN approved the mission" only sets a
    precondition (convention conditional-vows, session 43 crit47)."""
    return any(g.dep_ == "neg" or g.dep_ == "mark" and g.lower_ == "unless"
               for act in (tok, _first_conjunct(tok)) for c in condition_clauses(act) for g in children(c))


def _condition_target(tok: Token, source_id: str | None, parties_of, text: str) -> dict:
    """The target fields for a threatened act with no target of its own: the first resolved subject of the act's
    if/unless clause that is not the threatener ("would respond if Israel struck back": Israel); {} if none."""
    for act in (tok, _first_conjunct(tok)):
        for clause in condition_clauses(act):
            for party in parties_of(roles.subjects(clause)):
                if party.actor is not None and party.actor.id != source_id:
                    tid, tcode, ttext, tstart = party_fields(party, text)
                    return dict(target_actor_id=tid, target_code=tcode, target_text=ttext, target_start=tstart)
    return {}


def _warned_target(gov: Token, source_id: str | None, parties_of, text: str) -> dict:
    """The target fields for a threatened act with no target of its own announced to a side the announcing verb
    names as its object ("West African leaders warned Niger's junta that they could use force", "Niger's junta was
    warned by the bloc that it could use force"): the one warned; {} if none (convention warned-targets, round41)."""
    heads = roles.direct_objects(gov) + [c for c in children(gov) if c.dep_ == "nsubjpass"]
    for party in parties_of(heads):
        if party.actor is not None and party.actor.id != source_id:
            tid, tcode, ttext, tstart = party_fields(party, text)
            return dict(target_actor_id=tid, target_code=tcode, target_text=ttext, target_start=tstart)
    return {}


def apply_intents(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis,
                  parties_of, conditional_threats: bool = False, intent_nouns: bool = False,
                  light_acts: bool = False, vowed_force: bool = False, aspect: bool = False,
                  planned: bool = False, condition_targets: bool = False,
                  intent_dates: bool = False, spokesmen: bool = False, litotes: bool = False,
                  own_speakers: bool = False, warned_targets: bool = False,
                  conditional_vows: bool = False, hedged: bool = False) -> list[Event]:
    """Replace intended actions by intent (03x) or threat (13x) events; see intents.csv. With
    `conditional_threats` (convention of that name), a conflictual act announced under a condition ("said
    it would raise tariffs if no deal is reached") is a threat too: the condition is what makes it one. With
    `vowed_force` (convention vowed-force, round27), force vowed or pledged ("vowed to attack the police
    stations", "swore to kill the witnesses") is a threat of it (13x by intent_codes.csv, as PETRARCH2's VOW
    ATTACK 138), not a planned attack; other conflictual acts pledged stay planned ("pledged to expel"). With
    `planned` (convention planned-intents, round31), a verb or noun of planning (intents.csv kind `plan`: "plans
    to send aid", "is preparing to reopen the border", "unveiled a plan to fund the clinics") makes a cooperative
    act of its own subject an intent (03x: the codebook codes cooperative actions reported as still to come as
    intents); a conflictual act planned stays a planned act, not a threat. With `condition_targets` (convention
    condition-targets, round32), a threat whose act names no target threatens the subject of its if/unless clause
    ("warned it would retaliate if the rebels crossed the river": the rebels). With `intent_dates` (convention
    intent-dates, round33), the intent is dated by the intent verb's own time, not the intended act's ("pledged on
    Wednesday to send aid within the next year" is dated Wednesday; with no time of its own, the publication day).
    With `spokesmen` (convention spokesman-intents, round35), a conflictual act announced by a person who speaks for
    its doer is the doer's threat too ("the defence minister said Russia would respond with force if ...", "the
    union's leader said the union would strike unless ...": _speaks_for); a cooperative one stays as it was (a
    minister's "Scotland will add two islands to the list" read as an intent was a false one on the dev half). With
    `litotes` (convention readiness-litotes, session 34 thr37), an act under a negated verb of holding back is no
    negated act but one announced ("said it would not hesitate to use force": a threat, 138). With `own_speakers`
    (convention possessive-spokesmen, session 37 left41), the speaker and the doer bound by a possessive pronoun
    speak for each other too ("nurses will walk out unless ..., their union said", "the federation said its members
    would block the roads if ...": _pronoun_owned). With `warned_targets` (convention warned-targets, session 39
    tgt43), a threat with no target announced to a side named as the announcing verb's object threatens that side
    (_warned_target). With `conditional_vows` (convention conditional-vows, session 43 crit47), a conflictual act vowed or pledged under an
    if/unless condition is a threat, as one announced so is ("vowed to impose sanctions unless Minsk freed the
    prisoners": 1312); vowed with no condition it stays a planned act. With `hedged` (convention hedged-threats,
    session 46 say50), a conflictual act the speaker's own side says it may or might do is announced as a warning's
    is ("said it might expel the diplomats": a threat, 13x); a cooperative one so hedged stays a plain statement."""
    by_token: dict[int, list[Event]] = {}
    for e in events:
        if e.id in trigger_of:
            by_token.setdefault(trigger_of[e.id].i, []).append(e)
    drop: set[str] = set()
    replaced: set[int] = set()
    added: list[tuple[Event, Token]] = []
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.id in drop or e.cameo_root not in _COOP_ROOTS | _CONFLICT_ROOTS \
                or (e.modality == "negated" and not (litotes and _litotes(tok))):
            continue        # "would not provide": a refusal (refusals.csv), not an intent
        found = intent_governor(tok, intent_nouns, light_acts, aspect, litotes,
                                hedged=hedged and e.cameo_root in _CONFLICT_ROOTS)
        if found is None or (_conditional(tok) and not (conditional_threats and e.cameo_root in _CONFLICT_ROOTS)):
            continue
        gov, rule, kind = found
        if kind == "plan" and not (planned and e.cameo_root in _COOP_ROOTS):
            continue        # "plans to arrest": a planned act, no threat; planned-intents off: no intent
        gov_events = by_token.get(gov.i, [])
        borrowed: dict = {}
        if kind != "threaten":
            # the intent must be the actor's own: the governor's subject is the action's source
            owner_parties = parties_of(roles.subjects(gov))
            owners = {p.key for p in owner_parties}
            if e.source_actor_id is None and own_speakers and spokesmen and kind == "announce" \
                    and e.cameo_root in _CONFLICT_ROOTS and _pronoun_owned(gov, tok):
                # "the federation said its members would block the roads": the members are the federation's
                speaker = next((p for p in owner_parties if p.actor is not None), None)
                if speaker is not None:
                    sid, scode, stext, sstart = party_fields(speaker, analysis.article.text)
                    borrowed = dict(source_actor_id=sid, source_code=scode, source_text=stext, source_start=sstart)
            if not borrowed and (e.source_actor_id is None or e.source_actor_id not in owners and not (
                    spokesmen and kind == "announce" and e.cameo_root in _CONFLICT_ROOTS
                    and (_speaks_for([p.actor for p in owner_parties], analysis.actor(e.source_actor_id))
                         or own_speakers and _pronoun_owned(gov, tok)))):
                continue
        coop = e.cameo_root in _COOP_ROOTS
        if kind == "threaten":
            if coop:
                continue
            code = intent_code("threat", e.cameo_code)
            for g in gov_events:
                if g.cameo_root == "13" and code and g.id not in drop:
                    drop.add(g.id)
                    # "threatened to kill his neighbour": a threat verb with no one it names as threatened
                    # threatens the one the act would strike (session 30 force31)
                    aim = {} if g.target_actor_id is not None or e.target_actor_id is None \
                        or e.target_actor_id == g.source_actor_id else dict(
                            target_actor_id=e.target_actor_id, target_code=e.target_code,
                            target_text=e.target_text, target_start=e.target_start)
                    if condition_targets and g.target_actor_id is None and not aim:
                        aim = _condition_target(tok, g.source_actor_id, parties_of, analysis.article.text)
                    added.append((recode(g, code, f"{g.rule_id}+{rule}", **aim), trigger_of[g.id]))
            continue
        if kind == "commit" and not coop and not (vowed_force and e.cameo_root in VIOLENT_ROOTS
                                                  and e.modality != "asserted") \
                and not (conditional_vows and conditional_threats and _coercive(tok)):
            # (a vow kept is the act done, asserted: "kept their promise to kill him" is the killing; session 26)
            # "pledged to expel": the pledge is not an intent to cooperate; the planned act stays
            drop.update(g.id for g in gov_events if g.cameo_root == "03")
            continue
        code = intent_code("intent" if coop else "threat", e.cameo_code)
        if code is None:
            continue
        mood, _ = modality(gov)
        # the intent is the pledge: its cue is the intent verb ("pledged"), the action stays in the evidence
        aim = _condition_target(tok, e.source_actor_id, parties_of, analysis.article.text) \
            if condition_targets and not coop and e.target_actor_id is None else {}
        if warned_targets and not coop and e.target_actor_id is None and not aim:
            aim = _warned_target(gov, borrowed.get("source_actor_id", e.source_actor_id), parties_of,
                                 analysis.article.text)
        aim.update(borrowed)
        if intent_dates:
            aim["date"], aim["date_precision"] = event_date(analysis, e.sentence, gov.idx, mood, gov)
        new = recode(e, code, f"{e.rule_id}+{rule}", modality=mood, cue=gov.text,
                     cue_start=gov.idx, cue_end=gov.idx + len(gov.text),
                     confidence=round(min(0.95, e.confidence + 0.05), 3), **aim)
        drop.add(e.id)
        drop.update(g.id for g in gov_events if g.cameo_root == "03")
        added.append((new, gov))
        replaced.add(tok.i)
    # the converse of a replaced action ("offers to host X": X's visit) has not happened either
    drop.update(e.id for e in events if e.id in trigger_of and trigger_of[e.id].i in replaced)
    out = [e for e in events if e.id not in drop]
    for new, tok in added:
        trigger_of[new.id] = tok
        out.append(new)
    return out


# ---------------------------------------------------------------- claims

def _leading_reporter(tok: Token) -> Token | None:
    """The reporting verb whose complement clause holds the trigger, when it comes before that
    clause ("The US said that Iraq attacked", not "Iraq attacked ..., the US said")."""
    verbs = claim_verbs()
    node, hops = tok, 0
    while node.head.i != node.i and hops < 8:
        head = node.head
        if node.dep_ in ("relcl", "acl", "parataxis", "appos"):
            return None
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(node)):
            return None     # "X said that A, and B struck C": B is the narrator's, not necessarily X's
        if node.dep_ == "ccomp" and head.lemma_.lower() in verbs and head.pos_ in ("VERB", "AUX"):
            return head if head.i < node.left_edge.i else None
        node, hops = head, hops + 1
    return None


def _state_reports_own_act(claimer, e: Event, analysis: Analysis) -> bool:
    """"The minister said police had arrested three suspects": a state body reporting a coercive act (17x: arrest,
    detention, deportation) of its own country's state agents states it, it does not accuse them (no 112)."""
    if not e.cameo_code.startswith("17") or e.source_actor_id is None:
        return False
    doer = analysis.actor(e.source_actor_id)
    if doer is None or doer.country != claimer.country:      # (both unknown: one story's own state)
        return False
    return is_state_body(claimer) and is_state_body(doer)


def _state_announces_coercion(claimer, e: Event, since: frozenset[str] | None) -> bool:
    """"Police said they had arrested four men", "the ministry said it deported 40 migrants": a state body telling
    of its own arrest, detention or deportation (17x) announces it; CAMEO 015 is claiming responsibility for an
    attack, so the plain statement stays (convention state-announcements, round 12)."""
    return e.cameo_code.startswith("17") and enabled("state-announcements", since) and is_state_body(claimer)


def apply_claims(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis,
                 parties_of, since: frozenset[str] | None = None, statements: bool = True) -> list[Event]:
    """"X alleged that Y <conflictual act>": X accuses Y (112); "X said that it <act>": X claims responsibility (015).
    A neutral verb of saying about another's act accuses no one when statements are coded (convention
    neutral-claims): the act is reported, and the saying is the speaker's statement. A run without statements
    (PETRARCH's own practice, events/petrarch2-gsr) keeps the accusation, the only event that records who said it."""
    out: list[Event] = []
    added: list[tuple[Event, Token]] = []
    for e in events:
        tok = trigger_of.get(e.id)
        rep = _leading_reporter(tok) if tok is not None and e.modality in ("asserted", "reported") else None
        if rep is None or e.cameo_root not in claim_verbs()[rep.lemma_.lower()]:
            out.append(e)
            continue
        if enabled("negated-claims", since) and modality(rep)[0] == "negated":
            out.append(replace(e, modality="reported"))
            continue        # "did not say that he had hit her", "none of them claimed": no one claims it (round 18)
        claimers = [p for p in parties_of(roles.subjects(rep)) if p.actor is not None]
        neutral = statements and rep.lemma_.lower() in neutral_claim_verbs() and enabled("neutral-claims", since)
        if not claimers:
            out.append(e)
            continue
        for party in claimers:
            c = party.actor
            if e.source_actor_id == c.id:
                if e.target_actor_id is None and e.target_code is None and e.cameo_root not in VIOLENT_ROOTS:
                    continue        # (an attack claimed with no target named is still claimed: "said it had
                                    # carried out the bombings", session 35 lead)
                if _state_announces_coercion(c, e, since):
                    continue        # "police said they arrested two men": an announcement (the statement), no 015
                code, tid, tcode, ttext, tstart = "015", e.target_actor_id, e.target_code, e.target_text, e.target_start
            elif _state_reports_own_act(c, e, analysis):
                continue
            elif neutral:
                continue        # "Rebels said drones struck the town": 010 rebels + the strike reported (C2)
            elif e.source_actor_id is not None and e.source_text is not None:
                # (a source the text only implies -- "he said he was arrested": the police -- is no one
                # the speaker accuses)
                code, tid, tcode, ttext, tstart = "112", e.source_actor_id, e.source_code, e.source_text, e.source_start
            else:
                continue
            start, end = phrase_bounds(party.head)
            added.append((recode(e, code, f"{e.rule_id}+claim", source_actor_id=c.id, source_code=c.code,
                                 source_text=analysis.article.text[start:end], source_start=start,
                                 target_actor_id=tid, target_code=tcode, target_text=ttext, target_start=tstart,
                                 modality="asserted", cue=rep.text, cue_start=rep.idx,
                                 cue_end=rep.idx + len(rep.text), confidence=round(e.confidence * 0.9, 3)), rep))
        out.append(replace(e, modality="reported"))
    for a, rep in added:
        trigger_of[a.id] = rep
    return out + [a for a, _ in added]


# ---------------------------------------------------------------- collapse

def _same_actor(a: str | None, b: str | None) -> bool:
    """Two codes for one party: equal, or one refines the other ("SOMREB" and "SOMREBSHB")."""
    if a is None or b is None:
        return a == b
    return a == b or (len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)))


def _specificity(code: str) -> int:
    """4-digit codes are most specific; a 3-digit code ending in 0 is "not specified below"."""
    return len(code) - (1 if len(code) == 3 and code.endswith("0") else 0)


def _coordinated(a: Token | None, b: Token | None) -> bool:
    """Two verbs joined by "and": two acts ("were caught by police and deported"), not two readings of one."""
    return a is not None and b is not None and a.i != b.i and a.pos_ in ("VERB", "AUX") and b.pos_ in ("VERB", "AUX") \
        and ((a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i))


_DISTINCT_ROOTS = word_list("patterns", "DISTINCT_ACT_ROOTS")


def _participial_act(k: Event, e: Event, trig: dict[str, Token]) -> bool:
    """(convention participial-acts, round36) "raided a village, arresting 15 people": a participle set off by a
    comma after the verb it hangs on tells a second act when the two codes differ and their root is one whose codes
    name different deeds (DISTINCT_ACT_ROOTS: a raid, 171, and an arrest, 173); ", killing 20" after a bombing is
    the bombing's toll (merges.merge_consequences), and violence is no such root."""
    a, b = trig.get(k.id), trig.get(e.id)
    if a is None or b is None or k.cameo_code[:3] == e.cameo_code[:3] or k.cameo_root not in _DISTINCT_ROOTS:
        return False
    for part, main in ((a, b), (b, a)):
        first = part
        while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
            first = first.head    # "raided a camp, killing two men and arresting nine others"
        if part.tag_ == "VBG" and first.tag_ == "VBG" and first.dep_ == "advcl" and first.head.i == main.i \
                and first.i > main.i and main.pos_ in ("VERB", "AUX") and first.doc[first.i - 1].text == ",":
            return True
    return False


def _where_act(k: Event, e: Event, trig: dict[str, Token]) -> bool:
    """(convention where-acts, round42) "visited Moscow, where he met Putin", "flew to Baghdad, where he held talks
    with ...": an act in a where-clause on the place of another act (or on that act) is a second act when the codes
    differ and their root is one whose codes name different deeds (DISTINCT_ACT_ROOTS), as a participle is."""
    a, b = trig.get(k.id), trig.get(e.id)
    if a is None or b is None or k.cameo_code[:3] == e.cameo_code[:3] or k.cameo_root not in _DISTINCT_ROOTS:
        return False
    for part, main in ((a, b), (b, a)):
        clause = part
        for _ in range(3):          # a noun's clause: "held talks" for "talks"
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                             for c in children(clause)):
            continue
        above = clause.head
        for _ in range(3):          # the act itself, or the place it names ("Moscow", "to Baghdad")
            if above.i == main.i:
                return True
            if above.head.i == above.i:
                break
            above = above.head
    return False


_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "case", "quantmod", "advmod", "nmod", "punct"})


def _head_at(doc, start: int | None) -> Token | None:
    """The head noun of the phrase that starts at this character ("The mayor" -> mayor)."""
    if start is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    for _ in range(6):
        if tok.dep_ not in _MODIFIERS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _coordinated_sides(k: Event, e: Event, trig: dict[str, Token]) -> bool:
    """The two events are one trigger's act by or on two different parties joined by "and" ("Volker and
    Morrison testified", "freed an American and an Australian"): two events even when the parties share a
    code, as a human coder lists one event per party."""
    a, b = trig.get(k.id), trig.get(e.id)
    if a is None or b is None or a.i != b.i:
        return False
    for ka, ea, ks, es in ((k.source_actor_id, e.source_actor_id, k.source_start, e.source_start),
                           (k.target_actor_id, e.target_actor_id, k.target_start, e.target_start)):
        if ka is None or ea is None or ka == ea:
            continue
        x, y = _head_at(a.doc, ks), _head_at(a.doc, es)
        if x is None or y is None or x.i == y.i:
            continue
        if roles.in_apposition(x) or roles.in_apposition(y):
            continue        # "said David Marcus, a consultant and former adviser": one speaker described twice
        if {t.i for t in roles.conjuncts(x)} & {t.i for t in roles.conjuncts(y)}:
            return True
    return False


def _nested_statements(events: list[Event], trig: dict[str, Token]) -> set[str]:
    """Ids of statements (root 01) whose cue lies inside the direct quote another actor's statement attributes:
    "'The storm let the premier argue that the dikes held,' the novelist said" -- "argue" inside the novelist's quote,
    by another resolved actor (convention outer-statements, round29). A reported clause outside quotation marks is
    left ("the radio says the clerk was held after guards said ...": an outlet's attribution is no statement)."""
    said = [e for e in events if e.cameo_root == "01" and e.source_actor_id is not None and e.id in trig]
    out: set[str] = set()
    for e in said:
        t = trig[e.id]
        for o in said:
            h = trig[o.id]
            if o.source_actor_id != e.source_actor_id and h.i != t.i \
                    and h.sent.start == t.sent.start and h.is_ancestor(t) and _quoted(t) and not _quoted(h):
                out.add(e.id)
                break
    return out


def _apart_speakers(a: Event, b: Event, trig: dict[str, Token]) -> bool:
    """Two statements (root 01) by two different resolved actors whose cues are coordinated verbs or two words
    neither of which governs the other: "the premier hinted that ..., but her finance minister has said ...": two
    speakers of one country in two clauses, both kept (convention outer-statements, round29). A statement told
    inside another's clause is left to the collapse ("the radio says the clerk was held after guards said ..."), and
    so is a verb that speaks only as a quote's cue ("..., the ferry firm recalled"): too weak a second speaker."""
    if a.cameo_root != "01" or b.cameo_root != "01" or a.source_actor_id is None or b.source_actor_id is None \
            or a.source_actor_id == b.source_actor_id or a.id not in trig or b.id not in trig:
        return False
    if any(_quote_only(e.rule_id) for e in (a, b)):
        return False
    ta, tb = trig[a.id], trig[b.id]
    return _coordinated(ta, tb) or (ta.i != tb.i and not ta.is_ancestor(tb) and not tb.is_ancestor(ta))


def _quote_only(rule: str) -> bool:
    """Is `rule` (an event's rule id) a statements row that speaks only as a direct quote's cue ("she recalled")?"""
    from newsgraph.events.statement_data import quote_only_rows
    return rule.split("+")[0] in quote_only_rows()


def _quoted(tok: Token) -> bool:
    """Is `tok` inside quotation marks of its sentence (an odd number of quote marks before it)?"""
    return sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.is_quote and t.text not in ("'", "’", "‘")) % 2 == 1


def collapse(events: list[Event], trigger_of: dict[str, Token] | None = None,
             coordinated_sides: bool = False, outer_statements: bool = False,
             participial_acts: bool = False, where_acts: bool = False) -> list[Event]:
    """One event per (source, target, CAMEO root, modality) in a sentence: the most specific code (a
    visit, 042, over a generic meeting, 040), then the most confident, then the more specific actors.
    Events of two coordinated verbs (`trigger_of`: event id -> trigger) are two acts and both stay; with
    `coordinated_sides` (round 7), so are one trigger's events on two coordinated parties. With `outer_statements`
    (round29), of two statements whose actors collapse (one country: RUS and RUSGOV) the one whose cue governs the
    other's is kept: "'The storm let the premier argue that the dikes held,' the novelist said" is the novelist's
    statement, not the premier's told inside it; and two such statements whose cues are apart (neither governs the
    other: two clauses, "X has hinted ..., but Y has said ...") both stay."""
    trig = trigger_of or {}
    nested = _nested_statements(events, trig) if outer_statements else set()
    ranked = sorted(events, key=lambda e: (e.id in nested, -_specificity(e.cameo_code), -e.confidence,
                                           -len(e.source_code or "") - len(e.target_code or ""),
                                           e.cue_start or 0))
    kept: list[Event] = []
    for e in ranked:
        if e.source_code is None and e.source_actor_id is None:
            kept.append(e)      # no dyad to collapse on (only in runs without the source requirement)
            continue
        if any(k.cameo_root == e.cameo_root and k.modality == e.modality
               and _same_actor(k.source_code, e.source_code) and _same_actor(k.target_code, e.target_code)
               and not (k.cameo_code != e.cameo_code and _coordinated(trig.get(k.id), trig.get(e.id)))
               and not (participial_acts and _participial_act(k, e, trig))
               and not (where_acts and _where_act(k, e, trig))
               and not (coordinated_sides and _coordinated_sides(k, e, trig))
               and not (outer_statements and _apart_speakers(k, e, trig))
               for k in kept):
            continue
        kept.append(e)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])
