"""History told across sentences (convention history-narrative).

`date_place.is_history` drops an act dated by its own time two or more years before the story ("In 1987 soldiers
stormed the parliament"). A writer who tells that history goes on in the next sentences without repeating the
year ("They arrested dozens of deputies."; "Two years later, the general signed a deal."), and those acts were
coded as the story's news, dated by the publication day. This module follows the thread: a sentence with no time
of its own, in the past tense, that continues a history sentence -- its main subject a personal pronoun in the same
paragraph, or opened by a narrative connective ("Then", "Later", "A year later") -- is history too, as long as the
thread's year stays two or more years before the story's and the thread starts at an act (a dated background
fact such as a founding year starts none). A sentence that reports speech ("He said ...") is not
followed: a reporting verb in news is the story's own present, not the past it recalls.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events.date_place import HISTORY_YEARS, old_times, times_in_sentence, year_of, story_year
from newsgraph.nlp.cache import doc_sents
from newsgraph.records import Analysis

# how many sentences a thread of history may run on after its dated sentence
MAX_THREAD = 3
_CONNECTIVES = word_list("patterns", "NARRATIVE_CONNECTIVES")
_REPORTING_LEMMAS = word_list("patterns", "NARRATIVE_REPORTING")
_BACKGROUND_LEMMAS = word_list("patterns", "NARRATIVE_BACKGROUND")
_PERSONAL_PRONOUNS = {"he", "she", "they", "it", "we"}
# "Two years later", "A decade later", "Months later": a duration the next act comes after
_LATER = re.compile(r"^\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|few)\s+)?"
                    r"(day|week|month|year|decade)s?\s+(?:later|afterwards?)\b", re.IGNORECASE)
_UNIT_YEARS = {"day": 0.0, "week": 0.0, "month": 0.1, "year": 1.0, "decade": 10.0}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


def continues_history(analysis: Analysis, doc: Doc, sentence: int, told: set[int]) -> bool:
    """The sentence goes on telling history that an earlier sentence dated two or more years before the story
    (`told`: the sentences whose own acts were dropped as history by their own old time)."""
    if analysis.article.published is None or sentence <= 0:
        return False
    return _thread_year(analysis, doc, sentence, told, 0) is not None


def _thread_year(analysis: Analysis, doc: Doc, sentence: int, told: set[int], depth: int) -> float | None:
    """The year the history thread has reached at `sentence`, or None when the sentence does not continue one."""
    sents = doc_sents(doc)
    if depth > MAX_THREAD or sentence <= 0 or sentence >= len(sents):
        return None
    sent, before = sents[sentence], sents[sentence - 1]
    if any(t.type in ("DATE", "TIME") for t in times_in_sentence(analysis.times, sentence)):
        return None         # a time of its own: is_history judges it
    opener = _opener(sent)
    later = _LATER.match(sent.text)
    if opener is None and later is None and not (_pronoun_subject(sent) and _same_paragraph(doc, before, sent)):
        return None
    if not _past_narration(sent):
        return None
    year = _dated_year(analysis, doc, sentence - 1) if _tells_act(doc, sentence - 1, told) else None
    if year is None:
        year = _thread_year(analysis, doc, sentence - 1, told, depth + 1)
    if year is None:
        return None
    if later is not None:
        year += _span_years(later)
    return year if story_year(analysis, doc) - year >= HISTORY_YEARS else None


def _tells_act(doc: Doc, sentence: int, told: set[int]) -> bool:
    """The dated sentence tells an act: one of its events was dropped as history, or its main verb is not one of
    the background facts a profile gives with a year ("was founded in 1968", "became president in 2010")."""
    return sentence in told or doc_sents(doc)[sentence].root.lemma_.lower() not in _BACKGROUND_LEMMAS


def _dated_year(analysis: Analysis, doc: Doc, sentence: int) -> float | None:
    """The old year of a sentence whose main clause is dated as history ("In 1987, soldiers stormed ...",
    "The party was founded in 1998.")."""
    years = [year_of(analysis, t) for t, _root, verb in
             old_times(analysis, doc, sentence, story_year(analysis, doc))
             if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")]
    years = [y for y in years if y]
    return float(max(years)) if years else None


def _opener(sent: Span) -> Token | None:
    """The sentence's first word when it is a narrative connective ("Then", "Later", "Afterwards")."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first if first is not None and first.lower_ in _CONNECTIVES else None


def _pronoun_subject(sent: Span) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL_PRONOUNS for c in sent.root.children)


def _same_paragraph(doc: Doc, before: Span, sent: Span) -> bool:
    return "\n" not in doc.text[before.end_char:sent.start_char]


def _past_narration(sent: Span) -> bool:
    """The main verb tells a past act ("stormed", "was arrested", "had fled"), not the present, a perfect that
    reaches the present, a future, a modal, or a report of speech."""
    root = sent.root
    if root.lemma_.lower() in _REPORTING_LEMMAS:
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBZ", "VBP") for a in auxes):
        return False        # "will", "has signed", "is held"
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes)    # "was arrested", "had fled"


def _span_years(match: re.Match) -> float:
    count = match.group(0).split()[0].lower()
    n = _NUMBERS.get(count, int(count) if count.isdigit() else 1)
    return n * _UNIT_YEARS[match.group(1).lower()]
