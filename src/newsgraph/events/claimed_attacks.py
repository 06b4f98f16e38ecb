"""Attacks a group claims, told with their toll (session 36b left40, round38).

"The attack, which killed nine soldiers, was claimed by Boko Haram", "Islamic State claimed responsibility for the
bombing, which killed 22 worshippers": the claim is the group's statement (015), and the attack the claim names,
told as an act by the toll of its relative clause, is the claimant's attack on those it killed or hurt (CAMEO 18-20
by the claimant). A claimed attack named without a toll ("claimed the bombing of the pipeline") stays the claim
only.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.ontology import VIOLENT_ROOTS
from newsgraph.events.tolls import TOLL_VERBS, toll_clause
from newsgraph.nlp.cache import children
from newsgraph.records import Event

_CLAIM_CODE = "015"


def claimed_nouns(verb: Token) -> list[Token]:
    """What a verb of claiming names as claimed: its object or passive subject ("claimed the attack", "the attack
    ... was claimed"), or the object of "for" under "responsibility" ("claimed responsibility for the bombing")."""
    out = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    out += [o for r in list(out) if r.lemma_.lower() in ("responsibility", "credit")
            for p in children(r) if p.dep_ == "prep" and p.lower_ == "for"
            for o in children(p) if o.dep_ == "pobj"]
    out += [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "for"
            for o in children(p) if o.dep_ == "pobj"]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and (
            verb.dep_ == "acl" or any(o.lower_ in ("which", "that") for o in out)):
        out.append(verb.head)       # "the bombing, claimed by X, ...", "the attack, which was claimed by X, ..."
    return out


def claimed_toll(n: Token, subject_tolls: bool = False) -> Token | None:
    """The toll a claimed attack noun is told with: its relative clause ("the attack, which killed nine soldiers,
    was claimed by ..."), or, with `subject_tolls` (convention claimed-attack-subjects, session 40 multi44), the
    verb of killing or wounding it is the subject of ("the bombing, claimed by X, killed 20 people")."""
    clause = toll_clause(n, claimed=True)
    if clause is None and subject_tolls and n.dep_ == "nsubj" and n.head.lemma_.lower() in TOLL_VERBS \
            and n.head.lemma_.lower() != "leave":
        clause = n.head
    return clause


def claimed_attack_doers(events: list[Event], trigger_of: dict[str, Token], subject_tolls: bool = False) -> None:
    """An attack event with no doer whose noun a claim (015) of the same sentence names as claimed, with a toll
    clause, takes the claimant as its doer."""
    claims = [e for e in events if e.cameo_code == _CLAIM_CODE and e.source_actor_id and e.id in trigger_of]
    if not claims:
        return
    for e in events:
        tok = trigger_of.get(e.id)
        if tok is None or e.cameo_root not in VIOLENT_ROOTS or e.source_actor_id or e.source_code:
            continue
        heads = {tok.i}
        if tok.dep_ == "relcl":
            heads.add(tok.head.i)           # "the attack, which killed nine soldiers": the attack's toll
        elif subject_tolls and tok.pos_ == "VERB":
            # "the ambush, claimed by X, killed four soldiers": the verb of killing the claimed noun is subject of
            heads.update(c.i for c in children(tok) if c.dep_ == "nsubj")
        for c in claims:
            nouns = claimed_nouns(trigger_of[c.id])
            if any(n.i in heads and claimed_toll(n, subject_tolls) is not None for n in nouns):
                e.source_actor_id, e.source_code = c.source_actor_id, c.source_code
                e.source_text, e.source_start = c.source_text, c.source_start
                new_id = Event.make_id(e.article_id, e.sentence, e.cameo_code, e.source_actor_id,
                                       e.target_actor_id, e.cue_start)
                trigger_of[new_id] = trigger_of.pop(e.id)
                e.id = new_id
                e.rule_id = f"{e.rule_id}+claimed"
                break
