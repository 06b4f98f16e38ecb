"""Event date and place: the time expression and place in the event's sentence, else the
article's publication date and its dateline or main location. Never today's date: no usable date -> None, "unknown"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Token

from newsgraph.datafile import word_list
from newsgraph.records import Analysis, Place
from newsgraph.nlp.cache import climb


@dataclass(frozen=True)
class When:
    """When and where an event happened."""

    date: str | None
    precision: str
    place: Place | None

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


# A time introduced by one of these words anchors something else ("first visit since 2000",
# "talks before the election"); it is not when the event happened.
_REFERENCE_POINT = re.compile(r"\b(?:since|until|till|before|after|prior to|following|ahead of)\s+(?:the\s+|late\s+|early\s+)?$",
                              re.IGNORECASE)
_REFERENCE_WORDS = word_list("patterns", "REFERENCE_WORDS")
# Edges along which a clause without a time of its own takes the time of the clause that governs it
# ("said on Monday that it would hold talks" -> the talks are dated by the statement, not the reverse).
_INHERIT_EDGES = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"}
_CLAUSE_POS = {"VERB", "AUX"}


# an act dated this many calendar years before the story's year is history told as background (gold C12)
HISTORY_YEARS = 2


def is_history(analysis: Analysis, sentence: int, trigger: Token | None) -> bool:
    """The act is dated two or more calendar years before the story's year by a time of its own ("The two
    states cut ties in 1961", "In 2014 the group said ...", "the 2014 invasion" in a 2016 story): background,
    not the story's news (convention history). The time must say when the act was done: hang from the act's
    word, or be an adverbial of its clause or of a clause that governs it ("In 2014 the group said it had put
    ..."). A year that names a thing ("dropped its inquiry into a 2010 allegation"), the time of the words a
    trailing attribution reports ("X happened in 2015, officials said") and a number that counts ("arrested
    2000") do not date the act. The story's year is `story_year`'s (the lead's, when the publication date is
    years after it)."""
    if trigger is None or analysis.article.published is None:
        return False
    doc = trigger.doc
    year = story_year(analysis, doc)
    old: dict[int, bool] = {}       # clause verb -> an old adverbial time hangs from it
    for t, root, verb in old_times(analysis, doc, sentence, year):
        holder = _time_holder(root)
        if holder.i == trigger.i:
            return True     # "the 2014 invasion", "cut ties in 1961"
        if holder.i == verb.i:
            old[verb.i] = True      # an adverbial of the clause: "in 2014", "In September 2017,"
            if _at_the_same_time(verb, _clause_head(trigger)):
                return True         # "were killed when the ship was boarded while trying to sail in May 2010"
    dated = _dated_nouns(analysis, doc, sentence, year)
    if _in_dated_occasion(trigger, dated):
        return True
    if _dated_subject(_clause_head(trigger), dated):
        return True
    node, hops = _clause_head(trigger), 0
    while hops < 6:
        if old.get(node.i):
            return True
        if node.dep_ in ("relcl", "acl", "advcl") and node.head.i in dated:
            return True     # "the siege of 1993, when militias shelled the valley": a clause on a dated event (round 21)
        if node.dep_ not in _INHERIT_EDGES or node.head.i == node.i or _trailing_report(node):
            return False
        node, hops = _clause_head(node.head), hops + 1
    return False


def standing_since(analysis: Analysis, sentence: int, trigger: Token | None) -> bool:
    """The act is told in a perfect whose since-phrase names a time two or more calendar years before the story's
    year: "has been detained since 2019", "had been facing fraud charges since 2016", "kidnappings have become
    common since 2020" -- a state that began long ago and still holds, background, not the story's news (convention
    since-history, round36). "have arrested 40 people since Monday" (a recent start) and a since-phrase on a noun
    ("the first such raid since 2019") are not."""
    if trigger is None or analysis.article.published is None:
        return False
    doc = trigger.doc
    verb = _clause_head(trigger)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    year = story_year(analysis, doc)
    for t in times_in_sentence(analysis.times, sentence):
        value = year_of(analysis, t)
        root = span_root(doc, t.start, t.end)
        if value is None or year - value < HISTORY_YEARS or root is None:
            continue
        prep = root if root.lower_ == "since" else root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "since" and prep.head.i == verb.i:
            return True
    return False


# the subordinating words of a clause whose act happens at the time of the clause it hangs on
_SIMULTANEOUS_MARKS = ("when", "while", "as")


def _at_the_same_time(verb: Token, clause: Token) -> bool:
    """The dated verb hangs below the act's clause only through when / while / as clauses and their infinitives
    ("nine were killed when the ship was boarded while trying to reach Gaza in May 2010"): that time is the act's
    too (session 32). Not an after / before / because clause, whose act is another time's, nor an infinitive of the
    act's own verb ("was alleged to have touched her in 2005": the deed is old, the allegation may be news)."""
    node, hops, last = verb, 0, ""
    while node.i != clause.i and hops < 5:
        if node.dep_ == "xcomp" or (node.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _SIMULTANEOUS_MARKS for c in node.children)):
            node, hops, last = node.head, hops + 1, node.dep_
        else:
            return False
    # the last step into the act's clause is the when-clause: "was alleged to have done it in 2005" dates the deed only
    return last == "advcl" and node.i == clause.i


def _dated_subject(verb: Token, dated: set[int]) -> bool:
    """"The 2010 raid killed nine activists", "the army's 1994 offensive drove them out": a past act whose subject
    is an occasion an old time dates is part of it, so as old (session 32). Not a present or future verb ("the 2015
    accord allows inspections")."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    # a singular noun: "2000 soldiers were deployed" counts the soldiers (the recogniser may read "two thousand" as a year)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in dated and c.tag_ == "NN" for c in verb.children)


# prepositions that place an act inside an occasion ("killed in the fighting of the 1980s", "during the war")
_OCCASION_PREPS = ("in", "during", "amid", "throughout")


def _dated_nouns(analysis: Analysis, doc: Doc, sentence: int, year: int) -> set[int]:
    """The old times of the sentence (two or more years before `year`, whatever they anchor) and the nouns they date
    through an of/in phrase or as a modifier: "the siege of 1993", "the fighting in the 1980s", "the 1994 war"
    (round 21; a count such as "arrested 2000" dates nothing)."""
    out: set[int] = set()
    for t in times_in_sentence(analysis.times, sentence):
        value = year_of(analysis, t)
        root = span_root(doc, t.start, t.end)
        if value is None or year - value < HISTORY_YEARS or root is None or _a_count(t, root):
            continue
        out.add(root.i)
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.pos_ == "NOUN":
            out.add(root.head.head.i)
        elif root.dep_ in ("nummod", "compound", "amod") and root.head.pos_ == "NOUN":
            out.add(root.head.i)
    return out


def _in_dated_occasion(trigger: Token, dated: set[int]) -> bool:
    """"was killed in the fighting in the 1980s", "were shot during the 1994 war": the act is placed in an
    occasion that an old time dates, so it is as old (round 21)."""
    verb = _clause_head(trigger)
    return any(c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS and any(
        o.dep_ == "pobj" and o.i in dated for o in c.children) for c in verb.children)


# nouns and verbs of remembrance: an act they name is the one remembered (word list COMMEMORATIONS)
_COMMEMORATIONS = word_list("patterns", "COMMEMORATIONS")
_COMMEMORATING_VERBS = word_list("patterns", "COMMEMORATING_VERBS")
_CLIMB_EDGES = frozenset({"pobj", "prep", "relcl", "acl", "advcl", "compound", "conj", "appos", "dobj", "obj"})


_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_ORDINAL_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                       "eightieth": 80, "ninetieth": 90, "hundredth": 100})
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ROUND_ANNIVERSARIES = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200}
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_YEARS_COUNT = re.compile(r"^(\d{1,3})-year$")


def _ordinal_value(word: str) -> int | None:
    """25 for "25th", "twenty-fifth" or "25-year"; None for a word that counts no years."""
    word = word.lower()
    found = _ORDINAL_DIGITS.match(word) or _YEARS_COUNT.match(word)
    if found:
        return int(found.group(1))
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _ORDINAL_WORDS and _ORDINAL_WORDS[unit] < 10:
        return _TENS[tens] + _ORDINAL_WORDS[unit]
    return None


def anniversary_years(trigger: Token) -> int | None:
    """How many years ago the act happened when its word is what an anniversary recalls: "the 25th anniversary
    of the bombing" -> 25, "the centenary of the massacre" -> 100, "on the anniversary of the killing" -> None
    (no count given). The act is dated that many years before the story (session 30); whether it is coded is
    left to the other rules, as for any event an anniversary names (convention commemorations)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    noun = trigger.head.head
    lemma = noun.lemma_.lower()
    if lemma in _ROUND_ANNIVERSARIES:
        return _ROUND_ANNIVERSARIES[lemma]
    if lemma != "anniversary":
        return None
    before = noun.doc[noun.left_edge.i:noun.i].text
    for word in re.sub(r"\s*-\s*", "-", before).split():
        value = _ordinal_value(word)
        if value is not None:
            return value
    return None


def _recent_anniversary(noun: Token) -> bool:
    """"the first anniversary", "the six-month anniversary": an act of last year or this year, context the
    story may still code (gold convention C12 counts two or more calendar years as history)."""
    return any(c.lower_ in ("first", "1st") or "month" in c.lower_ or c.lower_ in ("one-year", "1-year")
               for c in noun.subtree if c.i < noun.i)


def commemorated(trigger: Token | None) -> bool:
    """The act is the one a commemoration recalls, retold: the object of a commemorating verb ("gathered to
    commemorate the massacre") or a clause on an anniversary's event ("marked the anniversary of the landings,
    when troops stormed the beaches"): history the story's event remembers, not news (convention
    commemorations). The event noun an anniversary names is left to the other rules ("on the anniversary of a
    teacher's killing, police offered a reward": the gold and the older tests code the killing)."""
    if trigger is None:
        return False
    node, came_by, retold = trigger, None, False
    for _ in range(8):
        lemma = node.lemma_.lower()
        if node.i != trigger.i and lemma in _COMMEMORATIONS and retold and came_by == "prep":
            return not _recent_anniversary(node)
        if node.i != trigger.i and lemma in _COMMEMORATING_VERBS and came_by in ("dobj", "obj"):
            return True
        if node.head.i == node.i:
            return False
        if node.dep_ not in _CLIMB_EDGES:
            return False
        retold = retold or node.dep_ in ("relcl", "acl", "advcl")
        node, came_by = node.head, node.dep_
    return False


# the lead: the sentences that tell the story's news (the text's first: the title is not in it)
LEAD_SENTENCES = 1


def story_year(analysis: Analysis, doc: Doc) -> int:
    """The year of the story's news: the publication year, unless the lead's main clause dates its news two or
    more years earlier -- a lead tells the news, so a publication date that much later is wrong (an archive page stamped
    anew, a crawl date, a --published default) and the lead's latest year counts instead."""
    published = analysis.article.published.year
    cached = doc.user_data.get("_ng_story_year")
    if cached is not None and cached[0] == published:
        return cached[1]
    # only a time of the lead's main clause dates its news ("In 2020 the army attacked ...", "The army attacked
    # ... in 2020, officials said"); one deeper down is background in the lead itself ("suspected of bombing a
    # plane in 1988", "the first visit since they split in 1961"), nor one that names a thing of the main clause
    # ("apologised for the 2010 raid": the raid is old, the apology is the news; session 32)
    lead = [year_of(analysis, t) for sentence in range(LEAD_SENTENCES)
            for t, root, verb in old_times(analysis, doc, sentence, published)
            if (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"))
            and _time_holder(root).i == verb.i]
    lead = [y for y in lead if y]       # ("decades ago" names no year the news could be of)
    year = max(lead) if lead else published
    doc.user_data["_ng_story_year"] = (published, year)
    return year


def _time_holder(root: Token) -> Token:
    """The word a time hangs from as an adverbial: the head of its preposition ("attacked ... in 2020"), else its
    own head ("attacked Monday"; "the 2010 raid" -> the noun "raid", which the time names, not a clause's time);
    "decades ago", "years ago": the time of what "ago" hangs on (round 21)."""
    holder = root.head.head if root.dep_ == "pobj" else root.head
    if holder.lower_ == "ago" and holder.head.i != holder.i:
        holder = holder.head
    return holder


def old_times(analysis: Analysis, doc: Doc, sentence: int, year: int) -> Iterator[tuple[object, Token, Token]]:
    """(time, its root, its clause's verb) for each time of the sentence that says when something was done two
    or more calendar years before `year`: no reference point ("since 2000"), no count ("arrested 2000")."""
    for t in times_in_sentence(analysis.times, sentence):
        value = year_of(analysis, t)
        if value is None or year - value < HISTORY_YEARS:
            continue
        if _REFERENCE_POINT.search(analysis.article.text, max(0, t.start - 24), t.start):
            continue        # "the first visit since 2000"
        found = _anchor(doc, t)
        root = span_root(doc, t.start, t.end)
        if found is None or root is None or _a_count(t, root):
            continue
        yield t, root, found[1]


_AGO = re.compile(r"\s*ago\b", re.IGNORECASE)
# durations with no number that, followed by "ago", reach two or more years back ("years ago", "decades ago")
_LONG_AGO = ("PXY", "PXDE", "PXCE")


def year_of(analysis: Analysis, t) -> int | None:
    """The latest year a time can name: its year, the last year of a decade ("the 1990s", value 199X), or for an
    unnumbered "years / decades / centuries ago" a year far enough back to be history (round 21); None else."""
    value = t.value or ""
    if t.type in ("DATE", "TIME"):
        if value[:4].isdigit():
            return int(value[:4])
        if len(value) == 4 and value[:3].isdigit() and value[3] == "X":
            return int(value[:3] + "9")
        return None
    if t.type == "DURATION" and value in _LONG_AGO and _AGO.match(analysis.article.text, t.end):
        return 0
    return None


# where a bare number stands as a party to the act, it counts people or things, not a year
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "appos", "conj", "npadvmod"})


def _a_count(t, root: Token) -> bool:
    """A bare number the recogniser took for a year that counts ("Police arrested 2000 in Paris", "made 2015
    arrests", "some 2000 protesters"): the act's object or subject, or a number on a noun that no definite
    determiner or possessor leads ("the 2014 invasion", "Russia's 2014 invasion" are years)."""
    if not t.text.strip().isdigit():
        return False        # "in September 2017", "the 1990s": written as a date
    if root.dep_ in _ARGUMENT_DEPS:
        return True
    if root.dep_ == "nummod":
        return not any(c.i < root.i and (c.dep_ == "poss" or (c.dep_ == "det" and (
            "Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
            or (c.lower_ in ("a", "an") and root.head.tag_ == "NN")))) for c in root.head.children)
        # "a 2010 raid" is a year too: a singular noun that "a" leads is not counted (session 32)
    return False


def _trailing_report(node: Token) -> bool:
    """"..., officials said": a clause after a comma that the parse hangs below the words it reports."""
    left = node.left_edge.i
    return node.dep_ in ("ccomp", "parataxis") and node.i > node.head.i and left > 0 and node.doc[left - 1].text == ","


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering [start, end) (cached per doc: every event of a
    sentence asks about the same times and places)."""
    cache = doc.user_data.setdefault("_ng_span_roots", {})
    key = (start, end)
    if key not in cache:
        span = doc.char_span(start, end, alignment_mode="expand")
        cache[key] = span.root if span is not None and len(span) else None
    return cache[key]


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself when it is a verb)."""
    node, hops = tok, 0
    while node.pos_ not in _CLAUSE_POS and node.head.i != node.i and hops < 12:
        node, hops = node.head, hops + 1
    return node


def _anchor(doc: Doc, t) -> tuple[set[int], Token] | None:
    """(tokens the time expression hangs from up to its clause's verb, that verb); None when the time
    is a reference point ("since 2022", "before the election") rather than when something happened."""
    root = span_root(doc, t.start, t.end)
    if root is None:
        return None
    node, path, hops = root, set(), 0
    while node.head.i != node.i and hops < 12:
        if node.dep_ == "pobj" and node.head.lower_ in _REFERENCE_WORDS:
            return None
        node, hops = node.head, hops + 1
        path.add(node.i)
        if node.pos_ in _CLAUSE_POS:
            break
    return path, node


def _usable(analysis: Analysis, t, modality: str, pub: str | None) -> str | None:
    if not t.value or t.type not in ("DATE", "TIME"):
        return None
    value = t.value[:10]
    if not _DATE.match(value):
        return None
    if modality in ("asserted", "negated") and pub is not None and value > pub[: len(value)]:
        return None     # an event that already happened cannot take a date after publication
    if _REFERENCE_POINT.search(analysis.article.text, max(0, t.start - 24), t.start):
        return None     # "his first visit since 2000": a reference point, not the event's date
    return value


_by_sentence: tuple[list, int, dict[int, list]] | None = None   # (times list, its length, sentence -> times)


def times_in_sentence(times: list, sentence: int) -> list:
    """The times of one sentence, in their order. The index by sentence is built once per
    document's list of times (the last one asked about), where filtering the whole list for
    each event was quadratic on a long article."""
    global _by_sentence
    cached = _by_sentence        # (one read: another thread may replace it meanwhile)
    if cached is None or cached[0] is not times or cached[1] != len(times):
        index: dict[int, list] = {}
        for t in times:
            index.setdefault(t.sentence, []).append(t)
        cached = _by_sentence = (times, len(times), index)
    return cached[2].get(sentence, [])


def event_date(analysis: Analysis, sentence: int, char: int, modality: str = "asserted",
               trigger: Token | None = None) -> tuple[str | None, str]:
    """(ISO value, precision) for an event whose cue starts at `char` in `sentence`.

    With the trigger token, a time counts only when it hangs from the event's own word or clause
    ("visited Moscow in July"; "the arrest on Monday"), or from a clause governing it when the event's
    clause has none ("said on Monday that police had arrested"); a time attached to another clause or
    to a reference point ("his first trip since the invasion in 2022") does not date the event. Without
    a trigger, the time nearest the cue in the sentence. Else the publication date; else unknown."""
    published = analysis.article.published
    pub = published.isoformat()[:10] if published is not None else None
    years = anniversary_years(trigger) if trigger is not None and published is not None else None
    if years is not None:
        # "the 25th anniversary of the bombing": that many years before the story's year (session 30)
        return f"{story_year(analysis, trigger.doc) - years:04d}", "year"
    times = [(t, v) for t in times_in_sentence(analysis.times, sentence)
             for v in (_usable(analysis, t, modality, pub),) if v]
    if times and trigger is not None:
        found = _attached_time(trigger, times)
        if found:
            return found, _PRECISION[len(found)]
    elif times:
        value = min(times, key=lambda tv: abs(tv[0].start - char))[1]
        return value, _PRECISION[len(value)]
    if pub is not None:
        return pub, "day"
    return None, "unknown"


def _attached_time(trigger: Token, times: list) -> str | None:
    """The value of the time attached to the trigger's clause, else to the nearest governing clause."""
    doc = trigger.doc
    by_verb: dict[int, list[tuple[int, str]]] = {}
    for t, value in times:
        found = _anchor(doc, t)
        if found is None:
            continue
        path, verb = found
        if trigger.i in path:
            return value       # the time hangs from the trigger itself ("the July visit")
        by_verb.setdefault(verb.i, []).append((abs(t.start - trigger.idx), value))
    node, hops = _clause_head(trigger), 0
    while hops < 6:
        if node.i in by_verb:
            return min(by_verb[node.i])[1]
        if node.dep_ not in _INHERIT_EDGES or node.head.i == node.i:
            return None
        node, hops = _clause_head(node.head), hops + 1
    return None


_LOCATIVE = word_list("patterns", "LOCATIVE")


def _locative(doc: Doc, place: Place, trigger: Token | None) -> bool:
    """The place is where something happens ("met in Pyongyang", "the main square of Pyongyang"
    after a verb), not part of an argument ("Putin of Russia", "operations in Ukraine")."""
    tok = span_root(doc, place.start, place.end)
    if tok is None:
        return False
    for _ in range(6):
        tok = climb(tok, ("compound", "appos", "conj"))
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in _LOCATIVE:
            host = prep.head
            if _describes_a_noun(host, trigger):
                return False
            # the trigger's own object may hold the place too ("held drills around the island": the drills are
            # where the event is; session 36 lead)
            return host.pos_ in ("VERB", "AUX") or (trigger is not None and (
                host.i == trigger.i or (host.dep_ == "dobj" and host.head.i == trigger.i)))
        if prep.lower_ != "of":
            return False
        tok = prep.head          # "the main square of Pyongyang": climb to "square"
    return False


def _describes_a_noun(host: Token, trigger: Token | None) -> bool:
    """The place phrase hangs on a verb that only describes a noun of another clause ("expelled two
    diplomats after they met exiles living in Sao Paulo"): where those people live is not where the
    event happened (session 37, left41). A clause on the trigger itself ("the talks held in Doha") or
    holding it still places it."""
    if trigger is None or host.pos_ not in ("VERB", "AUX") or host.dep_ not in ("acl", "relcl"):
        return False
    return host.i != trigger.i and host.head.i != trigger.i and trigger not in host.subtree


_CONTRASTIVE = word_list("patterns", "CONTRASTIVE_SUBORDINATORS")
_OWN_SUBJECTS = ("nsubj", "nsubjpass")


def other_doers_place(doc: Doc, place: Place, trigger: Token) -> bool:
    """The place is named in a clause of another doer set beside the trigger's by "while" or "whereas" ("Israel
    bombed the camp while Hamas fired rockets at Ashkelon"): what the other side did there says nothing of whom
    the trigger's act reached (session 40 left44). A clause of time ("when protesters gathered in Lima") is the
    same scene and still places the act."""
    tok = span_root(doc, place.start, place.end)
    host, anchor = _clause_verb_of(tok), _clause_verb_of(trigger)
    if host is None or anchor is None or host.i == anchor.i:
        return False
    inner, outer = (host, anchor) if host.head.i == anchor.i else (anchor, host)
    if inner.dep_ != "advcl" or inner.head.i != outer.i \
            or not any(c.dep_ == "mark" and c.lower_ in _CONTRASTIVE for c in inner.children):
        return False
    return all(any(c.dep_ in _OWN_SUBJECTS and c.tag_ not in ("WDT", "WP") for c in v.children) for v in (inner, outer))


def _clause_verb_of(tok: Token | None) -> Token | None:
    """The nearest verb at or above `tok` (the verb of the clause it stands in), None if there is none."""
    for _ in range(10):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def article_place(analysis: Analysis) -> Place | None:
    """The article's dateline or main location, as the geo stage determined it."""
    main = analysis.context.main_place
    if main is not None and (main.lat is not None or main.country is not None):
        return main
    return None


def local_event_place(analysis: Analysis, sentence: int, char: int, doc: Doc | None = None,
                      destination: Token | None = None, trigger: Token | None = None) -> Place | None:
    """A locative place in the event's sentence nearest the cue (towns before countries), else
    the destination of a visit ("moves on to Vietnam"); None when the sentence names neither."""
    best = None
    for p in analysis.places:
        if p.sentence != sentence or p.role == "metonym" or (p.lat is None and p.country is None):
            continue
        if doc is not None and not _locative(doc, p, trigger):
            continue
        rank = (1 if p.feature == "country" else 0, abs(p.start - char))
        if best is None or rank < best[0]:
            best = (rank, p)
    if best is not None:
        return best[1]
    if destination is not None:
        for p in analysis.places:
            if p.start <= destination.idx < p.end and p.role != "metonym":
                return p
    return None


def event_when(analysis: Analysis, doc: Doc, sentence: int, trigger: Token, modality: str) -> When:
    """Date (see event_date) and place (the sentence's locative place, else the article's dateline or
    main location) of an event whose cue is `trigger`."""
    date, precision = event_date(analysis, sentence, trigger.idx, modality, trigger)
    place = local_event_place(analysis, sentence, trigger.idx, doc, None, trigger) or article_place(analysis)
    return When(date, precision, place)
