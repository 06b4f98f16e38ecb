"""A story of the dateline state's reaction to news from elsewhere: "WELLINGTON - The United States had the right to
strike back, New Zealand said on Friday ... Foreign Minister Ana Tui said", "NICOSIA - The Cypriot government
condemned the bombings in Kenya ... President Andreas Petrou extended his sympathy" (session 47 lead).

Wire services file such stories from every capital after a big event abroad, and the event's states are named
far more often than the one reacting, so the story's evidence (story_country.py) goes to them: the reacting
state's own foreign minister, president or ministry, named by a bare title, took the United States or Kenya. A
careful reader takes them for the dateline's state, whose reaction the story's first sentence reports: its subject
(of the root verb, or of the verb of saying that closes it) is that state, by its name or as its government.

Read by context.assign_context_countries for state offices and bodies (institutional sectors) the text does not
place otherwise; a title that names its state ("U.S. President", "Kenya's foreign minister") never reaches it.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable

LEAD_SENTENCES = 2          # the dateline may be a sentence of its own before the lead
_STATE_KINDS = ("COUNTRY",)
_STATE_SECTORS = ("GOV",)


def reacting_state(view: DocView, table: EntityTable, dateline: str | None) -> bool:
    """Is the subject of the story's first sentence with a verb the dateline's state (its name, or its government)?"""
    if not dateline:
        return False
    subjects: set[int] = set()
    for root in view.sent_root[:LEAD_SENTENCES]:
        if root.pos_ not in ("VERB", "AUX"):
            continue            # "NAIROBI, Kenya (AP) _": the dateline parsed as a sentence of its own
        subjects = {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")}
        break
    if not subjects:
        return False
    for m in table.ments:
        if m.head in subjects and m.kind != "pronoun" and len(m.ents) == 1:
            e = m.ents[0]
            if e.country == dateline and (e.kind in _STATE_KINDS or e.sector in _STATE_SECTORS):
                return True
    return False
