"""A person's country from the party word of their title: "GOP contender Tom Varga", "Republican presidential
candidate Ann Lee", "Tom Varga, a Democratic strategist" (round51, session 49 tgt53).

Campaign stories name people by a title that carries their party and nothing else that places them; with no
dateline (opinion pieces, web copy) the person had no country at all, so "Pike took swipes at fellow GOP contender
Tom Varga" was an act aimed at no country. A capitalised party word of party_adjectives.csv whose row names a KB
party with a country ("GOP", "Republican", "Democratic", "Democrat": the US parties) in the words of the title
before the name, or of its appositive, gives that party's country (source "title"), as the party word already
gives a party office its sector (phrases.read_phrase). It is read only when nothing else placed the person. A word
other states' parties bear too (word list SHARED_PARTY_TITLE_WORDS: "Republican", "Democratic", "Democrat") is not
read in a story filed from another state (namesake_parties.py: "SEOUL - Democratic presidential candidate ..." is a
Korean party's) nor in one that places nothing in the party's country; "GOP", which no other party bears, is read
in any story ("MEXICO CITY - ... swipes at fellow GOP contender Tom Varga"). Nor is a word read when a capitalised
word before it makes it another party's name ("Social Democratic leader", "Christian Democratic candidate"). Party
words of no country ("Labour", "Tory") give none: the story's country places those.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.namesake_parties import _named_elsewhere
from newsgraph.actors.parties import party_words
from newsgraph.actors.story_country import dateline_country

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView


_TITLE_POS = ("ADJ", "NOUN", "PROPN")
# party words other states' parties bear too: they need the text to place something in the KB party's country
SHARED_PARTY_WORDS = word_list("kb", "SHARED_PARTY_TITLE_WORDS")


def title_words_before(view: DocView, start: int) -> list[Token]:
    """The run of adjectives and nouns (with their unspaced hyphens) right before a name at `start`, at most
    six words, in its sentence: the title as written, where the parse cut a hyphenated word ("Democratic
    front-runner Ann Lee") out of the title it found."""
    toks = view.toks
    i = start
    while i > 0 and start - i < 6:
        t = toks[i - 1]
        hyphen = t.text == "-" and not t.whitespace_ and i > 1 and not toks[i - 2].whitespace_
        if t.is_sent_end or t.sent.start != toks[start].sent.start or not (hyphen or t.pos_ in _TITLE_POS) \
                or view.dateline[t.i]:
            break
        i -= 1
    return list(toks[i:start])


def party_title_country(view: DocView, toks: list[Token], head: Token | None) -> str | None:
    """The country of the KB party a capitalised party word among `toks` (a title before a name, or an appositive
    whose head is `head`) names, before the title's head; None when there is none or the dateline is another
    state's."""
    words = party_words()
    kb = view.kb
    for t in toks:
        if head is not None and t.i >= head.i:
            break
        if t.lower_ not in words or not t.text[:1].isupper() or not words[t.lower_]:
            continue
        if t.i > 0 and view.toks[t.i - 1].text[:1].isupper() and view.toks[t.i - 1] in toks \
                and view.toks[t.i - 1].lower_ not in words:
            continue          # "Social Democratic leader", "Christian Democratic candidate": another party
        org = kb.orgs.get(words[t.lower_])
        if org is None or not org.code[:3].isalpha() or org.code[:3] == "---":
            continue
        iso = org.code[:3]
        if t.lower_ not in SHARED_PARTY_WORDS:
            return iso        # "GOP": no other state's party bears it, wherever the story is filed
        filed = dateline_country(view)
        if filed is not None and filed != iso:
            return None       # a namesake party of the state the story is filed from
        if not _named_elsewhere(view, iso, set()):
            return None       # "Democratic front-runner" in a story that places nothing in the United States
        return iso
    return None


def titled_party_country(view: DocView, start: int, root: Token,
                         appos: tuple[list[Token], Token] | None) -> str | None:
    """The country the party word of a person's title (the words right before the name at `start`, whose head is
    `root`) or of their appositive gives, if any (person_names.persons)."""
    return party_title_country(view, title_words_before(view, start), root) or (
        party_title_country(view, appos[0], appos[1]) if appos is not None else None)
