"""Events that answer an earlier sentence: a denial of "these accusations" is addressed to whoever made them,
a condemnation of "the attack" to whoever carried it out, a welcome of "the decision" to whoever took it.

"The ministries accused the US of arming the gangs. The Pentagon rejected these accusations": the
sentence of the denial names no accuser; the accusation coded just before does. A target-less event whose
direct object is a definite noun of one of the rows of data/patterns/answers.csv ("these accusations" after a
denial, "the attack" after a condemnation, "the decision", "the offer", "the call", "the remarks" after a
welcome, criticism or rejection) takes as target the source of the events of the row's answered roots in
the nearest earlier sentence within LOOKBACK sentences (or earlier in its own sentence), one event per
source. The speaker never answers itself, and an object with a doer of its own ("the allegations of the
relatives", "Chile's decision") is left to the sentence coder, which finds that doer.

Round 32 (session 31, targ32): a said feeling's by/with/at object answers too ("said he was moved by the
announcement"); whoever the text says made the act noun ("the move announced by X", "X decided ...") comes before
the nearest coded act (answer-makers); a denial of allegations no accusation voiced answers the nearest statement,
demand or protest (allegation-speakers).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from functools import lru_cache
from typing import NamedTuple

from newsgraph.datafile import package_data, read_rows, word_list
from newsgraph.events.conventions import enabled
from newsgraph.events.patterns import noun_sets, noun_values, split_values
from newsgraph.events import act_makers
from newsgraph.events import roles
from newsgraph.events.state_sides import one_state_codes
from newsgraph.events import arguments as args
from newsgraph.events.build import aimed_at, party_fields
from newsgraph.records import Analysis, Event
from newsgraph.nlp.cache import children, doc_text, tokens_by_start

LOOKBACK = 2                        # sentences back to look for the act being answered
_COURT_DECISIONS = frozenset(word_list("patterns", "COURT_DECISION_NOUNS"))
_COURT_SECTOR = "JUD"         # a court's code: the sector alone, after a country or after an IGO ("IGOUNOJUD")
ACCUSED_LOOKBACK = 8                # ... for an accusation aimed at the denier itself (accused-answers)
MAKER_LOOKBACK = 5                  # ... for the verb that made what "the ruling" names (far-makers, session 37)
ANY_ACT = "*"                       # answered_roots value: any root but 01
HYPOTHETICAL = "hypothetical"     # the modality of an act a demand, condition or question only names
AWAITS_ANSWER = "+awaits-answer"    # rule suffix of an event the coder keeps only if an earlier act answers it
REACTION = "+reaction"               # ... unless it is a public reaction, kept with no target when unanswered
DEFINITE = word_list("patterns", "DEFINITE")
ALLEGATION_ROOTS = word_list("patterns", "ALLEGATION_ROOTS")     # who voices an allegation (allegation-speakers)
DENIAL_CODE = "016"
REACTION_PREPS = word_list("patterns", "REACTION_PREPS")       # "moved by / pleased with / angry at the decision"
CONCERN_PREPS = word_list("patterns", "CONCERN_PREPS")         # "concern about / over the arrests" (round35)
_ALL_ROOTS = frozenset(f"{i:02d}" for i in range(2, 21))
REPRISAL_VERBS = word_list("patterns", "REPRISAL_VERBS")        # "threatened to retaliate" (round37)
REPRISAL_ROOTS = word_list("patterns", "REPRISAL_ROOTS")        # ... the acts it pays back
REPRISAL_EVENT_ROOTS = word_list("patterns", "REPRISAL_EVENT_ROOTS")
PROTESTED_ROOTS = word_list("patterns", "PROTESTED_ROOTS")      # acts a formal protest answers (round37)
PROTEST_CODES = tuple(word_list("patterns", "PROTEST_CODES"))
_BACK_VERBS = {"hit", "strike", "fight"}                         # only with "back": "vowed to hit back"


class AnswerRule(NamedTuple):
    id: str
    since: str
    reactions: tuple[str, ...]      # CAMEO code prefixes of the answering event
    nouns: frozenset[str]           # object lemmas that point back to an earlier act
    roots: frozenset[str]           # CAMEO roots of the acts answered


@lru_cache(maxsize=1)
def answer_rules() -> tuple[AnswerRule, ...]:
    """The rows of data/patterns/answers.csv."""
    out = []
    path = package_data("patterns", "answers.csv")
    for lineno, r in read_rows(path, ("since", "reaction", "object_nouns", "answered_roots")):
        roots = _ALL_ROOTS if r["answered_roots"] == ANY_ACT else frozenset(split_values(r["answered_roots"]))
        out.append(AnswerRule(r["id"], r["since"], tuple(split_values(r["reaction"])),
                              noun_values(r["object_nouns"], path, lineno), roots))
    return tuple(out)


def _rules(since: frozenset[str] | None) -> list[AnswerRule]:
    return [r for r in answer_rules() if since is None or r.since in since]


def _reaction_objects(trigger: Token) -> list[Token]:
    """What the feeling a statement reports is a reaction to: "said he was moved by the announcement", "said
    she was pleased with the decision" (convention reaction-clauses, round32): the object of a by/with/at/...
    phrase of the said clause's verb or of its adjective."""
    heads = [c for c in children(trigger) if c.dep_ == "ccomp"]
    heads += [a for h in heads for a in children(h) if a.dep_ == "acomp"]
    return [o for h in heads for p in children(h) if p.dep_ in ("agent", "prep") and p.lower_ in REACTION_PREPS
            for o in children(p) if o.dep_ == "pobj"]


def _concern_objects(trigger: Token) -> list[Token]:
    """What a voiced feeling is about (convention concern-objects, round35): "expressed concern about the
    crackdown", "voiced alarm over the arrests" -- the object of an about/over phrase (CONCERN_PREPS) of the
    feeling noun the trigger takes as its object (noun set CONCERN), or of the trigger itself when it has one."""
    feelings = [o for o in children(trigger) if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in noun_sets()["CONCERN"]]
    if not feelings:
        return []
    return [o for h in [trigger, *feelings] for p in children(h) if p.dep_ == "prep" and p.lower_ in CONCERN_PREPS
            for o in children(p) if o.dep_ == "pobj"]


def _definite_objects(trigger: Token, nouns: frozenset[str] | set[str], clauses: bool = False,
                      reactions: bool = False, concerns: bool = False) -> list[Token]:
    """The trigger's objects that are definite nouns of the set: "rejected these accusations", "condemned the
    attack"; with `clauses` (convention judged-acts, round20) also the subject of what a statement says of it:
    "Parents said the plan would ruin the town" judges the plan as "condemned the plan" does; with `reactions`
    (round32) what a said feeling is a reaction to ("said he was moved by the announcement")."""
    subjects = [g for c in children(trigger) if c.dep_ == "ccomp" for g in children(c) if g.dep_ == "nsubj"] \
        if clauses else []
    felt = _reaction_objects(trigger) if reactions else []
    felt += _concern_objects(trigger) if concerns else []
    out = []
    described = roles.appositive_noun(trigger)
    if described is not None and described.lemma_.lower() in nouns:
        out.append(described)   # "expelled two envoys, a move Tallinn condemned" (session 36 lead)
    for o in list(children(trigger)) + subjects + felt:
        if o not in felt and (o.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj")
                              or (o.dep_ == "nsubj" and o not in subjects)):
            continue
        if o.lemma_.lower() in nouns and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | {"its", "their"}
                                             for c in children(o)):
            out.append(o)
        elif o.lemma_.lower() in nouns and o.dep_ in ("dobj", "obj") and o.head.i == trigger.i \
                and any(c.dep_ == "ccomp" and c.i < o.i and roles.comment_on_clause(c, trigger)
                        for c in children(trigger)):
            out.append(o)       # "X accused Y of ..., a charge Y denies": the charge just made (round35)
    return out


def _definite_object(trigger: Token, nouns: frozenset[str] | set[str], clauses: bool = False,
                     reactions: bool = False, concerns: bool = False) -> bool:
    return bool(_definite_objects(trigger, nouns, clauses, reactions, concerns))


def _answered_roots(trigger: Token, code: str, since: frozenset[str] | None) -> frozenset[str] | None:
    """The CAMEO roots of the earlier events an event with this trigger and code answers, else None. With
    convention answer-rows-joined (round28) every row the object fits counts, not only the first: "rejected the
    proposal" answers an offer (03-08) or a proposal coded as an appeal (02), "welcomed the announcement" an act
    or the statement that announced it."""
    joined = enabled("answer-rows-joined", since)
    found: frozenset[str] | None = None
    for rule in _rules(since):
        if code.startswith(rule.reactions) and _definite_object(trigger, rule.nouns, enabled("judged-acts", since),
                                                                enabled("reaction-clauses", since),
                                                                enabled("concern-objects", since)):
            if not joined:
                return rule.roots
            found = rule.roots if found is None else found | rule.roots
    return found


def answers_earlier(trigger: Token, code: str, since: frozenset[str] | None = None) -> bool:
    """Could the coder's target-less event with this trigger find its target in an earlier sentence?"""
    return _answered_roots(trigger, code, since) is not None


def _answers(e: Event, token_at: dict[int, Token], since: frozenset[str] | None) -> frozenset[str] | None:
    if not _no_target(e) or e.cue_start not in token_at:
        return None
    return _answered_roots(token_at[e.cue_start], e.cameo_code, since)


def _answering(e: Event, a: Event) -> Event:
    """The answer `e` aimed at the source of the earlier act `a` it answers (rule suffix "+answers")."""
    return aimed_at(e, (a.source_actor_id, a.source_code, a.source_text, a.source_start),
                    f"{e.rule_id.removesuffix(AWAITS_ANSWER)}+answers")


def _made_by(doc: Doc, analysis: Analysis, e: Event, trigger: Token, events: list[Event],
             since: frozenset[str] | None) -> list[Event]:
    """Convention answer-makers (round32): a target-less answer to "the announcement" / "the decision" /
    "the allegations" takes as target whoever the text says made it -- the subject or agent of the nearest
    verb of that making ("announced", "decided", "alleged") in the object's own phrase, earlier in its
    sentence or in the LOOKBACK sentences before -- one event per maker; never the answering side itself. When
    that verb is the cue of an act coded before, the answer is to that act's doers (rule suffix "+answers").
    Convention far-makers (session 37 left41): the making verb is looked for MAKER_LOOKBACK sentences back, nearest
    first ("The court annulled the results ... [three sentences] ... The commission welcomed the ruling"): a noun
    that names its own making verb refers to it further back than an answer to any act may reach."""
    nouns = frozenset(n for rule in _rules(since) if e.cameo_code.startswith(rule.reactions) for n in rule.nouns)
    makers = act_makers.noun_verbs(enabled("deed-verbs", since))    # ("the attack": whoever attacked; round43)
    objs = [o for o in _definite_objects(trigger, nouns, enabled("judged-acts", since),
                                         enabled("reaction-clauses", since), enabled("concern-objects", since))
            if o.lemma_.lower() in makers and not any(c.dep_ in ("poss",) for c in children(o))]
    if not objs:
        return []
    for o in objs:
        verbs = makers[o.lemma_.lower()]
        own = [t for t in o.subtree if t.i != o.i]
        window = MAKER_LOOKBACK if enabled("far-makers", since) else LOOKBACK
        for tok in own + act_makers.tokens_back(doc, e.sentence, min(trigger.i, o.i), window):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            coded = {a.source_actor_id: a for a in events if a.cue_start == tok.idx and a.source_actor_id
                     and a.source_actor_id != e.source_actor_id}
            if coded:
                # the making verb is an act coded before: the answer is to that act's doers, as `answers` gives
                return [_answering(e, a) for a in coded.values()]
            parties = [p for p in args.resolved(analysis, act_makers.maker_heads(tok))
                       if p.actor is not None and p.actor.id != e.source_actor_id]
            if not parties:
                continue
            text = doc_text(doc)
            return [aimed_at(e, party_fields(party, text), f"{e.rule_id.removesuffix(AWAITS_ANSWER)}+answer-maker")
                    for party in parties]
    return []


def _appositive_makers(doc: Doc, analysis: Analysis, e: Event, trigger: Token) -> list[Event]:
    """The answer `e` aimed at the subject of the clause an appositive act noun follows ("a move that Tallinn
    condemned" after "Riga expelled two envoys": Riga), when that subject names an actor other than the answerer."""
    host = roles.appositive_clause(trigger)
    if host is None:
        return []
    parties = [p for p in args.resolved(analysis, roles.subjects(host))
               if p.actor is not None and p.actor.id != e.source_actor_id]
    text = doc_text(doc)
    return [aimed_at(e, party_fields(party, text), f"{e.rule_id.removesuffix(AWAITS_ANSWER)}+answer-maker")
            for party in parties]


# how an actor got a country only because the text places it: a body the dateline or the story's country codes
# ("the Law Society" in a Nairobi story) is not the state (convention answers-not-state, round35)
PLACED_COUNTRY_SOURCES = word_list("patterns", "PLACED_COUNTRY_SOURCES")


def _not_the_state(analysis: Analysis | None, e: Event, since: frozenset[str] | None) -> bool:
    """The answerer has a bare country code only because the text places it ("The Law Society condemned the
    violence" in a Nairobi story: KEN by the dateline): a body of no known sector, not the state, so that an act
    of that state's police or army is another side's act it may answer (convention answers-not-state, round35)."""
    if analysis is None or not enabled("answers-not-state", since) or not e.source_code \
            or len(e.source_code) != 3 or not e.source_actor_id:
        return False
    actor = analysis.actor(e.source_actor_id)
    # (an organisation whose own name says its country -- "The Law Society" + "of Kenya", session 44 act48 -- is no
    # more the state than one the dateline places)
    return actor is not None and (actor.country_source in PLACED_COUNTRY_SOURCES or actor.kind == "ORG")


def _no_target(e: Event) -> bool:
    """The event names no target, neither an actor nor a place's code: what the rules of this module fill."""
    return e.target_actor_id is None and e.target_code is None


def _before(e: Event, a: Event, back: int = LOOKBACK, own_sentence: bool = True) -> bool:
    """Is `a` another doer's act whose cue comes before `e`'s, in the `back` sentences before e's or (with
    `own_sentence`) earlier in e's own? Where every kind of answer below looks for the act it answers."""
    return bool(a.source_actor_id) and a.source_actor_id != e.source_actor_id and a.cue_start is not None \
        and a.cue_start < e.cue_start and e.sentence - back <= a.sentence \
        and (a.sentence <= e.sentence if own_sentence else a.sentence < e.sentence)


def _nearest_by_doer(acts: list[Event]) -> list[Event]:
    """The acts of the latest sentence among `acts`, the first of each doer: an answer is one event per doer of
    the act it answers."""
    nearest = max(a.sentence for a in acts)
    doers: dict[str, Event] = {}
    for a in acts:
        if a.sentence == nearest:
            doers.setdefault(a.source_actor_id, a)
    return list(doers.values())


def _country(analysis: Analysis, actor_id: str | None) -> str | None:
    actor = analysis.actor(actor_id) if actor_id else None
    return actor.country if actor is not None else None


def _accusations_of(analysis: Analysis, e: Event, events: list[Event]) -> list[Event]:
    """Convention denials-of-accused (round35): a denial with no target ("Minsk denied any role", "Moscow denied
    targeting civilians") answers the nearest accusation (root 11) made in its sentence or the LOOKBACK before
    against the denier's own state or the denier itself, or a statement (root 01) that told of an act of the
    denier's state (an act reported in that sentence): the accuser or the teller, never the denier's own side.
    Sides are told apart by the actors' countries, as the denial names nothing answered (compare
    _accusations_against, for a denial of "the accusations")."""
    own = _country(analysis, e.source_actor_id)
    if own in ("IGO", "NGO"):
        own = None          # (a body of no state: only an accusation aimed at that very actor)

    def near(a: Event) -> bool:
        return _before(e, a) and (own is None or _country(analysis, a.source_actor_id) != own)

    accusations = [a for a in events if near(a) and a.cameo_root == "11" and (
        a.target_actor_id == e.source_actor_id or own is not None and _country(analysis, a.target_actor_id) == own)]
    told = {a.sentence for a in events if own is not None and a.modality == "reported" and a.sentence < e.sentence
            and _country(analysis, a.source_actor_id) == own}
    tellers = [a for a in events if near(a) and a.cameo_root == "01" and a.sentence in told]
    return accusations or tellers


def _pays_back(trigger: Token) -> bool:
    """Is the trigger a verb of paying back with no object ("retaliate", "hit back"), or does it govern one as its
    complement ("threatened to retaliate", "warned it would respond")?"""
    def reprisal(v: Token) -> bool:
        lemma = v.lemma_.lower()
        if lemma not in REPRISAL_VERBS and not (lemma in _BACK_VERBS
                                                and any(c.lower_ == "back" for c in children(v))):
            return False
        return not any(c.dep_ in ("dobj", "obj") for c in children(v)) \
            and not any(c.dep_ == "prep" and c.lower_ in ("against", "on", "at") for c in children(v))
    return reprisal(trigger) or any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and reprisal(c)
                                    for c in children(trigger))


def _reprisal_of(analysis: Analysis, e: Event, trigger: Token, events: list[Event]) -> list[Event]:
    """Convention reprisal-answers (round37): "The EU imposed sanctions on Belarus. Minsk threatened to
    retaliate" -- a hostile event with no target whose cue pays back (_pays_back) is aimed at the doers of the
    nearest hostile act aimed at the speaker or its country by another country, in its sentence or the LOOKBACK
    before. The speaker's own side is never the one paid back; a speaker of no country answers only acts aimed
    at itself."""
    if e.cameo_root not in REPRISAL_EVENT_ROOTS or not _pays_back(trigger):
        return []
    own = _country(analysis, e.source_actor_id)
    if own in ("IGO", "NGO"):
        own = None
    return [a for a in events if a.cameo_root in REPRISAL_ROOTS and _before(e, a) and a.target_actor_id
            and (a.target_actor_id == e.source_actor_id or own is not None
                 and _country(analysis, a.target_actor_id) == own)
            and (own is None or _country(analysis, a.source_actor_id) not in (own, None))]


def _protested_act(analysis: Analysis, e: Event, events: list[Event]) -> list[Event]:
    """Convention protest-answers (round37): "North Korea fired two missiles. Japan lodged a protest" -- a formal
    complaint with no target is aimed at the doers of the nearest hostile act (PROTESTED_ROOTS) in its sentence or
    the LOOKBACK before by a side of a known country other than the complainer's. A complainer of no country, an
    international body or a group, finds none."""
    if not e.cameo_code.startswith(PROTEST_CODES):
        return []
    own = _country(analysis, e.source_actor_id)
    if own in (None, "IGO", "NGO"):
        return []
    return [a for a in events if a.cameo_root in PROTESTED_ROOTS and _before(e, a)
            and _country(analysis, a.source_actor_id) not in (own, None, "IGO", "NGO")]


def _accusations_against(e: Event, events: list[Event], roots: frozenset[str]) -> list[Event]:
    """Convention accused-answers (round35): "NATO leaders accused China of ... [five sentences] ... Beijing
    rejected the accusations" -- a denial of "the accusations" that found no act in the nearest sentences answers
    the acts of its row's roots made against the denier itself or its state in the ACCUSED_LOOKBACK sentences before,
    by another state. Sides are told apart by the events' codes (one_state_codes), not by the actors' countries as
    _accusations_of does for a denial with no object: the two conventions were tuned apart, and reading this one
    by countries changes what a denial by a state's own body answers."""
    return [a for a in events if a.cameo_root in roots and _before(e, a, ACCUSED_LOOKBACK, own_sentence=False)
            and (a.target_actor_id == e.source_actor_id or one_state_codes(e.source_code, a.target_code))
            and not one_state_codes(e.source_code, a.source_code)]


def answer_accusations(doc: Doc, events: list[Event], since: frozenset[str] | None = None,
                       analysis: Analysis | None = None) -> list[Event]:
    """Give target-less answers ("rejected these accusations", "condemned the attack", "welcomed the
    decision") the doers of the nearest earlier act they answer; with `analysis` and convention answer-makers
    (round32), first whoever the text says made what they answer ("the move announced by X")."""
    reactions = tuple(p for rule in _rules(since) for p in rule.reactions)
    if not any(_no_target(e) and (e.cameo_code.startswith(reactions) or e.cameo_root in REPRISAL_EVENT_ROOTS
                                  or e.cameo_code.startswith(PROTEST_CODES)) for e in events):
        return events           # (most documents: nothing that could answer an earlier sentence)
    token_at = tokens_by_start(doc)
    out: list[Event] = []
    for e in events:
        roots = _answers(e, token_at, since)
        if roots is None:
            accused = _accusations_of(analysis, e, events) if analysis is not None and _no_target(e) \
                and e.cameo_code.startswith(DENIAL_CODE) and e.cue_start is not None \
                and enabled("denials-of-accused", since) else []
            if not accused and analysis is not None and _no_target(e) and e.cue_start in token_at \
                    and enabled("reprisal-answers", since):
                accused = _reprisal_of(analysis, e, token_at[e.cue_start], events)
            if not accused and analysis is not None and _no_target(e) and enabled("protest-answers", since):
                accused = _protested_act(analysis, e, events)
            if accused:
                out.extend(_answering(e, a) for a in _nearest_by_doer(accused))
            else:
                out.append(e)
            continue
        if analysis is not None and enabled("answer-makers", since):
            made = _made_by(doc, analysis, e, token_at[e.cue_start], events, since)
            if made:
                out.extend(made)
                continue
        other_side = enabled("answers-other-side", since) and not _not_the_state(analysis, e, since)
        # "Egypt, Jordan and Qatar met in Cairo and criticized the plan": an act the answerer did itself with others
        # is none it answers (its co-doers are each other's partners there; session 35 lead)
        own_acts = {a.cue_start for a in events if a.source_actor_id == e.source_actor_id and a.cue_start is not None}
        earlier = [a for a in events if (a.cameo_root in roots or a.cameo_code[:3] in roots) and _before(e, a)
                   and a.cue_start not in own_acts
                   and not (other_side and one_state_codes(e.source_code, a.source_code))]
        if earlier and enabled("court-decisions", since) and _definite_object(token_at[e.cue_start], _COURT_DECISIONS):
            # "... would appeal the verdict": a verdict or ruling is a court's; a police arrest before it is no
            # verdict, and with no court's act near, the answer stays without a target (session 45 lead)
            earlier = [a for a in earlier if _COURT_SECTOR in (a.source_code or "")]
        if not earlier and e.cameo_code.startswith(DENIAL_CODE) and enabled("accused-answers", since):
            # the accusations made against the denier itself, further back than the nearest act (round35)
            earlier = _accusations_against(e, events, roots)
        if not earlier and e.cameo_code.startswith(DENIAL_CODE) and enabled("allegation-speakers", since):
            # "Relatives said the staff were to blame ... The hospital rejected the allegations": with no
            # accusation coded, the allegation was voiced by a statement, a demand or a protest (round32)
            earlier = [a for a in events if a.cameo_root in ALLEGATION_ROOTS and _before(e, a)
                       and not (other_side and one_state_codes(e.source_code, a.source_code))]
        if not earlier and analysis is not None:
            # "dismissed the heads of state television, a move the president condemned": the act of the clause the
            # move is set beside, coded or not, is its subject's (session 36 lead)
            made = _appositive_makers(doc, analysis, e, token_at[e.cue_start])
            if made:
                out.extend(made)
                continue
        if not earlier:
            if not e.rule_id.endswith(AWAITS_ANSWER):
                out.append(e)       # (an event that needs a target and found none is dropped)
            elif REACTION in e.rule_id:
                out.append(replace(e, rule_id=e.rule_id.removesuffix(AWAITS_ANSWER)))   # "condemned the attack"
            continue
        nearest = max(a.sentence for a in earlier)
        last = [a for a in earlier if a.sentence == nearest]
        if enabled("answered-not-content", since) and any(a.modality != HYPOTHETICAL for a in last):
            # "Putin demanded that Ukraine withdraw ... Western leaders dismissed the proposal": the act a demand
            # or condition only names (hypothetical) is not the one answered; its maker is (session 31 lead)
            last = [a for a in last if a.modality != HYPOTHETICAL]
        out.extend(_answering(e, a) for a in _nearest_by_doer(last))
    return out


PARTNER_ROOTS = word_list("patterns", "PARTNER_ROOTS")     # cooperative acts whose partner a joined verb shares


def conjunct_partners(doc: Doc, events: list[Event]) -> list[Event]:
    """Convention conjunct-partners (round35): a cooperative act with no partner whose verb is joined to an earlier
    verb of the same doer that has one shares it -- "the prime minister met his Australian counterpart and signed a
    defence pact" signs with Australia. Only when the joined verb has no subject or object naming anyone of its
    own, and both acts are of PARTNER_ROOTS (meeting, agreeing, signing, cooperating); never the doer itself."""
    if not any(_no_target(e) and e.cameo_root in PARTNER_ROOTS for e in events):
        return events
    token_at = tokens_by_start(doc)
    by_cue: dict[int, list[Event]] = {}
    for e in events:
        if e.cue_start is not None:
            by_cue.setdefault(e.cue_start, []).append(e)
    out: list[Event] = []
    for e in events:
        tok = token_at.get(e.cue_start) if e.cue_start is not None else None
        if not _no_target(e) or e.cameo_root not in PARTNER_ROOTS \
                or tok is None or tok.dep_ != "conj" or tok.head.i == tok.i or not e.source_actor_id \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok)):
            out.append(e)
            continue
        # the first verb's own act, or the act noun it holds ("held talks with Poland and agreed to ...")
        cues = [tok.head.idx] + [c.idx for c in children(tok.head) if c.dep_ in ("dobj", "obj") and c.i < tok.i]
        first = [a for cue in cues for a in by_cue.get(cue, []) if a.source_actor_id == e.source_actor_id
                 and a.target_actor_id and a.target_actor_id != e.source_actor_id and a.cameo_root in PARTNER_ROOTS]
        if not first:
            out.append(e)
            continue
        seen: set[str] = set()
        for a in first:
            if a.target_actor_id in seen:
                continue
            seen.add(a.target_actor_id)
            out.append(aimed_at(e, (a.target_actor_id, a.target_code, a.target_text, a.target_start),
                                f"{e.rule_id}+conjunct-partner"))
    return out
