"""Events that are not events: the writer's own "we" outside a quote, "some say", "let us", a first person in a
quote whose target lies outside it, a thing as the doer of an act, and reported "should" opinions with no
addressee who can act. code_sentence (coder.py) drops or recodes what these find.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.datafile import word_list
from newsgraph.events import arguments as args
from newsgraph.events import clause_mood
from newsgraph.events import confidence
from newsgraph.events import conventions as conv
from newsgraph.events import roles
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.date_place import event_when
from newsgraph.events.attribution import reporting_verb
from newsgraph.events.patterns import demand_auxiliaries
from newsgraph.events.statement_tones import perfect_modal
from newsgraph.events.triggers import CoderOptions, semi_modal, time_for_clause
from newsgraph.nlp.cache import children, climb, subtree
from newsgraph.records import Analysis, Event
from newsgraph.events.implied_sides import _GENERIC_ADDRESSEES

_FIRST_PERSON = word_list("patterns", "FIRST_PERSON")
_WRITER_PRONOUNS = word_list("patterns", "WRITER_PRONOUNS")
_WRITER_POSSESSIVES = word_list("patterns", "WRITER_POSSESSIVES")


def _by_writer(event: Event, analysis: Analysis, possessives: bool = False) -> bool:
    """The source is "I"/"we" of the narrative (no actor found, no quote around it): the article's writer. With
    `possessives` (convention writer-possessives, session 24) also "us"/"me" and "our"/"my" before a noun ("our
    team met the mayor", "they help us explain"), whatever actor they were resolved to: outside a quote that
    is the writer or the publishing organisation speaking of itself."""
    words = (event.source_text or "").lower().split()
    if not words or event.source_start is None or len(words[0]) > 1 and (event.source_text or "").isupper():
        return False        # ("US criticised China": a name in capitals is no pronoun "us"; session 37 crit41)
    if possessives and not _let_us(event, analysis) and (
            " ".join(words) in _WRITER_PRONOUNS or (len(words) > 1 and words[0] in _WRITER_POSSESSIVES)):
        pass        # ("Let us condemn ...": the writer's exhortation, which convention imperatives codes)
    elif event.source_actor_id is not None or " ".join(words) not in _FIRST_PERSON:
        return False
    start = event.source_start
    return not any(q.start <= start < q.end for q in analysis.quotes)


_QUANTITY_SPEAKERS = word_list("patterns", "QUANTITY_SPEAKERS")


def _token_at(sent: Span, offset: int | None) -> Token | None:
    """The sentence's token that starts at char `offset` (an event's cue or side), else None."""
    return next((t for t in sent if t.idx == offset), None) if offset is not None else None


def _quantity_speaker(event: Event, sent: Span) -> bool:
    """"Some say the bridge will never open", "all of them say they care": a statement in the present whose
    speaker is a bare quantity (some, all, many ...; whatever its "of them" was resolved to) is what people in
    general or a whole kind hold, no statement made (convention quantity-speakers, session 24); "both of the senators said on Monday" is one."""
    if not event.rule_id.startswith("S-") \
            or (event.source_text or "").lower() not in _QUANTITY_SPEAKERS or event.cue_start is None:
        return False
    cue = _token_at(sent, event.cue_start)
    return cue is not None and cue.tag_ in ("VBP", "VBZ")


def _let_us(event: Event, analysis: Analysis) -> bool:
    """The source "us" / "me" follows "let": an exhortation ("Let us condemn ..."), read by convention imperatives."""
    before = analysis.article.text[max(0, event.source_start - 6):event.source_start].split()
    return bool(before) and before[-1].lower() == "let"


def _quoted_i_outside_target(event: Event, analysis: Analysis) -> bool:
    """"He closed the set with the line 'I beg you to stay'": an unresolved I / we inside a quote acts
    within the quoted words; a target found outside that quote (here the one who quoted them) is no side of
    it, and the pair is not coded (convention quoted-first-person, session 24)."""
    words = (event.source_text or "").lower()
    if event.source_actor_id is not None or words not in _WRITER_PRONOUNS or event.source_start is None \
            or event.target_start is None:
        return False
    quote = next((q for q in analysis.quotes if q.start <= event.source_start < q.end), None)
    return quote is not None and not quote.start <= event.target_start < quote.end


def _thing_does(clause: Token) -> bool:
    """The clause's verb is active and its subject is a thing, not someone: what a thing should or must do
    ("the new rules should not cause delays") is expected of it, not demanded of anyone; a passive ("taxes
    should be cut") still asks someone to act."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(clause)):
        return False
    subjects = [c for c in children(clause) if c.dep_ == "nsubj"]
    return bool(subjects) and all(roles.names_no_one(h) for h in subjects)


# the sectors of the bodies of a state that can be asked to act ("parliament", "the cabinet", "the judiciary")
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _body_does(analysis: Analysis, clause: Token) -> bool:
    """The clause's subject is a common noun the actors stage resolved to a body of a state ("said parliament
    should pass the law", "the cabinet must act"): someone who can act, though no person noun names it; people a
    rule binds ("travellers must self-isolate") are no such body (convention body-addressees, session 42 stmt46)."""
    subjects = [c for c in children(clause) if c.dep_ == "nsubj"]
    return any(p.actor is not None and p.actor.kind != "PERSON" and p.actor.sector in _STATE_SECTORS
               for p in args.resolved(analysis, subjects))


_FEELING_VERBS = word_list("patterns", "FEELING_VERBS")


def _feeling_caused(clause: Token) -> bool:
    """"The pact should worry every government", "it should alarm anyone": an active verb of feeling with an
    object, whose subject is a thing or "it" -- the speaker's view of how something ought to be felt, asked of no
    one (convention feeling-modals); "Moscow should not alarm its neighbours" still asks Moscow."""
    subjects = [c for c in children(clause) if c.dep_ == "nsubj"]
    return clause.lemma_.lower() in _FEELING_VERBS and any(c.dep_ in ("dobj", "obj") for c in children(clause)) \
        and bool(subjects) and all(s.lower_ in ("it", "this", "that") or s.pos_ == "NOUN" for s in subjects)


_OPINION_RULES = frozenset({"D-should", "D-need-to", "D-time-for-stmt40"})


_TOLD_YOU_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"})    # bodies of a state (told-you)


def _named_addressee(party: Party, since: frozenset[str] | None = None) -> bool:
    """The subject of a reported "should" / "need to" is someone who can act: an actor the actors stage
    resolved ("Tehran", "Congress", "he" for a named man), not "we", "you", "people", "everyone" or "the
    country" (convention named-addressees); but a quoted "you" read as the one the quotation was told to
    ('"You should resign," Holt told Dorn': arguments, ADDRESSEE_PRONOUNS), when that one is a person or a body of
    a state and not the press ("told reporters") or an audience, is that one (convention told-you, round50)."""
    if party.actor is not None and party.head is not None and party.head.lower_ == "you" \
            and conv.enabled("told-you", since):
        a = party.actor
        return a.sector != "MED" and (a.kind == "PERSON" or a.sector in _TOLD_YOU_SECTORS)
    return party.actor is not None and party.head is not None \
        and party.head.lower_ not in _GENERIC_ADDRESSEES and party.head.lemma_.lower() not in _GENERIC_ADDRESSEES


def _impersonal_passive(clause: Token) -> bool:
    """"The director wrote that it must be stressed that ...", "said it should be noted that ...": a modal
    passive with the empty subject "it" and a that- or whether-clause of its own is how the speaker stresses what
    follows, asking nothing of anyone (convention impersonal-musts, round29)."""
    kids = list(children(clause))
    if not (any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids) and any(c.dep_ == "auxpass" for c in kids)):
        return False
    return any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and m.head.i != clause.i
               for t in subtree(clause) for m in children(t))


def _after_infinitive(reporter: Token, clause: Token) -> bool:
    """"asked the judge to toss out the case over documents he needs to see": the small model hangs the contact
    clause of a noun far to the right on the verb; a verb whose to-infinitive already says what was asked or said
    takes no second complement after it (convention misattached-demands, session 28)."""
    return clause.dep_ == "ccomp" and clause.head.i == reporter.i and any(
        c.dep_ == "xcomp" and roles.to_infinitive(c) and c.i < clause.left_edge.i for c in children(reporter))


def _reported_demands(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, options: CoderOptions,
                      seen: set[tuple], auxiliaries: list[Token]) -> list[Event]:
    """"Russia said that Sudan must return the helicopter": a demand by Russia on Sudan
    (data/patterns/demands.csv), whatever the demanded action is."""
    aux_map = demand_auxiliaries()
    out: list[Event] = []
    for tok in auxiliaries:
        inf = time_for_clause(tok) if tok.lower_ == "time" else None
        if tok.lower_ == "time" and (inf is None or not conv.enabled("time-for-appeals", options.since)):
            continue        # (only "it was time for X to ...": convention time-for-appeals, session 36b stmt40)
        semi = "time for" if inf is not None else (semi_modal(tok) if tok.pos_ == "VERB" or tok.lower_ == "ought" else None)
        clause = inf if inf is not None else (tok if semi else tok.head)
        reporter = reporting_verb(tok.head) if inf is not None else reporting_verb(clause)
        if reporter is None or (not semi and perfect_modal(tok) and conv.enabled("hindsight", options.since)):
            continue        # "should have acted sooner", "must have known": a past act (statements.py), no demand
        if semi == "needed to" and not (conv.enabled("backshifted-needs", options.since) and reporter.tag_ == "VBD"
                                        and clause.dep_ == "ccomp" and clause.head.i == reporter.i):
            continue        # "needed to" is a demand only as "needs to" backshifted: "said X needed to act"
        rule, code, ptype = aux_map[semi or tok.lower_]
        if conv.enabled("thing-modals", options.since) and _thing_does(clause) \
                and not (conv.enabled("body-addressees", options.since) and _body_does(analysis, clause)):
            continue        # "said the outbreak should not cause panic": an expectation of a thing, no demand
        if conv.enabled("feeling-modals", options.since) and _feeling_caused(clause):
            continue        # "said the pact should worry every government": how it ought to be felt (round35)
        if not semi and conv.enabled("inverted-should", options.since) and clause_mood.inverted_condition(clause):
            continue        # "'Should the mayor lose the vote, the council falls,' she said": a condition (round28)
        if conv.enabled("impersonal-musts", options.since) and _impersonal_passive(clause):
            continue        # "wrote that it must be stressed that ...": the speaker's emphasis, no demand (round29)
        if conv.enabled("question-modals", options.since) \
                and any(c.tag_ == "WRB" and c.lower_ in ("why", "how") for c in children(clause)):
            continue        # "'Why should we pay more?' she asked": a question, no demand (round28, coop28)
        if conv.enabled("misattached-demands", options.since) and _after_infinitive(reporter, clause):
            continue        # "asked the judge to drop the case over files he needs to see": a clause of the noun
        if conv.enabled("legal-text-musts", options.since) and any(
                c.lemma_.lower() in _LEGAL_TEXT_NOUNS for c in roles.subjects(reporter)):
            continue        # "the decree says charities must file accounts": what a text requires, no one's demand
        sources = args.resolved(analysis, roles.subjects(reporter))
        subs = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs and clause.dep_ == "conj" and clause.head.i != clause.i \
                and conv.enabled("conjunct-demands", options.since):
            # "said the government had lost all credibility and should call elections": the demanded clause
            # shares its first conjunct's subject (session 34 tone36)
            subs = [c for c in children(clause.head) if c.dep_ in ("nsubj", "nsubjpass")]
        targets = args.resolved(analysis, subs)
        if options.require_source and not sources:
            continue
        if rule in _OPINION_RULES and conv.enabled("named-addressees", options.since) \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(clause)) \
                and not any(_named_addressee(t, options.since) for t in targets):
            continue        # "said the country should invest more", "we need to talk": an opinion, no appeal
            # (a passive, "said taxes should be cut", still asks someone to act)
        when = event_when(analysis, doc, sent_index, reporter, "asserted")
        for s in sources or [None]:
            for t in targets or [None]:
                if s is not None and t is not None and s.key == t.key:
                    continue
                if s is not None and t is not None and t.actor.kind == "COUNTRY" \
                        and t.actor.country == s.actor.country and conv.enabled("self-demands", options.since):
                    continue    # "a US lawmaker said the U.S. has to act": no demand on one's own country
                key = (code, s.actor.id if s else None, t.actor.id if t else None)
                if key in seen:
                    continue
                seen.add(key)
                out.append(make_event(analysis, sent, sent_index, code=code, rule=rule, source=s, target=t,
                                      cue=cue_span([reporter]),
                                      modality="asserted", when=when,
                                      confidence=confidence.score(0.5, code, source=s is not None, target=t is not None),
                                      plover=(ptype, None)))
    return out


_POLL_SHARES = word_list("patterns", "POLL_SHARES")
_LEGAL_TEXT_NOUNS = word_list("patterns", "LEGAL_TEXT_NOUNS")
_ATTITUDE_ROOTS = ("05", "11", "12")
_POLL_WORDS = word_list("patterns", "POLL_WORDS")


def _poll_share(event: Event, sent: Span) -> bool:
    """"60 percent of voters support the governor", "a majority of Britons oppose the plan": support or opposition
    whose doer is a share of a population, in the present or in a sentence that names a poll, is what people
    think, not an act of theirs (convention poll-shares, session 27); "the union's members backed the strike" and
    "two thirds of the party backed her at the conference" are acts."""
    if not event.cameo_code.startswith(_ATTITUDE_ROOTS) or event.source_start is None:
        return False
    # the phrase's head: "percent" of "60 percent", "majority" of "a majority"
    tok = climb(_token_at(sent, event.source_start), ("det", "nummod", "quantmod", "amod", "compound"))
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head         # "percent" of "60 percent of voters"
    if not (tok.lemma_.lower() in _POLL_SHARES or tok.lower_ in _POLL_SHARES):
        return False
    # what people think now, or what a poll found ("two thirds of the party backed her at the conference" voted)
    cue = _token_at(sent, event.cue_start)
    return (cue is not None and cue.tag_ in ("VBP", "VBZ")) or any(t.lemma_.lower() in _POLL_WORDS for t in sent)
