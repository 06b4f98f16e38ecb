"""Pronouns, a document's "it": "Forty groups wrote an open letter to the president. It stated that ...", "A UN
report accused the army of burning villages. It said ...". A subject "it" whose nearest antecedent is a document
(a letter, report or statement: the patterns word list ISSUED_DOCUMENTS) takes up the document, and a document is
no speaker: its author is. The author is the one who wrote, issued or published it (the subject of the verb it is
the object of, DOCUMENT_ISSUING_VERBS), the one who spoke in it ("Amnesty said in a report ..."), or the name it
carries ("a UN report", "a report by Amnesty"); "the report" with no author of its own is the one named last with
the same word a few sentences before, as the events' statements read it (events/statement_speakers).
Read by pronouns.PronounResolver (round41, session 39 act43).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.entities import Ment
from newsgraph.nlp.cache import children

ISSUED_DOCUMENTS = word_list("patterns", "ISSUED_DOCUMENTS")
DOCUMENT_ISSUING_VERBS = word_list("kb", "DOCUMENT_ISSUING_VERBS")
AUTHOR_PREPS = ("by", "from", "of")
LOOKBACK = 3            # sentences back where "the report" may have been named with its author


def _is_document(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ISSUED_DOCUMENTS


def _main_verbs(root: Token) -> list[Token]:
    """A sentence's main verb and the verbs joined to it ("wrote a letter ... and called for")."""
    return [root] + [c for c in children(root) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


class DocumentAuthors:
    """The author of the document a subject "it" takes up (a mixin of PronounResolver: reads its doc, sentences and
    candidate mentions)."""

    def document_author(self, t: Token, cands: list[Ment]) -> tuple[bool, Ment | None]:
        """Whether a subject "it" takes up a document, and the candidate naming its author (None when the text
        names none: the document then speaks for no actor). "It" must stand first among its sentence's subjects,
        and the sentence before have a document as its main subject, as the object of a verb of writing or
        issuing, or in an "in" phrase of a verb of saying."""
        if t.lower_ != "it" or t.dep_ != "nsubj":
            return False, None
        sent = self.sent_of[t.i]
        if sent == 0 or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.sent):
            return False, None  # "The ministry said the report was late and it ...": a nearer subject comes first
        for verb in _main_verbs(self.sent_root[sent - 1]):
            for c in children(verb):
                if c.dep_ in ("nsubj", "nsubjpass") and _is_document(c):
                    return True, self._author_of(c, cands)
                if c.dep_ == "dobj" and _is_document(c) and verb.lemma_.lower() in DOCUMENT_ISSUING_VERBS:
                    return True, self._subject_mention(verb, cands)
                if c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_.lower() in self.kb.speech_verbs \
                        and any(g.dep_ == "pobj" and _is_document(g) for g in children(c)):
                    return True, self._subject_mention(verb, cands)
        return False, None

    def _subject_mention(self, verb: Token, cands: list[Ment]) -> Ment | None:
        subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        return None if subj is None else self._author_mention(subj, cands)

    def _author_mention(self, tok: Token, cands: list[Ment]) -> Ment | None:
        """The candidate covering `tok` that names an actor (one or a group), no pronoun left unresolved."""
        return next((m for m in cands if m.start <= tok.i < m.end and m.ents), None)

    def _author_of(self, noun: Token, cands: list[Ment], back: bool = True) -> Ment | None:
        """The author a document names ("a UN report", "Amnesty's report", "a letter from the groups"), else, for
        "the report", the author of the one named before with the same word."""
        heads = [c for c in children(noun) if c.i < noun.i and c.dep_ in ("compound", "poss")]
        heads += [g for c in children(noun) if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS
                  for g in children(c) if g.dep_ == "pobj"]
        for h in heads:
            found = self._author_mention(h, cands)
            if found is not None:
                return found
        if not back or not any(c.lower_ == "the" for c in children(noun)):
            return None
        here = self.sent_of[noun.i]
        for i in range(noun.i - 1, -1, -1):
            tok = self.doc[i]
            if here - self.sent_of[i] > LOOKBACK:
                break
            if tok.lemma_.lower() != noun.lemma_.lower() or tok.pos_ != "NOUN":
                continue
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DOCUMENT_ISSUING_VERBS:
                return self._subject_mention(tok.head, cands)
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in self.kb.speech_verbs:
                return self._subject_mention(tok.head.head, cands)
            return self._author_of(tok, cands, back=False)
        return None
