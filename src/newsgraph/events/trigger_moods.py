"""The mood of a coded trigger: modality.py's reading, corrected where the act itself shows it happened, and the
PLOVER type that mood gives.

modality.py reads the clauses above a trigger; the coder's conventions then say when an act in a purpose or an
attempt was done all the same ("staged a sit-in to protest the fees", "tried to steal a van": the sit-in and the
attempt are the acts), for the trigger (`trigger_mood`) and for each code of a pair (`pair_mood`). A future
cooperative act is AGREE in PLOVER and a future conflictual one THREATEN (`plover_type`).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import conventions as conv
from newsgraph.events.act_checks import (_attempted_words, _gathered_for, _negating_verbs, _protest_by_doing,
                                         _reacted_to, _said_on_platform, _sent_to_investigate, _speaking_person,
                                         _told_toll)
from newsgraph.events.disowned_intents import disowning_noun
from newsgraph.events.modality import modality
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import Pattern
from newsgraph.events.triggers import CoderOptions, Trigger
from newsgraph.records import Actor

# PLOVER manual: cooperative actions reported as future intentions are coded AGREE ("will send
# aid", "is willing to withdraw"); by the same reading, announced conflictual actions are threats
# ("will boycott", "would tighten the blockade"), as is any action made conditional with "unless".
_FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
_FUTURE_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}

_UNREAL_MOODS = frozenset({"planned", "hypothetical", "expected"})


_WORDED_CODES = ("110", "111", "112")      # disapproval, criticism, accusation: done by saying them
# Force, arrest, expulsion, repression or theft tried is done (an attempted arrest, robbery or killing is the act;
# CAMEO's 185 is an attempted assassination); power, control or land one tries to seize (171) and a restriction
# (172) sought are not taken or imposed (convention attempted-force, round28)
_ATTEMPTED_FORCE_CUES = word_list("patterns", "FORCE_ATTEMPT_CUES")
_ATTEMPTED_FORCE_CODES = ("173", "174", "175", "18", "19", "20")
_THEFT_VERBS = word_list("patterns", "THEFT_VERBS")


def trigger_mood(trig: Trigger, root: str, options: CoderOptions) -> tuple[str, str | None, Token | None]:
    """(mood, its cue word, the noun that disowns the act or None) of a trigger whose CAMEO root is `root`."""
    p = trig.pattern
    mood, mood_cue = modality(trig.token, _negating_verbs(trig, options))
    disowned = disowning_noun(trig.token) if conv.enabled("no-intention", options.since) else None
    if disowned is not None:
        mood, mood_cue = "negated", disowned.text     # "had no intention of joining": refused (disowned_intents)
    if mood in _UNREAL_MOODS and _reacted_to(trig.token, options):
        mood, mood_cue = "asserted", None   # "marched to protest the killing of a student": the killing happened
    if mood == "planned" and mood_cue == "to" and root == "14" and _protest_by_doing(trig.token) \
            and conv.enabled("protest-purposes", options.since):
        mood, mood_cue = "asserted", None   # "staged a sit-in to protest the fees": the sit-in was the protest
    if mood == "planned" and mood_cue == "to" and (root == "05" or p.cameo == "043") \
            and _gathered_for(trig.token) and conv.enabled("gathering-purposes", options.since):
        mood, mood_cue = "asserted", None   # "thousands turned out to support him": the turnout was the support
    if mood == "planned" and root == "09" and _sent_to_investigate(trig.token) \
            and conv.enabled("dispatched-investigations", options.since):
        mood, mood_cue = "asserted", None   # "sent a mission to investigate the clashes": the mission investigates
    if mood != "asserted" and _told_toll(trig.token, root, options):
        mood, mood_cue = "asserted", None   # "a stabbing that killed a passenger may have started over ...": it happened
    return mood, mood_cue, disowned


def pair_mood(code: str, mood: str, mood_cue: str | None, trig: Trigger, sa: Actor | None,
              options: CoderOptions) -> str:
    """The mood of the act coded `code` (the trigger's `mood`, or "asserted" for a refusal) for a pair whose source
    is `sa`: words, threats, protests and force only tried were done."""
    mood_here = mood
    if mood_here == "planned" and mood_cue == "to" and code[:2] == "11" and _said_on_platform(trig.token) \
            and conv.enabled("platform-purposes", options.since):
        mood_here = "asserted"      # "took to Twitter to slam the mayor": the post was the criticism
    elif mood_here == "planned" and mood_cue == "to" and code[:2] in ("11", "02") \
            and conv.enabled("platform-appeals", options.since) \
            and (_said_on_platform(trig.token) or trig.token.dep_ == "conj" and _said_on_platform(trig.token.head)):
        mood_here = "asserted"      # "... to accuse the mayor and urge voters to read the audit": both were said
    if mood_here == "hypothetical" and code[:3] in _WORDED_CODES and _attempted_words(trig.token) \
            and conv.enabled("attempted-words", options.since):
        mood_here = "asserted"      # "sought to blame the unions": words tried are words said
    elif mood_here == "hypothetical" and code[:3] == "130" and _attempted_words(trig.token) \
            and conv.enabled("attempted-threats", options.since):
        mood_here = "asserted"      # "tried to intimidate the reporter": intimidation tried was done (round26)
    elif mood_here == "hypothetical" and code[:2] == "14" and _attempted_words(trig.token) \
            and conv.enabled("attempted-protests", options.since):
        mood_here = "asserted"      # "protesters have tried to block the depot": the attempt was the protest (round26)
    elif mood_here == "hypothetical" and (code.startswith(_ATTEMPTED_FORCE_CODES) or code.startswith("171")
                                          and trig.token.lemma_.lower() in _THEFT_VERBS) \
            and _attempted_words(trig.token, _ATTEMPTED_FORCE_CUES) and not _speaking_person(sa) \
            and conv.enabled("attempted-force", options.since):
        mood_here = "asserted"      # "tried to steal a van", "an attempt to arrest them": the attempt is the act (round28)
    return mood_here


def plover_type(code: str, pattern: Pattern, mood: str,
                conditional: str | None = None) -> tuple[str | None, str | None]:
    """(PLOVER type, mode) of an act coded `code` by `pattern` in `mood` ("purpose" for an infinitive of purpose),
    made conditional by `conditional` ("if", "unless" or None)."""
    info = lookup(code)
    if code == pattern.cameo:
        ptype, mode = pattern.plover or info.plover_type, pattern.mode or info.plover_mode
    else:
        ptype, mode = info.plover_type, info.plover_mode
    if ptype and "|" in ptype:
        ptype = ptype.split("|")[0]
    if mood in _UNREAL_MOODS and conditional == "unless":
        return "THREATEN", None
    if mood in ("planned", "expected") and ptype in _FUTURE_AGREE:
        return "AGREE", None
    if mood in ("planned", "expected") and ptype in _FUTURE_THREATEN:
        return "THREATEN", None
    return ptype, mode
