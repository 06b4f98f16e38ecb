"""Resolve the actor mentions of one document to document-level entities.

The work runs in four steps, each reading the `DocView` (document.py) and what the earlier steps put in
the `EntityTable` (entities.py), never the other way round:
  1. names (names.py): PERSON entities with their titles, "of Russia" and appositives; surnames and
     speakers the recogniser missed; KB matches (countries, capitals/seats used as actors,
     organisations, office holders); other ORG entities;
  2.+3. in one pass in text order, so that each may refer back to everything before it:
     nominals (nominals.py): role and group nouns ("the Russian leader", "police in Nairobi", "the two
     leaders", "200 Kenyans"), and pronouns (pronouns.py): he/his/she/they/its to the most salient
     compatible mention (a bare "Some said" to the group taken up last); a person noun predicated of a person ("X was the third witness") names them;
  4. context (context.py): actors still without a country take the one the document makes clear
     (national bodies and domestic agents of a story about one country).
The output is a list of `Ment` (token spans) each pointing at one or more `Ent`.
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.collective_actors import collective_name
from newsgraph.actors.context import assign_context_countries
from newsgraph.actors.described_bodies import bodies_described_after
from newsgraph.actors.described_names import name_described_before, name_described_subject
from newsgraph.actors.headline_groups import headline_group_countries
from newsgraph.actors.group_sites import bind_group_site
from newsgraph.actors.igo_anaphors import HEADS as IGO_ANAPHOR_HEADS, bind_igo_anaphor
from newsgraph.actors.igo_seats import bind_igo_seats
from newsgraph.actors.led_forces import bind_led_forces
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable, Ment
from newsgraph.actors.names import NameFinder
from newsgraph.actors.national_branches import join_national_branches
from newsgraph.actors.nominals import NominalResolver
from newsgraph.actors.parties import add_party, mark_party, party_doer, party_words
from newsgraph.actors.party_members import bind_party_members
from newsgraph.actors.relative_roles import relative_clause_roles
from newsgraph.actors.group_leaders import leaders_of_placed_groups
from newsgraph.actors.pronouns import PRONOUNS, QUANTIFIERS, PronounResolver
from newsgraph.actors.served_sectors import serve_body_sectors
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.products import StoryCountries

# places an act is aimed at that name no actor themselves ("rebel camps", "a chemical plant"; session 24)
STRUCK_SITE_NOUNS = word_list("kb", "STRUCK_SITE_NOUNS")
# "the city", "the county": a town's government as a party to an act (session 29 ctry30)
CITY_BODY_NOUNS = word_list("kb", "CITY_BODY_NOUNS")
# what a struck site is the object of: an attack's "on"/"against"/"at" phrase, or a verb's direct object
_SITE_PREPS = {"on", "against", "at"}


def resolve_document(view: DocView) -> tuple[list[Ment], StoryCountries]:
    """The document's resolved mentions, in text order (an outer mention before the ones inside it),
    and the countries the story and each sentence are about (step 4)."""
    table = EntityTable(view)
    NameFinder(view, table).run()
    join_national_branches(view, table)      # "Amnesty International Kenya" split by the recogniser (round41)
    _person_acronyms(view, table)
    bind_party_members(view, table)         # "The Greens called for an inquiry" (round43)
    relative_clause_roles(view, table)      # "Okello, who leads a Ugandan opposition movement" (round43)
    bind_led_forces(view, table)            # "The U.S.-led coalition said it killed a commander" (round44)
    bind_igo_seats(view, table)             # "Brussels said it would suspend visa-free travel" (round44)
    nominals = NominalResolver(view, table)
    pronouns = PronounResolver(view, table)
    pronouns.gender_evidence()
    toks, lowers, pos = view.toks, view.lowers, view.pos
    waiting: dict[int, list] = {}       # a subject's index -> the possessives before it that name it (cataphora)
    for i, t in enumerate(toks):
        low, tag = lowers[i], pos[i]
        if tag == "PRON" and low in PRONOUNS:
            later = pronouns.fronted_subject(t)
            if later is not None:
                waiting.setdefault(later, []).append(t)     # "During his visit, the president said" (round40)
            else:
                pronouns.resolve(t)
        elif low in QUANTIFIERS and view.deps[i] == "nsubj" and not table.taken[i]:
            pronouns.resolve_quantifier(t)
        elif low == "both" and view.deps[i] in ("nsubj", "nsubjpass") and not table.taken[i]:
            pronouns.resolve_both(t)        # "Both were charged": the two people named last (session 47 arr51)
        elif tag == "PROPN" and low in party_words() and view.deps[i] == "nsubj" and not table.taken[i] \
                and nominals.party_epithet(t):
            pass                            # "..., the Kentucky Republican said" (ctry29)
        elif low in party_words() and party_doer(t):
            if table.taken[i]:
                mark_party(table, t)        # "Labour criticism": an unknown organisation is the party
            else:
                add_party(table, t)         # "Republican attacks", "Democratic criticism of" (session 23)
        elif tag == "NUM" and view.deps[i] == "nsubjpass" and t.like_num and not table.taken[i] \
                and t.ent_type_ in ("", "CARDINAL"):
            pronouns.resolve_numeral(t)     # "Three were stabbed": the group the numeral counts (session 23)
        elif tag == "PROPN" and collective_name(view, table, t):
            pass                            # "accused the West of arming Ukraine" (round45)
        elif tag == "PROPN" and low in ("north", "south") and i > 0 and lowers[i - 1] == "the" \
                and not table.taken[i] and (i + 1 >= len(toks) or pos[i + 1] != "PROPN"):
            nominals.the_north(t)
        elif low in ("state", "province") and tag == "NOUN" and i > 0 and lowers[i - 1] == "the" \
                and not table.taken[i] and (view.deps[i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
                                            or low == "province" and view.deps[i] == "poss"):
            nominals.the_state(t)           # ("the province's request": ctry29)
        elif low in CITY_BODY_NOUNS and tag == "NOUN" and i > 0 and lowers[i - 1] == "the" \
                and not table.taken[i] and view.deps[i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
            nominals.the_city(t)            # "The city agreed to pay damages" (session 29 ctry30)
        elif low in IGO_ANAPHOR_HEADS and not table.taken[i] and bind_igo_anaphor(view, table, t):
            pass                            # "The world body urged Rwanda to ..." (round48)
        elif tag == "NOUN" and view.deps[i] in ("oprd", "pobj") and nominals.predicate(t):
            pass                            # "Khan was elected (as) mayor of London" (round49)
        elif nominals.is_head(t) and nominals.resolve(t):
            pass
        elif tag == "PROPN" and nominals.people_noun(t):
            pass
        elif low == "old" and tag == "ADJ" and nominals.age_person(t):
            pass                            # "a 16-year-old was killed" (session 24)
        elif tag in ("NOUN", "ADJ") and view.deps[i] in ("nsubj", "nsubjpass"):
            nominals.epithet(t)
        elif tag == "NOUN" and view.deps[i] == "attr":
            nominals.predicate(t)
        elif tag == "NOUN" and not table.taken[i] and t.lemma_.lower() in STRUCK_SITE_NOUNS \
                and bind_group_site(view, table, t):
            pass                            # "Jets struck militant hideouts" (round48)
        elif tag == "NOUN" and not table.taken[i] and t.lemma_.lower() in STRUCK_SITE_NOUNS:
            _struck_site(view, table, t)
        for w in waiting.pop(i, ()):
            pronouns.resolve(w)
    nominals.leftover_demonyms()
    pronouns.resolve_deferred()         # "Three were stabbed": after every group is named (session 23)
    serve_body_sectors(view, table)     # "the commission's chairman": the bound body's sector (round39)
    name_described_before(view, table, nominals)    # "a Somali businessman ... Abdi Farah was detained" (round41)
    name_described_subject(view, table)             # "A Venezuelan opposition politician ... Antonio Ledezma" (round44)
    bodies_described_after(view, table)             # "Wagner fighters attacked ... The Russian mercenary group" (round45)
    leaders_of_placed_groups(view, table)           # "An Indian delegation led by the foreign secretary" (round47)
    headline_group_countries(view, table)           # "Ghana expels 40 Nigerian traders / ... 40 traders" (round41)
    story = assign_context_countries(view, table)
    _late_owner_countries(view, table, nominals)
    table.ments.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return table.ments, story


def _late_owner_countries(view: DocView, table: EntityTable, nominals: NominalResolver) -> None:
    """"The foreign ministry said its citizens are being detained": the ministry's country came from the story only
    in step 4, after "its citizens" was read; a group of people with no country whose possessive pronoun is bound
    to a body or state that now has one is that country's (`possessor_country`; round41, session 39 act43)."""
    for m in table.ments:
        if m.kind != "nominal" or len(m.ents) != 1 or m.ents[0].country is not None or not m.ents[0].generic:
            continue
        iso = nominals.possessor_country(view.doc[m.head])
        if iso:
            m.ents[0].set_country(iso, "coreference")


def _struck_site(view: DocView, table: EntityTable, t) -> None:
    """"missiles hit rebel camps in Zambia", "strikes on a chemical plant in Sudan": a site an act is aimed
    at, placed "in" one country in its own phrase, stands for that country (the act's target as CAMEO codes
    it); a site placed in several countries, or in none, names no actor (session 24, ctry24)."""
    if not (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in _SITE_PREPS):
        return
    places = view.place_country_at
    countries = set()
    for prep in t.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for tok in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
                words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat")]
                iso = next((view.country_of.get(w.i) or places.get(w.i) for w in words
                            if view.country_of.get(w.i) or places.get(w.i)), None)
                countries.add(iso)
    if len(countries) != 1 or None in countries:
        return
    iso = countries.pop()
    if iso in NON_STATE_COUNTRY:
        return
    start = min([t.i] + [c.i for c in t.subtree if c.i < t.i])
    table.add(start, t.i + 1, t.i, "nominal", "GPE", [table.country_ent(iso)])


def _person_acronyms(view: DocView, table: EntityTable) -> None:
    """"Andres Manuel Lopez Obrador (AMLO) proposed ... AMLO has avoided ...": a person's name followed by its
    initials in parentheses makes every later bare use of those initials a mention of that person (the
    recogniser calls them an organisation or nothing, and "he" then goes to whoever else was named; session
    29 ctry30). Only initials that spell the name's words ("AMLO", "MBS" for "Mohammed bin Salman")."""
    toks = view.toks
    n = len(toks)
    found: dict[str, object] = {}
    for m in list(table.ments):
        if m.kind != "name" or len(m.ents) != 1 or m.ents[0].kind != "PERSON" or m.end + 2 >= n:
            continue
        if toks[m.end].text != "(" or toks[m.end + 2].text != ")":
            continue
        acr = toks[m.end + 1].text
        # the initials of the name's last words, as many as the acronym has letters ("Mexican candidate
        # Andres Manuel Lopez Obrador (AMLO)")
        words = [t.text for t in toks[m.start:m.end] if t.text[:1].isalpha()][-len(acr):]
        if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()) or len(words) != len(acr) \
                or "".join(w[0] for w in words).upper() != acr:
            continue
        found.setdefault(acr, m.ents[0])
        if not table.taken[m.end + 1]:
            table.add(m.end + 1, m.end + 2, m.end + 1, "name", "PERSON", [m.ents[0]])
        for i in range(m.end + 3, n):
            if toks[i].text == acr and not table.taken[i]:
                table.add(i, i + 1, i, "name", "PERSON", [m.ents[0]])
