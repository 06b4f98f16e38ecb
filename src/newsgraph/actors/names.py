"""Step 1 of resolution: names. People (with the titles, "of Russia" and appositives around them),
surnames and speakers the entity recogniser missed, knowledge-base names (countries, capitals and seats
used as actors, organisations, office holders) and other organisations.

Reads the `DocView`; adds entities and name mentions to the `EntityTable`. Nothing here looks at
nominals or pronouns: those come after (nominals.py, pronouns.py) and may refer back to what is found here.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.actors.administrations import administrations
from newsgraph.actors.document import STATE_SECTORS, DocView, hashtag_word
from newsgraph.actors.entities import Ent, EntityTable
from newsgraph.actors.kb import NON_STATE_COUNTRY, _norm, load_kb
from newsgraph.actors.people import POSSESSIVE, is_credit, name_parts, whole_words
from newsgraph.actors.phrases import (FIRM_TITLES, HEAD_ONLY_ROLES, based_country, PERSON_SUFFIXES, PhraseInfo,
                                      noun_lemma, portfolio_length, read_phrase)
from newsgraph.actors.places import large_place_country, place_country, region_country
from newsgraph.nlp.cache import children, subtree, lefts

ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "attr", "appos", "oprd"}
# where a region named as an actor stands: its subject or object, or the agent of a passive
REGION_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"}
# ... or the object of a preposition that makes it a party ("a suit against Texas", "talks with Ontario"), not an
# example or a place ("states like Ohio", "in Ohio")
REGION_ACTOR_PREPS = word_list("kb", "REGION_ACTOR_PREPS")
REGION_ACT_NOUNS = word_list("kb", "REGION_ACT_NOUNS")    # "Ohio's ban": the state made it
# prepositions after which a capital is a place, not an actor ("in Pyongyang")
LOCATIVE = {"in", "at", "to", "into", "from", "near", "outside", "inside", "across", "around", "through",
            "toward", "towards", "via", "over", "throughout", "within", "for", "of", "on"}
SEAT_LOCATIVE = {"in", "at", "to", "into", "near", "outside", "inside", "around", "toward", "towards", "of"}
# words whose "at" phrase names whom words are aimed at ("hit out at Washington", "took aim at Moscow")
AIMED_AT_HEADS = word_list("kb", "AIMED_AT_HEADS")
# words whose "to" phrase names whom words are addressed to ("a message to Moscow", "appealed to Washington")
ADDRESSED_TO_HEADS = word_list("kb", "ADDRESSED_TO_HEADS")
_OUT_VERBS = {"hit", "strike", "lash"}      # only with "out": "lashed out at Washington"
_NICKNAME = re.compile(r"\s[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s")     # a nickname in quotes inside a name
# a model designation after a maker's name ("A330", "747", "F-16", "737-800"), not a year ("2018 results"), an
# ordinal or a small number
MODEL_NUMBER = re.compile(r"(?:[A-Z]{1,3}-?\d{2,4}|\d{3,4})(?:-\d{1,4})?(?:s|[A-Z]{1,3})?$")
YEAR = re.compile(r"(?:19|20)\d\d$")
# a broadcaster's call letters ("KXAN", "WJLA-TV"; Canada's "CKNW"): a US station's begin with K or W, a
# Canadian one's with CF, CH, CI, CJ or CK -- other initials ("NTSB", "OSHA") are no outlet's
_CALL_LETTERS = re.compile(r"(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM|DT))?")
# verbs of a participle that places a title in an organisation ("a scientist working at ...")
WORKING_VERBS = word_list("kb", "WORKING_VERBS")
RECEIVED_FROM_HEADS = word_list("kb", "RECEIVED_FROM_HEADS")   # "received weapons from Berlin": the state
PARTY_MEMBERS = word_list("kb", "PARTY_MEMBERS")      # "the leader of the Christian Democrats": a party office
PARTY_MEMBER_QUALIFIERS = word_list("kb", "PARTY_MEMBER_QUALIFIERS")   # "House Democrats" (session 25)
US_STATE_LABELS = word_list("kb", "US_STATE_LABELS")     # "(R-S.C.)", "(D-Calif.)", "(Md.)" (session 25)
_US_LABEL = re.compile(r"\s*\((?:([DRI])\s*[-\u2013,]\s*)?([A-Z][A-Za-z. ]{0,12}?)\)")
# roles whose "to <country>" names where they are posted, not whom they serve
SENT_TO = word_list("kb", "SENT_TO")
PRINCIPAL_STAFF = word_list("kb", "PRINCIPAL_STAFF")
POLICE_INITIAL_SUFFIXES = word_list("kb", "POLICE_INITIAL_SUFFIXES")
STATE_BODY_HEADS = word_list("kb", "STATE_BODY_HEADS")
FORCE_HEADS = word_list("kb", "FORCE_HEADS")
# a news outlet by its name's form ("Radio Kano", "the Kano Herald", "Capital FM"), and the words a statement's
# addressee hangs on ("speaking to ...", "an interview with ..."; session 21)
OUTLET_NAME_FIRST = word_list("kb", "OUTLET_NAME_FIRST")
OUTLET_NAME_LAST = word_list("kb", "OUTLET_NAME_LAST")
OUTLET_ADDRESS_HEADS = word_list("kb", "OUTLET_ADDRESS_HEADS")


# entity labels a lone surname of someone named in full may carry: the recogniser often calls a name before a
# typographic possessive a product or a title ("denied Swift’s claims"; session 15)
_SURNAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


def _month_as_doer(t: Token) -> bool:
    """"May has received strong backing": a surname that is also a month, read as a date on its own, is the
    person when it is the subject of a verb of action (a month is the subject of "be", not of "received";
    session 20)."""
    return t.ent_type_ == "DATE" and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I") \
        and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" and t.head.lemma_.lower() != "be"


def _name_tail(tail: Span) -> Span | None:
    """The words as a PERSON span when they are one to three capitalised proper names (the name after a
    title or portfolio the recogniser ran into one span)."""
    if not 1 <= len(tail) <= 3 or not all(u.pos_ == "PROPN" and u.text[:1].isupper() for u in tail):
        return None
    return Span(tail.doc, tail.start, tail.end, label="PERSON")


def spelled_out(text: str, acronym: str, org_names: list[str]) -> str | None:
    """The name an acronym abbreviates in this text: "Long Name (ACR)", or an organisation's name whose
    capitalised words' initials spell it ("Immigration, Refugees and Citizenship Canada" for IRCC).
    None when the text gives no such name."""
    letters = acronym.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6):
        return None
    pos = text.find(f"({acronym})")
    if pos > 0:
        words = text[max(0, pos - 200):pos].split()
        caps: list[int] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i].strip(",")
            if w[:1].isupper():
                caps.append(i)
                if "".join(words[j][0] for j in reversed(caps)) == letters:
                    return " ".join(words[i:]).strip(" ,")
            elif w.lower() not in ("and", "of", "the", "for", "&", "on", "in"):
                break
    for name in org_names:
        words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
        if len(words) == len(letters) and "".join(w[0] for w in words) == letters:
            return name.strip()
    return None


def _adds_name(extra: str) -> bool:
    """Does the rest of a longer organisation name add a name word, not only a legal form, "Group" or a
    country ("Corp.", "Inc.", "Canada")? Those are left off, as news text does."""
    kb = load_kb()
    for w in extra.replace("-", " ").split():
        low = w.lower().replace(".", "").strip(",")
        if low and low not in kb.legal_forms and low != "group" and kb.lookup_country(w.strip(".,")) is None:
            return True
    return False


def org_full_name(text: str, name: str, org_names: list[str]) -> str:
    """An organisation's fullest name in the article: an acronym spelled out in it ("IRCC" ->
    "Immigration, Refugees and Citizenship Canada"), a short form of a longer name the article uses
    ("Suncor" -> "Suncor Energy", the most frequent such form). Unchanged when there is none."""
    key = name.strip()
    letters = key.replace(".", "")
    if letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6:
        hit = spelled_out(text, key, org_names) or key
    else:
        longer = [n.strip() for n in org_names
                  if n.strip().startswith((key + " ", key + "-")) and len(n) > len(key)
                  and _adds_name(n.strip()[len(key):])]
        hit = max(longer, key=lambda t: (longer.count(t), -len(t))) if longer else key
    return hit[4:] if hit.lower().startswith("the ") else hit


# government titles that organisations have too ("InfoNation President"); ministers and secretaries hold
# portfolios ("Education Minister"), not organisations
ORGANISATION_TITLES = {"president", "vice president"}


def chain_objects(starts: list[Token], with_conj: bool):
    """The objects of a title's chain of "of"/"for"/"at" phrases, nearest first, up to three phrases deep
    ("a lecturer at the School of Earth Studies at the University of Leeds": School, Studies, University);
    with `with_conj`, the chain goes on through coordinated objects too. A caller stops where it has its
    answer."""
    frontier = starts
    for _ in range(3):
        nxt = []
        for w in frontier:
            for prep in children(w):
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
                    continue
                for pobj in children(prep):
                    if pobj.dep_ != "pobj":
                        continue
                    yield pobj
                    nxt.append(pobj)
                    if with_conj:
                        nxt += [c for c in children(pobj) if c.dep_ == "conj"]
        frontier = nxt


class NameFinder:
    def __init__(self, view: DocView, table: EntityTable):
        self.view, self.table, self.kb = view, table, view.kb
        self.honorifics = view.kb.honorifics
        self._full_names: dict[str, str] | None = None
        self._sole_full: dict[str, str] | None = None
        self.serves: list[tuple[Ent, Token]] = []   # (person, role word of their appositive)
        self.staff: list[tuple[Ent, Ent]] = []      # (staff member, the person they work for: principal())

    def run(self) -> None:
        self.governments_of_leaders()
        self.persons()
        self.bare_surnames()
        self.handles()
        self.unrecognised_speakers()
        self.given_names_before_surnames()
        self.kb_names()
        self.regions_as_actors()
        self.outlets_told()
        self.police_initials()
        self.orgs()
        self.acronyms_in_full()
        self.country_from_employer()
        self.us_party_state_labels()
        self.staff_countries()

    def staff_countries(self) -> None:
        """A staff member takes the country their principal was given after both were read (a party-and-state
        label, an employer): "Sen. Tom Roe (D-Ore.) ... Roe spokeswoman Ann Lee" (session 25)."""
        for ent, boss in self.staff:
            if ent.country is None and boss.country is not None:
                ent.set_country(boss.country, "employer")

    def us_party_state_labels(self) -> None:
        """"Chairman Tom Reade (R-S.C.)", "Rep. Ann Cole (D-Calif.)", "Paul Hallen (Md.)": a person's name
        followed by a party letter and a US state, or a state alone, in parentheses is how US news labels members
        of Congress and of state legislatures: the United States (source "name"), and a legislator when nothing
        else gave a sector (with a party letter). The state is an AP abbreviation or a postal code (word list
        US_STATE_LABELS); a bare "(R)" says no state and is left alone (session 25)."""
        text = self.view.text
        toks = self.view.toks
        for m in self.table.ments:
            if m.kind != "name" or len(m.ents) != 1 or m.ents[0].kind != "PERSON" or m.ents[0].generic:
                continue
            ent = m.ents[0]
            last = toks[m.end - 1]
            after = text[last.idx + len(last.text):last.idx + len(last.text) + 16]
            found = _US_LABEL.match(after)
            key = found.group(2).lower().replace(" ", "") if found else ""
            if key not in US_STATE_LABELS or not (found.group(1) or key.endswith(".") or len(key) > 2):
                continue          # a bare postal code ("(OK)", "(IN)") only after a party letter
            if ent.country is None:
                ent.set_country("USA", "name")
            if ent.country == "USA" and ent.sector is None and found.group(1):
                ent.sector = "LEG"

    def governments_of_leaders(self) -> None:
        """"the Obama administration", "Biden White House officials": the leader's government, not the
        leader (administrations.py)."""
        table = self.table
        for start, end, head, iso in administrations(self.kb, self.view.doc):
            if not any(table.taken[start:end]):
                table.add(start, end, head, "name", "ORG", [table.group_ent(iso, "GOV", source="kb")])

    # ------------------------------------------------------------------ people
    def clean_span(self, span: Span) -> tuple[int, int]:
        """Trim a PERSON span of honorifics/titles inside it and a trailing possessive."""
        start, end = span.start, span.end
        toks = self.view.toks
        # honorifics, and titles the recogniser ran into the name ("spokesperson Lu Kang"): a name
        # starts with a capitalised word that is no title
        while start < end - 1 and (toks[start].lower_ in self.honorifics or toks[start].lower_ in POSSESSIVE
                                   or toks[start].is_punct or toks[start].text[:1].islower()
                                   or toks[start].lower_ in self.kb.roles and toks[start + 1].text[:1].isupper()):
            start += 1
        # "Organizer Dwayne Croteau said": a sentence-initial noun for a person before a full name
        first = toks[start]
        if end - start >= 3 and first.is_sent_start and first.lower_.endswith(PERSON_SUFFIXES) \
                and first.lower_ not in self.kb.given_gender:
            start += 1
        while end > start + 1 and (toks[end - 1].lower_ in (*POSSESSIVE, "'", "\u2019") or toks[end - 1].is_punct):
            end -= 1
        return start, end

    def title_phrase(self, span_start: int, root: Token) -> list[Token]:
        """Tokens before a name that modify it: 'President', 'Syrian President', 'Secretary of State'.

        The longest run of words left of the name (no punctuation except a title hyphen, no number,
        no determiner) whose words all depend, within the run, on the name."""
        toks = self.view.toks
        left = span_start
        while left > 0 and span_start - left < 8:
            t = toks[left - 1]
            hyphen_title = (t.text == "-" and not t.whitespace_ and left > 1 and not toks[left - 2].whitespace_
                            and toks[left - 2].text[:1].isupper())       # Secretary-General
            if t.is_space or (t.is_punct and not hyphen_title) or t.like_num or self.view.dateline[t.i] \
                    or t.dep_ in ("det", "predet") or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of":
                break
            left -= 1

        def attached(t: Token, lo: int) -> bool:
            seen = 0
            while seen < 12:
                if span_start <= t.i <= root.i:
                    return True
                if t.head is t or not lo <= t.head.i <= root.i or t.dep_ == "punct" and t.text != "-":
                    return t.text == "-" and lo <= t.i
                t, seen = t.head, seen + 1
            return False

        for lo in range(left, span_start):
            run = toks[lo:span_start]
            if run[0].lower_ == "of" or run[0].dep_ in ("prep", "case"):
                continue
            words = [t.lower_ for t in run]
            joined = next((k for k, w in enumerate(words) if w in ("and", "or", "&")), None)
            if joined is not None and "of" not in words[:joined]:
                continue      # "Trump and Chinese leader Xi": two people ("Minister of Trade and Industry" is one title)
            if all(attached(t, lo) for t in run):
                return list(run)
        return []

    def appositive(self, root: Token) -> tuple[list[Token], Token] | None:
        """A role phrase in apposition to a name: 'Zarubin, a Russian ... correspondent' or
        'Peru's president, Ana Quispe'."""
        for c in children(root):
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ == "PERSON":
                toks = [t for t in subtree(c) if t.i <= c.i]
                for p in children(c):        # "president of Russia" (not "commander of a force in Syria")
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in children(p):
                            if o.dep_ == "pobj" and o.i in self.view.country_of:
                                toks.extend([p, *subtree(o)])
                return toks, c
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON":
            h = root.head
            title = self.title_above(h)
            if title is not None:       # "the mayor of Lyon, Jean Dupont": the name is the mayor's, not Lyon's
                name = {t.i for t in subtree(root)}
                toks = [t for t in subtree(title) if t.i < root.i and t.i not in name]
                while toks and toks[-1].is_punct:
                    toks.pop()
                return toks, title
            return [t for t in subtree(h) if t.i <= h.i], h
        return None

    def person_spans(self) -> list[Span]:
        """The PERSON entities, and names the recogniser labelled otherwise that are a person's full
        name: a known given name and a surname the text also uses alone as a PERSON ("Morgan McNeely"
        labelled ORG, then "McNeely said")."""
        kb = self.kb
        alone = {e.text for e in self.view.ents if e.label_ == "PERSON" and len(e) == 1}
        out = []
        placed = self.view.placed_name_spans
        for span in self.view.ents:
            if span.label_ == "PERSON" and self.kind_of_force(span):
                continue
            if span.label_ == "PERSON" and (span.start_char, span.end_char) in placed:
                continue         # "detained in Izmir": a city the recogniser called a person, placed by the geo stage
            if span.label_ == "PERSON" and not any(t.text[:1].isupper() for t in span) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children):
                continue         # "the minister jabbed back": a verb the recogniser called a person (a name
                                 # written in lower case, "President obama", has no subject)
            if span.label_ == "PERSON" and not self.the_institution(span):
                out.append(span)
                continue
            if span.label_ in ("ORG", "PERSON") and (tail := self.name_after_portfolio(span)) is not None:
                out.append(tail)         # "Secretary of Defense Lloyd Austin": the recogniser's span starts at "Defense"
                continue
            if span.label_ == "ORG" and (tail := self.titled_name(span)) is not None:
                out.append(tail)
                continue
            if span.label_ == "ORG" and self.after_title(span):
                out.append(span)         # "Rada Chairman Andriy Parubiy": a name the recogniser called ORG
                continue
            if span.label_ in ("ORG", "GPE", "NORP") and self.office_holder_name(span):
                out.append(span)         # "Trump said", "Biden hosted": a leader the recogniser called a body
                continue
            words = [t for t in span if t.text != "-"]         # "Eva-Marie Persson"
            if span.label_ in ("ORG", "GPE", "LOC", "NORP") and len(words) <= 3 and self.names_a_role_holder(span) \
                    and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                    and not any(t.i in self.view.kbm_tokens for t in words):
                out.append(span)         # "her father, Piotr": a title's appositive names a person
                continue
            if span.label_ in ("ORG", "GPE", "NORP") and len(words) in (2, 3) \
                    and words[0].lower_ in kb.given_gender \
                    and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                    and (span[-1].text in alone or self.names_a_role_holder(span)):
                out.append(span)
        return out

    def office_holder_name(self, span: Span) -> bool:
        """Is the span, labelled an organisation or place, the name of an office holder of the KB (leaders.csv:
        "Trump", "Biden") used as a name, not as a modifier ("the Trump administration") and not also the name
        of a country, body or company the KB knows?"""
        words = [t for t in span if t.text != "-"]
        if not words or span.root.dep_ == "compound" or not all(t.text[:1].isupper() and t.pos_ == "PROPN"
                                                                  for t in words):
            return False
        name = span.text
        kb = self.kb
        return bool(kb.offices_for(name)) and not kb.lookup_country(name) and not kb.org_only.get(_norm(name)) \
            and not any(t.i in self.view.kbm_tokens for t in words)

    def kind_of_force(self, span: Span) -> bool:
        """"Riot police hauled away ...", "Border guards fired": a capitalised word the recogniser took for a
        person that only says what kind of police or troops the common noun after it names (word list
        FORCE_HEADS; round 15); a given name ("Smith troops" is no such case: "Smith" is no given name either,
        so only a lower-case common-noun head of FORCE_HEADS counts)."""
        if len(span) != 1:
            return False
        t = span[0]
        head = t.head
        return t.dep_ == "compound" and head.i == t.i + 1 and head.pos_ == "NOUN" and head.text.islower() \
            and head.lemma_.lower() in FORCE_HEADS and t.lower_ not in self.kb.given_gender

    def after_title(self, span: Span) -> bool:
        """Two or three capitalised words labelled ORG right after a capitalised title of the KB that
        modifies them ("Chairman Andriy Parubiy", "Governor Babajide Sanwo-Olu"): a titled person, unless the
        last word makes them a body ("Secretary General Office")."""
        words = [t for t in span if t.text != "-"]
        if span.start == 0 or not 2 <= len(words) <= 3 or words[-1].lower_ in self.kb.org_nouns \
                or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words) \
                or any(t.i in self.view.kbm_tokens for t in words):
            return False
        title = self.view.toks[span.start - 1]
        return title.text[:1].isupper() and title.lower_ in self.kb.roles and title.head.i == span.root.i

    def the_institution(self, span: Span) -> bool:
        """A "person" that is an institution: one word after "the" that is no given name ("the Louvre said",
        "the Prado declined to comment" -- people's names take no article, museums' and galleries' do; "the
        Trump administration" is a modifier, "the Obamas" a family), or a shop named with a possessive."""
        if self.possessive_business(span):
            return True
        if len(span) > 1 and self.kb.is_legal_form(span[-1].text) and span[-1].text[:1].isupper():
            return True         # "Saturn Corporation", "Halden Foods Ltd.": a legal form names a company (session 23)
        if len(span) != 1 or span.start == 0:
            return False
        t = span[0]
        return self.view.lowers[span.start - 1] == "the" and t.tag_ == "NNP" and t.dep_ != "compound" \
            and t.lower_ not in self.kb.given_gender and not t.lower_.endswith("s")

    def possessive_business(self, span: Span) -> bool:
        """"Lowe's said it would hire", "shoppers at Sainsbury's": a name with a possessive "'s" that owns
        nothing (the name is itself a subject or object) is a shop or firm named after its founder, not
        that person ("Lowe's stores" stays a possessive)."""
        root = span.root
        return root.i == span.end - 1 and span.end < len(self.view.toks) \
            and self.view.texts[span.end] in POSSESSIVE and self.view.toks[span.end].head.i == root.i \
            and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")

    def place_as_modifier(self, span: Span) -> bool:
        """A one-word "person" that modifies a noun and is a place the geo stage found in the text: "the
        Guelph resident", "a Toronto lawyer" (the recogniser's PERSON for a town before a role)."""
        root = span.root
        if len(span) != 1 or root.dep_ != "compound" or root.head.pos_ != "NOUN":
            return False
        return root.text in {p.name for p in self.view.places if p.role == "place"}

    def names_a_role_holder(self, span: Span) -> bool:
        """The name stands in apposition to a person's title: "Norway's deputy director, Eva-Marie Persson"."""
        root = span.root
        return root.dep_ == "appos" and root.head.pos_ == "NOUN" and noun_lemma(root.head) in self.kb.roles

    def portfolio_words(self, span: Span) -> int:
        """How many words at the start of the span complete the title before it into an office of the KB
        ("Secretary of" + "Defense", "Secretary of" + "Homeland Security"); 0 when none do."""
        first = span[0]
        prep = first.head if first.dep_ == "pobj" else None
        if prep is None or prep.lower_ != "of" or prep.i != span.start - 1 or not prep.head.text[:1].isupper():
            return 0
        return portfolio_length(self.kb, prep.head.lower_, list(span))

    def name_after_portfolio(self, span: Span) -> Span | None:
        """The person named after an office's portfolio the recogniser ran into one span ("Secretary of
        [Defense Lloyd Austin]" -> "Lloyd Austin"): one to three capitalised names after the portfolio."""
        k = self.portfolio_words(span)
        return _name_tail(span[k:]) if k else None

    def titled_name(self, span: Span) -> Span | None:
        """The person's name at the end of an organisation-labelled span that runs through a title
        ("Anishinaabe Grand Chief Migizi" -> "Migizi"): one to three capitalised names after
        a capitalised role word of the KB."""
        kb = self.kb
        for k in range(len(span) - 2, -1, -1):
            t = span[k]
            if t.lower_ in kb.roles and t.lower_ not in HEAD_ONLY_ROLES and t.text[:1].isupper():
                tail = span.doc[t.i + 1:span.end]
                if tail and tail[-1].lower_ in kb.org_nouns:
                    return None          # "National Water Commission": a body
                if tail and kb.is_legal_form(tail[-1].text):
                    return None          # "General Motors Corporation": a company (session 23)
                if any(_norm(u.text) in kb.country_by_demonym for u in tail) or noun_lemma(tail[-1]) in kb.terms:
                    return None          # "Royal Thai Army", "Royal Air Force": a people's name or a group noun
                                         # ends no person's name (session 23)
                return _name_tail(tail)
        return None

    def persons(self) -> None:
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        for span in self.person_spans():
            start, end = self.clean_span(span)
            for m in view.kbm:
                if m.kind == "L" and m.start <= start < m.end and end <= m.end and m.end - m.start > end - start:
                    start, end = m.start, m.end   # "Ursula von der" cut short by the recogniser: the KB's name
                                                  # (also "To Lam" read as "to" + "Lam": the KB's whole name)
            if start >= end or any(table.taken[start:end]) or any(view.dateline[start:end]) \
                    or any(view.furniture[start:end]) \
                    or is_credit(view.text, span.start_char, span.end_char):
                continue
            if any((m.kind in ("O", "C", "M", "D") or m.kind == "P" and not kb.named[m.key].dated)
                   and m.start <= start and end <= m.end for m in view.kbm):
                continue          # the KB knows the name as an organisation/country ("al-Shabab", "Jordan")
            if any(m.kind == "O" and m.end == end and m.start > start
                   and all(t.is_upper for t in doc[m.start:m.end]) for m in view.kbm):
                continue          # "New Brunswick RCMP": a body's initials after a place, no person (round24)
            last = doc[end - 1]
            if (last.lower_ in kb.roles or noun_lemma(last) in kb.roles) and doc[start].lower_ not in kb.given_gender:
                continue          # a title the recogniser took for a name ("Jim Eglinski, Yellowhead MP, said",
                                  # "Tory MPs said")
            if last.lower_ in kb.place_heads or last.lemma_.lower() in kb.place_heads or self.place_as_modifier(span):
                table.not_person[span.start:span.end] = b"\x01" * (span.end - span.start)
                continue
            name_span = doc[start:end]
            name = " ".join(_NICKNAME.sub(" ", name_span.text).split())   # 'Riefian “Ifan” Fajarsyah'
            if name.endswith(POSSESSIVE) and len(name.split()[-1]) > 2:
                name = name[:-2]         # "Schumer‘s" left as one token by the tokenizer
            root = name_span.root
            # learn from the text: title words before the name, "of <country>", an appositive
            title_toks = self.title_phrase(start, root)
            country_of = view.country_of
            if any(i in country_of for i in range(start, end)):
                # a name's own word is no country of its bearer ("anchor Jane Holland", "reporter Tom Chad"; round24)
                country_of = {k: v for k, v in country_of.items() if not start <= k < end}
            info = read_phrase(kb, title_toks + [root], None, country_of, view.org_code_of) if title_toks else PhraseInfo()
            self.title_of_organisation(title_toks, info)
            for c in children(root):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in children(c):
                        if p.dep_ == "pobj" and p.i in view.country_of:
                            info.country = info.country or view.country_of[p.i]
            appos = self.appositive(root)
            via_appos = False
            if appos is not None:
                ainfo = read_phrase(kb, appos[0], appos[1], view.country_of, view.org_code_of)
                if ainfo.role or ainfo.group_term or ainfo.country:
                    via_appos = info.country is None and ainfo.country is not None
                    info.merge(ainfo)
            source = "apposition" if via_appos else "title"
            if info.country is None:
                appos_place = None if appos is None else \
                    self.appositive_place(appos[1]) or self.phrase_place(list(subtree(appos[1])))
                origin = self.origin_country(root, appos[1] if appos is not None else None) \
                    or self.title_place(title_toks) or appos_place or self.based_origin(title_toks, appos)
                if origin:
                    info.country, source = origin, "place"
            principal = self.principal(title_toks, info)
            if principal is not None:
                if principal.country is not None:
                    info.country, source = principal.country, "employer"
                info.sector, info.head_role = principal.sector or info.sector, False
            hon = doc[start - 1].lower_ if start > 0 else ""
            if self.honorifics.get(hon):
                info.gender = info.gender or self.honorifics[hon]
            if title_toks and kb.offices_for(f"{title_toks[-1].text} {name}"):
                name = f"{title_toks[-1].text} {name}"     # "Prince" + "Harry": the KB knows the titled name
            ent = self.link_person(name, info, source, introduced=self.names_a_role_holder(name_span))
            if principal is not None and principal is not ent:
                self.staff.append((ent, principal))
            if appos is not None:
                self.serves.append((ent, appos[1]))
            m_start = start
            if title_toks:
                m_start = title_toks[0].i
                table.phrase_tokens[m_start:start] = b"\x01" * (start - m_start)
            elif hon in self.honorifics:
                m_start = start - 1
            table.add(m_start, end, root.i, "name", "PERSON", [ent])
            ent.alias(name)
            if appos is not None:
                toks, h = appos
                words = [t for t in toks if not t.is_punct] or toks    # not a quotation mark before it
                a_start, a_end = min(t.i for t in words), max(t.i for t in toks) + 1
                if not any(table.taken[a_start:a_end]):
                    table.add(a_start, a_end, h.i, "nominal", "NOMINAL", [ent], name_level=False)
                    table.phrase_tokens[a_start:a_end] = b"\x01" * (a_end - a_start)

    def principal(self, title_toks: list[Token], info: PhraseInfo) -> Ent | None:
        """"Roe spokeswoman Ann Lee", "the senator's aide Tim Wu": the person named before whose staff the
        title holder is (word list PRINCIPAL_STAFF); they speak for that person and share their country
        and sector (session 25). Only a person the text has already named, by the last word of the name."""
        if info.role is None or info.role.lower() not in PRINCIPAL_STAFF or not title_toks:
            return None
        owners = [t for t in title_toks if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"
                  and t.i not in self.view.country_of and t.i not in self.view.org_code_of]
        for t in owners:
            word = t.text.lower().removesuffix("'s").removesuffix("\u2019s")
            for m in self.table.mentions_before(t.i):
                if len(m.ents) == 1 and m.ents[0].kind == "PERSON" and (m.ents[0].country or m.ents[0].sector) \
                        and m.ents[0].name.lower().split()[-1] == word:
                    return m.ents[0]
        return None

    def title_of_organisation(self, title_toks: list[Token], info: PhraseInfo) -> None:
        """"AFL-CIO President Richard Trumka", "InfoNation President Dan McDowell": a government title
        after an organisation's name is that organisation's office -- its sector when its name says it
        ("... Union"), else none -- not a state's."""
        if info.sector != "GOV" or info.country is not None or info.role not in ORGANISATION_TITLES:
            return          # ("Education Minister Rob Fleming": a portfolio, which the recogniser may call an ORG)
        org = [t for t in title_toks if t.ent_type_ == "ORG" and t.lower_ not in self.kb.roles
               and t.i not in self.view.country_of and t.i not in self.view.org_code_of]
        if not org:
            return
        body = read_phrase(self.kb, org, org[-1], self.view.country_of, self.view.org_code_of)
        info.sector = body.sector if body.group_term and body.sector != "GOV" else None
        info.head_role = False

    def title_above(self, noun: Token) -> Token | None:
        """The role noun whose phrase a place or body ends ("the mayor of Lyon", "the head of the fire service
        in Kano", "the secretary of the Treasury"): the parse hangs a following apposition on that last noun,
        though it names the role's holder."""
        t = noun
        for _ in range(3):
            if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "in", "for"):
                return None
            t = t.head.head
            if t.pos_ != "NOUN":
                return None
            if noun_lemma(t) in self.kb.roles:
                return t
        return None

    def phrase_place(self, toks: list[Token]) -> str | None:
        """The country of a town or region an apposition's role is "of" or "in" ("the mayor of Lyon",
        "Jean Dupont, the mayor of Lyon")."""
        for t in toks:
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "in"):
                found = self.view.town_places.get(t.idx)
                if found:
                    return found
        return None

    def appositive_place(self, head: Token) -> str | None:
        """"Maria Gonzalez, a Palo Alto business consultant", "Tom Reed, a Leeds teacher": the country of the
        city or region (no village: a surname may be one) that modifies the noun of a person's apposition."""
        view = self.view
        for c in lefts(head):
            if c.dep_ not in ("compound", "nmod") or c.pos_ != "PROPN":
                continue
            found = view.town_places.get(c.idx)
            if found and not self.table.taken[c.i]:
                return found          # a town or region the geo stage found
            if c.ent_type_ in ("GPE", "LOC"):
                span = view.place_entity(c)
                if span is not None and not any(self.table.taken[span.start:span.end]):
                    iso = region_country(span.text, view.context_countries)
                    if iso:
                        return iso
        return None

    def based_origin(self, title_toks: list[Token], appos: tuple[list[Token], Token] | None) -> str | None:
        """"Zhang Wei, a Beijing-based commentator", "Nairobi-based economist Jane Doe": the country of the
        city a person's title or apposition says they are based in (the parse hangs "Nairobi-based" on the
        title word, left of the run of title words before the name)."""
        toks = [*title_toks, *(appos[0] if appos is not None else ())]
        toks += [t for w in title_toks for c in lefts(w) if c.dep_ == "amod" and c.lower_ == "based"
                 for t in subtree(c)]
        return based_country(toks, self.view.context_countries)

    def title_place(self, title_toks: list[Token]) -> str | None:
        """"Victoria Premier Daniel Andrews", "Texas Gov. Greg Abbott": the country of the region or city
        whose office the title names (a run of proper nouns before the title word)."""
        kb = self.kb
        run: list[Token] = []
        for t in title_toks:
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in kb.roles \
                    and t.lower_.rstrip(".") not in self.honorifics and t.i not in self.view.country_of:
                run.append(t)
            elif run:
                break
        if not run or len(run) == len(title_toks):
            return None
        return self.place_here(" ".join(t.text for t in run))

    def origin_country(self, root: Token, appos: Token | None) -> str | None:
        """"Arjun Mehta, 24, from Punjab's Ludhiana", "Maria Lopez, a nurse from Caracas": the country of
        the place a person is said to come from (a country, or a city or region the gazetteer places in one)."""
        view = self.view
        for head in (root, appos):
            for c in children(head) if head is not None else ():
                if c.dep_ != "prep" or c.lower_ != "from":
                    continue
                for o in children(c):
                    if o.dep_ != "pobj":
                        continue
                    for t in (o, *(g for g in children(o) if g.dep_ in ("poss", "compound"))):
                        if t.i in view.country_of:
                            return view.country_of[t.i]
                    span = view.place_entity(o) if o.ent_type_ in ("GPE", "LOC") else None
                    if span is not None and not any(self.table.taken[span.start:span.end]):
                        iso = place_country(span.text, view.context_countries)
                        if iso:
                            return iso
                    # "from Kisumu's Nyalenda": the region or city a possessive names, also when the
                    # recogniser took the whole phrase for a person
                    for g in children(o):
                        if g.dep_ == "poss" and g.pos_ == "PROPN":
                            iso = region_country(g.text, view.context_countries)
                            if iso:
                                return iso
        return None

    def bare_surnames(self) -> None:
        """Surnames the entity recogniser missed ("Traeger said") of people named in full elsewhere."""
        view, table = self.view, self.table
        by_part: dict[str, Ent] = {}
        firsts: dict[str, list[Ent]] = {}
        for e in table.ents.values():
            if e.kind == "PERSON" and len(e.name.split()) >= 2:
                words = e.name.split()
                by_part.setdefault(words[-1].lower().strip(".,"), e)
                firsts.setdefault(words[0].lower().strip(".,"), []).append(e)
        ambiguous: dict[str, list[Ent]] = {}
        for first, es in firsts.items():   # a given name alone ("Jayme") when only one person has it
            if len(es) == 1 and first not in by_part and first not in self.honorifics:
                by_part[first] = es[0]
            elif len(es) > 1 and first not in by_part and first not in self.honorifics:
                ambiguous[first] = es      # a family name written first ("Park Ji-woo", "Park Min-jun")
        for e in table.ents.values():        # people known by one name ("Demi") the recogniser missed later
            if e.kind == "PERSON" and len(e.name.split()) == 1 and e.office is None:
                by_part.setdefault(e.name.lower(), e)
        if not by_part and not ambiguous:
            return
        first_named = {}
        if ambiguous:
            for m in table.ments:
                if m.kind == "name" and len(m.ents) == 1:
                    first_named[id(m.ents[0])] = min(first_named.get(id(m.ents[0]), m.start), m.start)
        toks, lowers = view.toks, view.lowers
        for t in toks:
            key = lowers[t.i].strip("\u200b")
            if key not in by_part and key in ambiguous:
                # of several people who share the word, the only one named in full before it (round24)
                named = [e for e in ambiguous[key] if first_named.get(id(e), len(toks)) < t.i]
                if len(named) != 1:
                    continue
                by_part[key] = named[0]
                person = named[0]
            elif key not in by_part:
                continue          # (the test below needs it; the cheapest part first)
            else:
                person = None
            # a name the KB knows as a country may be a first name ("Jordan said" after "Jordan Stewart")
            # (or, whatever the recogniser calls it, when someone of that surname is named in full and the
            # name is the subject of a verb of saying: "anchor Jane Holland ... Holland recalled";
            # round24)
            kb_name = t.i in view.kbm_tokens and not (
                (t.ent_type_ == "PERSON" or by_part[key].name.split()[-1].lower().strip(".,") == key)
                and view.speech_subject(t))
            # the tagger may call a surname after a quote a noun ('," Sinclair states'): capitalised
            # inside a sentence, it is still the name
            proper = t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_sent_start and t.text[1:].islower() \
                or t.pos_ in ("ADJ", "NOUN") and t.text[1:].islower() and t.i + 1 < len(toks) \
                and toks[t.i + 1].pos_ in ("CCONJ", "PUNCT", "VERB", "AUX")     # "Trump and Chinese leader Xi"
            month = _month_as_doer(t)
            if ((proper or month) and t.text[:1].isupper() and not table.taken[t.i] and not kb_name
                    and not table.not_person[t.i] and t.lower_.strip("\u200b") in by_part
                    and (t.ent_type_ in _SURNAME_LABELS or month)
                    and not (t.i + 1 < len(toks) and toks[t.i + 1].pos_ == "PROPN"
                             and not toks[t.i + 1].lower_ in POSSESSIVE)):
                start = t.i
                if t.i > 0 and toks[t.i - 1].lower_ in self.honorifics and not table.taken[t.i - 1]:
                    start = t.i - 1
                table.add(start, t.i + 1, t.i, "name", "PERSON", [by_part[key]])
            if person is not None:
                del by_part[key]

    def handles(self) -> None:
        """A social-media handle that spells a person's name ("@JaneRoe", "@jane_roe") of a person the text
        names in full is that person: "Senator @JaneRoe did a fine job" praises her (session 24). Only a
        handle whose words are all of one person's full name (or its first and last words) counts."""
        table = self.table
        people: dict[str, Ent] = {}
        for e in table.ents.values():
            if e.kind == "PERSON" and not e.generic and len(e.name.split()) >= 2:
                words = [w.lower().strip(".,") for w in e.name.split()]
                for key in ("".join(words), words[0] + words[-1]):
                    if people.get(key, e) is not e:
                        people[key] = None          # two people of that spelling: neither
                    else:
                        people[key] = e
        if not people:
            return
        for t in self.view.toks:
            if t.text[:1] != "@" or len(t.text) < 4:
                continue
            person = people.get(re.sub(r"[^a-z]", "", t.text[1:].lower()))
            if person is None:
                continue
            if not table.taken[t.i]:
                table.add(t.i, t.i + 1, t.i, "name", "PERSON", [person])
                continue
            for m in table.ments:
                # the recogniser took the handle for a person of its own: it is the one named in full
                if m.start == t.i and m.end == t.i + 1 and len(m.ents) == 1 and m.ents[0].name.startswith("@"):
                    m.ents = [person]

    def unrecognised_speakers(self) -> None:
        """A capitalised name the recogniser missed, subject of a verb of saying ("Baxter said"):
        a person; a lone surname takes the full name used elsewhere ("Moyra Baxter")."""
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        for t in view.toks:
            if view.deps[t.i] != "nsubj" or view.pos[t.i] != "PROPN":
                continue          # (the test below repeats it; the cheapest part first)
            if (t.dep_ != "nsubj" or t.pos_ != "PROPN" or not t.text[:1].isupper() or table.taken[t.i]
                    or t.i in view.kbm_tokens or table.not_person[t.i]
                    or t.head.lemma_.lower() not in kb.speech_verbs
                    or t.ent_type_ in ("NORP", "FAC", "DATE", "TIME")
                    or hashtag_word(t)):
                continue          # (nor a hashtag: "#Justdoit," he wrote)
            if t.ent_type_ in ("GPE", "LOC", "ORG"):
                # the recogniser called it a place/organisation: a person only if written in full with
                # a known given name elsewhere ("Murray Sinclair ... Sinclair said")
                full = self.full_name_for(t)
                if not full or full.split()[0].lower() not in kb.given_gender:
                    continue
            if t.lower_ in kb.roles or t.lemma_.lower() in kb.terms or t.lower_ in self.honorifics \
                    or t.lower_ in kb.thing_names or self.possessive_business(doc[t.i:t.i + 1]):
                continue          # (nor a thing: "the Bible tells us ...")
            comp = [c for c in lefts(t) if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                    and c.text[:1].isupper() and not table.taken[c.i] and c.i not in view.kbm_tokens]
            start = comp[0].i if comp and comp[-1].i == t.i - 1 else t.i
            if start == t.i:
                name = self.full_name_for(t) or t.text
            else:
                name = doc[start:t.i + 1].text
            if start > 0 and doc[start - 1].lower_ in self.honorifics:
                start -= 1
            info = PhraseInfo(gender=self.honorifics.get(doc[start].lower_))
            # a title before the name the recogniser missed is read as for any name ("the outgoing PM
            # Ana Novak said": GOV, whose country the story gives; round24)
            title_toks = [] if start < t.i and doc[start].lower_ in self.honorifics else self.title_phrase(start, t)
            if title_toks:
                country_of = {k: v for k, v in view.country_of.items() if not start <= k <= t.i}
                tinfo = read_phrase(kb, title_toks + [t], None, country_of, view.org_code_of)
                tinfo.gender = tinfo.gender or info.gender
                info = tinfo
            ent = self.link_person(name, info)
            if title_toks:
                table.phrase_tokens[title_toks[0].i:start] = b"\x01" * (start - title_toks[0].i)
                start = title_toks[0].i
            table.add(start, t.i + 1, t.i, "name", "PERSON", [ent])

    def given_names_before_surnames(self) -> None:
        """A person known so far by one word ("Lindsay") whose given name stands right before that word
        somewhere ("Patrice Lindsay, director of ..." where the recogniser took only the surname, or
        labelled "Morgan McNeely" an organisation) is named in full. Only when one given name is ever
        written before the surname: two ("Dorie Greenspan", "Michael Greenspan") are two people."""
        view, table, kb = self.view, self.table, self.kb
        toks = view.toks
        given: dict[int, tuple[Ent, set[str], list]] = {}
        title_words = {w for role in kb.roles for w in role.split()}     # "prince" of "crown prince"
        for m in table.ments:
            if m.kind != "name" or len(m.ents) != 1 or m.head == 0:
                continue
            e = m.ents[0]
            if e.kind != "PERSON" or e.office is not None or len(e.name.split()) != 1 \
                    or toks[m.head].text != e.name or m.end != m.head + 1:
                continue
            entry = given.setdefault(id(e), (e, set(), []))
            # the word before the surname, outside the mention or read as its title ("Mamadou Dia")
            p = toks[m.head - 1]
            outside = p.i < m.start
            # the tagger may read a given name as a word ("Will Young": a modal verb)
            named = p.pos_ == "PROPN" or p.pos_ in ("AUX", "VERB", "NOUN", "ADJ") and p.dep_ in ("compound", "flat") \
                and p.head.i == m.head
            if (named and p.is_alpha and p.text[:1].isupper() and not p.is_upper
                    and p.whitespace_ == " " and not (outside and table.taken[p.i]) and p.i not in view.kbm_tokens
                    and p.lower_ not in title_words and p.lower_ not in self.honorifics and p.lemma_.lower() not in kb.terms
                    and (p.lower_ in kb.given_gender or p.dep_ in ("compound", "flat") and p.head.i == m.head)):
                entry[1].add(p.text)
                if outside:
                    entry[2].append(m)
        for e, firsts, ments in given.values():
            if len(firsts) != 1:
                continue
            first = next(iter(firsts))
            full = f"{first} {e.name}"
            e.name = full
            e.name_parts |= name_parts(full)
            e.alias(full)
            if e.gender is None:
                e.gender = kb.given_gender.get(first.lower())
            for m in ments:
                m.start -= 1
                table.taken[m.start] = 1

    def place_in_name(self, toks: list[Token]) -> str | None:
        """The country of a city or region an organisation's name holds: "the University of Melbourne",
        "Archdiocese of Lagos" (the place after "of"), "Toronto Police Service", "Victoria Police" (a place
        of one or two words first, a body noun last). Only regions, capitals and sizeable cities (`region_country`): a village
        that shares a word of the name is no evidence, nor a small namesake in a country the text names, nor a
        first word that is a word of the knowledge base's kinds of body ("Union", a town in the US and a union)."""
        kb, view = self.kb, self.view
        words = [t for t in toks if t.lower_ != "the"]
        if len(words) < 2:
            return None
        of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
        if of is not None and 0 < of < len(words) - 1:
            rest = words[of + 1:]
            if all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
                return self.place_here(" ".join(t.text for t in rest))
            return None
        last = noun_lemma(words[-1])
        if words[0].lower_ in OUTLET_NAME_FIRST and all(t.pos_ == "PROPN" for t in words[1:]):
            # "Radio Kano": a broadcaster named after its city (session 21)
            return self.local_outlet_place(" ".join(t.text for t in words[1:]))
        if words[-1].lower_ in OUTLET_NAME_LAST and last not in kb.terms and last not in kb.org_nouns:
            # "the Dallas Morning News": a paper named after its city
            return self.local_outlet_place(words[0].text) if words[0].pos_ == "PROPN" else None
        # (not a first word that says what kind of body it is: the "Union" of "Union Solidarity and
        # Development Party" is no town of that name)
        if words[0].pos_ == "PROPN" and words[0].lower_ not in kb.given_gender \
                and words[0].lower_ not in kb.terms and words[0].lower_ not in kb.modifiers \
                and (last in kb.terms or last in kb.org_nouns):
            if len(words) > 3 and words[1].pos_ == "PROPN" and words[1].text[:1].isupper():
                # a two-word place first: "Niger Delta Development Commission", "Hong Kong Police Force"
                iso = self.place_here(f"{words[0].text} {words[1].text}")
                if iso:
                    return iso
            return self.place_here(words[0].text)
        return None

    def place_here(self, name: str) -> str | None:
        """The country of a town or region named inside an actor's name or title: the dateline's town is the one
        the geo stage read there with its state or country ("the Glasgow Police Department" of a story datelined
        "GLASGOW, Ky." is the Kentucky town's, not Scotland's city); any other name is the largest place of that
        name (`large_place_country`)."""
        view = self.view
        if view.dateline_place and " ".join(name.split()).lower() == " ".join(view.dateline_place.split()).lower() \
                and view.dateline_town_country:
            return view.dateline_town_country
        return large_place_country(name, view.context_countries)

    def local_outlet_place(self, name: str) -> str | None:
        """The country of the city a local outlet is named after, when the text names that country or none
        ("Riverside FM" in a story from England is no Californian station; session 21)."""
        view = self.view
        known = set(view.context_countries) | {p.country for p in view.places or () if p.country}
        iso = self.place_here(name)
        return iso if iso and (not known or iso in known) else None

    def located_in(self, start: int, end: int) -> str | None:
        """"the Institute of Marine Science in Galveston, Texas", "a clinic in Kisumu": the country of the city
        or region (or country) an organisation's name is followed by after "in", when the "in" phrase hangs
        on the name (not "X said in Beijing")."""
        view = self.view
        toks = view.toks
        if end + 1 >= len(toks) or toks[end].lower_ != "in" or not start <= toks[end].head.i < end:
            return None
        place = toks[end + 1]
        if place.i in view.country_of:
            return view.country_of[place.i]
        span = view.place_entity(place) if place.ent_type_ in ("GPE", "LOC") else None
        if span is None or span.start != place.i:
            return None
        return self.place_here(span.text)

    def acronyms_in_full(self) -> None:
        """An organisation known by its acronym ("IRCC") or a short form ("Suncor") is named as the
        article spells it out ("Immigration, Refugees and Citizenship Canada (IRCC)", "Suncor Energy");
        when the long name is an entity of its own, the two are one organisation."""
        table, view = self.table, self.view
        org_names = [" ".join(e.text.split()) for e in view.ents if e.label_ == "ORG"]
        by_name = {e.name.lower(): e for e in table.ents.values() if e.kind == "ORG"}
        # an acronym the recogniser called a person ("EDC said") is the organisation it spells
        persons = [e for e in table.ents.values() if e.kind == "PERSON" and e.name.isupper() and " " not in e.name]
        for e in [*by_name.values(), *persons]:
            if e.country_source == "kb":
                continue          # the KB knows it by this name: "Toyota" is not the "Toyota Research Institute"
            long = org_full_name(view.text, e.name, org_names)
            if long == e.name or e.kind == "PERSON" and long == e.name.strip():
                continue
            other = by_name.get(long.lower())
            if other is not None and other is not e:
                for m in table.ments:
                    m.ents = [other if x is e else x for x in m.ents]
                other.alias(e.name)
                table.ents.pop(e.key, None)
            elif e.kind == "ORG":
                e.alias(e.name)
                e.name = long
        # a KB organisation written by its acronym after a long form the KB does not know ("the Food and
        # Drug Administration (FDA) in the US"): the long form is that organisation, with its country
        for e in list(by_name.values()):
            if e.country_source != "kb":
                continue
            for acronym in {a for a in e.aliases if a.replace(".", "").isupper() and " " not in a}:
                other = by_name.get(org_full_name(view.text, acronym, org_names).lower())
                if other is not None and other is not e and other.country_source not in ("kb", "name", "apposition"):
                    for m in table.ments:
                        m.ents = [e if x is other else x for x in m.ents]
                    e.alias(other.name)
                    table.ents.pop(other.key, None)

    def sole_full_name(self, surname: str) -> str | None:
        """The one full name ("Hillary Clinton") among the text's PERSON names that ends in this single
        name, however far ahead: a headline or lead may call someone by surname before naming them in
        full. None when no name or several do ("Hillary Clinton" and "Bill Clinton")."""
        if self._sole_full is None:
            found: dict[str, set[str]] = {}
            for e in self.view.ents:
                words = [t.text for t in e if t.lower_ not in POSSESSIVE and not t.is_punct]
                if e.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
                    found.setdefault(words[-1].lower(), set()).add(" ".join(words))
            self._sole_full = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._sole_full.get(surname.lower())

    def may_be_full_name(self, surname: str, full: str, info: PhraseInfo) -> bool:
        """Can a lone surname be the one full name the text gives later? Not when the KB knows the surname
        alone as an office holder and not the full name ("Trump ...", later "Melania Trump": the surname is
        the president's), nor when the surname's honorific and the full name's given name differ in gender
        ("Mr. Obama ...", later "Michelle Obama")."""
        if self.kb.offices_for(surname) and not self.kb.offices_for(full):
            return False
        return not self.gender_clash(info.gender, full.split()[0])

    def gender_clash(self, gender: str | None, given: str) -> bool:
        """A known gender (an honorific's, a given name's) against a given name the KB knows as the other's."""
        g = self.kb.given_gender.get(given.strip(".").lower())
        return bool(gender and g and gender != g)

    def full_name_for(self, t: Token) -> str | None:
        """'Given Surname' written elsewhere in the document for a lone surname."""
        if self._full_names is None:
            toks = self.view.toks
            self._full_names = {}
            for u in toks[1:]:
                prev = toks[u.i - 1]
                if u.pos_ == "PROPN" and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha \
                        and prev.i not in self.view.country_of and prev.lower_ not in self.kb.roles:
                    self._full_names.setdefault(u.text, f"{prev.text} {u.text}")
        return self._full_names.get(t.text)

    def country_from_employer(self) -> None:
        """'Mykhailo Podolyak, an adviser to President Volodymyr Zelensky': the adviser serves
        Zelensky's country (also 'a spokeswoman for the ministry', 'an official with NATO'); and a weak
        title takes the sector of the organisation it is held in ('Ana Ruiz, director of the Lowy
        Institute': EDU, not the title's own BUS). A seat of government employs too ("a spokesman for the
        Kremlin")."""
        by_token = self.table.name_entity_at(("name", "metonym"))
        for ent, role_word in self.serves:
            self.sector_from_employer(ent, role_word, by_token)
            if ent.country is not None:
                continue
            preps = [*children(role_word), *self.working_preps(role_word)]
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "for", "with", "of", "at"):
                    continue
                for pobj in children(prep):
                    boss = by_token.get(pobj.i)
                    if boss is not None and prep.lower_ == "to" and boss.country \
                            and (boss.kind == "COUNTRY" or boss.sector == "GOV") \
                            and role_word.lemma_.lower() in SENT_TO:
                        # "the envoy to Ukraine": sent there by another country (never Ukraine)
                        ent.foreign_to.add(boss.country)
                        continue
                    if pobj.dep_ == "pobj" and boss is not None and boss.country and boss is not ent:
                        ent.set_country(boss.country, "employer")
                        break
                if ent.country:
                    break
            if ent.country is None:
                iso = self.chain_country(role_word, by_token)
                if iso:
                    ent.set_country(iso, "employer")

    def chain_country(self, role_word: Token, by_token: dict) -> str | None:
        """The country of the organisation a title is held in, further down its "of"/"for"/"at" chain
        than the first phrase: a known organisation's own country ("a fellow at the Centre for Rail
        Studies at Acme University", Acme known), or a country that owns it in a possessive ("a researcher
        at the Institute of Coastal Studies at Canada's Northgate University", "an analyst at Brazil's
        largest lender"). A person or a country in the chain ends the search: the title is not held in
        an organisation there."""
        starts = [role_word, *(p.head for p in self.working_preps(role_word))]
        for pobj in chain_objects(starts, with_conj=False):
            boss = by_token.get(pobj.i)
            if boss is not None and boss.kind != "ORG":
                return None
            if boss is not None and boss.country and not boss.generic:
                return boss.country
            for c in children(pobj):
                if c.dep_ == "poss" and c.i in self.view.country_of:
                    return self.view.country_of[c.i]
            body = self.national_body_country(pobj) if boss is None else None
            if body is not None:
                return body
        return None

    def national_body_country(self, noun: Token) -> str | None:
        """"the spokeswoman for the Kenyan interior ministry", "an aide at the French embassy": a body noun
        of the vocabulary (a group of a state sector) that a country's name or demonym modifies is that
        country's body (not "a professor of Russian history": history is no body; nor a region's
        adjective, view.regional). Session 24."""
        term = self.kb.terms.get(noun_lemma(noun))
        if term is None or term.use != "group" or term.sector not in STATE_SECTORS:
            return None
        view = self.view
        return next((view.country_of[c.i] for c in children(noun)
                     if c.dep_ in ("amod", "compound") and c.i in view.country_of and c.i not in view.regional
                     and view.country_of[c.i] != "IGO"), None)

    @staticmethod
    def working_preps(role_word: Token) -> list[Token]:
        """The prepositions of a participle that places a title in an organisation, through up to two
        prepositional phrases ("a junior engineer working on flood models at the ECMWF": "at" hangs
        on "emissions")."""
        out: list[Token] = []
        frontier = [c for c in children(role_word) if c.dep_ == "acl" and c.lemma_.lower() in WORKING_VERBS]
        for _ in range(3):
            preps = [p for w in frontier for p in children(w) if p.dep_ == "prep"]
            out += preps
            frontier = [o for p in preps for o in children(p) if o.dep_ == "pobj"]
        return out

    def sector_from_employer(self, ent: Ent, role_word: Token, by_token: dict) -> None:
        """A person whose sector is only their title's default -- a weak title, or a head's ("president")
        -- takes that of the named organisation the title is held in ("of", "for"): "Maria Lopez, director
        of the Lowy Institute" is EDU. An organisation of unknown kind leaves no government default: "a
        spokesperson for Instagram", "president of Chapter & Verse" serve no state."""
        role = self.kb.roles.get(ent.role.lower()) if ent.role else None
        if role is None or role.strong and role.sector != "GOV" or ent.sector != role.sector \
                or ent.office is not None and ent.role == ent.office.role:
            return      # (an office of the KB in force decides; one held later or before leaves the text's title)
        boss = self.employer_in_chain(role_word, by_token) or self.served(role_word, by_token)
        if boss is not None and boss is not ent and (boss.sector or role.sector == "GOV"):
            ent.sector = boss.sector
            ent.head_role = ent.head_role and boss.sector == "GOV"
        elif boss is None and role.sector == "GOV" and self.company_owner(role_word):
            ent.sector, ent.head_role = "BUS", False
        elif boss is None and role.sector == "GOV" and not role.strong and self.party_led(role_word):
            ent.sector, ent.head_role = "PTY", False

    def party_led(self, role_word: Token) -> bool:
        """"Jan Weber, the leader of the Christian Democrats", "the head of the party": a weak title held in
        a party (its of-object is "party" or a capitalised name of party members, word list PARTY_MEMBERS)
        is a party office (PTY), not the government's (session 24)."""
        for t in chain_objects([role_word], False):
            term = self.kb.terms.get(noun_lemma(t))
            if term is not None and term.sector == "PTY" or t.lower_ in PARTY_MEMBERS and t.text[:1].isupper():
                return True
        return False

    def company_owner(self, role_word: Token) -> bool:
        """"the firm's president, Ana Costa", "the vice president of Orion LLC, Jim Hart": a head's title held in
        a company -- a possessor or an of/for/at object that is a kind of company ("firm", "carmaker": a BUS
        group noun of the KB) or a name ending in a legal form ("LLC", "Inc.") -- is a business office, not a
        state's (session 23)."""
        kb = self.kb
        owners = [c for c in children(role_word) if c.dep_ == "poss"] + list(chain_objects([role_word], False))
        for t in owners:
            term = kb.terms.get(noun_lemma(t))
            if term is not None and term.sector == "BUS" and t.i not in self.view.country_of:
                return True
            if t.pos_ == "PROPN" and kb.is_legal_form(t.text):
                return True
        return False

    @staticmethod
    def served(role_word: Token, by_token: dict) -> Ent | None:
        """Whom a title held 'to' someone serves: a person of known sector ("an adviser to billionaire Tom
        Greer": BUS) or an organisation ("a consultant to Acme Corp": its sector, none when unknown, as for
        "a spokesperson for Instagram"). An envoy 'to' a country is posted there (SENT_TO), and 'to' a
        country or a person of unknown sector says nothing of the sector."""
        if role_word.lemma_.lower() in SENT_TO:
            return None
        doc = role_word.doc
        if role_word.i + 1 >= len(doc) or doc[role_word.i + 1].lower_ != "to":
            return None
        # the words after "to" up to the phrase's end (the small model may parse "to" as an infinitive's)
        for t in doc[role_word.i + 2:min(len(doc), role_word.i + 8)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                break
            boss = by_token.get(t.i)
            if boss is not None:
                return boss if boss.kind == "ORG" or boss.kind == "PERSON" and boss.sector else None
        return None

    @staticmethod
    def employer_in_chain(role_word: Token, by_token: dict) -> Ent | None:
        """The organisation a title is held in, at the end of its chain of "of"/"for"/"at" phrases: "head
        of sales for Halden Medical", "a lecturer at the School of Earth Studies at the University of Leeds"
        (the university), "senior vice president for space at Boeing". None when the chain
        reaches a country or a government ("President of the United States")."""
        found = None
        for pobj in chain_objects([role_word], with_conj=True):
            boss = by_token.get(pobj.i)
            if boss is not None and boss.kind != "ORG":
                return None
            if boss is not None and not boss.generic:
                found = boss
        return found

    def link_person(self, name: str, info: PhraseInfo, source: str = "title", introduced: bool = False) -> Ent:
        """The entity a person's name refers to: an office holder of the KB, a person already named in
        full, or a new person; then what the title/appositive says about them is learnt. A single name
        `introduced` by a title in apposition ("Okafor's father, Joseph") is a new person unless it is the
        surname of one named before: a given name shared with someone else says nothing."""
        table, kb = self.table, self.kb
        parts = name_parts(name)
        words = [w.strip(".") for w in name.lower().split() if w.strip(".")]
        ent: Ent | None = None
        if len(words) >= 2:
            named = self.named_person(name)
            if kb.offices_for(name):
                ent = table.office_ent(name)
            elif named is not None:
                ent = table.named_ent(named, person=True)
            else:
                key = f"P:{words[0]} {words[-1]}"
                ent = table.ents.get(key)
                if ent is None:
                    # the same person named by the last words of their name ("Al Hashish" after "Fouzia Al
                    # Hashish"), or an earlier surname-only mention of them ("Lee", then "Ann Lee")
                    ent = self.longer_name(words)
                    for e in reversed(list(table.ents.values()) if ent is None else []):
                        short = [w.strip(".").lower() for w in e.name.split()]
                        if e.kind == "PERSON" and not e.office and not self.gender_clash(e.gender, words[0]) and (
                                len(short) == 1 and e.name_parts <= parts
                                or 1 < len(short) < len(words) and words[-len(short):] == short):
                            ent = e
                            e.name, e.key = name, key
                            table.ents[key] = e
                            break
                if ent is None:
                    ent = table.ent(key, name=name, kind="PERSON")
        else:
            # a surname (or single name): the latest person of this document carrying it as a whole
            # word ("Valanciunas" is Jonas Valanciunas, not the pairing "Gasol-Valanciunas"), else as
            # part of a hyphenated name ("Jong-un")
            def given_only(e: Ent) -> bool:
                return introduced and len(e.name.split()) > 1 and not parts <= name_parts(e.name.split()[-1])

            # two people of the story share the surname ("Kim Jong-un", later "Kim Yong-chol"): the one the
            # story has already called by it alone
            carriers = {id(m.ents[0]): m.ents[0] for m in table.ments if len(m.ents) == 1
                        and m.ents[0].kind == "PERSON" and parts and parts <= whole_words(m.ents[0].name)}
            if len(carriers) > 1:
                bare = [m.ents[0] for m in table.ments if len(m.ents) == 1 and id(m.ents[0]) in carriers
                        and m.kind == "name" and m.end - m.start == 1
                        and name_parts(self.view.toks[m.start].text) == parts]
                if len({id(e) for e in bare}) == 1:
                    ent = bare[0]
            for whole in (True, False):
                for m in reversed(table.ments) if ent is None else ():
                    e = m.ents[0]
                    if len(m.ents) == 1 and e.kind == "PERSON" and parts and parts <= e.name_parts \
                            and (not whole or parts <= whole_words(e.name)) and not given_only(e):
                        ent = e
                        break
                if ent is not None:
                    break
            if ent is None:
                for e in table.ents.values():
                    if e.kind == "PERSON" and parts and parts <= e.name_parts and not given_only(e):
                        ent = e
                        break
            if ent is None and not introduced and (full := self.sole_full_name(name)) is not None \
                    and self.may_be_full_name(name, full, info):
                return self.link_person(full, info, source)   # "Clinton ...", later "Hillary Clinton"
            if ent is None and kb.offices_for(name):
                ent = table.office_ent(name)
            if ent is None and self.named_person(name) is not None:
                ent = table.named_ent(self.named_person(name), person=True)
            if ent is None:
                ent = table.ent(f"P:{name.lower()}", name=name, kind="PERSON")
        if not ent.name_parts:
            ent.name_parts = parts
        if ent.gender is None and words and (len(words) >= 2 or ent.office is None):
            ent.gender = kb.given_gender.get(words[0])
        if len(name.split()) > len(ent.name.split()) and ent.office is None:
            ent.name = name
            ent.name_parts |= parts
        self.learn(ent, info, source)
        return ent

    def longer_name(self, words: list[str]) -> Ent | None:
        """The one person of the document whose longer name ends with these words (a two-word surname,
        "Al Hashish" of "Fouzia Al Hashish"; a middle and last name, "Ali Khan" of "Azfar Ali Khan")."""
        found = [e for e in self.table.ents.values()
                 if e.kind == "PERSON" and e.office is None and len(e.name.split()) > len(words)
                 and [w.strip(".").lower() for w in e.name.split()[-len(words):]] == words]
        return found[0] if len(found) == 1 else None

    def named_person(self, name: str):
        """The one person of the Phoenix dictionaries answering to a name (None when none or several)."""
        people = [a for a in self.kb.named_for(name) if a.dated]
        return people[0] if len(people) == 1 else None

    @staticmethod
    def learn(ent: Ent, info: PhraseInfo, source: str = "title") -> None:
        """Apply what a title/appositive says; an office in force from the KB is not overridden."""
        if info.gender and not ent.gender:
            ent.gender = info.gender
        if info.head_role:
            ent.head_role = True
        in_office = ent.office is not None and ent.sector not in (None, "ELI")
        if in_office:
            return
        if info.country and not ent.country:
            ent.set_country(info.country, source)
        if info.sector and (ent.sector is None or ent.office is None):
            ent.sector = "ELI" if info.former else info.sector
            ent.role = ent.role or info.role

    # ------------------------------------------------------------------ knowledge-base names
    @staticmethod
    def actor_position(t: Token, locative: set[str]) -> bool:
        """Is a capital/seat used as an actor (subject, object, possessor, 'between X and Y', whom words are aimed
        at or addressed to: 'hit out at Moscow', 'a letter to Beijing'; the state an envoy is posted to, 'its
        ambassador to Moscow', kb word list SENT_TO, round24; the state something is had from, 'received
        weapons from Berlin', word list RECEIVED_FROM_HEADS, session 24)?"""
        while t.dep_ in ("compound", "flat") and t.head is not t:
            t = t.head
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ in ARG_DEPS:
            return True
        if t.dep_ == "pobj":
            prep = t.head.lower_
            return prep not in locative or prep == "at" and NameFinder.aimed_at(t.head) \
                or prep == "to" and (t.head.head.lemma_.lower() in ADDRESSED_TO_HEADS
                                     or t.head.head.lemma_.lower() in SENT_TO) \
                or prep == "from" and t.head.head.lemma_.lower() in RECEIVED_FROM_HEADS \
                and any(c.dep_ == "dobj" for c in children(t.head.head))
        return False

    @staticmethod
    def aimed_at(prep: Token) -> bool:
        """An "at" whose object words are aimed at: "hit out at Washington", "took aim at Moscow", "a swipe at
        Beijing" (kb word list AIMED_AT_HEADS; round21): a capital there is an actor, not a place."""
        head = prep.head
        if head.lower_ == "out" and head.head.i != head.i:
            head = head.head        # ("hit out at": the parse may hang "at" on the particle)
            return head.lemma_.lower() in AIMED_AT_HEADS
        if head.lemma_.lower() in _OUT_VERBS:
            return any(c.lower_ == "out" for c in head.children)
        # ("took aim at Moscow": the parse may hang "at" on the verb of the aim)
        return head.lemma_.lower() in AIMED_AT_HEADS or any(c.dep_ == "dobj" and c.lemma_.lower() in AIMED_AT_HEADS
                                                            for c in head.children)

    def kb_names(self) -> None:
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        # names inside a longer name of another kind ("the Beijing Olympics", "Kim Il-sung Square")
        others = [(s.start, s.end) for s in view.ents
                  if s.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")]
        ent_label = {t.i: t.ent_type_ for s in view.ents for t in view.toks[s.start:s.end]}
        ent_spans = {(s.start, s.end) for s in view.ents}
        people_heads = set(kb.roles) | set(kb.terms) | set(kb.agents)
        for m in view.kbm:
            if any(table.taken[m.start:m.end]) or any(table.not_person[m.start:m.end]):
                continue
            if is_credit(view.text, view.toks[m.start].idx, view.toks[m.end - 1].idx + len(view.toks[m.end - 1].text)):
                continue          # "CHAD HIPOLITO/The Canadian Press" is a photographer, not Chad
            inside = any(a <= m.start and m.end <= b and b - a > m.end - m.start
                         and not self.same_body_named_longer(m, a, b) for a, b in others)
            if inside and (m.kind != "O" or not kb.orgs[m.key].code.startswith("IGO")):
                continue          # "Sweden Democrats" is not the US party; "UN Security Council" is the UN
            if m.kind == "O" and not kb.orgs[m.key].code.startswith("IGO") and m.start > 0:
                prev = view.toks[m.start - 1]
                if prev.text[:1].isupper() and prev.dep_ in ("compound", "amod", "nmod") \
                        and m.start <= prev.head.i < m.end and not self.own_region_before(m) \
                        and not self.party_members_qualified(m, prev):
                    continue      # "Liberal Democrats", "Sweden Democrats": another party
            head = doc[m.end - 1]          # names are head-final ("the Kremlin", "North Korea")
            if m.kind in ("O", "P") and self.model_after(m.end):
                continue          # "an Airbus A330", "the Boeing 747": a maker's model is a thing, not the maker
            if m.kind == "L":
                if ent_label.get(head.i) in ("FAC", "ORG", "GPE") \
                        and not (m.end - m.start >= 2 and (m.start, m.end) in ent_spans):
                    continue      # "Trump Tower", "the Obama Foundation"; but an office holder's whole
                                  # name the recogniser mislabelled ("Hakeem Jeffries agreed") is the person
                ent = table.office_ent(m.key)
                table.add(m.start, m.end, head.i, "name", "PERSON", [ent])
            elif m.kind == "C":
                if view.joined_to_place(m):
                    continue      # "a US-Caribbean forum", "EU-China talks": a relation, not the country
                table.add(m.start, m.end, head.i, "name", "GPE", [table.country_ent(m.key)])
            elif m.kind == "O":
                if view.joined_to_place(m):
                    continue      # "EU-China talks"
                org = kb.orgs[m.key]
                stateless = org.code.startswith("---")        # "Reuters": no country, and not the story's
                ent = table.ent(f"O:{org.id}", name=org.name, kind="ORG", country=None if stateless else org.code[:3],
                                sector=org.code[3:] or None)
                ent.foreign = ent.foreign or stateless
                table.add(m.start, m.end, head.i, "name", "ORG", [ent])
            elif m.kind == "P":
                actor = kb.named[m.key]
                if self.unborne_acronym(m.start, m.end, actor):
                    continue
                label = ent_label.get(head.i)
                person = label == "PERSON" or actor.dated and label not in ("ORG", "GPE", "FAC", "NORP")
                label = "PERSON" if person else "ORG"
                table.add(m.start, m.end, head.i, "name", label, [table.named_ent(actor, person)])
            elif m.kind == "M":
                met = kb.metonyms[m.key]
                loc = SEAT_LOCATIVE if met.kind == "seat" else LOCATIVE
                if met.kind == "capital" and head.dep_ == "compound" and noun_lemma(head.head) in people_heads:
                    continue      # "Athens residents", "Lima police": the city's people, a nominal of their own
                if self.actor_position(head, loc):
                    ent = table.group_ent(met.iso3, met.sector, source="kb")
                    table.add(m.start, m.end, head.i, "metonym", "GPE", [ent])
            elif m.kind == "D":
                pass  # demonyms are read as part of nominal phrases; leftovers in nominals.py

    def model_after(self, end: int) -> bool:
        """Is the name followed by a model designation ("A330", "747", "F-16") -- a product named for its maker?"""
        if end >= len(self.view.toks):
            return False
        nxt = self.view.toks[end].text
        return bool(MODEL_NUMBER.match(nxt)) and not YEAR.match(nxt)

    def police_initials(self) -> None:
        """"The NYPD said", "LAPD officers": a city police department by its initials (COP), recognised or not;
        its country comes from the story (context.py), as any organisation's without one."""
        table = self.table
        for t in self.view.toks:
            text = t.text
            if not (4 <= len(text) <= 6 and text.isupper() and text.isalpha()) or table.taken[t.i] \
                    or table.phrase_tokens[t.i] or self.view.dateline[t.i] \
                    or not any(text.lower().endswith(s) for s in POLICE_INITIAL_SUFFIXES):
                continue
            ent = table.ent(f"O:{text.lower()}", name=text, kind="ORG", sector="COP")
            table.add(t.i, t.i + 1, t.i, "name", "ORG", [ent])

    def same_body_named_longer(self, m, a: int, b: int) -> bool:
        """A KB organisation inside a longer recognised name (tokens a..b) that adds only "the", a possessive
        or its own country: "The U.S. Securities and Exchange Commission" is the KB's "Securities and
        Exchange Commission" ("Sweden Democrats", another country's words, stays another party)."""
        if m.kind != "O":
            return False
        view = self.view
        iso = self.kb.orgs[m.key].code[:3]
        extra = [i for i in (*range(a, m.start), *range(m.end, b))
                 if view.lowers[i] not in ("the", *POSSESSIVE) and not view.toks[i].is_punct]
        return all(view.country_of.get(i) == iso for i in extra)

    def party_members_qualified(self, m, prev: Token) -> bool:
        """"House Democrats", "Senate Republicans", "Establishment Republicans", "Moderate Democrats": a party's
        members (a plural alias of a party, word list PARTY_MEMBERS) qualified by their chamber or wing (word list
        PARTY_MEMBER_QUALIFIERS) are that party's, not another party named "X Democrats" (session 25)."""
        last = self.view.toks[m.end - 1]
        return m.end - m.start == 1 and last.lower_ in PARTY_MEMBERS and last.lower_.endswith("s") \
            and prev.lower_ in PARTY_MEMBER_QUALIFIERS

    def own_region_before(self, m) -> bool:
        """"New Brunswick RCMP", "Ontario RCMP": one or two capitalised words before a KB body's initials that
        name a region of the body's own country: its branch there, not another body (round24)."""
        toks = self.view.toks
        if not all(t.is_upper for t in toks[m.start:m.end]):
            return False
        iso = self.kb.orgs[m.key].code[:3]
        for k in (1, 2):
            words = toks[max(0, m.start - k):m.start]
            if len(words) == k and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                    and region_country(" ".join(t.text for t in words)) == iso:
                return True
        return False

    def outlets_told(self) -> None:
        """'The mayor told KXAN the road would reopen', 'told the Argus Leader': the one told is a news outlet
        when its name is a broadcaster's call letters or ends in an outlet's word (vocab.csv use 'outlet').
        The recogniser often misses such names, or calls them an event; without an actor the statement has
        no target. The outlet's country is then the story's (context.py), unless the KB knows it."""
        view, table, kb = self.view, self.table, self.kb
        people = {t.i for s in view.ents if s.label_ == "PERSON" for t in view.toks[s.start:s.end]}
        for verb in view.toks:
            for h in _told_heads(verb):
                if h.pos_ != "PROPN" or h.i in people:
                    continue
                if not (_CALL_LETTERS.fullmatch(h.text) or h.lower_ in kb.outlet_words):
                    continue      # ("told the NTSB", "told OSHA": an agency's initials, no broadcaster's)
                start = h.i
                while start > 0 and view.toks[start - 1].dep_ in ("compound", "amod") \
                        and view.toks[start - 1].head.i >= start and view.toks[start - 1].pos_ == "PROPN":
                    start -= 1
                if any(table.taken[start:h.i + 1]) or any(table.phrase_tokens[start:h.i + 1]) \
                        or any(i in people for i in range(start, h.i + 1)):
                    continue
                if h.lower_ in kb.roles and self.title_run(view.toks[start:h.i]):
                    continue      # "told the Opposition Leader": an office, where "the Argus Leader" is a paper
                name = " ".join(t.text for t in view.toks[start:h.i + 1])
                ent = table.ents.get(f"O:{name.lower()}")
                if ent is None:
                    ent = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector="MED")
                    iso = self.place_in_name(view.toks[start:h.i + 1])
                    if iso:           # "the Dallas Morning News": a paper named after its city (session 21)
                        ent.set_country(iso, "name")
                table.add(start, h.i + 1, h.i, "name", "ORG", [ent])

    def title_run(self, run: list[Token]) -> bool:
        """Whether the words before an outlet word that is also a title ("Leader") make it an office: none
        at all ("told the Leader"), a country, or a body, sector or title word among them ("the Opposition
        Leader", "the Senate Leader", "the Deputy Leader")."""
        kb = self.kb
        if not run:
            return True
        return any(t.lower_ in kb.roles or t.lower_ in kb.terms or t.lower_ in kb.modifiers
                   or t.lemma_.lower() in kb.terms or t.lower_ in kb.country_nouns for t in run) \
            or any(t.i in self.view.country_of for t in run)

    def regions_as_actors(self) -> None:
        """'Texas sued the EPA', 'the ruling went against California': a state or province (the geo stage's
        admin1 place) used as an actor -- subject, object, agent, or the object of a preposition that makes
        it a party (REGION_ACTOR_PREPS) -- is its government, coded with its country (as CAMEO codes a
        region's government: USAGOV). After a locative preposition ("in Texas") it is a place, and a possessor ("California's
        governor") is left to the phrase it modifies; a name inside another name ("Texas Instruments", "the
        Ohio State team") is no region."""
        view, table = self.view, self.table
        others = [(s.start, s.end) for s in view.ents if s.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART",
                                                                     "LAW", "PRODUCT", "PERSON", "NORP")]
        for p in view.places:
            if p.role != "place" or p.feature != "admin1" or not p.country or p.country in NON_STATE_COUNTRY:
                continue
            first = view.token_at.get(p.start)
            if first is None:
                continue
            start = first.i
            end = start
            while end < len(view.toks) and view.toks[end].idx < p.end:
                end += 1
            if end <= start or any(table.taken[start:end]) or view.dateline[start] \
                    or any(a <= start and end <= b and b - a > end - start for a, b in others):
                continue
            head = view.toks[end - 1]
            while head.dep_ in ("flat", "conj") and head.head is not head:
                head = head.head      # ("Texas and Oklahoma sued": the first conjunct's place in the clause)
            if head.dep_ not in REGION_ACTOR_DEPS and not (head.dep_ == "pobj" and head.head.lower_ in REGION_ACTOR_PREPS) \
                    and not self.region_act(head):
                continue      # ("Broward County, Florida": an apposition places; "California's governor")
            ent = table.group_ent(p.country, "GOV", source="place")
            table.add(start, end, head.i, "name", "GPE", [ent])

    @staticmethod
    def region_act(head: Token) -> bool:
        """"South Dakota's campaign", "Ohio's ban on flavoured vapes": a state or province whose plan, law or
        campaign the phrase names (word list REGION_ACT_NOUNS) made it as a government (session 15); its
        governor, economy or border stay the phrase's own."""
        return head.dep_ == "poss" and head.head.i != head.i and noun_lemma(head.head) in REGION_ACT_NOUNS

    def unborne_acronym(self, start: int, end: int, actor) -> bool:
        """An armed group of the Phoenix non-state table met only by a short acronym ("FPS") in a text that
        names neither the group in full nor its country: the letters stand for something else ("60 FPS" in
        a games review is no Panamanian front), and the group's country would be invented. (A group whose
        table name is the acronym itself, "PKK", counts as named in full, so it is always taken.)"""
        text = " ".join(t.text for t in self.view.toks[start:end])
        if not (text.isupper() and text.isalpha() and len(text) <= 5) \
                or not actor.source.startswith("Phoenix.MilNonState"):
            return False
        country = (actor.code_on(self.view.day, False)[0] or "")[:3]
        return country not in self.view.context_countries and actor.name.lower() not in self.view.text.lower()

    def shared_possessor(self, root: Token) -> str | None:
        """"Kenya's Ministry of Health and the Ministry of Finance": a body coordinated with one of the same
        kind that a country's possessive names is that country's too (the possessive is said once)."""
        if root.dep_ != "conj":
            return None
        lemma = noun_lemma(root)
        t = root.head
        for _ in range(4):          # up through "of Mining, Oil and Gas and the Ministry"
            if noun_lemma(t) == lemma:
                return next((self.view.country_of[c.i] for c in children(t)
                             if c.dep_ == "poss" and c.i in self.view.country_of), None)
            if t.head is t:
                return None
            t = t.head
        return None

    def orgs(self) -> None:
        view, table, kb = self.view, self.table, self.kb
        doc = view.doc
        for span in view.ents:
            if span.label_ != "ORG" and not (span.label_ == "PERSON" and self.the_institution(span)) \
                    or any(table.taken[span.start:span.end]) \
                    or any(table.phrase_tokens[span.start:span.end]):
                continue          # taken, or part of a title ("Secretary of State Antony Blinken")
            if (span.start_char, span.end_char) in view.placed_name_spans:
                continue          # "in the city of Shiraz": a city the recogniser called an organisation
            if self.portfolio_words(span) == len(span):
                continue          # "The Secretary of Defense said": the portfolio is part of the title
            if self.model_after(span.end) or len(span) > 1 and MODEL_NUMBER.match(span[-1].text) \
                    and not YEAR.match(span[-1].text):
                continue          # "a Boeing 777", "Airbus A330 jets": a maker's model
            start, end = span.start, span.end
            while end > start + 1 and doc[end - 1].lower_ in POSSESSIVE:
                end -= 1
            if not any(t.text[:1].isupper() and t.lower_ != "the" for t in view.toks[start:end]):
                continue          # "the rookie defenceman" is a description, not an organisation's name
            toks = list(doc[start:end])
            root = doc[start:end].root
            if root.tag_ in ("NNS", "NNPS") and root.i == end - 1 and noun_lemma(root) in kb.roles:
                continue          # "Tory MPs", "Labour councillors": a group described by a role, a nominal
            if root.dep_ == "compound" and root.head.i >= end and noun_lemma(root.head) in kb.place_heads:
                continue          # "at the Kumsusan guesthouse": a building's name, a place (session 24)
            toks += [t for c in children(root) if c.dep_ == "poss" and c.i < start for t in subtree(c)]
            info = read_phrase(kb, toks, root, view.country_of, view.org_code_of)
            name = doc[start:end].text
            if name.lower().startswith("the "):
                name = name[4:]
            name = " ".join(name.split())
            if span.label_ == "PERSON" and self.possessive_business(span):
                name += "'s"          # the shop's name ("Lowe's"), not its founder's
            if name.lower() in kb.thing_names:
                continue          # "COVID-19 has killed ...": a disease, no one acting
            named = kb.named_for(name)        # the recogniser says it is an organisation
            ent = table.ents.get(f"O:{name.lower()}")
            company = kb.orgs.get(kb.org_only.get(_norm(name), ""))
            if company is not None and "the" in (view.lowers[start], view.lowers[start - 1] if start else ""):
                company = None        # "fires in the Amazon": the forest; a company's name takes no article
            if ent is None and company is not None:
                # "Amazon said": the company, which the KB names blindly only in an unambiguous form
                ent = table.ent(f"O:{company.id}", name=company.name, kind="ORG", country=company.code[:3],
                                sector=company.code[3:] or None)
            elif ent is None and len(named) == 1 and not self.unborne_acronym(start, end, named[0]):
                # named as the article writes it when the KB adds only a legal form ("Apple" for "Apple Inc")
                short = named[0].name.lower().startswith(name.lower() + " ")
                ent = table.named_ent(named[0], person=False, name=name if short else None)
            elif ent is None:
                sector = info.sector
                if end - start > 1 and kb.is_legal_form(toks[end - start - 1].text):
                    sector = "BUS"    # "Orion LLC", "General Mills Inc.": a legal form names a company (session 23)
                elif sector is None and noun_lemma(toks[end - start - 1]) in STATE_BODY_HEADS:
                    sector = "GOV"    # "the National Water Commission", "the Roads Authority": a state body
                elif sector is None and outlet_name(toks[:end - start]):
                    sector = "MED"    # "Radio Kano", "the Kano Herald", "Capital FM": a news outlet
                ent = table.ent(f"O:{name.lower()}", name=name, kind="ORG", sector=sector)
                if info.country:
                    ent.set_country(info.country, "name")
                else:
                    iso = self.place_in_name(toks[:end - start])
                    if iso:
                        ent.set_country(iso, "name")
                    elif iso := self.located_in(start, end):
                        ent.set_country(iso, "place")
                    elif iso := self.shared_possessor(root):
                        ent.set_country(iso, "name")
            elif ent.country is None and info.country and info.country not in NON_STATE_COUNTRY:
                # "the Commerce Ministry said ... China's Commerce Ministry said": a later mention places it
                ent.set_country(info.country, "name")
            if ent.sector is None and root.dep_ == "compound" and noun_lemma(root.head) in FIRM_TITLES \
                    and root.head.i > root.i:
                ent.sector = "BUS"    # "a Jefferies analyst": a firm of the market trades
            if ent.country is None or ent.sector is None:
                # "Huawei, the Chinese tech company": an apposition that places the organisation; "the
                # Brookings Institution, a think tank": one that says what kind of body it is
                appos = self.appositive(root)
                if appos is not None:
                    ainfo = read_phrase(kb, appos[0], appos[1], view.country_of, view.org_code_of)
                    ainfo.country = ainfo.country or based_country(appos[0], view.context_countries)
                    if ent.country is None and ainfo.country and ainfo.country not in NON_STATE_COUNTRY \
                            and (ainfo.group_term or ainfo.sector) and ainfo.role is None:
                        ent.set_country(ainfo.country, "apposition")
                        ent.sector = ent.sector or ainfo.sector
                    elif ent.sector is None and ainfo.group_term and ainfo.sector and ainfo.role is None \
                            and not ainfo.plural:
                        ent.sector = ainfo.sector
            table.add(start, end, doc[start:end].root.i, "name", "ORG", [ent])


def _told_heads(word: Token) -> list[Token]:
    """The ones a statement is made to: the object of "told", the to- or with-phrase of a word of speaking
    ("speaking to Radio Kano", "an interview with the Kano Herald", "a statement to the Herald";
    OUTLET_ADDRESS_HEADS, session 21)."""
    lemma = word.lemma_.lower()
    if lemma == "tell" and word.pos_ in ("VERB", "AUX"):
        return [h for h in children(word) if h.dep_ in ("dobj", "dative")]
    if lemma in OUTLET_ADDRESS_HEADS or word.lower_ in OUTLET_ADDRESS_HEADS:
        return [o for p in children(word) if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for o in children(p) if o.dep_ == "pobj"]
    return []


def outlet_name(toks: list[Token]) -> bool:
    """A name in the form of a news outlet's: first word Radio or Television ("Radio Kano"), or last word an
    outlet's (OUTLET_NAME_LAST: "the Kano Herald", "Capital FM"), with a capitalised word besides."""
    words = [t for t in toks if t.lower_ != "the" and not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    return words[0].lower_ in OUTLET_NAME_FIRST or words[-1].lower_ in OUTLET_NAME_LAST
