"""An organisation's country from the description written right before its name (round42).

"Kenya fined South African telecoms group Voltacom 10 million shillings": agencies name a foreign company after
a description of it, the country's adjective first ("German carmaker Brandtwerk", "U.S. tech firm Clearview AI").
As a subject the parser makes the description part of the name's phrase and the name reader places it; as the
object of a verb with two objects ("fined X ten million shillings") the small parser hangs the name elsewhere,
and the company took the dateline's country (Kenya), then lent it to "Voltacom said it would appeal". The words
right before the name are read as they stand: a body's kind noun (NAME_DESCRIPTOR_NOUNS) right before it, and a
country's name or adjective at most three words before that, with only adjectives and nouns between. A name the
recogniser calls a person right after such a kind noun ("oil group Veldhaven") is the organisation it describes
(`described_orgs`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsgraph.datafile import word_list
from newsgraph.actors.phrases import based_country, noun_lemma

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView

NAME_DESCRIPTOR_NOUNS = word_list("kb", "NAME_DESCRIPTOR_NOUNS")
# "French oil major TotalEnergies": "major" is a firm's kind noun only after a trade's word (kb MAJOR_TRADE_WORDS);
# alone it is an officer's rank ("army major Tom Reed", a person; round47)
MAJOR_TRADE_WORDS = word_list("kb", "MAJOR_TRADE_WORDS")


def _kind_noun(doc, j: int) -> bool:
    """Is the word at `j` a body's kind noun written before a name ("group", "carmaker", "oil major")?"""
    t = doc[j]
    if t.lower_ in ("major", "majors"):
        return j > 0 and doc[j - 1].lower_ in MAJOR_TRADE_WORDS    # (tagged a noun or an adjective)
    return noun_lemma(t) in NAME_DESCRIPTOR_NOUNS
_BETWEEN = {"ADJ", "NOUN", "PROPN"}


def described_country(view: DocView, start: int) -> str | None:
    """The country of "<Demonym> [words] <kind noun>" written right before the name that begins at `start`."""
    doc = view.doc
    j = start - 1
    if j < 1 or doc[j].is_sent_start or not _kind_noun(doc, j):
        return None
    for k in range(j - 1, max(j - 5, -1), -1):
        t = doc[k]
        if k in view.country_of:
            return view.country_of[k]
        if t.pos_ not in _BETWEEN or t.ent_type_ in ("ORG", "PERSON"):
            return None
    return None


def based_before(view: DocView, start: int) -> str | None:
    """The country of the city or region written with "-based" right before the name that begins at `start` ("San
    Francisco-based I-Dev Partners", "London-based Harrowgate Consulting"): the organisation's, as "a London-based
    consultancy" is for a nominal; before session 47 a firm the KB lacks took none, or the story's (round49)."""
    j = start - 1
    if j < 2 or view.doc[j].lower_ != "based":
        return None
    return based_country(view.kb, [view.doc[j]], view.context_countries)


def described_orgs(doc, ents: list[Span]) -> list[Span]:
    """The recogniser's spans, with a person's name written right after a body's kind noun ("Dutch oil group
    Veldhaven") made an organisation's, and the same name as a person elsewhere in the text too."""
    described = {e.text for e in ents if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].pos_ == "NOUN"
                 and _kind_noun(doc, e.start - 1)}
    if not described:
        return ents
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e.text in described else e
            for e in ents]
