"""Criticism of a deed told in an earlier verb: "Polish farmers spilled Ukrainian grain from wagons. Kyiv condemned
the spilling of the grain" -- the condemnation names the deed only by its -ing noun, and the deed's doers only by
the subject of the verb that told it; "Georgia's parliament passed the bill. The United States criticised the law"
-- a law, bill or decision is made by whoever passed, adopted or approved it (word list ANSWER_NOUN_VERBS).

The answers of events/discourse.py find the maker of "the decision" or "the ruling" through its making verb when the
noun is one of an answers.csv row; these two kinds are left to this module (convention made-acts, round42): a
target-less reaction (MADE_ACT_REACTIONS: criticism, rejection, denial, praise) whose definite direct object is an
-ing noun or a made thing of ANSWER_NOUN_VERBS with no owner of its own is aimed at the subject (or passive agent)
of the nearest earlier verb of that deed, in its own sentence before the trigger or the MADE_ACT_LOOKBACK sentences
before -- one event per doer, never the reacting side itself. A deed no verb tells ("criticised a new law" with
no one said to have passed it) stays with no target: the maker is never guessed.

Round 43 (session 41 tgt45): with convention deed-verbs a deed of force or punishment is told by the verbs of word
list DEED_NOUN_VERBS too ("the trial" by "sentenced", "the shooting" by "fired"); with convention inquired-deeds an
inquiry with no target into a deed ("ordered an investigation into the shooting", "a probe into the killing") is
aimed at the deed's doers as a judgement of it is: what is investigated is who did it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events import act_makers
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.build import aim_targetless
from newsgraph.events.patterns import noun_sets
from newsgraph.records import Analysis, Event
from newsgraph.nlp.cache import children

MADE_ACT_LOOKBACK = 2                                              # sentences back to look for the deed's verb
MADE_ACT_REACTIONS = tuple(word_list("patterns", "MADE_ACT_REACTIONS"))    # CAMEO code prefixes that judge a deed
INQUIRY_CODE = "09"                                                # an investigation (convention inquired-deeds)
INQUIRY_PREPS = ("into",)                                          # "an investigation into the shooting"
_TAKE_UP = word_list("patterns", "ACT_TAKE_UP")                     # "the", "this", "these" ...


def deed_verbs(noun: Token, deeds: bool = False) -> frozenset[str]:
    """The verbs that tell the deed a noun names: its making verbs (ANSWER_NOUN_VERBS: "law" -> pass, adopt ...;
    with `deeds` DEED_NOUN_VERBS too: "trial" -> sentence ...), or for an -ing noun its own verb ("spilling" ->
    spill, "banning" -> ban, "closing" -> close)."""
    made = act_makers.noun_verbs(deeds).get(noun.lemma_.lower())
    if made:
        return made
    low = noun.lower_
    if noun.pos_ != "NOUN" or not low.endswith("ing") or len(low) < 6:
        return frozenset()
    stem = low[:-3]
    out = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        out.add(stem[:-1])              # "spilling" keeps "spill"; "banning" -> "ban"
    return frozenset(out)


def _taken_up(o: Token) -> bool:
    """A noun with a definite determiner and no owner of its own ("the spilling of the grain", "the law"; not
    "Poland's blockade", "the army shelling" or "the attack by rebels", which the sentence coder reads)."""
    return any(c.dep_ == "det" and c.lower_ in _TAKE_UP for c in children(o)) \
        and not any(c.dep_ in ("poss", "compound") for c in children(o)) \
        and not any(c.dep_ == "prep" and c.lower_ == "by" for c in children(o))


def judged_deeds(trigger: Token) -> list[Token]:
    """The trigger's direct objects that take up a deed (_taken_up)."""
    return [o for o in children(trigger) if o.dep_ in ("dobj", "obj") and _taken_up(o)]


def _inquired_deeds(trigger: Token) -> list[Token]:
    """What an inquiry looks into, when it takes up a deed: the into-object of the inquiry noun that is the trigger
    or the trigger's direct object ("ordered an investigation into the shooting", "a probe into the killing"), or
    of the verb itself when the parse hangs the phrase there ("ordered a probe [into the killing]")."""
    inquiries = noun_sets()["INVESTIGATION"]
    nouns = [trigger] if trigger.lemma_.lower() in inquiries else \
        [o for o in children(trigger) if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in inquiries]
    if nouns and nouns[0] is not trigger:
        nouns.append(trigger)
    return [o for n in nouns for p in children(n) if p.dep_ == "prep" and p.lower_ in INQUIRY_PREPS
            for o in children(p) if o.dep_ == "pobj" and _taken_up(o)]


def _deed_doers(doc: Doc, analysis: Analysis, e: Event, trigger: Token, deed: Token,
                deeds: bool = False) -> list[args.Party]:
    """Who did the deed: the subject (or passive agent) of the nearest earlier verb that tells it."""
    verbs = deed_verbs(deed, deeds)
    if not verbs:
        return []
    for tok in act_makers.tokens_back(doc, e.sentence, min(trigger.i, deed.i), MADE_ACT_LOOKBACK):
        if tok.pos_ != "VERB" or not (roles.lemmas(tok) & verbs):
            continue
        heads = roles.agent_of(tok) if roles.is_passive(tok) else roles.subjects(tok)
        parties = [p for p in args.resolved(analysis, heads)
                   if p.actor is not None and p.actor.id != e.source_actor_id]
        if parties:
            return parties
    return []


def aim_made_acts(doc: Doc, analysis: Analysis, events: list[Event], deeds: bool = False,
                  inquiries: bool = False) -> list[Event]:
    """Give each target-less judgement of a deed told before (see the module's docstring) the deed's doers; with
    `inquiries` each target-less inquiry into such a deed too."""
    def inquiry(e: Event) -> bool:
        return inquiries and e.cameo_code.startswith(INQUIRY_CODE)

    def doers(e: Event, trigger: Token) -> list[args.Party]:
        taken = _inquired_deeds(trigger) if inquiry(e) else judged_deeds(trigger)
        return next((d for deed in taken for d in (_deed_doers(doc, analysis, e, trigger, deed, deeds),) if d), [])
    return aim_targetless(doc, events, lambda e: e.cameo_code.startswith(MADE_ACT_REACTIONS) or inquiry(e), doers,
                          "+made-act")
