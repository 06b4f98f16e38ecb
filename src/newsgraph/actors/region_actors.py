"""Names, step 3 (part): states and provinces that act -- "Texas sued the EPA", "the state of Victoria eased its
lockdown", "Tamil Nadu said": a first-level division used as an actor is its government, coded with its country.

A mixin of `OrganisationNames` (org_names.py), split out of it in session 39 (no output change).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.people import POSSESSIVE
from newsgraph.actors.phrases import noun_lemma
from newsgraph.actors.places import is_capital_name, place_candidates, region_country
from newsgraph.nlp.cache import climb

# where a region named as an actor stands: its subject or object, or the agent of a passive
REGION_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"}
# ... or the object of a preposition that makes it a party ("a suit against Texas", "talks with Ontario"), not an
# example or a place ("states like Ohio", "in Ohio")
REGION_ACTOR_PREPS = word_list("kb", "REGION_ACTOR_PREPS")
REGION_ACT_NOUNS = word_list("kb", "REGION_ACT_NOUNS")    # "Ohio's ban": the state made it
REGION_OF_NOUNS = word_list("kb", "REGION_OF_NOUNS")      # "the state of Victoria eased ..." (session 34, unc36)


class RegionActors:
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
            head = climb(view.toks[end - 1], ("flat", "conj"))  # ("Texas and Oklahoma sued": the first conjunct's place)
            named = self.region_named_by(head)
            if named is not None:
                # "the state of Victoria eased its lockdown", "the northeastern region of Catalonia lifted the
                # curfew": the phrase that names the region by its place noun acts, the region's government
                start = named.left_edge.i
                if any(table.taken[start:end]) or any(view.toks[i].is_punct for i in range(start, end)):
                    continue
                ent = table.group_ent(p.country, "GOV", source="place", region=p.name)
                table.add(start, end, named.i, "name", "GPE", [ent])
                continue
            if head.dep_ not in REGION_ACTOR_DEPS and not (head.dep_ == "pobj" and head.head.lower_ in REGION_ACTOR_PREPS) \
                    and not self.region_act(head):
                continue      # ("Broward County, Florida": an apposition places; "California's governor")
            ent = table.group_ent(p.country, "GOV", source="place", region=p.name)
            table.add(start, end, head.i, "name", "GPE", [ent])

    @staticmethod
    def region_named_by(head: Token) -> Token | None:
        """"The state of Victoria eased ...", "accused the province of Ontario": the place noun (word list
        REGION_OF_NOUNS) whose "of" names a state or province, when that noun stands where a region acts
        (REGION_ACTOR_DEPS, REGION_ACTOR_PREPS); None for "in the state of Victoria" (a place) or "the
        governor of the state of Victoria" (left to the phrase it modifies). Session 34 (unc36): such a
        subject was no actor, and the act it did was lost with it."""
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.i == head.head.i:
            return None
        noun = head.head.head
        if noun.head.i == head.head.i or noun_lemma(noun) not in REGION_OF_NOUNS or noun.pos_ != "NOUN":
            return None
        if noun.dep_ in REGION_ACTOR_DEPS or noun.dep_ == "pobj" and noun.head.lower_ in REGION_ACTOR_PREPS:
            return noun
        return None

    def org_tagged_region(self, toks: list[Token], root: Token) -> str | None:
        """The country of a state or province named bare -- proper nouns only, no body word, no article -- that the
        recogniser called an organisation ("Tamil Nadu said", "accused Bavaria"), when it stands where a region acts
        (REGION_ACTOR_DEPS, REGION_ACTOR_PREPS): the gazetteer's first-level division of that name (`region_country`,
        the text's countries deciding between namesakes); None for a name that is also a capital anywhere
        ("Washington said" is the state's metonym, left to the seats) or a country ("Georgia"), or any other place."""
        kb, view = self.kb, self.view
        words = [t for t in toks if t.lower_ not in POSSESSIVE]
        if not 1 <= len(words) <= 3 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words) \
                or any(t.lower_ in kb.terms or t.lower_ in kb.org_nouns or t.lower_ in kb.roles for t in words):
            return None
        head = root
        while head.dep_ in ("flat", "conj", "compound") and head.head.i != head.i and head.head.i in {t.i for t in words}:
            head = head.head
        if head.dep_ not in REGION_ACTOR_DEPS and not (head.dep_ == "pobj" and head.head.lower_ in REGION_ACTOR_PREPS):
            return None
        name = " ".join(t.text for t in words)
        iso = region_country(name, view.context_countries)
        if iso is None or iso in NON_STATE_COUNTRY or is_capital_name(name) or kb.lookup_country(name):
            return None
        feature = next((f for c, _, f in place_candidates(name) if c == iso), None)
        return iso if feature == "admin1" else None

    @staticmethod
    def region_act(head: Token) -> bool:
        """"South Dakota's campaign", "Ohio's ban on flavoured vapes": a state or province whose plan, law or
        campaign the phrase names (word list REGION_ACT_NOUNS) made it as a government (session 15); its
        governor, economy or border stay the phrase's own."""
        return head.dep_ == "poss" and head.head.i != head.i and noun_lemma(head.head) in REGION_ACT_NOUNS
