"""Resolve a speaker phrase to an Actor and a canonical name.

First choice is the actors stage (`newsgraph.actors.actor_for_token` / `actor_for_span`), which
covers names, titles, pronouns and nominals. When it cannot resolve the phrase, a local fallback
keeps the quote useful:
  * a pronoun ("she said") or a definite role nominal ("the mayor said") goes to the most recent
    salient person: the last resolved speaker or the last person named as a subject, whichever
    came later (news quotes come in runs); a role nominal first looks for a person introduced
    with that role ("Mayor Doug McCallum", "Hugh Hill, a doctor");
  * a bare surname goes to the fullest PERSON name in the article that ends with it
    ("Lonechild" -> "Darian Lonechild"); a family-name-first name matches the first word
    ("Mr. Kim" -> "Kim Jong-un");
  * coordinated speakers ("Kim and Clark Moran") keep their surface text.
Person names inside parentheses (photo credits, "(Instagram/Darian Lonechild)") are never used.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors import actor_for_span, actor_for_token
from newsgraph.quotes.frames import is_report_source, phrase_span
from newsgraph.quotes.lexicon import cues
from newsgraph.records import Actor, Analysis

_FIRST_PERSON = {"i", "we", "you", "me", "us"}
_NOT_PERSON_ENTS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL",
                    "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}


@dataclass
class Resolved:
    actor: Actor | None
    name: str | None


def _in_parens(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return before.rfind("(") > before.rfind(")")


class SpeakerResolver:
    """Per-article resolver; remembers the last resolved person for runs of quotes."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.doc = doc
        self.analysis = analysis
        self.honorifics = cues()["honorific"]
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and not _in_parens(doc.text, e.start_char)]
        self.last: tuple[int, Resolved] | None = None   # (char offset, resolved person)

    # -- names -------------------------------------------------------------------------------
    def _strip(self, words: list[str]) -> list[str]:
        while words and words[0].lower() in self.honorifics:
            words = words[1:]
        if words and words[-1].lower() in ("'s", "’s"):
            words = words[:-1]
        return [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]

    def full_name(self, surface: str) -> str:
        """The longest PERSON name in the article ending with (or, for one word, starting with) the surface."""
        words = self._strip(surface.split())
        if not words:
            return surface
        last = words[-1].lower()
        best = " ".join(words)
        first_match = None
        for ent in self.persons:
            ew = self._strip(ent.text.split())
            if ew and ew[-1].lower() == last and len(" ".join(ew)) > len(best):
                best = " ".join(ew)
            elif len(words) == 1 and len(ew) > 1 and ew[0].lower() == last and first_match is None:
                first_match = " ".join(ew)   # "Jayme" -> "Jayme Closs"; "Mr. Kim" -> "Kim Jong-un"
        if best == " ".join(words) and first_match:
            return first_match
        return best

    def _actor_name(self, actor: Actor) -> str:
        name = actor.name
        if actor.kind == "PERSON" and len(name.split()) == 1:
            return self.full_name(name)
        return name

    def _person(self, ent) -> Resolved:
        actor = actor_for_span(self.analysis, ent.start_char, ent.end_char)
        if actor is not None and actor.kind == "PERSON":
            return Resolved(actor, self._actor_name(actor))
        return Resolved(None, self.full_name(ent.text))

    def _last_subject_person(self, char: int):
        best = None
        for ent in self.persons:
            if ent.end_char > char:
                break
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ == "appos" and ent.root.head.dep_ == "nsubj"):
                best = ent
        return best

    def _salient(self, char: int) -> Resolved | None:
        """The most recent of: last resolved speaker, last person named as a subject."""
        ent = self._last_subject_person(char)
        if self.last is not None and self.last[0] < char and (ent is None or ent.start_char <= self.last[0]):
            return self.last[1]
        if ent is not None:
            return self._person(ent)
        prior = [e for e in self.persons if e.end_char <= char]
        return self._person(prior[-1]) if prior else None

    # -- main entry --------------------------------------------------------------------------
    def resolve(self, head: Token | None, span: tuple[int, int] | None) -> Resolved:
        if head is None or span is None:
            return Resolved(None, None)
        surface = self.doc.text[span[0]:span[1]]
        is_pron = head.pos_ == "PRON" or head.lower_ in cues()["speaker_pron"]
        if is_pron and head.lower_ in _FIRST_PERSON:
            return Resolved(None, None)
        actor = actor_for_token(self.analysis, head)
        if actor is None and (head.ent_type_ or head.pos_ == "PROPN"):
            actor = actor_for_span(self.analysis, *span)
        coordinated = any(c.dep_ == "conj" for c in head.children)
        remember = False
        if coordinated:
            res = Resolved(None, surface)
        elif actor is not None and actor.kind == "PERSON":
            res, remember = Resolved(actor, self._actor_name(actor)), True
        elif is_pron:
            if head.lower_ in ("they", "them"):
                res = Resolved(None, None)
            else:
                res = self._salient(head.idx) or Resolved(None, None)
                remember = res.name is not None
        elif actor is not None and not (head.pos_ == "NOUN" and not head.ent_type_):
            res = Resolved(actor, self._actor_name(actor))
        elif head.pos_ == "PROPN" and head.ent_type_ not in _NOT_PERSON_ENTS:
            res = Resolved(None, self.full_name(surface))
            remember = head.ent_type_ in ("PERSON", "")
        else:
            res = self._nominal(head)
            remember = res.name is not None and res.actor is None
        if remember and res.name:
            self.last = (span[0], res)
        return res

    def _nominal(self, head: Token) -> Resolved:
        """'the mayor', 'a doctor, Hugh Hill', 'the rookie defenceman'."""
        for c in head.children:
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
                actor = actor_for_token(self.analysis, c)
                return Resolved(actor, self._actor_name(actor) if actor else self.full_name(c.text))
        if is_report_source(head):
            # "a statement from BC Hydro", "BC Hydro's statement": the issuer speaks
            for c in head.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                    obj = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
                    if obj is not None and (obj.ent_type_ or obj.pos_ == "PROPN"):
                        actor = actor_for_token(self.analysis, obj)
                        return Resolved(actor, actor.name if actor else self.doc.text[slice(*phrase_span(obj))])
            return Resolved(None, None)
        if head.ent_type_ or head.pos_ == "PROPN" or head.tag_ in ("NNS", "NNPS"):
            return Resolved(None, None)
        det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
        if det is None or det.lower_ != "the":
            return Resolved(None, None)
        # a person introduced with this role: "Mayor Doug McCallum", "McCallum, the mayor"
        role = head.lemma_.lower()
        found = None
        for ent in self.persons:
            if ent.end_char > head.idx:
                break
            if any(t.lemma_.lower() == role for t in ent.root.children) or \
                    (ent.start > 0 and self.doc[ent.start - 1].lemma_.lower() == role) or \
                    (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() == role) or \
                    any(c.dep_ == "appos" and c.lemma_.lower() == role for c in ent.root.children):
                found = ent
        if found is not None:
            return self._person(found)
        return Resolved(None, None)
