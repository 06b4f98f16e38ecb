"""Statements, who spoke: the speakers of a verb of saying (`_speakers`: subjects that are people or bodies, a
place that speaks for its government, a document's issuer, the source of "according to"), the outer speaker of a
participle of saying, the speaker after the comma of a trailing "he said", and the two cases where a quote's
attribution is the statement itself (a self-report in the quote, speech retold in it). Read by statements.py and
the statement forms beside it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.addressees import _SPEAKER_NOUNS
from newsgraph.events.arguments import Party
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.patterns import noun_sets
from newsgraph.events.statement_content import _knowledge_mass
from newsgraph.events.statement_data import statement_index
from newsgraph.nlp.cache import children, doc_sents, has_the, subtree, sent_tokens
from newsgraph.nlp.model import sentence_index
from newsgraph.records import Analysis

# a place that speaks is its government ("the county said", "the city announced"; convention speaking-places)
_SPEAKING_PLACES = word_list("patterns", "SPEAKING_PLACES")
_DATA_NOUNS = word_list("patterns", "DATA_NOUNS")


def _speakers(analysis: Analysis, verb: Token, places: bool = True, documents: bool = True,
              heads: list[Token] | None = None, since: frozenset[str] | None = None) -> list[Party]:
    """Who spoke: subjects that are people or bodies themselves ("the ministry", "Amnesty", "he"),
    not things whose modifier names an actor ("Security Council resolutions declaring ..."); with `places`,
    a place noun too ("the county said": its government speaks); with `documents`, the named author of a
    document that "says" ("a McKinsey report said", "a study by the ministry found"), as "according to" reads it.
    `heads`: the words that name the speakers, when not the verb's subjects (a passive's "by" phrase)."""
    found: list[Party] = []
    for head in roles.subjects(verb) if heads is None else heads:
        for h in roles.conjuncts(head):
            if conv_enabled("knowledge-masses", since) and _knowledge_mass(h):
                continue        # "a growing body of research suggests": findings, no speaker (session 29)
            if args.is_nonspeaker(h):
                # "a McKinsey report said", "a study by the ministry found": the document's author speaks; figures
                # that "revealed" or "showed" a rise say nothing of anyone's (convention data-speakers, session 21)
                data = conv_enabled("data-speakers", since) and h.lemma_.lower() in _DATA_NOUNS
                bodies = conv_enabled("body-documents", since)
                author = _according_source(analysis, h, bodies=bodies) if documents and not data else None
                if author is not None and (author.actor is not None or bodies):
                    found.append(author)
                continue
            if h.i != head.i and roles.in_apposition(h):
                continue        # "said Maria Lopez, an engineer and former adviser": one speaker
            if h.i != head.i and h.i > head.i and conv_enabled("possessive-conjuncts", since) \
                    and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in children(h)):
                continue        # "Lee, Acme's head of sales, said": the possessor of the title, misread as a conjunct
            if conv_enabled("hyphenated-titles", since):
                h = _hyphenated_title(h)
            if conv_enabled("split-titles", since):
                if h.text == "-" and h.i > 0 and h.doc[h.i - 1].dep_ == h.dep_ and h.doc[h.i - 1].head.i == h.head.i:
                    continue    # the hyphen of "vice-president" made a second subject: the first word stands for it
                h = _split_title(h)
            own = args.head_actors(analysis, h)
            if own:
                found += [Party(a, h) for a in own]
            elif args.names_people(h) or (places and h.lemma_.lower() in _SPEAKING_PLACES) \
                    or (h.lemma_.lower() in _SPEAKER_NOUNS and h.pos_ == "NOUN" and conv_enabled("speaker-nouns", since)) \
                    or args.speaks_for_body_from(h):
                found += [Party(a, h) for a in args.phrase_actors(analysis, h)] or [Party(None, h)]
    seen: set[str] = set()
    return [p for p in found if not (p.key in seen or seen.add(p.key))]


def _hyphenated_title(head: Token) -> Token:
    """"The sergeant-at-arms of the assembly said", "a lady-in-waiting said": the small model makes the last
    word of a hyphenated title ("arms", "waiting") its head; the title's first word, a noun joined to it by two
    hyphens around a preposition, names the speaker (convention hyphenated-titles, round29)."""
    doc, i = head.doc, head.i
    if i >= 4 and doc[i - 1].text == "-" and doc[i - 3].text == "-" and doc[i - 2].pos_ == "ADP" \
            and doc[i - 4].pos_ == "NOUN" and not doc[i - 1].whitespace_ and not doc[i - 4].whitespace_:
        return doc[i - 4]
    return head


def _split_title(head: Token) -> Token:
    """"Uber's vice-president of sales Ann Roe said": the small model splits "vice-president" and makes "vice" the
    subject; the noun after the hyphen names the speaker's office (convention split-titles, session 29 stmt30)."""
    doc, i = head.doc, head.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not head.whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i + 2].pos_ == "NOUN" and not args.names_people(head):
        return doc[i + 2]
    return head


def _trailing_speaker(verb: Token) -> Token | None:
    """"The crews who stay late at the depot tend to know the trains best, he said": the small model may hang the
    reported clause's subject on the trailing verb of saying as a second subject, beside the speaker; the subject
    right after the comma is the speaker, the earlier one what was said is about (convention
    trailing-speaker-subjects, round29). None unless the verb has two subjects that are no conjuncts of each other,
    the last set off by a comma and next to the verb."""
    subj = [c for c in children(verb) if c.dep_ == "nsubj"]
    if len(subj) < 2:
        return None
    last = subj[-1]
    start = last.left_edge.i
    if not (start > 0 and verb.doc[start - 1].text == "," and last.i < verb.i
            and all(t.dep_ in ("advmod", "aux", "neg") for t in verb.doc[last.i + 1:verb.i])):
        return None
    return last if all(s.i < start - 1 for s in subj[:-1]) else None


def _outer_speakers(tok: Token, since: frozenset[str] | None) -> list[Token]:
    """"The spokesman asked why the nurses stayed silent, arguing that ...": a participle of saying set off by a
    comma that the parse hangs on the verb of what was said or asked is the outer speaker's; its own subject
    would be the people the reported clause is about (convention participle-speakers, round 18)."""
    clause = tok.head
    outer = clause.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or clause.dep_ != "ccomp" or outer.i == clause.i \
            or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return []
    if outer.lemma_.lower() not in statement_index(since) and outer.lemma_.lower() not in _ASKING:
        return []
    return roles.subjects(outer)


_ASKING = frozenset({"ask", "wonder", "question"})
_SELF = word_list("patterns", "FIRST_PERSON")      # "We suggest ...," the team wrote


def _quoted_self_report(analysis: Analysis, verb: Token, sent: Span) -> bool:
    """A reporting verb with "I" or "we" as its subject inside a direct quote whose attribution lies in the same
    sentence outside the quote (""We suggest that the ice is thin," the team wrote"): the speaker's words, already
    the statement the attribution codes, not a second one (convention quoted-self-reports, session 21)."""
    if not any(s.lower_ in _SELF for s in roles.subjects(verb)):
        return False
    cues = analysis.context.quote_cues
    starts = cues.cue_start if cues is not None else {}
    for q in analysis.quotes:
        if q.kind != "direct" or not (q.start <= verb.idx < q.end):
            continue
        cue = starts.get(q.id)
        if cue is not None and sent.start_char <= cue < sent.end_char and not (q.start <= cue < q.end):
            return True
    return False


_RETOLD_SUBJECTS = frozenset({"he", "she", "they", "it", "people", "everyone", "everybody", "somebody", "someone"})


def _retold_speech(analysis: Analysis, verb: Token, cue_starts: set[int]) -> bool:
    """A reporting verb inside a direct quote, not itself the cue of a quote, whose subject names no one (a third-person
    pronoun or a common noun, inside the quotation marks too: ""They said, 'The farmers can't cope,'""):
    speech the quoted speaker retells, whose words are the quoted speaker's statement, not a statement of its own
    (convention retold-speech, session 29 stmt30). A named speaker ("the minister told me ...") is still one."""
    if verb.idx in cue_starts:
        return False
    text = analysis.article.text
    # (a quote span that runs past its closing mark -- ""But the third is rare,” he said." -- does not hold the
    # attribution after that mark)
    spans = [(q.start, q.end) for q in analysis.quotes if q.kind == "direct" and q.start <= verb.idx < q.end
             and not any(mark in text[q.start + 1:verb.idx] for mark in ('"', "”"))]
    subjects = roles.subjects(verb)
    if not spans or not subjects or not all(any(a <= s.idx < b for a, b in spans) for s in subjects):
        return False        # the subject outside the quotation marks ("Border agents "say ...""): their statement
    for s in subjects:
        if s.pos_ == "PRON":
            if s.lower_ not in _RETOLD_SUBJECTS:
                return False
        elif s.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in subtree(s)):
            return False
    return True


def _in_own_statement(verb: Token) -> bool:
    """"The paper said in a statement that it stands by its story": an outlet speaking in a statement, letter or
    apology of its own acts in the story (gold C5), it does not report the news."""
    own = noun_sets()["SPEECH"] - noun_sets()["PRESS"]
    return any(s.lemma_.lower() in own for s in roles.prep_objects(verb, ("in",)))


def _according_source(analysis: Analysis, noun: Token, back: bool = True, bodies: bool = False) -> Party | None:
    """Who says so in "according to <noun>": the noun when it names a speaker ("the Health Ministry",
    "a police source"), else the speaker of what it names ("the ministry's update", "a statement from
    the police", "a police press release"); None when no speaker is named ("court documents", "a copy of
    her birth certificate"). With `back`, "the statement" with no author of its own is the one issued
    before (`_document_issued_before`). With `bodies`, a body named by an adjective ("a military statement") speaks
    too, and one the actors stage gave no actor ("a navy statement") speaks with no actor (session 42 stmt46)."""
    own = args.head_actors(analysis, noun)
    if own and (noun.pos_ == "PROPN" or args.names_people(noun)):     # not "a copy of her passport"
        return Party(own[0], noun)
    if args.names_people(noun) and not args.is_nonspeaker(noun):
        found = args.phrase_actors(analysis, noun)          # "a police source": the police's
        return Party(found[0] if found else None, noun)
    heads = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
             for g in children(c) if g.dep_ == "pobj"]
    heads += [t for t in subtree(noun) if t.i < noun.i and t.dep_ in ("poss", "compound")]   # "a police press release"
    if bodies:      # "a military statement": the body an adjective names
        heads += [t for t in children(noun) if t.dep_ == "amod" and t.lemma_.lower() in noun_sets()["PERSONS"]]
    unresolved = None
    for head in heads:
        if args.is_nonspeaker(head) or head.lemma_.lower() in noun_sets()["SPEECH"] \
                or not (head.pos_ in ("PROPN", "PRON") or args.names_people(head)):
            continue        # "a copy of her birth certificate": a thing, whoever it belongs to
        found = args.phrase_actors(analysis, head)
        if found:
            return Party(found[0], head)
        if bodies and unresolved is None and head.dep_ in ("compound", "amod") \
                and head.lemma_.lower() in noun_sets()["PERSONS"]:
            unresolved = head
    if unresolved is not None and noun.lemma_.lower() in _ISSUED_DOCUMENTS:
        # "..., a navy statement said": a body the actors stage gave no actor still issued it (session 42 stmt46)
        return Party(None, unresolved)
    if back and has_the(noun) and noun.lemma_.lower() in _ISSUED_DOCUMENTS:
        return _document_issued_before(analysis, noun)
    return None


# documents an actor issues and the article then calls "the statement", "the letter" (session 18)
_ISSUED_DOCUMENTS = word_list("patterns", "ISSUED_DOCUMENTS")
_DOCUMENT_LOOKBACK = 3      # sentences before the one holding "the statement" where its issuer may be named


def _document_issued_before(analysis: Analysis, noun: Token) -> Party | None:
    """"The ministry issued a statement on Monday. The statement said ...": a definite document with no author
    of its own is the one the article named last with the same word, within a few sentences, and its author is
    whoever issued, released or sent that one (the subject of the verb it is the object of) or the author it was
    named with ("a statement from the ministry"); None when no earlier mention names one (session 18)."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    here = sentence_index(doc, noun.idx)
    for sent in reversed(doc_sents(doc)[max(0, here - _DOCUMENT_LOOKBACK):here + 1]):
        for tok in reversed(sent_tokens(sent)):
            if tok.i >= noun.i or tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                found = [p for p in args.resolved(analysis, roles.subjects(tok.head)) if p.actor is not None]
                if found:
                    return found[0]
            said_in = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
            if said_in is not None and said_in.pos_ == "VERB" and said_in.lemma_.lower() in statement_index() \
                    and conv_enabled("said-in-documents", None):
                # "In a statement, the governor announced that ...": the one who spoke in it issued it (session 26)
                found = [p for p in args.resolved(analysis, roles.subjects(said_in)) if p.actor is not None]
                if found:
                    return found[0]
            author = _according_source(analysis, tok, back=False)
            if author is not None and author.actor is not None:
                return author
    return None
