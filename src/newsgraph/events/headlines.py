"""Headlines in title case: "Mob Lynches Man Accused Of Theft", "100 Protesters Killed In Unrest".

The small spaCy model tags most capitalised words of such a line as proper nouns, so its parse has no
verb to code. For a title-case sentence in which the parse coded nothing, this module reads the line
flat: the first word that is an inflected form of a verb pattern's lemma (data/patterns/verbs.csv) is
the trigger, the words before it the subject and the words after it, up to the first preposition, the
object. A past participle with no object after it is passive ("Protesters Killed In Unrest"): the words
before it are the target, a "By ..." phrase the source. The sides are looked up by their character
spans with the actors API. Patterns that need a particle, preposition or particular object are left
to the parse, unless their words follow the verb word for word ("Two Men Taken Into Custody After
Shooting", round 14). A line whose subject is a disaster ("Quake Kills Dozens") codes no force,
coercion or protest (round 14).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

import newsgraph.actors as actors_api
from newsgraph.datafile import word_list
from newsgraph.events import confidence
from newsgraph.events import conventions as conv
from newsgraph.events.arguments import Party
from newsgraph.events.build import cue_span, make_event
from newsgraph.events.date_place import event_when
from newsgraph.events.ontology import lookup
from newsgraph.events.patterns import Pattern, agentless_forms, noun_sets, pattern_index
from newsgraph.events.roles import lemmas
from newsgraph.events.senses import LATE_CONDITIONS, sense_of
from newsgraph.nlp.cache import doc_text, sent_tokens
from newsgraph.nlp.paragraphs import follows_topic_label
from newsgraph.nlp.plurals import plain_singular
from newsgraph.records import Analysis, Event

MIN_WORDS = 3
MAX_TOKENS = 20
TITLE_SHARE = 0.7
# Words that end a headline's object or start its adjuncts ("... Accused Of Theft", "... In Unrest").
_BREAKS = {"of", "in", "on", "at", "after", "as", "over", "for", "by", "amid", "during", "near", "to", "from",
           "outside", "inside", "with", "while", "before", "despite", "following", ":", "-", "—", "–", ",", "|"} \
    | word_list("patterns", "HEADLINE_OBJECT_ENDS")     # "... Missile Into Sea", "Shot Dead In Lima" (session 39)
# an adjunct of time or circumstance: a verb form after it in the same stretch of a headline is in the adjunct
# ("... After Prison Riots"), not the headline's verb (convention headline-adjunct-verbs, session 39 head43)
_TIME_PREPS = word_list("patterns", "TIME_RELATION_PREPS")
_SEPARATORS = (",", ":", "-", "—", "–", "|", ";")
_WORD = re.compile(r"[^\W\d_]+")
_SMALL = word_list("patterns", "HEADLINE_SMALL_WORDS")
_FIRES = word_list("patterns", "HEADLINE_FIRES")
_STATE_DOERS = word_list("patterns", "HEADLINE_STATE_DOERS")
# "Woman Fatally Shot In ...", "Man Critically Injured In ...": adverbs of manner before a participle, and the
# irregular participles a title-case parse leaves unlemmatised ("Shot", "Beaten"; session 36b left40)
_ADVERBS = word_list("patterns", "HEADLINE_MANNER_ADVERBS")
_IRREGULAR = dict(w.split(">", 1) for w in word_list("patterns", "HEADLINE_IRREGULAR_PARTICIPLES"))
# Roots a disaster cannot be the doer of (convention headline-nonagents): protest, coercion, force.
_DOER_ROOTS = ("14", "17", "18", "19", "20")
# Roots whose flat object is often a thing and whose side follows in a with/to/from phrase ("Demands Apology From
# Moldova"): requests, cooperation and demands (convention headline-prep-targets, session 37 coop41).
_PREP_TARGET_ROOTS = ("02", "03", "04", "05", "06", "07", "10")
_TARGET_PREPS = word_list("patterns", "HEADLINE_TARGET_PREPS")
# Roots of force and coercion whose flat object is often a weapon and whose side follows in an at/on/against phrase
# ("Coast Guard Fires Water Cannon At Philippine Vessel"; convention headline-aim-targets, session 39 head43).
_AIM_TARGET_ROOTS = ("15", "17", "18", "19", "20")
_AIM_PREPS = word_list("patterns", "HEADLINE_AIM_PREPS")
# words that open a second clause of a headline ("... As Opposition Supporters Storm Office"): no part of its
# subject (convention headline-clause-openers, session 42 left46)
_CLAUSE_OPENERS = word_list("patterns", "HEADLINE_CLAUSE_OPENERS")
# what force is fired or used with ("Tear Gas", "Water Cannon", "Rubber Bullets"): as a headline's flat object, no
# target (convention headline-weapon-objects, session 42 left46)
_FIRED_MEANS = word_list("patterns", "HEADLINE_FIRED_MEANS")
# How many words (articles, adjectives) may stand between a phrase pattern's preposition and its object.
_PHRASE_GAP = 2
_CLOSING = (".", "!", "?", '"', "'", "”", ")")    # a line ending so is prose, not a headline


def is_title_case(sent: Span) -> bool:
    """Most words capitalised, the way headlines are written ("Mob Lynches Man Accused Of Theft")."""
    if sent.end - sent.start > MAX_TOKENS:
        return False
    if sent.root.pos_ in ("VERB", "AUX") and sent.root.text[:1].islower():
        return False      # "Governor Tom Reed and Finance Minister Ana Silva met on Monday": names, a prose verb
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    if len(words) < MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words) and not all(w.isupper() for w in words)


def _lemmas(tok: Token) -> set[str]:
    """lemmas(tok) and, for an irregular participle, its verb ("Shot" -> "shoot")."""
    out = lemmas(tok)
    return out | {_IRREGULAR[tok.lower_]} if tok.lower_ in _IRREGULAR else out


def _participle(toks: list[Token], i: int) -> bool:
    """toks[i] reads as a past participle: a regular -ed/-en form, an irregular one, or any verb form after an
    adverb of manner ("Fatally Shot", "Badly Hurt")."""
    low = toks[i].lower_
    return low.endswith(("ed", "en")) or low in _IRREGULAR or (i > 0 and toks[i - 1].lower_ in _ADVERBS)


def _pattern(tok: Token, index: dict[str, list[Pattern]]) -> Pattern | None:
    for lemma in sorted(_lemmas(tok)):
        for p in index.get(lemma, ()):
            if not p.objects and not p.prep:
                return p
    return None


def _singulars(toks: list[Token]) -> set[str]:
    """The lower-cased words of `toks` with their lemmas and plain singulars: the parse of a title-case line
    reads "Tornadoes" or "Suspects" as a proper noun and keeps its plural (session 36 fam39)."""
    out = set()
    for t in toks:
        w = t.lower_
        out |= {w, t.lemma_.lower()}
        singular = plain_singular(w)
        if singular is not None:
            out.add(singular)
    return out


def _object_words(toks: list[Token], i: int) -> list[Token]:
    """The words after the headline's verb toks[i] up to the first break: its object read flat ("... Man Accused Of
    Theft": the object ends before its modifiers)."""
    right: list[Token] = []
    for t in toks[i + 1:]:
        if t.lower_ in _BREAKS or (right and t.lower_.endswith("ed")):
            break
        right.append(t)
    return right


def _object_pattern(toks: list[Token], i: int, index: dict[str, list[Pattern]]) -> Pattern | None:
    """A pattern with no particle whose required object is among the words the flat reading gives it: those
    after the verb up to the first break, or, for a participle with nothing after it, those before it ("Police
    Nab Suspect In Robbery", "Two Fugitives Caught Near Border"; convention headline-objects)."""
    right = _object_words(toks, i)
    words = _singulars(right or (toks[:i] if _flat_passive(toks, i, None) else []))
    for lemma in sorted(_lemmas(toks[i])):
        for p in index.get(lemma, ()):
            if p.objects and not p.prep and words & p.objects:
                return p
    return None


def _phrase_pattern(toks: list[Token], i: int, index: dict[str, list[Pattern]]) -> tuple[Pattern, int] | None:
    """A pattern with particle/preposition and object whose words follow the verb toks[i] word for word
    ("Taken Into Custody", "Take To The Streets"; convention headline-phrases), and the index just past
    its object."""
    for lemma in sorted(_lemmas(toks[i])):
        for p in index.get(lemma, ()):
            if not (p.prep and p.objects):
                continue
            j = i + 1 + len(p.prep)
            if j > len(toks) or [t.lower_ for t in toks[i + 1:j]] != list(p.prep):
                continue
            for k in range(j, min(j + _PHRASE_GAP + 1, len(toks))):
                if toks[k].lower_ in p.objects or toks[k].lemma_.lower() in p.objects:
                    return p, k + 1
                if toks[k].lower_ in _BREAKS:
                    break
    return None


def _disaster_subject(left: list[Token], since: frozenset[str] | None = None) -> bool:
    """The words before the verb name an accident, natural event, disease or fire and no attack ("Quake Kills
    Dozens", "Fire Destroys Church"; not "Bomb Blast Kills Five")."""
    sets = noun_sets()
    disasters = sets["NONAGENT"] | sets["DISEASES"] | _FIRES
    if conv.enabled("headline-disaster-plurals", since):
        # "Tornadoes Kill Five", "Floods Kill 30": the plural a title-case parse keeps, and the mishaps' nouns
        words, disasters = _singulars(left), disasters | sets["MISHAPS"]
    else:
        words = {w for t in left for w in (t.lower_, t.lemma_.lower())}
    return bool(words & disasters) and not words & sets["ATTACK_SIGNS"]


def _side(analysis: Analysis, toks: list[Token], verb: Token | None = None, sent_index: int = -1) -> list[Party]:
    """The parties a run of headline words names: resolved actors, else the words themselves. A mention that
    runs over the headline's verb is the parse reading the whole line as one noun phrase ("Police Arrest
    Opposition Leader ..." as one group named for its last noun): the words are then read against the lead
    (`_lead_actor`), and the line's actor stands only where the lead names none."""
    toks = [t for t in toks if not t.is_punct]
    if not toks:
        return []
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    lead = _lead_actor(analysis, toks, sent_index) if verb is not None and any(
        m.actor_id and m.start < end and start < m.end and m.start <= verb.idx < m.end for m in analysis.mentions) \
        else None
    if lead is not None:
        return [Party(lead, toks[-1], (start, end))]
    found = actors_api.actors_for_span(analysis, start, end)
    if found:
        return [Party(a, toks[-1], (start, end)) for a in found]
    return [Party(None, toks[-1], (start, end))]


# how many sentences after a headline its words may find their actor in (the lead restates the headline)
_LEAD_SENTENCES = 3


def _lead_actor(analysis: Analysis, toks: list[Token], sent_index: int):
    """The actor of the first mention in the sentences after the headline (sentence `sent_index`) whose head is
    the headline words' last noun ("Police" -> "Kenyan police", "Opposition Leader" -> "a senior opposition
    leader", "Mob" -> "a mob in Lagos"), or None: a reader matches a headline's common nouns to the lead that
    tells the same story. The head is the mention's last word before a preposition."""
    words = {toks[-1].lower_, toks[-1].lemma_.lower()}
    for m in analysis.mentions:
        if m.actor_id and m.kind in ("name", "nominal") and sent_index < m.sentence <= sent_index + _LEAD_SENTENCES:
            head = [w.lower().strip(".,;:'\"") for w in m.text.split()]
            cut = next((i for i, w in enumerate(head) if w in _BREAKS), len(head))
            if cut and head[cut - 1] in words:
                return analysis.actor(m.actor_id)
    return None


# sense conditions about the trigger's own voice and object, which the parse of a flat-read headline gets wrong
_VOICE_CONDITIONS = ("intransitive", "idle")


def _prep_target(analysis: Analysis, toks: list[Token], last: int, verb: Token, sent_index: int,
                 preps: frozenset[str] = _TARGET_PREPS) -> list[Party]:
    """The actors of a with/to/from phrase right after the flat object ending at toks[last] ("Russia Demands Apology
    From Moldova", "Japan Apologises To China", "Kenya Signs Deal With Ethiopia"; convention headline-prep-targets,
    session 37 coop41), or []: whom a request, a demand or an act of cooperation is aimed at when its object is a
    thing."""
    if last + 1 >= len(toks) or toks[last + 1].lower_ not in preps:
        return []
    found = _side(analysis, _object_words(toks, last + 1), verb, sent_index)
    return found if any(f.actor for f in found) else []


def _flat_passive(toks: list[Token], i: int, phrase_end: int | None) -> bool:
    """Read flat, the headline's verb at `i` is a participle with no object after it: a passive."""
    if phrase_end is not None or not _participle(toks, i):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.lower_ in _BREAKS or not nxt.is_alpha


def headline_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                    since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """The event of a title-case headline, or of the clause after a topic label ("Kenya protests: Ruto withdraws
    finance bill"), read flat (see the module docstring); [] for other sentences."""
    after_label = conv.enabled("topic-labels", since) and follows_topic_label(sent)
    if not after_label and not is_title_case(sent):
        return []
    return _flat_events(doc, analysis, sent, sent_index, since, title=True, after_label=after_label)


def plain_headline_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                          since: frozenset[str] | None) -> list[tuple[Event, Token]]:
    """The event of a sentence-case headline the parse coded nothing in, read flat: a line with no closing
    punctuation that opens with a name and whose verb is a present-tense -s form the parse took for a noun
    ("Pakistan thanks China for support at IMF", "Ghana demands apology from Togo"; convention plain-headlines,
    session 37 coop41), or another verb form the parse misread (`_plain_verb`); [] for other sentences. A line of
    its own may open with a common noun or an adjective too ("Protesters storm parliament", "Chinese coast guard
    fires water cannon ..."), when the words before its verb name an actor (convention headline-misparsed-verbs,
    session 39 head43)."""
    toks = [t for t in sent_tokens(sent) if not t.is_space]
    if not conv.enabled("plain-headlines", since) or not MIN_WORDS <= len(toks) <= MAX_TOKENS \
            or toks[-1].text in _CLOSING or is_title_case(sent):
        return []
    named = toks[0].pos_ == "PROPN"
    if not named and not (conv.enabled("headline-misparsed-verbs", since) and toks[0].text[:1].isupper()
                          and toks[0].is_alpha and toks[0].pos_ in _OPENERS and own_line(doc, sent)):
        return []
    return _flat_events(doc, analysis, sent, sent_index, since, title=False, need_actor=not named)


# the parts of speech the parse gives the first word of a sentence-case headline ("Lula" ADJ, "Modi" VERB)
_OPENERS = ("PROPN", "NOUN", "ADJ", "VERB", "NUM")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
_FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")
_PLURAL_NOUNS = word_list("patterns", "HEADLINE_PLURAL_NOUNS")


def own_line(doc: Doc, sent: Span) -> bool:
    """The sentence is a line of its own: a headline, standfirst or sub-head, not a fragment inside a paragraph."""
    text = doc_text(doc)
    bounds = _line_bounds(text, sent.start_char)
    return bounds is not None and not text[sent.end_char:bounds[1]].strip()


def _plain_verb(toks: list[Token], i: int, misparsed: bool) -> str | None:
    """How toks[i] reads as the verb of a sentence-case headline the parse coded nothing in, or None: "noun", the
    -s form the parse took for a noun ("Pakistan thanks China"; session 37 coop41). With the convention
    headline-misparsed-verbs (session 39 head43) also "loose", a present-tense verb the parse left without a subject,
    the words before it hung on it as modifiers ("Lula slams IMF", "Sudan army shells suburbs"); "plural", a base
    form the parse took for a noun after a plural subject ("Protesters storm parliament", "police fire tear gas");
    "future", a to-infinitive after the subject with no finite verb before it ("Modi to visit Moscow")."""
    tok = toks[i]
    if tok.text.islower() and tok.lower_.endswith("s") and tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if not misparsed or not tok.text.islower():
        return None
    prev = toks[i - 1]
    if tok.tag_ in ("VBZ", "VBP") and tok.dep_ == "ROOT" and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return "loose"
    if tok.tag_ == "NN" and (prev.tag_ in ("NNS", "NNPS") or prev.lower_ in _PLURAL_NOUNS):
        return "plural"
    if prev.lower_ == "to" and tok.tag_ == "VB" and i >= 2 and not any(t.tag_ in _FINITE_TAGS for t in toks[:i - 1]):
        return "future"
    return None


def _names_actor(analysis: Analysis, left: list[Token], verb: Token) -> bool:
    """An actor's mention lies in the words before the verb and ends before it ("Protesters" in "Protesters storm
    parliament"; not a mention the parse ran over the whole line, "Students storm ministry" read as a ministry)."""
    start = left[0].idx if left else verb.idx
    return any(m.actor_id and start <= m.start and m.end <= verb.idx for m in analysis.mentions)


def _in_adjunct(toks: list[Token], i: int) -> bool:
    """toks[i] stands in an adjunct of time or circumstance that its stretch of the headline opened before it
    ("Ecuador Declares State Of Emergency After Prison Riots"): no verb of the headline (convention
    headline-adjunct-verbs, session 39 head43)."""
    start = max((j + 1 for j, t in enumerate(toks[:i]) if t.text in _SEPARATORS), default=0)
    return any(t.lower_ in _TIME_PREPS for t in toks[start:i])


def _flat_events(doc: Doc, analysis: Analysis, sent: Span, sent_index: int, since: frozenset[str] | None,
                 title: bool, after_label: bool = False, need_actor: bool = False) -> list[tuple[Event, Token]]:
    """A headline read flat: in title case the first capitalised word that inflects a plain verb pattern is the
    verb (after a topic label, `after_label`, a lower-case one too), in sentence case (`title` False) the first
    verb form the parse misread (`_plain_verb`). `need_actor`: the words before the verb must name an actor. After
    "to" the act is to come ("Erdogan To Meet Assad": planned; convention headline-futures, session 39 head43)."""
    index = pattern_index("verb", since)
    toks = [t for t in sent_tokens(sent) if not t.is_space]
    if toks and toks[0].lower_ == "by":
        return []               # "By Jane Doe - May 4, 2022 Share ...": a byline the page's extraction kept
    misparsed = conv.enabled("headline-misparsed-verbs", since)
    for i, tok in enumerate(toks[1:], start=1):
        if title and not tok.text[:1].isupper() and not after_label:
            continue            # a verb written in lower case: a sentence full of names, not a headline
        if not title and _plain_verb(toks, i, misparsed) is None:
            if tok.pos_ in ("VERB", "AUX"):
                return []       # "Ukraine says it has evidence ... attacks": the parse found the line's verb
            continue            # a plain line's verb: a form the parse misread ("thanks", "demands", "slams")
        if tok.lower_.endswith("ing") and toks[i - 1].lower_ in _BREAKS and conv.enabled("headline-gerunds", since):
            continue            # "... Held After Shooting": a gerund after a preposition is a noun, no verb
        if conv.enabled("headline-adjunct-verbs", since) and _in_adjunct(toks, i):
            continue            # "... After Prison Riots": a word in an adjunct of time is no headline verb
        # a pattern whose object the line holds is more specific than the bare verb's, as in the parse's coding
        # ("... withdraws finance bill": 0832, not a military withdrawal; session 37 left41)
        p = _object_pattern(toks, i, index) if conv.enabled("headline-specific-objects", since) else None
        p = p or _pattern(tok, index)
        phrase_end = None
        if p is None and conv.enabled("headline-phrases", since):
            found = _phrase_pattern(toks, i, index)
            if found is not None:
                p, phrase_end = found
        if p is None and conv.enabled("headline-objects", since):
            p = _object_pattern(toks, i, index)
        if p is None:
            continue
        if conv.enabled("headline-senses", since):
            # the word senses that need no sides hold for a headline too ("Thunder: Host the Lakers" in a sports story)
            sense = sense_of(tok, p.cameo, None, None)
            if sense is not None and sense.condition in _VOICE_CONDITIONS and _flat_passive(toks, i, phrase_end):
                sense = None    # "Three Schools Closed After Threat": read flat, a participle without object is passive
            if sense is not None and sense.condition not in LATE_CONDITIONS:
                if sense.action == "drop":
                    return []
                p = replace(p, cameo=sense.action, id=f"{p.id}+{sense.id}")
        right = _object_words(toks, i) if phrase_end is None else []    # a phrase pattern's object is in its phrase
        future = toks[i - 1].lower_ == "to" and i >= 2 and conv.enabled("headline-futures", since)
        left = [t for t in toks[:i - 1 if future else i] if t.lower_ not in _ADVERBS] or toks[:i]
        if len(left) > 1 and left[0].lower_ in _CLAUSE_OPENERS and conv.enabled("headline-clause-openers", since):
            left = left[1:]     # "As Opposition Supporters Storm ...": the subordinator opens the clause
        if not any(t.is_alpha and t.lower_ not in _BREAKS for t in left) and not left[0].like_num:
            continue
        if lookup(p.cameo).root in _DOER_ROOTS and conv.enabled("headline-nonagents", since) \
                and _disaster_subject(left, since):
            return []           # "Quake Kills Dozens In Eastern Turkey": a disaster, not an attack
        passive = _participle(toks, i) and not right
        if need_actor and not _names_actor(analysis, left, tok):
            continue            # a line opening with a common word whose subject names no actor: no headline read
        if passive:
            by = next((j for j, t in enumerate(toks[i + 1:], start=i + 1) if t.lower_ == "by"), None)
            agent = [t for t in toks[by + 1:] if t.lower_ not in _BREAKS] if by is not None else []
            sources, targets = _side(analysis, agent, tok, sent_index), _side(analysis, left, tok, sent_index)
            if not sources and "passive" not in agentless_forms(p.cameo):
                continue
        else:
            sources, targets = _side(analysis, left, tok, sent_index), _side(analysis, right, tok, sent_index)
            if lookup(p.cameo).root in _PREP_TARGET_ROOTS and not any(t.actor for t in targets) \
                    and conv.enabled("headline-prep-targets", since):
                targets = _prep_target(analysis, toks, i + len(right), tok, sent_index) or targets
            elif lookup(p.cameo).root in _AIM_TARGET_ROOTS and not any(t.actor for t in targets) \
                    and conv.enabled("headline-aim-targets", since):
                aimed = _prep_target(analysis, toks, i + len(right), tok, sent_index, _AIM_PREPS)
                if not aimed and _FIRED_MEANS & _singulars(right) and conv.enabled("headline-weapon-objects", since):
                    targets = []    # "Police Fire Tear Gas ...": the object is what was fired, not at whom
                targets = aimed or targets
        out = []
        when = event_when(analysis, doc, sent_index, tok, "planned" if future else "asserted")
        late_senses = conv.enabled("headline-late-senses", since)
        crowds = noun_sets()["PROTESTERS"] if conv.enabled("headline-crowd-force", since) else ()
        from newsgraph.events.harm_context import crowd_force     # (harm_context imports triggers, which imports us)
        for s in sources or [None]:
            for t in targets or [None]:
                code, rule = p.cameo, f"{p.id}+headline"
                if late_senses:
                    # the senses read on the sides hold for a headline too ("Band Nabs Two Awards": only the
                    # police nab anyone; round 18)
                    sense = sense_of(tok, code, s, t)
                    if sense is not None and sense.condition in LATE_CONDITIONS:
                        if sense.action == "drop" and sense.condition == "source_not" and s is not None \
                                and s.head.lower_ in _STATE_DOERS and (s.actor is None or (
                                    s.span is not None and len(s.actor.name) > s.span[1] - s.span[0])) \
                                and conv.enabled("headline-objects", since):
                            # "Police Nab Suspect": a bare police noun that no actor resolves, or that the
                            # recogniser ran together with the verb and object into one name
                            sense = None
                    if sense is not None and sense.condition in LATE_CONDITIONS:
                        if sense.action == "drop":
                            continue
                        code, rule = sense.action, f"{p.id}+{sense.id}+headline"
                if crowds and (crowd := crowd_force(code, s, tok, crowds)) is not None:
                    code, rule = crowd, f"{rule}+protest-force"     # "Protesters storm parliament": a riot
                out.append((make_event(analysis, sent, sent_index, code=code, rule=rule,
                                       source=s, target=t, cue=cue_span([tok]),
                                       modality="planned" if future else "asserted", when=when,
                                       confidence=confidence.score(p.confidence, code, source=s is not None
                                                                   and s.actor is not None,
                                                                   target=t is not None and t.actor is not None,
                                                                   flat=True),
                                       plover=(p.plover or lookup(code).plover_type, p.mode) if code == p.cameo
                                       else (lookup(code).plover_type, None)), tok))
        return out
    return []


# "Sanders: ..." (convention headline-colon, session 23): how many words a headline's speaker may have
# before the colon ("Mayor Ada Okafor:"), and how many words the line may have in all.
_COLON_NAME_MAX = 4
_COLON_LINE_MAX = 30
_CLAUSE_TAGS = {"VBZ", "VBD", "VBP", "MD"}
_NOT_NAMES = {"PRON", "DET", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "NUM"}
_PLACE_ENTS = ("GPE", "LOC")     # a place alone before a headline's colon labels the story (headline-place-labels)


def _line_bounds(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line that begins at `start`, or None when other words stand before it on its line."""
    before = text.rfind("\n", 0, start)
    if text[before + 1:start].strip():
        return None
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def colon_statement(doc: Doc, analysis: Analysis, sent: Span, sent_index: int,
                    since: frozenset[str] | None = None) -> list[tuple[Event, Token]]:
    """A headline or sub-head of the form "Name: claim" ("Okafor: 'We did nothing wrong'", "Mayor Okafor: the
    bridge will reopen") is the named speaker's statement (010): a line of its own whose first words, names the
    actors stage resolves to an actor, stand before a colon, and whose words after the colon are a clause (a
    finite verb) or a quote. A section label ("Jeb Bush: Student loans") has no clause after its colon and a
    sub-head glued to its paragraph (a line that goes on with more sentences) is no headline (convention
    headline-colon); a place alone before the colon labels the story ("Haiti: gang leader says ..."), unless a
    quotation follows it (convention headline-place-labels, session 39 head43)."""
    text = doc_text(doc)
    bounds = _line_bounds(text, sent.start_char)
    if bounds is None:
        return []
    line = [t for t in doc[sent.start:] if t.idx < bounds[1] and not t.is_space]
    if not line or len(line) > _COLON_LINE_MAX:
        return []
    colon = next((t for t in line[:_COLON_NAME_MAX + 1] if t.text == ":"), None)
    if colon is None or colon.i == line[0].i:
        return []
    name = [t for t in line if t.i < colon.i]
    claim = [t for t in line if t.i > colon.i]
    if not claim or not all(t.text == "." or (t.text[:1].isupper() and t.pos_ not in _NOT_NAMES) for t in name):
        return []       # (a line's lone name is often mistagged, "Sanders:" a plural noun: the actors stage decides)
    if any(t.is_sent_start for t in claim[1:]):
        return []       # the line goes on with more sentences: a sub-head glued to its paragraph
    if not (claim[0].is_quote or any(t.tag_ in _CLAUSE_TAGS or t.pos_ == "AUX" for t in claim)):
        return []       # "Jeb Bush: Student loans": a label, no claim
    speakers = [p for p in _side(analysis, name) if p.actor is not None]
    if not speakers:
        return []
    if not claim[0].is_quote and conv.enabled("headline-place-labels", since) and (
            all(t.ent_type_ in _PLACE_ENTS or t.text == "." for t in name)
            or all(p.actor.kind == "COUNTRY" for p in speakers)):
        return []       # "Haiti: gang leader says ...", "Ukraine: drones hit refinery": a place is the story's dateline
    when = event_when(analysis, doc, sent_index, colon, "asserted")
    conf = confidence.score(0.55, "010", source=True, target=False)
    return [(make_event(analysis, sent, sent_index, code="010", rule="S-headline-colon", source=speakers[0],
                        target=None, cue=cue_span([colon]), modality="asserted", when=when, confidence=conf), colon)]
