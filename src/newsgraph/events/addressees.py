"""Whom a statement is addressed to (CAMEO root 01's target): "told the committee", "spoke to reporters", "said in an
interview with the Herald", "told visiting officials"; the press and outlets as addressees (gold conventions C4, C6,
C10), bodies and office holders spoken to, and an addressee told to act (convention told-to). Split out of
statements.py in session 28 with no change of output; statements.py finds the statements and reads these."""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors import outlets
from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.patterns import noun_sets
from newsgraph.nlp.cache import children, has_the
from newsgraph.nlp.model import sentence_index
from newsgraph.records import Analysis
from newsgraph.events.statement_data import StatementVerb


_TOLD_PRONOUNS = word_list("patterns", "PERSONAL_SUBJECTS")   # "she was advised by X to ..." (told-to)


def _participle_objects(verb: Token) -> list[Token]:
    """"told visiting officials that ...": the small model hangs the addressee and the content on the
    participle; these are the participles' described nouns."""
    return [n for c in children(verb) if c.dep_ == "xcomp" for n in (roles.participle_modifier(c),) if n is not None]


def _told_to(verb: Token) -> bool:
    """An addressee told, advised or reminded to do something: "told the envoy to leave", "was advised by the
    minister to wait" (a to-infinitive with the verb's object, or with the passive's subject; convention told-to)."""
    kids = children(verb)
    if not any(c.dep_ == "xcomp" and roles.to_infinitive(c) for c in kids):
        return False
    return any(d.dep_ in ("dobj", "dative") for d in kids) or \
        (roles.is_passive(verb) and any(d.dep_ == "nsubjpass" for d in kids))


# nouns that name a speaker as the subject of a verb of saying, not everywhere (convention speaker-nouns, session 26)
_SPEAKER_NOUNS = word_list("patterns", "SPEAKER_NOUNS")


def _addressee_heads(verb: Token, row: StatementVerb, speeches: bool = False) -> list[Token]:
    heads: list[Token] = []
    if row.to_object:
        heads += roles.datives(verb) + [o for o in roles.direct_objects(verb) if o.pos_ != "PRON" or
                                        o.lower_ in ("him", "her", "them", "us", "me", "you")
                                        or (o.dep_ == "nsubjpass" and o.lower_ in _TOLD_PRONOUNS and _told_to(verb))]
        heads += _participle_objects(verb)
        # "told Ruptly that ...": a capitalised name right after the verb that the small model took for an adverb
        # (a name ending in -ly) is the object (round 14)
        heads += [c for c in children(verb) if c.dep_ in ("advmod", "npadvmod") and c.i == verb.i + 1
                  and c.text[:1].isupper() and not c.is_sent_start]
    if row.preps:
        # only people, a body or the press are spoken to ("said to the farmers"), not what a verb points or
        # responds to ("pointed to the decline", "responded to the criticism"; round 14)
        heads += [h for h in roles.prep_objects(verb, row.preps) if _spoken_to([h])]
    if speeches:
        heads += _speech_addressees(verb, row)
    return heads


_SPEECH_PREPS = tuple(sorted(word_list("patterns", "SPEECH_PREPS")))
_SPEAKING = frozenset({"speak", "talk", "write"})     # participles of speaking that name an addressee


def _object_nouns(verb: Token) -> list[Token]:
    """The verb's direct objects and, for an object that picks some of a kind ("one of those calls", "some of
    the files"), the noun it picks them from: the parse may hang a to-phrase on either ("revealed one of those
    calls to investigators"; session 15)."""
    objs = roles.direct_objects(verb)
    return objs + [w for o in objs if o.pos_ in ("NUM", "PRON", "DET") or o.lemma_.lower() in roles.QUANTITY
                   for w in roles.prep_objects(o, ("of",))]


def _interviewer(head: Token) -> bool:
    """"spoke during her interview with Doe": the one an interview is with is the press there (gold convention
    C10), whatever else the text makes them; "spoke to the minister" stays a consultation."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() == "interview"


def _speech_addressees(verb: Token, row: StatementVerb) -> list[Token]:
    """Whom a statement was made to when the parse hangs them below the verb's other words (convention
    speech-addressees): the interviewer or recipient of the speech it was made in ("said in an interview with
    the Daily Post", "wrote in a letter to the governor", "said in a statement emailed to the Post"; noun set
    SPEECH), and for a verb whose object is what
    was made public, the to-phrase the parse gives that object ("revealed the plan to council members") when it
    names people or a body, not a place ("confirmed the transfer to Ukraine" is no statement to Ukraine)."""
    speech = noun_sets()["SPEECH"]
    # ("during her interview with the host she spoke about ...": session 15)
    said_in = [s for s in roles.prep_objects(verb, _SPEECH_PREPS) if s.lemma_.lower() in speech]
    # "said in a statement emailed to the Post" (round 14): the recipient of the participle the speech is given by
    heads = [w for s in said_in for o in [s] + [c for c in children(s) if c.dep_ == "acl" and c.tag_ == "VBN"]
             for w in roles.prep_objects(o, ("with", "to"))]
    if row.object_content and "to" in row.preps and not roles.prep_objects(verb, ("to",)):
        heads += [w for o in _object_nouns(verb) for w in roles.prep_objects(o, ("to",))
                  if w.ent_type_ not in ("GPE", "LOC") and (args.names_people(w) or w.ent_type_ in ("ORG", "NORP")
                                                           or w.lemma_.lower() in noun_sets()["BODIES"])]
    return heads


def _outlet_spoken_to(analysis: Analysis, verb: Token, outlet_back: bool = False,
                      publisher: bool = False) -> list[Party]:
    """"Speaking to the BBC, the mayor said ...": a named outlet that a participle of speaking addresses is the
    statement's target, as "told the BBC" makes it (convention named-outlets). Anyone else spoken with there was
    met, not told ("Speaking with the envoy, the minister said ...": a meeting beside the statement). With
    `outlet_back` (convention outlet-anaphora), "speaking to the paper" is the outlet named last, as "told the
    paper" is (session 18)."""
    heads = [w for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING
             for w in roles.prep_objects(c, ("to", "with"))]
    found = [p for p in args.resolved(analysis, heads) if _media(p) and not _press(p, True)]
    return found or (_outlets_named_before(analysis, heads, publisher) if outlet_back else [])


def _addressees(analysis: Analysis, heads: list[Token], named_outlets: bool, outlet_back: bool = False,
                publisher: bool = False) -> list[Party]:
    if publisher:
        own = [h for h in heads if _names_own_site(analysis, h)]
        actor = outlets.publisher(analysis) if own else None
        if actor is not None:
            # "told The Local" on thelocal.se: the page's own publisher by its name (round24)
            return [Party(actor, own[0])]
    found = [p for p in args.resolved(analysis, heads) if not _press(p, named_outlets)]
    return found or (_outlets_named_before(analysis, heads, publisher) if outlet_back else [])


def _names_own_site(analysis: Analysis, head: Token) -> bool:
    """A proper name told or spoken to that is the page's own site: its site name, or the first part of its
    address ("The Local" on thelocal.it), letters compared without case, spaces or a leading "the"."""
    if head.pos_ != "PROPN":
        return False
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "det", "flat", "amod") or t.i == head.i]
    key = "".join(t.lower_ for t in words if t.is_alpha or t.like_num)
    if len(key) < 4:
        return False
    art = analysis.article
    names = {"".join(ch for ch in (art.source or "").lower() if ch.isalnum())}
    host = outlets.host_label(art.url)
    if host:
        names.add(host)
    names = {n for n in names if len(n) >= 4}
    return key in names or key.removeprefix("the") in {n.removeprefix("the") for n in names}


def _outlets_named_before(analysis: Analysis, heads: list[Token], publisher: bool = False) -> list[Party]:
    """The outlets that "the paper", "the network" among `heads` stand for (`_outlet_named_before`)."""
    return [p for h in heads for p in [_outlet_named_before(analysis, h, publisher)] if p is not None]


# press nouns that stand for one outlet ("told the paper"), not for the press at large ("told reporters")
_ONE_OUTLET = word_list("patterns", "ONE_OUTLET")
# ... and those of them that, with no outlet named before, are the page's own publisher ("told the newspaper",
# "in an interview with this paper"; not "the agency", which may be a state's)
_PUBLISHER_NOUNS = word_list("patterns", "PUBLISHER_NOUNS")
_OWN_DETERMINERS = frozenset({"this", "our"})


def _outlet_named_before(analysis: Analysis, head: Token, publisher: bool = False) -> Party | None:
    """"The Chronicle reported the arrest. A witness told the paper ...": "the paper" is the outlet the article
    named last before it (an actor of sector MED within the five sentences before), the statement's target as a
    named outlet is (gold conventions C4, C6; convention outlet-anaphora, round 14); None when there is none.
    With `publisher` (convention publishing-outlet, session 21), "this paper" is the page's publisher, and so is
    "the newspaper" when no outlet was named before (actors/outlets.py)."""
    lemma = head.lemma_.lower()
    own = publisher and lemma in _PUBLISHER_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS for c in children(head))
    if own:
        actor = outlets.publisher(analysis)
        return Party(actor, head) if actor is not None else None
    if lemma not in _ONE_OUTLET or not has_the(head):
        return None
    sentence = sentence_index(head.doc, head.idx)
    before = [m for m in analysis.mentions if m.start < head.idx and m.actor_id is not None and m.kind == "name"
              and sentence - 5 <= m.sentence <= sentence]
    for m in sorted(before, key=lambda m: -m.start):
        actor = analysis.actor(m.actor_id)
        if actor is not None and actor.sector == "MED":
            return Party(actor, head)
    if publisher and lemma in _PUBLISHER_NOUNS:
        actor = outlets.publisher(analysis)
        return Party(actor, head) if actor is not None else None
    return None


def _spoken_to(heads: list[Token]) -> bool:
    """Someone was spoken to, even when no actor code is found for them or they are the press
    ("spoke to reporters", "testified before a state senate committee"): a public statement."""
    press = noun_sets()["PRESS"]
    bodies = noun_sets()["BODIES"]
    return any(args.names_people(h) or h.ent_type_ in ("ORG", "NORP") or h.lemma_.lower() in press
               or h.lemma_.lower() in bodies for h in heads)


# people who speak for their office when they speak as a group ("detectives believe", "officials think")
_OFFICE_HOLDERS = word_list("patterns", "OFFICE_HOLDERS")


def _is_body(party: Party) -> bool:
    """A state, government or organisation rather than a person: a named country or organisation, or
    a body noun ("the ministry", "the union"); never a pronoun or a person's name."""
    head = party.head
    if head.pos_ == "PRON" or head.ent_type_ == "PERSON":
        return False
    if head.lemma_.lower() in noun_sets()["BODIES"] or head.lower_ in noun_sets()["BODIES"]:
        return True
    if head.tag_ == "NNS" and head.lemma_.lower() in _OFFICE_HOLDERS:
        return True         # "investigators believe the fire was set": the investigation's statement
    return party.actor is not None and party.actor.kind in ("COUNTRY", "ORG", "GROUP") and head.pos_ == "PROPN"


def _press(party: Party, named_outlets: bool) -> bool:
    """The press as the audience ("told reporters", "told the paper"): a statement made to the media is a
    public statement, coded without a target (the media only carry it). A named outlet ("told AFP", "told
    the Daily Post") is the statement's target (convention `named-outlets`, the gold README's rule)."""
    press = noun_sets()["PRESS"]
    # (a name the small model mis-tags, "told Ruptly": capitalised and no press noun, is a name too; round 14)
    name = party.head.pos_ == "PROPN" or (party.head.text[:1].isupper() and party.head.lemma_.lower() not in press
                                          and not party.head.is_sent_start)
    named = named_outlets and name and _media(party)
    if (party.head.lemma_.lower() in press or party.head.lower_ in press) and not named:
        return True       # ("told The Associated Press": a named outlet whose name ends in a press noun)
    return _media(party) and not named


def _media(party: Party) -> bool:
    """A news outlet or agency (an actor of sector MED): the press, or a named outlet."""
    return party.actor is not None and party.actor.sector == "MED"
