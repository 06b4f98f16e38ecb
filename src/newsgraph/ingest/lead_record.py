"""The record `split_lead` and `split_credits` fill: `Lead`, the body with what was taken off its top and end,
and the three ways something is taken -- authors and agency of a byline (`take_byline`), the dateline (`take_dateline`)
and the words removed, each with its rule (`record_removal`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.ingest.byline import BylineParse
from newsgraph.ingest.dateline_read import Dateline


@dataclass
class Lead:
    """A body with its dateline and byline taken off, and what was found there."""

    text: str
    dateline_place: str | None = None
    dateline_region: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)


def name_key(name: str) -> str:
    """A byline name's letters and digits, case-folded: "J.R. Roe", "J R Roe" and "JR Roe" are one name (round46)."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def take_byline(parsed: BylineParse, authors: list[str], lead: Lead, first: bool = False) -> None:
    have = {name_key(a) for a in authors}
    new = [a for a in parsed.authors if name_key(a) not in have]
    authors[:] = (new + authors) if first else (authors + new)
    if parsed.agency and not lead.agency:
        lead.agency = parsed.agency


def take_dateline(lead: Lead, dl: Dateline, rule: str) -> None:
    """The story's dateline found: its place and region (and agency, unless a byline gave one) onto the
    lead, its words (`dl.text`) recorded as removed by `rule`."""
    lead.dateline_place, lead.dateline_region = dl.place, dl.region
    lead.agency = lead.agency or dl.agency
    record_removal(lead, "dateline", dl.text, rule)


def record_removal(lead: Lead, kind: str, text: str, rule: str) -> None:
    lead.removed.append({"kind": kind, "text": text.strip(), "rule": rule})
