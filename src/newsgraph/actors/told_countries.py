"""Step 4 of resolution, countries the text itself tells for an actor it did not place in its own words: the
owner of its possessive, a person's home ("lives in Brazil", "fled Syria"), the one office, portfolio, title or
body of that name the text placed ("China's commerce ministry ... The Ministry of Commerce"), the group a people
anaphor re-names, the partitive's whole ("one of the Iranian officials"), the body an officer serves
(`told_country` tries them in turn). Read by context.py before the story's country.
"""
from __future__ import annotations

from newsgraph.actors.document import DocView
from newsgraph.datafile import word_list
from newsgraph.actors.entities import SAID_COUNTRY_SOURCES, Ent, EntityTable, Ment
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.noun_anaphors import PEOPLE_ANAPHORS
from newsgraph.actors.person_camps import close_to
from newsgraph.actors.person_anaphors import PRIVATE_OR_CRIMINAL
from newsgraph.actors.phrases import noun_lemma
from newsgraph.actors.sentence_countries import FLIGHT_VERBS, FOCUS_SENTENCES
from newsgraph.nlp.cache import climb

_GOVERNMENT_NOUNS = frozenset(word_list("kb", "BARE_GOVERNMENT_NOUNS"))
_DOMESTIC_SIDE_SECTORS = frozenset(word_list("kb", "DOMESTIC_SIDE_SECTORS"))
ROLE_COREFERENCE_SENTENCES = 1   # "Russia's ambassador ... / Ambassador Ivan Orlov": this or the next sentence
# bodies whose spokesmen and officials are theirs ("a spokesman for the junta"; round35)
SERVED_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_PORTFOLIO_HEADS = {"ministry", "department"}
_PORTFOLIO_FILLER = {"the", "of", "for", "and", "&", "'s", "\u2019s", "ministry", "department"}


def _portfolio_words(toks) -> frozenset[str] | None:
    """The words that name a ministry's portfolio ("Ministry of Commerce", "China's commerce ministry" ->
    {commerce}); None for a phrase that names no ministry or department."""
    lowers = [t.lower_ for t in toks]
    if not _PORTFOLIO_HEADS & set(lowers):
        return None
    words = frozenset(t.lemma_.lower() for t in toks if t.lower_ not in _PORTFOLIO_FILLER and not t.is_punct
                      and t.ent_type_ not in ("GPE", "NORP") and t.pos_ not in ("DET", "ADP", "CCONJ", "PART"))
    return words or None


def placed_portfolios(view: DocView, table: EntityTable) -> dict[frozenset[str], set[str]]:
    """portfolio words -> the countries of the ministries the text names with them and a country ("China's
    commerce ministry" gives {commerce} -> {CHN})."""
    out: dict[frozenset[str], set[str]] = {}
    for m in table.ments:
        e = m.ents[0] if len(m.ents) == 1 else None
        if e is not None and e.country and e.country not in NON_STATE_COUNTRY:
            words = _portfolio_words(view.doc[m.start:m.end])
            if words:
                out.setdefault(words, set()).add(e.country)
    return out


def same_portfolio(view: DocView, ent: Ent, ments: list[Ment], placed: dict[frozenset[str], set[str]]) -> str | None:
    """The country of the one ministry of the same portfolio the text names with its country (`placed`), for a
    ministry named without one ("the Ministry of Commerce" after "China's commerce ministry")."""
    if ent.kind not in ("ORG", "GROUP"):
        return None
    own = {_portfolio_words(view.doc[m.start:m.end]) for m in ments if m.kind != "pronoun"} - {None}
    if len(own) != 1:
        return None
    countries = placed.get(own.pop(), set())
    return next(iter(countries)) if len(countries) == 1 else None


def role_named_before(table: EntityTable, ent: Ent, ments: list[Ment]) -> str | None:
    """The country of a person named by title alone ("Ambassador Ivan Orlov") when the sentence before or
    their own names a holder of that title with a country and no other country's ("Russia's ambassador"):
    one person, named twice. Two holders of different countries (a summit's ministers) give none, and a holder the
    text names by another name is another person ("a telegram to U.S. President Ben Carr, President Andreas Petrou
    condemned": not the U.S. president; session 47 lead)."""
    if ent.kind != "PERSON" or ent.generic or not ent.role:
        return None
    named = [m for m in ments if m.kind != "pronoun"]
    if not named:
        return None
    first = min(named, key=lambda m: m.start)
    countries = {m.ents[0].country for m in table.ments
                 if len(m.ents) == 1 and m.start < first.start and first.sent - m.sent <= ROLE_COREFERENCE_SENTENCES
                 and m.ents[0] is not ent and m.ents[0].kind == "PERSON" and m.ents[0].role == ent.role
                 and m.ents[0].generic
                 and m.ents[0].country and m.ents[0].country_source in SAID_COUNTRY_SOURCES}
    return countries.pop() if len(countries) == 1 else None


def named_bodies(table: EntityTable) -> dict[str, set[str]]:
    """name of a body -> the countries of the bodies the text names with their country: "the Nigerian
    Senate" gives "senate" -> {NGA}, so that the story's plain "the Senate" is that one."""
    out: dict[str, set[str]] = {}
    for e in table.ents.values():
        if e.kind in ("ORG", "GROUP") and e.country and e.country_source in SAID_COUNTRY_SOURCES \
                and e.country not in NON_STATE_COUNTRY and not e.generic:
            words = e.name.lower().split()
            for n in (1, 2):
                if len(words) > n:
                    out.setdefault(" ".join(words[-n:]), set()).add(e.country)
    return out


def may_be(ent: Ent, iso: str) -> bool:
    """The context may give the entity this country: not one it is said not to be of ("the envoy to Ukraine"),
    and one of those an ambiguous demonym allows ("the Korean government": North or South; session 18)."""
    return iso not in ent.foreign_to and (not ent.one_of or iso in ent.one_of)


def told_country(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment], boss, offices,
                  place_at: dict[int, str]) -> tuple[str, str] | None:
    """(country, how it was found) that the text tells of the entity in one of these ways, the first that gives
    one it may be of (may_be); None when none does. One loop for six steps that each wrote out the same test."""
    person = ent.kind == "PERSON"
    named = person and not ent.generic
    steps = (
        # "sanctions on three Iranian officials ... Reza Karimi, one of the officials, said": one of a group the
        # text placed is of its country (round35)
        (True, "coreference", lambda: _partitive_country(view, table, ent, ments)),
        # "A spokesman for the junta, Colonel Amadou Traore, said": the state body a person speaks or works for,
        # placed by the text ("the ruling junta in Bamako"), not the story's or the dateline's (round35)
        (person, "employer", lambda: _served_body(view, table, boss, ent, ments)),
        # "met Kenya's trade minister ... Trade Minister Joseph Kimotho said": the one office of that portfolio
        # the text placed (session 24)
        (named, "coreference", lambda: _same_office(view, ent, ments, offices)),
        # "A French aid worker was kidnapped ... The worker, Sophie Laurent, had lived in Gao" (round34)
        (named, "coreference", lambda: _described_before(view, table, ments)),
        # "An American tourist was attacked in Cancun. Mexican police said the woman was robbed" (round34)
        (person and ent.generic, "coreference", lambda: _anaphor_described(view, table, ments)),
        # "the girl's mother, Ana Pires, lives in Brazil", "he grew up in his native Ghana" (session 24)
        (named, "place", lambda: _home_country(view, ments, place_at)),
        # "German opposition lawmakers criticised the government": a bare government a domestic side of one
        # country acts upon is that country's (session 45 lead)
        (not person and ent.sector == "GOV", "sentence", lambda: _domestic_sides_government(view, table, ments)),
    )
    for wanted, source, find in steps:
        if wanted:
            iso = find()
            if iso is not None and may_be(ent, iso):
                return iso, source
    return None


def _domestic_sides_government(view: DocView, table: EntityTable, ments: list[Ment]) -> str | None:
    """The country of the domestic side acting on a bare "the government" among these mentions
    (domestic_side_country); None when none does."""
    for m in ments:
        if m.kind == "nominal":
            iso = domestic_side_country(view, table, view.doc[m.head])
            if iso is not None:
                return iso
    return None


def bare_government_verb(head):
    """The verb a bare "the government" (kb word list BARE_GOVERNMENT_NOUNS: no possessor, modifier or phrase of its
    own) is the object of, directly or through a preposition ("protested against the government"); None when the
    head is no bare government or hangs on no verb (read by domestic_side_country and faced_governments.py)."""
    if head.lemma_.lower() not in _GOVERNMENT_NOUNS \
            or any(c.dep_ in ("poss", "prep", "amod", "compound") for c in head.children):
        return None
    verb = head.head if head.dep_ in ("dobj", "obj") else \
        head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def domestic_side_country(view: DocView, table: EntityTable, head) -> str | None:
    """The country of the domestic side (kb word list DOMESTIC_SIDE_SECTORS: opposition, lawmakers, courts,
    unions, the press, citizens) that is the subject of the verb a bare "the government" (kb word list
    BARE_GOVERNMENT_NOUNS) is the object of, directly or through a preposition ("protested against the
    government"); None when the head is no bare government or no such side with a country acts on it. A
    state, a foreign government or an international body acting on "the government" says nothing of whose it
    is."""
    verb = bare_government_verb(head)
    if verb is None:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        for sm in table.ments:
            if not sm.start <= subj.i < sm.end or len(sm.ents) != 1:
                continue
            side = sm.ents[0]
            if side.kind != "COUNTRY" and side.country and side.country not in NON_STATE_COUNTRY \
                    and side.sector in _DOMESTIC_SIDE_SECTORS:
                return side.country
    return None


def _office_words(view: DocView, ent: Ent, m: Ment) -> frozenset[str] | None:
    """The portfolio words before an office's title in a mention ("Kenya's trade minister", "Trade Minister
    Joseph Kimotho" -> {trade}); None when the mention names no portfolio."""
    if not ent.role:
        return None
    role = ent.role.lower().split()[-1]
    toks = list(view.doc[m.start:m.end])
    at = next((i for i, t in enumerate(toks) if t.lower_ == role), None)
    if at is None:
        return None
    words = frozenset(t.lower_ for t in toks[:at] if t.i not in view.country_of and not t.is_punct
                      and t.pos_ not in ("DET", "PART") and t.lower_ not in ("'s", "\u2019s")
                      and t.ent_type_ not in ("GPE", "NORP"))
    return words or None


def placed_offices(view: DocView, table: EntityTable) -> dict[tuple[str, frozenset[str]], set[str]]:
    """(title, portfolio words) -> the countries of the generic offices the text names with a country
    ("Kenya's trade minister")."""
    out: dict[tuple[str, frozenset[str]], set[str]] = {}
    for m in table.ments:
        e = m.ents[0] if len(m.ents) == 1 else None
        if e is None or m.kind == "pronoun" or e.kind != "PERSON" or not e.generic or not e.country \
                or e.country in NON_STATE_COUNTRY or not e.role:
            continue
        words = _office_words(view, e, m)
        if words:
            out.setdefault((e.role.lower(), words), set()).add(e.country)
    return out


def _same_office(view: DocView, ent: Ent, ments: list[Ment], offices) -> str | None:
    """The country of the one generic office of the same title and portfolio the text placed, for a named
    office holder without one (session 24)."""
    if not offices or not ent.role:
        return None
    for m in ments:
        if m.kind == "pronoun":
            continue
        words = _office_words(view, ent, m)
        countries = offices.get((ent.role.lower(), words), set()) if words else set()
        if len(countries) == 1:
            return next(iter(countries))
    return None


HOME_VERBS = {"live", "reside"}
RENAMED_SENTENCES = 3     # how far back "The worker, Sophie Laurent" re-names "a French aid worker" (round34)


def _home_country(view: DocView, ments: list[Ment], place_at: dict[int, str]) -> str | None:
    """The country where the text says a person lives or comes from: the subject of "lives in PLACE" /
    "resides in PLACE", or of a clause naming "his/her native PLACE" (session 24); the subject of "fled
    PLACE" / "escaped from PLACE" (FLIGHT_VERBS, round34: a refugee in Italy who fled Syria is Syrian). A
    visit, a trip or a stay says nothing of it, nor does a flight "to" a place."""
    def country(tok) -> str | None:
        for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat")]:
            if t.i in place_at:
                return place_at[t.i]
        return None
    for m in ments:
        t = climb(view.doc[m.head], ("compound", "flat", "appos"))
        if t.dep_ == "conj" and t.head.dep_ == "nsubj":
            t = t.head              # "she and her sons fled Syria"
        for rel in t.children:
            # "Hamid Rostami, who escaped from Iran in 2017, said ..."
            if rel.dep_ == "relcl" and rel.lemma_.lower() in FLIGHT_VERBS \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
                found = _left_country(rel, place_at)
                if found:
                    return found
        if t.dep_ != "nsubj":
            continue
        verb = t.head
        if verb.lemma_.lower() in FLIGHT_VERBS:
            found = _left_country(verb, place_at)
            if found:
                return found
        if verb.lemma_.lower() in HOME_VERBS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    found = next((c for p in prep.children if p.dep_ == "pobj" and (c := country(p))), None)
                    if found:
                        return found
        for tok in verb.subtree:
            if tok.lower_ == "native" and tok.dep_ == "amod" and \
                    any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.head.children):
                found = country(tok.head)
                if found:
                    return found
    return None


def _described_before(view: DocView, table: EntityTable, ments: list[Ment]) -> str | None:
    """The country of the described person (no name) a named person's definite noun in apposition re-names:
    "A French aid worker was kidnapped ... The worker, Sophie Laurent, had lived in Gao", "A Russian oligarch lost
    his appeal ... Oleg Ivanov, the oligarch," (the same noun within RENAMED_SENTENCES before, with a nationality
    before it), "A British tourist was stabbed ... The man, John Carter, 45" (a word that only says it is a person,
    PEOPLE_ANAPHORS, in that or the previous sentence); the described person's country must come from a
    nationality or a title, not from the story (round34)."""
    for m in ments:
        if m.kind != "name":
            continue
        root = view.doc[m.head]
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ == "NNS" \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                    or any(c.dep_ in ("poss", "amod", "compound", "prep") for c in noun.children):
                continue
            found = _described_country(view, table, noun)
            if found is not None:
                return found
    return None


def _anaphor_described(view: DocView, table: EntityTable, ments: list[Ment]) -> str | None:
    """The nationality of the described person a bare definite "the woman", "the suspect" (PEOPLE_ANAPHORS) or
    "the 24-year-old" re-names in its or the previous sentence, when every such mention of the unplaced person
    agrees ("A Moroccan man was arrested in Madrid. The 24-year-old was detained at his home"); not a noun with
    a clause or phrase of its own ("the woman who attacked him" is someone new; round34)."""
    found = None
    for m in ments:
        if m.kind != "nominal":
            continue
        head = view.doc[m.head]
        if head.tag_ == "NNS" or not (noun_lemma(head) in PEOPLE_ANAPHORS or head.lower_ == "old") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("poss", "amod", "compound", "prep", "relcl", "acl", "appos") for c in head.children):
            return None
        iso = _described_country(view, table, head)
        if iso is None or found not in (None, iso):
            return None
        found = iso
    return found


def _described_country(view: DocView, table: EntityTable, noun) -> str | None:
    """The nationality of the latest described person the definite `noun` re-names (see _described_before)."""
    lemma, sent = noun_lemma(noun), view.sent_of[noun.i]
    found = None
    for other in table.ments:
        if other.start >= noun.i or len(other.ents) != 1 or other.kind != "nominal":
            continue
        e, back = other.ents[0], sent - view.sent_of[other.head]
        if e.kind not in ("PERSON", "GROUP") or not e.generic or e.plural or not e.country \
                or e.country_source not in ("name", "title") or e.sector not in PRIVATE_OR_CRIMINAL:
            continue        # (officials re-named are context's coreference of bodies)
        if back <= RENAMED_SENTENCES and noun_lemma(view.doc[other.head]) == lemma \
                or back <= 1 and (lemma in PEOPLE_ANAPHORS or noun.lower_ == "old"):
            found = e.country          # the latest one
    if found is not None:
        return found
    # a noun the knowledge base does not know as a role makes no actor ("a Russian oligarch"): the same noun
    # with a nationality before it, earlier in the text
    first = view.sent_start[max(0, sent - RENAMED_SENTENCES)]
    for t in view.doc[first:noun.i]:
        if t.pos_ == "NOUN" and t.tag_ != "NNS" and noun_lemma(t) == lemma:
            iso = next((view.country_of[c.i] for c in t.children
                        if c.dep_ in ("amod", "compound") and c.i in view.country_of), None)
            found = iso or found
    return found


def _left_country(verb, place_at: dict[int, str]) -> str | None:
    """The country of the place a verb of flight leaves: its object ("fled Syria") or its "from" phrase
    ("escaped from Eritrea"); the place itself, not a word modifying another noun ("fled a Texas jail")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i in place_at:
            return place_at[c.i]
        if c.dep_ == "prep" and c.lower_ == "from":
            found = next((place_at[p.i] for p in c.children if p.dep_ == "pobj" and p.i in place_at), None)
            if found:
                return found
    return None


def person_from(t) -> bool:
    """Is the place token where a person is from ("Tom Reid, 27, from Leeds"): "from" hung on a noun, not a verb?"""
    t = climb(t, ("compound", "flat"))
    return t is not None and t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.pos_ in ("PROPN", "NOUN", "NUM")


PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "some", "several", "many", "most", "all",
                             "each", "both", "none", "another"})


def _partitive_country(view: DocView, table: EntityTable, ent: Ent, ments: list[Ment]) -> str | None:
    """"one of the officials", "Reza Karimi, one of the officials": the country of the group named before by
    that plural noun (the nearest, within FOCUS_SENTENCES), when the text placed it itself (round35)."""
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        nouns = []
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in PARTITIVE_HEADS:
            nouns.append(head)
        for q in head.children:
            if q.dep_ == "appos" and q.lower_ in PARTITIVE_HEADS:
                nouns += [o for p in q.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
        for o in nouns:
            if o.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in o.children):
                continue
            group = next((b.ents[0] for b in sorted(table.ments, key=lambda b: -b.start)
                          if b.start < o.i and b.kind == "nominal" and len(b.ents) == 1 and b.ents[0] is not ent
                          and b.end <= o.left_edge.i and view.doc[b.head].lemma_ == o.lemma_
                          and 0 <= m.sent - b.sent <= FOCUS_SENTENCES), None)
            if group is not None and group.country and group.country not in NON_STATE_COUNTRY \
                    and group.country_source in SAID_COUNTRY_SOURCES:
                return group.country
    return None


def _served_body(view: DocView, table: EntityTable, boss: dict[int, Ent], ent: Ent, ments: list[Ment]) -> str | None:
    """The country of a placed state body (GOV, MIL, COP, JUD, LEG, SPY) that a person's title serves: "a
    spokesman for the junta", "an official of the military government" (round35); the names stage gives a named
    body's, this one a body the text described and placed ("the ruling junta in Bamako")."""
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "with"):
                continue
            for o in prep.children:
                if o.dep_ != "pobj":
                    continue
                body = boss.get(o.i)
                if body is ent:
                    body = None             # the title's own phrase ("A spokesman for the junta")
                if body is None and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
                    # "... the junta in Bamako ... A spokesman for the junta": the body named before by that noun
                    body = next((b.ents[0] for b in sorted(table.ments, key=lambda b: -b.start)
                                 if b.start < o.i and b.kind == "nominal" and len(b.ents) == 1
                                 and view.doc[b.head].lemma_ == o.lemma_ and m.sent - b.sent <= FOCUS_SENTENCES), None)
                if body is not None and body is not ent and body.generic and body.country \
                        and body.sector in SERVED_SECTORS and body.country not in NON_STATE_COUNTRY \
                        and body.country_source in SAID_COUNTRY_SOURCES:
                    return body.country
    return None


def possessor_country(view: DocView, boss: dict[int, Ent], ent: Ent, ments: list[Ment]) -> str | None:
    """"Foreign Minister Don Hale ... Hale's spokeswoman said": the country of the named person or body
    that possesses a generic officer or group (the names stage gives it when the text places the
    possessor itself; here, when this stage placed it; session 24)."""
    if not ent.generic or not (ent.role or ent.sector):
        return None
    for m in ments:
        if m.kind == "pronoun":
            continue
        head = view.doc[m.head]
        owners = [e for c in head.children if c.dep_ == "poss" for t in c.subtree
                  if (e := boss.get(t.i)) is not None]
        # "Sources close to Aharon", Aharon placed by the story (round50)
        owners += [e for t in close_to(head) if (e := boss.get(t.i)) is not None and e.kind == "PERSON"]
        owner = next((e for e in owners if e is not ent and e.country and e.kind in ("PERSON", "ORG")
                      and not e.generic and e.country not in NON_STATE_COUNTRY), None)
        if owner is not None and may_be(ent, owner.country):
            return owner.country
    return None
