"""Read a role phrase ("the Russian leader", "a Russian state TV correspondent", "US Deputy Secretary
of Energy") into what it says about a person or group: country, sector, role title, gender, number.

This is where titles and appositives are *learned from the text*: the same reading is applied to
the words before a name, to an appositive next to it and to a free-standing nominal.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Token

from newsgraph.actors.kb import KB, Term
from newsgraph.actors.parties import party_words
from newsgraph.actors.party_members import party_members_word
from newsgraph.actors.places import large_place_country
from newsgraph.datafile import word_list
from newsgraph.nlp.plurals import plain_singular
from newsgraph.records import ARMED_SECTORS, STATE_SECTORS

# endings of English nouns for people ("defenceman", "brawler", "proprietor", "maverick", "novelist")
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "eer", "ee", "ick", "ster", "ive")

# titles of the market trades: after a firm's name ("a Jefferies analyst", "Halvorsen analyst X") the
# holder works for that firm (BUS), not for a university or think tank (the title's own EDU)
FIRM_TITLES = word_list("kb", "FIRM_TITLES")

FORMER = word_list("kb", "FORMER")
# a government's level named before a weak title ("the city's planning director", "a county director")
GOVERNMENT_LEVELS = word_list("kb", "GOVERNMENT_LEVELS")
HEAD_ONLY_ROLES = word_list("kb", "HEAD_ONLY_ROLES")
WORKER_SECTORS = word_list("kb", "WORKER_SECTORS")
# nouns of one employed ("employee", "staffer", "staff member"): a state body compounded before them is the
# employer ("a Russian embassy employee" GOV, not the title's BUS; round40)
EMPLOYEE_NOUNS = word_list("kb", "EMPLOYEE_NOUNS")
# people quoted for their view, outsiders to what they comment on: "defence analysts", "security experts" are
# no soldiers or police ("military sources" are the military's own: not in this set; session 20); a health or
# legal expert keeps the modifier's sector
OUTSIDE_VOICES = word_list("kb", "UNPLACED_VOICES") - {"source"}
# group terms whose sector a modifier sets, as for "officials": "a business delegation" (BUS; round47)
MODIFIED_GROUP_TERMS = word_list("kb", "MODIFIED_GROUP_TERMS")
COUNT_ROLES = word_list("kb", "COUNT_ROLES")
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


@dataclass
class PhraseInfo:
    country: str | None = None
    sector: str | None = None
    role: str | None = None        # the role title found (KB roles.csv key), e.g. "leader"
    head_role: bool = False        # a head-of-state/government title
    gender: str | None = None
    former: bool = False
    plural: bool = False
    count: int | None = None       # "the two leaders" -> 2
    group_term: str | None = None  # vocab term when the head names a body/collective

    def merge(self, other: "PhraseInfo") -> None:
        """Fill what this phrase left open from another reading of the same person. A past role read elsewhere
        makes the person's role a past one only when this phrase named none: "Justice Minister Ana Ferreira, a
        former law professor" holds her title now (session 40 lead)."""
        titled = self.role is not None or self.sector is not None
        for f in ("country", "sector", "role", "gender"):
            if getattr(self, f) is None and getattr(other, f) is not None:
                setattr(self, f, getattr(other, f))
        self.head_role = self.head_role or other.head_role
        self.former = self.former or other.former and not titled


def noun_lemma(t: Token) -> str:
    """Lower-case lemma; capitalised plurals the tagger calls proper nouns ("Gunmen opened fire")
    and acronyms' plurals ("MPs") are singularised by rule."""
    lemma = t.lemma_.lower()
    text = t.text
    if len(text) > 2 and text.endswith("s") and text[:-1].isupper() and lemma == t.lower_:
        return lemma[:-1]         # an acronym's plural: "MPs", "MLAs"
    if t.pos_ == "PROPN" and lemma == t.lower_:
        low = t.lower_
        if low.endswith("men") and len(low) > 4:
            return low[:-3] + "man"
        return plain_singular(low, sibilant_es=False) or lemma
    return lemma


def group_term(kb: KB, t: Token) -> Term | None:
    """The vocabulary's entry for a singular noun that names a body ("the carmaker", "the union"); None for any
    other word or a plural."""
    term = kb.terms.get(noun_lemma(t))
    return term if term is not None and term.use == "group" and t.tag_ == "NN" else None


def state_body_sector(kb: KB, noun: Token) -> str | None:
    """The sector of a noun of the vocabulary that names a state's body ("embassy", "ministry", "army": a group
    of a state sector), else None ("bank", "union", "history")."""
    term = kb.terms.get(noun_lemma(noun))
    return term.sector if term is not None and term.use == "group" and term.sector in STATE_SECTORS else None


def _state_employer(kb: KB, toks: list[Token], head: Token) -> str | None:
    """The sector of a state body named in a compound before an employee noun ("an embassy employee", "a
    ministry worker", "an army staff member"): the employer, whose sector the employee shares (round40). A firm or
    union before it leaves the noun's own sector ("a bank employee" BUS, "a union worker" LAB)."""
    return next((sector for t in toks if t.i < head.i and t.dep_ == "compound"
                 for sector in [state_body_sector(kb, t)] if sector is not None), None)


def _words(tokens: list[Token]) -> list[str]:
    return [t.lower_.replace("\u2019", "'") for t in tokens]


def term_ending_at(toks: list[Token], head: Token, head_lemma: str | None, known, shortest: int = 1) -> str | None:
    """The longest run of up to three words (and at least `shortest`) ending at the head that is a key of `known`
    (the KB's group terms or its PETRARCH2/Phoenix agents), as written or with the head's lemma ("security forces" /
    "security force"); None when none is. A hyphenated word the tokenizer split ("anti - graft agency") counts as
    one word and matches a key written with the hyphen or with a space ("anti-graft agency", Phoenix's "anti graft
    commission"; round39)."""
    idx = [t.i for t in toks].index(head.i) if head in toks else -1
    for k in range(5, shortest - 1, -1):
        if idx - k + 1 < 0:
            continue
        seq = _words(toks[idx - k + 1: idx + 1])
        hyphens = seq.count("-")
        if seq[0] == "-" or k - 2 * hyphens > 3 or k - 2 * hyphens < shortest:
            continue
        for cand in (" ".join(seq), " ".join(seq[:-1] + [head_lemma or ""])):
            cand = cand.strip()
            for form in ((cand, cand.replace(" - ", "-"), cand.replace(" - ", " ")) if hyphens else (cand,)):
                if form in known:
                    return form
    return None


def find_role(kb: KB, tokens: list[Token], head: Token | None = None) -> tuple[str | None, int]:
    """Longest role title in the tokens (matching words or lemmas); prefers one ending at `head`.

    Returns (title, index of its last token in `tokens`) or (None, -1)."""
    words = _words(tokens)
    lemmas = [noun_lemma(t) for t in tokens]
    best: tuple[int, int, str] | None = None
    for i in range(len(tokens)):
        for j in range(min(len(tokens), i + 5), i, -1):
            for seq in (words[i:j], words[i:j - 1] + [lemmas[j - 1]]):
                title = " ".join(seq)
                if title not in kb.roles and " - " in title:
                    title = title.replace(" - ", "-")   # "vice-chancellor": a hyphenated title is one word
                if title in kb.roles and j - i == 1 and _surname_in_name(tokens, i):
                    continue          # "Actress Jaime King", "Coach Tom Bishop": a surname, not a king or bishop
                if title in kb.roles:
                    ends_at_head = head is not None and tokens[j - 1].i == head.i
                    if title in HEAD_ONLY_ROLES and not (ends_at_head or head is None and j == len(tokens)):
                        continue      # "National Water Commission": the adjective, not a citizen
                    if j - i == 1 and title in ADJECTIVAL_ROLE_WORDS and tokens[i].pos_ == "ADJ" \
                            and tokens[i].dep_ == "amod":
                        continue      # "the annual general meeting": the adjective, not an army's general
                    score = (1 if ends_at_head else 0, j - i)
                    if best is None or score > best[:2]:
                        best = (score[0], score[1], title)
                        last = j - 1
    if best is None:
        return None, -1
    return best[2], last


def _surname_in_name(tokens: list[Token], i: int) -> bool:
    """The one-word title at `i` continues a person's name the recogniser found, right after another word of
    it ("Jaime King", "Tom Bishop"): a surname (round 18)."""
    t = tokens[i]
    if i == 0 or t.ent_type_ != "PERSON" or t.ent_iob_ != "I" or not t.text[:1].isupper():
        return False
    if t.tag_ != "NNP" or not t.text[1:].islower():
        return False          # "Tory MPs": a plural title, or initials, after a party's name
    before = tokens[i - 1]
    return before.i == t.i - 1 and before.ent_type_ == "PERSON"


MISSION_NOUNS = word_list("kb", "MISSION_NOUNS")
ADJECTIVAL_ROLE_WORDS = word_list("kb", "ADJECTIVAL_ROLE_WORDS")
_POSTED = MISSION_NOUNS | word_list("kb", "SENT_TO")
_HOST_PREPS = ("in", "at", "to")


def is_mission(t: Token) -> bool:
    """Does the noun name a state's post abroad (MISSION_NOUNS: "embassy", "consulate", or two words as in "High
    Commission", whose "high" the parse hangs on "commission")?"""
    lemma = noun_lemma(t)
    return lemma in MISSION_NOUNS or t.lower_ in MISSION_NOUNS or any(
        c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in MISSION_NOUNS for c in t.children)


def _host_places(toks: list[Token]) -> set[int]:
    """The tokens of a place phrase hung on a diplomatic post or diplomat ("its consulate in Damascus", "the
    ambassador to Britain", "the High Commission in Colombo"): the host state, which says nothing of whose post it
    is (session 30)."""
    out: set[int] = set()
    for t in toks:
        if t.lemma_.lower() in _POSTED or t.lower_ in _POSTED or is_mission(t):
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ in _HOST_PREPS:
                    out.update(w.i for w in prep.subtree)
    return out


def _hyphened_name(t: Token, word: str, tags: tuple[str, ...], joined: bool = False) -> str | None:
    """The capitalised words (of the part-of-speech `tags`) that a hyphen joins to `t` when `t` is `word`:
    "Sydney" of "Sydney-based", "New Zealand" of "New Zealand-born"; with `joined`, only a hyphen written
    against the word ("-born", not "- born")."""
    if t.lower_ != word or t.i < 2:
        return None
    hyphen = t.doc[t.i - 1]
    if hyphen.text not in ("-", "\u2013") or joined and hyphen.whitespace_:
        return None
    run = []
    j = t.i - 2
    while j >= 0 and t.doc[j].pos_ in tags and t.doc[j].text[:1].isupper():
        run.insert(0, t.doc[j].text)
        j -= 1
    return " ".join(run) or None


def based_country(kb: KB, tokens: Iterable[Token], context: frozenset[str]) -> str | None:
    """"a Sydney-based think tank", "a London-based consultancy": the country of the city or region a
    body is based in (a country name before "-based" is read as a country already)."""
    for t in tokens:
        name = _hyphened_name(t, "based", ("PROPN",))
        if name:
            # ("the Lyon, France-based company": the country named after its city, which the parse leaves
            # outside the phrase's nationality; ctry31)
            return large_place_country(name, context) or kb.country_named(name)
    return None


def born_country(kb: KB, tokens: Iterable[Token], context: frozenset[str]) -> str | None:
    """"Chilean-born Mr Vidal", "Kenyan-born runner Tom Otieno": the country a person's "X-born" modifier
    names (a country, its demonym, or a city or region in one). Where someone was born is the reader's
    country for them when nothing else names one (round33; the title's own nationality comes first)."""
    for t in tokens:
        name = _hyphened_name(t, "born", ("PROPN", "ADJ"), joined=True)
        if name:
            return kb.lookup_country(name) or large_place_country(name, context)
    return None


def _led_group(kb: KB, t: Token, title: str | None) -> str | None:
    """"refugee leaders", "a community leader": the people a leader speaks for, who hold no office (REF as the
    vocabulary codes refugees and migrants, else CVL; LED_GROUP_WORDS, round42)."""
    lemma = t.lemma_.lower()
    if title not in GROUP_LEADER_TITLES or lemma not in LED_GROUP_WORDS or t.dep_ not in ("compound", "amod"):
        return None
    term = kb.terms.get(lemma)
    return term.sector if term is not None and term.sector else "CVL"


def _body_sector(kb: KB, head: Token | None, org_code_of: dict[int, str] | None) -> str | None:
    """The sector of the body a title holder serves, named after it: "leader of the union", "spokesman for
    the institute", "head of the central bank" (a group term of the KB or a KB organisation). Not "at":
    "an expert at the Department of Plant Biology at a university" works in the university's department."""
    for o in _prep_objects(head, ("of", "for", "with")):
        code = (org_code_of or {}).get(o.i)
        if code and code[3:]:
            return code[3:]
        words = [t.lower_ for t in o.lefts if t.dep_ in ("compound", "amod")] + [noun_lemma(o)]
        for k in (2, 1):
            term = kb.terms.get(" ".join(words[-k:]))
            if term is not None and term.sector:
                return term.sector
        agent = kb.agents.get(noun_lemma(o))
        if agent is not None and agent.sector and o.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON"):
            return agent.sector     # "a spokesman for the militia" (a Phoenix agent noun; session 49 lead)
        if noun_lemma(o) in kb.org_nouns and o.ent_type_ not in ("ORG", "GPE", "NORP") \
                and not any(p.dep_ == "prep" and p.lower_ in ("of", "for", "at", "in") for p in o.children):
            # "a spokesman for the rebel group", "a researcher with the rights group": a body noun of no sector
            # ("group", "organisation") is of the sector its modifier names; not a unit of another body ("the media
            # office in the Interior Ministry" is the ministry's) (session 49 lead)
            for word in reversed(words[:-1]):
                term = kb.terms.get(word)
                sector = kb.modifiers.get(word) or (term.sector if term is not None else None)
                if sector:
                    return sector
    return None


def _prep_objects(head: Token | None, preps: tuple[str, ...]) -> Iterable[Token]:
    """The objects of the head's prepositions in `preps` ("leader of the union": the union)."""
    if head is None:
        return
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")


LED_GROUP_WORDS = word_list("kb", "LED_GROUP_WORDS")
GROUP_LEADER_TITLES = word_list("kb", "GROUP_LEADER_TITLES")
# titles of people who stand in a relation to the body their of-phrase names, not in its service (round35)
RELATION_ROLES = word_list("kb", "RELATION_ROLES")
PRESIDENT_TITLES = {"president", "vice president", "vice-president", "deputy president", "president-general"}
# organisation nouns that may name a public body or a union of states ("president of the council", "of the bloc")
_PUBLIC_ORG_NOUNS = {"city", "council", "commission", "service", "bloc", "alliance"}


def _non_state_body(kb: KB, head: Token | None, org_code_of: dict[int, str] | None) -> str | None:
    """For a president "of" a body that is no state: that body's sector, or "" when it has none (an association,
    a club, a group); None when the of-phrase names a state, a government body or nothing."""
    for o in _prep_objects(head, ("of",)):
        if o.ent_type_ in ("GPE", "NORP", "LOC"):
            continue
        code = (org_code_of or {}).get(o.i)
        if code:
            sector = code[3:6]
            return sector if sector and sector != "GOV" else None
        lemma = noun_lemma(o)
        term = kb.terms.get(lemma)
        if term is not None and term.sector:
            return term.sector if term.sector != "GOV" else None
        if lemma in kb.org_nouns and lemma not in _PUBLIC_ORG_NOUNS:
            return ""
    return None


def portfolio_length(kb: KB, title: str, words: list[Token]) -> int:
    """How many of `words`, which follow "<title> of", complete an office of the KB ("Secretary of" +
    "Defense", "Secretary of" + "Homeland Security"); 0 when none do."""
    if not words:
        return 0
    doc, first = words[0].doc, words[0].i
    for k in range(len(words), 0, -1):
        if f"{title} of {doc[first:first + k].text.lower()}" in kb.office_of:
            return k
    return 0


def _serves_unknown_name(kb: KB, head: Token | None, country_of: dict[int, str],
                         org_code_of: dict[int, str] | None) -> bool:
    """Is the body a title holder serves a name the knowledge base does not know ("spokesperson for Zentrix",
    "adviser to Orrin Labs")? A person, place or nationality is not such a body ("a spokesman for Putin" speaks
    for a government), nor is an office's portfolio ("the Secretary of Energy")."""
    if head is None:
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "to") \
                or portfolio_length(kb, head.lower_, [o for o in prep.subtree if o.i > prep.i]):
            continue
        for o in prep.children:
            if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text[:1].isupper() and o.lower_ not in GOVERNMENT_LEVELS \
                    and o.i not in country_of and not (org_code_of or {}).get(o.i) \
                    and o.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC", "FAC"):
                return True
    return False


def _title_start(toks: list[Token], title: str) -> int:
    """The index in `toks` of the title's first word (-1 when it is not there)."""
    return next((i for i, t in enumerate(toks) if t.lower_ == title.split()[0]), -1)


def _after_firm_name(toks: list[Token], title: str, country_of: dict[int, str]) -> bool:
    """Does a proper name that is no country, region or city stand right before the title ("Jefferies
    analyst")?"""
    first = _title_start(toks, title)
    if first < 1:
        return False
    name = []
    for t in reversed(toks[:first]):
        if not (t.pos_ == "PROPN" or t.ent_type_) or not t.text[:1].isupper() or t.i in country_of:
            break
        name.insert(0, t.text)
    return bool(name) and large_place_country(" ".join(name)) is None


def _firm_before_title(kb: KB, toks: list[Token], title: str, org_code_of: dict[int, str] | None) -> bool:
    """Does a company stand right before the title: a business the knowledge base knows, or a name ending in a
    legal form ("Acme Corp", "Halden AG")?"""
    first = _title_start(toks, title)
    if first < 1:
        return False
    before = toks[first - 1]
    code = (org_code_of or {}).get(before.i, "")
    return code[3:6] == "BUS" or before.pos_ == "PROPN" and kb.is_legal_form(before.text)


def _rebel_qualifier(kb: KB, toks: list[Token], head: Token) -> bool:
    """Does a modifier before a plain armed noun (a UAF agent: "fighters", "gunmen") name rebels ("separatist
    fighters", "insurgent gunmen": a group term, Phoenix agent or modifier of the REB sector; round39)?"""
    for t in toks:
        if t.i < head.i and t.dep_ in ("amod", "compound", "nmod"):
            for word in (t.lower_, t.lemma_.lower()):
                known = kb.terms.get(word) or kb.agents.get(word)
                if known is not None and (known.sector or "").startswith("REB") or kb.modifiers.get(word) == "REB":
                    return True
    return False


def read_phrase(kb: KB, tokens: Iterable[Token], head: Token | None, country_of: dict[int, str],
                org_code_of: dict[int, str] | None = None) -> PhraseInfo:
    """Interpret the words of a role phrase. `country_of` maps token index -> ISO3 (or IGO) for tokens
    of a name that says whose the phrase is (DocView.country_of); `org_code_of` the code of an
    international organisation's tokens ("UN envoy" -> IGOUNO)."""
    toks = sorted(tokens, key=lambda t: t.i)
    info = PhraseInfo()
    org_code = None
    hosts = _host_places(toks)
    for t in toks:
        if t.i in country_of and info.country is None and t.i not in hosts:
            info.country = country_of[t.i]
            org_code = (org_code_of or {}).get(t.i)
        low = t.lower_
        if low in FORMER or low.startswith("ex-"):
            info.former = True
        if low in NUMBERS and (t.dep_ in ("nummod", "det", "preconj", "quantmod") or low == "both"):
            info.count = NUMBERS[low]
        if info.gender is None and kb.honorifics.get(low):
            info.gender = kb.honorifics[low]
    if head is not None:
        info.plural = (head.tag_ in ("NNS", "NNPS") or info.count is not None and info.count > 1
                       or head.pos_ == "PROPN" and noun_lemma(head) != head.lower_)
    title, last = find_role(kb, toks, head)
    if title in COUNT_ROLES and head is not None and toks[last].i == head.i and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in head.children):
        title = None    # "a pair of pistols", "a couple of weeks": a count of what its of-phrase names (session 48)
    head_lemma = noun_lemma(head) if head is not None else None
    head_low = head.lower_ if head is not None else None
    term = None
    if head is not None:
        # multiword group terms ending at the head ("state media", "security forces")
        term = term_ending_at(toks, head, head_lemma, kb.terms)
        if term in MODIFIED_GROUP_TERMS and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in p.children) for p in head.children):
            term = None     # "a delegation of U.S. lawmakers": its members say who it is (kb MEMBER_GROUP_NOUNS)
    agent = None
    plain_person = title is not None and kb.roles[title].sector == "CVL" and not kb.roles[title].strong
    if head is not None and term is None and plain_person and toks[last].i == head.i:
        # "armed men", "masked men": a plain person noun that a Phoenix agent of several words qualifies is that
        # agent (UAF), not a civilian (session 35 lead)
        agent = term_ending_at(toks, head, head_lemma, kb.agents, shortest=2)
        if agent:
            title = None
    if agent is None and head is not None and term is None and (title is None or toks[last].i != head.i):
        # the PETRARCH2/Phoenix agents ("dairy farmer", "riot police", "drone"), after the curated lists
        agent = term_ending_at(toks, head, head_lemma, kb.agents)
    weak = False
    if agent is not None and title is None:
        info.group_term = agent
        info.sector = kb.agents[agent].sector
    elif title is not None and (head is None or toks[last].i == head.i or term is None):
        role = kb.roles[title]
        info.role, info.head_role = title, role.head
        info.sector, weak = role.sector, not role.strong
        if role.gender and info.gender is None:
            info.gender = role.gender
        if title in PRESIDENT_TITLES:
            body = _non_state_body(kb, head, org_code_of)
            if body is not None:
                # "the president of the farmers' association", "President-General of the group": the head of a
                # body that is no state is no head of state (session 20)
                info.sector, info.head_role = body or None, False
    elif term is not None:
        info.group_term = term
        info.sector = kb.terms[term].sector
        info.plural = info.plural or kb.terms[term].plural and head is not None and head.tag_ != "NN"
        weak = term in ("official", "authority") or term in MODIFIED_GROUP_TERMS
    if info.sector == "UAF" and head is not None and _rebel_qualifier(kb, toks, head):
        info.sector = "REB"     # "separatist fighters", "rebel gunmen": whose side the armed men are on (round39)
    if weak or info.sector is None:
        level = False
        outsider = head is not None and head.lemma_.lower() in OUTSIDE_VOICES
        for t in toks:
            if head is not None and t.i == head.i:
                continue
            if weak and t.text[:1].isupper() and (t.lower_ in party_words() or party_members_word(t)) \
                    and t.i < (head.i if head is not None else t.i + 1) \
                    and not (t.i == t.sent.start and any(x.tag_ == "NNS" for x in toks)):
                # "Labour leader Jeremy Corbyn", "Republican spokesman": a weak title under a capitalised party
                # word is a party office (PTY), no government's (session 39 lead); "Labour leaders at the plant"
                # opening a sentence may be union men; "Greens leader Adam Bandt" likewise (round43)
                info.sector, info.head_role = "PTY", False
                break
            mod = kb.modifiers.get(t.lower_) or kb.modifiers.get(t.lemma_.lower()) or _led_group(kb, t, title)
            if mod and outsider and mod in ARMED_SECTORS:
                continue        # "defence analysts", "security experts": no soldiers or police; a "health expert"
                                # is still of health (session 20)
            if mod:
                info.sector = mod
                if title == "leader" and mod != "GOV":
                    info.head_role = False
                break
            level = level or t.lemma_.lower() in GOVERNMENT_LEVELS
        else:
            # ("critics of the government", "supporters of the party": a relation to the body, not its people;
            # RELATION_ROLES, round35)
            body = _body_sector(kb, head, org_code_of) if info.role and info.role not in RELATION_ROLES else None
            if body:
                # "the leader of the teachers' union" (LAB), "head of the central bank" (GOV): a weak title
                # is of the body it leads
                info.sector, info.head_role = body, info.head_role and body == "GOV"
            elif weak and info.role and info.sector == "GOV" and _serves_unknown_name(kb, head, country_of, org_code_of):
                # "a spokesperson for Zentrix": whoever Zentrix is, the title says nothing of a government
                info.sector = None
            elif level and info.role and info.sector in (None, "BUS"):
                # "the city's planning director": an office of the city, not of a firm; a title of its own
                # sector keeps it ("federal agents" COP, "a state prisoner" CVL, "the state's attorney" JUD)
                info.sector = "GOV"
    if info.sector in ("PTY", "LAB") and head is not None:
        mods = {kb.modifiers.get(t.lower_) or kb.modifiers.get(t.lemma_.lower()) for t in toks if t.i != head.i}
        if "OPP" in mods:
            info.sector = "OPP"     # "the opposition candidate", "an opposition politician", "opposition workers"
        elif info.sector == "LAB" and "PTY" in mods:
            info.sector = "PTY"     # "party workers": a party's own people, not labour (round35)
        elif info.sector == "LAB" and info.role == "worker" and mods & WORKER_SECTORS:
            info.sector = min(mods & WORKER_SECTORS)    # "aid workers" NGO, "health workers" HLH (session 36 lead)
    if (info.role in EMPLOYEE_NOUNS or info.group_term in EMPLOYEE_NOUNS) and head is not None:
        employer = _state_employer(kb, toks, head)
        if employer is not None:
            info.sector = employer
    if info.role in FIRM_TITLES and weak and info.sector == kb.roles[info.role].sector \
            and _after_firm_name(toks, title, country_of):
        info.sector = "BUS"
    elif info.role in PRESIDENT_TITLES and info.sector == "GOV" and not info.former \
            and _firm_before_title(kb, toks, title, org_code_of):
        # "Toyota president Akio Toyoda", "Acme Corp vice president Jim Hart": a company's head, not a state's
        # (session 40 lead)
        info.sector, info.head_role = "BUS", False
    if head_low in ("men", "women", "man", "woman"):
        info.gender = "m" if head_low in ("men", "man") else "f"
    if org_code and (org_code.startswith("IGO") or weak or info.sector is None):
        # a UN envoy is IGOUNO, whatever the title's sector; a "CDC director" is the agency's (GOVHLH), but a
        # "GOP senator" stays a legislator
        info.sector = org_code[3:] or None
    return info
