"""Names, step 1: people. A PERSON span with the title, "of Russia" and appositive around it becomes a
person entity with the country and sector those words give (and the person's principal when the title is a staff
role); `link_person` is where every later step adds or finds a named person.

A mixin of `NameFinder` (names.py): it reads `self.view` and writes `self.table`; which spans name a person at all
is person_spans.py's.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.datafile import word_list
from newsgraph.actors.document import STATE_SECTORS
from newsgraph.actors.entities import Ent
from newsgraph.actors.people import POSSESSIVE, is_credit, name_parts, whole_words
from newsgraph.actors.party_titles import titled_party_country
from newsgraph.actors.police_ranks import police_office_over_rank
from newsgraph.actors.phrases import based_country, born_country, PERSON_SUFFIXES, PhraseInfo, noun_lemma, read_phrase
from newsgraph.actors.places import place_country, region_country
from newsgraph.nlp.cache import children, subtree, lefts

_PAST_TERM_PREPS = word_list("kb", "PAST_TERM_PREPS")

_NICKNAME = re.compile(r"\s[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s")     # a nickname in quotes inside a name
PRINCIPAL_STAFF = word_list("kb", "PRINCIPAL_STAFF")


# government titles that organisations have too ("InfoNation President"); ministers and secretaries hold
# portfolios ("Education Minister"), not organisations
ORGANISATION_TITLES = {"president", "vice president"}
JUDGE_STYLES = word_list("kb", "JUDGE_STYLES")     # "Justice Mary Okafor" is a judge (session 50)
# days the small model may hang on a title after them ("On Friday President Putin said")
_DAY_WORDS = word_list("kb", "DAY_WORDS")      # "On Friday President Putin said" (session 32)


class PersonNames:
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
                if t.head.i == t.i or not lo <= t.head.i <= root.i or t.dep_ == "punct" and t.text != "-":
                    return t.text == "-" and lo <= t.i
                t, seen = t.head, seen + 1
            return False

        for lo in range(left, span_start):
            run = toks[lo:span_start]
            if run[0].lower_ == "of" or run[0].dep_ in ("prep", "case") or run[0].lower_ in _DAY_WORDS:
                continue    # ("On Friday President Putin demanded": the day is no part of his title; session 32)
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
                if self.listed_relative(c):
                    continue        # "Karim, his wife and their two sons": a list, not a role (round34)
                toks = [t for t in subtree(c) if t.i <= c.i]
                for p in children(c):        # "president of Russia" (not "commander of a force in Syria")
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in children(p):
                            if o.dep_ == "pobj" and o.i in self.view.country_of:
                                # (without a relative clause on it: "the head of the Commission, who pressed
                                # the Chinese leader", whose words name another actor; session 30)
                                clause = {t.i for d in subtree(o) if d.dep_ in ("relcl", "acl") for t in subtree(d)}
                                clause |= {d.i for d in subtree(o) if d.is_punct and d.i + 1 in clause}
                                toks.extend([p, *(t for t in subtree(o) if t.i not in clause)])
                return toks, c
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON":
            if any(c.dep_ == "appos" and c.i < root.i and c.ent_type_ == "PERSON" for c in children(root.head)):
                return None     # "Kenya's President William Ruto and Tanzania's President Samia Suluhu Hassan": the
                                # parse hung a second name on the first one's title; the title is the first's (session 36b)
            h = self.antecedent_of_clause(root.head, root) or root.head
            title = self.title_above(h)
            if title is not None:       # "the mayor of Lyon, Jean Dupont": the name is the mayor's, not Lyon's
                name = {t.i for t in subtree(root)}
                toks = [t for t in subtree(title) if t.i < root.i and t.i not in name]
                while toks and toks[-1].is_punct:
                    toks.pop()
                return toks, title
            return [t for t in subtree(h) if t.i <= h.i], h
        return None

    @staticmethod
    def listed_relative(noun: Token) -> bool:
        """"Karim, his wife and their two sons left": the parse hangs a list of people after a name as
        an apposition of it; a noun possessed by a pronoun that heads a list ("and their children") is another
        person of the list, not the named one's role (round34)."""
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(noun)) \
            and any(c.dep_ == "conj" for c in children(noun))

    @staticmethod
    def past_term(name: Token, title: Token) -> bool:
        """An apposition whose term is over: "Olsen, the prime minister until 2015" or "Mahler, the country's
        leader when he retired in 2003" -- the title is a former one (a later mention must not make a former
        leader the government again)."""
        if any(p.dep_ == "prep" and p.lower_ in _PAST_TERM_PREPS for p in children(title)):
            return True
        return any(c.dep_ in ("advcl", "relcl") and c.i > title.i and c.tag_ in ("VBD", "VBN")
                   and any(w.lower_ == "when" for w in children(c))
                   and not any(a.dep_ in ("aux", "auxpass") and a.tag_ != "VBD" for a in children(c))
                   for c in (*children(name), *subtree(title)))

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
            if info.role is None and info.group_term is None and title_toks and title_toks[-1].text[:1].isupper() \
                    and title_toks[-1].lower_ in JUDGE_STYLES:
                info.role, info.sector = "judge", kb.roles["judge"].sector    # "Justice Mary Okafor" (session 50)
            if info.country is None and info.role and title_toks and title_toks[0].i >= 2 \
                    and view.toks[title_toks[0].i - 1].lower_ in ("'s", "\u2019s") \
                    and title_toks[0].i - 2 in view.country_of:
                # "... and Tanzania's President Samia Suluhu Hassan": the parse did not hang the country on the
                # title (it made it a conjunct of the name before); the words still say whose title it is (session 36b)
                info.country = view.country_of[title_toks[0].i - 2]
            for c in children(root):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in children(c):
                        if p.dep_ == "pobj" and p.i in view.country_of:
                            info.country = info.country or view.country_of[p.i]
            appos = self.appositive(root)
            via_appos = False
            if appos is not None:
                ainfo = read_phrase(kb, appos[0], appos[1], view.country_of, view.org_code_of)
                ainfo.former = ainfo.former or self.past_term(root, appos[1])
                if ainfo.role or ainfo.group_term or ainfo.country:
                    via_appos = info.country is None and ainfo.country is not None
                    police_office_over_rank(info, ainfo)     # "police director, General X" (round43)
                    info.merge(ainfo)
            source = "apposition" if via_appos else "title"
            if info.country is None and appos is not None:
                # "X, head of a unit at the Food and Agriculture Organization in Rome": an international body the
                # appositive names employs the person; its seat's town is no country of theirs (session 28)
                igo = next((t for t in subtree(appos[1]) if view.org_code_of.get(t.i, "").startswith("IGO")), None)
                # not a body they worked for once ("a former senior adviser with the IMF who now manages money": round33)
                if igo is not None and not ainfo.former:
                    info.country, source = "IGO", "employer"
            if info.country is None and appos is not None:
                # "a spokesman for the Russian embassy in London, Ivan Sokolov": the body's country, not the
                # town it sits in (round34)
                served = self.served_body_country(appos[1])
                if served is not None:
                    info.country, source = served, "employer"
            if info.country is None:
                appos_place = None if appos is None else \
                    self.appositive_place(appos[1]) or self.phrase_place(list(subtree(appos[1])))
                origin = self.origin_country(root, appos[1] if appos is not None else None) \
                    or self.title_place(title_toks) or appos_place or self.based_origin(title_toks, appos)
                if origin:
                    info.country, source = origin, "place"
                else:
                    # "Kenyan-born runner Tom Otieno": where they were born, no evidence of where the story is
                    born = self.born_origin(title_toks, root)
                    if born:
                        info.country, source = born, "birth"
            if info.country is None and (party := titled_party_country(view, start, root, appos)):
                info.country, source = party, "title"     # "GOP contender Tom Varga" (party_titles.py; round51)
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

    @staticmethod
    def antecedent_of_clause(head: Token, name: Token) -> Token | None:
        """"The Romanian hacker who broke into the accounts of officials, Ana Pavel, was sentenced": the parse
        hangs the name on the relative clause's last noun ("officials"); the name is the subject noun's
        whom the clause describes (the subject of a verb after the name; round27). None otherwise."""
        t, seen = head, 0
        while t.dep_ != "relcl" and t.head.i != t.i and t.head.i < name.i and seen < 12:
            t, seen = t.head, seen + 1
        if t.dep_ != "relcl":
            return None
        ante = t.head
        if ante.pos_ == "NOUN" and ante.dep_ in ("nsubj", "nsubjpass") and ante.head.i > name.i:
            return ante
        return None

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

    def served_body_country(self, head: Token) -> str | None:
        """"a spokesman for the Russian embassy in London", "an official at the Kenyan consulate in Dubai": the
        country a state body an apposition's role serves is said to be of, by a nationality, a country or a
        country's possessive before the body's noun (round34); not a firm's ("an engineer at a Swedish firm")."""
        view = self.view
        for p in children(head):
            if p.dep_ != "prep" or p.lower_ not in ("for", "at", "with"):
                continue
            for o in children(p):
                term = self.kb.terms.get(noun_lemma(o))
                if o.dep_ != "pobj" or o.pos_ != "NOUN" or o.tag_ == "NNS" or term is None \
                        or term.sector not in STATE_SECTORS:
                    continue        # a body of a state (an embassy, a ministry, an army), not a firm: "a manager at
                                    # a Swedish firm" may be of any country; nor people ("the Chinese workers")
                for c in children(o):
                    if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in view.country_of:
                        return view.country_of[c.i]
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
        return based_country(self.kb, toks, self.view.context_countries)

    def born_origin(self, title_toks: list[Token], root: Token) -> str | None:
        """"Chilean-born Mr Vidal", "Kenyan-born runner Tom Otieno": the country of the person's "X-born"
        modifier, on the name or on a title word (the parse hangs "born" on either; round33)."""
        toks = [c for w in (*title_toks, root) for c in lefts(w) if c.dep_ == "amod" and c.lower_ == "born"]
        return born_country(self.kb, toks, self.view.context_countries)

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
        the place a person is said to come from (a country, or a city or region the gazetteer places in one);
        also a place "of" the name itself ("Mayor Anna Rossi of Graz", session 27), not "of" an organisation."""
        view = self.view
        # "Omar Saleh, a 31-year-old from Aleppo": an age in apposition, which `appositive` does not read as a
        # role, still says where its person is from (round34)
        ages = [c for c in children(root) if c.dep_ == "appos" and c.lower_ == "old"]
        for head in (root, appos, *ages):
            for c in children(head) if head is not None else ():
                if c.dep_ != "prep" or c.lower_ not in ("from", "of") or (c.lower_ == "of" and head is not root):
                    continue
                for o in children(c):
                    if o.dep_ != "pobj":
                        continue
                    if c.lower_ == "of":
                        # only a place the geo stage read there ("of Reuters", "of the council" are no origin)
                        iso = view.place_country_at.get(o.i)
                        if iso and not any(self.table.taken[o.i:o.i + 1]):
                            return iso
                        continue
                    for t in (o, *(g for g in children(o) if g.dep_ in ("poss", "compound"))):
                        if t.i in view.country_of:
                            return view.country_of[t.i]
                    span = view.place_entity(o) if o.ent_type_ in ("GPE", "LOC") else None
                    if span is not None and not any(self.table.taken[span.start:span.end]):
                        iso = place_country(span.text, view.context_countries)
                        if iso:
                            return iso
                    # "a 31-year-old from Aleppo" with the town tagged a nationality or a body (NORP, ORG): the
                    # town the geo stage read there (round34)
                    iso = view.place_country_at.get(o.i) if o.text[:1].isupper() and span is None else None
                    if iso and not self.table.taken[o.i]:
                        return iso
                    # "from Kisumu's Nyalenda": the region or city a possessive names, also when the
                    # recogniser took the whole phrase for a person
                    for g in children(o):
                        if g.dep_ == "poss" and g.pos_ == "PROPN":
                            iso = region_country(g.text, view.context_countries)
                            if iso:
                                return iso
        return None

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
                else:
                    # none or both called by it alone: the bearer last named as the subject of a clause, or
                    # in apposition to the subject of a verb of saying ("Hillary Clinton spoke ... Her husband,
                    # Bill Clinton, sat ... Clinton claimed": she, not the husband named in apposition to
                    # the subject of "sat"; "His father, Ernie Roe, says ...": the father; round27)
                    subj = [m for m in table.ments if len(m.ents) == 1 and id(m.ents[0]) in carriers
                            and m.kind == "name" and self.named_as_subject(self.view.toks[m.head])]
                    if subj:
                        ent = max(subj, key=lambda m: m.start).ents[0]
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

    def named_as_subject(self, t: Token) -> bool:
        """A name that is the subject of its clause, or in apposition to the subject of a verb of saying."""
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        return t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass") \
            and t.head.head.lemma_.lower() in self.kb.speech_verbs

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
