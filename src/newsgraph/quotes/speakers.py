"""Name the speaker of a quote, through the actors stage.

Who a speaker phrase refers to -- a name, a surname, a title, "the minister", "he" -- is the actors
stage's answer (`newsgraph.actors.actor_for_token` / `actor_for_span`): gender, honorifics, photo
credits and surname -> full-name matching live there (actors/people.py, actors/surnames.py,
actors/pronouns.py), never here. The actor's name is the speaker's canonical name.

What this module adds is what is particular to quotes:
  * first-person speakers ("I said", "we told them") are nobody outside the quote;
  * a report or document ("the RCMP statement", "a statement from BC Hydro", "the report said")
    speaks for its issuer; "the report said" takes the issuer given where that document was first
    mentioned ("CP released a white paper ... The white paper said");
  * coordinated speakers ("Kim and Clark Moran") keep their surface text; a plural the actors stage
    resolved to its members ("the two leaders") gives all of them;
  * "the company said" is the organisation, not its chief; "it said" / "they said" with no actor from
    the actors stage fall back to the last organisation named as a subject / the last plural subject;
  * organisations take their fullest name in the article (acronyms spelled out, short forms made long:
    `actors.org_full_names.org_full_name`, the same rule the actors stage names organisations by);
  * a speaker named only in page furniture, a photo credit or a byline is nobody;
  * a proper name the actors stage left alone keeps its surface text, without honorifics.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors import actor_for_span, actor_for_token, actors_for_token
from newsgraph.actors.kb import load_kb
from newsgraph.actors.org_full_names import org_full_name
from newsgraph.actors.people import clean_name, in_parens, is_credit, strip_name
from newsgraph.nlp.cache import children, doc_ents, has_the, subtree
from newsgraph.quotes.frames import doc_text, is_report_source, phrase_span
from newsgraph.quotes.lexicon import cues
from newsgraph.records import Actor, Analysis

_FIRST_PERSON = {"i", "we", "you", "me", "us"}
_QUANTIFIERS = {"some", "many", "most", "several", "few", "others", "all", "both", "none"}
_NOT_PERSON_ENTS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL",
                    "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}


@dataclass
class Resolved:
    actor: Actor | None
    name: str | None


def _skip_lines(text: str) -> list[tuple[int, int]]:
    """Lines of web-page furniture ("Story continues below advertisement", "READ MORE: ...")."""
    prefixes = tuple(cues()["skip_line"])
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip().lower().startswith(prefixes):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _named_noun(head: Token) -> bool:
    """An organisation's name the tagger called a common noun ("IRCC said")."""
    return head.ent_type_ == "ORG" and head.text[:1].isupper() and not any(c.dep_ == "det" for c in children(head))


class SpeakerResolver:
    """Per-article speaker naming on top of the actors stage."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.doc = doc
        self.analysis = analysis
        self.text = doc_text(doc)
        self.skip_lines = _skip_lines(self.text)
        self.orgs = [e for e in doc_ents(doc) if e.label_ == "ORG"]
        self._org_full: dict[str, str] = {}

    def _skipped(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.skip_lines)

    def _furniture(self, start: int, end: int) -> bool:
        return self._skipped(start) or is_credit(self.text, start, end) or in_parens(self.text, start)

    def _only_in_furniture(self, actor: Actor) -> bool:
        """Named only in page furniture, photo credits or bylines ("Lauren Pelley / CBC News")."""
        spans = [(m.start, m.end) for m in self.analysis.mentions if m.actor_id == actor.id and m.kind == "name"]
        return bool(spans) and all(self._furniture(s, e) for s, e in spans)

    # -- names -------------------------------------------------------------------------------
    def _actor_name(self, actor: Actor) -> str:
        if actor.kind == "PERSON":
            return actor.name
        if actor.name.lower() not in self.text.lower():
            # an organisation or country the article spells otherwise than the knowledge base
            # ("al-Shabaab" for the KB's "al-Shabab", "the U.S." for "United States"): the article's name
            own = self._own_name(actor)
            if own:
                return self.full_org(own) if actor.kind == "ORG" and actor.country_source != "kb" else own
        # (a KB organisation keeps the name the KB knows it by: "Facebook" is not the "Facebook Research" app)
        return self.full_org(actor.name) if actor.kind == "ORG" and actor.country_source != "kb" else actor.name

    def _own_name(self, actor: Actor) -> str | None:
        """The longest name the article gives the actor outside page furniture, without "the"."""
        names = [" ".join(self.text[m.start:m.end].split()) for m in self.analysis.mentions
                 if m.actor_id == actor.id and m.kind == "name" and not self._furniture(m.start, m.end)]
        names = [n[4:] if n.lower().startswith("the ") else n for n in names]
        return max(names, key=len) if names else None

    def full_org(self, name: str) -> str:
        """An organisation's fullest name in the article (actors.org_full_names.org_full_name), for a name the
        actors stage left without an actor."""
        key = name.strip()
        if not key:
            return name
        hit = self._org_full.get(key)
        if hit is None:
            hit = org_full_name(self.text, key, [e.text for e in self.orgs])
            self._org_full[key] = hit
        return hit

    # -- main entry --------------------------------------------------------------------------
    def resolve(self, head: Token | None, span: tuple[int, int] | None) -> Resolved:
        if head is None or span is None:
            return Resolved(None, None)
        surface = self.text[span[0]:span[1]]
        is_pron = head.pos_ == "PRON" or head.lower_ in cues()["speaker_pron"]
        if is_pron and head.lower_ in _FIRST_PERSON:
            return Resolved(None, None)
        if head.pos_ == "NOUN" and is_report_source(head):
            return self._document(head)       # "the complaint", "Foster's book": not a person
        actor = actor_for_token(self.analysis, head)
        if actor is None and (head.ent_type_ or head.pos_ == "PROPN"):
            actor = actor_for_span(self.analysis, *span)
        coordinated = any(c.dep_ == "conj" for c in children(head)) and any(c.dep_ == "cc" for c in children(head))
        if coordinated:
            return Resolved(None, surface)
        group = actors_for_token(self.analysis, head)
        if len(group) > 1:
            # a plural the actors stage resolved to its members ("the two leaders", "they")
            return Resolved(None, " and ".join(self._actor_name(a) for a in group))
        if actor is not None and actor.kind == "PERSON" and head.pos_ == "NOUN" \
                and head.lemma_.lower() in cues()["org_noun"]:
            actor = None   # "the bank said" is the bank, not its governor
        if actor is not None and self._only_in_furniture(actor):
            actor = None   # "Story continues below advertisement" is nobody
        if actor is not None and is_pron and head.lower_ in ("it", "its") and actor.kind == "PERSON":
            actor = None
        if actor is not None and actor.kind == "GROUP" and actor.country is None and head.tag_ == "NN" \
                and head.lemma_.lower() in cues()["org_noun"]:
            # "the company said" that the actors stage could not tie to a company: the last one named
            return self._last_org(head.idx, head.lemma_.lower()) or Resolved(actor, " ".join(surface.split()))
        if actor is not None and head.pos_ == "NOUN" and not _named_noun(head) and actor.kind != "PERSON" \
                and actor.kind != "GROUP" and not any(c.dep_ == "appos" for c in children(head)):
            # "the commission said", "his office said": a description the text gives as the speaker;
            # an organisation the actors stage tied it to is kept as the actor, the description as its name
            if head.lemma_.lower() in cues()["org_noun"]:
                found = self._last_org(head.idx, head.lemma_.lower())
                if found is not None and found.actor is actor:
                    return found
            return Resolved(actor, " ".join(surface.split()))
        if actor is not None:
            if actor.kind == "GROUP" and not is_pron and head.pos_ == "NOUN":
                # a group speaks as the text describes it ("South Korean officials"), not by the name of
                # the collective it belongs to (the actor "South Korea government")
                return Resolved(actor, " ".join(surface.split()))
            return Resolved(actor, self._actor_name(actor))
        if is_pron and head.lower_ in ("it", "they", "them"):
            return self._nonperson_pronoun(head, "it" if head.lower_ == "it" else "they")
        if head.lower_ in _QUANTIFIERS and any(c.dep_ == "prep" for c in children(head)):
            # "some in the Muslim community say", "many of the residents said": the group the words describe
            s, e = phrase_span(head, long=True)
            return Resolved(None, " ".join(self.text[s:e].split()))
        if is_pron:
            return Resolved(None, None)
        if head.pos_ == "PROPN" and head.ent_type_ not in _NOT_PERSON_ENTS and not self._furniture(*span):
            name = " ".join(strip_name(clean_name(surface).split()))
            return Resolved(None, name or None)
        if head.pos_ == "NOUN" and head.lemma_.lower() in cues()["org_noun"] \
                and has_the(head):
            # "the company said": the organisation named last (one with that word in its name first);
            # "her office said" stays as the text gives it
            return self._last_org(head.idx, head.lemma_.lower()) or Resolved(None, None)
        if head.pos_ in ("NOUN", "NUM") and head.lemma_.lower() not in cues()["org_noun"]:
            # someone the text describes but does not name: the whole description, with what follows
            # the noun ("another member of the public", "an official with the ministry of health")
            s, e = phrase_span(head, long=True)
            return Resolved(None, " ".join(self.text[s:e].split()))
        return Resolved(None, None)

    def _nonperson_pronoun(self, head: Token, base: str) -> Resolved:
        """'it said' -> the last organisation named as a subject; 'they said' -> the last plural
        subject ("Republican senators")."""
        if base == "it":
            return self._last_org(head.idx) or Resolved(None, None)
        for t in reversed(self.doc[max(0, head.i - 150):head.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.lower_ not in ("they", "them"):
                s, e = phrase_span(t)
                return Resolved(None, self.text[s:e])
        return Resolved(None, None)

    def _last_org(self, char: int, word: str = "", named_only: bool = False) -> Resolved | None:
        """The organisation named last before `char` (one with `word` in its name first, then subjects;
        with `named_only`, only one with `word` in its name). Names in credits and parentheses do not count."""
        prior = [e for e in self.orgs if e.end_char <= char and not self._furniture(e.start_char, e.end_char)]
        named = [e for e in prior if word and word in e.text.lower()]
        if named_only and not named:
            return None
        subjects = [e for e in prior if e.root.dep_ in ("nsubj", "nsubjpass")]
        ent = (named or subjects or prior or [None])[-1]
        if ent is None:
            return None
        actor = actor_for_span(self.analysis, ent.start_char, ent.end_char)
        return Resolved(actor, self._actor_name(actor) if actor else self.full_org(ent.text.strip()))

    # -- documents speak for their issuers ---------------------------------------------------
    def _of_token(self, tok: Token) -> Resolved:
        """Whoever a token names, through the actors stage; its surface text when the stage has no actor.
        "the railway company" is the organisation named last with "railway" in its name."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues()["org_noun"] \
                and has_the(tok):
            for word in [c.lower_ for c in children(tok) if c.dep_ in ("compound", "amod")] + [tok.lemma_.lower()]:
                found = self._last_org(tok.idx, word, named_only=True)
                if found is not None:
                    return found
        actor = actor_for_token(self.analysis, tok)
        if actor is not None:
            return Resolved(actor, self._actor_name(actor))
        s, e = phrase_span(tok)
        text = self.text[s:e]
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
            text = " ".join(strip_name(clean_name(text).split()))
        return Resolved(None, text or None)

    def _issuer_token(self, doc_tok: Token) -> Token | None:
        """Who issued a document mentioned at `doc_tok`: "CP's white paper", "a report by the TSB",
        "a Globe report", "the railway released a report", "a report released by X"."""
        for c in children(doc_tok):
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                obj = next((o for o in children(c) if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                    return obj
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":        # "a report released by X"
                for p in children(c):
                    if p.dep_ == "agent":
                        obj = next((o for o in children(p) if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
        if doc_tok.dep_ == "dobj" and doc_tok.head.pos_ == "VERB":   # "X released a report"
            subj = next((c for c in children(doc_tok.head) if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _FIRST_PERSON:
                return subj
        return None

    def _document_issuer(self, head: Token) -> Resolved | None:
        """A definite document ("the report", "the lawsuit") refers back to the last mention of the
        same kind of document whose issuer the text gives, else to the last document of any kind
        with an issuer ("A report by the railway ... The white paper said"); that issuer speaks."""
        lemma, kb = head.lemma_.lower(), load_kb()
        window = self.doc[max(0, head.i - 600):head.i]
        for same_kind in (True, False) if lemma in kb.document_nouns else (True,):
            for t in reversed(window):
                if t.pos_ != "NOUN" or self._skipped(t.idx) or t.lemma_.lower() != lemma and (
                        same_kind or t.lemma_.lower() not in kb.document_nouns):
                    continue
                who = self._issuer_token(t)
                if who is not None:
                    return self._of_token(who)
        return None

    def _document(self, head: Token) -> Resolved:
        """'the RCMP statement', 'a statement from BC Hydro', 'her statement', 'the report said'."""
        names = [c for c in children(head) if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("DATE", "TIME")]     # "the union's Friday release": the union
        if names:
            # "the RCMP statement", "the Civic Action study": the named issuer in front speaks
            lo = min(t.idx for n in names for t in subtree(n))
            hi = max(t.idx + len(t.text) for n in names for t in subtree(n))
            actor = actor_for_span(self.analysis, lo, hi)
            return Resolved(actor, self._actor_name(actor) if actor else self.text[lo:hi])
        for c in children(head):
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                obj = c if c.dep_ == "poss" else next((p for p in children(c) if p.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if obj.pos_ == "PRON" and obj.lower_ in ("his", "her", "its", "their"):
                    # "her statement": whoever the actors stage bound "her" to
                    actor = actor_for_token(self.analysis, obj)
                    if actor is not None:
                        return Resolved(actor, self._actor_name(actor))
                    base = "it" if obj.lower_ == "its" else "they" if obj.lower_ == "their" else ""
                    return self._nonperson_pronoun(obj, base) if base else Resolved(None, None)
                if obj.pos_ in ("PROPN", "NOUN"):
                    return self._of_token(obj)
        if head.dep_ == "dobj":
            # "Bullard gave an interview noting ...", "the railway released a report saying ...": its subject
            who = self._issuer_token(head)
            if who is not None:
                return self._of_token(who)
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(head)):
            issuer = self._document_issuer(head)
            if issuer is not None:
                return issuer
        if head.tag_ == "NN" and any(c.dep_ == "det" for c in children(head)):
            # "the report said": issued by the organisation the article is about (last one named)
            return self._last_org(head.idx) or Resolved(None, None)
        return Resolved(None, None)
