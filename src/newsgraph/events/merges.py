"""What the coder does with a sentence's events once each trigger is coded: one act told in several words
becomes one event, and a side one event names lends itself to another.

  * consequences and outcomes: "exploded near a bus, wounding nine", "was shot and killed", "Shelling of
    the town killed four civilians": the harm is what the attack did (one event with its victims);
  * occasions and purposes: an act named as another's occasion or purpose is not a second report;
  * shadowed events, rallied support, inherited targets and sibling appeals: a target one act of a
    speaker names is the target of the act beside it;
  * history: acts told as background or recalled by an anniversary are not the news (date_place).

Moved out of coder.py (session 25) without a change of behaviour; coder.code_sentence and coder.code_doc
call these in the order the conventions (data/patterns/conventions.csv) switch them on.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.build import aimed_at, party_fields
from newsgraph.events.date_place import commemorated, is_history, standing_since
from newsgraph.events.narrative import continues_history
from newsgraph.events.ontology import CRITICISM_CODES, FORCE_ROOTS, REQUEST_ROOTS, VIOLENT_ROOTS
from newsgraph.events.patterns import noun_sets
from newsgraph.events.triggers import TIME_RELATION_PREPS
from newsgraph.events.toll_clauses import passive_like, weapon_subject, where_of
from newsgraph.nlp.cache import children, doc_tokens, token_starts
from newsgraph.records import Analysis, Event

TIME_NOUNS = word_list("patterns", "TIME_NOUNS")
def _lend_target(main: Event, part: Event, over_place: bool = False) -> None:
    """Give `main` the target of `part`, an event merged into it, when `main` has none of its own; with
    `over_place`, also when `main`'s target is only where it happened (a place's country, no words naming a side)
    and `part` names its victims ("blew himself up at a checkpoint in X, killing four soldiers")."""
    if over_place and main.target_text is None and part.target_text is not None:
        main.target_actor_id = main.target_code = None
    if main.target_actor_id is None and main.target_code is None and main.target_text is None:
        main.target_actor_id, main.target_code = part.target_actor_id, part.target_code
        main.target_text, main.target_start = part.target_text, part.target_start


_CROWD_FORCE_HARMS = word_list("patterns", "CROWD_FORCE_HARMS")
# the verbs of a participle that tells the harm an attack did ("exploded near a bus, wounding nine", "stormed the
# village, shooting dead ten"), not an act of its own
_HARM_LEMMAS = word_list("patterns", "TOLL_VERBS") | word_list("patterns", "HARM_VERBS")


def merge_consequences(events: list[Event], trigger_of: dict[str, Token], crowd_force: bool = False,
                       fired: bool = False, attackers: bool = False, victims_over_places: bool = False,
                       relative_tolls: bool = False) -> list[Event]:
    """"A bomb exploded near a bus, wounding nine": the wounding is what the bombing did, not another
    attack. A violent event whose trigger is an -ing clause of another violent event's trigger, by the
    same (or no named) source, gives that event its victims and is dropped. With `crowd_force` (convention
    crowd-force-tolls) the wounds of tear gas, rubber bullets or water cannon are what that repression (175) did
    too ("fired rubber bullets at the crowd, injuring 12"; a killing stays an act of its own). With `fired`
    (convention fired-weapons) the act of a relative clause on a weapon fired is the firing's ("fired tank shells
    that hit a school"), and with `attackers` (convention attacking-doers) the attack told in a relative clause on
    the doers of a violent act is that act ("gunmen who stormed a church killed 40 worshippers"). With
    `victims_over_places` (convention victims-over-places, round43) the victims replace a target that is only the
    place of the attack. With `relative_tolls` (convention relative-tolls, round46) the harm a relative clause tells of
    an attack noun is that attack's ("a suicide bombing that killed seven soldiers")."""
    by_token: dict[int, list[Event]] = {}
    for e in events:
        if e.id in trigger_of and e.cameo_root in VIOLENT_ROOTS:
            by_token.setdefault(trigger_of[e.id].i, []).append(e)
    if crowd_force:
        for e in events:
            tok = trigger_of.get(e.id)
            if tok is not None and e.cameo_code == "175" and any(
                    c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _CROWD_FORCE_HARMS
                    for c in children(tok)):
                by_token.setdefault(tok.i, []).append(e)
    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in VIOLENT_ROOTS:
            continue
        weapon_doer = False
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
            head = tok.head.head.head if fired and fired_weapon(tok.head) else tok.head
            mains = by_token.get(head.i, [])        # ("launched missiles that hit a block, killing 12": the launch's)
        elif attackers and attacking_doers(tok):
            # "gunmen who stormed a church killed 40 worshippers": the storming is the killing (session 41)
            mains, weapon_doer = by_token.get(tok.head.head.i, []), True
        elif fired and fired_weapon(tok):
            # "fired tank shells that hit a school": what the weapon fired did is the firing's act (session 41)
            mains, weapon_doer = by_token.get(tok.head.head.i, []), True
        elif tok.pos_ == "VERB":
            # "Shelling of the town killed four civilians": the killing is what the shelling (its subject) did
            # (session 25)
            mains = [m for c in tok.children if c.dep_ == "nsubj" for m in by_token.get(c.i, [])]
            if relative_tolls and tok.dep_ == "relcl" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
                mains += by_token.get(tok.head.i, [])   # "a bombing that killed seven soldiers" (session 44 vio48)
        else:
            continue
        for main in mains:
            if main.id in drop or not weapon_doer and e.source_actor_id not in (None, main.source_actor_id):
                continue
            if main.cameo_root != e.cameo_root and tok.tag_ == "VBG" and tok.lemma_.lower() not in _HARM_LEMMAS:
                continue    # "stormed a hotel, setting off a car bomb": a second act of another kind, no toll
                            # (session 42 fam46)
            _lend_target(main, e, victims_over_places)
            drop.add(e.id)
            break
    return [e for e in events if e.id not in drop]


def fired_weapon(tok: Token) -> bool:
    """`tok` is a relative clause on a weapon that is the direct object of the verb it hangs on ("fired rockets
    that struck a kibbutz", "planted a bomb that exploded"): what the weapon did is the act of its firer, the
    relative clause no second attack (convention fired-weapons, session 41 left45). People as the antecedent
    ("killed gunmen who had ambushed a convoy") are doers of their own act."""
    ante = tok.head
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and ante.dep_ == "dobj" \
        and ante.lemma_.lower() in noun_sets()["WEAPONS"] | noun_sets()["ORDNANCE"]


_ATTACK_VERBS = word_list("patterns", "CLAUSE_ATTACK_VERBS")
_EARLIER_ADVERBS = word_list("patterns", "EARLIER_ADVERBS")


def attacking_doers(tok: Token) -> bool:
    """`tok` is a verb of attack (CLAUSE_ATTACK_VERBS) in a relative clause on the subject of the verb it hangs on,
    told with no time of its own ("gunmen who stormed a church killed 40 worshippers": one attack, convention
    attacking-doers, session 41 left45). An attack dated apart ("who attacked a church last month", "who had
    ambushed a convoy", "who earlier shelled the town") is an act of its own."""
    ante = tok.head
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in _ATTACK_VERBS or ante.dep_ != "nsubj":
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _EARLIER_ADVERBS
                   or (t.dep_ == "aux" and t.head.i == tok.i and t.lemma_.lower() == "have") for t in tok.subtree)


_OUTCOME_LEMMAS = word_list("patterns", "OUTCOME_LEMMAS")


_RIOT = "145"      # a violent protest, whose toll a passive may tell as an attack's


def merge_passive_consequences(events: list[Event], trigger_of: dict[str, Token],
                               when_clauses: bool = False, weapon_doers: bool = False,
                               where_tolls: bool = False) -> list[Event]:
    """"Gunmen shot at the car and the driver was hit", "militants attacked the convoy and three soldiers were
    wounded": a violent passive with no doer, coordinated with a violent verb that has one, tells what that act did,
    not a second attack (convention passive-consequences, round36). Its victims become the act's target when it has
    none; the passive is dropped. A passive with a doer of its own ("and a soldier was shot by a sniper") stays.
    With `when_clauses` (convention when-clause-tolls, round43) the act may also be told in a when/as/after clause
    of the passive ("two medics were killed when their ambulance was struck by a drone"). With `weapon_doers`
    (convention weapon-when-tolls, round46) that act may have a weapon for its doer and the toll a bare participle
    ("seven were killed and 15 wounded when a bomb exploded"; events/toll_clauses). With `where_tolls` (convention
    toll-where, round46) the passive may be a where-clause on the act's place ("attacked a bus in the north, where
    four people were killed")."""
    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in VIOLENT_ROOTS or e.source_actor_id or e.source_text \
                or tok.pos_ != "VERB" or not (passive_like(tok) if weapon_doers else any(
                    c.dep_ == "auxpass" for c in children(tok))) \
                or any(c.dep_ == "agent" for c in children(tok)):
            continue
        for main in events:
            mt = trigger_of.get(main.id)
            when = when_clauses and mt is not None and mt.pos_ in ("VERB", "AUX") \
                and any(c.i == mt.i for c in roles.how_clauses(tok))
            if main is e or main.id in drop or mt is None \
                    or not (_joined_by_and(mt, tok) or when or where_tolls and where_of(tok, mt)) \
                    or not (main.cameo_root in VIOLENT_ROOTS or main.cameo_code.startswith(_RIOT)) \
                    or not (main.source_actor_id or main.source_text
                            or weapon_doers and when and weapon_subject(mt)):
                continue    # (a riot too: "two officers were injured when protesters hurled stones"; session 42
                            # fam46; a weapon as the when-clause's doer: "were killed when a bomb exploded",
                            # session 44 vio48)
            _lend_target(main, e)
            drop.add(e.id)
            break
    return [e for e in events if e.id not in drop]


_DEFINITE = ("the", "this", "that", "these", "those")


def drop_rementions(events: list[Event], trigger_of: dict[str, Token]) -> list[Event]:
    """"Police arrested the mayor on Monday; the arrest came after a two-year inquiry": a definite event noun with
    neither side, after a verb of the same root in the sentence, names the act the verb told again, not a second
    one (convention re-mentions, round36). A noun with a side of its own ("the arrest of his brother") or no
    definite determiner ("arrests continued across the country") stays."""
    verbs = [(trigger_of[e.id].i, e.cameo_root) for e in events
             if e.id in trigger_of and trigger_of[e.id].pos_ == "VERB"]
    if not verbs:
        return events

    def remention(e: Event) -> bool:
        tok = trigger_of.get(e.id)
        if tok is None or tok.pos_ != "NOUN" or e.source_actor_id or e.source_text or e.source_code \
                or e.target_actor_id or e.target_text or e.target_code:
            return False
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children(tok)):
            return False
        return any(i < tok.i and root == e.cameo_root for i, root in verbs)
    return [e for e in events if not remention(e)]


def _token_finder(doc: Doc):
    """A function from an event's cue offset to the token that starts there (None if no token does)."""
    starts, tokens = token_starts(doc), doc_tokens(doc)

    def token_at(offset: int | None) -> Token | None:
        i = bisect.bisect_left(starts, offset) if offset is not None else len(starts)
        return tokens[i] if i < len(starts) and starts[i] == offset else None
    return token_at


def drop_next_rementions(events: list[Event], doc: Doc) -> list[Event]:
    """"Police arrested the opposition leader on Monday. The detention triggered protests": a definite event noun
    with no side in its own words (no of-, by-, against-, on- or possessive phrase; at most a doer the coder implied
    from the act) names again the act a verb of the same root told in the sentence before, as drop_rementions reads
    one sentence (convention next-rementions, session 40 left44). "The arrest of his brother", "arrests continued"
    stay. An act named again further down the story ("The march was the largest this year") is coded in its own
    sentence, as each sentence's told act is (session 42 took back session 41's earlier-rementions: see
    docs/EVALUATION.md, "Session 42 (lead)")."""
    token_at = _token_finder(doc)
    told_next = {(e.sentence, e.cameo_root) for e in events
                 if e.modality in ("asserted", "reported") and (t := token_at(e.cue_start)) is not None
                 and t.pos_ == "VERB"}

    def remention(e: Event) -> bool:
        tok = token_at(e.cue_start)
        if tok is None or tok.pos_ != "NOUN" or e.source_text or e.target_text:
            return False
        if (e.sentence - 1, e.cameo_root) not in told_next:
            return False
        kids = children(tok)
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on")) for c in kids)
    return [e for e in events if not remention(e)]


def _joined_by_and(main: Token, verb: Token) -> bool:
    """`verb` is the conjunct after "and" of the clause `main` heads: its conj, or (as the parse may hang a second
    clause with a subject of its own beside the first under a verb of saying) a sibling whose clause opens right
    after an "and" inside `main`'s clause."""
    if main.pos_ != "VERB" or verb.i <= main.i:
        return False
    if verb.dep_ == "conj" and verb.head.i == main.i:
        return True
    first = verb.left_edge.i
    if first == 0 or verb.head.i != main.head.i or verb.dep_ != main.dep_:
        return False
    cc = verb.doc[first - 1]
    return cc.lower_ == "and" and cc.dep_ == "cc" and cc.head.i == main.i


def merge_outcomes(events: list[Event], trigger_of: dict[str, Token]) -> list[Event]:
    """"was shot and killed by police", "stabbed and wounded a guard": the killing or wounding is what the
    shooting or stabbing did, one act. A violent event whose verb is a harm verb coordinated with another
    violent verb of the same sides is dropped; the other, more specific act stays."""
    def sides(e: Event):
        return (e.source_actor_id or e.source_text, e.target_actor_id or e.target_text)

    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in VIOLENT_ROOTS or tok.lemma_.lower() not in _OUTCOME_LEMMAS:
            continue
        for k in events:
            other = trigger_of.get(k.id)
            if k is e or k.id in drop or other is None or k.cameo_root not in VIOLENT_ROOTS \
                    or other.lemma_.lower() in _OUTCOME_LEMMAS or sides(k) != sides(e):
                continue
            if (tok.dep_ == "conj" and tok.head.i == other.i) or (other.dep_ == "conj" and other.head.i == tok.i):
                drop.add(e.id)
                break
    return [e for e in events if e.id not in drop]


_POLICE_OPERATIONS = word_list("patterns", "POLICE_OPERATIONS")


def drop_occasions(events: list[Event], trigger_of: dict[str, Token],
                    since: frozenset[str] | None = None) -> list[Event]:
    """"Security forces killed three militants in a raid": the raid is the occasion of the killing, not a
    second attack. A violent event named by a noun, with neither side, whose noun is the object of an
    in/during phrase of another violent event's verb, is dropped; with convention occasion-targets (round 12)
    also when it names a target ("two students were killed in an attack on a school": one attack). With
    convention coercion-occasions (round40) a raid, sweep or crackdown an arrest or seizure (root 17) was made in
    is dropped too, whoever made it: a police operation, no attack ("police arrested four men in a raid"); with
    police-occasions (round43) also the raid any act of the police was made in ("police rescued 12 children in a
    raid")."""
    verbs = {trigger_of[e.id].i for e in events if e.id in trigger_of and e.cameo_root in VIOLENT_ROOTS
             and trigger_of[e.id].pos_ == "VERB"}
    # "arrested four men in a raid": the raid an arrest or seizure was made in is the police operation
    # (word list POLICE_OPERATIONS; convention coercion-occasions, session 38 vio42)
    coercions = {trigger_of[e.id].i for e in events if e.id in trigger_of and e.cameo_root == "17"
                 and trigger_of[e.id].pos_ == "VERB"} if conv.enabled("coercion-occasions", since) else set()
    if conv.enabled("noun-coercion-occasions", since):
        # "confirmed the capture of two militants during a raid": the parse hangs the phrase on the verb whose object
        # is the arrest noun (session 40 left44)
        coercions |= {trigger_of[e.id].head.i for e in events if e.id in trigger_of and e.cameo_root == "17"
                      and trigger_of[e.id].pos_ == "NOUN" and trigger_of[e.id].dep_ == "dobj"}
    if conv.enabled("police-occasions", since):
        # "Police rescued 12 children in a raid on a factory": any act of the police is made in its own operation
        # (session 41 crime45)
        coercions |= {trigger_of[e.id].i for e in events if e.id in trigger_of and trigger_of[e.id].pos_ == "VERB"
                      and "COP" in ((e.source_code or "")[:3], (e.source_code or "")[3:6])}
    if not verbs and not coercions:
        return events

    # ("detained 40 activists in a crackdown on dissent": a crackdown, coded 175, is the operation too; convention
    # repression-occasions, session 40 multi44)
    operation_roots = FORCE_ROOTS if conv.enabled("repression-occasions", since) else VIOLENT_ROOTS

    def occasion(e: Event) -> bool:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in operation_roots or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.lemma_.lower() in _POLICE_OPERATIONS and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                and tok.head.head.i in coercions:
            return True
        if e.cameo_root not in VIOLENT_ROOTS:
            return False
        if e.source_actor_id or e.source_text:
            return False
        if (e.target_actor_id or e.target_text or e.target_code) and not conv.enabled("occasion-targets", since):
            return False
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.i in verbs
    return [e for e in events if not occasion(e)]


def merge_purposes(events: list[Event], trigger_of: dict[str, Token], any_root: bool = False) -> list[Event]:
    """"Police fired tear gas to disperse protesters": an act of force or coercion done to achieve an act of
    the same root is that one act, done (convention purpose-acts). The purpose's event, planned only by its
    "to", gives the asserted act its target and is dropped; other purposes ("shelled the town to drive the
    rebels out", a different root) stay as they are. With `any_root` (convention purpose-same-acts, session 44)
    every root is read so, and a purpose the coder took as done too: "summoned the envoy to protest the raid" is one
    complaint (114) to the envoy's state, not a second one aimed at the raid's victims."""
    drop: set[str] = set()
    moods = ("planned", "asserted") if any_root else ("planned",)
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.modality not in moods or (e.cameo_root not in FORCE_ROOTS and not any_root) \
                or tok.dep_ not in ("advcl", "xcomp") or not any(a.tag_ == "TO" for a in children(tok)):
            continue
        if e.cameo_root not in FORCE_ROOTS and not _purpose_clause(tok):
            continue        # "refused to resign", "agreed to talk": the verb's own complement, no purpose
        for main in events:
            mt = trigger_of.get(main.id)
            if mt is None or mt.i != tok.head.i or main.modality != "asserted" or main.cameo_root != e.cameo_root \
                    or main.source_actor_id != e.source_actor_id or main.id in drop:
                continue
            _lend_target(main, e)
            drop.add(e.id)
            break
    return [e for e in events if e.id not in drop]


def _purpose_clause(tok: Token) -> bool:
    """A to-infinitive that says what its verb was done for: an adverbial clause ("met in Oslo to discuss the
    dam"), or one after the verb's object ("summoned the ambassador to protest"); not the complement a verb
    of wanting, refusing or agreeing takes ("refused to resign")."""
    if tok.dep_ == "advcl":
        return True
    return any(c.dep_ == "dobj" and c.i < tok.i for c in children(tok.head))


def merge_ordered_acts(events: list[Event], trigger_of: dict[str, Token]) -> list[Event]:
    """"The judge ordered the suspect held without bail" (convention ordered-acts, session 39 court43): the order
    is coded as the detention itself (SE-order-held-court43), so the participle "held" on the order's object,
    coded again with no doer of its own, is the same act and is dropped."""
    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ not in ("dobj", "obj"):
            continue
        for main in events:
            mt = trigger_of.get(main.id)
            if main is not e and mt is not None and mt.i == tok.head.head.i and main.cameo_code == e.cameo_code \
                    and main.id not in drop and main.source_text:
                drop.add(e.id)
                break
    return [e for e in events if e.id not in drop]


def drop_protest_manners(events: list[Event], trigger_of: dict[str, Token]) -> list[Event]:
    """"Teachers marched through the capital in protest at the pay scale" (convention protest-manners, round43): the
    protest noun of the in-phrase names the manner of the march, coded already as a protest; the noun's own event,
    a second protest with no doer, is dropped and lends the march its target when the march has none."""
    by_verb = {trigger_of[e.id].i: e for e in events if e.id in trigger_of and e.cameo_root == "14"
               and trigger_of[e.id].pos_ in ("VERB", "AUX")}
    drop: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root != "14" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = roles.protest_manner_verb(tok)
        main = by_verb.get(verb.i) if verb is not None else None
        if main is not None and main is not e:
            _lend_target(main, e)
            drop.add(e.id)
    return [e for e in events if e.id not in drop]


def drop_shadowed(events: list[Event], implied: bool = False, distinct: bool = False) -> list[Event]:
    """Drop a target-less event when the sentence has the same source and root with a target
    ("bombarded Aleppo, killing eight people": the killing adds nothing); with `implied` (convention
    implied-shadowed, round35) a target only implied (rule suffix "+target-GOV": the government of the country
    where it happened) counts as none beside one the text names ("rallied outside the French embassy, chanting
    slogans": one protest, at France)."""
    def named(e: Event) -> bool:
        return bool(e.target_actor_id or e.target_code) and not (implied and _IMPLIED_TARGET in e.rule_id)
    with_target = {(e.source_actor_id, e.cameo_root) for e in events if named(e)}
    codes: dict[tuple, set[str]] = {}
    for e in events:
        if named(e):
            codes.setdefault((e.source_actor_id, e.cameo_root), set()).add(e.cameo_code[:3])
    return [e for e in events if named(e) or (e.source_actor_id, e.cameo_root) not in with_target
            or (distinct and _distinct_act(e, codes[(e.source_actor_id, e.cameo_root)]))]


_DISTINCT_ROOTS = frozenset(word_list("patterns", "DISTINCT_ACT_ROOTS"))


def _distinct_act(e: Event, named_codes: set[str]) -> bool:
    """(convention distinct-acts, round36) A target-less act told by a verb of its own is no second telling of a
    same-root act with a target when its code differs and its root is one whose codes name different deeds
    (DISTINCT_ACT_ROOTS: "police fired tear gas and arrested 40 people" -- 175 and 173 --, "raided the camp, killing
    four and arresting 12 others"); violence (18, 19), where the harm done is the attack told again, stays one."""
    return e.cameo_root in _DISTINCT_ROOTS and e.cameo_code[:3] not in named_codes and not e.rule_id.startswith("N")


_IMPLIED_TARGET = "+target-"


_GOVERNED_EDGES = ("xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep", "conj")


_RALLY_CODE = "053"
_ENDORSE_CODE = "051"
_VOTE_VERBS = word_list("patterns", "VOTE_VERBS")


def rallied_support(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis, parties_of) -> list[Event]:
    """CAMEO 053, rally support on behalf of: the source "solicits the support of third parties for" the target
    (codebook: "urged the European Community to support the PLO"). An appeal (root 02) whose to-infinitive is
    an endorsement (051: support, back, endorse) of a named side, or a vote for one (word list VOTE_VERBS, "for"
    phrase), is one 053 event from the appealer to that side; the hypothetical endorsement is not coded apart
    (convention rallied-support, session 25 coop25)."""
    by_token: dict[int, list[Event]] = {}
    for e in events:
        if e.id in trigger_of and e.cameo_code == _ENDORSE_CODE:
            by_token.setdefault(trigger_of[e.id].i, []).append(e)
    out: list[Event] = []
    absorbed: set[str] = set()
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root != "02" or e.source_actor_id is None:
            out.append(e)
            continue
        supported: tuple | None = None
        for c in children(tok):
            if c.dep_ != "xcomp" or not roles.to_infinitive(c):
                continue
            for o in by_token.get(c.i, []):
                if o.target_actor_id is not None and o.target_actor_id != e.source_actor_id:
                    supported = (o.target_actor_id, o.target_code, o.target_text, o.target_start)
                    absorbed.add(o.id)
                    break
            if supported is None and c.lemma_.lower() in _VOTE_VERBS:
                text = analysis.article.text
                for party in parties_of(roles.prep_objects(c, ("for",))):
                    if party.actor is not None and party.actor.id != e.source_actor_id:
                        start, end = party.bounds
                        supported = (party.actor.id, party.code, text[start:end], start)
                        break
            if supported is not None:
                break
        if supported is None:
            out.append(e)
            continue
        tid, tcode, ttext, tstart = supported
        new = conv.recode(e, _RALLY_CODE, e.rule_id + "+rally", target_actor_id=tid, target_code=tcode,
                          target_text=ttext, target_start=tstart)
        trigger_of[new.id] = tok
        out.append(new)
    return [e for e in out if e.id not in absorbed]


def _retarget(e: Event, target, text: str | None, start: int | None, trigger_of: dict[str, Token]) -> None:
    """Aim `e` at the actor `target` in place (its words and offset as another event's side holds them), with its
    id made anew for the new dyad and its trigger kept under that id."""
    e.target_actor_id, e.target_code = target.id, target.code
    e.target_text, e.target_start = text, start
    new_id = Event.make_id(e.article_id, e.sentence, e.cameo_code, e.source_actor_id, target.id, e.cue_start)
    trigger_of[new_id] = trigger_of.pop(e.id)
    e.id = new_id


def _governs(tok: Token, other: Token, adjuncts: bool = False) -> bool:
    """Is `other` a complement of `tok` (down the _GOVERNED_EDGES, at most five steps)? A verb coordinated with the
    trigger is a sibling, not a complement. With `adjuncts` (round 18), not through an after/before/following
    phrase, an occasion or a reaction to the act: what is set beside the trigger is not what it is about."""
    node, hops = other, 0
    while node.head.i != node.i and hops < 5 and node.dep_ in _GOVERNED_EDGES:
        if adjuncts and node.dep_ == "prep" and node.lower_ in TIME_RELATION_PREPS:
            return False    # "condemned the decision after talks with X": the talks are no complement
        if adjuncts and node.dep_ == "pobj" and node.lemma_.lower() in TIME_NOUNS:
            return False    # "on the anniversary of a woman's killing": an occasion, no complement (round21)
        if adjuncts and roles.appositive_noun(node) is not None:
            return False    # "closed the crossing in a move condemned by the UN": a reaction to the act, no
            #                 complement of it (session 36 lead)
        if node.head.i == tok.i:
            return node.dep_ != "conj"
        node, hops = node.head, hops + 1
    return False


def inherit_targets(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis,
                     adjunct_targets: bool = False, criticised_acts: bool = False) -> list[Event]:
    """A target-less event whose trigger governs another coded event takes that event's dyad:
    "threatened to impose restrictions against German goods" -> THREATEN towards Germany;
    "demanded that Israel ease restrictions" -> REQUEST towards Israel. With `adjunct_targets` (round 18), not
    through an after/before/following phrase: an act set beside the trigger in time is not what it is about.
    With `criticised_acts` (round 21), criticism of an act whose doer is unnamed takes no one: "condemned the
    arrests of the journalists" is aimed at whoever arrested them, not at the journalists."""
    out: list[Event] = []
    for e in events:
        if e.target_actor_id is None and e.target_code is None and e.source_actor_id is not None \
                and e.id in trigger_of and e.cameo_root != "01":   # (a target taken from a place is a target too;
            #                                       a statement is not addressed to whoever its content is about)
            tok = trigger_of[e.id]
            for other in events:
                if other is e or other.id not in trigger_of:
                    continue
                if not _governs(tok, trigger_of[other.id], adjunct_targets):
                    continue
                if roles.reprisal_reason(trigger_of[other.id], tok):
                    continue    # "attacked the convoy in retaliation for the arrest of X": paid back, not aimed at
                if criticised_acts and e.cameo_code in CRITICISM_CODES and other.source_actor_id is None:
                    continue
                same_agent = other.source_actor_id in (None, e.source_actor_id)
                tid = other.target_actor_id if same_agent else other.source_actor_id
                target = analysis.actor(tid)
                if target is None or tid == e.source_actor_id or target.code == e.source_code:
                    continue
                _retarget(e, target, other.target_text if same_agent else other.source_text,
                          other.target_start if same_agent else other.source_start, trigger_of)
                break
        out.append(e)
    return out




RELEASE_CODES = word_list("patterns", "RELEASE_CODES")


def release_holders(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> None:
    """Convention release-holders (round37): "Poland demanded the release of the journalist", "called for their
    release": an appeal or demand whose complement is a release (RELEASE_CODES) with a releaser the text gives (its
    captor or detainer) is made to that releaser, not to the one to be freed the parse took as its object."""
    for e in events:
        if e.cameo_root not in REQUEST_ROOTS or e.id not in trigger_of or not e.target_actor_id:
            continue
        for other in events:
            if other is e or other.cameo_code not in RELEASE_CODES or other.id not in trigger_of \
                    or other.target_actor_id != e.target_actor_id or not other.source_actor_id \
                    or other.source_actor_id in (e.source_actor_id, e.target_actor_id) \
                    or not _governs(trigger_of[e.id], trigger_of[other.id]):
                continue
            holder = analysis.actor(other.source_actor_id)
            if holder is None or holder.code == e.source_code:
                continue
            _retarget(e, holder, other.source_text, other.source_start, trigger_of)
            e.rule_id = f"{e.rule_id}+holder"
            break


MEDIATION_CODES = word_list("patterns", "MEDIATION_CODES")
MEDIATED_NOUNS = word_list("patterns", "MEDIATED_NOUNS")


def mediated_parties(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis,
                     text: str) -> list[Event]:
    """Convention mediated-parties (round37): "Ethiopia and Somalia agreed to restore ties after talks mediated by
    Turkey" -- a mediation with no target told by a participle of talks or a deal (MEDIATED_NOUNS) is aimed at the
    subjects of the clause that noun is in, one event each, never the mediator."""
    out: list[Event] = []
    for e in events:
        tok = trigger_of.get(e.id)
        if e.cameo_code not in MEDIATION_CODES or e.target_actor_id or e.target_code or tok is None \
                or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.lemma_.lower() not in MEDIATED_NOUNS:
            out.append(e)
            continue
        verb = tok.head
        while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX")
                                             and any(c.dep_ == "nsubj" for c in children(verb))):
            verb = verb.head
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        parties = [p for p in args.resolved(analysis, subjects)
                   if p.actor.id != e.source_actor_id and p.actor.code != e.source_code]
        if not parties:
            out.append(e)
            continue
        for p in parties:
            out.append(aimed_at(e, party_fields(p, text), f"{e.rule_id}+mediated"))
            trigger_of[out[-1].id] = tok
    return out


def sibling_appeal_targets(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> None:
    """An appeal or demand (roots 02, 10) with no one it is made to, coordinated with another act of the same doer
    or set beside it as a participle, is made to that act's target: "criticized the ministry and demanded higher
    wages", "met Uganda's prime minister and urged closer ties", "went on strike, demanding better pay" (the
    strike's government). Convention sibling-appeal-targets (session 25)."""
    for e in events:
        if e.target_actor_id is not None or e.target_code is not None or e.source_actor_id is None \
                or e.cameo_root not in REQUEST_ROOTS or e.id not in trigger_of:
            continue
        tok = trigger_of[e.id]
        # "Egypt, Jordan and Qatar met and called for a ceasefire": the co-doers of the appeal are no one it is made
        # to, though the meeting joined verb has each as the others' partner (session 35 lead)
        co_doers = {x.source_actor_id for x in events if x.id in trigger_of and trigger_of[x.id] is tok}
        for other in events:
            if other is e or other.id not in trigger_of or other.cameo_root in ("01", *REQUEST_ROOTS) \
                    or other.source_actor_id != e.source_actor_id or other.target_actor_id is None:
                continue
            o = trigger_of[other.id]
            beside = (tok.dep_ == "conj" and tok.head.i == o.i) or (o.dep_ == "conj" and o.head.i == tok.i) \
                or (tok.dep_ == "advcl" and tok.tag_ == "VBG"
                    and tok.head.i in [o.i] + [a.i for a in list(o.ancestors)[:2] if o.pos_ == "NOUN"])
            # ("went on strike, demanding better pay": the noun act's light verb carries the participle)
            target = analysis.actor(other.target_actor_id) if beside else None
            if target is None or target.id == e.source_actor_id or target.code == e.source_code \
                    or target.id in co_doers:
                continue
            _retarget(e, target, other.target_text, other.target_start, trigger_of)
            break


def drop_history(events: list[Event], analysis: Analysis, doc: Doc, since: frozenset[str] | None = None) -> list[Event]:
    """The events that are not history told as background (convention history, date_place.is_history), nor
    history's thread told on in the next sentences (convention history-narrative, narrative.continues_history),
    nor the act an anniversary recalls (convention commemorations, date_place.commemorated)."""
    if analysis.article.published is None or not events:
        return events
    token_at = _token_finder(doc)
    remembered = conv.enabled("commemorations", since)
    standing = conv.enabled("since-history", since)
    history = [is_history(analysis, e.sentence, token_at(e.cue_start))
               or (standing and standing_since(analysis, e.sentence, token_at(e.cue_start))) for e in events]
    if conv.enabled("history-narrative", since):
        told = {e.sentence for e, old in zip(events, history) if old}
        history = [old or continues_history(analysis, doc, e.sentence, told) for e, old in zip(events, history)]
    return [e for e, old in zip(events, history)
            if not old and not (remembered and commemorated(token_at(e.cue_start)))]
