"""Document-level entities and mentions, and the table the resolution steps fill (internal to the
actors package).

An `Ent` is one actor of the document under construction (a person, country, organisation or group);
a `Ment` is one reference to one or more of them (a plural mention like "the two leaders" has several).
The `EntityTable` holds both, plus which tokens are already used up, and makes the standard entities
(a country, a country's sector, an office holder from the knowledge base). Every country an entity
gets is set through `Ent.set_country`, which records how it was found (`country_source`) and how sure
that is (`country_confidence`).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newsgraph.actors.document import DocView, home_country
from newsgraph.actors.kb import NamedActor, Office
from newsgraph.actors.people import name_parts
from newsgraph.nlp.cache import span_text

# How sure each way of finding a country is (Actor.country_confidence). A name or the knowledge base
# says it outright; a title or an apposition says it of this person; a place the person is "of" or
# "in" nearly always is theirs; the story's own country is an inference a reader makes from context.
COUNTRY_CONFIDENCE = {
    "name": 0.99,         # the actor is the country, or the text names it with its country ("Russia's army")
    "kb": 0.95,           # the knowledge base: an office holder, an organisation, a capital used as an actor
    "title": 0.9,         # a title with a place or a nationality ("Kenya's interior minister", "Guyanese police")
    "apposition": 0.85,   # "Nadia Cruz, Bolivia's ombudsman"
    "place": 0.8,         # "the mayor of Nablus", "police in Nairobi"
    "employer": 0.75,     # "an adviser to President Zelensky"
    "birth": 0.75,        # "Kenyan-born runner Tom Otieno": where the person was born (round33)
    "sending": 0.85,      # "the ambassador to Britain" -> the country that sent them
    "coreference": 0.8,   # a nominal bound to an earlier mention of a known actor
    "dateline": 0.7,      # a domestic agent in a story filed from a place of that country
    "story": 0.6,         # a domestic agent in a story about one country (scaled by how clear that is)
    "sentence": 0.65,     # a domestic agent in a sentence about a place of one country
}
# the sources by which the text itself says an actor's country (not a coreference, a birthplace, or the story's,
# dateline's or sentence's guess): what the context steps and kin terms trust as said (one set for both)
SAID_COUNTRY_SOURCES = frozenset({"name", "kb", "title", "apposition", "place", "employer", "sending"})


# words before a group's noun that only point at it ("the", "its", "these"): no part of what it is
_POINTERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                       "your", "my", "some", "many", "several", "all", "both", "other"})


def _qualifiers(phrase: str, noun: str) -> frozenset[str]:
    """The words before the noun of a group's description that say which one it is ("interior" in "the
    interior ministry"), without pointers and numbers."""
    words = phrase.lower().split()
    if noun in words:
        words = words[:len(words) - 1 - words[::-1].index(noun)]
    return frozenset(w for w in words if w not in _POINTERS and not w[:1].isdigit())


@dataclass(eq=False)
class Ent:
    """A document-level actor under construction."""

    key: str
    name: str
    kind: str                          # PERSON | COUNTRY | ORG | GROUP
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    head_role: bool = False            # holds (or held) a head-of-state/government office
    office: Office | None = None
    name_parts: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    country_source: str | None = None  # how the country was found (COUNTRY_CONFIDENCE's keys)
    country_confidence: float | None = None
    generic: bool = False              # a kind of actor named by a common noun ("police", "a farmer")
    foreign_to: set[str] = field(default_factory=set)   # countries it is not of ("the envoy to Ukraine")
    foreign: bool = False              # "foreign agents": of no country the story or dateline gives
    one_of: frozenset[str] = frozenset()   # "the Korean government": of one of these countries, if any
    local: bool = False                # known only by this article's description: an actor of this article
    # placed only by a role a predicate says of them ("Obi became mayor of Lagos"): who they are, not where the
    # story happens (story_country.story_evidence leaves them out; round50)
    placed_by_predicate: bool = False

    def __post_init__(self) -> None:
        if self.country and self.country_source is None:
            self.country_source = "name" if self.kind == "COUNTRY" else "kb"
            self.country_confidence = COUNTRY_CONFIDENCE[self.country_source]

    def alias(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text not in self.aliases:
            self.aliases.append(text)

    def set_country(self, iso3: str | None, source: str, confidence: float | None = None) -> None:
        """Give the entity a country, recording how it was found."""
        self.country = iso3
        if iso3 is None:
            self.country_source = self.country_confidence = None
            return
        self.country_source = source
        self.country_confidence = round(confidence if confidence is not None else COUNTRY_CONFIDENCE[source], 2)


@dataclass(eq=False)
class Ment:
    start: int                         # token span [start, end)
    end: int
    head: int                          # token index of the head
    kind: str                          # name | nominal | pronoun | metonym
    label: str                         # PERSON, GPE, NORP, ORG, NOMINAL, PRON, GROUP
    ents: list[Ent]
    sent: int = 0
    subject: bool = False
    in_quote: bool = False
    speaker: bool = False              # subject of a verb of saying ("Lee said", "he told reporters")


class _StartIndex:
    """Mentions sorted by start token, ascending or descending, ties in the order they were added
    (what a stable sort of the mention list gives)."""

    def __init__(self, descending: bool):
        self.sign = -1 if descending else 1
        self.keys: list[tuple[int, int]] = []     # (signed start, order added)
        self.ments: list[Ment] = []

    def add(self, m: Ment) -> None:
        key = (self.sign * m.start, len(self.keys))
        i = bisect.bisect_right(self.keys, key)
        self.keys.insert(i, key)
        self.ments.insert(i, m)

    def beyond(self, token: int):
        """The mentions starting after `token` (ascending) or before it (descending), in order."""
        i = bisect.bisect_left(self.keys, (self.sign * token + 1,))
        ments = self.ments
        return (ments[k] for k in range(i, len(ments)))


# the role of a state's or province's government (group_ent's `region`, nominals.the_state's "the province"),
# by which the events stage tells it apart from its country's other governments (convention regions-apart)
REGIONAL_GOVERNMENT = "regional government"
# a dictionary person whose dated career ended this many years before the article, of a country the text never names,
# is taken for a namesake: the name gives no country (round35)
STALE_YEARS = 25


class EntityTable:
    """The entities and mentions found so far in one document, and the tokens they have used up."""

    def __init__(self, view: DocView):
        self.view = view
        n = len(view.doc)
        self.ents: dict[str, Ent] = {}
        self.ments: list[Ment] = []
        # the mentions ordered by start for `recent` and `following` (ties in the order added), kept
        # as they are added so that neither sorts every mention on every call
        self._newest_first = _StartIndex(descending=True)
        self._oldest_first = _StartIndex(descending=False)
        self._longest = 0                     # tokens of the longest mention so far
        self.taken = bytearray(n)             # tokens inside a name-level mention
        for i, (d, f) in enumerate(zip(view.dateline, view.furniture)):
            self.taken[i] = d or f            # a dateline or a line of page furniture is never an actor
        self.phrase_tokens = bytearray(n)     # tokens used up by a title/nominal phrase
        self.not_person = bytearray(n)        # PERSON entities rejected as places ("Kim Il-sung Square")

    # ------------------------------------------------------------------ entities
    def ent(self, key: str, **kw) -> Ent:
        e = self.ents.get(key)
        if e is None:
            e = self.ents[key] = Ent(key=key, **kw)
        return e

    def country_ent(self, iso3: str) -> Ent:
        kb = self.view.kb
        return self.ent(f"C:{iso3}", name=kb.country_name(iso3) or iso3, kind="COUNTRY", country=iso3)

    def group_ent(self, iso3: str | None, sector: str | None, plural: bool = False,
                  noun: str | None = None, source: str = "title", phrase: str | None = None,
                  new: bool = False, region: str | None = None) -> Ent:
        """A collective actor. With a country it is the country's sector ("Russia media" = RUSMED,
        one actor for "Russian state media", "Russian journalists"...); without one, the text says no
        more than its description, which names it ("Several immigration lawyers", "protesters") and
        makes it this article's own actor (`local`): other articles' protesters are other people.
        A `region` (a state or province the text names) makes its government an actor of its own with the
        country's code: "the B.C. government accused the Alberta government" has two sides (ctry29)."""
        kb = self.view.kb
        cname = kb.country_name(iso3)
        local = False
        if cname and region:
            region = " ".join(region.split())
            name = f"{region} {kb.sector_labels.get(sector or '', 'people')}"
            key = f"G:{iso3}:{sector}:{region.lower()}"
        elif cname:
            name, key = f"{cname} {kb.sector_labels.get(sector or '', 'people')}", f"G:{iso3}:{sector}"
        else:
            # "the protesters" is the group of protesters named before; "people arrested last week"
            # (`new`: no determiner pointing back) may be another group of people
            noun_key = (noun or kb.sector_labels.get(sector or "", "people")).lower()
            name, key, local = phrase or noun_key, f"G:None:{sector}:{noun_key}", True
            if new and key in self.ents and phrase and self.ents[key].name != phrase:
                self.ents[f"{key}:{len(self.ents)}"] = self.ents[key]      # keep the older group
                del self.ents[key]
            elif key in self.ents and phrase:
                # "the interior ministry ... the foreign ministry": a definite phrase whose own modifiers
                # the group named before lacks is another body ("the ministry" alone is the same one)
                mine, theirs = _qualifiers(phrase, noun_key), _qualifiers(self.ents[key].name, noun_key)
                if mine and theirs and not mine <= theirs:
                    key = f"{key}:{' '.join(sorted(mine))}"
                    name = phrase
        e = self.ents.get(key)
        if e is None:
            e = self.ent(key, name=name, kind="GROUP", sector=sector, generic=True, local=local,
                         role=REGIONAL_GOVERNMENT if region and sector == "GOV" else None)
            if iso3:
                e.set_country(iso3, source)
        e.plural = e.plural or plural
        return e

    def office_ent(self, name: str) -> Ent:
        """An office holder from the KB, coded by the term in force on the publication date."""
        e = self.ents.get(f"P:{name.lower()}")
        if e is not None:
            return e
        offices = self.view.kb.offices_for(name)
        e = self.ent(f"P:{name.lower()}", name=offices[0].name if offices else name, kind="PERSON")
        e.name_parts = name_parts(e.name)
        if offices:
            self.apply_offices(e, offices)
        return e

    def named_ent(self, actor: NamedActor, person: bool, name: str | None = None) -> Ent:
        """An actor of the Phoenix dictionaries, coded by its code on the publication date (named `name`
        when given: the KB's name with a legal form the article leaves out)."""
        key = f"N:{actor.id}"
        e = self.ents.get(key)
        if e is not None:
            return e
        code, known = actor.code_on(self.view.day, person)
        e = self.ent(key, name=name or actor.name, kind="PERSON" if person else "ORG")
        e.name_parts = name_parts(e.name)
        if code and person and self._stale_homonym(actor, code[:3]):
            # "Ahmed Osman said" in a story about Sudan: a common name whose dictionary career ended decades before
            # the article, of a country the text never names, is most likely someone else (round35)
            code = None
        if code:
            # a multinational ("MNCDEU" Commerzbank) is a company of its home country: news coders, and the
            # real-news gold, give a company its country
            code = home_country(code) or code
            e.sector = code[3:] or None
            e.set_country(code[:3], "kb", None if known else 0.7)
        return e

    def _stale_homonym(self, actor: NamedActor, iso: str) -> bool:
        """Did the dictionary person's last dated code end STALE_YEARS or more before the article, with its country
        named nowhere in the text (round35)?"""
        day = self.view.day
        ends = [c.end for c in actor.codes if not c.default]
        if day is None or not ends or any(e is None for e in ends) or iso in self.view.context_countries:
            return False
        return (day - max(ends)).days > STALE_YEARS * 365

    def apply_offices(self, e: Ent, offices: list[Office]) -> None:
        kb, day = self.view.kb, self.view.day
        active = [o for o in offices if (o.active(day) if day else o.end is None)]
        if not active and day is None:
            active = sorted(offices, key=lambda o: o.start)[-1:]
        e.gender = e.gender or offices[0].gender
        e.head_role = any(kb.is_head_role(o.role) for o in offices)
        if active:
            o = active[-1]
            e.office, e.sector, e.role = o, o.sector, o.role
            e.set_country(o.country, "kb")
            return
        past = [o for o in offices if o.end is not None and day is not None and o.end <= day]
        o = sorted(past or offices, key=lambda o: o.start)[-1]
        e.office = o
        e.set_country(o.country, "kb")
        if past:
            e.sector, e.role = ("ELI" if o.country not in ("IGO", "NGO") else None), f"former {o.role}"
        else:
            e.sector, e.role = None, None

    # ------------------------------------------------------------------ mentions
    def add(self, start: int, end: int, head: int, kind: str, label: str, ents: list[Ent],
            name_level: bool = True) -> Ment:
        view = self.view
        t = view.toks[head]
        m = Ment(start, end, head, kind, label, ents, sent=view.sent_of[head],
                 subject=view.is_subject(t), in_quote=bool(view.quote[head]), speaker=view.speech_subject(t))
        self.ments.append(m)
        self._newest_first.add(m)
        self._oldest_first.add(m)
        self._longest = max(self._longest, end - start)
        if name_level:
            self.taken[start:end] = b"\x01" * (end - start)
        if kind != "pronoun" and len(ents) == 1:
            ents[0].alias(span_text(view.doc, start, end))
        return m

    def recent(self, ok, before: int, n: int) -> list[Ent]:
        """The n most recently mentioned distinct entities before token `before` that pass `ok`."""
        return self._first_entities(self._newest_first.beyond(before), ok, n)

    def following(self, ok, after: int, n: int) -> list[Ent]:
        """The n first distinct entities mentioned after token `after` that pass `ok`."""
        return self._first_entities(self._oldest_first.beyond(after), ok, n)

    def mentions_before(self, before: int):
        """The mentions starting before token `before`, latest first."""
        return self._newest_first.beyond(before)

    def mentions_after(self, after: int):
        """The mentions starting after token `after`, in text order."""
        return self._oldest_first.beyond(after)

    def latest_before(self, before: int, head_from: int):
        """The mentions starting before token `before`, latest first (ties in the order added), as
        far back as one could still have its head at token `head_from` or later."""
        for m in self._newest_first.beyond(before):
            if m.start + self._longest <= head_from:
                return                        # this and all earlier ones end before head_from
            yield m

    @staticmethod
    def _first_entities(ments, ok, n: int) -> list[Ent]:
        """The first n distinct single-entity mentions' entities, in the given order, that pass `ok`.
        Each entity is tested once (`ok` does not change its mind within a call): a long article
        mentions the same few entities hundreds of times."""
        out: list[Ent] = []
        tried: set[int] = set()
        for m in ments:
            if len(m.ents) != 1:
                continue
            e = m.ents[0]
            if id(e) in tried:
                continue
            tried.add(id(e))
            if ok(e):
                out.append(e)
                if len(out) >= n:
                    break
        return out

    def name_entity_at(self, kinds: tuple[str, ...] = ("name",)) -> dict[int, Ent]:
        """token -> entity of the single-entity name mentions found so far (of those kinds: "metonym" adds
        the capitals and seats used as actors, "the Kremlin")."""
        return {i: m.ents[0] for m in self.ments if len(m.ents) == 1 and m.kind in kinds
                for i in range(m.start, m.end)}
