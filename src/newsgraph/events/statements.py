"""Statements, CAMEO root 01: "the minister said on Monday that ...", "..., police said".

CAMEO's most frequent root in human coding: a reporting verb whose subject names a speaker is a
public statement by that speaker (data/patterns/statements.csv), to the addressee when there is one
("told the committee"). A plain statement (010) takes a more specific code from explicit words of
tone in what was said (statement_tones.csv: 012 pessimistic, 013 optimistic, 018 empathy, 019
accord; 111 when the words condemn, 051 when they praise), is a proposal (020) when a suggesting verb reports one, and gives
way to the speaker's own verbal act in the same sentence (statement_shadows.csv:
"X said Y must go" is a demand, not also a statement). What the speaker reports is coded by the other
patterns, as the reported event it is; the quote_links stage links the statement to its quote.

A statement needs content: a clause ("said that ..."), the quote it introduces ("..., he said"), what it
was about ("spoke about the case"), or an addressee ("testified before the committee", "spoke to reporters"),
so "announced sanctions" or "noted the changes" are not statements here (the sanctions are an event of their
own). "..., according to the ministry" is the ministry's statement, as "the ministry said" would be. The tests of a
verb's content live in statement_content.py (session 29).

What was said decides the code (round 11): a judgement the speaker denies of an actor ("had not done enough") is a
criticism of it, praise of a deed counts in anchored words ("had done well"), responsibility for a harmful act is a
claim (015) or an accusation (112), a warning of the speaker's own act under a condition is a threat; and the judged
actor is read from the clause (its subject, a judging noun's of-phrase, a feeling's cause, the object of "called X Y").
Where no explicit word of tone is found, the appraisal (appraisal.py, round 17) reads rated words and verbs of
wrongdoing said of an actor the clause names ("said X had a crazy policy", "said X had rigged the vote").
"""
from __future__ import annotations


from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import misread_reports
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.addressees import (_SPEAKER_NOUNS, _addressee_heads, _addressees, _interviewer, _is_body,
                                         _media, _outlet_spoken_to, _spoken_to, _told_to)
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.events.modality import modality
from newsgraph.events.patterns import noun_sets, with_typographic_apostrophes
from newsgraph.nlp.model import sentence_index
from newsgraph.nlp.cache import children, doc_sents, has_the, subtree, sent_tokens
from newsgraph.records import Analysis, Event
from newsgraph.events.statement_data import (StatementVerb, _STANCE_FRAMES, shadow_roots, stance_adjectives,
                                             statement_index, statement_rows)
from newsgraph.events.statement_tones import (_AIMED_TONES, _CONTENT_DEPS, _CRITICAL, _conditional_own_act, _negated,
                                              _statement_tone)
from newsgraph.events.statement_content import (_THINGS_ADDED, _as_attribution, _as_it_attribution, _attempted,
                                                _cast_idiom, _citation, _confirmed_appointee, _engaged_to_say,
                                                _gerund_content, _habitual_naming, _has_content, _knowledge_mass,
                                                _lead_in, _names_predicate, _object_before_attribution,
                                                _recorded_question, _role_description, _said_object, _said_so,
                                                _written_work, _yet_to)


# ---------------------------------------------------------------- finding statements


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
                author = _according_source(analysis, h) if documents and not data else None
                if author is not None and author.actor is not None:
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


def _bare_imperative(verb: Token) -> bool:
    """"Tell them to wait": a base-form verb with no subject or auxiliary of its own (the parse may still give it
    the controller of a verb above it)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(verb))


def _proposes(verb: Token, told_to: bool = False) -> bool:
    """What the verb reports is a proposal: a subjunctive or should/must clause ("suggested that the city
    reopen the market"), or an addressee told to do something ("advised residents to stay indoors"; with
    `told_to`, also the passive "was advised by the minister to wait")."""
    if told_to and roles.is_passive(verb) and _told_to(verb):
        return True
    for c in children(verb):
        subjects = [g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
        if c.dep_ == "ccomp" and subjects:
            aux = [a.lower_ for a in children(c) if a.dep_ in ("aux", "auxpass")]
            # "that Beijing resume": a bare verb after a singular subject is a subjunctive
            bare = c.tag_ == "VB" or (c.tag_ == "VBP" and subjects[0].tag_ in ("NN", "NNP"))
            if any(a in ("should", "must", "ought") for a in aux) or (bare and not aux):
                return True
        if c.dep_ == "xcomp" and any(d.dep_ in ("dobj", "dative") for d in children(verb)):
            return True
    return False


def _proposes_object(verb: Token) -> bool:
    """"suggested a joint initiative", "advised the ministry on its strategy": a suggesting verb whose direct
    object is what was proposed, or who was advised, with no that-clause saying something was the case ("the
    data suggested that the economy was slowing" is no proposal)."""
    if roles.is_passive(verb) or verb.dep_ in ("acl", "amod"):
        return False        # "the forum, proposed by the congresswoman": the thing proposed is named, not proposed here
    return any(o.pos_ in ("NOUN", "PROPN") for o in roles.direct_objects(verb)) \
        and not any(c.dep_ in _CONTENT_DEPS for c in children(verb))


def statement_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                     verbs: list[Token], since: frozenset[str] | None = None,
                     acts: frozenset[int] = frozenset()) -> list[tuple[Event, Token]]:
    """The statements of one sentence, each with its reporting verb; `verbs` are the sentence's verbs
    whose lemma is in statements.csv (the coder's scan of the sentence finds them), `acts` the token indices
    of the triggers of the events the sentence's patterns coded."""
    if not verbs:
        return _quote_continuation(doc, analysis, sent, sent_index, since) \
            if conv_enabled("quote-continuations", since) else []
    index = statement_rows(None)
    out: list[tuple[Event, Token]] = []
    cues = analysis.context.quote_cues
    cue_starts = set(cues.cue_start.values()) if cues is not None else set()
    for tok in verbs:
        if tok.lower_ == "according":
            if not conv_enabled("according-attribution", since):
                out += _according_to(doc, analysis, sent, sent_index, tok)
            continue        # "..., according to X": an attribution, no statement of X (gold convention C1)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in VIEW_NOUNS and tok.dep_ == "attr":
            if conv_enabled("view-statements", since):
                out += _view_statement(doc, analysis, sent, sent_index, tok)
            continue
        if tok.pos_ == "ADJ":
            if conv_enabled("stance-adjectives", since):
                out += _stance_statements(doc, analysis, sent, sent_index, tok, since)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "comment":
            if conv_enabled("no-comment", since):
                out += _no_comment(doc, analysis, sent, sent_index, tok)
            continue
        rows = index.get(tok.lemma_.lower(), ())
        for row in (r for r in rows if since is None or r.since in since):     # (-o patterns= limits every row)
            found = _row_statements(doc, analysis, sent, sent_index, tok, row, cue_starts, since, acts)
            if found is not None:
                out += found
                break
    if not out and conv_enabled("quote-continuations", since):
        out = _quote_continuation(doc, analysis, sent, sent_index, since)
    return out


def continued_quote_cue(analysis: Analysis, sent: Span) -> int | None:
    """The offset of the cue of the direct quote that holds the whole sentence, when that cue lies outside the
    sentence (convention quote-continuations); None otherwise."""
    cues = analysis.context.quote_cues
    if cues is None:
        return None
    for q in analysis.quotes:
        if q.kind != "direct" or not (q.start <= sent.start_char + 1 and sent.end_char <= q.end + 1):
            continue
        cue = cues.cue_start.get(q.id)
        if cue is not None and not (sent.start_char <= cue < sent.end_char):
            return cue
    return None


def _quote_continuation(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                        since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """A sentence of a direct quote with no reporting verb of its own, whose attribution lies in another sentence
    of the quote ('"... the speaker said. "It's unacceptable."', or a first sentence before '"...," she said'):
    when its words criticise or accuse (a tone row, or a rated word that judges a named actor), it is the quote's
    speaker's criticism, 111 or 112 as an attributed statement's tone would be; a continuation with no such words
    codes nothing, as before (convention quote-continuations, session 30 crit31)."""
    cue = continued_quote_cue(analysis, sent)
    if cue is not None:
        verbs = [t for t in doc if t.idx == cue]
        speakers = _speakers(analysis, verbs[0], since=since) if verbs else []
        if not speakers or any(s.actor is None and s.head.pos_ == "PRON" for s in speakers):
            return []
        root = sent.root
        tone = _statement_tone(analysis, root, sent, set(), speakers, since, whole=True)
        if tone is None or tone[0].cameo not in _CRITICAL:
            return []
        hit, judged = tone
        when = event_when(analysis, doc, sent_index, root, "asserted")
        out = []
        for sp in speakers:
            for t in [j for j in judged if j.key != sp.key] or [None]:
                conf = confidence.score(0.5, hit.cameo, source=sp.actor is not None, target=t is not None,
                                        recoded=hit.appraised)
                out.append((make_event(analysis, sent, sent_index, code=hit.cameo,
                                       rule=f"S-quote-continuation+{hit.id}", source=sp, target=t,
                                       cue=cue_span([root]), modality="asserted", when=when, confidence=conf), root))
        return out
    return []


# nouns naming what someone said as their view ("that is the view of ..."); the coder reads them too
VIEW_NOUNS = word_list("patterns", "VIEW_NOUNS")
_VIEW_TONES = {"013": word_list("patterns", "OPTIMISTIC_VIEWS"), "012": word_list("patterns", "PESSIMISTIC_VIEWS")}
_POINTING = frozenset({"that", "this", "such"})


def _view_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                    noun: Token) -> list[tuple[Event, Token]]:
    """"That is the view of the port director", "that's the optimistic view voiced by Senator Okafor": what the
    sentence before said is named as the view of a speaker, who states it (convention view-statements, session 21):
    010, or 013/012 for a view called optimistic or pessimistic. The view's holder is its of-phrase, possessor or
    the by-phrase of the participle that voiced it; a person or body, not a document."""
    verb = noun.head
    if verb.lemma_.lower() != "be" or not any(s.lower_ in _POINTING for s in roles.subjects(verb)):
        return []
    if _negated(verb) or modality(verb)[0] != "asserted":
        return []
    heads = roles.prep_objects(noun, ("of",)) + roles.possessors(noun)
    heads += [a for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" for a in roles.agent_of(c)]
    heads = [h for h in heads if not args.is_nonspeaker(h) and (args.head_actors(analysis, h) or args.names_people(h))]
    if not heads:
        return []
    words = {c.lower_ for c in children(noun) if c.dep_ == "amod"}
    code = next((c for c, tones in _VIEW_TONES.items() if words & tones), "010")
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, verb, code, "S-view", 0.55)


# subjects that are the writer's voice, not a speaker ("it is clear that ...", "that is clear")
_IMPERSONAL = frozenset({"it", "this", "that", "there", "which", "what", "everything", "nothing", "all"})


def _stance_frame(adj: Token) -> tuple[str, Token] | None:
    """("be" | "make", the verb) when the adjective is what "be" says its subject is ("has been clear") or the
    complement of "make" ("made it clear", "made plain"); None otherwise ("a clear sign", "clear of debris")."""
    head = adj.head
    if head.i == adj.i:
        return None
    lemma = head.lemma_.lower()
    if adj.dep_ == "acomp" and lemma in _STANCE_FRAMES["be"]:
        return "be", head
    if adj.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj") and lemma in _STANCE_FRAMES["make"]:
        return "make", head
    return None


def _stance_clause(adj: Token, verb: Token) -> Token | None:
    """The clause an adjective of stance says: a that-clause after it, or a clause with a subject of its own (on the
    adjective or, as the small model often hangs it, on "be"/"make")."""
    for holder in (adj, verb):
        for c in children(holder):
            if c.dep_ not in ("ccomp", "advcl") or c.i < adj.i or c.pos_ not in ("VERB", "AUX"):
                continue
            kids = list(children(c))
            if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) or (
                    c.dep_ == "ccomp" and not any(k.dep_ == "mark" for k in kids)
                    and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)):
                return c
    return None


def _stance_statements(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, adj: Token,
                       since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """"The governor has been clear that the vote will go ahead", "the mayor made it clear that ...", "the union is
    confident that ...", "farmers are worried that ...": a statement of the subject of "be" or "make" (convention
    stance-adjectives, round23; statement_adjectives.csv), 010 or the adjective's 012/013; a plain one takes the
    tone of what was said as a statement with a verb does."""
    rows = stance_adjectives().get(adj.lower_) or stance_adjectives().get(adj.lemma_.lower())
    framed = _stance_frame(adj) if rows else None
    if framed is None:
        return []
    frame, verb = framed
    row = next((r for r in rows if r.frame == frame), None)
    if row is None or verb.dep_ in ("amod", "acl", "advcl", "xcomp", "pcomp", "csubj"):
        return []       # "remains to be seen whether", "if they are confident that": no statement made
    clause = _stance_clause(adj, verb)
    subjects = roles.subjects(verb)
    if clause is None or not subjects or any(s.lower_ in _IMPERSONAL for s in subjects):
        return []       # "it is clear that ...": the writer's voice; "is worried about the rain": no clause said
    if _negated(adj) or _negated(verb) or modality(verb)[0] != "asserted":
        return []       # "was not clear that ...", "may be confident that ...": nothing stated
    speakers = _speakers(analysis, verb, conv_enabled("speaking-places", since), False)
    if not speakers or (conv_enabled("quoted-self-reports", since) and _quoted_self_report(analysis, verb, sent)):
        return []       # ""We are worried that ...," the mayor said": the attribution is the statement
    code, rule, targets = row.cameo, row.id, []
    if code == "010":
        skip = {t.i for s in speakers for t in subtree(s.head)}
        tone = _statement_tone(analysis, clause.head, sent, skip, speakers, since)
        if tone:
            hit, judged = tone
            code, rule = hit.cameo, f"{row.id}+{hit.id}"
            targets = judged if code in _AIMED_TONES else []
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    out = []
    for s in speakers:
        for t in [a for a in targets if a.key != s.key] or [None]:
            conf = confidence.score(row.confidence, code, source=s.actor is not None, target=t is not None)
            out.append((make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=t,
                                   cue=cue_span([adj]), modality="asserted", when=when, confidence=conf), adj))
    return out


_REFUSED_SAYING = frozenset({"say", "comment", "confirm", "disclose", "reveal", "discuss", "elaborate", "specify",
                             "explain"})
_REFUSING_AUX = with_typographic_apostrophes(("would", "could", "'d", "wo", "ca", "can"))


def _would_not_say(verb: Token, progressive: bool = False) -> bool:
    """"The director would not say whether ...", "a spokesman wouldn't say", "she could not confirm": a speaker who
    declines to answer (CAMEO 011, "explicitly decline or refuse to comment"); "did not say whether" only leaves
    something unsaid and stays no event (convention refused-answers, session 21)."""
    if verb.lemma_.lower() not in _REFUSED_SAYING or any(c.dep_ in ("dobj", "dative") for c in children(verb)):
        return False
    kids = list(children(verb))
    if not any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in kids):
        return True
    # "the attorney general isn't saying whether ...": a refusal that goes on (session 22)
    # ("were not saying much at dinner" has no question left open: only a whether/if clause counts)
    return progressive and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in kids) \
        and any(c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("whether", "if") for m in children(c))
                for c in kids)


_ENABLING = frozenset(word_list("patterns", "ENABLING_VERBS"))
_MAYBE_AUX = frozenset({"will", "would", "could", "can", "may", "might", "'ll", "wo", "ca"})


def _enabled_only(verb: Token) -> bool:
    """"The reform will allow the mayor to point to lower costs", "a deal could let her say that ...": a verb of
    saying in the complement of a verb of enabling that has a modal of its own says what someone may get the
    chance to say, not what they said (convention enabled-statements, round29). A permission given ("the judge
    allowed the witness to say that ...", "..., enabling him to argue that ...") is left: the realnews gold codes
    what the enabled speaker then says as a statement."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.lemma_.lower() not in _ENABLING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MAYBE_AUX for c in children(head))


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


def _passive_conjunct(verb: Token) -> bool:
    """"The driver was stopped and told he could not cross", "was pulled from the water and told he had been lucky":
    a verb of telling coordinated with a passive verb, with no subject and no hearer of its own, shares
    the passive (the small model tags the irregular "told" a past tense, so roles.is_passive misses it): its
    subject is the one told, not a speaker (convention passive-conjunct-hearers, round29)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "aux", "auxpass") for c in children(verb)):
        return False
    head = verb.head
    return head.i < verb.i and any(c.dep_ in ("nsubjpass", "auxpass") for c in children(head))


_STANDING_REFUSALS = frozenset(word_list("patterns", "STANDING_REFUSALS"))
_STANDING_AUX = with_typographic_apostrophes(("do", "does", "can", "ca", "will", "wo", "would", "could"))


def _standing_refusal(verb: Token) -> bool:
    """"'We do not comment on pending cases,' the spokesman said", "the ministry does not discuss individual cases,
    a spokeswoman said", "'I can't comment on that,' she said": what was said is the speaker's (or the speaker's
    body's) refusal to comment, CAMEO 011, not a plain statement (convention quoted-refusals, round29). Only a
    present or modal refusal counts ("we did not comment" tells the past), and only one by the speaking side:
    I/we or a noun ("the company", "police"), not he/she/they (a third party's habit)."""
    for c in children(verb):
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or c.lemma_.lower() not in _STANDING_REFUSALS:
            continue
        kids = list(children(c))
        if not any(k.dep_ == "neg" for k in kids) or any(k.dep_ in ("mark", "advcl") and k.lower_ in ("if", "whether")
                                                        for k in kids):
            continue
        present = any(k.dep_ == "aux" and k.lower_ in _STANDING_AUX for k in kids) or (
            c.tag_ in ("VBP", "VBZ") and any(k.dep_ == "neg" and k.lower_ == "never" for k in kids))
        subj = [k for k in kids if k.dep_ == "nsubj"]
        if present and subj and (subj[0].lower_ in _SELF or subj[0].pos_ in ("NOUN", "PROPN")):
            return True
    return False


def _refused_answer(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, verb: Token,
                    since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """CAMEO 011 by each speaker of a verb of saying they would not use (`_would_not_say`)."""
    if verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp"):
        return []       # "if they would not say ...": no refusal made
    speakers = _speakers(analysis, verb, conv_enabled("speaking-places", since), False, None, since)
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    out = []
    for s in speakers:
        conf = confidence.score(NO_COMMENT_CONFIDENCE, "011", source=s.actor is not None, target=False)
        out.append((make_event(analysis, sent, sent_index, code="011", rule="S-would-not-say", source=s, target=None,
                               cue=cue_span([verb]), modality="asserted", when=when, confidence=conf), verb))
    return out


def _inverted_said(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                   verb: Token) -> list[tuple[Event, Token]] | None:
    """"Said Okafor: '...'": a sentence that opens with "Said" before the speaker's name and a colon or a quote,
    which the small model reads as part of the name (convention inverted-said, session 21); None when the sentence
    is not of that form."""
    toks = [t for t in sent if not (t.is_quote or t.is_space)]
    if not toks or toks[0].i != verb.i or verb.lower_ not in ("said", "says") or verb.dep_ != "compound":
        return None
    name = verb.head
    after = doc[name.i + 1] if name.i + 1 < sent.end else None
    if name.pos_ != "PROPN" or after is None or not (after.text == ":" or after.is_quote or after.text == ","):
        return None
    span = (doc[verb.i + 1].idx, name.idx + len(name.text))        # the name without "Said"
    speakers = [Party(p.actor, p.head, span) for p in args.resolved(analysis, [name])] or [Party(None, name, span)]
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    conf = confidence.score(0.6, "010", source=speakers[0].actor is not None, target=False)
    return [(make_event(analysis, sent, sent_index, code="010", rule="S-say-inverted", source=speakers[0],
                        target=None, cue=cue_span([verb]), modality="asserted", when=when, confidence=conf), verb)]


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


def _row_statements(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, tok: Token, row: StatementVerb,
                    cue_starts: set[int], since: frozenset[str] | None,
                    acts: frozenset[int] = frozenset()) -> list[tuple[Event, Token]] | None:
    """The statements `tok` makes read by one statements.csv row; None when the row does not apply to this use
    of the verb (the next row of the lemma may), [] when it applies and no statement is coded. A verb whose
    object is what was made public and that a verb pattern codes as an act ("announced new sanctions") is that
    act, no statement besides (convention announced-acts, round 13)."""
    if tok.dep_ == "compound" and conv_enabled("inverted-said", since):
        inverted = _inverted_said(doc, analysis, sent, sent_index, tok)
        if inverted is not None:
            return inverted
    if tok.dep_ in ("amod", "compound") or _role_description(tok, row):
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _THINGS_ADDED \
            and conv_enabled("added-participles", since):
        return None     # "the 'poison pill' clauses added by the House": clauses put in, nothing said (session 26)
    if row.nominal != (tok.pos_ == "NOUN"):
        return None
    if row.plea:
        return _plea(doc, analysis, sent, sent_index, tok, row, since) if conv_enabled("pleas", since) else None
    if row.nominal:
        return _nominal_statement(doc, analysis, sent, sent_index, tok, row)
    if row.quote_only and tok.idx not in cue_starts:
        return None     # "recalled the ambassador", "asked whether ...": only a quote's attribution is a statement
    if row.clause_only and tok.idx not in cue_starts and not any(c.dep_ in _CONTENT_DEPS for c in children(tok)):
        return None     # "questioned the suspect about the theft": an interrogation, not doubt voiced
    if row.as_only and not (conv_enabled("as-put-it", since) and _as_it_attribution(tok)):
        return None     # "put the files away": only "as X put it" says something (session 26)
    out: list[tuple[Event, Token]] = []
    if row.predicate and _cast_idiom(tok) and conv_enabled("cast-idioms", since):
        return None     # "cast their votes for rivals as ...": a vote cast, nothing described (session 23)
    if conv_enabled("recorded-questions", since) and _recorded_question(tok, cue_starts):
        return None     # "noted whether the families had water": recorded, not stated (session 24)
    if conv_enabled("written-works", since) and _written_work(tok, cue_starts):
        return None     # "wrote two poems", "wrote nothing": a work, no statement (session 24)
    if row.predicate != _names_predicate(tok, row.predicate, since):
        return None     # "called the police": no statement; "said" needs no predicate
    if conv_enabled("refused-answers", since) and _would_not_say(tok, conv_enabled("progressive-refusals", since)):
        return _refused_answer(doc, analysis, sent, sent_index, tok, since)
    heads = _addressee_heads(tok, row, conv_enabled("speech-addressees", since))
    publisher = conv_enabled("publishing-outlet", since)
    addressees = _addressees(analysis, heads, conv_enabled("named-outlets", since),
                             conv_enabled("outlet-anaphora", since), publisher)
    if not addressees and conv_enabled("outlet-participles", since):
        addressees = _outlet_spoken_to(analysis, tok, conv_enabled("outlet-anaphora", since), publisher)
    proposes_object = row.proposal is not None and conv_enabled("proposed-objects", since) \
        and _proposes_object(tok)
    if _citation(tok):
        return None     # "cited the driver for speeding": a ticket, nothing made public
    if conv_enabled("confirmed-appointees", since) and _confirmed_appointee(tok):
        return None     # "the Senate confirmed the nominee": a vote on an appointment, nothing said (round29)
    content = _has_content(tok, cue_starts, conv_enabled("trailing-attribution", since),
                           conv_enabled("deeper-misattached-clauses", since), conv_enabled("relative-about", since),
                           conv_enabled("nested-reports", since))
    if content and conv_enabled("object-before-attribution", since) and _object_before_attribution(tok, row, cue_starts):
        content = False     # "declared a curfew, officials said": the officials attribute the act (session 29)
    if row.predicate and conv_enabled("habitual-naming", since) and _habitual_naming(tok):
        return []           # "locals call the bridge the widowmaker": a nickname in use (session 29)
    if row.as_only:
        content = True  # the clause "as X put it" hangs on is what X said
    if not content and conv_enabled("said-so", since):
        content = _said_so(tok) or _as_attribution(tok)
    misread = conv_enabled("misread-reports", since)
    if not content and misread:
        content = misread_reports.misread_clause(tok) or misread_reports.object_clause(tok)
    if not content and conv_enabled("that-objects", since):
        content = misread_reports.that_object(tok)
    if not content and conv_enabled("gerund-content", since):
        content = _gerund_content(tok)  # "admitted taking the money", "reported being locked out" (session 29)
    if not content and row.id == _WARNING and conv_enabled("warned-infinitives", since):
        # "police warned the public not to speculate": the caution is what was said (round29)
        content = any(c.dep_ in ("xcomp", "ccomp") and roles.to_infinitive(c) for c in children(tok))
    if not content and row.object_content and tok.i in acts and conv_enabled("announced-acts", since):
        return []       # "announced new sanctions on Iran": the sanctions are the event
    # "the plan was announced by the ministry": the by-phrase made public what the passive's subject names
    by = roles.agent_of(tok) if row.object_content and roles.is_passive(tok) \
        and conv_enabled("passive-statements", since) else []
    said = content or (row.object_content and _said_object(tok)) or row.predicate or proposes_object or bool(by)
    if not said and (row.object_content or not (addressees or _spoken_to(heads))):
        return None     # "reported to him": a subordinate, unless something was reported
    mood, _ = modality(tok)
    if mood == "hypothetical" and content and _attempted(tok) and conv_enabled("attempted-statements", since):
        mood = "asserted"   # "has sought to reassure residents that the water is safe": said, to reassure them
    if mood != "asserted" and content and _lead_in(tok) and conv_enabled("lead-in-statements", since):
        mood = "asserted"   # "went on to say that ...", "took to Twitter to say ..." (session 25)
    if mood != "asserted" or (conv_enabled("negated-statements", since) and _negated(tok)):
        return []       # "never expected that ...", "did not say whether ...": nothing was stated
    if conv_enabled("unmade-statements", since) and (_yet_to(tok) or _engaged_to_say(tok)):
        return []       # "has yet to confirm", "hired an expert to confirm it": not said yet (session 29)
    if conv_enabled("enabled-statements", since) and _enabled_only(tok):
        return []       # "the levy will allow the mayor to point to a balanced budget": a chance to say it (round29)
    if row.to_object and not addressees and conv_enabled("passive-conjunct-hearers", since) \
            and _passive_conjunct(tok):
        return []       # "was detained and told he would be deported": the detainee heard it, said nothing (round29)
    if row.press_only and (any(not _media(a) and not _interviewer(a.head) for a in addressees)
                           or tok.tag_ not in ("VBD", "VBN")):
        return []       # "talked to Ukraine": a consultation (04); "we talk about it": a habit
    if not by and row.documents_only and not roles.subjects(tok):
        # "'...,' read a statement from the union": the inverted subject, read as the object
        by = [o for o in roles.direct_objects(tok) if args.is_nonspeaker(o)]
    if not by and conv_enabled("inverted-object-speakers", since):
        # "'...,' quipped the engineer Ann Roe": the inverted subject read as the object (session 27)
        by = [t for t in (misread_reports.inverted_object_speaker(tok, cue_starts),) if t is not None]
    if not by and conv_enabled("preposition-object-speakers", since):
        # "held after workers at a bakery said he ...": "after" read as a preposition (session 27)
        by = [t for t in (misread_reports.preposition_object_speaker(tok),) if t is not None]
    if not by and conv_enabled("participle-speakers", since):
        by = _outer_speakers(tok, since)
    if not by and misread:
        by = [t for t in (misread_reports.misread_speaker(tok),) if t is not None]
    trailing = None
    if not by and conv_enabled("trailing-speaker-subjects", since):
        # "The crews who stay late tend to know the trains best, he said": two subjects parsed on "said" (round29)
        trailing = _trailing_speaker(tok)
        by = [trailing] if trailing is not None else []
    if not by and conv_enabled("opener-appositions", since):
        by = [t for t in (misread_reports.opener_apposition_speaker(tok),) if t is not None]
    if not by and conv_enabled("trailing-appositions", since):
        by = [t for t in (misread_reports.trailing_apposition_speaker(tok),) if t is not None]
    speakers = _speakers(analysis, tok, conv_enabled("speaking-places", since),
                         conv_enabled("document-authors", since), by or None, since)
    if trailing is not None and not speakers and trailing.pos_ in ("NOUN", "PROPN"):
        # the subject after the comma is the verb's own: a speaker even when no word list names it ("the foreman")
        speakers = [Party(a, trailing) for a in args.phrase_actors(analysis, trailing)] or [Party(None, trailing)]
    if row.bodies_only:
        speakers = [p for p in speakers if _is_body(p)]
    if row.documents_only and not all(args.is_nonspeaker(h) for h in (by or roles.subjects(tok))):
        return []       # "'...,' she read": a person reading aloud from something, not the document's author
    if conv_enabled("outlet-reports", since) and not addressees and not _in_own_statement(tok):
        speakers = [p for p in speakers if not _outlet(p)]     # "Reuters reported ...": attribution (gold C5)
        if conv_enabled("unnamed-outlets", since):
            # "the radio reported ...": an outlet named by a common noun only, no actor of its own (session 26)
            speakers = [p for p in speakers if not (p.actor is None and p.head.lemma_.lower() in _OUTLET_NOUNS)]
        if tok.lemma_.lower() in _RELAYING and conv_enabled("journalist-reports", since):
            # "an AP journalist in the town reported gunfire": the press relaying the news (session 18)
            speakers = [p for p in speakers if not _journalist(p)]
        if conv_enabled("relaying-press", since):
            # "a state television correspondent in the town said ...", "the Herald's Ana Ruiz reports: ...": the
            # press relaying the news (gold C5), unless what they say is about themselves (session 21)
            speakers = [p for p in speakers if not (_relaying(analysis, p, tok) and not _about_themselves(tok))]
    if speakers and conv_enabled("quoted-self-reports", since) and _quoted_self_report(analysis, tok, sent):
        return []       # ""We suggest that ...," the team wrote": the quote's attribution is the statement
    if speakers and conv_enabled("retold-speech", since) and _retold_speech(analysis, tok, cue_starts):
        return []       # ""And then they said, 'no way,'" she recalled": speech retold in a quote (session 29)
    if not speakers:
        return []
    code, rule, appraised = row.cameo, row.id, False
    told_to = conv_enabled("told-to", since)
    if row.proposal and (_proposes(tok, told_to) or proposes_object):
        code, rule = row.proposal, f"{row.id}+proposal"
    elif told_to and row.id in _TELLING and _told_to(tok) and addressees and not all(_media(a) for a in addressees) \
            and not _bare_imperative(tok):     # ("Tell them to wait": an imperative quoted)
        # "told the ambassador to leave", "reminded the banks to report": an appeal to the one told (020); "told
        # reporters to expect a decision" is the press told what comes, a statement (session 28 appeal29)
        code, rule = "020", f"{row.id}+told-to"
    elif row.id == _WARNING and conv_enabled("conditional-warnings", since) and _conditional_own_act(tok):
        code, rule = "130", f"{row.id}+conditional"
    elif code == "010" and conv_enabled("quoted-refusals", since) and _standing_refusal(tok):
        code, rule = "011", f"{row.id}+quoted-refusal"     # "'We do not comment on ...,' she said" (round29)
    elif code == "010" or (row.id == _WARNING and conv_enabled("critical-warnings", since)):
        skip = {t.i for s in speakers for t in subtree(s.head)} | {t.i for a in addressees for t in subtree(a.head)}
        tone = _statement_tone(analysis, tok, sent, skip, speakers, since)
        if tone and code != "010" and not (tone[0].cameo in _CRITICAL and tone[1]):
            tone = None     # a warning that judges no named actor stays a pessimistic comment (round25)
        if tone:
            (hit, judged) = tone
            rule, code, appraised = f"{row.id}+{hit.id}", hit.cameo, hit.appraised
            if code in _AIMED_TONES and (not addressees or (judged and conv_enabled("judged-targets", since))):
                addressees = judged     # "told the paper that X had rigged the vote": aimed at X, not the paper
            elif code in _CRITICAL and not judged and conv_enabled("audience-not-judged", since):
                # "'it's a phony system,' X told the host": the host is the audience (round24); an envoy or an
                # official told that something is unacceptable is the one it is aimed at (round35)
                addressees = [a for a in addressees if not _media(a) and not _interviewer(a.head)] \
                    if conv_enabled("told-judgement-addressees", since) and row.id in _TELLING else []
        elif code == "010" and row.id != _WARNING and conv_enabled("critic-speakers", since):
            aimed = _critics_aim(analysis, tok, speakers)
            if aimed is not None:       # "critics said the plan would ruin the town": criticism (round27)
                rule, code, addressees = f"{row.id}+critic-speaker", "111", aimed
    when = event_when(analysis, doc, sent_index, tok, "asserted")
    cue = cue_span([tok])
    for s in speakers:
        for t in [a for a in addressees if a.key != s.key] or [None]:
            # a judgement read by the appraisal (round 17) is less sure than an explicit tone word
            conf = confidence.score(row.confidence, code, source=s.actor is not None, target=t is not None,
                                    recoded=appraised)
            out.append((make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=t,
                                   cue=cue, modality="asserted", when=when, confidence=conf), tok))
    return out


_PLEAS = {"guilty": "015", "innocent": "016"}


def _plea(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, verb: Token, row: StatementVerb,
          since: frozenset[str] | None) -> list[tuple[Event, Token]] | None:
    """"The clerk pleaded guilty to theft": responsibility acknowledged in court (015); "pleaded not guilty",
    "pleaded innocent": responsibility denied (016), as PETRARCH codes PLEAD {NOT GUILTY} (convention pleas,
    session 26). None when the verb takes no such adjective ("pleaded with the court" is an appeal); nothing when
    the plea is not asserted ("will plead guilty", "did not plead guilty")."""
    adj = next((c for c in children(verb) if c.dep_ in ("acomp", "oprd", "advmod", "attr")
                and c.lower_ in _PLEAS), None)
    if adj is None:
        return None
    if modality(verb)[0] != "asserted" or _negated(verb):
        return []
    code = "016" if _negated(adj) else _PLEAS[adj.lower_]
    speakers = _speakers(analysis, verb, False, False, None, since)
    when = event_when(analysis, doc, sent_index, verb, "asserted")
    return [(make_event(analysis, sent, sent_index, code=code, rule=row.id, source=s, target=None,
                        cue=cue_span([verb, adj]), modality="asserted", when=when,
                        confidence=confidence.score(row.confidence, code, source=s.actor is not None, target=False)),
             verb) for s in speakers]


_CRITIC_NOUNS = frozenset(word_list("patterns", "CRITIC_NOUNS"))
_RIVAL_NOUNS = frozenset({"opponent"})     # a critic only with an of-phrase: "opponents of the dam" (round27)


def _critics_aim(analysis: Analysis, verb: Token, speakers: list[Party]) -> list[Party] | None:
    """Whom the critics' statement is aimed at, when every speaker is named only as critics ("critics said",
    "opponents of the dam say", "a critic of the plan said"): a statement of theirs with no tone word of its own is
    their criticism, CAMEO 111 (convention critic-speakers, round27, session 26). The target is the actor of the
    critic noun's possessor or of-phrase ("the governor's critics"), else the actor named by the subject of what was said (a pronoun too: "critics said he
    was stalling"), else none. None when a speaker is not so named ("opponents" only with an of-phrase: "his
    opponents" are rivals in a race), or what was said is a question or a hedge."""
    if not speakers or not all(p.head.lemma_.lower() in _CRITIC_NOUNS and p.head.pos_ == "NOUN"
                               and not any(c.dep_ == "compound" for c in children(p.head))
                               for p in speakers):
        return None     # ("union critics", "Labour opponents": who they are, not whom they criticise; round27)
    if any(p.head.lemma_.lower() in _RIVAL_NOUNS and not roles.prep_objects(p.head, ("of",)) for p in speakers):
        return None     # "his opponents said ...": rivals in a race; "opponents of the dam": critics of it
    exclude = {p.key for p in speakers}
    own = [o for p in speakers for o in roles.possessors(p.head) + roles.prep_objects(p.head, ("of",))]
    aimed = [p for p in args.resolved(analysis, own) if p.key not in exclude]
    if aimed:
        return aimed
    clauses = [c for c in children(verb) if c.dep_ in _CONTENT_DEPS]
    if any(m.lower_ in ("if", "whether") for c in clauses for m in children(c) if m.dep_ == "mark"):
        return None
    subj = [g for c in clauses for g in children(c) if g.dep_ in ("nsubj", "nsubjpass")]
    return [p for p in args.resolved(analysis, subj) if p.key not in exclude]


def _outlet(party: Party) -> bool:
    """A news outlet as a body ("Reuters", "state media", "news outlets"), not one of its journalists: a reporter
    who says what happened to them acts in the story ("a journalist said he was arrested")."""
    if not _media(party) or _journalist(party):
        return False
    # the recogniser now and then tags a one-word outlet PERSON ("..., Yonhap said"): a head that is a word of
    # the outlet's own name is the outlet; a person's head that is not ("Smith of the BBC") is one of its people
    return party.head.ent_type_ != "PERSON" or _word_of_name(party.head, party.actor)


def _word_of_name(tok: Token, actor) -> bool:
    """`tok` is one of the words of the actor's name or of one of its aliases."""
    word = tok.text.casefold()
    return any(word in name.casefold().split() for name in [actor.name, *actor.aliases])


_JOURNALISTS = word_list("patterns", "JOURNALISTS")
_PERSONAL_SUBJECTS = word_list("patterns", "PERSONAL_SUBJECTS")     # "a correspondent said he was beaten"
_OUTLET_NOUNS = word_list("patterns", "OUTLET_NOUNS")
_RELAYING = frozenset({"report"})       # the verb a journalist relays news with (convention journalist-reports)


def _journalist(party: Party) -> bool:
    """One of the press's people: a person of sector MED, or a journalist noun ("an AP reporter")."""
    return party.head.lemma_.lower() in _JOURNALISTS or (
        party.actor is not None and party.actor.sector == "MED" and party.actor.kind == "PERSON")


# press people whose words in a story are the news they relay, whatever the verb (gold C5; session 21)
_RELAYING_PRESS = word_list("patterns", "RELAYING_PRESS")


def _relaying(analysis: Analysis, party: Party, verb: Token) -> bool:
    """A correspondent ("a state television correspondent said ..."), or, reporting, a person an outlet's possessive
    names as its own ("the Herald's Ana Ruiz reports: ..."): the press relaying the news."""
    head = party.head
    if head.lemma_.lower() in _RELAYING_PRESS:
        return True
    if verb.lemma_.lower() not in _RELAYING:
        return False
    return any(o.actor is not None and o.actor.sector == "MED" for o in args.resolved(analysis, roles.possessors(head)))


def _about_themselves(verb: Token) -> bool:
    """What the verb reports has a personal pronoun as its subject ("a correspondent said he was beaten"): the
    journalist acts in the story."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _PERSONAL_SUBJECTS
               for c in children(verb) if c.dep_ in _CONTENT_DEPS for g in children(c))


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


def _clause_of_noun(noun: Token) -> Token | None:
    """The that-clause a statement noun holds ("the declaration that the risk was minimal"), which the small
    model attaches as a complement or as a relative clause that has a subject of its own after "that"."""
    # "the claim by the opposition that ...": the clause may hang on the noun of the by-phrase
    holders = [noun] + roles.prep_objects(noun, ("by", "from"))
    for c in (c for h in holders for c in children(h)):
        if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and c.left_edge.lower_ == "that" \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > c.left_edge.i for g in children(c)):
            return c
    return None


def _nominal_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token,
                       row: StatementVerb) -> list[tuple[Event, Token]]:
    """"An earlier declaration by the health chiefs that the risk was minimal", "the minister's admission
    that ...": a statement named by a noun with its that-clause, made by its possessor or "by" phrase."""
    if _clause_of_noun(noun) is None or any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        return []
    if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.dep_ != "prep" and modality(noun)[0] != "asserted":
        return []       # "would make a declaration that ...": not made; "the claim ... was rejected": made
    heads = roles.possessors(noun) + roles.prep_objects(noun, ("by", "from"))
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, noun, row.cameo, row.id, row.confidence)


def _noun_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token, heads: list[Token],
                    when_tok: Token, code: str, rule: str, base_confidence: float) -> list[tuple[Event, Token]]:
    """One asserted statement cued by `noun`, made by the first speaker the phrases `heads` name (a pronoun
    only when it resolves to an actor); dated and placed from `when_tok`. None without a speaker."""
    speakers = args.resolved(analysis, heads) or [p for p in args.unresolved(heads) if p.head.pos_ != "PRON"]
    if not speakers:
        return []
    s = speakers[0]
    when = event_when(analysis, doc, sent_index, when_tok, "asserted")
    conf = confidence.score(base_confidence, code, source=s.actor is not None, target=False)
    return [(make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=None,
                        cue=cue_span([noun]), modality="asserted", when=when, confidence=conf), noun)]


ACCORDING_CONFIDENCE = 0.6


def _according_source(analysis: Analysis, noun: Token, back: bool = True) -> Party | None:
    """Who says so in "according to <noun>": the noun when it names a speaker ("the Health Ministry",
    "a police source"), else the speaker of what it names ("the ministry's update", "a statement from
    the police", "a police press release"); None when no speaker is named ("court documents", "a copy of
    her birth certificate"). With `back`, "the statement" with no author of its own is the one issued
    before (`_document_issued_before`)."""
    own = args.head_actors(analysis, noun)
    if own and (noun.pos_ == "PROPN" or args.names_people(noun)):     # not "a copy of her passport"
        return Party(own[0], noun)
    if args.names_people(noun) and not args.is_nonspeaker(noun):
        found = args.phrase_actors(analysis, noun)          # "a police source": the police's
        return Party(found[0] if found else None, noun)
    heads = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
             for g in children(c) if g.dep_ == "pobj"]
    heads += [t for t in subtree(noun) if t.i < noun.i and t.dep_ in ("poss", "compound")]   # "a police press release"
    for head in heads:
        if args.is_nonspeaker(head) or head.lemma_.lower() in noun_sets()["SPEECH"] \
                or not (head.pos_ in ("PROPN", "PRON") or args.names_people(head)):
            continue        # "a copy of her birth certificate": a thing, whoever it belongs to
        found = args.phrase_actors(analysis, head)
        if found:
            return Party(found[0], head)
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


def _according_to(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, tok: Token) -> list[tuple[Event, Token]]:
    """"..., according to the Health Ministry": the ministry made a statement (010), as "the ministry
    said" would; its content is coded by the other patterns."""
    to = next((c for c in children(tok) if c.lower_ == "to"), None)
    noun = next((g for g in children(to) if g.dep_ == "pobj"), None) if to is not None else None
    if noun is None:
        return []
    out = []
    for n in roles.conjuncts(noun):
        party = _according_source(analysis, n)
        if party is None:
            continue
        conf = confidence.score(ACCORDING_CONFIDENCE, "010", source=party.actor is not None, target=False)
        when = event_when(analysis, doc, sent_index, tok, "asserted")
        out.append((make_event(analysis, sent, sent_index, code="010", rule="S-according-to", source=party,
                               target=None, cue=cue_span([tok]), modality="asserted", when=when,
                               confidence=conf), tok))
    return out


NO_COMMENT_CONFIDENCE = 0.6


def _comment_declined_by(noun: Token) -> Token | None:
    """The verb whose subject explicitly had no comment ("had no immediate comment", "made no comment"); None
    otherwise. Not answering a request for comment, or not being reached, is no explicit refusal (CAMEO 011
    "explicitly decline or refuse to comment"), so it is not coded."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        return noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
    return None


def _no_comment(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, noun: Token) -> list[tuple[Event, Token]]:
    """CAMEO 011 "decline comment" by whoever explicitly had or made no comment (`_comment_declined_by`)."""
    verb = _comment_declined_by(noun)
    if verb is None:
        return []
    heads = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return _noun_statement(doc, analysis, sent, sent_index, noun, heads, verb, "011", "S-no-comment",
                           NO_COMMENT_CONFIDENCE)


def drop_shadowed_statements(events: list[Event], conditions: bool = False,
                             trigger_of: dict[str, Token] | None = None, conjuncts: bool = False,
                             negated: bool = False, relatives: bool = False) -> list[Event]:
    """Drop a plain statement (010) when its speaker's own verbal act in the sentence says more. With
    `conditions` (convention shadow-conditions), an act said under a condition ("if they stay, we must
    oppose them") is no act made by saying it: the statement stays. With `trigger_of` (convention
    separate-acts), only an act the saying itself makes hides the statement: not one beside it ("said the
    vote was fair and urged calm") nor a past act it reports ("said he had urged them to wait"). With `conjuncts`
    (convention conjunct-acts), nor an act inside a verb coordinated with the saying ("declined to affirm his
    support ... and told them ..."). With `negated` (convention negated-acts-unshadow, session 25), an act said not
    to be done ("said he is not ready to endorse her") is no act: the statement stays. With `relatives` (convention
    relative-acts-apart, round27), nor an act in a relative clause outside what was said ("..., said Kunin, who has
    been critical of the senator": told of the speaker, also for another saying in the sentence)."""
    roots = shadow_roots()

    def speaker(e: Event):
        return e.source_actor_id or (f"@{e.source_start}" if e.source_start is not None else None)

    acts = [e for e in events if e.cameo_code != "010" and speaker(e)
            and not (conditions and e.modality == "hypothetical") and not (negated and e.modality == "negated")]

    triggers = trigger_of or {}

    def shadowed(statement: Event) -> bool:
        who = speaker(statement)
        for act in acts:
            if speaker(act) != who or act.cameo_root not in roots:
                continue
            said, done = triggers.get(statement.id), triggers.get(act.id)
            if said is None or done is None or not separate_act(said, done, conjuncts, relatives):
                return True
        return False

    return [e for e in events if not (e.cameo_code == "010" and e.rule_id.startswith("S-") and shadowed(e))
            and not (e.rule_id.startswith(_WARNING) and e.cameo_code == "012"
                     and any(speaker(a) == speaker(e) and a.cameo_root == "13" for a in acts))]


def separate_act(said: Token, done: Token, conjuncts: bool = False, relatives: bool = False) -> bool:
    """Whether the act at `done` is one of its own beside the saying at `said`, not the act the saying
    makes: the two verbs are coordinated ("said ... and called on"), or the act is a past one the
    statement reports ("said she had asked", "said he pressed them"); with `conjuncts`, also an act inside a
    verb coordinated with the saying ("declined to affirm his support for X, and told the crowd ...": the
    support is under "declined", session 23)."""
    if said.i == done.i:
        return False
    if _conjoined(said, done) or _conjoined(done, said):
        return True
    if conjuncts and said not in done.ancestors and any(
            a.pos_ in ("VERB", "AUX") and (_conjoined(said, a) or _conjoined(a, said)) for a in done.ancestors):
        return True
    if conjuncts and said in done.ancestors and _under_conjunct(said, done):
        return True     # "said it needs no permit, and is going to ignore the order": the act is the second
        # verb's, coordinated with the saying, not what was said (session 29 stmt30)
    if _in_speaker_phrase(said, done):
        return True
    in_content = said in done.ancestors
    if relatives and not in_content and any(t.dep_ == "relcl" for t in [done, *done.ancestors]):
        return True     # "..., said X, who has been critical of Y": a description of someone (round27)
    return in_content and _reported_past(done)


def _under_conjunct(said: Token, done: Token) -> bool:
    """The path from `done` up to `said` enters `said` through a verb coordinated with it ("said ... and is going
    to ignore the demand": "going" is the conjunct, "ignore" below it)."""
    tok = done
    while tok.head.i != tok.i and tok.head.i != said.i:
        tok = tok.head
    return tok.head.i == said.i and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")


def _in_speaker_phrase(said: Token, done: Token) -> bool:
    """The act is told inside the phrase that names the speaker ("said Tom Wells, a party chair who is supporting
    Ellen Park": the support is no act the saying makes; session 25), not in what was said."""
    tok = done
    while tok.head.i != tok.i:
        if tok.head.i == said.i:
            return tok.dep_ in ("nsubj", "nsubjpass") and tok.i != done.i
        tok = tok.head
    return False


def _conjoined(first: Token, second: Token) -> bool:
    """`second` hangs on `first` through a chain of conjuncts (first -> conj -> ... -> second)."""
    tok = second
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def _reported_past(verb: Token) -> bool:
    """A past act told by the statement: a simple past or a perfect ("pressed", "had urged"), not the
    present, a modal or a future the saying performs ("must go", "will not accept")."""
    auxes = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    if auxes & _PERFORMING_AUX:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"had", "has", "have"})) \
        or (verb.tag_ == "VBG" and bool(auxes & {"was", "were"}))     # "said she was begging" (session 21)


_PERFORMING_AUX = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "wo", "'ll"})


# a warning (S-warn, 012) that names an act of the speaker's own is a threat, coded by the verb patterns
# ("warned Israel against a ground offensive": V13-warn, 130); the pessimistic comment then says no more
_WARNING = "S-warn"
_TELLING = frozenset({"S-tell"})      # the verbs of telling whose "told X to do" is an appeal (told-to)
