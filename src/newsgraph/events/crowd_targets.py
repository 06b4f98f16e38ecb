"""Whom force was used on when the sentence names no one: "Thousands of protesters took to the streets of Tehran.
Security forces used live ammunition" -- police or soldiers who fire, use tear gas or open fire with no object are
firing on the crowd the story has just told of (convention crowd-targets, round43).

A target-less act of force (CROWD_FORCE_CODES: 175, 18x, 19x) by police or soldiers (CROWD_FORCE_SECTORS) is aimed
at the nearest earlier side it continues, in its own sentence before its cue or the CROWD_LOOKBACK sentences
before: the protesters of a protest told (root 14), or the target of an act of force the same side did just before
("beat demonstrators with batons ... they used live ammunition"). Never the force itself, never a side of another
country; a protest only named as a plan or a demand (hypothetical, negated) is none.

Round 44 (session 42 tgt46, convention attacked-crowds): the protesters another side's act was aimed at are such a
side too ("Supporters of the ruling party attacked protesters outside the president's office. Police fired tear
gas"): the crowd is what the story has just told of, whoever struck it first.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.datafile import word_list
from newsgraph.events.build import aim_targetless
from newsgraph.events.patterns import noun_sets
from newsgraph.records import Analysis, Event

CROWD_LOOKBACK = 1                                                   # sentences back to look for the crowd
CROWD_FORCE_CODES = tuple(word_list("patterns", "CROWD_FORCE_CODES"))    # "175", "18", "19"
CROWD_FORCE_SECTORS = word_list("patterns", "CROWD_FORCE_SECTORS")      # "COP", "MIL"
PROTEST_ROOT = "14"
_NOT_DONE = ("hypothetical", "negated")


def _force_by_state(e: Event) -> bool:
    code = e.source_code or ""
    return e.cameo_code.startswith(CROWD_FORCE_CODES) and code[3:6] in CROWD_FORCE_SECTORS


def _country(code: str | None) -> str | None:
    return code[:3] if code and len(code) >= 3 else None


def _names_crowd(words: str | None) -> bool:
    """The words of a side name protesters ("peaceful protesters", "the marchers": noun set PROTESTERS)."""
    crowd = noun_sets()["PROTESTERS"]
    return any(w in crowd or w.removesuffix("s") in crowd for w in (words or "").lower().split())


def _crowd_of(e: Event, events: list[Event], crowds: bool = False) -> list[tuple[str | None, str | None, str | None, int | None]]:
    """The side the force continues on (see the module's docstring): the nearest earlier one, one side only; with
    `crowds` also protesters another side's act was aimed at (convention attacked-crowds)."""
    def near(a: Event) -> bool:
        return a.cue_start is not None and a.cue_start < e.cue_start and e.sentence - CROWD_LOOKBACK <= a.sentence \
            and a.modality not in _NOT_DONE

    own = _country(e.source_code)
    sides = []
    for a in events:
        if not near(a):
            continue
        if a.cameo_root == PROTEST_ROOT and a.source_actor_id and a.source_actor_id != e.source_actor_id \
                and not _force_by_state(a) and (a.source_code or "")[3:6] not in CROWD_FORCE_SECTORS:
            sides.append((a.cue_start, (a.source_actor_id, a.source_code, a.source_text, a.source_start)))
        elif _force_by_state(a) and a.target_actor_id and a.target_actor_id != e.source_actor_id \
                and (a.source_actor_id == e.source_actor_id or a.source_code == e.source_code):
            sides.append((a.cue_start, (a.target_actor_id, a.target_code, a.target_text, a.target_start)))
        elif crowds and a.target_actor_id and a.target_actor_id != e.source_actor_id and _names_crowd(a.target_text):
            sides.append((a.cue_start, (a.target_actor_id, a.target_code, a.target_text, a.target_start)))
    sides = [(at, side) for at, side in sides if own is None or _country(side[1]) in (own, None)]
    return [max(sides, key=lambda s: s[0])[1]] if sides else []


def aim_crowd_force(doc: Doc, analysis: Analysis, events: list[Event], crowds: bool = False) -> list[Event]:
    """Aim each target-less act of force by police or soldiers at the crowd it continues on (module docstring)."""
    return aim_targetless(doc, events, _force_by_state, lambda e, trigger: _crowd_of(e, events, crowds),
                          "+crowd-target")
