"""Unnamed officials or diplomats who only report a sentence about several states: "DOHA - Israel and Hamas resumed
indirect talks on Sunday, officials said", "NEW YORK - The United States and China clashed over the launches,
diplomats said". The voice could be of either party, of the host or of neither; a careful reader could not tell whose,
so the story's or the dateline's country would be a guess -- and a wrong country on a side is worse than none (it puts
a false event in a dyad filter). One country named ("KAMPALA - Ugandan police arrested 30 supporters, officials said")
is no such doubt, and the voice keeps the story's country (round47, issue 12).

Read by context.assign_context_countries before the story's or the dateline's country is given out; a voice the text
places itself ("Israeli officials", "officials in Doha", "the officials" re-naming a group) never reaches it.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import SAID_COUNTRY_SOURCES, EntityTable, Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.person_anaphors import DEFINITE_WORDS
from newsgraph.actors.phrases import noun_lemma
from newsgraph.nlp.cache import children, climb

REPORTING_VOICE_NOUNS = word_list("kb", "REPORTING_VOICE_NOUNS")    # official, diplomat ...
REPORTING_VOICE_VERBS = word_list("kb", "REPORTING_VOICE_VERBS")    # say, tell, add ...
OWN_STATE_VOICE_NOUNS = word_list("kb", "OWN_STATE_VOICE_NOUNS")    # official (not diplomat: round48)
# modifiers that place the voice where its sentence is ("local officials", "provincial officials": the struck
# village's, as context.py reads them), or at a level of the state ("federal officials"): not a voice of anywhere
_PLACING_MODIFIERS = (word_list("kb", "PLACE_OWN_MODIFIERS") | word_list("kb", "LOCAL_GOVERNMENT_MODIFIERS")
                      | word_list("kb", "GOVERNMENT_LEVELS"))
# (a modifier of the plain voice: "senior officials", "two diplomats"; a capitalised one -- "Israeli officials",
# "Western diplomats" -- or a compound, owner or phrase places the voice, and other rules read it)
_PLAIN_DEPS = frozenset({"det", "amod", "nummod", "punct", "quantmod", "advmod"})


def _plain_voice(view: DocView, m: Ment) -> bool:
    """A bare plural "officials" or "diplomats", no owner, compound, phrase, capitalised or placing modifier ("local",
    "provincial"), that is the subject of a verb of reporting ("..., officials said") or the object of "according to"."""
    head = view.doc[m.head]
    if head.tag_ != "NNS" or noun_lemma(head) not in REPORTING_VOICE_NOUNS:
        return False
    for c in head.children:
        if c.dep_ not in _PLAIN_DEPS:
            return False
        if c.dep_ == "det" and c.lower_ in DEFINITE_WORDS \
                or c.dep_ == "amod" and (not c.text.islower() or c.lower_ in _PLACING_MODIFIERS):
            return False
    verb = head.head
    if head.dep_ == "nsubj":
        return verb.lemma_.lower() in REPORTING_VOICE_VERBS
    return head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according"


def sentence_states(table: EntityTable, sent: int, named_here: dict[str, bool]) -> set[str]:
    """The states a sentence names: those `sentence_named_countries` found, and each state of a mention of several
    ("Afghan and Pakistani border guards": one mention, two groups, which that reading leaves out)."""
    states = {c for c in named_here if c not in NON_STATE_COUNTRY}
    for m in table.ments:
        if m.sent == sent and m.kind != "pronoun":
            states.update(e.country for e in m.ents if e.country and e.country not in NON_STATE_COUNTRY
                          and e.country_source in SAID_COUNTRY_SOURCES)
    return states


def voice_of_several_states(view: DocView, table: EntityTable, named: list[Ment],
                            sent_countries: dict[int, dict[str, bool]]) -> bool:
    """Is every mention a plain reporting voice (`_plain_voice`) in a sentence that names two states or more (by a
    place, a country's name or an actor the text placed)?"""
    if not named:
        return False
    for m in named:
        if not _plain_voice(view, m) or len(sentence_states(table, m.sent, sent_countries.get(m.sent, {}))) < 2:
            return False
    return True


def reports_dateline_state_alone(view: DocView, named: list[Ment], state_heads: set[int]) -> bool:
    """"ISLAMABAD - Pakistan closed its border crossings with Afghanistan and Iran, officials said": the voices report
    an act of the dateline's state alone -- the subject of the clause they report is a mention of that state
    (`state_heads`), coordinated with no other ("Israel and Hamas resumed talks" stays a pair) -- and a careful reader
    takes them for that state's officials, whatever other states the act names (round48, act50; act49's rule above
    had taken the neighbours named as objects for doubt)."""
    if not state_heads:
        return False
    for m in named:
        head = view.doc[m.head]
        if noun_lemma(head) not in OWN_STATE_VOICE_NOUNS:
            return False        # "VIENNA - Austria blocked a statement at the OSCE, diplomats said": anyone's
        if head.dep_ == "nsubj":
            verb = climb(head, ("compound", "flat", "appos")).head
        else:
            return False        # ("according to officials": not read)
        clauses = [c for c in children(verb) if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
            clauses.append(verb.head)       # ("Pakistan closed X, officials said": the parse hangs "said" below)
        subjects = [g for c in clauses for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not all(g.i in state_heads and not any(k.dep_ == "conj" for k in children(g))
                                   for g in subjects):
            return False
    return True
