"""Accusations told as nouns with a that-clause and no verb that makes them: "Allegations by Kyiv that Russian forces
had used chemical agents were dismissed by Moscow", "Accusations from Seoul that Pyongyang had jammed GPS signals drew
a denial", "The opposition leader's charge that the ruling party had bought votes prompted an inquiry", "The charge
that Rwanda is arming the rebels was repeated by Congo's foreign minister" (convention owned-accusations, session 45
say49). nouns.csv codes an accusation noun through a light verb ("levelled accusations at", "aired allegations");
here the noun's own words make it one: it is owned by an actor -- a possessor, a by- or from-phrase, or the by-agent
of a passive verb of voicing it (word list ACCUSATION_VOICING_VERBS: "was repeated by") -- and its that-clause names
who did the wrong: the clause's subject, when it is an actor, is the accused, 112. A noun of word list
ACCUSATION_NOUNS always accuses; a "claim" (word list ACCUSING_CLAIM_NOUNS) only when its clause holds an act a
pattern coded as conflictual (root 11-20: "claims by Israel that UN staff took part in the attack"), as a claim that
a bridge was safe accuses no one. No owner, an owner who is no actor, a clause about a thing ("the charge that the
bridge was unsafe"), "any" or "no" on the noun, or a noun a pattern already coded: none."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import roles
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.events.noun_demands import names_none_made
from newsgraph.events.patterns import pattern_index
from newsgraph.events.triggers import match_verb
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis, Event

_NOUNS = frozenset(word_list("patterns", "ACCUSATION_NOUNS"))
_CLAIMS = frozenset(word_list("patterns", "ACCUSING_CLAIM_NOUNS"))
_VOICING = frozenset(word_list("patterns", "ACCUSATION_VOICING_VERBS"))
_CONFLICT_ROOTS = tuple(str(r) for r in range(11, 21))
RULE = "N11-owned-accusation-say49"
CONFIDENCE = 0.5


def names_owned_accusation(sent: Span, since: frozenset[str] | None = None) -> bool:
    """Whether the sentence holds an accusation noun this module may code (so the coder does not skip it unread)."""
    return conv_enabled("owned-accusations", since) and any(
        t.lemma_.lower() in _NOUNS or t.lemma_.lower() in _CLAIMS for t in sent)


def owned_accusation_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                            since: frozenset[str] | None = None,
                            found: list[tuple[Event, Token]] = ()) -> list[tuple[Event, Token]]:
    """The 112 events of the sentence's owned accusation nouns whose that-clause names an actor as the wrongdoer, but
    for nouns an event already `found` was coded on (convention `owned-accusations`)."""
    out: list[tuple[Event, Token]] = []
    if not conv_enabled("owned-accusations", since):
        return out
    coded = {token.i for _, token in found}
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.i in coded or (lemma not in _NOUNS and lemma not in _CLAIMS):
            continue
        if names_none_made(noun):
            continue
        clause = _that_clause(noun)
        if clause is None:
            continue
        if lemma in _CLAIMS and not _conflict_inside(clause, found, since):
            continue
        sources = args.resolved(analysis, _owners(noun))
        if not sources:
            continue
        accused = [s for s in children(clause) if s.dep_ in ("nsubj", "nsubjpass")]
        targets = [t for t in args.resolved(analysis, accused) if all(t.key != s.key for s in sources)]
        if not targets:
            continue
        when = event_when(analysis, doc, sent_index, noun, "asserted")
        conf = confidence.score(CONFIDENCE, "112", source=True, target=True)
        for s in sources:
            for t in targets:
                out.append((make_event(analysis, sent, sent_index, code="112", rule=RULE, source=s, target=t,
                                       cue=cue_span([noun]), modality="asserted", when=when, confidence=conf), noun))
    return out


def _that_clause(noun: Token) -> Token | None:
    """The verb of the noun's own that-clause ("the charge that Rwanda is arming ..."), or None. The small model may
    hang it as a relative clause, with "that" as its marker or as a word of its own; it is a that-clause all the same
    when "that" opens it and something else is its subject ("the claim by the groups that police had tortured ...")."""
    for c in children(noun):
        if c.dep_ not in ("acl", "relcl", "ccomp", "appos") or c.pos_ not in ("VERB", "AUX") or c.i < noun.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
            return c
        opener = c.doc[c.left_edge.i]
        if c.dep_ == "relcl" and opener.lower_ == "that" and opener.dep_ != "pobj" and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i != opener.i for s in children(c)) \
                and (opener.dep_ != "dobj" or any(o.dep_ == "dobj" and o.i != opener.i for o in children(c))):
            return c        # "that" read as the object of a clause that has an object of its own is its marker
    return None


def _owners(noun: Token) -> list[Token]:
    """Who makes the accusation: the noun's possessor, its by- or from-phrase, or the by-agent of a passive verb of
    voicing whose subject it is ("the charge ... was repeated by Congo's foreign minister")."""
    owners = roles.possessors(noun) or roles.prep_objects(noun, ("by", "from"))
    if owners:
        return owners
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _VOICING:
        return roles.agent_of(verb)
    return []


def _conflict_inside(clause: Token, found: list[tuple[Event, Token]], since: frozenset[str] | None = None) -> bool:
    """Whether the clause's verb is a conflictual act (root 11-20): coded by a pattern on a word of the clause, or
    matched by a verb pattern of such a root (the coder drops a claim's content as reported, so it may not be coded)."""
    span = {t.i for t in clause.subtree}
    if any(token.i in span and (event.cameo_code or "")[:2] in _CONFLICT_ROOTS for event, token in found):
        return True
    trig = match_verb(clause, pattern_index("verb", since))
    return trig is not None and trig.pattern.cameo[:2] in _CONFLICT_ROOTS
