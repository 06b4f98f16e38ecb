"""Nominals, the government of a place named before: a bare "the state" / "the province" (its state's or
province's), "the city" / "the county" as a party to an act (the town's), "the North" (a Korea's), and "the city
council" as a party (a local government).

A mixin of `NominalResolver` (nominals.py): it reads `self.view`, `self.kb` and `self.table`.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.actors.entities import REGIONAL_GOVERNMENT
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.nominal_phrases import ARGUMENT_DEPS, STATE_SENTENCES
from newsgraph.nlp.cache import children

# the kinds of place "the city" / "the county" re-names (session 29 ctry30)
CITY_PLACE_FEATURES = {"city": ("city", "capital"), "county": ("admin2",),
                       "municipality": ("city", "capital", "admin2")}
# what makes a bare "the city" a party: the object of these prepositions ("a suit against the city") or of
# these verbs ("sued the city", "the city was ordered to pay"); not a place struck or visited (session 29 ctry30)
CITY_PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS") | {"to"}
CITY_PARTY_VERBS = word_list("kb", "CITY_PARTY_VERBS")
# a local government as a party (session 21): the nouns, and the prepositions whose object is a party
LOCAL_COUNCIL_HEADS = word_list("kb", "LOCAL_COUNCIL_HEADS")
LOCAL_GOVERNMENT_MODIFIERS = word_list("kb", "LOCAL_GOVERNMENT_MODIFIERS")
BARE_LOCAL_COUNCILS = word_list("kb", "BARE_LOCAL_COUNCILS")
LOCAL_PARTY_PREPS = word_list("kb", "REGION_ACTOR_PREPS") | {"to", "on", "from"}


class PlaceGovernments:
    def places_before(self, t: Token, features: tuple[str, ...]) -> list:
        """The places (role "place", with a country) of those features the geo stage found from STATE_SENTENCES
        sentences before `t` up to it: what a bare "the state" or "the city" may re-name."""
        view = self.view
        lo = view.toks[view.sent_start[max(0, view.sent_of[t.i] - STATE_SENTENCES)]].idx
        hi = view.toks[t.i].idx
        return [p for p in view.places
                if p.role == "place" and p.feature in features and p.country and lo <= p.start < hi]

    def the_state(self, t: Token) -> None:
        """"Texas sued the agency. The state said ...": a bare "the state" (no modifier, no "of") after a state
        or province the text names within STATE_SENTENCES is that state's government, coded with its country
        (as a region acting is, names.regions_as_actors); so is "the province" ("Manitoba sued Ottawa. The
        province said ...", "rejected the province's request": ctry29). Without a region named, a bare "the
        state" as a party ("sued the state", "appealed to the state") is a government of no country the phrase
        says, which the story's country may give (session 21); "the Jewish state" has a modifier and is left
        alone."""
        if any(c.dep_ in ("amod", "compound", "prep", "poss", "nummod") for c in children(t)) \
                or t.dep_ == "pobj" and t.head.lower_ in ("in", "of", "across", "throughout", "within"):
            return
        regions = self.places_before(t, ("admin1",))
        if not regions:
            if t.dep_ != "pobj" or t.head.lower_ in LOCAL_PARTY_PREPS:
                # "the tribe sued the state", "appealed to the state": a party to an act, the government of
                # the story's country when the text makes that clear (context.py; a US state's government codes
                # USAGOV as well). Not "in the state" (session 21)
                ent = self.table.group_ent(None, "GOV", noun=t.text, phrase=f"the {t.lower_}")
                if t.lower_ == "province" and ent.role is None:
                    ent.role = REGIONAL_GOVERNMENT      # a province's government, whichever (ctry29)
                self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])
            return
        ent = self.table.group_ent(regions[-1].country, "GOV", source="coreference", region=regions[-1].name)
        self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])

    def the_city(self, t: Token) -> None:
        """"Denver sued the company. The city said ...", "the deal calls for the city to pay damages": a bare
        "the city" / "the county" (no modifier, no "of") as a party to an act -- subject, object, or object of
        a preposition that takes a party ("a suit against the city") -- is the government of the town the
        text named within STATE_SENTENCES before it (or in the dateline), coded with that town's country;
        of towns in several countries it is none of them, and with no town named it is a government whose
        country the story may give (context.py), as "the state" is (session 29 ctry30). Not "in the city",
        "the city of Denver", "the city's mayor"."""
        if any(c.dep_ in ("amod", "compound", "prep", "poss", "nummod", "appos") for c in children(t)) \
                or t.dep_ == "pobj" and t.head.lower_ not in CITY_PARTY_PREPS \
                or t.dep_ in ("dobj", "nsubjpass", "dative") and t.head.lemma_.lower() not in CITY_PARTY_VERBS:
            return      # not "attacks on the city", "shelled the city", "the city was flooded": a place struck
        if t.dep_ == "nsubj" and (t.head.lemma_.lower() == "be" or t.head.pos_ in ("ADJ", "NOUN")):
            return      # "the city had been kind to her", "the city is a port": a place described, no doer
        feats = CITY_PLACE_FEATURES.get(t.lower_, CITY_PLACE_FEATURES["city"])
        towns = [p for p in self.places_before(t, feats) if p.country not in NON_STATE_COUNTRY]
        countries = {p.country for p in towns}
        if len(countries) > 1:
            return
        if towns:
            ent = self.table.group_ent(towns[-1].country, "GOV", source="coreference", region=towns[-1].name)
        else:
            ent = self.table.group_ent(None, "GOV", noun=t.text, phrase=f"the {t.lower_}")
        if ent.role is None:
            # a town's own government, kept apart from its country's ("The government sued the city": two
            # parties though CAMEO codes both GOV; convention regions-apart)
            ent.role = REGIONAL_GOVERNMENT
        self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [ent])

    def the_north(self, t: Token) -> None:
        """"the North" / "the South" for a Korea named before."""
        prefix = t.lower_ + " "
        for e in self.table.ents.values():
            if e.kind == "COUNTRY" and e.name.lower().startswith(prefix):
                self.table.add(t.i - 1, t.i + 1, t.i, "nominal", "NOMINAL", [e])
                return

    @staticmethod
    def local_government(h: Token, lemma: str) -> bool:
        """"the city council", "the county commission" as a party to an act (subject, object, or object of a
        preposition that is no place's). A bare "the city", "the county" is left to the events' local-bodies
        convention: as an actor it would take the national government's code. A possessive one owns what it
        decided ("protested against the city council's plan": ctry29)."""
        if h.tag_ in ("NNS", "NNPS") or h.dep_ not in ARGUMENT_DEPS and h.dep_ != "poss":
            return False
        if h.dep_ == "pobj" and h.head.lower_ not in LOCAL_PARTY_PREPS:
            return False
        return lemma in LOCAL_COUNCIL_HEADS and (any(
            c.dep_ in ("compound", "amod") and c.lower_ in LOCAL_GOVERNMENT_MODIFIERS for c in children(h))
            # a bare "the council" no council named before is taken up by: the town's (session 29 ctry30)
            or lemma in BARE_LOCAL_COUNCILS and h.dep_ != "poss" and any(c.lower_ == "the" for c in children(h))
            and not any(c.dep_ in ("compound", "amod", "poss", "prep", "nmod", "appos") for c in children(h)))
