"""Possessives: whose is "his", "its" or "their" when the clause says it before any distance does -- the object of
the verb that governs the infinitive ("urged Beijing to use its influence"), the one thanked or blamed for it
("thanked the leader for his support"), the subject of its own clause ("agents pressed on with their inquiry"), the
owner named earlier in a list ("Russia's seizure of the port, its backing for the rebels"), and never the doer of
an attack on it ("opened fire on their posts").

A mixin of `PronounResolver` (pronouns.py), split out of it in session 38: it reads `self.toks`, `self.doc` and
`self._compatible`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.entities import Ment
from newsgraph.nlp.cache import children

# attacks, raids and searches: a possessive in what they hit is not their doer's (round35)
HOSTILE_OWNER_WORDS = word_list("kb", "HOSTILE_OWNER_WORDS")
OWN_PRONOUNS = word_list("kb", "OWN_PRONOUNS")     # "their posts", "his car": whose the attacked thing is
SUBJECT_CONTROL_VERBS = word_list("kb", "SUBJECT_CONTROL_VERBS")
JUDGED_FOR_VERBS = word_list("kb", "JUDGED_FOR_VERBS")       # "thanked Y for his support": Y's (session 32)

# the edges a possessive's phrase climbs to its clause's verb: its own subject's clause (`_clause_subject`), or an
# infinitive whose understood subject is the governing verb's object (`_controller`, no apposition on the way)
_CLAUSE_EDGES = frozenset({"pobj", "prep", "dobj", "compound", "amod", "nmod", "attr", "appos"})
_CONTROLLED_EDGES = _CLAUSE_EDGES - {"appos"}


def _governing_verb(t: Token, edges: frozenset[str]) -> Token | None:
    """The verb (or auxiliary) whose clause the phrase holding `t` stands in, climbing at most five heads along
    `edges`; None when another edge or no verb comes first."""
    verb = t.head
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ not in edges:
            return None
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


class PossessiveOwners:
    @staticmethod
    def _hostile_owner(t: Token) -> Token | None:
        """The verb of an attack, raid or search whose object (or on/at/against phrase) a possessive "their",
        "his", "her" or "its" stands in: "troops opened fire on their posts", "officers searched his car"
        (HOSTILE_OWNER_WORDS: the verb or its object noun, "fire"); None otherwise (round35)."""
        if t.dep_ != "poss" or t.lower_ not in OWN_PRONOUNS:
            return None
        noun = t.head
        if noun.lemma_.lower() in HOSTILE_OWNER_WORDS:
            return None     # "its first attack on Israeli territory": the act noun is its maker's (session 34 lead)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "upon", "against"):
            above = noun.head.head
        elif noun.dep_ == "dobj":
            above = noun.head
        else:
            return None
        words = {above.lemma_.lower()}
        if above.pos_ == "NOUN" and above.lemma_.lower() in HOSTILE_OWNER_WORDS and above.dep_ == "dobj":
            above = above.head          # "opened fire on their posts": the act is the verb's object
        if above.pos_ != "VERB":
            return None
        # the verb's act, or its object's when the possessive stands elsewhere ("opened fire on their posts");
        # not the object the possessive is in ("stepped up her attacks on X": hers are the attacks)
        words |= {above.lemma_.lower()} | {c.lemma_.lower() for c in children(above) if c.dep_ == "dobj" and c.i != noun.i}
        return above if words & HOSTILE_OWNER_WORDS else None

    def _listed_owner(self, t: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """A possessive in a list of noun phrases whose earlier member has a named owner takes that owner: "Russia's
        annexation of Crimea, its support for the rebels and its meddling" (Russia's), "Kim's activities, the outcome
        of his meetings" (Kim's) -- the list goes on about one owner (session 38 lead). The noun the possessive is on
        may sit in an of-phrase of the listed noun."""
        noun = t.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        if noun.dep_ not in ("conj", "appos"):
            owners = self._owner_before_comma(t) if noun.dep_ not in ("nsubj", "nsubjpass") else []
        else:
            first = noun.head
            while first.dep_ in ("conj", "appos") and first.head.i != first.i \
                    and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head
            members = [first] + [c for c in first.subtree if c.dep_ in ("conj", "appos") and c.i < noun.i
                                 and c.pos_ in ("NOUN", "PROPN")]
            owners = [c for m in members for c in children(m) if c.dep_ == "poss" and c.pos_ != "PRON"] \
                or self._owner_before_comma(t)
        return next((m for o in reversed(owners)
                     if (m := self._named_mention(o, cands, gender, plural, low)) is not None), None)

    def _owner_before_comma(self, t: Token) -> list[Token]:
        """The named possessors of the phrase before a comma that opens the possessive's own phrase, with no verb
        between: the list member before it, when the parse has not joined the list ("Russia's seizure of the
        peninsula, its backing for the fighters": the small model makes "backing" a clause of its own)."""
        toks, i = self.toks, t.i - 1
        while i >= 0 and toks[i].text != "," and toks[i].pos_ not in ("VERB", "AUX") and t.i - i < 8:
            i -= 1
        if i < 0 or toks[i].text != ",":
            return []
        found, j = [], i - 1
        while j >= 0 and toks[j].text not in (",", ";", "(") and toks[j].pos_ not in ("VERB", "AUX") and i - j < 12:
            if toks[j].dep_ == "poss" and toks[j].pos_ != "PRON":
                found.append(toks[j])
            j -= 1
        return found[::-1]

    def _controller(self, t: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """The object of the verb that governs the infinitive a possessive stands in, which is that infinitive's
        understood subject: "Paris urged Beijing to use its influence", "asked the minister to explain her
        decision" (session 30). Verbs whose own subject does the infinitive ("promised X to") are left out."""
        verb = _governing_verb(t, _CONTROLLED_EDGES)
        if verb is None or verb.dep_ != "xcomp" or verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            return None
        gov = verb.head
        if gov.lemma_.lower() in SUBJECT_CONTROL_VERBS:
            return None
        obj = next((c for c in children(gov) if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is None:
            return None
        for m in cands:
            if m.start <= obj.i < m.end and m.head == obj.i and len(m.ents) == 1 and m.kind != "pronoun" \
                    and self._compatible(m.ents[0], gender, plural, low):
                return m
        return None

    def _judged_for(self, t: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """The object of a verb of thanking, praising or blaming whose for-phrase the possessive stands in: "Putin
        thanked the leader for his support", "the minister criticised the mayor for her remarks" -- one is thanked
        or blamed for what one did oneself (word list JUDGED_FOR_VERBS; session 32)."""
        noun = t.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in JUDGED_FOR_VERBS:
            return None
        obj = next((c for c in children(noun.head.head) if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            return None
        for m in cands:
            if m.head == obj.i and len(m.ents) == 1 and self._compatible(m.ents[0], gender, plural, low):
                return m
        return None

    def _clause_subject(self, t: Token, cands: list[Ment]) -> Ment | None:
        """The subject of the clause a possessive "their" stands in, when it is a body or a group of people
        named before it: "Federal agents pressed on with their inquiry" is the agents' inquiry, not that of
        the two countries the sentence before named together (session 24)."""
        verb = _governing_verb(t, _CLAUSE_EDGES)
        if verb is None:
            return None
        subj = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or any(c.dep_ == "conj" for c in children(subj)):
            return None
        for m in cands:
            mh = self.doc[m.head]
            # the subject itself, or a body named in front of its noun ("FBI agents")
            if (m.head == subj.i or mh.dep_ == "compound" and mh.head.i == subj.i) and len(m.ents) == 1 \
                    and m.kind != "pronoun":
                e = m.ents[0]
                if e.kind in ("ORG", "GROUP") or e.kind == "PERSON" and e.plural:
                    return m
        return None
