"""A headline's event takes the date of the lead that restates it (convention headline-lead-dates, session 39 head43).

A headline tells its news without a date ("Police arrest 12 after clashes in Dhaka"), so its event is dated to the
day of publication, while the lead that tells the same act dates it ("... arrested 12 people on Sunday ..."). The
store groups reports of one act into a cluster by day, source, code and target (`store/rows.cluster_id`): with two
days the one arrest would count as two events. A headline's event whose date is the publication day takes the date
of the first event in the next LEAD_SENTENCES sentences with the same root and the same sides (a side the one
leaves open may be named by the other).
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.clause_mood import headline_like
from newsgraph.events.headlines import own_line
from newsgraph.nlp.cache import doc_sents
from newsgraph.records import Analysis, Event

LEAD_SENTENCES = 3


def _same_act(head: Event, lead: Event) -> bool:
    def side(a: str | None, b: str | None) -> bool:
        return a is None or b is None or a == b
    return head.cameo_code[:2] == lead.cameo_code[:2] and side(head.source_code, lead.source_code) \
        and side(head.target_code, lead.target_code) and (head.source_code or lead.source_code) is not None


def lead_dates(doc: Doc, analysis: Analysis, events: list[Event]) -> None:
    """Date each headline event dated only by the publication day as the lead event that restates it (in place)."""
    published = analysis.article.published
    if published is None:
        return
    pub = published.isoformat()[:10]
    sents = doc_sents(doc)
    # a line of its own without a closing stop, or in title case: a headline, standfirst or sub-head
    heads = {i for i in {e.sentence for e in events}
             if 0 <= i < len(sents) and own_line(doc, sents[i]) and headline_like(sents[i])}
    for e in events:
        if e.sentence not in heads or e.date != pub:
            continue
        lead = next((x for x in events if e.sentence < x.sentence <= e.sentence + LEAD_SENTENCES
                     and x.sentence not in heads and x.date and x.date != pub and _same_act(e, x)), None)
        if lead is not None:
            e.date, e.date_precision = lead.date, lead.date_precision
