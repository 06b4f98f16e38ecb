"""Step 3 of resolution: pronouns -- he/his/she/her/they/them/its to the most salient compatible actor.

Candidates are the mentions already resolved (names, nominals, earlier pronouns) up to
PRONOUN_WINDOW sentences back (further when none fits: a long quotation may lie in between).
Strong structure wins outright: "X said she ...", "X, who told reporters he ..."; and a "he said" right
after a speaker's words (within RUN_CHARS, nobody else named in between) continues that speaker's run.
Otherwise candidates are ranked by: not inside a quotation when the pronoun is outside; number fit;
sentence distance (a person known only by a role costs GENERIC_PENALTY sentences, the audience of a verb
of saying ADDRESSEE_PENALTY; the last reported speaker gains SPEAKER_BONUS for "..., he said"); subject
position (the subject of a sentence's main clause before the subject of a clause inside it, "Relatives
protested, saying their children had been turned away. They ..."; then any other mention); a gender known
to match before an unknown one; recency -- so a pronoun never jumps over a closer compatible candidate
of the same standing, and a subject of unknown gender ("Spokesperson Wen Haoran gave no details about
Mr. Brunner's plans. But he said ...") is not passed over for a possessor whose gender is known. Gender
comes from the KB, titles, honorifics and given names, and is learned from unambiguous text as
resolution proceeds.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.document_authors import DocumentAuthors
from newsgraph.actors.entities import Ent, EntityTable, Ment
from newsgraph.actors.participle_doers import participle_doer_verbs
from newsgraph.actors.possessive_owners import PossessiveOwners
from newsgraph.nlp.cache import NAME_LINKS, children, climb

PRONOUNS = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True),
    "themselves": (None, True), "its": (None, False), "it": (None, False),
}
# quantifiers that stand for members of a group named before when they are a bare subject ("Some said")
QUANTIFIERS = word_list("kb", "PRONOUN_QUANTIFIERS")
# quantities whose of-phrase pronoun is bound as the verb's object ("detained several of them"; round35)
PARTITIVE_OBJECT_HEADS = word_list("kb", "PARTITIVE_OBJECT_HEADS")
# verbs whose object "it" with an of/for/against phrase or a to-infinitive is a party ("accused it of"; round35)
IT_PARTY_VERBS = word_list("kb", "IT_PARTY_VERBS")
# a pronoun subject of a denial takes up the accused: the object (or passive subject) of an accusing verb of the
# sentence before or its own ("Police detained two activists. They denied the charges": the activists)
DENIAL_VERBS = word_list("kb", "DENIAL_VERBS")
ACCUSING_VERBS = word_list("kb", "ACCUSING_VERBS")
HELD_NOUNS = word_list("kb", "HELD_NOUNS")      # "called for their release": the one held (round37)
HELD_STATE_PLACES = word_list("kb", "HELD_STATE_PLACES")    # "they remain in custody" (session 46 lead)
CAPTURING_VERBS = word_list("kb", "CAPTURING_VERBS")    # "kidnapped 20 students ... their release" (round37)
READINESS_ADJECTIVES = word_list("kb", "READINESS_ADJECTIVES")
# anonymous attributions ("sources said"): who said it, seldom who "they" are in the next sentence
ATTRIBUTION_NOUNS = word_list("kb", "ATTRIBUTION_NOUNS")
CONTINUING_SPEECH_VERBS = word_list("kb", "CONTINUING_SPEECH_VERBS")    # "He added": the last speaker goes on (round35)
PRONOUN_WINDOW = 10                    # sentences a pronoun may look back (long quotes in between)
# determiners a numeral standing for a group may take ("the four", "all three"; session 23)
NUMERAL_DETERMINERS = word_list("kb", "NUMERAL_DETERMINERS")
BOTH_WINDOW = 2                       # "Both were charged": two people of the same or the two sentences before
_BOTH_NOT_SECTORS = word_list("kb", "BOTH_NOT_SECTORS")
QUANTIFIER_WINDOW = 1                  # "Some said ...", "Many fled": a group of the same or the previous sentence (session 22)
SPEAKER_BONUS = 1                      # sentences of distance forgiven to the last reported speaker
GENERIC_PENALTY = 2                    # sentences of distance a person known only by a role costs ("a doctor")
ADDRESSEE_PENALTY = 2                  # sentences of distance the audience of a verb of saying costs
RUN_CHARS = 300                        # "he said" this close after a speaker's words continues their run

JUSTICE_SECTORS = frozenset({"COP", "JUD", "SPY"})     # who arrest, charge and try: never the accused pronoun


class PronounResolver(PossessiveOwners, DocumentAuthors):
    """Binds pronouns, in text order, to the mentions resolved before them (names, nominals, pronouns)."""

    def __init__(self, view: DocView, table: EntityTable):
        self.view, self.table, self.kb = view, table, view.kb
        self.doc, self.toks, self.sent_of, self.sent_root, self.quote = (
            view.doc, view.toks, view.sent_of, view.sent_root, view.quote)
        self.deferred: list[Token] = []      # numerals standing for a group (resolve_deferred)

    @property
    def ments(self) -> list[Ment]:
        return self.table.ments

    def gender_evidence(self) -> None:
        """Gender from unambiguous text before any pronoun is resolved: "Lonechild said she ...",
        "Smith, who ..., said he ..." (a he/she subject of the clause reported by a named person)."""
        by_head = {m.head: m for m in self.ments if len(m.ents) == 1 and m.ents[0].kind == "PERSON"}
        lowers = self.view.lowers
        for t in self.toks:
            if lowers[t.i] not in ("he", "she"):
                continue          # (the test below needs it; the cheapest part first)
            g = PRONOUNS.get(t.lower_, (None, False))[0]
            if g is None or t.dep_ != "nsubj" or t.lower_ not in ("he", "she"):
                continue
            clause = t.head
            if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
                continue
            gov = clause.head
            subj = [c for c in children(gov) if c.dep_ == "nsubj" and c.i in by_head]
            if len(subj) == 1 and gov.lemma_.lower() in self.kb.speech_verbs | {"think", "believe", "hope"}:
                e = by_head[subj[0].i].ents[0]
                if e.gender is None:
                    e.gender = g

    def resolve(self, t: Token) -> None:
        gender, plural = PRONOUNS[t.lower_]
        if t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM" \
                and t.head.head.dep_ == "nsubjpass":
            # "seized twelve farmers. Two of them were shot dead": the victims are counted from the group the
            # sentence before did something to, not its doers (session 23)
            self.deferred.append(t)
            return
        self._resolve(t, t.lower_, gender, plural)

    def fronted_subject(self, t: Token) -> int | None:
        """"During his visit to Cairo, the Turkish president said": the index of the description that is the subject
        of the sentence's main verb after a fronted phrase holding the possessive `t`, when it is a common noun
        not yet resolved; the pronoun waits for it (cataphora, `_resolve`; round40, session 38 act42). Else None."""
        if t.dep_ != "poss" or PRONOUNS[t.lower_][1] or t.head.head.dep_ not in ("prep", "pobj", "advcl", "npadvmod"):
            return None
        root = self.sent_root[self.sent_of[t.i]]
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i > t.i), None)
        if subj is None or subj.pos_ != "NOUN" or self.table.taken[subj.i] or t.head.head.i > root.i:
            return None
        return subj.i

    def resolve_quantifier(self, t: Token) -> None:
        """A bare quantifier subject ("Some said ...", "Many fled", "Others told reporters"): members of the
        plural group of people taken up last, as "they" would be (not an organisation or a country)."""
        if t.dep_ != "nsubj" or any(c.dep_ != "punct" for c in children(t)):
            return            # "most of them", "how many feel": the words around it say who, or no one
        # only a group just named: "Some said ..." three sentences after "dozens of firefighters" are anyone
        self._resolve(t, "they", None, True, people_only=True, window=QUANTIFIER_WINDOW)

    def resolve_numeral(self, t: Token) -> None:
        """A bare numeral as the passive subject ("Three were stabbed", "One was wounded", "the four were
        arrested"): members of a plural group of people named in the same or the previous sentence, a counted
        group first ("eight pilgrims", "three villagers"), then one the sentence did something to; never the doers
        of an earlier active verb unless counted ("Gunmen attacked ... Three were stabbed": not the gunmen), so
        "Two were arrested, police said" with no group named stays unresolved (session 23, issue 11)."""
        if any(c.dep_ not in ("det", "predet", "punct") or c.dep_ in ("det", "predet")
               and c.lower_ not in NUMERAL_DETERMINERS for c in children(t)):
            return            # "two of the students" (the of-phrase says who), "two more", "these two men"
        self.deferred.append(t)

    def resolve_both(self, t: Token) -> None:
        """A bare "both" as the subject ("Smith was arrested Friday and Jones on Monday. Both were charged with
        theft"): the two people named last before it, each by a name or a description of their own, in the same
        sentence or the two before (BOTH_WINDOW: a driver and a passenger are often named a sentence apart),
        speakers of a verb of saying left out ("..., the sheriff said. Both were held"), and so are the officers and
        judges who act on them (kb word list BOTH_NOT_SECTORS: "gave the officer a false name ... Both were
        lodged"); with fewer than two, no one (session 47 arr51: crime pages' "Both were lodged in the county
        jail" had no side)."""
        if t.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ != "punct" for c in children(t)):
            return            # "both of them", "both men": the words around it say who
        sent = self.sent_of[t.i]
        people: list[Ent] = []
        for m in sorted(self.ments, key=lambda m: -m.start):
            if m.start >= t.i or m.speaker or len(m.ents) != 1:
                continue
            if sent - m.sent > BOTH_WINDOW:
                break
            e = m.ents[0]
            if e.kind == "PERSON" and not e.plural and e not in people and e.sector not in _BOTH_NOT_SECTORS:
                people.append(e)
                if len(people) == 2:
                    self._bind(t, people, None)
                    return

    def resolve_deferred(self) -> None:
        """The numerals (and "them" of "two of them") put off until every group was named, demonyms included
        ("nine Sudanese herders": the group is the demonym's mention)."""
        for t in self.deferred:
            best = self._counted_group(t)
            if best is not None:
                self._bind(t, best.ents, None)

    def _counted_group(self, t: Token) -> Ment | None:
        sent = self.sent_of[t.i]
        best, best_score = None, None
        for m in self.ments:
            if m.start >= t.i or sent - m.sent > QUANTIFIER_WINDOW or len(m.ents) != 1:
                continue
            e = m.ents[0]
            mh = self.toks[m.head]
            people = m.label == "NORP" and self.view.tags[m.head] in ("NNPS", "NNS")
            if mh.dep_ in ("amod", "compound") and mh.head.tag_ in ("NNS", "NNPS") and mh.head.i > mh.i \
                    and not any(o.head == mh.head.i for o in self.ments):
                mh, people = mh.head, True        # "nine Sudanese herders": the demonym names the group
            elif mh.dep_ == "compound":
                continue
            if not (people or e.plural and e.kind in ("GROUP", "PERSON")) or m.kind == "pronoun":
                continue
            counted = any(c.dep_ == "nummod" for c in children(mh))
            doer = mh.dep_ == "nsubj" and not counted
            if doer or m.speaker:
                continue
            score = (0 if counted else 1, sent - m.sent, -m.start)
            if best_score is None or score < best_score:
                best, best_score = m, score
        return best

    @staticmethod
    def _ready_it(t: Token) -> bool:
        """'Kenya said it was ready to negotiate': "it" as the subject of be + an adjective of readiness with an
        infinitive after it is the body that is ready, not the expletive of 'it was hard to negotiate'
        (session 26, coop26; word list READINESS_ADJECTIVES)."""
        if t.dep_ != "nsubj" or t.head.lemma_ != "be":
            return False
        for c in children(t.head):
            if c.dep_ == "acomp" and c.lemma_.lower() in READINESS_ADJECTIVES \
                    and any(x.dep_ == "xcomp" and x.tag_ == "VB" for x in children(c)):
                return True
        return False

    @staticmethod
    def _judged_it(t: Token) -> bool:
        """'Eritrea accused it of preparing an invasion', 'urged it to withdraw', 'called on it to stop': "it" as
        the object of a verb of judging or asking (IT_PARTY_VERBS) with the complement that names what the one
        accused or asked did or should do (of / for / against, or a to-infinitive) is a country or body, not a
        thing (round35, session 34 tgt36)."""
        verb = t.head
        if t.dep_ == "pobj" and verb.lower_ in ("on", "upon") and verb.head.i != verb.i:
            verb = verb.head        # "called on it to stop"
        elif t.dep_ != "dobj":
            return False
        if verb.lemma_.lower() not in IT_PARTY_VERBS:
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "against") or c.dep_ == "xcomp" and c.tag_ == "VB"
                   and any(m.lower_ == "to" for m in children(c)) for c in children(verb))

    def _resolve(self, t: Token, low: str, gender: str | None, plural: bool, people_only: bool = False,
                 window: int = PRONOUN_WINDOW) -> None:
        # "it" as an object is mostly a thing or a claim ("denied it"); as a subject of be/seem, expletive
        if low == "it" and (t.dep_ != "nsubj" or t.head.lemma_ in ("be", "seem", "appear", "take", "rain")) \
                and not self._ready_it(t) and not self._judged_it(t):
            return
        sent = self.sent_of[t.i]
        cands = [m for m in self.ments if m.start < t.i and sent - m.sent <= window]
        if gender and not any(len(m.ents) == 1 and self._compatible(m.ents[0], gender, plural, low) for m in cands):
            # a long quotation in between: the person may be named further back
            cands = [m for m in self.ments if m.start < t.i]
        document, author = self.document_author(t, cands)
        if document:                # "Groups wrote an open letter. It stated ...": its author speaks (round41)
            if author is not None:
                self._bind(t, author.ents, None)
            return
        # cataphora: "In her speech, Ms. Okafor stressed ..." -> the following subject; also one a description names
        # ("During his visit to Cairo, the Turkish president said"), and a place or body named before it in the
        # fronted phrase is no earlier owner (only a person who may be "his" is; round40, session 38 act42)
        if t.dep_ == "poss" and not plural:
            subj = [m for m in self.ments if m.sent == sent and m.start > t.i and m.subject
                    and len(m.ents) == 1 and m.kind in ("name", "nominal")
                    and self._compatible(m.ents[0], gender, plural, low)
                    and self.sent_root[sent] in (self.doc[m.head].head, self.doc[m.head])
                    and t.head.head.dep_ in ("prep", "pobj", "advcl", "npadvmod")]
            earlier_same = [m for m in cands if m.sent == sent and (
                m.kind == "name" and subj and subj[0].kind == "name"
                or len(m.ents) == 1 and self._compatible(m.ents[0], gender, plural, low))]
            if subj and not earlier_same:
                # a guess, not evidence: the person's gender is not learnt from it ("Given his views,
                # Ann Roe said ..." may speak of someone else's views)
                self._bind(t, subj[0].ents, None)
                return
        if t.dep_ == "poss":
            doer = self._controller(t, cands, gender, plural, low) or self._judged_for(t, cands, gender, plural, low)
            if doer is not None:                     # "X urged Y to use his influence": Y's influence
                self._bind(t, doer.ents, None)       # "X thanked Y for his support": Y's support
                return
        if t.dep_ == "poss":
            listed = self._listed_owner(t, cands, gender, plural, low)
            if listed is not None:                   # "Russia's annexation of Crimea, its support for the rebels"
                self._bind(t, listed.ents, None)
                return
        hostile = self._hostile_owner(t)
        # "Gunmen kidnapped 20 students. Parents demanded their release": the one held is one taken or accused in
        # that sentence or the one before, not the clause's subject (HELD_NOUNS; round37, session 36 tgt39)
        taken = t.dep_ == "poss" and low in ("his", "her", "their") and t.head.lemma_.lower() in HELD_NOUNS \
            and any(sent - m.sent <= 1 and (self._accused(m) or self._captured(m)) for m in cands)
        if plural and t.dep_ == "poss" and hostile is None and not taken:
            own = self._clause_subject(t, cands)
            if own is not None:                      # "Federal agents pressed on with their inquiry"
                self._bind(t, own.ents, None)
                return
        reporter = None if hostile is not None or t.head.lemma_.lower() in HELD_NOUNS \
            else self._reporting_subject(t, cands, gender, plural, low)
        if reporter is None and low == "they" and self._unnamed_reporters(t, cands):
            return      # "His lawyers said they would appeal": the lawyers, no actor -- not the last actor named
        if reporter is not None:                     # "Lavrov, who told reporters he ...", "X said she"
            grp = self._coordinated(t, cands) if plural else None
            if grp and grp[0] == reporter.start:     # "Chile and Peru said they would": both, not the first
                self._bind(t, grp[1], gender)
                return
            self._bind(t, reporter.ents, gender)
            return
        speech = self.view.speech_subject(t)
        if speech and gender:
            run = self._run_speaker(t, cands, gender, plural, low)
            if run is not None:                      # '... ," he said' right after X's words
                self._bind(t, run.ents, gender)
                return
        # "Lohmar said Emery tried to flee. He and the officers exchanged shots": the subject of a deed after a
        # report takes up the one reported as doing, not the reporter, where both are in reach (session 39 lead)
        # (only when the sentence before names such a doer: a person, the subject of a clause below its speaker)
        deed = not speech and gender is not None and t.dep_ == "nsubj" and not self.quote[t.i] \
            and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in self.kb.speech_verbs \
            and any(m.sent == sent - 1 and m.subject and not m.speaker and len(m.ents) == 1
                    and m.ents[0].kind == "PERSON" and self._salience(m) == 1
                    and self._compatible(m.ents[0], gender, plural, low) for m in cands)
        best = None
        best_score = None
        denial = t.dep_ == "nsubj" and t.head.lemma_.lower() in DENIAL_VERBS
        # "Officers arrested two men. They were charged ...": the one charged or held is the one accused before,
        # never the police or court that did it (session 24)
        held = t.dep_ == "poss" and low in ("his", "her", "their") and t.head.lemma_.lower() in HELD_NOUNS
        patient = t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ACCUSING_VERBS or held or self._held_state(t) \
            or t.dep_ == "dobj" and low in ("him", "her", "them") and t.head.lemma_.lower() in ACCUSING_VERBS
        # ("A magistrate remanded him": the one detained the sentence before, not the spokesman who told of it; round41)
        # ("called for their release", "demanded his extradition": the one held, as one charged; round37)
        # "detained several of them": a pronoun in the of-phrase of a quantity that is a verb's object stands
        # where the object does, and is bound as one (PARTITIVE_OBJECT_HEADS; round35, session 34 tgt36)
        obj = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i \
            and (t.head.head.lower_ in PARTITIVE_OBJECT_HEADS or t.head.head.tag_ == "CD") \
            and t.head.head.dep_ in ("dobj", "dative", "iobj") and low in ("them", "us", "him", "her") else t
        # "Egypt called on it to stop": the one called on is the verb's object as well (round35)
        objlike = obj.dep_ in ("dobj", "dative", "iobj") or (
            t.dep_ == "pobj" and t.head.lower_ in ("on", "upon") and t.head.head.lemma_.lower() == "call")
        if obj is t and t.dep_ == "pobj" and objlike:
            obj = t.head
        own_verbs = {obj.head.i}
        verb = obj.head
        if hostile is not None:
            # "Pakistani troops opened fire on their posts", "officers searched their car": whose the thing
            # attacked or searched is, is not who attacked or searched it (HOSTILE_OWNER_WORDS; round35)
            objlike, own_verbs, verb = True, {hostile.i}, hostile
        while verb.dep_ == "conj" and verb.head.i != verb.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            verb = verb.head
            own_verbs.add(verb.i)
        doer_verbs = participle_doer_verbs(t) if hostile is None else set()
        if doer_verbs:          # "X attacked Y, calling him a liar": not X (participle_doers.py; round51)
            objlike, own_verbs = True, own_verbs | doer_verbs
        own_subject_ents = [m.ents[0] for m in cands if m.subject and len(m.ents) == 1
                            and self.doc[m.head].head.i in own_verbs] if objlike else []
        for m in cands:
            mh = self.toks[m.head]
            if mh.dep_ == "compound" and mh.head.pos_ == "NOUN" and m.kind == "name":
                continue          # a name used as a modifier ("the Kinder Morgan pipeline")
            # a country's people ("Canadians are advised"): they, not it
            people = m.label == "NORP" and self.view.tags[m.head] in ("NNPS", "NNS")
            if len(m.ents) > 1:
                if not plural:
                    continue
                ok = True
            elif people_only and not (people or m.ents[0].plural and m.ents[0].kind in ("GROUP", "PERSON")):
                continue
            else:
                ok = self._compatible(m.ents[0], gender, plural, low) and not (people and not plural) \
                    and not (patient and m.ents[0].sector in JUSTICE_SECTORS)
            if not ok:
                continue
            # a pronoun object does not co-refer with the subject of its own verb ("Putin told him"), nor
            # with the subject its verb shares with the verb it is joined to ("X walked up to the boy and hit him"),
            # whatever other mention names that subject ("Putin thanked him for his help and invited him": not the
            # "his" that took up Putin; session 32)
            if objlike and (
                    m.subject and self.doc[m.head].head.i in own_verbs
                    or len(m.ents) == 1 and any(e is m.ents[0] for e in own_subject_ents)):
                continue
            dist = sent - m.sent
            quote_pen = 1 if (m.in_quote and not self.quote[t.i]) else 0
            weak = 0
            if plural and len(m.ents) == 1 and not m.ents[0].plural and not people:
                weak = 1
            if plural and mh.dep_ in ("dobj", "dative", "iobj") and mh.head.lemma_.lower() in self.kb.speech_verbs:
                dist_pen = ADDRESSEE_PENALTY      # "told reporters": the audience is seldom what "they" takes up
            elif plural and m.speaker and mh.lemma_.lower() in ATTRIBUTION_NOUNS:
                dist_pen = ADDRESSEE_PENALTY      # "Sources said relatives protested. They ...": an attribution,
                                                  # like an audience, is seldom what "they" takes up
            else:
                dist_pen = 0
            # a person of unknown gender ranks after a known match of the same distance and position; one
            # known only by a role ("a doctor", "the chairwoman") costs sentences: he/she mostly take up a name
            unknown = 1 if gender and len(m.ents) == 1 and m.ents[0].gender is None else 0
            generic = GENERIC_PENALTY if gender and len(m.ents) == 1 and m.ents[0].generic else 0
            # "..., he said": the last person reported as speaking is the likeliest speaker
            speaker = SPEAKER_BONUS if speech and dist > 0 and m.speaker else 0
            answers = 0 if (denial or patient) and dist <= 1 and (self._accused(m) or held and self._captured(m)) \
                else 1
            score = (quote_pen, weak, answers, dist + generic + dist_pen - speaker,
                     1 if deed and m.speaker and dist == 1 else 0, self._salience(m), unknown, -m.start)
            if best_score is None or score < best_score:
                best, best_score = m, score
        if plural:
            grp = self._coordinated(t, cands)
            pair = self._with_pair(t, cands)
            if pair and (grp is None or pair[0] > grp[0]):
                grp = pair
            if grp and (best is None or best_score[1] == 1 or grp[2] >= best.start):
                self._bind(t, grp[1], gender)
                return
        if best is not None and low == "it" and self._thing_subject_after(t, best):
            return          # "A long trade war helps him: it allows ...": "it" takes up the war, no actor
        if best is not None:
            # learn the gender only when the choice was clear: no other person of unknown gender
            # competed in the same or the previous sentence
            rivals = [m for m in cands if m is not best and len(m.ents) == 1 and m.ents[0] is not best.ents[0]
                      and m.ents[0].kind == "PERSON" and m.ents[0].gender is None and sent - m.sent <= 1]
            self._bind(t, best.ents, gender if not rivals else None)

    def _thing_subject_after(self, t: Token, best: Ment) -> bool:
        """A subject "it" whose nearest candidate subject is a thing: the subject of the sentence before (its
        main clause, after the best actor found) or of an earlier clause of its own sentence (when the best
        actor is no subject there) is a singular common noun no actor mention covers ("The new tariff hurts
        farmers. It also raises prices", "The plan angered Berlin because it cuts jobs"). "It" takes up that
        thing, the closer candidate, not an actor named further back (session 26; issue 12: a pronoun never
        jumps over a closer compatible candidate)."""
        if t.head.lemma_.lower() in self.kb.speech_verbs:
            return False    # '..., it said': a body speaking (a ministry, a bank, a report), as before
        sent = self.sent_of[t.i]
        subjects = [c for c in t.sent if c.i < t.i and c.dep_ in ("nsubj", "nsubjpass") and c.head.i != t.head.i]
        if sent > 0:
            root = self.sent_root[sent - 1]
            subjects += [c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")]
        covered = {i for m in self.ments for i in range(m.start, m.end)}
        best_subject_here = best.subject and best.sent == sent
        for subj in subjects:
            if subj.i in covered or (subj.i <= best.start if self.sent_of[subj.i] < sent else best_subject_here):
                continue
            if any(c.dep_ == "poss" and best.start <= c.i < best.end for c in children(subj)):
                continue    # "the ministry's press office": the body's own unit is no thing apart (session 38 lead)
            if subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.ent_type_ == "":
                return True
        return False

    @staticmethod
    def _held_state(t: Token) -> bool:
        """Is the pronoun the subject of a verb that says where it is held ("they remain in custody", "he stays
        behind bars": HELD_STATE_PLACES)? Then it is one held, as a passive subject of an accusing verb is."""
        return t.dep_ == "nsubj" and any(
            p.dep_ == "prep" and p.lower_ in ("in", "behind")
            and any(o.dep_ == "pobj" and o.lemma_.lower() in HELD_STATE_PLACES for o in children(p))
            for p in children(t.head))

    def _accused(self, m: Ment) -> bool:
        """Is the mention the one an accusing verb accuses: its object ("detained two activists", "accused
        the mayor of fraud") or its passive subject ("two men were charged")?"""
        h = climb(self.toks[m.head], NAME_LINKS)
        return h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_.lower() in ACCUSING_VERBS

    def _captured(self, m: Ment) -> bool:
        """Is the mention the object of a verb of capturing or removing (CAPTURING_VERBS: "kidnapped 20 students",
        "seized two fishermen")?"""
        h = climb(self.toks[m.head], NAME_LINKS)
        return h.dep_ == "dobj" and h.head.lemma_.lower() in CAPTURING_VERBS

    def _salience(self, m: Ment) -> int:
        """0 for the subject of its sentence's main clause ("Relatives protested, saying their children had
        died. They ..."), 1 for the subject of a clause inside it, 2 for any other mention. The owner of a main
        clause's subject that is no actor of its own counts as that subject ("The ministry's press office said
        Norway had detained a sailor. It urged ...": the ministry; session 38 lead)."""
        if not m.subject:
            h = climb(self.toks[m.head], NAME_LINKS)
            unit = h.head
            if h.dep_ == "poss" and unit.dep_ in ("nsubj", "nsubjpass") and unit.head.i == self.sent_root[m.sent].i \
                    and not any(o.head == unit.i for o in self.ments):
                return 0
            return 2
        verb = climb(self.toks[m.head], NAME_LINKS + ("nsubj", "nsubjpass"))
        root = self.sent_root[m.sent].i
        return 0 if verb.i == root or verb.dep_ == "conj" and verb.head.i == root else 1

    def _run_speaker(self, t: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """The person whose words a "he said" continues: the last named speaker before it, when they
        spoke within RUN_CHARS characters and no other person was named in between."""
        here = t.idx
        continues = t.head.lemma_.lower() in CONTINUING_SPEECH_VERBS
        for m in sorted(cands, key=lambda m: m.start, reverse=True):
            if len(m.ents) != 1:
                continue
            e = m.ents[0]
            mh = self.toks[m.head]
            if m.kind == "name" and mh.dep_ == "compound" and mh.head.pos_ == "NOUN":
                continue          # a name used as a modifier ("Acme Polling researcher Lucy Hart", session 25)
            if m.kind == "name" and e.kind == "PERSON" and not e.generic and not m.speaker:
                return None                  # someone else was named in between
            if not m.speaker or e.kind != "PERSON" or e.generic and not (continues and not e.plural):
                continue                     # ("..., the Greek minister said. He added ...": that speaker goes on,
                                             # known by a role or not; round35)
            if here - self.toks[m.start].idx > RUN_CHARS or not self._compatible(e, gender, plural, low):
                return None
            return m
        return None

    def _reporting_subject(self, t: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """The subject of the verb of saying that reports the pronoun's clause ("X said he would"),
        through a relative pronoun ("X, who told reporters he ..."); a possessive on the reported clause's subject
        too ("The governor said his government would help": the governor's, not a leader named the sentence
        before; session 37 lead). The caller leaves out held and attacked things ("said his release")."""
        word = t.head if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") else t
        if word is t and t.dep_ != "nsubj":
            return None
        subj = self._reporter(word)
        if subj is None:
            return None
        gov = subj.head
        if subj.lower_ in ("who", "that") and gov.dep_ == "relcl":
            subj = gov.head
        return self._named_mention(subj, cands, gender, plural, low)

    def _reporter(self, word: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause has `word` for subject ("X said he would": X),
        or None: what _reporting_subject binds a pronoun to, and _unnamed_reporters asks about."""
        if word.dep_ not in ("nsubj", "nsubjpass") or word.head.dep_ != "ccomp":
            return None
        gov = word.head.head
        if gov.lemma_.lower() not in self.kb.speech_verbs:
            return None
        return next((c for c in children(gov) if c.dep_ == "nsubj"), None)

    def _unnamed_reporters(self, t: Token, cands: list[Ment]) -> bool:
        """Is the subject pronoun "they" reported by a verb of saying whose subject is a plural noun that names
        no actor, nor names one in its phrase ("His lawyers said they would appeal", "Residents said they had
        fled"; not "the party's partners, deputies of the Union Party, said they")? Then "they" are those people,
        and no actor named before may take their place (session 46 lead)."""
        subj = self._reporter(t) if t.dep_ == "nsubj" else None
        return subj is not None and subj.tag_ in ("NNS", "NNPS") \
            and not any(m.start <= i < m.end for m in cands for i in range(subj.left_edge.i, subj.right_edge.i + 1))

    def _named_mention(self, tok: Token, cands: list[Ment], gender, plural, low) -> Ment | None:
        """The candidate that covers `tok` and names one actor the pronoun can take up (no pronoun itself)."""
        return next((m for m in cands if m.start <= tok.i < m.end and len(m.ents) == 1 and m.kind != "pronoun"
                     and self._compatible(m.ents[0], gender, plural, low)), None)

    def _coordinated(self, t: Token, cands: list[Ment]):
        """The latest coordination of mentioned actors ('Obama and Putin') before a plural pronoun: the start of its
        first member, its members, and the start of the last member another is joined to (the "Mexico" of
        "Canada, Mexico and Brazil", the "Obama" of "Obama and Putin")."""
        by_head = {m.head: m for m in cands if len(m.ents) == 1}
        sent = self.sent_of[t.i]
        for m in sorted(cands, key=lambda m: m.start, reverse=True):
            if sent - m.sent > 1 or len(m.ents) != 1:
                continue
            h = self.doc[m.head]
            while h.dep_ == "conj" and h.head.i in by_head and h.head.i != h.i:
                h = h.head          # "Canada, Mexico and Brazil": from its first member (a chain of conj)
            conj, todo, joined = [], [h], []
            while todo:
                x = todo.pop()
                for c in children(x):
                    if c.dep_ == "conj" and c.i in by_head:
                        conj.append(by_head[c.i])
                        todo.append(c)
                        joined.append(by_head[x.i].start)
            if conj:
                first = by_head[h.i]
                conj.sort(key=lambda c: c.start)
                members = [first.ents[0]] + [c.ents[0] for c in conj]
                return first.start, list(dict.fromkeys(members)), max(joined)
        return None

    def _with_pair(self, t: Token, cands: list[Ment]):
        """Two single actors joined by "with" on one verb -- its subject and the "with" phrase's object ("He
        discussed the plan with Ms. Ito, and they agreed ...", "The premier met with the Kenyan president. They
        signed ...") -- in the pronoun's sentence or the one before: a plural "they" takes up both, as it takes
        up "X and Y". Only when neither is a group of its own (a plural "they" could stand for that group alone:
        "the mayor met with protesters; they demanded ..."). Returned as `_coordinated` returns a coordination:
        the subject's start, both actors, the partner's start (session 48 lead)."""
        sent = self.sent_of[t.i]
        by_head = {m.head: m for m in cands if len(m.ents) == 1 and sent - m.sent <= 1}
        best = None
        for m in by_head.values():
            if not m.subject:
                continue
            verb = self.doc[m.head].head
            # (the with-phrase on the verb, or hung by the parse on its object: "discussed the plan with X")
            preps = [*children(verb), *(p for o in children(verb) if o.dep_ == "dobj" for p in children(o))]
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > t.i:
                    continue
                for obj in children(prep):
                    partner = by_head.get(obj.i) if obj.dep_ == "pobj" else None
                    if partner is None or partner.ents[0] is m.ents[0]:
                        continue
                    if any(e.plural or e.kind == "GROUP" for e in (m.ents[0], partner.ents[0])):
                        continue
                    if best is None or m.start > best[0]:
                        best = (m.start, [m.ents[0], partner.ents[0]], partner.start)
        return best

    def _compatible(self, e: Ent, gender: str | None, plural: bool, low: str) -> bool:
        if low in ("it", "its"):
            return e.kind in ("COUNTRY", "ORG") or e.kind == "GROUP" and not e.plural
        if plural:
            return e.plural or e.kind in ("GROUP", "ORG", "COUNTRY")
        if e.kind != "PERSON" or e.plural:
            return False
        return e.gender is None or gender is None or e.gender == gender

    def _bind(self, t: Token, ents: list[Ent], gender: str | None) -> None:
        if len(ents) == 1 and gender and ents[0].kind == "PERSON" and not ents[0].gender:
            ents[0].gender = gender
        self.table.add(t.i, t.i + 1, t.i, "pronoun", "PRON", list(ents), name_level=False)
