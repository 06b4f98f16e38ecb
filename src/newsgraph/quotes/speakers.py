"""Resolve a speaker phrase to an Actor and a canonical name.

First choice is the actors stage (`newsgraph.actors.actor_for_token` / `actor_for_span`), which
covers names, titles, pronouns and nominals; its answer is vetoed when it contradicts the pronoun
(a "she" resolved to a man by this article's own pronoun/honorific evidence, an "it" resolved to a
person). A "he/she said" within RUN_WINDOW characters of the previous speaker, with no other
person named as a subject in between, continues that speaker's run. When the actors stage cannot resolve the phrase, a local fallback keeps the quote
useful:
  * a pronoun ("she said") or a definite role nominal ("the mayor said") goes to the most recent
    salient person: the last resolved speaker or the last person named as a subject, whichever
    came later (news quotes come in runs); a role nominal first looks for a person introduced
    with that role ("Mayor Doug McCallum", "Hugh Hill, a doctor");
  * a bare surname goes to the fullest PERSON name in the article that ends with it
    ("Lonechild" -> "Darian Lonechild"); a family-name-first name matches the first word
    ("Mr. Kim" -> "Kim Jong-un");
  * coordinated speakers ("Kim and Clark Moran") keep their surface text;
  * "it said" goes to the last organisation named as a subject, "they said" to the group the
    actors stage found or the last plural subject; "the company said" to the last organisation;
  * a report or document ("the RCMP statement", "a statement from BC Hydro") speaks for its issuer;
    "the report said" takes the issuer given where that document was first mentioned ("CP released
    a white paper ... The white paper said");
  * a plural nominal the actors stage resolved to its members ("the two leaders") gives all of them;
  * a pronoun bound to a person known only by a role ("chairwoman") goes to the salient named person;
  * organisations take their fullest name in the article: acronyms spelled out ("IRCC" ->
    "Immigration, Refugees and Citizenship Canada"), short forms ("Suncor" -> "Suncor Energy").
Gender (for he/she) comes from unambiguous given names (data/kb/given_names.csv), then the article's
honorifics and pronouns, then the actors stage.
Person names inside parentheses (photo credits, "(Instagram/Darian Lonechild)") are never used.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors import actor_for_span, actor_for_token, actors_for_span, actors_for_token
from newsgraph.actors.kb import load_kb
from newsgraph.actors.people import clean_name, in_parens as _in_parens, is_credit as _credit, strip_name
from newsgraph.quotes.frames import doc_text, is_report_source, phrase_span
from newsgraph.quotes.lexicon import cues
from newsgraph.records import Actor, Analysis

RUN_WINDOW = 300     # chars: a he/she speaker this close after the last speaker continues the run
_FIRST_PERSON = {"i", "we", "you", "me", "us"}
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_LEGAL_FORMS = {"corp", "inc", "ltd", "co", "llc", "plc", "limited", "corporation", "company", "group", "sa", "ag",
                "gmbh", "nv", "lp", "llp", "holdings"}
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


def _role_only(actor: Actor) -> bool:
    """An actor known only by a role ("chairwoman", "Director", "Canada minister"), not by a name."""
    name, role = actor.name or "", (actor.role or "").lower()
    if not name:
        return False
    low = name.lower()
    return name == low or bool(role) and (low == role or low.endswith(" " + role))


def _named_noun(head: Token) -> bool:
    """An organisation's name the tagger called a common noun ("IRCC said")."""
    return head.ent_type_ == "ORG" and head.text[:1].isupper() and not any(c.dep_ == "det" for c in head.children)


class SpeakerResolver:
    """Per-article resolver; remembers the last resolved person for runs of quotes."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.doc = doc
        self.analysis = analysis
        self.text = text = doc_text(doc)
        self.skip_lines = _skip_lines(text)
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and not _in_parens(text, e.start_char)
                        and not _credit(text, e.start_char, e.end_char) and not self._skipped(e.start_char)]
        self.orgs = [e for e in doc.ents if e.label_ == "ORG"]
        self._org_full: dict[str, str] = {}
        self.history: list[tuple[int, Resolved]] = []   # resolved person speakers, in text order
        self.gender = self._genders()
        self.given = load_kb().given_gender
        index = analysis.context.actor_index
        self.actor_gender: dict[str, str] = index.gender if index is not None else {}
        self.name_to_actor = {a.name.lower(): a.id for a in analysis.actors if a.kind == "PERSON"}

    def _skipped(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.skip_lines)

    def _only_in_furniture(self, actor: Actor) -> bool:
        """Named only in page furniture, photo credits or bylines ("Lauren Pelley / CBC News")."""
        spans = [(m.start, m.end) for m in self.analysis.mentions if m.actor_id == actor.id and m.kind == "name"]
        return bool(spans) and all(self._skipped(s) or _credit(self.text, s, e) or _in_parens(self.text, s)
                                   for s, e in spans)

    # -- gender from the article itself ------------------------------------------------------
    def key(self, name: str | None) -> str:
        words = self._strip(clean_name(name or "").split())
        return words[-1].lower() if words else ""

    def _genders(self) -> dict[str, str]:
        """Person key -> 'm'/'f', voted by honorifics ("Ms. Lee") and by he/she pronouns in sentences
        where that person is the only one named (in the sentence, or else in the sentence before)."""
        votes: dict[str, list[int]] = {}
        by_sent: dict[int, set[str]] = {}
        sent_starts = [s.start for s in self.doc.sents]
        for ent in self.persons:
            k = self.key(ent.text)
            if not k:
                continue
            si = bisect.bisect_right(sent_starts, ent.start) - 1
            by_sent.setdefault(si, set()).add(k)
            first = ent.text.split()[0].lower()
            prev = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            for w in (first, prev):
                g = load_kb().honorifics.get(w)
                if g:
                    votes.setdefault(k, [0, 0])[0 if g == "m" else 1] += 3
        for si, sent in enumerate(self.doc.sents):
            names = by_sent.get(si) or by_sent.get(si - 1)
            if not names or len(names) != 1:
                continue
            (k,) = tuple(names)
            for t in sent:
                g = _GENDER.get(t.lower_)
                if g:
                    votes.setdefault(k, [0, 0])[0 if g == "m" else 1] += 1
        out = {}
        for k, (m, f) in votes.items():
            if m >= 2 * f and m > 0:
                out[k] = "m"
            elif f >= 2 * m and f > 0:
                out[k] = "f"
        return out

    def gender_of(self, name: str | None) -> str | None:
        """'m'/'f' for a person name: an unambiguous given name (KB given_names.csv) first, then the
        article's own honorific/pronoun votes, then what the actors stage learned for that actor."""
        words = self._strip(clean_name(name or "").split())
        if len(words) >= 2:
            g = self.given.get(words[0].lower())
            if g:
                return g
        g = self.gender.get(self.key(name))
        if g:
            return g
        return self.actor_gender.get(self.name_to_actor.get((name or "").lower(), ""))

    def compatible(self, name: str | None, pronoun: str) -> bool:
        want = _GENDER.get(pronoun.lower())
        if want is None:
            return True
        have = self.gender_of(name)
        return have is None or want == have

    # -- names -------------------------------------------------------------------------------
    @staticmethod
    def _strip(words: list[str]) -> list[str]:
        return strip_name(words)

    def full_name(self, surface: str) -> str:
        """The longest PERSON name in the article ending with (or, for one word, starting with) the surface."""
        words = self._strip(clean_name(surface).split())
        if not words:
            return surface
        last = words[-1].lower()
        best = " ".join(words)
        first_match = None
        for ent in self.persons:
            ew = self._strip(clean_name(ent.text).split())
            if ew and ew[-1].lower() == last and len(" ".join(ew)) > len(best):
                best = " ".join(ew)
            elif len(words) == 1 and len(ew) > 1 and ew[0].lower() == last and first_match is None:
                first_match = " ".join(ew)   # "Jayme" -> "Jayme Closs"; "Mr. Kim" -> "Kim Jong-un"
        if best == " ".join(words) and first_match:
            return first_match
        return best

    def _actor_name(self, actor: Actor) -> str:
        name = actor.name
        if actor.kind == "PERSON":
            name = clean_name(name)
            if len(name.split()) == 1:
                return self.full_name(name)
        elif actor.kind == "ORG":
            return self.full_org(name)
        return name

    def _adds_name(self, extra: str) -> bool:
        """Does the rest of a longer organisation name add a name word, not only a legal form or a
        country ("Corp.", "Inc.", "Canada")? Those are left off, as news text does."""
        kb = load_kb()
        for w in extra.replace("-", " ").split():
            low = w.lower().strip(".,")
            if low and low not in _LEGAL_FORMS and kb.lookup_country(w.strip(".,")) is None:
                return True
        return False

    def _spelled_out(self, acronym: str, letters: str) -> str | None:
        """The name an acronym abbreviates, from "Long Name (ACR)" in the text or an organisation
        entity whose capitalised words' initials spell it."""
        pos = self.text.find(f"({acronym})")
        if pos > 0:
            words = self.text[max(0, pos - 200):pos].split()
            caps: list[int] = []
            for i in range(len(words) - 1, -1, -1):
                w = words[i].strip(",")
                if w[:1].isupper():
                    caps.append(i)
                    if "".join(words[j][0] for j in reversed(caps)) == letters:
                        return " ".join(words[i:]).strip(" ,")
                elif w.lower() not in ("and", "of", "the", "for", "&", "on", "in"):
                    break
        for e in self.orgs:
            words = [w for w in e.text.replace(",", " ").split() if w[:1].isupper()]
            if len(words) == len(letters) and "".join(w[0] for w in words) == letters:
                return e.text.strip()
        return None

    def full_org(self, name: str) -> str:
        """An organisation's fullest name in the article: an acronym spelled out in it ("IRCC" ->
        "Immigration, Refugees and Citizenship Canada"), a short form of a longer name ("Suncor" ->
        "Suncor Energy"). Unchanged when the article has no such longer form."""
        key = name.strip()
        if not key:
            return name
        hit = self._org_full.get(key)
        if hit is None:
            hit = key
            letters = key.replace(".", "")
            if letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6:
                hit = self._spelled_out(key, letters) or key
            else:
                longer = [e.text.strip() for e in self.orgs
                          if e.text.strip().startswith((key + " ", key + "-")) and len(e.text) > len(key)
                          and self._adds_name(e.text.strip()[len(key):])]
                if longer:
                    hit = max(longer, key=lambda t: (longer.count(t), -len(t)))
            if hit.lower().startswith("the "):
                hit = hit[4:]
            self._org_full[key] = hit
        return hit

    def _person(self, ent) -> Resolved:
        actor = actor_for_span(self.analysis, ent.start_char, ent.end_char)
        if actor is not None and actor.kind == "PERSON":
            return Resolved(actor, self._actor_name(actor))
        return Resolved(None, self.full_name(ent.text))

    def _salient(self, char: int, pronoun: str = "") -> Resolved | None:
        """The most recent person that fits the pronoun's gender: a resolved speaker or a person named
        as a subject; failing that, any person named before."""
        events: list[tuple[int, int, object]] = [(off, 1, res) for off, res in self.history if off < char]
        for ent in self.persons:
            if ent.end_char > char:
                break
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ == "appos" and ent.root.head.dep_ == "nsubj"):
                events.append((ent.start_char, 0, ent))
        events.sort(key=lambda e: (e[0], e[1]), reverse=True)
        for _off, kind, item in events:
            res = item if kind == 1 else self._person(item)
            if self.compatible(res.name, pronoun):
                return res
        for ent in reversed([e for e in self.persons if e.end_char <= char]):
            res = self._person(ent)
            if self.compatible(res.name, pronoun):
                return res
        return None

    # -- main entry --------------------------------------------------------------------------
    def resolve(self, head: Token | None, span: tuple[int, int] | None) -> Resolved:
        if head is None or span is None:
            return Resolved(None, None)
        surface = self.text[span[0]:span[1]]
        is_pron = head.pos_ == "PRON" or head.lower_ in cues()["speaker_pron"]
        if is_pron and head.lower_ in _FIRST_PERSON:
            return Resolved(None, None)
        if head.pos_ == "NOUN" and is_report_source(head):
            return self._nominal(head)       # "the complaint", "Foster's book": not a person
        actor = actor_for_token(self.analysis, head)
        if actor is None and (head.ent_type_ or head.pos_ == "PROPN"):
            actor = actor_for_span(self.analysis, *span)
        if is_pron and head.lower_ in ("he", "she") and self.history:
            # a run of quotes: "he said" shortly after the last speaker's words is that speaker again
            off, prev = self.history[-1]
            new_subject = any(off < e.start_char < head.idx and e.root.dep_ in ("nsubj", "nsubjpass")
                              for e in self.persons)
            if prev.name and head.idx - off < RUN_WINDOW and not new_subject \
                    and self.compatible(prev.name, head.lower_):
                self.history.append((span[0], prev))
                return prev
        coordinated = any(c.dep_ == "conj" for c in head.children) and any(c.dep_ == "cc" for c in head.children)
        if not is_pron and not coordinated:
            group = actors_for_span(self.analysis, head.idx, head.idx + len(head.text))
            if len(group) > 1:
                # a plural nominal the actors stage resolved to its members ("the two leaders")
                return Resolved(None, " and ".join(self._actor_name(a) for a in group))
        remember = False
        if actor is not None and actor.kind == "PERSON" and head.pos_ == "NOUN" \
                and head.lemma_.lower() in cues()["org_noun"]:
            actor = None   # "the bank said" is the bank, not its governor
        if actor is not None and actor.kind == "PERSON" and self._only_in_furniture(actor):
            actor = None   # "Story continues below advertisement" is nobody
        if is_pron and actor is not None and actor.kind == "PERSON" \
                and (head.lower_ in ("it", "its") or not self.compatible(self._actor_name(actor), head.lower_)):
            actor = None   # the pronoun's gender (or "it") rules the actors stage's antecedent out
        if is_pron and head.lower_ in ("it", "they", "them"):
            return self._nonperson_pronoun(head, actor)
        if coordinated:
            res = Resolved(None, surface)
        elif actor is not None and actor.kind == "PERSON" and _role_only(actor):
            # "she" / "the professor" bound to a person known only by a role ("chairwoman"): the named
            # person introduced with that role, else the salient person of that gender, if any
            found = self._salient(head.idx, head.lower_) if is_pron else self._introduced_with_role(head)
            res = found if found is not None and found.name else Resolved(actor, self._actor_name(actor))
            remember = res.name is not None
        elif actor is not None and actor.kind == "PERSON":
            res, remember = Resolved(actor, self._actor_name(actor)), True
        elif is_pron:
            if head.lower_ in ("they", "them"):
                res = Resolved(None, None)
            else:
                res = self._salient(head.idx, head.lower_) or Resolved(None, None)
                remember = res.name is not None
        elif actor is not None and head.ent_type_ != "PERSON" and (head.pos_ != "NOUN" or _named_noun(head)):
            res = Resolved(actor, self._actor_name(actor))
        elif head.pos_ == "PROPN" and head.ent_type_ not in _NOT_PERSON_ENTS:
            res = Resolved(None, self.full_name(surface))
            remember = head.ent_type_ in ("PERSON", "")
        else:
            res = self._nominal(head)
            remember = res.name is not None and res.actor is None
        if remember and res.name:
            self.history.append((span[0], res))
        return res

    def _nonperson_pronoun(self, head: Token, actor: Actor | None) -> Resolved:
        return self._nonperson_pronoun_as(head, "it" if head.lower_ == "it" else "they", actor)

    def _nonperson_pronoun_as(self, head: Token, base: str, actor: Actor | None) -> Resolved:
        """'it said' -> an organisation; 'they said' -> a group: the members the actors stage found
        ("Sohlberg and Abreder"), else the last plural subject ("Republican senators")."""
        if base == "it":
            if actor is not None and actor.kind != "PERSON":
                return Resolved(actor, actor.name)
            return self._last_org(head.idx) or Resolved(None, None)
        group = actors_for_token(self.analysis, head)
        if len(group) > 1:
            return Resolved(None, " and ".join(self._actor_name(a) for a in group))
        if actor is not None and actor.kind != "PERSON":
            return Resolved(actor, actor.name)
        for t in reversed(self.doc[max(0, head.i - 150):head.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.lower_ not in ("they", "them"):
                s, e = phrase_span(t)
                return Resolved(None, self.text[s:e])
        return Resolved(None, None)

    def _pronoun_owner(self, tok: Token, base: str) -> Resolved:
        actor = actor_for_token(self.analysis, tok)
        if base in ("it", "they"):
            return self._nonperson_pronoun_as(tok, base, actor)
        if actor is not None and actor.kind == "PERSON" and self.compatible(self._actor_name(actor), base):
            return Resolved(actor, self._actor_name(actor))
        return self._salient(tok.idx, base) or Resolved(None, None)

    def _last_org(self, char: int, word: str = "") -> Resolved | None:
        """The organisation named last before `char` (one with `word` in its name first, then subjects).
        Names in credits and parentheses do not count."""
        prior = [e for e in self.orgs if e.end_char <= char and not self._skipped(e.start_char)
                 and not _in_parens(self.text, e.start_char) and not _credit(self.text, e.start_char, e.end_char)]
        named = [e for e in prior if word and word in e.text.lower()]
        subjects = [e for e in prior if e.root.dep_ in ("nsubj", "nsubjpass")]
        ent = (named or subjects or prior or [None])[-1]
        if ent is None:
            return None
        actor = actor_for_span(self.analysis, ent.start_char, ent.end_char)
        return Resolved(actor, self._actor_name(actor) if actor else self.full_org(ent.text.strip()))

    def _issuer_token(self, doc_tok: Token) -> Token | None:
        """Who issued a document mentioned at `doc_tok`: "CP's white paper", "a report by the TSB",
        "a Globe report", "the railway released a report", "a report released by X"."""
        for c in doc_tok.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                    return obj
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":        # "a report released by X"
                for p in c.children:
                    if p.dep_ == "agent":
                        obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
        if doc_tok.dep_ == "dobj" and doc_tok.head.pos_ == "VERB":   # "X released a report"
            subj = next((c for c in doc_tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _FIRST_PERSON:
                return subj
        return None

    def _document_issuer(self, head: Token) -> Resolved | None:
        """A definite document ("the report", "the lawsuit") refers back to the first mention of the
        same kind of document; its issuer there is the speaker."""
        lemma = head.lemma_.lower()
        for t in reversed(self.doc[max(0, head.i - 600):head.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self._skipped(t.idx):
                continue
            who = self._issuer_token(t)
            if who is None:
                continue
            actor = actor_for_token(self.analysis, who)
            if actor is not None:
                return Resolved(actor, self._actor_name(actor))
            if who.pos_ == "PROPN":
                s, e = phrase_span(who)
                return Resolved(None, self.full_name(self.text[s:e]) if who.ent_type_ == "PERSON"
                                else self.text[s:e])
        return None

    def _introduced_with_role(self, head: Token) -> Resolved | None:
        """The last person introduced with the head's role: "Mayor Doug McCallum", "McCallum, the mayor"."""
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
        return self._person(found) if found is not None else None

    def _nominal(self, head: Token) -> Resolved:
        """'the mayor', 'a doctor, Hugh Hill', 'the rookie defenceman'."""
        for c in head.children:
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
                actor = actor_for_token(self.analysis, c)
                return Resolved(actor, self._actor_name(actor) if actor else self.full_name(c.text))
        if is_report_source(head):
            # "the RCMP statement", "the Civic Action study": the named issuer in front speaks
            names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:
                lo = min(t.idx for n in names for t in n.subtree)
                hi = max(t.idx + len(t.text) for n in names for t in n.subtree)
                actor = actor_for_span(self.analysis, lo, hi)
                return Resolved(actor, actor.name if actor else self.text[lo:hi])
            # "a statement from BC Hydro", "BC Hydro's statement": the issuer speaks
            for c in head.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                    obj = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ == "PRON" and obj.lower_ in ("his", "her", "its", "their"):
                        # "her statement": whoever "her" is
                        base = {"his": "he", "her": "she", "its": "it", "their": "they"}[obj.lower_]
                        return self._pronoun_owner(obj, base)
                    if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                        actor = actor_for_token(self.analysis, obj)
                        if actor is not None:
                            return Resolved(actor, self._actor_name(actor))
                        if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN":
                            return Resolved(None, self.full_name(self.text[slice(*phrase_span(obj))]))
                        return Resolved(None, self.text[slice(*phrase_span(obj))])
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
                # "the report said": the issuer given where the report was first mentioned
                issuer = self._document_issuer(head)
                if issuer is not None:
                    return issuer
            if head.tag_ == "NN" and any(c.dep_ == "det" for c in head.children):
                # "the report said": issued by the organisation the article is about (last one named)
                return self._last_org(head.idx) or Resolved(None, None)
            return Resolved(None, None)
        det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
        if det is None or det.lower_ != "the" or head.tag_ in ("NNS", "NNPS"):
            return Resolved(None, None)
        if head.pos_ == "PROPN" and head.ent_type_ not in ("", "NORP"):
            return Resolved(None, None)
        found = self._introduced_with_role(head)
        if found is not None:
            return found
        role = head.lemma_.lower()
        if role in cues()["org_noun"]:
            # "the company said": the organisation named last (one with that word in its name first)
            return self._last_org(head.idx, role) or Resolved(None, None)
        return self._salient(head.idx) or Resolved(None, None)
