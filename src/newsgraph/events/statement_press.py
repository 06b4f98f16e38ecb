"""Statements, the press relaying the news: an outlet ("Reuters reported"), a journalist reporting, a
correspondent or a paper's reporter saying what happened is attribution (gold convention C5), not a statement of
theirs -- unless what they say is about themselves. Read by statements.py to drop such speakers.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.addressees import _media
from newsgraph.events.arguments import Party
from newsgraph.events.statement_tones import _CONTENT_DEPS
from newsgraph.nlp.cache import children
from newsgraph.records import Analysis


def _outlet(party: Party) -> bool:
    """A news outlet as a body ("Reuters", "state media", "news outlets"), not one of its journalists: a reporter
    who says what happened to them acts in the story ("a journalist said he was arrested")."""
    if not _media(party) or _journalist(party):
        return False
    # the recogniser now and then tags a one-word outlet PERSON ("..., Yonhap said"): a head that is a word of
    # the outlet's own name is the outlet; a person's head that is not ("Smith of the BBC") is one of its people
    return party.head.ent_type_ != "PERSON" or _word_of_name(party.head, party.actor)


def _word_of_name(tok: Token, actor) -> bool:
    """`tok` is one of the words of the actor's name or of one of its aliases."""
    word = tok.text.casefold()
    return any(word in name.casefold().split() for name in [actor.name, *actor.aliases])


_JOURNALISTS = word_list("patterns", "JOURNALISTS")
_PERSONAL_SUBJECTS = word_list("patterns", "PERSONAL_SUBJECTS")     # "a correspondent said he was beaten"
_OUTLET_NOUNS = word_list("patterns", "OUTLET_NOUNS")
_RELAYING = frozenset({"report"})       # the verb a journalist relays news with (convention journalist-reports)


def _journalist(party: Party) -> bool:
    """One of the press's people: a person of sector MED, or a journalist noun ("an AP reporter")."""
    return party.head.lemma_.lower() in _JOURNALISTS or (
        party.actor is not None and party.actor.sector == "MED" and party.actor.kind == "PERSON")


# press people whose words in a story are the news they relay, whatever the verb (gold C5; session 21)
_RELAYING_PRESS = word_list("patterns", "RELAYING_PRESS")


def _relaying(analysis: Analysis, party: Party, verb: Token) -> bool:
    """A correspondent ("a state television correspondent said ..."), or, reporting, a person an outlet's possessive
    names as its own ("the Herald's Ana Ruiz reports: ..."): the press relaying the news."""
    head = party.head
    if head.lemma_.lower() in _RELAYING_PRESS:
        return True
    if verb.lemma_.lower() not in _RELAYING:
        return False
    return any(o.actor is not None and o.actor.sector == "MED" for o in args.resolved(analysis, roles.possessors(head)))


def _about_themselves(verb: Token) -> bool:
    """What the verb reports has a personal pronoun as its subject ("a correspondent said he was beaten"): the
    journalist acts in the story."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _PERSONAL_SUBJECTS
               for c in children(verb) if c.dep_ in _CONTENT_DEPS for g in children(c))
