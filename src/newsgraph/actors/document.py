"""What the actors resolver reads about one document, computed once and never changed afterwards:
tokens and sentences, which tokens are quoted or part of a dateline, the knowledge-base names in the
text (countries, demonyms, capitals, organisations, office holders) and the places the geo stage found.

Every step of resolution (names.py, nominals.py, pronouns.py, context.py) reads a `DocView`; what the
steps build is kept in the `EntityTable` (entities.py).
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.kb import KB, NON_STATE_COUNTRY, _norm
from newsgraph.actors.matcher import KBMatch, find_kb_matches
from newsgraph.actors.phrases import state_body_sector
from newsgraph.datafile import word_list
from newsgraph.actors.body_names import with_whole_body_names
from newsgraph.actors.kb_person_spans import whole_kb_person_names
from newsgraph.actors.name_descriptors import described_orgs
from newsgraph.nlp.cache import (children, climb, doc_ents, doc_sents, doc_text, doc_tokens, token_deps, token_lowers,
                                 token_pos, token_starts, token_tags, token_texts, tokens_by_start)
from newsgraph.quotes.marks import quote_mask
from newsgraph.records import STATE_SECTORS

SUBJ = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}
QUOTE_CHARS = ('"', "\u201c", "\u201d", "``", "''")
# "<country>-backed rebels": words after a hyphen that make the country a sponsor, not a nationality
BACKING = {"backed", "led", "supported", "sponsored", "funded", "allied", "aligned", "armed", "trained",
           "based", "brokered", "bound", "controlled", "held", "occupied", "friendly"}


# a photo caption ends with its credit in parentheses: "... in Halifax. (THE WIRE AGENCY FILE PHOTO)",
# "... on Monday. (Lauren Pelley / CBC News)"
_CREDIT_TAIL = re.compile(r"\(\s*(?:[^()]*/[^()]*|[A-Z .'-]*\bPHOTO\b[A-Z .'-]*)\)\s*$")


def furniture_line(body: str) -> bool:
    """A whole line (stripped) of page furniture, a photo caption closed by its credit or a link teaser, as
    `DocView._furniture_mask` reads an uncleaned text: nothing in it is an actor of the story, nor an act of it
    (events/caption_lines.py, session 44 left48)."""
    from newsgraph.ingest.patterns import default_patterns
    from newsgraph.quotes.lexicon import cues

    if not body or len(body) > 500:
        return False
    pats = default_patterns()
    return (body.lower().startswith(tuple(cues()["skip_line"]))
            or any(p.regex.fullmatch(body) for p in pats.line)
            or any(p.regex.search(body) for p in (*pats.caption, *pats.credit))
            or bool(_CREDIT_TAIL.search(body)))


# prepositions after which a country's name is the country even where a person of that first name is named
PLACE_PREPOSITIONS = word_list("geo", "LOCATIVE_PREPS") | {"to", "from", "into", "at", "within"}
DEMONYM_GIVEN_NAMES = word_list("patterns", "DEMONYM_GIVEN_NAMES")
# geo features of a town or region a country's name can also be ("Lebanon, Indiana"; `DocView.state_country`)
NAMESAKE_FEATURES = ("admin1", "admin2", "city")


def _state_body_or_company(code: str) -> bool:
    """A KB organisation that is a body of one state (a central bank, an agency, a security service) or a
    company of one home country ("DEUBUS" Volkswagen, companies.csv) -- not a party or an armed group,
    whose names other countries' parties and groups share ("Democratic Party" inside Nigeria's "Peoples
    Democratic Party"), nor a news outlet."""
    return code[:3] not in NON_STATE_COUNTRY and (code[3:6] in STATE_SECTORS or code[3:6] == "BUS")


def home_country(code: str | None) -> str | None:
    """The home-country company code of a Phoenix multinational ("MNCDEU" -> "DEUBUS"), else None."""
    if code and code.startswith("MNC") and len(code) >= 6 and code[3:6].isalpha() \
            and code[3:6] not in NON_STATE_COUNTRY:
        return code[3:6] + "BUS"
    return None


def hashtag_word(tok: Token) -> bool:
    """"#Justdoit", "#MeToo": the word of a hashtag (the tokenizer splits off the "#") is a tag, no name or
    speaker (session 24)."""
    if tok.i == 0:
        return False
    mark = tok.doc[tok.i - 1]
    return mark.text == "#" and mark.idx + 1 == tok.idx


def _hashtag(ent: Span) -> bool:
    """A name the recogniser found in a hashtag."""
    return hashtag_word(ent[0])


def _with_whole_company_names(ents: list[Span], kb: KB) -> list[Span]:
    """"Orion LLC", "Chrysler LLC": the recogniser may tag the legal form alone as the organisation (or the
    name and the form as two), which made "LLC" the actor. An ORG span of one legal form takes in the
    capitalised proper nouns just before it, and an organisation named right before it (session 23)."""
    out: list[Span] = []
    for e in ents:
        if e.label_ == "ORG" and len(e) == 1 and kb.is_legal_form(e[0].text) and e[0].text[:1].isupper():
            doc, start = e.doc, e.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].ent_type_ in ("", "ORG") and doc[start - 1].is_alpha:
                start -= 1
            if start < e.start:
                while out and out[-1].end > start:
                    out.pop()           # "[Chrysler] [LLC]": one name
                out.append(Span(doc, start, e.end, label="ORG"))
                continue
        out.append(e)
    return out


@dataclass
class DocView:
    doc: Doc
    kb: KB
    day: dt.date | None                       # publication date: dated roles follow it
    places: list = field(default_factory=list)   # the geo stage's Place records (may be empty)
    main_place: object | None = None          # the geo stage's dateline or main place
    dateline_place: str | None = None         # the dateline ingest split off the text, when it did
    dateline_region: str | None = None        # the state or country written with it ("Ga." in "ATHENS, Ga. -")
    title: str | None = None                  # the article's headline (not part of the text)

    def __post_init__(self) -> None:
        doc, kb = self.doc, self.kb
        self.text = doc_text(doc)
        self.toks: list[Token] = doc_tokens(doc)
        # per-token strings read once per doc (nlp/cache.py), for the loops over every token
        self.lowers, self.pos, self.tags, self.deps, self.texts = (
            token_lowers(doc), token_pos(doc), token_tags(doc), token_deps(doc), token_texts(doc))
        self.ents: list[Span] = with_whole_body_names(
            doc, described_orgs(doc, _with_whole_company_names([e for e in doc_ents(doc) if not _hashtag(e)], kb)))
        self.sent_of = [0] * len(doc)
        self.sent_root: list[Token] = []
        self.sent_start: list[int] = []
        for si, s in enumerate(doc_sents(doc)):
            self.sent_root.append(s.root)
            self.sent_start.append(s.start)
            self.sent_of[s.start:s.end] = [si] * (s.end - s.start)
        self.quote = quote_mask(self.texts, QUOTE_CHARS)
        self.dateline = self._dateline_mask()
        self.furniture = self._furniture_mask()
        inner: list[KBMatch] = []
        self.kbm: list[KBMatch] = find_kb_matches(doc, inner=inner, tokens=self.toks)
        self.ents = whole_kb_person_names(doc, self.ents, self.kbm)     # "[Imran] [Khan]": the KB's whole name (round47)
        first_names = self._person_first_names()
        if first_names:
            # (a country the text also names as a place or by its people's adjective is the country throughout:
            # "Israel Katz" in a story that says "in Israel" or "Israeli" leaves "Israel" Israel)
            placed = {m.key for m in self.kbm if m.kind == "D" or (m.kind == "C" and self._after_place_word(m))}
            self.kbm = [m for m in self.kbm if m.key in placed or not self._first_name_not_country(m, first_names)]
        self.kbm_tokens = frozenset(i for m in self.kbm for i in range(m.start, m.end))
        # tokens of country names, demonyms, capitals and seats ("pro-Russia", "Kremlin")
        self.country_name_tokens = frozenset(i for m in self.kbm if m.kind in ("C", "D", "M")
                                             for i in range(m.start, m.end))
        # token -> ISO3 (or IGO) of names that say whose a phrase is: countries and demonyms ("Kenyan
        # police", "Russia's army"), capitals and seats of government ("Kremlin spokesman", "White House
        # press secretary"), international organisations ("UN envoy"; `org_code_of` keeps their code) --
        # not names that only say what it is about or who backs it ("a China expert", "Turkey-backed")
        self.country_of: dict[int, str] = {}
        self.org_code_of: dict[int, str] = {}
        # tokens of a demonym that opens a person's name ("Dane Waters"): part of the name (session 27)
        self.given_name_demonyms: frozenset[int] = frozenset(
            i for m in self.kbm if self.demonym_given_name(m) for i in range(m.start, m.end))
        # tokens of a region's adjective ("Victorian"): they place the phrase they modify, nothing else
        self.regional: frozenset[int] = frozenset(
            i for m in self.kbm if m.kind == "D" and self.is_regional(m) for i in range(m.start, m.end))
        for m in [*inner, *self.kbm]:
            if self._modifier_only(m):
                continue
            if m.kind in ("C", "D"):
                iso = m.key
                if m.kind == "C" and self._state_namesake(m, iso):
                    continue            # "Atlanta, Georgia": the US state the geo stage read, not the country
                if m.kind == "C" and (state := self.state_country(m, iso)):
                    iso = state         # "Georgia businessman X" where the geo stage read the US state (round27)
            elif m.kind == "M":
                iso = kb.metonyms[m.key].iso3
                if self._qualified_namesake(m, iso):
                    continue            # "Paris, Texas": a namesake town, no seat of France's government
                if self.seat_of_a_body(m):      # "State Department experts": staff of the body (USAGOV)
                    for i in range(m.start, m.end):
                        self.org_code_of[i] = iso + kb.metonyms[m.key].sector
            elif m.kind == "O" and kb.orgs[m.key].code.startswith("IGO"):
                iso = "IGO"
                for i in range(m.start, m.end):
                    self.org_code_of[i] = kb.orgs[m.key].code
            elif code := self._staff_code(m):
                # "CDC director", "an FSB officer", "a NASA scientist", "Commerzbank analyst X": the body's or
                # company's country (and, for a title that does not fix it, its sector)
                iso = code[:3]
                for i in range(m.start, m.end):
                    self.org_code_of[i] = code
            else:
                continue
            for i in range(m.start, m.end):
                self.country_of[i] = iso
        # (not a region's adjective: a "Victorian terrace" in a London story says nothing of Australia)
        self.context_countries = frozenset(iso for i, iso in self.country_of.items() if i not in self.regional)
        self._place_ents: list[Span] | None = None

    def _person_first_names(self) -> frozenset[str]:
        """First words of the people named in full ("Georgia Stevens", "Jordan Miles")."""
        return frozenset(e[0].text for e in self.ents if e.label_ == "PERSON" and len(e) >= 2
                         and e[0].text[:1].isupper())

    def _first_name_not_country(self, m: KBMatch, first_names: frozenset[str]) -> bool:
        """A country's name alone that is the first name of a person the story names in full ("Georgia
        Stevens ... Georgia's father said"): that person, no country, when the text never names the country as
        a place or by its adjective (session 22)."""
        return m.kind == "C" and m.end == m.start + 1 and self.toks[m.start].text in first_names

    def _after_place_word(self, m: KBMatch) -> bool:
        """A country's name governed by a place preposition ("moved to Georgia", "in Jordan")."""
        tok = self.toks[m.end - 1]
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS

    def _state_namesake(self, m: KBMatch, iso: str) -> bool:
        """A country's name that the geo stage read as a state or province of another country, the container
        of a town before it ("Athens, Georgia")."""
        return m.start > 1 and self.toks[m.start - 1].text == "," \
            and self._placed_elsewhere(self.toks[m.start].idx, iso, ("admin1",))

    def state_country(self, m: KBMatch, iso: str) -> str | None:
        """The country of a state or province the geo stage read at a country's name ("Georgia businessman
        X" in a story it places in the US: the state, not the Caucasus country; round27), else None."""
        start = self.toks[m.start].idx
        here = next((p.country for p in self.places if p.start == start and p.role == "place" and p.country
                     and p.country != iso and p.feature == "admin1"), None)
        return here or self._read_elsewhere(m, iso, NAMESAKE_FEATURES)

    def _read_elsewhere(self, m: KBMatch, iso: str, features: tuple[str, ...]) -> str | None:
        """A country's name in a text where the geo stage read that name, every time it read it, as a place of
        one other country of the kinds in `features`: that country, as a reader takes the same name twice the
        same way -- also where the geo stage did not read it (inside an organisation's name: "the Georgia State
        Ethics Commission", "Georgia Republicans" read as the US state: session 49; "the Lebanon street
        superintendent" in a story of the Indiana town: session 50). Not when any reading is the country."""
        name = " ".join(t.text for t in self.toks[m.start:m.end]).lower()
        reads = [p for p in self.places if p.name.lower() == name]
        if not reads or any(p.role not in ("place", "metonym") or p.feature not in features or not p.country
                            or p.country == iso for p in reads):
            return None
        if any(p.feature != "admin1" for p in reads) and {p.country for p in reads} & self.named_countries:
            return None     # "Canada, Mexico and Brazil" read as a town of Mexico: a list of countries, not a town
        countries = {p.country for p in reads}
        return next(iter(countries)) if len(countries) == 1 else None

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """The countries the text names by their own name."""
        return frozenset(m.key for m in self.kbm if m.kind == "C")

    def _qualified_namesake(self, m: KBMatch, iso: str) -> bool:
        """A capital's name that the text qualifies with a state or country of another country ("Paris, Texas",
        "Athens, Ga."), as the geo stage read it: a town of that country."""
        toks = self.toks
        if m.end + 1 >= len(toks) or toks[m.end].text != ",":
            return False
        return self._placed_elsewhere(toks[m.end + 1].idx, iso, ("admin1", "country"))

    def _placed_elsewhere(self, start: int, iso: str, features: tuple[str, ...]) -> bool:
        """The geo stage placed a region or country of another country than `iso` at char `start`."""
        return any(p.start == start and p.role == "place" and p.country and p.country != iso
                   and p.feature in features for p in self.places)

    def national_body_country(self, noun: Token) -> str | None:
        """"the spokeswoman for the Kenyan interior ministry", "an aide at the French embassy": a body noun
        of the vocabulary (a group of a state sector) that a country's name or demonym modifies is that
        country's body (not "a professor of Russian history": history is no body; nor a region's
        adjective, regional). Session 24; a DocView method since session 27, read by employers and nominals."""
        if state_body_sector(self.kb, noun) is None:
            return None
        return next((self.country_of[c.i] for c in children(noun)
                     if c.dep_ in ("amod", "compound") and c.i in self.country_of and c.i not in self.regional
                     and self.country_of[c.i] != "IGO"), None)

    def _staff_code(self, m: KBMatch) -> str | None:
        """The code whose country and sector the staff of a KB name take: a curated state body or company
        ("the Bundesbank's president", "Nissan spokesman X"), a Phoenix multinational's home country
        ("Commerzbank analyst X": DEUBUS), or a state body or company of the Phoenix tables ("a NASA
        scientist"); None for anything else (IGOs, parties, armed groups, outlets, dated office holders)."""
        kb = self.kb
        if m.kind == "O":
            code = kb.orgs[m.key].code_on(self.day)
            return code if _state_body_or_company(code) else None
        if m.kind == "P" and not kb.named[m.key].dated:
            code = kb.named[m.key].code_on(self.day, False)[0]
            return home_country(code) or (code if code and _state_body_or_company(code) else None)
        return None

    def is_regional(self, m: KBMatch) -> bool:
        """Is the demonym match a region's adjective (region_demonyms.csv), not a country's?"""
        return _norm(" ".join(t.text for t in self.toks[m.start:m.end])) in self.kb.region_demonyms

    def _modifier_only(self, m: KBMatch) -> bool:
        """'Turkey-backed rebels', 'US-led coalition' (the backer, not the rebels' country) and 'a China
        expert', 'the Ukraine specialist' (the subject of expertise, not a nationality)."""
        if m.kind not in ("C", "D", "M", "O"):
            return False
        toks, n = self.toks, len(self.toks)
        if m.start >= 2 and toks[m.start - 1].text in ("-", "\u2013") and toks[m.start - 2].lower_ in ("pro", "anti"):
            return True                         # "pro-Russia rebels", "anti-Israel protesters"
        if m.end + 1 < n and toks[m.end].text in ("-", "–") and toks[m.end + 1].lower_ in BACKING:
            return True
        if self.joined_to_place(m):
            return True
        if self.place_name_part(m):
            return True
        if self.demonym_given_name(m):
            return True
        last = toks[m.end - 1]
        if m.kind == "M" and self.seat_of_a_body(m):
            return False                        # "State Department experts": the department's own staff
        return m.kind in ("C", "M") and last.dep_ == "compound" and last.head.lemma_.lower() in self.kb.topic_heads

    def demonym_given_name(self, m: KBMatch) -> bool:
        """"Dane Waters said", "M. Dane Waters": a demonym that is also a given name (word list DEMONYM_GIVEN_NAMES)
        opening a person's name -- a capitalised noun right after it, no article before it -- is the name, not a
        nationality ("the Dane Christian Eriksen" keeps it; session 27)."""
        toks = self.toks
        if m.kind != "D" or m.end - m.start != 1 or toks[m.start].lower_ not in DEMONYM_GIVEN_NAMES:
            return False
        if m.end >= len(toks) or toks[m.end].pos_ not in ("PROPN", "NOUN") or not toks[m.end].text[:1].isupper():
            return False        # (the small model may tag a surname that is also a noun as one: "Waters")
        return m.start == 0 or toks[m.start - 1].lower_ not in ("the", "a", "an", "young", "fellow")

    def seat_of_a_body(self, m: KBMatch) -> bool:
        """A seat of government named after the body that sits there ("the State Department", "the Foreign
        Office"): a body employs experts and analysts, so its name before them is their employer. A building
        or a capital ("a Kremlin expert", "a Washington analyst") still names what the expertise is about."""
        met = self.kb.metonyms.get(m.key)
        if met is None or met.kind != "seat":
            return False
        term = self.kb.terms.get(met.text.split()[-1].lower())
        return term is not None and term.use == "group" and term.sector == "GOV" \
            or met.text.split()[-1].lower() in self.kb.org_nouns

    def joined_to_place(self, m: KBMatch) -> bool:
        """'a US-Caribbean banking forum', 'EU-China talks', 'the China-US trade war': two places joined by
        a hyphen name a relation between them, neither's nationality."""
        toks, n = self.toks, len(self.toks)
        dashes = ("-", "\u2013")
        other = toks[m.end + 1] if m.end + 1 < n and toks[m.end].text in dashes else \
            toks[m.start - 2] if m.start >= 2 and toks[m.start - 1].text in dashes else None
        # a capitalised word across the hyphen: a place or region ("Caribbean", "Pacific"), or a name the
        # KB knows (a country, a capital, an IGO: "EU-China")
        return other is not None and other.is_alpha and other.text[:1].isupper() and other.lower_ not in BACKING

    def place_name_part(self, m: KBMatch) -> bool:
        """'Spanish Town', 'the English Channel', 'the Indian Ocean': a demonym that begins a place's
        name (the next word is a capitalised place noun) is no nationality."""
        if m.kind != "D" or m.end >= len(self.toks):
            return False
        nxt = self.toks[m.end]
        return nxt.is_title and nxt.lower_ in self.kb.place_heads

    # ------------------------------------------------------------------ masks
    def _dateline_mask(self) -> bytearray:
        """Datelines ("BERLIN —", "GAZA CITY, Palestinian Territories:", "NAIROBI, Kenya (AP) —") at the
        start of the text or of a paragraph: places the story was filed from, never actors. The line
        must open with a word in capitals; the dateline runs to the first dash or colon, over
        capitalised words, commas and an agency in parentheses."""
        mask = bytearray(len(self.doc))
        toks, texts = self.toks, self.texts
        for i, t in enumerate(toks):
            if not (i == 0 or ("\n" in texts[i - 1] and toks[i - 1].is_space)):
                continue
            if not (t.is_upper and t.is_alpha and len(texts[i]) > 1):
                continue
            j, depth = i, 0
            while j < len(toks) and j - i < 14 and not toks[j].is_space:
                u = toks[j]
                if depth == 0 and j > i and u.text in ("\u2014", "\u2013", "--", "-", ":"):
                    mask[i:j] = b"\x01" * (j - i)          # "MOSCOW (Northgate Wire) —"
                    break
                depth += u.text == "("
                depth -= u.text == ")" and depth > 0
                if not (depth > 0 or u.is_upper or u.is_punct or u.like_num or u.is_title or u.lower_ in ("of", "the")):
                    break
                j += 1
        return mask

    def _furniture_mask(self) -> bytearray:
        """Lines of page furniture and photo captions ("Story continues below advertisement", "... CHAD
        HIPOLITO/The Canadian Press") that ingest would have removed, when a text comes uncleaned (an
        evaluation's raw text), and link teasers ingest keeps ("READ MORE: ...", "WATCH: Burnaby RCMP warns
        of ..."): nothing in them is an actor of the story, nor an antecedent of the pronoun after them.
        Patterns: data/ingest/boilerplate.csv; teaser prefixes: the quotes' skip_line cues (data/quotes/cues.csv).
        A live page's time stamp opening a line ("14:32 GMT - ...") is furniture too: its zone is no organisation;
        so is the credit closing a caption ingest keeps ("... in Dhaka. (Photo: Reuters)", kind credit_tail),
        though the caption itself is read (session 39 head43)."""
        from newsgraph.ingest.patterns import default_patterns
        from newsgraph.nlp.paragraphs import stamp_end

        pats = default_patterns()
        mask = bytearray(len(self.doc))
        starts = token_starts(self.doc)
        pos = 0
        for line in self.text.split("\n"):
            body = line.strip()
            if furniture_line(body):
                lo = bisect.bisect_left(starts, pos)
                hi = bisect.bisect_left(starts, pos + len(line))
                mask[lo:hi] = b"\x01" * (hi - lo)
            elif body[:1].isdigit():
                lo = bisect.bisect_left(starts, pos + len(line) - len(line.lstrip()))
                end = stamp_end(self.doc, lo) if lo < len(self.doc) else None
                if end is not None:
                    mask[lo:end + 1] = b"\x01" * (end + 1 - lo)
            for m in (m for p in pats.credit_tail for m in [p.regex.search(line)] if m):
                lo = bisect.bisect_left(starts, pos + m.start("credit"))
                hi = bisect.bisect_left(starts, pos + m.end("credit"))
                mask[lo:hi] = b"\x01" * (hi - lo)
            pos += len(line) + 1
        return mask

    # ------------------------------------------------------------------ lookups
    @cached_property
    def token_at(self) -> dict[int, Token]:
        """char offset -> the token that starts there: where a place or another stage's span begins."""
        return tokens_by_start(self.doc)

    @cached_property
    def town_places(self) -> dict[int, str]:
        """char offset -> ISO3 of each town or region (not a country) the geo stage found in the text: what
        places a noun it modifies ("Bronx residents", "a Palo Alto business consultant")."""
        return {p.start: p.country for p in self.places
                if p.role == "place" and p.country and p.feature != "country"}

    @cached_property
    def metonym_towns(self) -> dict[int, str]:
        """char offset -> ISO3 of each town or region the geo stage read as standing for its government
        ("Toronto's mayor", "Moscow's decision": role "metonym"), which still places a role it owns (ctry29)."""
        return {p.start: p.country for p in self.places
                if p.role == "metonym" and p.country and p.feature != "country"}

    @cached_property
    def region_names(self) -> dict[int, str]:
        """char offset -> name of each state or province (admin1) the geo stage found in the text, as a place or
        standing for its government: whose government "the Alberta government" is (ctry29)."""
        return {p.start: p.name for p in self.places
                if p.role in ("place", "metonym") and p.country and p.feature == "admin1" and p.name}

    @cached_property
    def place_country_at(self) -> dict[int, str]:
        """token index -> ISO3 of the place (role "place") the geo stage found starting at that token."""
        return {self.token_at[p.start].i: p.country for p in self.places
                if p.role == "place" and p.country and p.start in self.token_at}

    @cached_property
    def read_place_countries(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """lower-case name -> (char offset, ISO3) of each town or region of that name the geo stage read in this
        text ("Victoria, B.C." -> CAN): how the text itself reads a name that an organisation also bears
        elsewhere ("the University of Victoria" of that story is Canada's, not Australia's; ctry29)."""
        read: dict[str, list[tuple[int, str]]] = {}
        for p in self.places:
            if p.role in ("place", "dateline") and p.country and p.feature != "country" and p.name:
                read.setdefault(" ".join(p.name.split()).lower(), []).append((p.start, p.country))
        return {k: tuple(v) for k, v in read.items()}

    @cached_property
    def dateline_town_country(self) -> str | None:
        """The country the geo stage gave the dateline's town ("GLASGOW, Ky." -> USA), read with the state or
        country written beside it: the one the story's bodies named after that town belong to (session 22)."""
        return next((p.country for p in self.places if p.role == "dateline" and p.country
                     and p.feature != "country"), None)

    @cached_property
    def placed_name_spans(self) -> frozenset[tuple[int, int]]:
        """(start, end) char offsets of the PERSON and ORG entities the geo stage resolved as places
        ("detained in Izmir", "a blast in the city of Shiraz"): the one record of that judgement, which the
        name finders and the story's evidence read."""
        placed = {(p.start, p.end) for p in self.places if p.role == "place"}
        return frozenset((e.start_char, e.end_char) for e in self.ents
                         if e.label_ in ("PERSON", "ORG") and (e.start_char, e.end_char) in placed)

    @cached_property
    def person_words(self) -> frozenset[str]:
        """Lower-case words of the names the recogniser calls people's ("Dean Henderson"), less the ones the
        geo stage placed: a town that shares a surname still counts where a person of that name is named."""
        placed = self.placed_name_spans
        return frozenset(t.lower_ for e in self.ents if e.label_ == "PERSON"
                         and (e.start_char, e.end_char) not in placed for t in e)

    def place_entity(self, t: Token) -> Span | None:
        """The GPE/LOC entity a token belongs to."""
        if self._place_ents is None:
            self._place_ents = [e for e in self.ents if e.label_ in ("GPE", "LOC")]
        return next((e for e in self._place_ents if e.start <= t.i < e.end), None)

    @staticmethod
    def is_subject(t: Token) -> bool:
        while t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i != t.i:
            if t.dep_ == "conj" and t.head.dep_ not in SUBJ:
                return False
            t = t.head
        return t.dep_ in SUBJ

    def speech_subject(self, t: Token) -> bool:
        """Is the token (the head of) the subject of a verb of saying?"""
        t = climb(t, ("compound", "flat", "appos"))
        return t.dep_ == "nsubj" and t.head.lemma_.lower() in self.kb.speech_verbs
