"""Rallies in an election campaign's news, the test the senses condition `campaign_rally` reads (session 50 pro54).

A campaign story is full of rallies that are no dissent: "he deviated from his script during a rally here", "at a
rally last week the running mate showed the crowd a clip", "the nominee was holding his first rally in the state",
"those he counts on to rally to his side". CAMEO 141 is a gathering to protest; a candidate's or a party's rally is a
campaign event. The older rows read such a rally only where the sentence names its holder as a politician of known
sector (SE-politician-rally-crit25), names it after a person (SE-person-rally-force26), gives it a campaign modifier
(SE-campaign-rally) or where the article is a story of a party's nominating race (SE-campaign-rally-prec51, with its
own narrow word set). Candidates the actors stage gives no sector, and general-election or local campaign stories,
slipped through: in a random sample of real sentences with protest words, 7 of 11 false protest events were such
rallies.

The test here is on the article, the rally's holder and its clause, never on one word: the article is a campaign story
(the row's word set, read by senses._story_words), the trigger is a rally or an act of holding, staging, attending or
addressing one, the holder is none, a person or pronoun (not an opposition figure, whose rally stays a protest), a
politician or a word of politics (a campaign, a party), not armed nor a state, and no word of protest or of a
cause against something stands in the rally's own words or the holding act's clause (word list RALLY_PROTEST_WORDS:
"a rally against the pipeline", "held a rally to demand his resignation") and no common noun before the rally names
a cause ("an immigration rally"; word list CAMPAIGN_RALLY_KINDS holds the nouns that name none). "Hundreds of nurses
rallied at the capitol", "the union held a rally" and "opposition supporters rallied" keep their 141, and so does a
rally with no holder in a story of protests (four words of PROTEST_STORY_WORDS: a story of lockdown protests names
donors and PACs too). A rally whose sentence tells of protest is kept before this row is read
(SE-rally-protest-keep-prec51).
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.campaign_senses import _armed_side, _political_doers
from newsgraph.events.patterns import noun_sets
from newsgraph.events.sense_sides import _can_use_force
from newsgraph.nlp.cache import children
from newsgraph.records import sector_type

_RALLY_NOUNS = frozenset({"rally", "rallies"})
# sectors whose rallies are campaign events, in lower case as sense_sides._politician reads them (round26; senses
# reads the same set for its older rally rows)
RALLY_HOLDER_SECTORS = frozenset({"gov", "leg", "pty", "eli"})
# the pronouns a candidate or a surrogate is named by; "they" and "we" may be a crowd of protesters
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "my", "me"})


@functools.lru_cache(maxsize=1)
def _protest_words() -> frozenset[str]:
    return word_list("patterns", "RALLY_PROTEST_WORDS")


def _rallies(tok: Token) -> list[Token]:
    """The rally the event is read from: the trigger itself ("during a rally", "rallied to his side") or the
    direct object of a verb of holding or attending one ("was holding his maiden rally")."""
    if tok.lemma_.lower() in _RALLY_NOUNS or tok.lower_ in _RALLY_NOUNS:
        return [tok]
    return [o for o in roles.direct_objects(tok) if o.lemma_.lower() in _RALLY_NOUNS or o.lower_ in _RALLY_NOUNS]


def _campaign_holder(party: Party | None) -> bool:
    """No holder, a person named or a pronoun of a person, a politician or a political body, or a word of politics
    ("the campaign", "the nominee"); not an opposition figure (OPP), an organisation of no political sector (a union,
    an advocacy group), a crowd or a common noun of people ("nurses", "supporters", "protesters")."""
    if party is None:
        return True
    if _armed_side(party) or _can_use_force(party):
        return False
    actor, head = party.actor, party.head
    if actor is not None and "OPP" in (actor.sector or ""):
        return False
    if head.pos_ == "PRON" or head.tag_ == "PRP$":
        return head.lower_ in _PERSON_PRONOUNS
    if actor is not None and sector_type(actor.sector).lower() in RALLY_HOLDER_SECTORS:
        return True
    if head.pos_ == "PROPN":
        return actor is None or actor.kind == "PERSON"
    return head.lemma_.lower() in _political_doers()


@functools.lru_cache(maxsize=1)
def _campaign_kinds() -> frozenset[str]:
    """Nouns that name a campaign's rally in a compound before it ("a campaign rally", "a Sunday night rally"): word
    lists CAMPAIGN_RALLY_KINDS and TIME_NOUNS and the campaign story's own words (noun set CAMPAIGN_STORY)."""
    return word_list("patterns", "CAMPAIGN_RALLY_KINDS") | word_list("patterns", "TIME_NOUNS") \
        | noun_sets()["CAMPAIGN_STORY"]


def _cause_named(rally: Token) -> bool:
    """A common noun before the rally names its cause ("an immigration rally", "a gun-rights rally"): a rally for a
    cause is advocacy of it, kept a 141; a noun of a campaign or of time names none."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _campaign_kinds()
               and c.lower_ not in _campaign_kinds() for c in children(rally))


def _protest_told(tokens) -> bool:
    """A word of protest or of a cause against something among `tokens` ("a rally against the pipeline")."""
    words = _protest_words()
    return any(t.lemma_.lower() in words or t.lower_ in words or t.lower_.startswith("anti") for t in tokens)


PROTEST_STORY_TOKENS = 4     # words of PROTEST_STORY_WORDS that make an article a story of protests


def _protest_story(doc) -> bool:
    """The article names protests, protesters or demonstrators PROTEST_STORY_TOKENS times or more: a story of
    protests, where a rally with no holder is one of them even among words of politics ("drove up turnout at recent
    rallies in state capitals" in a story of lockdown protests; counted once per doc)."""
    if "_ng_protest_story" not in doc.user_data:
        words = word_list("patterns", "PROTEST_STORY_WORDS")
        doc.user_data["_ng_protest_story"] = sum(t.lower_ in words for t in doc) >= PROTEST_STORY_TOKENS
    return doc.user_data["_ng_protest_story"]


def campaign_rally(source: Party | None, tok: Token) -> bool:
    """A rally of a campaign (the article being a campaign story is the caller's test): the trigger names a rally or
    holds one, its holder is a campaign's (no armed side or state), and no word of protest stands in the rally's
    own words or in the clause of the act that holds it."""
    rallies = _rallies(tok)
    if not rallies or not _campaign_holder(source):
        return False
    if source is None and _protest_story(tok.doc):
        return False
    if any(_cause_named(r) for r in rallies):
        return False
    own = [t for r in rallies for t in r.subtree]
    if tok not in rallies:
        own += list(tok.subtree)
    if _protest_told(own):
        return False
    # "rallied to protest the cuts", "held a rally to demand ...": a purpose of protest on the trigger itself
    return not any(c.dep_ in ("advcl", "xcomp") and _protest_told([c]) for c in children(tok))
