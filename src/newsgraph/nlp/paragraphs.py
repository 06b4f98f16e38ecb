"""Paragraph breaks end sentences: a spaCy component, before the parser, that starts a sentence at the
first word after a blank line.

Why: web pages put furniture lines without a full stop between paragraphs ("READ MORE: Ipsos poll",
"WATCH: ...", a caption). The parser otherwise reads such a line and the next paragraph as one sentence
("... Ipsos poll\\n\\nA spokeswoman for Trudeau said ..." makes the spokeswoman an apposition of "poll"), and
every stage after it -- actors, quotes, events -- reads the wrong subject. No sentence of news prose runs
across a blank line.

A line break after a sentence's own end (".", "?" or "!", or a closing quote after one) before a word in
capitals, a figure or an opening quote ends the sentence too (session 21): extracted pages put each paragraph on one line,
and the parser now and then reads such a line and the next as one sentence ("Why did the ferry stop?\nPort
director Ana Ruiz has told reporters that ..." can make the director an apposition of a noun of the question and
the question the subject of "told"). A stop inside a line ("Mr.", "U.S.") is one token with its word, so it is not
read as an end here; a dotted abbreviation that closes a line before a bare line break and a capital ("... in
Halifax, N.S.\nDeputies took ...") ends its sentence (`_dotted_end`, session 49 arr53).

An abbreviation that opens a paragraph ("U.S. Ambassador Jane Morrow met ...", "Sen. Ann Lee said ...") is no sentence of
its own: the word after it is marked as no sentence start (session 24, ctry24: the parser cut "U.S." off the title it
belongs to, and the ambassador took the dateline's country instead of her own). Nor is a paragraph's first word
when a word in lower case follows it ("Israel and Hamas agreed ..." after a headline: the parser cut "Israel" off
as a sentence of its own; session 36 lead). And a headline on the text's first line ends with its line
(`_title_line_end`: short, no closing stop, the next line opening a sentence), though a single line break joins it
to the lead.

A topic label before a colon at the start of a line ("Kenya protests: Ruto withdraws finance bill", "Sudan war: Army
retakes palace") is a sentence of its own (`label_colon`): the parser otherwise reads the label's noun as the line's
head and the clause after the colon as its apposition, so the clause's event is lost and the label's noun coded
instead. The event coder skips the label (`is_topic_label`): it is no actor and no event of its own (session 37,
left41). A speaker before a colon ("Sanders: ...", a name) is no label and stays with its words. A news-flash label
("BREAKING:", "LIVE:", "Developing:"; word list FLASH_LABELS) is a topic label too, whatever its capitals: the
parser otherwise hangs the headline after it on the label ("BREAKING: Imran Khan arrested in Islamabad" read Khan
as the arrester; session 39 head43). So is a live page's time stamp before a dash or colon ("14:32 GMT - Iran's
foreign minister arrives in Damascus"; `stamp_end`): the entry after it is a sentence of its own, the stamp no part of
its subject.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.datafile import word_list

COMPONENT = "newsgraph_paragraphs"


@Language.factory(COMPONENT)
def make_paragraph_breaks(nlp: Language, name: str) -> "ParagraphBreaks":
    return ParagraphBreaks()


_ENDS = frozenset({".", "?", "!"})


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Token i closes a sentence: a stop, "?" or "!", or a closing quote right after one."""
    tok = doc[i]
    if tok.text in _ENDS:
        return True
    return tok.is_quote and i > 0 and doc[i - 1].text in _ENDS


def _opens_sentence(token) -> bool:
    # (a figure opens one as well: "...the coroner.\n35-year-old Dale Pruitt was found ..."; session 22)
    return token.text[:1].isupper() or token.text[:1].isdigit() or (token.is_quote and token.i + 1 < len(token.doc)
                                       and token.doc[token.i + 1].text[:1].isupper())


class ParagraphBreaks:
    """Marks a sentence start at the first non-space token after a whitespace token holding a blank line, or a
    line break that follows a sentence's own end before a capital (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        pending = False
        title_end = _title_line_end(doc)
        label_start = None
        for token in doc:
            if token.i == 0 or token.i > 0 and doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
                colon = label_colon(doc, token.i)
                colon = colon if colon is not None else stamp_end(doc, token.i)
                label_start = colon + 1 if colon is not None else label_start
            if token.is_space:
                pending = pending or token.i == title_end or token.text.count("\n") >= 2 or (
                    "\n" in token.text and token.i > 0 and _ends_sentence(doc, token.i - 1)
                    and token.i + 1 < len(doc) and _opens_sentence(doc[token.i + 1])) or (
                    token.text in ("\n", "\r\n") and token.i > 0 and _dotted_end(doc[token.i - 1])
                    and token.i + 1 < len(doc) and _opens_sentence(doc[token.i + 1]))
            elif pending or token.i == label_start:
                token.is_sent_start = True
                pending = False
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is not None and not nxt.is_space and (_abbreviation(token) or (
                        token.is_alpha and nxt.is_alpha and nxt.text[:1].islower())):
                    nxt.is_sent_start = False
        return doc


# how many words a first line without a closing stop may have to be read as the text's headline
TITLE_MAX_WORDS = 15


def _title_line_end(doc: Doc) -> int | None:
    """The line break that ends a headline on the text's first line, when a single line break joins it to the lead
    ("Israel, Hamas agree to extend truce\nIsrael and Hamas agreed on Monday ..."): the first line has at most
    TITLE_MAX_WORDS words and no closing stop, does not end in a word that leads on (a stop word: "... said that\n"
    is a wrapped line, not a headline), and the next line opens a sentence. None otherwise (session 36 lead)."""
    words = 0
    for token in doc:
        if token.is_space:
            if "\n" not in token.text or words == 0:
                continue
            last = doc[token.i - 1]
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if last.is_punct or _leads_on(last) or nxt is None or not _opens_sentence(nxt):
                return None
            return token.i
        if token.is_alpha:
            words += 1
            if words > TITLE_MAX_WORDS:
                return None
    return None


def _leads_on(last) -> bool:
    """A line's last word that leads on to the next line ("... said that", "... and the"): a stop word, but not a
    particle, an adverb or a name that a headline may end with ("Rebels back down", "Fighting flares again",
    "... sewage flow into US": "US" is no pronoun; session 50 lead)."""
    return last.is_stop and last.tag_ not in ("RP", "RB", "NNP", "NNPS") \
        and not (last.text.isupper() and len(last.text) > 1)


# a topic label: at most this many words, nouns and adjectives without a determiner, its last word a common noun in
# lower case ("Sudan war:"; a name before a colon is a speaker: "Sanders:")
LABEL_MAX_WORDS = 4
_LABEL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
_FLASH_LABELS = word_list("patterns", "FLASH_LABELS")


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)
_STAMP_WORDS = word_list("patterns", "STAMP_WORDS")
_STAMP_ENDS = ("-", "—", "–", ":", "|")


def stamp_end(doc: Doc, start: int) -> int | None:
    """The dash or colon ending a live page's time stamp that opens the line at `start` ("14:32 GMT -", "9.15am:"),
    when a capitalised word follows it; None otherwise."""
    if start >= len(doc) or not _CLOCK.match(doc[start].text):
        return None
    i = start + 1
    while i < len(doc) and i <= start + 3 and doc[i].lower_ in _STAMP_WORDS:
        i += 1
    if i + 1 < len(doc) and doc[i].text in _STAMP_ENDS and doc[i + 1].text[:1].isupper():
        return i
    return None


def _flash_label(doc: Doc, start: int) -> int | None:
    """The colon ending a news-flash label that opens the line at `start` ("BREAKING:", "Live updates:"), or None."""
    for i in range(start + 1, min(start + LABEL_MAX_WORDS + 1, len(doc))):
        if doc[i].text == ":":
            return i if " ".join(t.lower_ for t in doc[start:i]) in _FLASH_LABELS else None
    return None


def label_colon(doc: Doc, start: int) -> int | None:
    """The colon ending a topic label that opens a line at token `start` ("Kenya protests: Ruto withdraws ..."), when a
    capitalised clause follows it on the same line; None otherwise (see the module docstring)."""
    flash = _flash_label(doc, start)
    if flash is not None:
        nxt = doc[flash + 1] if flash + 1 < len(doc) else None
        return flash if nxt is not None and nxt.text[:1].isupper() else None
    for i in range(start, min(start + LABEL_MAX_WORDS + 1, len(doc))):
        tok = doc[i]
        if tok.text == ":":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            last = doc[i - 1]
            if i == start or last.tag_ not in ("NN", "NNS") or not last.text[:1].islower() or nxt is None \
                    or not nxt.text[:1].isupper():
                return None
            return i
        if tok.tag_ not in _LABEL_TAGS or not tok.is_alpha:
            return None
    return None


def is_topic_label(sent) -> bool:
    """The sentence is a topic label before a colon (label_colon): the event coder codes nothing in it."""
    toks = [t for t in sent if not t.is_space]
    return bool(toks) and toks[-1].text == ":" and label_colon(sent.doc, toks[0].i) == toks[-1].i


def follows_topic_label(sent) -> bool:
    """The sentence is the clause after a topic label's colon ("Ruto withdraws finance bill" after "Kenya
    protests:"): a headline, which the event coder reads flat as it reads a title-case line."""
    if sent.start == 0 or sent.doc[sent.start - 1].text != ":":
        return False
    label = sent.doc[sent.start - 1].sent
    # (a news flash's headline is sentence case, its parse sound: "BREAKING: Imran Khan arrested in Islamabad")
    return is_topic_label(label) and _flash_label(sent.doc, label.start) is None


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")


def _dotted_end(token) -> bool:
    """A dotted abbreviation that closes a paragraph's line ("... a nurse held in Halifax, N.S.\nDeputies took ...",
    "... in Surrey, B.C.\nPolice said ..."): its stop is the sentence's too, though the tokenizer keeps it in the word
    (session 49 arr53: the parser read the two paragraphs as one sentence and the second one's arrest was lost). Only
    letters each with its stop ("D.C.", "U.S.", "p.m."), not a title ("Sen.", "Gov.") that a wrapped line may end
    with; and only before a bare line break (no indentation: a hard-wrapped text indents its next line)."""
    return bool(_DOTTED.match(token.text))


def _abbreviation(token) -> bool:
    """"U.S.", "U.N.", "Sen.", "Gov.": letters ending in a stop, one token (not a lone "." or a figure)."""
    text = token.text
    return len(text) > 1 and text.endswith(".") and text[:1].isupper() and text.replace(".", "").isalpha()
