"""Names, step 1a: which spans name a person. The recogniser's PERSON spans, cut and checked against what a
person's name cannot be (a force, an institution, a state acting, a firm before a possessive, a place used as a
modifier, a role holder's title alone), and names it labelled otherwise that are a person's full name after a title
(`titled_name`). Split out of person_names.py (session 49 lead), which keeps how a span becomes a person.

A mixin of `NameFinder` (names.py): it reads `self.view` and `self.kb`.
"""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.datafile import word_list
from newsgraph.actors.kb import _norm
from newsgraph.actors.people import POSSESSIVE
from newsgraph.actors.phrases import HEAD_ONLY_ROLES, noun_lemma, portfolio_length

FORCE_HEADS = word_list("kb", "FORCE_HEADS")
_PLACE_POSSESSIONS = word_list("kb", "PLACE_POSSESSIONS")   # "Corfu's economy": a town, no person (round34)


def _name_tail(tail: Span) -> Span | None:
    """The words as a PERSON span when they are one to three capitalised proper names (the name after a
    title or portfolio the recogniser ran into one span)."""
    if not 1 <= len(tail) <= 3 or not all(u.pos_ == "PROPN" and u.text[:1].isupper() for u in tail):
        return None
    return Span(tail.doc, tail.start, tail.end, label="PERSON")


class PersonSpans:
    def region_called_person(self, span: Span) -> bool:
        """A PERSON span that is a state or province acting (`org_tagged_region`), whose first word is no given
        name ("Virginia said" may be a woman)."""
        return span[0].lower_ not in self.kb.given_gender and self.org_tagged_region(list(span), span.root) is not None

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
            if span.label_ == "PERSON" and self.region_called_person(span):
                continue         # "Kerala said": a state the recogniser called a person, its government (orgs; ctry31)
            if span.label_ == "PERSON" and not self.the_institution(span):
                out.append(self.with_cut_surname(span))
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
        return out + self.lone_office_aliases()

    def with_cut_surname(self, span: Span) -> Span:
        """"Foreign Minister Ana Cecilia Gervasi": the recogniser may end the name before its last word and give that
        word another label (a place) or none; when the parse makes that word the head the name's words are compounds
        of, and it is a capitalised proper noun that is no name of the KB, no role and no country, capital or region,
        it is the person's surname (session 36b, user40)."""
        doc, view = span.doc, self.view
        if span.end >= len(doc) or len(span) > 3:
            return span
        nxt = doc[span.end]
        if not (span[-1].dep_ == "compound" and span[-1].head.i == nxt.i and nxt.pos_ == "PROPN" and nxt.is_alpha
                and nxt.text[:1].isupper() and not nxt.is_upper and nxt.ent_type_ in ("", "GPE", "ORG")
                and nxt.ent_iob_ in ("B", "O") and (nxt.ent_type_ == "" or doc[nxt.i + 1].ent_iob_ != "I"
                                                     if nxt.i + 1 < len(doc) else True)
                and nxt.i not in view.kbm_tokens and nxt.lower_ not in self.kb.roles):
            return span
        if any(p.start == nxt.idx and (p.feature or "").startswith(("country", "capital", "admin"))
               for p in view.places):
            return span          # a country, capital or region the geo stage resolved: no surname (a village's
                                 # name may be a surname: the geo stage places many words it is unsure of)
        return doc[span.start:span.end + 1]

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
        modifies them ("Chairman Andriy Parubiy", "Governor Babajide Sanwo-Olu"), or a lower-case one that the
        parse makes their compound ("state governor Uba Sani", session 33 lead): a titled person, unless the
        last word makes them a body ("Secretary General Office")."""
        words = [t for t in span if t.text != "-"]
        if span.start == 0 or not 2 <= len(words) <= 3 or words[-1].lower_ in self.kb.org_nouns \
                or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words) \
                or any(t.i in self.view.kbm_tokens for t in words):
            return False
        title = self.view.toks[span.start - 1]
        return (title.text[:1].isupper() or title.dep_ == "compound") and title.lower_ in self.kb.roles \
            and title.head.i == span.root.i

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
        if len(span) != 1 or root.head.pos_ != "NOUN":
            return False
        # ... or owns what a town has ("Corfu's economy": PLACE_POSSESSIONS, round34)
        if root.dep_ != "compound" and not (root.dep_ == "poss" and noun_lemma(root.head) in _PLACE_POSSESSIONS):
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
