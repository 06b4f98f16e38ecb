"""Acts a sentence mentions as background or as a topic, not as news (session 41 prec45).

Background in a relative clause set off by a comma: what the side before it did in an earlier year describes that
side, as an apposition does ("tensions with Washington, which imposed tariffs last year, ..."), and is no act the
story reports (convention background-relatives). A restrictive clause ("the men who attacked the post"), a clause
dated to the story's own days (", which attacked the post on Monday,") and a standing position in the simple
present stay events (the real-news gold codes "the United States, which accuses him of ...": a claim kept up is
news); passive clauses are read by act_checks._agentless.

A span of years: a present perfect since an earlier year or over years ("the region has seen fighting since August
2023", "vendors have clashed with council officers for years") tells a state of affairs, no one act (convention
background-spans); a tally ("police have arrested 300 people since January 2024") and a span since a day of the
story ("since Monday") stay news, and so does a span of months in another tense ("after trashing the proposal for
months": the real-news gold codes it).

A topic: an event noun in the on-, about- or over-phrase of a work or a forum of talk ("the debate on the arrest of
the senator", "a documentary about the siege") names what is talked about; the sentence reports the talk, and the
act it is about was coded where it was told (convention topic-mentions). So is an event noun in the about-, on- or
over-phrase of a verb of asking ("Asked about a meeting between the two leaders, the spokesman said ..."): a question's
topic, no act the sentence reports (convention asked-topics, session 42 left46).

The words are word lists of data/patterns/word_lists.csv.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.clause_mood import clause_verb
from newsgraph.nlp.cache import children

_RELATIVES = word_list("patterns", "NONRESTRICTIVE_RELATIVES")
_EARLIER_MARKS = word_list("patterns", "EARLIER_TIME_MARKS")
_EARLIER_PERIODS = word_list("patterns", "EARLIER_PERIODS")
_TOPIC_HOLDERS = word_list("patterns", "TOPIC_HOLDERS")
_QUESTION_VERBS = word_list("patterns", "QUESTION_VERBS")
_TOPIC_PREPS = ("on", "about", "over")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def background_relative(trigger: Token) -> bool:
    """The trigger's clause is a relative clause after a comma whose subject is "who" or "which", told in the past
    with a time of an earlier year ("which imposed tariffs last year", "who attacked the embassy in 2019")."""
    verb = clause_verb(trigger)
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    first = verb.left_edge.i
    if first == 0 or verb.doc[first - 1].text != ",":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES and c.i == first for c in children(verb)):
        return False
    return verb.tag_ in ("VBD", "VBN") and _earlier_time(verb)


def background_span(trigger: Token) -> bool:
    """The trigger's clause is a present perfect ("has seen", "have clashed") with a since-phrase that names an
    earlier year ("since August 2023", "since 2019") or a for-phrase of years or decades ("for years")."""
    verb = clause_verb(trigger)
    if verb.pos_ == "NOUN" and verb.dep_ == "xcomp":
        verb = verb.head    # ("has seen fighting": the model may make the event noun the verb's complement)
    kids = children(verb)
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids):
        return False
    if any(t.like_num and t.ent_type_ != "DATE" for c in kids if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree):
        return False        # "have arrested 300 people since January 2024": a tally of the story's acts is news
    # (the phrase on the verb, or on the event noun the parse hangs it on: "have seen clashes ... since 2018")
    return any(c.dep_ == "prep" and _span_of_years(c)
               for c in (*kids, *(children(trigger) if trigger.i != verb.i else ())))


def _span_of_years(prep: Token) -> bool:
    """"since August 2023", "since 2019", "for years", "for decades": a span back to an earlier year. A counted
    period is a term, not a span: "has jailed a student for two years" is the sentence he got (petrarch2-gsr)."""
    if prep.lower_ == "since":
        return any(_YEAR.match(t.text) for t in prep.subtree)
    return prep.lower_ == "for" and any(
        c.dep_ == "pobj" and c.tag_ == "NNS" and c.lemma_.lower() in _EARLIER_PERIODS
        and not any(n.dep_ == "nummod" or n.like_num for n in children(c)) for c in children(prep))


def _earlier_time(verb: Token) -> bool:
    """A time phrase of the clause itself (not of a clause inside it) names an earlier year: a year number, "last
    year", "two decades ago"."""
    for tok in verb.subtree:
        if tok.ent_type_ != "DATE" or clause_verb(tok).i != verb.i:
            continue
        if _YEAR.match(tok.text):
            return True
        if tok.lemma_.lower() in _EARLIER_PERIODS and any(
                w.lower_ in _EARLIER_MARKS for w in (*children(tok), *verb.doc[tok.i + 1:tok.i + 2])):
            return True
    return False


def topic_mention(trigger: Token) -> bool:
    """The trigger is a noun in the on-, about- or over-phrase of a noun of word list TOPIC_HOLDERS ("the debate on
    the arrest of the senator")."""
    prep = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and prep.lower_ in _TOPIC_PREPS \
        and prep.head.i != prep.i and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _TOPIC_HOLDERS


def asked_topic(trigger: Token) -> bool:
    """The trigger is a noun in the about-, on- or over-phrase of a verb of word list QUESTION_VERBS ("asked about a
    meeting between the two leaders"): what a question was about."""
    prep = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and prep.lower_ in _TOPIC_PREPS \
        and prep.head.i != prep.i and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _QUESTION_VERBS
