"""Place recognition over a spaCy doc, plus the text cues resolution needs.

- toponyms: spaCy GPE/LOC/FAC entities, NORP demonyms the gazetteer knows ("Turkish"), and
  ORG/PERSON entities that are exactly a country or US state name (the small model mislabels them);
- the dateline ("PYONGYANG, North Korea (AP) —") -> role "dateline";
- "X, Y" and "X in Y" -> Y says where X is (a container);
- "the North" -> the North-named country the article mentions; "the North's capital",
  "the Russian capital", "the capital" -> that country's capital;
- places not in the gazetteer ("Kim Il-sung Square") fall back to the place the text puts them in,
  else the closest earlier city of the article's main country;
- "New York state", "upstate New York", "Buffalo, New York", lists of states -> the state, else
  the city (state_readings); initialisms ("SA", "T&T") -> the country the article names in full;
- capitals and countries used for their governments ("Washington fears", "Moscow said", "ties
  between Moscow and Pyongyang") -> role "metonym", so events do not use them as their place.
`resolve_spans` is the same resolution for given spans (the gold-span evaluation setting).
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc, Span

from newsgraph.datafile import word_list
from newsgraph.geo.data import load_table
from newsgraph.geo.gazetteer import ADMIN1, CAPITAL, CITY, COUNTRY, GeoEntry, Gazetteer, normalise_name
from newsgraph.geo.resolve import LOCAL, Toponym, candidates_for, landmark_heads, resolve
from newsgraph.nlp.cache import children, climb, doc_ents, doc_text, doc_tokens, span_chars, token_pos, token_texts

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LABELS_READ = PLACE_LABELS | {"NORP", "ORG", "PERSON", "LANGUAGE"}     # entity labels find_toponyms looks at
_DATELINE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z.'\u2019\- ]{1,40}?[A-Z.])"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\- ]{1,30}?))?"
    r"\s*(?:\([A-Za-z.\- ]{1,20}\))?\s*(?:\u2014|\u2013|--|-|:)\s")
_CONTAINER_GAP = re.compile(r"\A\s*(?:,|\bin|\bof|\bnear|\boutside|\binside)\s*(?:the\s+)?\Z", re.I)
_COMMA_GAP = re.compile(r"\A\s*,\s*\Z")

# Verbs whose subject, when a capital or country, stands for its government.
METONYM_VERBS = frozenset("""
say tell fear warn accuse announce claim deny want reject condemn urge insist believe hope agree
respond demand threaten vow pledge criticize criticise blame welcome insist argue seek refuse
expect hint signal plan decide consider worry see view call push press insist sanction recognize
recognise protest summon expel retaliate negotiate oppose support back propose offer""".split())
RELATION_NOUNS = frozenset("""relations relation ties talks partnership cooperation alliance
dialogue rift tensions tension rapprochement deal agreement summit""".split())


@functools.lru_cache(maxsize=1)
def _celestial() -> tuple[frozenset[str], re.Pattern]:
    """Body names that are also towns ("Jupiter", "Mars") and a pattern of the words of a space story."""
    rows = load_table("celestial.csv")
    bodies = frozenset(normalise_name(r["word"]) for r in rows if r["kind"] == "body")
    cues = [re.escape(r["word"]) for r in rows if r["kind"] == "cue"]
    return bodies, re.compile(r"\b(?:" + "|".join(cues) + r")(?:s|es)?\b")


def drop_celestial_bodies(text: str, tops: list[Toponym], spans: list) -> tuple[list[Toponym], list]:
    """In a space story, "Jupiter" and "Europa" are the bodies, not the Florida town or the continent's
    namesakes: drop such names unless the text says where they are ("Mars, Pa."). One sense per article.
    `spans` runs parallel to `tops`; container indices (link_containers) are renumbered."""
    bodies, cue = _celestial()
    if not any(normalise_name(t.text) in bodies for t in tops) or not cue.search(text):
        return tops, spans
    keep = [i for i, t in enumerate(tops) if normalise_name(t.text) not in bodies or t.container is not None]
    new_index = {old: new for new, old in enumerate(keep)}
    for i in keep:
        c = tops[i].container
        if c is not None and c >= 0:
            tops[i].container = new_index.get(c)
    return [tops[i] for i in keep], [spans[i] for i in keep]


def detect_dateline(text: str, gaz: Gazetteer) -> tuple[Toponym | None, Toponym | None]:
    """The dateline place (and its region, if written) at the start of an article."""
    m = _DATELINE.match(text)
    if not m:
        return None, None
    city = m.group("city").strip()
    if not city.replace(" ", "").replace(".", "").isupper() or len(city) < 3:
        return None, None
    if not candidates_for(gaz, city):
        return None, None
    t = Toponym(m.start("city"), m.start("city") + len(city), text[m.start("city"):
                m.start("city") + len(city)], kind="dateline")
    region = None
    if m.group("region"):
        r = m.group("region").strip()
        if candidates_for(gaz, r):
            region = Toponym(m.start("region"), m.start("region") + len(r), r)
            t.container = -1        # patched to the region's index by the caller
    return t, region


def resolve_dateline(dateline: tuple[str, str | None], gaz: Gazetteer) -> Toponym:
    """The dateline ingest split off ("Hayward", "Calif."), resolved as a city in its region: a Toponym of
    kind "dateline" with an empty span at 0 (entry None when the gazetteer does not know it)."""
    place, region = dateline
    t = Toponym(0, 0, place, kind="dateline")
    t.city_cue = True
    tmp = [t]
    if region and candidates_for(gaz, region):
        t.container = 1
        tmp.append(Toponym(0, 0, region, admin_cue=True))
    resolve(tmp, gaz)
    return t


def link_containers(text: str, tops: list[Toponym], pattern: re.Pattern = _CONTAINER_GAP) -> None:
    """Mark Y as X's container where the text reads "X, Y" / "X in Y" (spans sorted by start)."""
    for i in range(len(tops) - 1):
        a, b = tops[i], tops[i + 1]
        if a.container is None and pattern.match(text[a.end:b.start] or "x"):
            a.container = i + 1


_ADMIN_BEFORE = re.compile(r"(?:\bupstate|\bstate of|\bGov\.|\b[Gg]overnor)\s+\Z")
_ADMIN_AFTER = re.compile(
    r"\A(?:['\u2019]s)?\s+(?:[Ss]tate\b(?!\s+(?:[Uu]niversity|[Cc]ollege))|Gov\.|[Gg]overnor\b"
    r"|[Ll]egislature\b|[Aa]ttorney [Gg]eneral\b|[Ss]tate [Ss]enate\b|[Aa]ssembly\b)")
_LIST_GAP = re.compile(r"\A\s*(?:,|,?\s+and|,?\s+or)\s*\Z")


def mark_admin_cues(text: str, tops: list[Toponym], dateline: Toponym | None = None) -> None:
    """Names the text reads as a state or province: "upstate New York", "New York state",
    "New York's governor", and a name that says where another place is ("Buffalo, New York";
    not inside a list: "Washington, New York and Boston"). Resolution then keeps the division
    rather than its namesake big city (state_readings). Spans sorted by start."""
    for t in tops:
        if _ADMIN_BEFORE.search(text[max(0, t.start - 20):t.start]) \
                or _ADMIN_AFTER.match(text[t.end:t.end + 30]):
            t.admin_cue = True
    for i, t in enumerate(tops):
        c = t.container
        if c is None or not 0 <= c < len(tops):
            continue
        in_list = c + 1 < len(tops) and _LIST_GAP.match(text[tops[c].end:tops[c + 1].start])
        if not in_list:
            tops[c].admin_cue = True
    for t in tops:       # the dateline ("NEW YORK (AP) -") is a city
        if dateline is not None and t.start == dateline.start:
            t.city_cue = True
        elif re.match(r"\s+City\b", text[t.end:t.end + 6]) \
                or re.search(r"\bcity of\s+\Z", text[max(0, t.start - 10):t.start]):
            t.city_cue = True


def state_readings(text: str, tops: list[Toponym]) -> None:
    """A name that is both a big city and its state ("New York") resolves to the city unless this
    mention has a state cue (mark_admin_cues) or stands in a list of states ("Missouri, New York,
    North Carolina"); spans sorted by start."""
    groups: dict[str, list[Toponym]] = {}
    for t in tops:
        groups.setdefault(normalise_name(t.text), []).append(t)
    for ts in groups.values():     # one sense per discourse, unless the text says "city" too
        if any(t.admin_cue for t in ts) and not any(t.city_cue for t in ts):
            for t in ts:
                t.admin_cue = True
    for i, t in enumerate(tops):
        e = t.entry
        if e is None or e.feature not in (CITY, CAPITAL):
            continue
        if t.admin_cue:      # "Washington state": the namesake state, wherever the city is
            div = next((c for c, _ in t.candidates if c.feature == ADMIN1 and c.country == e.country
                        and normalise_name(c.name) == normalise_name(t.text)), None)
            if div is not None:
                t.entry = div
                continue
        div = next((c for c, _ in t.candidates if c.feature == ADMIN1 and c.country == e.country
                    and c.admin1 == e.admin1), None)
        if div is None:
            continue
        if t.admin_cue:
            t.entry = div
            continue
        nbrs = []
        if i > 0 and _LIST_GAP.match(text[tops[i - 1].end:t.start]):
            nbrs.append(tops[i - 1])
        if i + 1 < len(tops) and _LIST_GAP.match(text[t.end:tops[i + 1].start]):
            nbrs.append(tops[i + 1])
        if nbrs and all(n.entry is not None and n.entry.feature == ADMIN1 for n in nbrs):
            t.entry = div


_INITIALISM = re.compile(r"\A[A-Z](?:[.&]?[A-Z]){1,3}\.?\Z")
_MINOR_WORDS = frozenset("and of the de du la le da do".split())


def initials(name: str) -> str:
    """'Trinidad and Tobago' -> 'TT', 'South Africa' -> 'SA'."""
    return "".join(w[0].upper() for w in re.findall(r"[\w']+", name) if w.lower() not in _MINOR_WORDS)


def expand_initialisms(tops: list[Toponym]) -> None:
    """An initialism ("SA", "T&T", "N.B.") stands for the country or division the same
    article names in full (South Africa, Trinidad and Tobago)."""
    named = {}
    for t in tops:
        e = t.entry
        if e is not None and e.feature in (COUNTRY, ADMIN1) and " " in e.name \
                and not _INITIALISM.match(t.text):
            named.setdefault(initials(e.name), e)
    if not named:
        return
    for t in tops:
        if _INITIALISM.match(t.text):
            e = named.get(re.sub(r"[.&]", "", t.text))
            if e is not None:
                t.entry = e


def resolve_spans(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Toponym]:
    """Resolve given place spans (no recognition) using the text's context."""
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    tops = [Toponym(spans[k][0], spans[k][1], text[spans[k][0]:spans[k][1]]) for k in order]
    link_containers(text, tops, _COMMA_GAP)
    dl, _ = detect_dateline(text, gaz)
    mark_admin_cues(text, tops, dl)
    dateline_entry = None
    if dl is not None:
        tmp = [dl]
        resolve(tmp, gaz)
        dateline_entry = tmp[0].entry
    resolve(tops, gaz, dateline_entry)
    state_readings(text, tops)
    expand_initialisms(tops)
    _fallback(tops)
    back = [None] * len(spans)
    for pos, k in enumerate(order):
        back[k] = tops[pos]
    return back  # type: ignore[return-value]


_CODE_NAME = re.compile(r"[A-Za-z]{1,3}-?\d{1,4}[A-Za-z]?")


def _code_name(text: str) -> bool:
    """Letters and digits in one short word ("M23", "G7", "F-16"): the name of a group, a summit or a
    weapon. Unknown to the gazetteer, it must not take the nearest city of the text as its place
    (_fallback), which gave "M23 rebels" in a Goma story Angola's country from talks in Luanda."""
    return _CODE_NAME.fullmatch(text) is not None


def _fallback(tops: list[Toponym], dateline: Toponym | None = None) -> None:
    """Unresolved names (streets, landmarks, counties, rivers) take their container, else the
    closest city of the text (earlier ones first) among those in the story's main country,
    else the closest region, else country. A dateline ingest split off (`dateline`, not in `tops`)
    counts as one still in the text would: first, at the start (session 38 tgt42: "KYIV - ... captured
    the village of X" took Russia from "Russian troops", "KINSHASA - Rwanda-backed rebels shelled Goma
    airport" Rwanda, and the target of the attack that country)."""
    lead = [dateline] if dateline is not None and dateline.entry is not None else []
    pool = lead + tops
    focus = Counter(t.entry.country for t in pool
                    if t.entry is not None and t.entry.country and t.kind != "demonym")
    main_cc = focus.most_common(1)[0][0] if focus else None
    for i, t in enumerate(tops):
        if t.entry is not None or t.kind in ("demonym", "inner"):
            continue
        target = None
        if t.container is not None and 0 <= t.container < len(tops):
            target = tops[t.container].entry
        if target is None:     # the closest city of the text, earlier ones first
            order = sorted((u for u in pool if u is not t),
                           key=lambda u: (u.entry is None or u.entry.country != main_cc,
                                          abs(u.start - t.start) * (1 if u.start <= t.start else 2)))
            for feats in (LOCAL, (ADMIN1, "region"), (COUNTRY,)):
                for u in order:
                    e = u.entry
                    if e is not None and e.feature in feats and u.kind != "fallback":
                        target = e
                        break
                if target is not None:
                    break
        if target is not None:
            t.entry, t.kind = target, "fallback"


def _trim(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    s, e = span.start, span.end
    doc = span.doc
    toks = doc_tokens(doc)
    if e - s > 1 and toks[s].lower_ == "the":
        s += 1
    if e - s > 1 and toks[e - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        e -= 1
    return doc[s:e]


_TIME_LABELS = ("TIME", "DATE")


def _name_before_time(ent: Span) -> Span | None:
    """"Russia launched two missiles at Kyiv overnight": the recogniser swallowed a name into the time after it
    ("Kyiv overnight", TIME); the proper nouns that open a time or date followed by words that are not names are
    that name, read as a bare name of another label is (a big place or a country or region only; round41)."""
    n = 0
    while n < len(ent) and ent[n].pos_ == "PROPN" and ent[n].text[:1].isupper():
        n += 1
    return ent[:n] if 0 < n < len(ent) and ent[n].pos_ != "PROPN" else None


def _is_metonym(span: Span, entry: GeoEntry | None) -> bool:
    """A capital/country standing for its government: subject of a saying/deciding verb,
    or a party to relations ("ties between Moscow and Pyongyang")."""
    if entry is None or entry.feature not in (COUNTRY, CAPITAL, CITY):
        return False
    root = climb(span.root, ("conj",))
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in METONYM_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("between", "with", "from") \
            and root.head.head.lower_ in RELATION_NOUNS:
        return True
    if entry.feature != COUNTRY and root.dep_ == "poss" and root.head.pos_ == "NOUN" \
            and root.head.lemma_.lower() not in word_list("geo", "POSSESSED_PLACE_NOUNS"):
        return True      # "Washington's allies", "Moscow's decision" (not "at Nairobi's airport": round40)
    return False


def find_toponyms(doc: Doc, gaz: Gazetteer, text: str | None = None,
                  dateline: tuple[str, str | None] | None = None,
                  dateline_in_text: bool = True) -> list[Toponym]:
    """Recognise and resolve the places of a parsed article; each Toponym has role in .kind
    (name | demonym | dateline | fallback | capital_ref) and .metonym set where it applies.
    `text` is doc.text, passed when the caller has it (spaCy rebuilds it on every access).

    `dateline` is the (place, region) ingest split off the article (`Article.dateline_place`): it is
    resolved on its own and is the context of the other names, and the result holds it as a Toponym
    of kind "dateline" with an empty span at offset 0 (it is not in the text). A text that still
    holds its dateline (a gold set's raw text) is read for one when `dateline_in_text`."""
    text = doc.text if text is None else text
    tops: list[Toponym] = []
    spans_for: list[Span | None] = []
    split_off = resolve_dateline(dateline, gaz) if dateline else None
    dl, dl_region = detect_dateline(text, gaz) if dateline_in_text and split_off is None else (None, None)
    taken: list[tuple[int, int]] = []
    if dl is not None:
        tops.append(dl)
        spans_for.append(None)
        taken.append((dl.start, dl.end))
        if dl_region is not None:
            tops.append(dl_region)
            spans_for.append(None)
            taken.append((dl_region.start, dl_region.end))
    doc_chars = doc_text(doc)         # (`text` is the same when given; this is the doc's own)
    # names the recogniser calls a place somewhere in the text: one name, one sense in a story ("the city of
    # Kumasi ... in most streets of Kumasi", the second tagged PERSON)
    place_names = {e.text for e in doc_ents(doc) if e.label_ in PLACE_LABELS}
    surnames = _person_surnames(doc)
    for ent in doc_ents(doc):
        label = ent.label_
        if label in _TIME_LABELS:
            ent = _name_before_time(ent)
            if ent is None:
                continue
        elif label not in _LABELS_READ:
            continue                  # dates, numbers, works of art, ...: never a place here
        span = _trim(ent)
        start_char, end_char = span_chars(doc, span.start, span.end)
        if any(s < end_char and start_char < e for s, e in taken):
            continue
        joined = _joined_name(doc, span, gaz)
        if joined is not None:
            # "Trinidad and Tobago", "Port of Spain": the recogniser cut one name in two at its small word
            span, label = joined, "GPE"
            start_char, end_char = span_chars(doc, span.start, span.end)
            taken.append((start_char, end_char))
        span_text = doc_chars[start_char:end_char]
        t = None
        if label in PLACE_LABELS:
            if _names_a_street(doc, span):
                continue          # "90 Madrid Street": a street named after a city, wherever the text puts it
            if _code_name(span_text) and not gaz.lookup(span_text):
                continue          # "M23 rebels", "G20 leaders": a code name, no place (session 37, left41)
            if _surname_of_person(span, surnames) and not _located_by_preposition(span) and not _big_place(
                    gaz.lookup(span_text)):
                continue      # "Andrew Dunmore ... Dunmore, a native of Ohio, ...": the person again, not a hamlet
            t = Toponym(start_char, end_char, span_text)
        elif label == "NORP" and gaz.demonym(span_text) is not None:
            if span.end < len(doc) and doc[span.end].text in landmark_heads():
                continue          # "Frenchmen Street": a street's name, left to the sweep below
            t = Toponym(start_char, end_char, span_text, kind="demonym")
        elif label in ("ORG", "PERSON") and span[-1].text in landmark_heads():
            t = Toponym(start_char, end_char, span_text)
        elif label in ("ORG", "PERSON", "NORP", "LANGUAGE") + _TIME_LABELS and span_text[:1].isupper():
            # the small model often labels a bare place name ORG ("Edmonton") or PERSON, and now and then
            # LANGUAGE ("Russian missiles hit Odesa port": session 39 tgt43)
            cands = gaz.lookup(span_text)
            big = _big_place(cands)
            if cands and all(e.feature in (COUNTRY, ADMIN1) for e, _ in cands) or (big and (
                    label != "PERSON" or (_located_by_preposition(span) or span_text in place_names)
                    and not _surname_of_person(span, surnames))):
                t = Toponym(start_char, end_char, span_text, candidates=cands)
        if t is not None:
            if len(normalise_name(t.text)) <= 2 and not t.text.isupper():
                continue          # "us", "de": pronouns and particles, not places
            tops.append(t)
            spans_for.append(span)
    for t in _sweep(doc, gaz, [(t.start, t.end) for t in tops] + taken):
        tops.append(t)
        spans_for.append(doc.char_span(t.start, t.end))
    for t in _inner_places(doc, gaz, [(t.start, t.end) for t in tops] + taken):
        tops.append(t)
        spans_for.append(None)
    order = sorted(range(len(tops)), key=lambda k: tops[k].start)
    tops = [tops[k] for k in order]
    spans_for = [spans_for[k] for k in order]
    if dl is not None and dl.container == -1:
        dl.container = next(i for i, t in enumerate(tops) if t is dl_region)
    link_containers(text, tops)
    tops, spans_for = drop_celestial_bodies(text, tops, spans_for)
    mark_admin_cues(text, tops, dl)
    dateline_entry = split_off.entry if split_off is not None else None
    if dl is not None:
        tmp = [Toponym(dl.start, dl.end, dl.text)]
        resolve(tmp, gaz)
        dateline_entry = tmp[0].entry
    resolve(tops, gaz, dateline_entry)
    state_readings(text, tops)
    expand_initialisms(tops)
    _fallback(tops, split_off)        # before the list changes: containers are list indices
    _north_south(tops, gaz, text)
    tops.extend(_capital_refs(doc, text, tops, gaz, dateline_entry))
    if split_off is not None and split_off.entry is not None:
        tops.append(split_off)
    tops.sort(key=lambda t: t.start)
    spans_by_start = {s.start_char: s for s in spans_for if s is not None}
    for t in tops:
        span = spans_by_start.get(t.start)
        t.metonym = bool(span is not None and t.kind == "name" and _is_metonym(span, t.entry))
    return tops


_JOINING_WORDS = frozenset({"and", "of", "the", "de", "del", "da", "do", "du", "la", "&"})


def _joined_name(doc: Doc, span: Span, gaz: Gazetteer) -> Span | None:
    """A longer place name that starts with the recognised one and goes on over small joining words: "Trinidad
    and Tobago", "Bosnia and Herzegovina", "Port of Spain" (the small model tags "Trinidad" and "Port" alone).
    Only a name the gazetteer takes without help (a country, division, capital or large city, `_big_place`)."""
    for end in range(min(len(doc), span.end + 5), span.end + 1, -1):
        added = doc[span.end:end]
        if not added[-1].text[:1].isupper() or not any(t.lower_ in _JOINING_WORDS for t in added) \
                or any(t.is_punct and t.text != "&" or not (t.lower_ in _JOINING_WORDS or t.text[:1].isupper())
                       for t in added):
            continue
        longer = doc[span.start:end]
        if _big_place(gaz.lookup(longer.text)):
            return longer
    return None


def _names_a_street(doc: Doc, span: Span) -> bool:
    """The name is the first part of a street's name: a capitalised street word follows ("Madrid Street")."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and nxt.lower_.rstrip(".") in word_list("geo", "STREET_HEADS")


def _big_place(cands: list[tuple[GeoEntry, bool]]) -> bool:
    """One of the gazetteer's readings is a country, division, capital, region or city of 100,000 or more,
    matched by its name: a reading the sweep would take without the recogniser's help."""
    return any(m and (e.feature in _SWEEP_FEATURES or e.population >= SWEEP_MIN_CITY_POP) for e, m in cands)


def _located_by_preposition(span: Span) -> bool:
    """The name is where something happens: the object of a locative preposition ("detained in Kumasi") or of
    "of" after a settlement noun in one ("in the port city of Kumasi") -- read for a large city the small model
    tagged PERSON, which people's names after "in" seldom are (word lists LOCATIVE_PREPS, SETTLEMENT_NOUNS); or
    the end of a journey ("flew to Buenos Aires": DESTINATION_PREPS after DESTINATION_WORDS)."""
    t = span.root
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in word_list("geo", "SETTLEMENT_NOUNS"):
        t = t.head.head
    if t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ in word_list("geo", "LOCATIVE_PREPS") or (
        prep.lower_ in word_list("geo", "DESTINATION_PREPS")
        and prep.head.lemma_.lower() in word_list("geo", "DESTINATION_WORDS"))


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the text's PERSON names of two words or more ("Ana Kumasi" -> "Kumasi")."""
    return frozenset(e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1)


def _surname_of_person(span: Span, surnames: frozenset[str]) -> bool:
    """A one-word name that ends a longer PERSON name elsewhere in the text ("Ana Kumasi ... Kumasi said") is
    that person's surname, not a place (`surnames`: `_person_surnames` of the doc, gathered once per doc)."""
    return len(span) == 1 and span[0].text in surnames


_SWEEP_FEATURES = (COUNTRY, ADMIN1, CAPITAL, "continent", "region", "ocean")
SWEEP_MIN_CITY_POP = 100_000


def _sweep(doc: Doc, gaz: Gazetteer, covered: list[tuple[int, int]]) -> list[Toponym]:
    """Proper-noun runs the NER missed that name a country, division, capital, region or large
    city exactly (never inside a PERSON/ORG/... entity, whose names often contain places)."""
    text = doc_text(doc)
    toks = doc_tokens(doc)
    blocked = _Blocked(len(text), [(e.start_char, e.end_char) for e in doc_ents(doc)] + covered)
    # capitalised proper nouns, read once from the doc's cached columns
    cap_propn = [p == "PROPN" and w[:1].isupper() for p, w in zip(token_pos(doc), token_texts(doc))]
    out: list[Toponym] = []
    i, n = 0, len(toks)
    while i < n:
        if not cap_propn[i]:
            i += 1
            continue
        j = i
        while j < n and cap_propn[j] and j - i < 4:
            j += 1
        found, end_tok = None, j
        s = toks[i].idx
        for k in range(j, i, -1):          # longest match first
            last = toks[k - 1]
            e = last.idx + len(last.text)
            if blocked.overlaps(s, e):
                continue
            name = text[s:e]
            hits = gaz.lookup(name)
            if _big_place(hits):
                found, end_tok = Toponym(s, e, name, candidates=hits), k
                break
        if found is not None:
            out.append(found)
            blocked.add(found.start, found.end)
        i = end_tok
    return out


class _Blocked:
    """Character ranges [start, end) of a text already taken, for fast overlap tests: a mask of
    the characters, plus any empty or reversed ranges, tested the plain way."""

    def __init__(self, n: int, ranges: list[tuple[int, int]]):
        self.mask = bytearray(n + 1)
        self.odd: list[tuple[int, int]] = []
        for a, b in ranges:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if 0 <= a < b <= len(self.mask):
            self.mask[a:b] = b"\x01" * (b - a)
        else:
            self.odd.append((a, b))

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a non-empty [s, e) overlaps a taken range (`a < e and s < b` for some (a, b))."""
        return 1 in self.mask[s:e] or any(a < e and s < b for a, b in self.odd)


INNER_LABELS = ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW")


def _inner_places(doc: Doc, gaz: Gazetteer, covered: list[tuple[int, int]]) -> list[Toponym]:
    """Well-known places named inside an organisation's or event's name ("The New York Times",
    "Bank of Canada", "Canadian Press"): kind "inner" (or "demonym"), so the article's context
    and the evaluation see them, while the stage does not list them as places of the story."""
    out: list[Toponym] = []
    for ent in doc_ents(doc):
        if ent.label_ not in INNER_LABELS or len(ent) < 2 \
                or any(a < ent.end_char and ent.start_char < b for a, b in covered):
            continue
        i, n = ent.start, ent.end
        while i < n:
            if not doc[i].text[:1].isupper() or doc[i].lower_ == "the":
                i += 1
                continue
            found = None
            for k in range(min(n, i + 4), i, -1):          # longest capitalised run first
                span = doc[i:k]
                if not all(tok.text[:1].isupper() or tok.lower_ in ("of", "and") for tok in span) \
                        or not span[-1].text[:1].isupper():
                    continue
                if gaz.demonym(span.text) is not None:
                    found = Toponym(span.start_char, span.end_char, span.text, kind="demonym")
                else:
                    hits = gaz.lookup(span.text)
                    if any(m and (e.feature in _SWEEP_FEATURES or e.population >= SWEEP_MIN_CITY_POP)
                           for e, m in hits):
                        found = Toponym(span.start_char, span.end_char, span.text, kind="inner",
                                        candidates=hits)
                if found is not None:
                    out.append(found)
                    i = k
                    break
            else:
                i += 1
    return out


def _country_weights(tops: list[Toponym]) -> Counter:
    w: Counter = Counter()
    for t in tops:
        if t.entry is not None and t.entry.country:
            w[t.entry.country] += 1 if t.kind != "demonym" else 0.5
    return w


def _north_south(tops: list[Toponym], gaz: Gazetteer, text: str) -> None:
    """'the North' / 'the South' -> the one North/South-named country the article mentions."""
    named = {t.entry.country: t.entry.name for t in tops
             if t.entry is not None and t.entry.feature == COUNTRY}
    have = {t.start: t for t in tops}
    for m in re.finditer(r"\b[Tt]he (North|South)\b(?![ -][A-Z])", text):
        word = m.group(1)
        hits = [cc for cc, name in named.items() if name.startswith(word + " ")]
        e = gaz.country(hits[0]) if len(hits) == 1 else None
        if e is None:
            continue
        t = have.get(m.start(1))
        if t is None:
            t = Toponym(m.start(1), m.end(1), word, kind="name")
            tops.append(t)
            have[t.start] = t
        if t.end == m.end(1):
            t.entry, t.score = e, 0.0


def _token_indices(doc: Doc, char_starts: set[int]) -> list[int]:
    out = []
    for c in sorted(char_starts):
        span = doc.char_span(c, c + len("capital"))
        if span is not None and len(span) == 1:
            out.append(span.start)
    return out


def _capital_refs(doc: Doc, text: str, tops: list[Toponym], gaz: Gazetteer, dateline=None) -> list[Toponym]:
    """'the North's capital', 'the Russian capital', 'the capital' -> that country's capital. A bare "the capital"
    is the capital of the country whose cities the text names most, the city a story is filed from counting one and
    a half ("NIAMEY - ... rallied outside the French base in the capital": Niamey, though the text names Paris once;
    session 35 lead)."""
    out: list[Toponym] = []
    by_start = {t.start: t for t in tops}
    weights = _country_weights(tops)
    cities = Counter(t.entry.country for t in tops
                     if t.entry is not None and t.entry.feature in (CITY, CAPITAL) and t.entry.country)
    if dateline is not None and dateline.feature in (CITY, CAPITAL) and dateline.country:
        cities[dateline.country] += 1.5
    main = (cities.most_common(1) or weights.most_common(1) or [(None, 0)])[0][0]
    starts = {m.start() for m in re.finditer(r"\bcapital\b", text)}
    if not starts:
        return out
    for tok in (doc[i] for i in _token_indices(doc, starts)):
        if tok.lower_ != "capital" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        left = [c for c in children(tok) if c.i < tok.i]
        if not any(c.lower_ == "the" for c in left) and not any(c.dep_ == "poss" for c in left):
            continue
        cc = None
        for c in left:
            if c.dep_ == "poss":
                t = by_start.get(c.idx)
                cc = t.entry.country if t is not None and t.entry is not None else \
                    (main if c.lower_ in ("country", "nation") else None)
            elif c.dep_ in ("amod", "compound"):
                # the modifier with its own modifiers first: "the North Korean capital"
                phrase = doc[c.left_edge.i:c.i + 1].text
                e = gaz.demonym(phrase) or gaz.demonym(c.text) or \
                    (gaz.lookup(c.text)[0][0] if gaz.lookup(c.text) else None)
                if e is not None and e.feature == COUNTRY:
                    cc = e.country
        if cc is None and all(c.dep_ == "det" for c in left):
            cc = main
        cap = gaz.capital(cc) if cc else None
        if cap is None:
            continue
        start = min([c.idx for c in left if c.dep_ != "det"] + [tok.idx])
        out.append(Toponym(start, tok.idx + len(tok.text), text[start:tok.idx + len(tok.text)],
                           kind="capital_ref", entry=cap))
    return out
