"""The tone of what was said: words in a statement's content that make it pessimistic or optimistic (012, 013),
praise (051), criticism (111) or an accusation (112), and whom they judge -- the actor named, or the maker of the
act judged ("said the arrests were a disgrace": the police). statements.py asks `_statement_tone` for each
statement it codes; whom a tone word judges is read in tone_targets.py.
"""
from __future__ import annotations

from collections.abc import Iterator
from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import appraisal
from newsgraph.events import owned_faults
from newsgraph.events import arguments as args
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.conditions import condition_mark
from newsgraph.events.modality_cues import FUTURE_AUX, future_aux
from newsgraph.events.patterns import noun_sets, pattern_index, with_typographic_apostrophes
from newsgraph.nlp.cache import children, climb, subtree, sent_tokens, token_lemmas, token_lowers
from newsgraph.records import Analysis
from newsgraph.events.statement_data import Tone, has_with_phrase, statement_rows, tone_words
from newsgraph.events.tone_targets import _FEELING_CAUSES, _act_makers, _baseless_act_makers, _judged
from newsgraph.events.unproven_claims import unproven

_CONTENT_DEPS = {"ccomp", "parataxis"}
_NEGATORS = with_typographic_apostrophes({"not", "n't", "no", "never", "without"})


def _negated(tok: Token) -> bool:
    if any(c.lower_ in _NEGATORS and c.dep_ in ("neg", "det", "advmod") for c in children(tok)):
        return True
    head = tok.head
    if tok.dep_ in ("acomp", "attr") and any(c.dep_ == "neg" for s in children(head)
                                             if s.dep_ == tok.dep_ and s.i < tok.i for c in children(s)):
        return True     # 'was "not, per se, inconsistent with"': the parse hangs "not" on an earlier predicate
    return tok.dep_ in ("acomp", "dobj", "attr", "xcomp") and any(
        c.dep_ == "neg" for c in children(head))


def split_quote(sent: Span) -> Span | None:
    """The quote a sentence's attribution belongs to when the quote's own "!" or "?" ended it as a sentence of
    its own ("... a wonderful job!" the governor tweeted): the previous sentence, else None (round 10)."""
    doc, i = sent.doc, sent.start
    if i > 0 and doc[i].is_quote:      # the closing quote may open the attribution's sentence ...
        i += 1
    elif not (i > 1 and doc[i - 1].is_quote):   # ... or close the quote's
        return None
    return doc[i - 2].sent if i > 1 and doc[i - 2].text in ("!", "?") and doc[i - 1].is_quote else None


_HINDSIGHT_MODALS = word_list("patterns", "HINDSIGHT_MODALS")
HINDSIGHT = Tone("T-hindsight", "111", False)
# "had nothing to do with X": the speaker denies a link to X, 016 (convention no-link-denials, round34)
NO_LINK = Tone("T-no-link", "016", False, denial=True)


def _no_link(nothing: Token) -> bool:
    """"nothing to do with the attack": "nothing" holds the infinitive "do" that governs a "with" phrase, and the
    clause is not asked about ("whether it had nothing to do with" is no denial)."""
    return nothing.head.lemma_.lower() in _LINK_VERBS and any(
        c.lemma_.lower() == "do" and c.dep_ in ("relcl", "acl", "xcomp") and has_with_phrase(c)
        for c in children(nothing))


# "had nothing to do with", "was nothing to do with": a link denied; "want nothing to do with" is a wish to stay
# apart, no denial (session 36 lead)
_LINK_VERBS = frozenset({"have", "be"})


def perfect_modal(aux: Token) -> bool:
    """"should have acted", "must have known": a modal with a perfect "have" speaks of a past act, so it
    demands or proposes nothing (nothing can still be done)."""
    return aux.dep_ == "aux" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > aux.i
                                     for c in children(aux.head))


_HINDSIGHT_MISHAPS = word_list("patterns", "HINDSIGHT_MISHAPS")


def hindsight(aux: Token) -> bool:
    """"should (not) have acted sooner", "could have prevented it": a past act judged as one that ought to have
    gone otherwise -- a criticism of its doer ("must have known" is an inference, no judgement). "could have
    drowned", "could have died": what may have befallen someone (word list HINDSIGHT_MISHAPS) is a guess at what
    happened, no judgement of anyone (convention hindsight-mishaps, session 29 crit30)."""
    if aux.lower_ == "could" and aux.head.lemma_.lower() in _HINDSIGHT_MISHAPS and conv_enabled("hindsight-mishaps", None):
        return False
    return aux.lower_ in _HINDSIGHT_MODALS and perfect_modal(aux)


def _tones(verb: Token, sent: Span, skip: set[int], scoped: bool = True,
           compounds: bool = True, topics: bool = True, trailing: bool = True,
           appraise: bool = False, inner: bool = False, own: bool = False,
           whole: bool = False, no_link: bool = False, misread: bool = False) -> Iterator[tuple[Tone, Token]]:
    """The explicit tone words in what the verb reports, in order: its clause, or the quote it closes when that
    quote ended in "!" or "?" (split_quote). A verb of feeling ("hope", "fear", "agree") counts only with the
    speaker (a pronoun) as its subject: "said the company agreed to pay" is no accord of the speaker's. A word
    of a `negated` row counts only when negated, any other only when not. With `scoped` (convention
    `tone-scope`, round 11), a verb joined to the reporting verb by "and" is another act of the speaker, not
    what was said ("bragged about his ties and drew alarm"), and a condemning noun that is the subject of its
    clause names a matter, not the speaker's judgement ("the scandal grew", "the great betrayal is over"). With
    `compounds` (convention `tone-compounds`, round 13), a tone noun modifying another noun is no judgement. With
    `topics` (convention `tone-topics`, round 15), a condemning noun that also names a matter (word list
    TONE_MATTERS) in a prepositional phrase says what something was about ("arrested over the scandal", "used in
    propaganda"), not the speaker's judgement ("dismissed it as propaganda", "in this impeachment sham" judge); a `predicate` row's word counts only as what its clause says something is. With
    `trailing` (convention trailing-tone, round 15), a trailing attribution that the parse hangs below what was
    said ("Castro was a dictator, Trump said, hours after ...") reports the words of that clause before it. With
    `appraise` (convention `appraisal`, round 17) the words read are not the tone rows but the appraisal's
    (appraisal.py): rated adjectives and nouns and verbs of wrongdoing, placed to judge someone and not hedged.
    With `inner` (convention `inner-statements`, round 17) a word of a statement reported within what was said
    is that statement's, not this one's. With `no_link` (convention `no-link-denials`, round34) "had nothing to do
    with" what was said is the speaker's denial (NO_LINK). With `misread` (convention copula-adjectives, round35) an
    adjective the parse hangs on the next clause's bare subject right after a bare "was" is that "was"'s predicate
    ("said he was confident rates would fall": _copula_adjective)."""
    words = tone_words()
    # "X was a dictator, Y said": the parse hangs the report below its content (as _has_content reads it)
    content_head = verb.head if trailing and verb.dep_ in _CONTENT_DEPS and verb.head.i < verb.i else None
    lemmas, lowers = token_lemmas(sent.doc), token_lowers(sent.doc)
    quote = split_quote(sent) if not any(c.dep_ in _CONTENT_DEPS for c in children(verb)) else None
    other_acts = {t.i for c in children(verb) if c.dep_ == "conj" for t in subtree(c)} if scoped else set()
    for tok in (sent_tokens(quote) if quote is not None else []) + sent_tokens(sent):
        # a noun's row as written comes first: "lies" the noun (T-condemn), not "lie" the verb (round20)
        hit = (tok.pos_ == "NOUN" and words.get(lowers[tok.i])) or words.get(lemmas[tok.i]) or words.get(lowers[tok.i])
        if appraise:
            own = (hit.id, hit.cameo) if hit is not None and not (hit.negated or hit.anchors or hit.person) else None
            found = appraisal.word_appraisal(tok, lemmas[tok.i], lowers[tok.i], own)
            hit = Tone(found[0], found[1], False, found[2], appraised=True) if found else None
        elif hit is None and scoped and hindsight(tok) and verb.is_ancestor(tok) and tok.i not in other_acts:
            yield HINDSIGHT, tok.head      # judged from the act's clause: "said the ministry should have acted"
            continue
        elif no_link and lowers[tok.i] == "nothing" and verb.is_ancestor(tok) and tok.i not in other_acts \
                and tok.i not in skip and _no_link(tok):
            yield NO_LINK, tok             # "said it had nothing to do with the blast": a denial (round34)
            continue
        # (`whole`: the verb is the root of a quote's sentence whose words are all what was said, session 30)
        reported = verb.is_ancestor(tok) or (whole and tok.i == verb.i) or (quote is not None and tok.i < sent.start) or (
            content_head is not None and tok.i < verb.i and (tok.i == content_head.i or content_head.is_ancestor(tok)))
        if not hit or tok.i in skip or tok.i in other_acts or (tok.i == verb.i and not whole) or not reported \
                or not hit.anchored(tok):
            continue
        if _negated(tok) != hit.negated and not (hit.negated and tok.dep_ == "advmod" and _negated(tok.head)):
            continue        # "not worried": no pessimism; "had not done enough": a denied judgement
        if unproven(tok, verb):
            continue        # "saw no proof that the navy was behind the blast": no charge made (session 47 prec51)
        if hit.appraised and (not appraisal.placed(tok, hit.cameo) or appraisal.hedged(tok, verb)):
            continue        # "said the voters had a hard time", "asked whether he had lied": no one judged
        if hit.cameo.startswith("11") and appraisal.punished_for(tok, verb):
            continue        # "were arrested for running a bogus agency, police said": the arrest's reason
        if inner and _inner_statement(tok, verb, own):
            continue        # "noted that X had called Y a disgrace": X's judgement, not the speaker's
        if tok.pos_ == "VERB" and not hit.appraised \
                and not ((hit.predicate or appraisal.participle_adjective(tok)) and appraisal.predicative(tok)) \
                and not _judging_verb_form(tok, hit):
            # (not a predicate row's adjective the small model tagged a verb: "considers the quotas illegal")
            # "he was moved by the gesture": a feeling's passive names who feels as its subject, not the agent
            subs = [c for c in children(tok) if c.dep_ == "nsubjpass"] if roles.is_passive(tok) else []
            subs = subs or roles.subjects(tok)
            # "agreed cuts": a participle describing a thing; "unlikely to agree": no one's feeling stated
            if tok.dep_ == "amod" or not subs or (hit.cameo != _ACCUSATION and not hit.denial
                                                  and not all(s.pos_ == "PRON" or s.i in skip for s in subs)):
                continue        # a wrongdoing ("had lied to voters") is anyone's; a feeling only the speaker's
            if hit.cameo != _ACCUSATION and tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in children(tok.head)):
                continue        # "the shelling forced them to agree", "urged us to agree": made to, not felt (round 18)
            if hit.cameo == _ACCUSATION and tok.tag_ in ("VB", "VBG") and not (tok.tag_ == "VBG" and any(
                    c.dep_ == "aux" and c.lemma_ == "be" for c in children(tok))):
                continue        # "opposed attempts to smear", "stop smearing": not said to have been done (but
                                # "was fuelling the conflict" is being done; session 40 crit44)
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.dep_ in ("nsubj", "nsubjpass", "pobj", "compound") \
                and not _judged_predicate(tok.head, verb) and not (hit.cameo.startswith("11") and _owned_act(tok.head)) \
                and not (misread and _copula_adjective(tok)):
            continue        # "illegal migrants crossed ...": a description, not the speaker's judgement
        if scoped and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and hit.cameo.startswith("11"):
            continue
        if compounds and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue        # "an alarm management system", "crisis talks": a noun naming a kind of thing
        if topics and tok.dep_ == "pobj" and lemmas[tok.i] in _MATTERS and tok.head.lower_ not in _JUDGING_PREPS:
            continue        # "arrested over the scandal": the matter, not a judgement of it
        if hit.predicate and not appraisal.predicative(tok):
            continue        # "the former dictator died": a description; "he was a dictator": a judgement
        if hit.predicate and _possible(tok) and conv_enabled("possible-judgements", None):
            continue        # "the ads can be offensive": a possibility, no one judged (session 47 say51)
        yield hit, tok


_POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might", "ca"})


def _possible(word: Token) -> bool:
    """A predicate word whose copula has a modal of possibility ("can be offensive", "might be illegal"): what
    something may be, not what the speaker says it is (convention possible-judgements, session 47 say51)."""
    verb = word.head if word.dep_ in ("acomp", "attr", "oprd") else word
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in children(verb))


_REFUSING_MODALS = frozenset({"will", "would", "shall", "can", "could", "wo", "ca", "'ll"})


def _modal_refusal(word: Token) -> bool:
    """A refusal in the speaker's words (tone polarity `refused`, 12x) is one with a modal of will or ability on the
    negated word ("would not accept", "will not be blackmailed", "cannot accept"); "has not accepted any offers"
    or "was not intimidated" report what did or did not happen (session 34 tone36)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _REFUSING_MODALS for c in children(word))


def _future_modal(word: Token) -> bool:
    """The negated word is under a modal of will ("would not take part", "will not play a role"; modality's
    future_aux): what the speaker will not do, not what it denies having done."""
    verb = word.head if word.pos_ in ("NOUN", "ADJ") and word.head.pos_ in ("VERB", "AUX") else word
    return any(c.dep_ in ("aux", "auxpass") and future_aux(c) for c in children(verb))


def _warned_sides(analysis: Analysis, word: Token, exclude: set[str], acts_active: bool = False) -> list[Party] | None:
    """Whom a threat in the speaker's words (tone polarity `warned`) is aimed at: the subject of the clause that
    holds the word, when that clause is foreseen with will/would/shall, not negated, and its subject names an
    actor other than the speaker ("said Finland would face consequences", "said Seoul would pay a heavy price");
    a passive clause whose subject is an act or a doer with no actor is a threat aimed at no one named ("said any
    attack would be met with force"). None when the clause is not foreseen or is negated, or its subject is the
    speaker, a pronoun or a thing ("said it would face consequences", "said the economy would pay a heavy price";
    convention warned-threats, session 36b stmt40)."""
    clause = word
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("dobj", "obj", "pobj", "prep", "attr") \
            and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or _negated(clause) or not any(
            c.dep_ in ("aux", "auxpass") and future_aux(c) for c in children(clause)):
        return None
    subs = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    acts = [c for c in children(clause) if c.dep_ in ("csubj", "csubjpass")]
    if not subs:
        # "said any boat entering the zone would be met with force": an act as the passive's subject; with
        # `acts_active` (convention warned-acts, session 44 say48) as an active one's ("warned that sending troops
        # would risk a war")
        return [] if acts and (roles.is_passive(clause) or acts_active) else None
    if acts_active and all(any(c.dep_ == "det" and c.lower_ == "any" for c in children(s)) for s in subs):
        return []       # "said any move toward independence would mean war": any doer of it is warned
    sides = [p for p in args.resolved(analysis, subs) if p.key not in exclude and p.head.pos_ != "PRON"] \
        or [p for p in args.unresolved(subs) if p.head.pos_ not in ("PRON", "DET") and p.key not in exclude]
    # ("said the harbour board would face consequences": a body the actors stage left without an actor, as
    # judged-unresolved reads it)
    if any(p.head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in children(p.head)) for p in sides):
        return None     # "said farmers would pay a heavy price for the drought": a bare plural is a forecast's group
    if sides:
        return sides
    if roles.is_passive(clause) and all(s.pos_ in ("NOUN", "PROPN") for s in subs):
        return []
    return None


def _copula_adjective(adj: Token) -> bool:
    """"said he was confident rates would fall": the small model reads "confident rates" as one phrase, the subject
    of "would fall"; an adjective right after a form of "be" that has no complement of its own, on a bare noun (no
    determiner) that is the subject of a clause complementing that "be", is what the "be" says its subject is
    (convention copula-adjectives, session 34 tone36)."""
    noun = adj.head
    clause = noun.head
    if adj.i == 0 or noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i != adj.i - 1:
        return False
    cop = adj.doc[adj.i - 1]
    return cop.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in children(cop)) \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in children(noun))


def _judging_verb_form(tok: Token, hit: Tone) -> bool:
    """A tone verb in a form that judges the subject of its clause, not the speaker's own feeling: "was to blame"
    (an anchored row's infinitive after "be": T-to-blame) and a denied passive, "could not be trusted"
    (a `negated` row: T-not-trusted); round25, session 23. Each form is matched only by its own row."""
    if hit.anchors and tok.tag_ == "VB" and tok.head.lemma_ == "be" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return True
    if hit.actor and hit.anchors and tok.tag_ in ("VBD", "VBN", "VBZ") and not hit.negated:
        return True     # "said the council had failed to fix the roads": a failure said of another (round26)
    return hit.negated and roles.is_passive(tok) and any(c.dep_ == "nsubjpass" for c in children(tok))


def _owned_act(noun: Token) -> bool:
    """An act or artifact of a named owner ("Trump's absurd claim", "the council's reckless plan"): a condemning
    word on it judges its maker, as a predicate would (round20); "illegal migrants" describes."""
    return noun.lemma_.lower() in noun_sets()["MADE_ACTS"] and any(p.pos_ != "PRON" for p in roles.possessors(noun))


def _judged_predicate(noun: Token, verb: Token) -> bool:
    """A noun that what was said names someone or something as: "described the plan as a reckless gamble" (the
    reporting verb's own "as"), "said he was like the dumbest client" (round20); not "ordered out as illegal
    aliens", a description inside what was said."""
    return appraisal.predicative(noun) and noun.dep_ == "pobj" and (
        noun.head.lower_ == "like" or noun.head.head.i == verb.i)


def _inner_statement(tok: Token, verb: Token, own: bool = False) -> bool:
    """A word of a statement reported inside the statement ("noted that X later called Y weak"): the inner
    statement's, judged there, not the outer speaker's (round 17). With `own` (convention own-opinions,
    session 30 crit31), an inner verb of saying or opinion whose subject is the speaker's own "I" or "we"
    ('"I believe the board's new rota is unacceptable," she said', "the budget, which I believe was reckless",
    '"We have warned everyone that the ministry is in breach of the rules"') is the speaker's own judgement."""
    index, node = statement_rows(None), tok.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ == "VERB" and node.lemma_.lower() in index and not (own and _own_opinion(node)):
            return True
        node = node.head
    return False


def _own_opinion(node: Token) -> bool:
    """"I believe", "we have warned everyone": a verb whose only subject is first person (convention own-opinions)."""
    subs = [c for c in children(node) if c.dep_ == "nsubj"]
    return bool(subs) and all(s.lower_ in _FIRST_PERSON for s in subs)


# tones whose statement is aimed at someone: praise (051), criticism (111) and accusation (112) of what the
# clause is about; a claim of responsibility (015) is aimed at the speaker itself unless the clause names another
_ACCUSATION, _CLAIM = "112", "015"
_CRITICAL = ("111", _ACCUSATION)        # criticism and accusation, whose target may be an act's maker (round20)
_AIMED_TONES = ("051", "111", _ACCUSATION, _CLAIM)


_OUTLOOKS = ("012", "013")
_HANDLED_FEELING_VERBS = frozenset(word_list("patterns", "HANDLED_FEELING_VERBS"))


def _others_outlook(word: Token) -> bool:
    """Convention others-outlooks (session 34 tone36): a feeling noun of pessimism or optimism that another
    handles (word list HANDLED_FEELING_VERBS: "said the district took the concerns seriously", "would address the
    fears of residents") is not the speaker's outlook (012, 013). (An adjective said of another -- "said the governor
    was afraid of an inquiry" -- was tried and left: the subject is as often the speaker's own body, "said the
    Commission was confident", which the appraisal then read as praise.)"""
    return word.pos_ == "NOUN" and word.dep_ in ("dobj", "obj") and word.head.i != word.i \
        and word.head.lemma_.lower() in _HANDLED_FEELING_VERBS


_FIRST_PERSON = word_list("patterns", "FIRST_PERSON")
_THIRD_PERSON = word_list("patterns", "THIRD_PERSON")


def _conditional_own_act(verb: Token) -> bool:
    """"warned that if their demands were not met, they would stop work": a warning whose clause says what the
    speaker will do under a condition is a threat (CAMEO 13), not a pessimistic comment. The clause's subject is
    the speaker: "we"/"I", or "he"/"she"/"they" with will/would ("the dams could collapse" is no act of theirs)."""
    for clause in (c for c in children(verb) if c.dep_ in _CONTENT_DEPS):
        if condition_mark(clause) is None:
            continue
        kids = list(children(clause))
        subjects = [k.lower_ for k in kids if k.dep_ == "nsubj"]
        modals = {k.lower_ for k in kids if k.dep_ == "aux" and future_aux(k)}
        if any(s in _FIRST_PERSON for s in subjects) or \
                (any(s in _THIRD_PERSON for s in subjects) and modals & FUTURE_AUX):
            return True
    return False


# prepositions whose object is what the speaker takes something for ("dismissed the report as propaganda")
_JUDGING_PREPS = frozenset(word_list("patterns", "JUDGING_PREPS"))
# condemning nouns that also name a matter ("arrested over the scandal"; convention tone-topics)
_MATTERS = word_list("patterns", "TONE_MATTERS")


class _NoVerb:
    """Stands for the reporting verb of a sentence that has none (a quote's later sentence, convention
    quote-continuations): no token is it, so a judged word's clause is read up to the sentence's root."""
    i = -1


def _statement_tone(analysis: Analysis, verb: Token, sent: Span, skip: set[int], speakers: list[Party],
                    since: frozenset[str] | None, whole: bool = False) -> tuple[Tone, list[Party]] | None:
    """The tone that codes a plain statement, with whom it judges (praise, criticism): the first tone word
    in what was said; a denied judgement (a `negated` row, convention `negated-praise`) only when it is about
    an actor ("said the ministry had not done enough"; "said there was not enough time" judges no one)."""
    exclude = {p.key for p in speakers}
    # a pronoun is taken up only when every speaker is a known actor, so the speaker's own "he" is told apart
    # ("a man said he had been wronged": the man is no actor, and "he" may have been bound to another; round28)
    pronouns = conv_enabled("judged-pronouns", since) and bool(speakers) \
        and all(p.actor is not None for p in speakers)
    readings = (False, True) if conv_enabled("appraisal", since) else (False,)
    hits = (found for appraise in readings
            for found in _tones(verb, sent, skip, scoped=conv_enabled("tone-scope", since),
                                compounds=conv_enabled("tone-compounds", since),
                                topics=conv_enabled("tone-topics", since),
                                trailing=conv_enabled("trailing-tone", since), appraise=appraise,
                                inner=conv_enabled("inner-statements", since),
                                own=conv_enabled("own-opinions", since), whole=whole,
                                no_link=conv_enabled("no-link-denials", since),
                                misread=conv_enabled("copula-adjectives", since)))
    jverb = _NoVerb() if whole else verb      # (whole: the words are judged up to the sentence's root)
    for hit, word in hits:
        if hit.warned:
            if not conv_enabled("warned-threats", since):
                continue
            sides = _warned_sides(analysis, word, exclude, conv_enabled("warned-acts", since))
            if sides is None:
                continue    # "said Iran would face consequences" of Iran itself, "the economy would face ..."
            return hit, sides
        if hit.cameo in _OUTLOOKS and conv_enabled("others-outlooks", since) and _others_outlook(word):
            continue        # "said the governor was afraid of an inquiry", "took the concerns seriously" (round35)
        # a deed is judged of its doer, not of a feeling's cause ("said X had conspired with Y" faults X)
        parts = conv_enabled("judged-parts", since) and not (hit.appraised and word.pos_ == "VERB") \
            and not (hit.actor and conv_enabled("actor-tone-modifiers", since)) \
            and not (hit.predicate and word.dep_ == "attr" and conv_enabled("predicate-subjects", since))
        # (a person-naming predicate judges the clause's subject: "said the leader was a puppet of Moscow" faults
        # the leader, not Moscow; session 28 crit29)
        # (an actor tone judges the clause's subject: "had displayed disregard of the demands of the council"
        # faults the subject, not the council, round24)
        judged = _judged(analysis, jverb, word, exclude, parts,
                         conv_enabled("judged-inner", since), conv_enabled("free-relatives", since),
                         conv_enabled("feeling-clauses", since), pronouns,
                         conv_enabled("judged-unresolved", since)) \
            if hit.cameo in _AIMED_TONES else []
        if hit.negated and not hit.denial and not (judged and conv_enabled("negated-praise", since)):
            continue
        if hit.denial and hit.cameo.startswith(("12", "130")) and not _modal_refusal(word):
            continue        # "said he hasn't accepted any new offers" reports, "would not accept" refuses (round35)
        if hit.cameo == "016" and conv_enabled("baseless-acts", since):
            makers = _baseless_act_makers(analysis, jverb, word, exclude, since)
            if makers:      # "said China's seafood ban had no scientific basis": the ban's maker criticised
                return Tone(hit.id, "111", False), makers
        if hit.denial and hit.cameo == "016" and _future_modal(word):
            continue        # "said it would not take part in the mission": a refusal to come, no denial of a part
                            # taken ("were not involved", "could not be true" deny; session 35 lead)
        if hit.actor and any(t.pos_ in ("ADJ", "ADV")
                             for t in list(children(word)) + list(word.doc[word.i + 1:word.i + 2])) \
                and not (hit.id not in _INACTION_TONES and conv_enabled("actor-tone-modifiers", since)):
            # "had done nothing wrong", "did little else": no failure to act; but "had shown complete
            # disregard", "broke its solemn promise": a modifier of another actor tone's noun changes nothing (round24)
            continue
        if hit.anchors and hit.cameo == "051" and (_own_cause(word) or _speakers_deed(jverb, word)):
            continue        # "proud of his company's results", "we did a great job": no praise of another actor
        if hit.appraised:
            # "said its finances were weak": what a pronoun's owner has is most often the speaker's own
            # ("said his rival would bring war": a person of a pronoun's, another actor; round20)
            judged = [p for p in judged if args.names_people(p.head) and p.head.pos_ != "PRON"
                      or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(p.head))]
        acts_only = hit.appraised and appraisal.harm_of_acts_only(hit.id)
        if hit.cameo in _CRITICAL and (acts_only or not judged) and conv_enabled("judged-acts", since):
            # "said the council's plan would ruin the town": the plan's maker is criticised (round20)
            makers = _act_makers(analysis, jverb, word, exclude, conv_enabled("judged-inner", since), since)
            if makers is not None and hit.person and not _people_only(makers):
                continue    # "said the new virus is a threat": a person-only tone judges no thing's maker (round29)
            if makers is not None:
                return (Tone(hit.id, "111", False, appraised=hit.appraised), makers) if hit.cameo == _ACCUSATION \
                    and not makers else (hit, makers)
        if acts_only or hit.actor and not judged:
            continue        # "the rebels destroyed the bridge" reports an act; "we did nothing" judges no other
        if hit.actor and conv_enabled("passive-conduct", since) and _passive_clause(word):
            continue        # "the nurses were treated with contempt": the subject underwent it (session 30 crit31)
        if hit.person and not _people_only(judged):
            continue        # "said Iran poses a threat to shipping": a state's threat is an assessment (round29)
        if hit.person and conv_enabled("undergone-tones", since) and _undergone(word):
            continue        # "has faced abuse and threats": what the person met with, no judgement (session 29)
        if (hit.cameo == _ACCUSATION or hit is HINDSIGHT or hit.appraised) and not judged:
            continue        # an accusation or a judged past act needs its doer: "they lied", "it could have spread"
        if hit.cameo == _CLAIM:
            if not _harm_named(word) and judged and _trouble_named(word) \
                    and conv_enabled("blamed-troubles", since):
                # "said the mining company was responsible for the water shortages": another actor blamed for
                # a trouble (never the speaker's own claim; session 30 crit31)
                return Tone(hit.id, _ACCUSATION, False), judged
            if not _harm_named(word):
                continue    # "responsible for the maintenance of the bridge": a duty, no claim
            if not judged and _named_subject(word):
                continue    # "said a faulty valve was behind the blast": a cause named, no one's claim (crit47)
            # "said it was responsible for the bombing" claims it; "said Russia was responsible" accuses Russia
            return (Tone(hit.id, _ACCUSATION, False), judged) if judged else (hit, [])
        return hit, judged
    if conv_enabled("owned-faults", since) and not whole:
        return owned_faults.owned_fault(analysis, verb, exclude, since)     # "said X's failure ..." (crit47)
    return None


_UNDERGOING_VERBS = word_list("patterns", "UNDERGOING_VERBS")


def _passive_clause(word: Token) -> bool:
    """The verb whose clause holds an actor tone's word is passive ("had been treated with contempt"): its subject
    is who underwent the conduct, not who showed it (convention passive-conduct, session 30 crit31)."""
    node = word
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.pos_ in ("VERB", "AUX") and roles.is_passive(node)


def _undergone(word: Token) -> bool:
    """The tone word is the object of a verb of meeting with something ("has faced abuse and threats", "received
    threats"): what its subject underwent, not what the subject is said to be (convention undergone-tones,
    session 29 stmt30)."""
    tok = climb(word, ("conj",))
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _UNDERGOING_VERBS


# sectors of people whom a threat said of them describes rather than denounces ("the suspect posed a threat")
_ASSESSED_SECTORS = tuple(word_list("patterns", "THREAT_ASSESSED_SECTORS"))


def _people_only(parties: list[Party]) -> bool:
    """Every party is a person, none armed or a suspect (polarity `person` of statement_tones.csv, round29):
    "said the senator was a danger to democracy" denounces; "police said the suspect posed a threat" assesses."""
    return bool(parties) and all(p.actor is not None and p.actor.kind == "PERSON"
                                 and not (p.actor.sector or "").startswith(_ASSESSED_SECTORS) for p in parties)


_OWN = word_list("patterns", "OWN")
# tone rows of a failure to act, which a following modifier undoes ("had done nothing wrong"; convention
# actor-tone-modifiers, round24)
_INACTION_TONES = frozenset(word_list("patterns", "INACTION_TONES"))
# harms no event pattern names that one can be responsible for ("responsible for the deaths"; round27, session 26)
_HARM_NOUNS = frozenset(word_list("patterns", "HARM_NOUNS"))


def _claimed(word: Token) -> list[Token]:
    """What a word of responsibility names: the for-phrase of "responsible for", or the object of "behind" itself
    ("said Moscow was behind the cyberattack"; T-claim-behind-crit47, session 43)."""
    own = [c for c in children(word) if c.dep_ == "pobj"] if word.pos_ == "ADP" else []
    return roles.prep_objects(word, ("for",)) + own


def _named_subject(word: Token) -> bool:
    """The clause holding a word of responsibility has a noun, not a pronoun, as its subject: what it names is
    a cause ("a faulty valve was behind the blast"), not the speaker claiming the act (session 43 crit47); the
    passive's subject too ("the harbour master should be held responsible": one blamed by others; session 49 say53)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children(word.head))


def _harm_named(word: Token) -> bool:
    """What one is responsible for is a harmful act: a noun of the event patterns whose CAMEO root is a
    conflictual one (13-20: a bombing, an attack, the killing), not a duty ("the maintenance of the bridge")."""
    nouns = pattern_index("noun")
    return any(int(p.cameo[:2]) >= 13 for o in _claimed(word)
               for p in nouns.get(o.lemma_.lower(), ())) or any(
        o.lemma_.lower() in _HARM_NOUNS for o in _claimed(word))   # "the deaths" (round27)


_TROUBLES = frozenset(word_list("patterns", "RESPONSIBLE_TROUBLES"))


def _trouble_named(word: Token) -> bool:
    """What one is said to be responsible for is a trouble (word list RESPONSIBLE_TROUBLES: "the water
    problem", "the crisis", "the shortages"), not a duty or a success (convention blamed-troubles)."""
    return any(o.lemma_.lower() in _TROUBLES or o.lower_ in _TROUBLES for o in _claimed(word))


def _speakers_deed(verb: Token, word: Token) -> bool:
    """The deed praised is the speaker's own: the clause holding the word has "we" or "I" as its subject."""
    node = word
    while node.i != verb.i:
        subj = [c for c in children(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return any(s.lower_ in _FIRST_PERSON for s in subj)
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _own_cause(word: Token) -> bool:
    """The cause of a stated feeling is the speaker's own ("proud of our team", "moved by his staff's work")."""
    causes = roles.prep_objects(word, _FEELING_CAUSES)
    return any(t.lower_ in _OWN for c in causes for t in subtree(c) if t.dep_ == "poss")
