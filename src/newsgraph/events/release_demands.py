"""Whom a demand for a release is made to when the text re-names the ones held: "Belarusian security forces
detained three Lithuanian journalists. Lithuania demanded the immediate release of the reporters" -- CAMEO 1053 is a
demand "that the target release persons or property", so the target is whoever holds them, not the ones to be
freed (convention release-arresters, round45).

The holder rules of events/implied_sides.py (handover-requests, detainers) find the holder through the held one's
actor: they need "the reporters" to be the very actor "three Lithuanian journalists" is, and a story that re-names
its detainees ("its members", "the reporters", "the nuns") gets none. A reader goes by the detention just told: an
appeal or demand (02, 10) whose object, or for-object, is a release or hand-over (word list HANDOVER_NOUNS) and
that found no holder -- aimed at no one, or at the ones to be freed (the release's possessive or of-phrase) -- is
made to the doer of the nearest coded detention or abduction (word list DETENTION_CODES) told before it, in its
sentence or the CAPTOR_WINDOW before; never to the demanding side itself, not after an arrest of suspects or
criminals (CRM), and not when the held ones are of a known country other than the detainees' (another detention).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.events.build import aimed_at
from newsgraph.events.implied_sides import CAPTOR_WINDOW, held_ones, released_nouns
from newsgraph.events.ontology import REQUEST_ROOTS
from newsgraph.events.state_sides import one_state_codes
from newsgraph.nlp.cache import tokens_by_start
from newsgraph.records import Analysis, Event

DETENTION_CODES = word_list("patterns", "DETENTION_CODES")     # arrests, detentions and abductions
SUSPECT_SECTOR = "CRM"          # the arrested are suspects: no one demands their release
_FOUND_HOLDER = "+holder"        # rule suffix of a demand the holder rules already aimed


def _aimed_at_held(e: Event, held: list[Token]) -> bool:
    """Does the demand name no target, or only one of the ones to be freed (the parse's object)?"""
    if e.target_actor_id is None and e.target_code is None:
        return True
    return e.target_start is not None and any(w.idx == e.target_start for t in held for w in t.subtree)


def _suspects(analysis: Analysis, a: Event) -> bool:
    """Were the ones taken suspects or criminals (CRM)? "Police arrested 13 suspects" is no detention whose
    release anyone demands: "unions demanded the release of the staff still held" after it is of hostages."""
    actor = analysis.actor(a.target_actor_id) if a.target_actor_id else None
    return actor is not None and actor.sector == SUSPECT_SECTOR


def _country(analysis: Analysis, actor_id: str | None) -> str | None:
    actor = analysis.actor(actor_id) if actor_id else None
    return actor.country if actor is not None else None


def aim_release_demands(doc: Doc, analysis: Analysis, events: list[Event]) -> list[Event]:
    """Aim each demand for a release that found no holder at the doer of the detention just told (see the
    module's docstring); every other event is kept as it was."""
    detentions = [a for a in events if a.cameo_code in DETENTION_CODES and a.source_actor_id
                  and a.target_actor_id and a.cue_start is not None and not _suspects(analysis, a)]
    if not detentions:
        return events
    token_at = tokens_by_start(doc)
    out: list[Event] = []
    for e in events:
        cue = token_at.get(e.cue_start) if e.cue_start is not None else None
        if cue is None or e.cameo_root not in REQUEST_ROOTS or _FOUND_HOLDER in e.rule_id:
            out.append(e)
            continue
        held = [h for n in released_nouns(cue) for h in held_ones(n)]
        if not held or not _aimed_at_held(e, held):
            out.append(e)
            continue
        held_country = _country(analysis, e.target_actor_id)
        told = [a for a in detentions if a.cue_start < e.cue_start and e.sentence - CAPTOR_WINDOW <= a.sentence
                and a.source_actor_id not in (e.source_actor_id, e.target_actor_id)
                and not one_state_codes(e.source_code, a.source_code)
                and (held_country is None or _country(analysis, a.target_actor_id) in (None, held_country))]
        if not told:
            out.append(e)
            continue
        a = max(told, key=lambda a: a.cue_start)
        out.append(aimed_at(e, (a.source_actor_id, a.source_code, a.source_text, a.source_start),
                            f"{e.rule_id}+arrester"))
    return out
