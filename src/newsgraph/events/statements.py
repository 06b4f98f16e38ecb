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

This module finds the statements of a sentence (`statement_events`) and reads a reporting verb by its
statements.csv row (`_row_statements`); the other parts live beside it, none importing this one:
  statement_speakers.py   who spoke (subjects, places, documents, "according to"'s source, trailing speakers)
  statement_press.py      the press relaying news, which is attribution, not a statement
  noun_statements.py      statements named by a noun ("the view of", "the claim that", "according to")
  stance_statements.py    "has been clear that", "made it clear that", "is worried that"
  statement_refusals.py   011: "would not say", "we do not comment", "declined to comment"
  quote_continuations.py  a quote's sentence attributed in another sentence
  statement_shadows.py    a statement that gives way to the speaker's own act (run by the coder)
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import misread_reports
from newsgraph.events import roles
from newsgraph.events.addressees import (_addressee_heads, _addressees, _interviewer, _is_body, _media,
    _outlet_spoken_to, _spoken_to, _told_to)
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.date_place import event_when
from newsgraph.events.modality import modality
from newsgraph.events.proposal_clauses import misread_subjunctive, proposed_subjects
from newsgraph.events.noun_statements import VIEW_NOUNS, _according_to, _nominal_statement, _view_statement
from newsgraph.events.quote_continuations import _quote_continuation
from newsgraph.events.stance_statements import _stance_statements
from newsgraph.events.statement_content import (_THINGS_ADDED, _as_attribution, _as_it_attribution, _attempted,
    _cast_idiom, _citation, _confirmed_appointee, _engaged_to_say, _gerund_content, _habitual_naming, _has_content,
    _headline_object, _self_description,
    _lead_in, _names_predicate, _object_before_attribution, _recorded_question, _role_description, _said_object,
    _said_so, _written_work, _yet_to)
from newsgraph.events.statement_data import StatementVerb, statement_rows
from newsgraph.events.statement_press import (_OUTLET_NOUNS, _RELAYING, _about_themselves, _journalist, _outlet,
                                              _relaying)
from newsgraph.events.statement_refusals import _no_comment, _refused_answer, _standing_refusal, _would_not_say
from newsgraph.events.statement_shadows import _WARNING
from newsgraph.events.statement_speakers import (_in_own_statement, _outer_speakers, _quoted_self_report,
                                                 _retold_speech, _speakers, _trailing_speaker)
from newsgraph.events import questioned_conduct
from newsgraph.events.statement_tones import (_AIMED_TONES, _CONTENT_DEPS, _CRITICAL, _conditional_own_act, _negated,
                                              _statement_tone)
from newsgraph.events.unnamed_statements import unnamed_announcement
from newsgraph.nlp.cache import children, subtree
from newsgraph.records import Analysis, Event


def _bare_imperative(verb: Token) -> bool:
    """"Tell them to wait": a base-form verb with no subject or auxiliary of its own (the parse may still give it
    the controller of a verb above it)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(verb))


_PLURAL_SUBJUNCTIVE_VERBS = frozenset(word_list("patterns", "PLURAL_SUBJUNCTIVE_VERBS"))


def _proposes(verb: Token, told_to: bool = False, misread: bool = False, plural: bool = False) -> bool:
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
            # "proposed that the rebels hand over the airport": a present verb not shifted back after a past
            # suggesting verb is the subjunctive of a plural subject (convention plural-subjunctives, say49)
            bare = bare or (plural and c.tag_ == "VBP" and verb.tag_ in ("VBD", "VBN")
                            and verb.lemma_.lower() in _PLURAL_SUBJUNCTIVE_VERBS and c.lemma_.lower() not in ("be", "have"))
            if any(a in ("should", "must", "ought") for a in aux) or (bare and not aux):
                return True
        if c.dep_ == "xcomp" and any(d.dep_ in ("dobj", "dative") for d in children(verb)):
            return True
        if misread and misread_subjunctive(c) is not None:
            return True     # "that Tehran resume talks" read as a noun phrase (session 45 say49)
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
        coded = False
        for row in (r for r in rows if since is None or r.since in since):     # (-o patterns= limits every row)
            found = _row_statements(doc, analysis, sent, sent_index, tok, row, cue_starts, since, acts)
            if found is not None:
                out += found
                coded = bool(found)
                break
        if not coded and conv_enabled("unnamed-announcements", since):
            out += unnamed_announcement(doc, analysis, sent, sent_index, tok, acts)
    if not out and conv_enabled("quote-continuations", since):
        out = _quote_continuation(doc, analysis, sent, sent_index, since)
    return out


_ENABLING = frozenset(word_list("patterns", "ENABLING_VERBS"))
_MAYBE_AUX = frozenset({"will", "would", "could", "can", "may", "might", "'ll", "wo", "ca"})


_RESPONDING = frozenset(word_list("patterns", "RESPONDING_VERBS"))


def _answered_in_kind(verb: Token) -> bool:
    """A verb of answering whose with-phrase names what was done ("responded with rubber bullets", "replied with
    air strikes"), with no clause of its own: a verb pattern codes that deed, and no words were said (convention
    answered-in-kind). "replied with a statement" is not coded as a deed and never gets here."""
    if verb.lemma_.lower() not in _RESPONDING:
        return False
    kids = children(verb)
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids) \
        and not any(c.dep_ in ("ccomp", "parataxis") for c in kids)


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
    if tok.i in acts and conv_enabled("answered-in-kind", since) and _answered_in_kind(tok):
        return []       # "officers responded with water cannon": the answer is the act, nothing said (session 44)
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
    if not content and conv_enabled("headline-said-objects", since):
        content = _headline_object(tok)     # "Ghana says no cholera deaths in Accra" (round44)
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
    if conv_enabled("self-descriptions", since) and _self_description(tok):
        return []       # "the man, who said he was a farmer, ...": who he is, no statement (round44)
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
    if not by and conv_enabled("opener-clause-appositions", since):
        # "Speaking in Hanoi, Australia's foreign minister said ...": hung on "Hanoi" as its apposition (round44)
        by = [t for t in (misread_reports.opener_clause_speaker(tok),) if t is not None]
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
    if row.proposal and (_proposes(tok, told_to, conv_enabled("misread-subjunctives", since),
                                     conv_enabled("plural-subjunctives", since)) or proposes_object):
        code, rule = row.proposal, f"{row.id}+proposal"
        if not addressees and conv_enabled("proposal-targets", since):
            addressees = args.resolved(analysis, proposed_subjects(tok))    # "proposed that Seoul drop ..." (say49)
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
        if tone and code != "010" and not (tone[0].cameo in _CRITICAL and tone[1]) \
                and not (tone[0].warned and conv_enabled("warned-acts", since)):
            tone = None     # a warning that judges no named actor stays a pessimistic comment (round25)
            # (but a warning that an act "would be met with force" threatens its doers, named or not: session 44)
        if tone:
            (hit, judged) = tone
            rule, code, appraised = f"{row.id}+{hit.id}", hit.cameo, hit.appraised
            if hit.warned:
                addressees = judged     # "said Finland would face consequences": the threat is aimed at Finland
            elif code in _AIMED_TONES and (not addressees or (judged and conv_enabled("judged-targets", since))):
                addressees = judged     # "told the paper that X had rigged the vote": aimed at X, not the paper
            elif code in _CRITICAL and not judged and conv_enabled("audience-not-judged", since):
                # "'it's a phony system,' X told the host": the host is the audience (round24); an envoy or an
                # official told that something is unacceptable is the one it is aimed at (round35)
                addressees = [a for a in addressees if not _media(a) and not _interviewer(a.head)] \
                    if conv_enabled("told-judgement-addressees", since) and row.id in _TELLING else []
        elif code == "010" and row.id != _WARNING and conv_enabled("critic-speakers", since):
            aimed = _critics_aim(analysis, tok, speakers, since)
            if aimed is not None:       # "critics said the plan would ruin the town": criticism (round27)
                rule, code, addressees = f"{row.id}+critic-speaker", "111", aimed
            elif conv_enabled("questioned-conduct", since) and (doubted := questioned_conduct.aimed(
                    analysis, tok, speakers)):  # "questioned whether the governor could ..." (say53)
                rule, code, addressees = f"{row.id}+questioned-conduct", "111", doubted
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


def _critics_aim(analysis: Analysis, verb: Token, speakers: list[Party],
                 since: frozenset[str] | None = None) -> list[Party] | None:
    """Whom the critics' statement is aimed at, when every speaker is named only as critics ("critics said",
    "opponents of the dam say", "a critic of the plan said"): a statement of theirs with no tone word of its own is
    their criticism, CAMEO 111 (convention critic-speakers, round27, session 26). The target is the actor of the
    critic noun's possessor or of-phrase ("the governor's critics"), else the actor named by the subject of what was said (a pronoun too: "critics said he
    was stalling"), else the one the critics name by a predicate noun or adjective ("critics call it a mouthpiece":
    convention critic-named-objects, round50), else none. None when a speaker is not so named ("opponents" only with an of-phrase: "his
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
    aimed = [p for p in args.resolved(analysis, subj) if p.key not in exclude]
    if not aimed and conv_enabled("critic-named-objects", since) \
            and any(c.dep_ in ("oprd", "attr", "acomp") for c in children(verb)):
        # "critics call the broadcaster a propaganda tool": the one the critics name so (round50, tgt52)
        named = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
        aimed = [p for p in args.resolved(analysis, named) if p.key not in exclude]
    return aimed


_TELLING = frozenset({"S-tell"})      # the verbs of telling whose "told X to do" is an appeal (told-to)
