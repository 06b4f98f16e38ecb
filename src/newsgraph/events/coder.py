"""The event coder: verb and noun patterns over spaCy's dependency parse -> Event records.

For each sentence it finds triggers (a verb lemma with its particle/preposition/object, or an
event noun, see data/patterns/; triggers.py), reads source and target phrases off the parse (verb_roles.py and
noun_roles.py, over roles.py's phrase helpers; implied_sides.py where the parse names none), maps them to actors
with the actors stage's API (arguments.py), and attaches CAMEO/PLOVER codes
(ontology.py), modality (modality.py) and attribution (attribution.py), and date and place (date_place.py).
Statements ("X said ...") come from statements.py. Before a force event (roots 18-20) is coded,
harm_context.py says whether the harm was an attack, an accident or a clash at a protest; writer_filters.py drops
what only looks like an event (the writer's "we", "some say"). A sentence without a matching pattern yields no
event: there is no default code. The sentence's events are then merged where one act was told in several
words, and sides lent between them (merges.py; sentence_merges.py holds the merges' order).

A side the text leaves unnamed stays empty, as GDELT leaves Actor1 blank: "over 100 activists were
arrested" is an arrest of the activists by no named source (agentless.csv says which codes and
forms may be coded so); a side the text names but the actors stage cannot resolve ("the suspect")
keeps its words without a code.

This module is the driver: it codes each trigger (`_code_trigger`: the order of the steps below) and each sentence
and document. The steps live beside it: trigger_roles.py, the sides read off the parse and the targets the
candidates resolve to; act_checks.py, the checks on the trigger's act (agentless forms, reactions, attempts, acts
only reported); trigger_sides.py, the sides and places found beside the parse's roles (goods' makers, visits'
destinations, local bodies, sides kept apart); place_targets.py, the country an act is aimed at when no actor is;
side_fills.py, the sides filled in when the roles leave them unresolved; trigger_moods.py, the mood and PLOVER type;
trigger_recodes.py, the code a word sense, a crowd of protesters or a weapon gives; and pair_checks.py, whether a
pair of sides is an event between two sides.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.events import arguments as args
from newsgraph.events import confidence
from newsgraph.events import conventions as conv
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.discourse import AWAITS_ANSWER, REACTION, answers_earlier
from newsgraph.events.reported_refusals import forecast_of_another
from newsgraph.events.date_place import When, article_place, event_date, local_event_place
from newsgraph.events.attribution import attribution
from newsgraph.events.conditions import condition_mark
from newsgraph.events.refusals import refusal
from newsgraph.events import doc_passes
from newsgraph.events import merges
from newsgraph.events.sentence_merges import merge_sentence_events
from newsgraph.events.ontology import VIOLENT_ROOTS as _VIOLENT_ROOTS
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import FALLBACK_PREFIX, agentless_forms, refusal_codes
from newsgraph.events.framing import reported_acts
from newsgraph.events.headlines import colon_statement, headline_events, plain_headline_events
from newsgraph.events.sense_sides import _reciprocal_object
from newsgraph.events.quote_continuations import continued_quote_cue
from newsgraph.events.statements import statement_events
from newsgraph.events.triggers import CoderOptions, Trigger, gerund_subject, scan_sentence
from newsgraph.events.ultimatums import beside_expulsions, ultimatum_events
from newsgraph.events.noun_demands import names_owned_demand, owned_demand_events
from newsgraph.events.noun_accusations import names_owned_accusation, owned_accusation_events
from newsgraph.nlp.cache import children, doc_sents, doc_text
from newsgraph.nlp.paragraphs import is_topic_label
from newsgraph.records import Analysis, Event
from newsgraph.events.harm_context import _attack_agents
from newsgraph.events.noun_roles import _WORDS_TO_PEOPLE_ROOTS
from newsgraph.events.target_candidates import _MEETING_ROOTS
from newsgraph.events.implied_sides import (handover_requests, _fallback_sides, _mutual, _own_country_pair,
    _own_subject, _pairs, _protest_site_owner)
from newsgraph.events.writer_filters import (_by_writer, _poll_share, _quantity_speaker, _quoted_i_outside_target,
    _reported_demands)
from newsgraph.events.trigger_sides import _protest_apart, _story_recipient
from newsgraph.events.caption_lines import furniture_sentences
from newsgraph.events.claimed_attacks import claimed_attack_doers
from newsgraph.events.addressed_acts import addressed_acts
from newsgraph.events.reason_sides import after_clause_doers, reason_sides
from newsgraph.events.act_checks import _agentless, _possessed, _reaction_to_act
from newsgraph.events.trigger_recodes import recode_pair, sensed_trigger
from newsgraph.events.trigger_roles import read_sides, resolved_targets
from newsgraph.events.place_targets import destination, named_place_target, sentence_place_target
from newsgraph.events.trigger_moods import pair_mood, plover_type, trigger_mood
from newsgraph.events.side_fills import fill_unnamed_sides, goods_targets, unresolved_targets
from newsgraph.events.pair_checks import kept_pair

_MOBILIZE_CODE = "154"
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})     # forces one deploys (convention deployed-forces)


# ---------------------------------------------------------------- events


def _code_trigger(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, trig: Trigger,
                  options: CoderOptions) -> list[tuple[Event, Token]]:
    """The events of one trigger (several with coordination, reciprocity, converse or refusal)."""
    p = trig.pattern
    first_code = p.cameo
    senses = conv.enabled("senses", options.since)
    if senses:
        sensed = sensed_trigger(trig, options)
        if sensed is None:
            return []
        trig = sensed
        p = trig.pattern
    root = lookup(p.cameo).root
    # "an assault on press freedom": a noun of force that a sense reads as words is criticism only by a named
    # author (round 20, SE-attack-noun-abstract); with none it is no event
    as_noun = trig.token.pos_ in ("NOUN", "PROPN") or gerund_subject(trig.token)
    worded_force = as_noun and lookup(first_code).root in _VIOLENT_ROOTS and root == "11"
    if as_noun and any(c.lower_ == "such" and c.dep_ in ("predet", "amod", "det") for c in children(trig.token)):
        return []       # "had no authority to make such a request": a kind of act, or one told before (session 35 lead)
    found = read_sides(analysis, trig, root, as_noun, options)
    if found is None:
        return []
    sources, cands, group = found
    source_keys = {s.key for s in sources}
    # the rule id records a source read off an attack noun's "by" phrase (convention attack-agent)
    attack_agent = bool(sources) and trig.token.pos_ == "VERB" and lookup(p.cameo).root in _VIOLENT_ROOTS \
        and {s.head.i for s in sources} <= {a.i for a in _attack_agents(trig.token, options)}
    targets, cands, acts_judged = resolved_targets(analysis, trig, root, source_keys, cands, options)
    if p.symmetric == "reverse":
        # "Kyiv received weapons from Berlin", "faced criticism from X": the subject is the recipient
        sources, targets = targets, sources
        source_keys = {s.key for s in sources}
    if p.id.startswith(FALLBACK_PREFIX):
        # a fallback row codes only a doer and a side the actors stage resolves (no agentless form), each named by
        # its own head -- a person, a group, a body or a country, not a thing an actor's name modifies ("disrupted
        # a UN plan") nor everyone ("helps people contact them")
        sources, targets = _fallback_sides(sources), _fallback_sides(targets)
        if not sources or not targets or not _own_subject(trig.token):
            return []
    agentless = None
    if worded_force and not sources and not group:
        return []
    if options.require_source and not sources and not group:
        agentless = _agentless(trig, options, received=bool(targets) and p.symmetric == "reverse")
        if agentless is None:
            return []
    found_place = destination(doc, analysis, trig, root, sources, targets, cands, options)
    if found_place is None:
        return []       # "the Kenyan president returned to Nairobi": going home is no visit (place_targets.py)
    targets, place_target, dest = found_place
    mode = None
    # ("India and Pakistan accused each other": a reciprocal object makes any act mutual; session 38 lead)
    symmetric_sources = (_mutual(p) or _reciprocal_object(trig.token)) and len(sources) > 1
    if not targets and not place_target and len(group) < 2 and not symmetric_sources \
            and conv.enabled("place-targets", options.since):
        mode, place_target = named_place_target(analysis, trig, root, sources, cands, options)
    mood, mood_cue, disowned = trigger_mood(trig, root, options)
    conditional = condition_mark(trig.token)
    attrib, attrib_verb = attribution(trig.token)
    if mood == "asserted" and attrib is not None and attrib_verb is None \
            and conv.enabled("according-attribution", options.since):
        mood = "reported"       # "according to X, <act>": the act as X relays it (gold convention C1)
    cue = cue_span(trig.parts)
    cue_start = cue[1]
    date, precision = event_date(analysis, sent_index, cue_start, mood, trig.token)
    # the place the sentence names, else the article's dateline or main location (issue 6)
    local_place = local_event_place(analysis, sent_index, cue_start, doc, dest, trig.token)
    when = When(date, precision, local_place or article_place(analysis))
    place_target = sentence_place_target(doc, analysis, trig, root, mode, sources, targets, place_target, local_place,
                                         options)
    if not targets and not place_target and not acts_judged and conv.enabled("unresolved-sides", options.since) \
            and (agentless_forms(p.cameo) or root in _WORDS_TO_PEOPLE_ROOTS):
        targets = unresolved_targets(trig, root, sources, source_keys, cands, options)
    if agentless == "passive" and p.cameo == _MOBILIZE_CODE and not sources \
            and conv.enabled("deployed-forces", options.since):
        # "Hundreds of police officers were deployed in the capital": the forces deployed show the force
        # (GDELT's Actor1 of 154); whoever sent them is left unsaid (session 24)
        heads = [c for c in children(trig.token) if c.dep_ == "nsubjpass"]
        heads += [c for h in heads for c in children(h) if c.dep_ == "conj"]
        sources = [x for x in args.resolved(analysis, heads) if x.actor.sector in _FORCE_SECTORS]
        source_keys = {s.key for s in sources}
        targets = [t for t in targets if t.key not in source_keys]
    if agentless == "passive" and root == "18" and not targets and not place_target \
            and conv.enabled("assault-victim", options.since):
        return []       # "The Lakers were beaten again": an assault with no doer named needs a victim (round 14)
    if agentless and root == "13" and not targets and not place_target \
            and conv.enabled("threat-victim", options.since):
        return []       # "the threat of floods": a threat with no one named as making it needs one threatened
    targets = goods_targets(trig, root, targets, place_target, sources, source_keys, options)
    if not targets and not place_target and p.cameo in _RELIEF_CODES and sources \
            and conv.enabled("relief-to-story-country", options.since):
        # "A quake hit eastern Turkey ... Greece offered to send rescue teams": relief a foreign state or body
        # sends without a recipient named goes to the country the story is about (round35)
        place_target = _story_recipient(analysis, sources)
    awaits_answer = reaction = False
    if options.require_target and p.needs_target and not targets and not place_target and len(group) < 2 \
            and not symmetric_sources:
        # "condemned the attack": the attackers may be named in an earlier sentence (events/discourse.py)
        awaits_answer = conv.enabled("answers", options.since) and answers_earlier(trig.token, p.cameo, options.since)
        reaction = _reaction_to_act(trig, p.cameo, sources, options)
        if not awaits_answer and not reaction:
            return []
    pairs = _pairs(trig, sources, targets, group, _possessed(trig, sources, options),
                   conv.enabled("domestic-sides", options.since))
    if root in _MEETING_ROOTS and conv.enabled("own-country-sides", options.since):
        # "They held talks" taking up Kim, Putin and North Korea: North Korea's government and North Korea
        # itself are one side, no meeting or deal between two (session 24; other acts keep the pair, whose
        # other side the coder may have missed: "will withdraw its force from Chad")
        pairs = [(a, b, c) for a, b, c in pairs if not _own_country_pair(a, b)]
    reject = None
    if mood == "negated" and (disowned is not None
                              or refusal(trig.token, conv.enabled("refused-acceptance", options.since))):
        # "would not provide support": the refusal itself happened
        reject = refusal_codes().get(root)
        if reject and conv.enabled("reported-refusals", options.since) \
                and forecast_of_another(analysis, trig.token, sources):
            reject = None   # "said the farmers would not vote for him": another side's forecast, no refusal (say51)
        if reject and conv.enabled("one-sided-refusals", options.since):
            # "refused to negotiate with the rebels": only the refuser refused; the converse pair that a
            # reciprocal act adds ("the rebels negotiated with ...") is no act of anyone's
            refusers = {id(x) for x in sources}
            pairs = [(s, t, code) for s, t, code in pairs if s is None or id(s) in refusers]
        if reject:
            pairs += [(s, t, reject) for s, t, code in pairs if code == p.cameo]
    out: list[tuple[Event, Token]] = []
    directed = bool(targets) and not symmetric_sources    # a target named apart from the sources
    for s, t, code in pairs:
        site_owner = None
        if t is None and code[:2] == "14" and trig.token.pos_ == "VERB" and conv.enabled("protest-sites", options.since):
            t = site_owner = _protest_site_owner(analysis, trig.token, source_keys, options.since)
        sa, ta = (s.actor if s else None), (t.actor if t else None)
        if site_owner is not None and sa is not None and ta is not None and sa.code == ta.code \
                and not (sa.id != ta.id and _protest_apart(code, sa, ta, options)):
            t, ta, site_owner = None, None, None    # a protest at its own side's site stands, aimed at no one named
                                                    # (session 40 lead)
        rule = p.id if code != reject else f"{p.id}+refusal"
        if site_owner is not None:
            rule += "+site-owner"
        if attack_agent:
            rule += "+attack-agent"
        if awaits_answer:
            rule += (REACTION if reaction else "") + AWAITS_ANSWER
        recoded = recode_pair(code, rule, trig, s, t, senses, options)
        if recoded is None:
            continue        # a sense on the sides drops the pair
        code, rule = recoded
        kept = kept_pair(analysis, trig, code, s, t, site_owner, directed, place_target, options)
        if kept is None:
            continue        # "Xi and Li signed": no event of a government with itself (pair_checks.py)
        t, place_target = kept
        ta = t.actor if t else None
        mood_here = pair_mood(code, "asserted" if code == reject else mood, mood_cue, trig, sa, options)
        # an infinitive of purpose ("began a hunger strike to protest") is intended, not announced
        plover = plover_type(code, p, "purpose" if mood_cue == "to" else mood_here, conditional)
        conf = confidence.score(p.confidence, code, source=sa is not None, target=ta is not None,
                                recoded=code != p.cameo or "+SE-" in p.id)
        event = make_event(analysis, sent, sent_index, code=code, rule=rule if not agentless else f"{rule}+{agentless}",
                           source=s, target=t, cue=cue, modality=mood_here, when=when, confidence=conf,
                           attribution=attrib, target_code=None if t is not None else place_target,
                           plover=plover)
        fill_unnamed_sides(doc, analysis, event, sent_index, code, agentless, s, t, cands, options)
        out.append((event, trig.token))
    return out


_RELIEF_CODES = ("070", "073")     # aid and humanitarian aid (not arms, loans or peacekeepers)


def code_sentence(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                  options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of one sentence, after merging duplicates and sharing dyads (see below)."""
    if conv.enabled("topic-labels", options.since) and is_topic_label(sent):
        return []           # "Kenya protests:" before the headline's clause: no actor, no event of its own
    out: list[Event] = []
    trigger_of: dict[str, Token] = {}
    seen: set[tuple] = set()
    statements = options.statements and conv.enabled("statements", options.since)
    # a title-case headline is read flat when that finds an event: its parse cannot be trusted
    found = headline_events(doc, analysis, sent, sent_index, options.since) \
        if conv.enabled("headlines", options.since) else []
    sentence = scan_sentence(sent, options, statements)
    colon = colon_statement(doc, analysis, sent, sent_index, options.since) \
        if statements and conv.enabled("headline-colon", options.since) else []
    ultimatums = ultimatum_events(doc, analysis, sent, sent_index, options.since)     # session 44 say48
    if not found:
        if not sentence.triggers and not sentence.reporting_verbs and not sentence.demand_auxiliaries and not colon \
                and not ultimatums and not names_owned_demand(sent, options.since) \
                and not names_owned_accusation(sent, options.since) \
                and not (statements and conv.enabled("quote-continuations", options.since)
                         and continued_quote_cue(analysis, sent) is not None) \
                and not plain_headline_events(doc, analysis, sent, sent_index, options.since):
            return []       # most sentences: nothing to code (a quote's later sentence may be its speaker's)
        # (a sentence-case headline whose verb the parse took for a noun is read flat when the parse codes nothing)
        found = [pair for trig in sentence.triggers
                 for pair in _code_trigger(doc, analysis, sent, sent_index, trig, options)] \
            or plain_headline_events(doc, analysis, sent, sent_index, options.since)
    found += beside_expulsions(ultimatums, found) \
        + owned_demand_events(doc, analysis, sent, sent_index, options.since, found)
    found += owned_accusation_events(doc, analysis, sent, sent_index, options.since, found)     # session 45 say49
    if statements:
        found += statement_events(doc, analysis, sent, sent_index, sentence.reporting_verbs, options.since,
                                  frozenset(token.i for _, token in found))
        found += colon
    for event, token in found:
        key = (event.cameo_code, event.source_actor_id or ("@", event.source_start),
               event.target_actor_id or ("@", event.target_start))
        if key in seen:
            continue
        seen.add(key)
        trigger_of[event.id] = token
        out.append(event)
    out += _reported_demands(doc, analysis, sent, sent_index, options, seen, sentence.demand_auxiliaries)
    out = merges.inherit_targets(out, trigger_of, analysis, conv.enabled("adjunct-targets", options.since),
                           conv.enabled("criticised-acts", options.since))
    if conv.enabled("release-holders", options.since):
        merges.release_holders(out, trigger_of, analysis)
    if conv.enabled("handover-requests", options.since):
        handover_requests(doc, analysis, out, trigger_of)
    if conv.enabled("mediated-parties", options.since):
        out = merges.mediated_parties(out, trigger_of, analysis, analysis.article.text)
    if conv.enabled("sibling-appeal-targets", options.since):
        merges.sibling_appeal_targets(out, trigger_of, analysis)
    if conv.enabled("claimed-attacks", options.since):
        claimed_attack_doers(out, trigger_of, conv.enabled("claimed-attack-subjects", options.since))
    if conv.enabled("reason-sides", options.since):
        reason_sides(out, trigger_of, analysis)
    if conv.enabled("after-clause-doers", options.since):
        out = after_clause_doers(out, trigger_of, analysis)
    if conv.enabled("addressed-acts", options.since):
        out = addressed_acts(out, trigger_of, analysis)

    def parties_of(heads: list[Token]) -> list[Party]:
        return args.resolved(analysis, heads)

    if conv.enabled("rallied-support", options.since):
        out = merges.rallied_support(out, trigger_of, analysis, parties_of)
    if conv.enabled("intent", options.since):
        out = conv.apply_intents(out, trigger_of, analysis, parties_of,
                                 conditional_threats=conv.enabled("conditional-threats", options.since),
                                 conditional_vows=conv.enabled("conditional-vows", options.since),
                                 intent_nouns=conv.enabled("intent-nouns", options.since),
                                 light_acts=conv.enabled("intent-light-acts", options.since),
                                 vowed_force=conv.enabled("vowed-force", options.since),
                                 aspect=conv.enabled("aspect-intents", options.since),
                                 planned=conv.enabled("planned-intents", options.since),
                                 condition_targets=conv.enabled("condition-targets", options.since),
                                 intent_dates=conv.enabled("intent-dates", options.since),
                                 spokesmen=conv.enabled("spokesman-intents", options.since),
                                 own_speakers=conv.enabled("possessive-spokesmen", options.since),
                                 litotes=conv.enabled("readiness-litotes", options.since),
                                 warned_targets=conv.enabled("warned-targets", options.since),
                                 hedged=conv.enabled("hedged-threats", options.since))
    if conv.enabled("claims", options.since):
        out = conv.apply_claims(out, trigger_of, analysis, parties_of, options.since, statements)
    unique: dict[str, Event] = {}
    for e in out:
        unique.setdefault(e.id, e)
    out = list(unique.values())
    out = merge_sentence_events(out, trigger_of, analysis, doc, options.since, statements)
    if conv.enabled("writer", options.since):
        possessives = conv.enabled("writer-possessives", options.since)
        out = [e for e in out if not _by_writer(e, analysis, possessives)]
    if conv.enabled("quoted-first-person", options.since):
        out = [e for e in out if not _quoted_i_outside_target(e, analysis)]
    if conv.enabled("quantity-speakers", options.since):
        out = [e for e in out if not _quantity_speaker(e, sent)]
    if conv.enabled("poll-shares", options.since):
        out = [e for e in out if not _poll_share(e, sent)]
    return reported_acts(out, trigger_of, sent, options.since)


def is_table_row(sent: Span) -> bool:
    """Cells of a table that reached the text ("| Jane Doe | MP for Kent | jane@example.org |"): not a
    sentence of the story, whatever verbs its cells hold. (The count reads the doc's text: `sent.text`
    joins the sentence's tokens again on every call.)"""
    return doc_text(sent.doc).count("|", sent.start_char, sent.end_char) >= 2


def code_doc(doc: Doc, analysis: Analysis, options: CoderOptions = CoderOptions()) -> list[Event]:
    """Every event of the document: each sentence coded (code_sentence), then the document-level passes that read
    events of several sentences together (doc_passes.py)."""
    events: list[Event] = []
    skipped = furniture_sentences(doc, conv.enabled("figure-lines", options.since)) \
        if conv.enabled("caption-lines", options.since) else frozenset()
    for i, sent in enumerate(doc_sents(doc)):
        if not is_table_row(sent) and i not in skipped:    # (a caption line of a raw text: session 44)
            events.extend(code_sentence(doc, analysis, sent, i, options))
    return doc_passes.apply(doc, analysis, events, options)
