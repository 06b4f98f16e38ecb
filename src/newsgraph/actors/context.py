"""Step 4 of resolution: countries from the document's context, for actors the text does not place
itself -- "police fired tear gas" in a story filed from Nairobi, "the governor" of a story about
Kentucky, a passenger in a San Francisco stabbing.

Evidence per country (`story_evidence`):
  * the dateline (ingest's `Article.dateline_place`, the geo stage's dateline place, else a dateline
    at the start of the text)                                          DATELINE_WEIGHT
    (UNECHOED_DATELINE_WEIGHT when no other evidence is of its country and the story names a town or region
    of another country: a wire desk's city, "LONDON (Reuters) - A blast in Shiraz ...")
  * the headline: a country or its people named in it TITLE_WEIGHT, a city or region TITLE_PLACE_WEIGHT
  * each place the geo stage found (not metonyms): a city, region or landmark PLACE_WEIGHT, a country
    COUNTRY_PLACE_WEIGHT (countries are named in every foreign-relations story; towns say where it is)
  * each mention of a person, official, body or group whose country the text gives    ACTOR_WEIGHT
    (SPEAKER_WEIGHT when the mention only says something -- "X said", "according to X": a story quotes
    voices from abroad, so a much-quoted foreign voice moves it less than the actors of its events;
    counting each actor once instead, or by the square root of its mentions, lost 7 dev slots: how often
    a story names its protagonist says whom it is about)
    (not a news outlet: "CNBC reported" says nothing of where the story is; nor a company of the KB:
    "Toyota said" is no evidence of Japan)
  (places and actors after the first LEAD_SENTENCES sentences count LATER_WEIGHT times as much)
The story country is the top country when its share of the evidence of the top two countries is at
least STORY_SHARE (and
MIN_EVIDENCE in all, in a text of MIN_STORY_SENTENCES or more or with a dateline); its confidence grows
with that share.

Which actors take it, and how (`Ent.country_source`):
  * a domestic agent -- police, courts, protesters, a doctor, "the governor" -- named by a common noun
    (a *generic* entity) first takes the country of the places in its own sentence, when they all lie
    in one country and its sector is a local one (police act where they are; a government is national):
    source "sentence"; else the story country: source "dateline" when the dateline says it, else "story";
    a "local" one of any sector (PLACE_OWN_MODIFIERS: "advisers in Mali to train local forces") takes its
    sentence's places first, before any group of its kind the text gave another country;
  * a national body ("Congress", "the army") and an organisation without a country: the country of the
    one body of that name the text names with its country ("the Nigerian Senate ... the Senate": source
    "coreference"), else the story country;
  * a named person without a country: the story country only when the story is about one country
    (PERSON_SHARE of the evidence of the top two countries, and PERSON_WHOLE_SHARE of all of it: a
    tournament or summit story names many countries, whose people its players or delegates are), since
    people in foreign-news stories are often foreigners;
  * a voice quoted for its view that the text does not place -- "one legal expert", "analysts", "sources"
    (UNPLACED_VOICES), unless a body's own ("rebel sources") -- takes no country from the story or the
    dateline: stories quote experts from anywhere, and a careful reader could not tell theirs;
  * in a story no one country wins (two states trading accusations), residents, villagers or firefighters of a
    sentence that places nothing take the one country of every locative place before them (SCENE_NOUNS), and a
    state body or the state media whose sentence names only the other of the two states as a party is the first
    one's (source "sentence"; round36).
An actor whose country the text gave is never changed; a story about no one country gives none, nor does
a story give one to a named body above or across states ("the European Space Agency", SUPRANATIONAL_WORDS)
or to a generic group its words spread over several ("Arab leaders", PAN_NATIONAL_MODIFIERS; "several
governments", the plurals of SEVERAL_STATES_NOUNS);
unidentified gunmen or bombers (UAF) get none from context, and neither do refugees and migrants (REF):
where they are is not where they are from.

This module gives each actor its country (`assign_context_countries`); what it weighs lives in three modules, in
the order they import each other (none imports this one): story_country.py (the evidence and the story country,
the weights above), sentence_countries.py (the places and countries of each sentence), told_countries.py (a
country the text itself tells for an actor: owner, home, one office, portfolio or body of that name).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.nlp.cache import children, climb
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import COUNTRY_CONFIDENCE, SAID_COUNTRY_SOURCES, Ent, EntityTable, Ment
from newsgraph.actors.abroad import abroad, adopt_group_owner
from newsgraph.actors.facing_outsiders import faces_country
from newsgraph.actors.faced_governments import bind_faced_governments
from newsgraph.actors.peacekeepers import bind_peacekeepers
from newsgraph.actors.kb import NON_STATE_COUNTRY
from newsgraph.actors.person_anaphors import DEFINITE_WORDS
from newsgraph.actors.mission_owners import mission_owner
from newsgraph.actors.phrases import is_mission, noun_lemma
from newsgraph.actors.sentence_countries import (FOCUS_OFFICERS, facing_country, nearby_focus, one_country_by_sentence,
                                                 own_phrase_country, placed_here, scene_country, scene_holds,
                                                 sentence_named_countries, sentence_places)
from newsgraph.actors.multinationals import multinational
from newsgraph.actors.reacting_capitals import reacting_state
from newsgraph.actors.reporting_voices import reports_dateline_state_alone, voice_of_several_states
from newsgraph.actors.pair_bodies import body_of_a_foreign_pair
from newsgraph.actors.spokesperson_bodies import prior_speaker_body
from newsgraph.actors.story_country import PERSON_SHARE, StoryCountry
# (_voice is imported from here by tests/test_actors_session12.py: re-exported for it)
from newsgraph.actors.story_country import _voice  # noqa: F401  (re-export)
from newsgraph.actors.told_countries import (may_be, named_bodies, person_from, placed_offices, placed_portfolios,
                                             possessor_country, role_named_before, same_portfolio, told_country)
from newsgraph.products import StoryCountries

CATAPHORA_SENTENCES = 6     # how far ahead a placed group may name the country of an earlier generic one
STORY_SHARE = 0.55           # share of the evidence the story country needs (generic agents, bodies)
PERSON_WHOLE_SHARE = 0.5     # a named person's country also needs this share of all the evidence (not a tournament's
                             # host: its players come from the many countries the story names)
# sectors whose members act where they are, so a place in their sentence says whose they are
LOCAL_SECTORS = {None, "COP", "CVL", "CRM", "OPP", "JUD", "HLH", "EDU", "BUS", "LAB", "AGR", "MED"}
# unidentified gunmen and bombers: whose they are is exactly what the text does not know; refugees and
# migrants: where they are is by definition not whose they are (CAMEO codes them by their origin)
NO_CONTEXT_SECTORS = {"UAF", "REF"}
# sectors of institutions: a national body of the story's country unless the text says otherwise
INSTITUTIONAL_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "ELI"}
# sectors that are domestic by definition: rebels and insurgents fight in their own country, an opposition
# opposes its own government; like institutions, they take the story country at STORY_SHARE
DOMESTIC_SECTORS = INSTITUTIONAL_SECTORS | {"REB", "OPP"}
# sectors whose unqualified mention refers back to the one such body the text has placed ("Iranian
# security forces ... the security forces"); not private people ("the Turkish Friendship Hospital" says
# nothing of the other hospitals)
COREFERRING_SECTORS = INSTITUTIONAL_SECTORS | {"OPP", "REB"}
OWN_PHRASE_SECTORS = {"REB"}    # armed groups a place in their own phrase places (own_phrase_country; round41)
# sectors of named officers who act where they are: a police spokesman named in a sentence about a place
# of one country is that country's (session 24)
PLACED_OFFICERS = {"COP", "JUD"}
REACTING_SECTORS = {"GOV", "LEG"}     # the offices that voice a state's reaction (reacting_capitals.py; session 47)
# first words of the names of bodies above or across states ("the European Space Agency", "the African
# Medical Research Foundation", "International Crisis Group"): the story's country is not theirs
SUPRANATIONAL_WORDS = word_list("kb", "SUPRANATIONAL_WORDS")
# people quoted for their view ("analysts said", "sources said"): a story's country is not theirs
UNPLACED_VOICES = word_list("kb", "UNPLACED_VOICES")
# adjectives that make a generic group span several states ("Arab leaders", "Western officials")
PAN_NATIONAL_MODIFIERS = word_list("kb", "PAN_NATIONAL_MODIFIERS")
SEVERAL_STATES_NOUNS = word_list("kb", "SEVERAL_STATES_NOUNS")      # "several governments" (session 32)
PLACE_OWN_MODIFIERS = word_list("kb", "PLACE_OWN_MODIFIERS")
# sectors of a state's own bodies, which act against the other state of a two-country story (round36); and its
# media when the text calls them the state's ("state media", STATE_MEDIA_MODIFIERS)
FACING_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
STATE_MEDIA_MODIFIERS = word_list("kb", "STATE_MEDIA_MODIFIERS")
# people who are where the story's events happen ("residents of the town", "villagers near the site"; round36)
SCENE_NOUNS = word_list("kb", "SCENE_NOUNS")
# ("both drones" names no drones told before: "both" is no determiner of one thing named again)
_DEFINITE_DETERMINERS = frozenset(DEFINITE_WORDS) - {"both"}
REMOVAL_VERBS = word_list("kb", "REMOVAL_VERBS")
FIRED_WEAPONS = word_list("kb", "FIRED_WEAPONS")


def _weapons_only(view: DocView, named: list[Ment]) -> bool:
    """"KYIV - Ukraine's air force shot down 84 drones": weapons fired or flown at a target (kb word list FIRED_WEAPONS)
    the text gives no owner take no country from the story, its dateline or the one army it names: in a story of an attack
    they are as often as not the other side's, aimed at the story's country. "The drones" names again weapons told
    before, and keeps the coreference (session 42 lead)."""
    return bool(named) and all(noun_lemma(view.doc[m.head]) in FIRED_WEAPONS and not any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS for c in view.doc[m.head].children)
        for m in named)


def _sent_away(view: DocView, m: Ment) -> bool:
    """"The suspect was deported from Indonesia", "Police extradited the fugitive from Japan": a person sent out of a
    country (kb word list REMOVAL_VERBS, with a from-phrase) is not of the country the sentence places (session 42
    lead)."""
    head = view.doc[m.head]
    verb = head.head
    return head.dep_ in ("nsubjpass", "dobj", "obj") and verb.lemma_.lower() in REMOVAL_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _sector_countries(table: EntityTable) -> dict[str, list[tuple[int, str, list[tuple[int, int]] | None]]]:
    """sector -> (first sentence, country, None or the spans of its mentions) of the groups of that sector the text
    itself places ("Iranian security forces"); the spans are given for a government named only by its capital,
    which places only the mentions after it ("Ottawa rejected the province's request") and the phrase it stands in
    ("A spokesman for the Kremlin"), not a bare government before it ("The government thanked Buenos Aires")."""
    first: dict[int, int] = {}
    named_by: dict[int, set[str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in table.ments:
        if len(m.ents) == 1:
            k = id(m.ents[0])
            first[k] = min(first.get(k, m.sent), m.sent)
            if m.kind != "pronoun":
                named_by.setdefault(k, set()).add(m.kind)
                spans.setdefault(k, []).append((m.start, m.end))
    out: dict[str, list[tuple[int, str, list[tuple[int, int]] | None]]] = {}
    for e in table.ents.values():
        if e.kind == "GROUP" and e.generic and e.sector and e.country and e.country_source in SAID_COUNTRY_SOURCES \
                and id(e) in first:
            # a state's government named only by its capital ("The government thanked Buenos Aires") re-names
            # no government mentioned before it: it places only the later ones and its own phrase's (round36)
            out.setdefault(e.sector, []).append((first[id(e)], e.country,
                                                 spans[id(e)] if named_by.get(id(e)) == {"metonym"} else None))
        elif e.kind in ("GROUP", "ORG") and (e.sector or "").startswith("REB") and len(e.sector) > 3 \
                and e.country and e.country not in NON_STATE_COUNTRY and e.country_source in SAID_COUNTRY_SOURCES \
                and id(e) in first:
            # a named armed group ("al-Shabab fighters", REBSHB) places the text's bare rebels and militants
            # ("The militants had attacked a base", REB) as a placed group of rebels does (round34)
            out.setdefault("REB", []).append((first[id(e)], e.country, None))
    return out


def _supranational(ent: Ent) -> bool:
    """A named organisation above or across states, by the first word of its name; or a generic group
    whose words say it spans several ("Arab leaders", "European diplomats": PAN_NATIONAL_MODIFIERS)."""
    words = ent.name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if ent.generic:
        # a word before a common noun ("Arab leaders", "many European citizens", "Europe's armies"; not
        # "Western Cape officials", a province's)
        names = ent.name.split()[1:] if ent.name.lower().startswith("the ") else ent.name.split()
        return any(_possessor_stem(w) in PAN_NATIONAL_MODIFIERS and names[i + 1][:1].islower()
                   for i, w in enumerate(words[:-1]))
    return ent.kind == "ORG" and bool(words) and words[0] in SUPRANATIONAL_WORDS


def _possessor_stem(word: str) -> str:
    """'europe's' -> 'europe' (a continent as possessor spans its states as its adjective does)."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _is_national_body(view: DocView, m: Ment) -> bool:
    e = m.ents[0]
    toks = [t for t in view.doc[m.start:m.end] if not t.is_punct and t.lower_ not in ("'s", "\u2019s")]
    lemmas = [t.lemma_.lower() for t in toks]
    names = {e.name.lower(), view.doc[m.head].lemma_.lower(), " ".join(lemmas[-2:]),
             " ".join(t.lower_ for t in toks[-2:])}
    return bool(names & view.kb.national_bodies)


def assign_context_countries(view: DocView, table: EntityTable) -> StoryCountries:
    """Give actors without a country the one their sentence or the story makes clear (see above); return
    the story's and the sentences' countries for the later stages (agents the text implies)."""
    story = StoryCountry(view, table)
    clauses: dict[int, set[int]] = {}
    scene: dict[int, set[str]] = {}
    placed = sentence_places(view, clauses, scene)
    by_sentence = one_country_by_sentence(placed)
    found = story.for_entity(STORY_SHARE)
    named_sents = frozenset({p.sentence for p in view.places if p.role in ("place", "metonym")
                             and not person_from(view.token_at.get(p.start))}
                            | {m.sent for m in table.ments if m.ents and m.ents[0].kind == "COUNTRY"})
    out = StoryCountries(*(found or (None, None, None)), by_sentence=by_sentence, named=named_sents)
    bind_faced_governments(view, table)     # "as Borduria backs the government" in a sentence on Ruritania (round50)
    bind_peacekeepers(view, table)          # "peacekeepers" with no country of their own: the UN's, the AU's (round50)
    todo: dict[Ent, list[Ment]] = {}
    for m in table.ments:
        if len(m.ents) == 1 and m.ents[0].country is None and m.ents[0].kind != "COUNTRY":
            todo.setdefault(m.ents[0], []).append(m)
    if not todo:
        return out
    by_sector = _sector_countries(table)
    bodies = named_bodies(table)
    portfolios = placed_portfolios(view, table)
    place_at = {view.token_at[p.start].i: p.country for p in view.places
                if p.country and p.start in view.token_at and p.country not in NON_STATE_COUNTRY}
    place_at.update(view.country_of)
    offices = placed_offices(view, table)
    sent_countries = sentence_named_countries(view, table, placed)
    boss = table.name_entity_at(("nominal",))
    boss.update(table.name_entity_at(("name",)))      # a name inside a nominal phrase is the name's
    eu = _eu_executive(table)
    # the mentions of the dateline's state itself, whose acts a state body filed from its capital reports
    dateline_state = {m.head for m in table.ments if len(m.ents) == 1 and m.ents[0].kind == "COUNTRY"
                      and m.ents[0].country == story.dateline} if story.dateline else set()
    reacting = story.dateline if reacting_state(view, table, story.dateline) else None
    for ent, ments in todo.items():
        if adopt_group_owner(view, table, ent, ments):
            continue        # "Zimbabwean migrants ... The migrants' leader": theirs, not where they are (round42)
        if ent.sector in NO_CONTEXT_SECTORS or ent.foreign or _supranational(ent):
            continue
        if eu is not None and _eu_body(ent):
            # "The European Union proposed ... The Commission said": the EU's executive, not the story's (round34)
            ent.set_country(eu.country, "coreference")
            ent.sector = eu.sector
            continue
        owner = possessor_country(view, boss, ent, ments)
        if owner is not None:
            ent.set_country(owner, "employer")
            continue
        if abroad(view, ments):
            continue        # "an opposition group in exile": where the story is is not theirs (round42)
        told = told_country(view, table, ent, ments, boss, offices, place_at)
        if told is not None:
            ent.set_country(*told)
            continue
        named = [m for m in ments if m.kind != "pronoun"]
        if _weapons_only(view, named):
            continue
        if ent.sector in (None, "BUS") and multinational(view, named):
            continue        # "Veltrano Energy, a multinational oil company": no more the dateline's than another's (round47)
        spoken_for = prior_speaker_body(view, table, ent, named)
        if spoken_for is not None and may_be(ent, spoken_for.country):
            ent.set_country(spoken_for.country, "coreference")
            if spoken_for.sector in INSTITUTIONAL_SECTORS or spoken_for.country == "IGO":
                ent.sector = spoken_for.sector
            continue
        if named and all(is_mission(view.doc[m.head]) for m in named):
            # "KYIV - The embassy in Kyiv said": a post abroad whose state the text does not name is no state's the
            # story or the dateline gives (the host's least of all; round40); but the one other state the sentence
            # names is ("after France recalled its envoy, protesters stormed the embassy in Niamey"; tgt49)
            owner = mission_owner(view, named, sent_countries, placed, place_at, story.dateline)
            if owner is not None and may_be(ent, owner):
                ent.set_country(owner, "sentence")
            continue
        staff = mission_staff_country(view, table, ent, named)
        if staff is not None:
            if staff and may_be(ent, staff):
                ent.set_country(staff, "coreference")
            continue
        if ent.generic and voice_of_several_states(view, table, named, sent_countries):
            if story.dateline and may_be(ent, story.dateline) \
                    and reports_dateline_state_alone(view, named, dateline_state):
                ent.set_country(story.dateline, "dateline")     # "ISLAMABAD - Pakistan closed its border with
                                                                # Afghanistan and Iran, officials said" (round48)
            continue        # "Israel and Hamas resumed talks, officials said": whose, a reader could not tell (round47;
                            # before the next rule: "ISLAMABAD - Afghan and Pakistani guards exchanged fire, officials
                            # said" reports the dateline's state's act, but not only its)
        if (ent.generic or ent.kind in ("ORG", "GROUP")) and ent.sector in INSTITUTIONAL_SECTORS \
                and body_of_a_foreign_pair(view, table, named, story.dateline, sent_countries):
            continue        # "BRUSSELS - Russia and Ukraine traded accusations ... The Defence Ministry said": one of the
                            # pair's, not Belgium's (round48)
        if story.dateline and (ent.generic or ent.kind in ("ORG", "GROUP") or ent.role) \
                and ent.sector in INSTITUTIONAL_SECTORS and may_be(ent, story.dateline) \
                and reports_own_state(view, named, dateline_state):
            # "MOSCOW - Russia expelled two diplomats, the Foreign Ministry said": a state body filed from its
            # capital that reports its own state's act is that state's, in a story of two states (session 37 lead);
            # so is a named office holder of no stated country ("Ministry spokesman Ivo Ruud said Estonia rejects
            # ...", filed from Tallinn, in a story of attacks in two other states: session 47 lead)
            ent.set_country(story.dateline, "dateline")
            continue
        if ent.generic and named and all(view.doc[m.head].tag_ == "NNS"
                                         and noun_lemma(view.doc[m.head]) in SEVERAL_STATES_NOUNS for m in named):
            continue        # "several governments", "the capitals": many states, none of them the story's (session 32)
        if ent.generic and named and all(_of_several_states(view, m) for m in named):
            continue        # "officials from both governments", "ministers of the two countries": people of several
                            # states, none of them the story's or the dateline's (round35)
        near = nearby_focus(named, sent_countries) \
            if ent.sector in FOCUS_OFFICERS and (ent.generic or ent.role) else None
        if near is not None and near != story.iso and not story.dateline and may_be(ent, near):
            # (not in a story with a dateline: officials of a story filed from Tokyo or Hong Kong are the
            # dateline's, whatever country the sentence before named)
            # "In Peru, nine people died ... An unnamed official said the shops would be checked": an unplaced official
            # body or office holder of a sentence that follows ones about one other country than the story's
            # is that country's (a roundup of countries; round33)
            ent.set_country(near, "sentence")
            continue
        body = bodies.get(ent.name.lower().removeprefix("the "), set())
        if ent.kind in ("ORG", "GROUP") and len(body) == 1 and any(_is_national_body(view, m) for m in named):
            # "the Senate" of a story that also says "the Nigerian Senate": that one, whatever the story
            # country (a headline or a foreign name may outweigh it)
            iso = next(iter(body))
            if may_be(ent, iso):
                ent.set_country(iso, "coreference")
                continue
        portfolio = same_portfolio(view, ent, ments, portfolios)
        if portfolio is not None and may_be(ent, portfolio):
            # "China's commerce ministry ... The Ministry of Commerce said": the one ministry of that portfolio
            # the text placed (session 20)
            ent.set_country(portfolio, "coreference")
            continue
        titled = role_named_before(table, ent, ments)
        if titled is not None and may_be(ent, titled):
            # "South Korea summoned Russia's ambassador ... Ambassador Ivan Orlov": the title's holder the
            # text placed just before (session 24)
            ent.set_country(titled, "coreference")
            continue
        if ent.generic and any(c.dep_ == "amod" and c.lower_ in PLACE_OWN_MODIFIERS
                               for m in named for c in view.doc[m.head].children):
            # "advisers in Chad to assist local forces": the forces of the place, not the advisers' country
            local = {by_sentence[m.sent] for m in named if m.sent in by_sentence}
            if len(local) == 1 and may_be(ent, next(iter(local))):
                ent.set_country(local.pop(), "sentence")
                continue
        if ent.generic and ent.sector in OWN_PHRASE_SECTORS:
            at = own_phrase_country(view, named, place_at)
            if at is not None and may_be(ent, at):
                # "India carried out strikes against militant camps in Pakistan", "Indian jets struck militant camps
                # in Pakistan": rebels the text places in their own phrase, or struck in a place, are that place's,
                # not the story's or the dateline's (round41)
                ent.set_country(at, "sentence")
                continue
        # only the placed groups named before it or soon after (the lead may name them a few sentences on):
        # "officials" early in a story about China do not refer forward to "authorities in western
        # Mongolia" in its background paragraphs
        first = min(m.sent for m in ments)
        earlier = {iso for at, iso, metonyms in by_sector.get(ent.sector, ())
                   if at <= first + CATAPHORA_SENTENCES and (metonyms is None or any(
                       a < min(m.start for m in ments)
                       or view.doc[m.head].left_edge.i <= a and b - 1 <= view.doc[m.head].right_edge.i
                       for m in ments for a, b in metonyms))}
        if ent.generic and ent.sector in COREFERRING_SECTORS and len(earlier) == 1 \
                and not (ent.role and view.kb.is_head_role(ent.role)):
            # (not a head of state or government: "the prime minister" is the story's own, not the one
            # country some officials were given)
            # "Iranian security forces ... the security forces", "Somali rebels ... a rebel commander":
            # the one country the document gives that kind of actor
            iso = next(iter(earlier))
            # (not against the dateline: "officials" in a story filed from Tokyo are not China's because
            # the text once named "China's embassy"; a dateline in a territory of that state is no
            # contradiction: "China's foreign ministry ... the ministry" filed from Hong Kong)
            if may_be(ent, iso) and not (story.dateline and story.dateline != iso
                                                  and view.kb.sovereign.get(story.dateline) != iso):
                ent.set_country(iso, "coreference")
                continue
        if ent.generic:
            if ent.sector in LOCAL_SECTORS:
                voice = any(noun_lemma(view.doc[m.head]) in UNPLACED_VOICES for m in named)
                local = {by_sentence[m.sent] for m in named if m.sent in by_sentence
                         and placed_here(view, m, clauses) and (not voice or _own_place(view, m, place_at))
                         and not _sent_away(view, m)}
                if len(local) == 1 and may_be(ent, next(iter(local))):
                    ent.set_country(local.pop(), "sentence")
                    continue
                if named and story.iso and all(m.sent in placed and story.iso not in placed[m.sent] for m in named):
                    # "deplored the blasts at hotels in Peru and Chile and sent sympathy to the injured",
                    # filed from Madrid: the injured of a sentence placed only in other countries are not
                    # the story's (session 24)
                    continue
            if ent.sector not in DOMESTIC_SECTORS and any(noun_lemma(view.doc[m.head]) in UNPLACED_VOICES
                                                          for m in named):
                continue        # "one legal expert said": a voice from anywhere, unless the text places it
                                # (not "rebel sources", "security sources": a body's own people)
            # an institution, rebels or an opposition are the story country's; a private person only in a
            # story about one country
            found = story.for_entity(STORY_SHARE if ent.sector in DOMESTIC_SECTORS else PERSON_SHARE)
            if found is None and (ent.sector in FACING_SECTORS or ent.sector == "MED" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in STATE_MEDIA_MODIFIERS
                    for m in named for c in view.doc[m.head].children)):
                other = facing_country(story, table, named, sent_countries, placed)
                if other is not None and may_be(ent, other):
                    # "Cuba said a U.S. diplomat had met dissidents ... State media accused Washington of
                    # funding the opposition": in a story of two countries, a state body or the state media of
                    # a sentence that names only the other one as a party is the first one's (round36)
                    ent.set_country(other, "sentence")
                    continue
        elif ent.kind in ("ORG", "GROUP") or any(_is_national_body(view, m) for m in named):
            found = story.for_entity(STORY_SHARE)
        elif ent.role and ent.sector in INSTITUTIONAL_SECTORS:
            # a named office holder ("the state premier, Ahmad Zaki") is as much the story country's as
            # the office
            local = {by_sentence[m.sent] for m in named if m.sent in by_sentence}
            if ent.sector in PLACED_OFFICERS and len(local) == 1 and may_be(ent, next(iter(local))):
                # "In Cape Town, police spokesman Capt. Jan Botha said": police and courts act where they
                # are, their named officers as much as their plain mentions (session 24)
                ent.set_country(local.pop(), "sentence")
                continue
            found = story.for_entity(STORY_SHARE)
        else:
            found = story.for_entity(PERSON_SHARE, PERSON_WHOLE_SHARE)
            filed = story.dateline or next((p.country for p in view.places if p.role == "dateline" and p.country), None)
            if found is not None and filed and filed != found[0] and view.kb.sovereign.get(filed) != found[0]:
                # "GENEVA - The UN rights chief urged Myanmar's rulers ... Anna Berg said": a story filed from
                # another country than the one it is about quotes people of both, and of neither (the geo stage's
                # reading of the dateline where ours found none: a city that is no capital; round35)
                found = None
        if found is None and ent.generic and ent.sector in LOCAL_SECTORS and named \
                and all(noun_lemma(view.doc[m.head]) in SCENE_NOUNS for m in named):
            # "Firefighters in Belgorod put out the blaze ... Residents of the town said": in a story the
            # evidence does not give to one country (two states trading accusations), the residents, villagers
            # or firefighters of a sentence that places nothing are where the text has set its scene so far:
            # the one country of every locative place before them (round36)
            at = scene_country(named, placed, scene)
            if at is not None and may_be(ent, at):
                ent.set_country(at, "sentence")
                continue
        if found is None and ent.generic and ent.sector in PLACED_OFFICERS and story.dateline and named \
                and scene_holds(named, placed, scene, story.dateline) and may_be(ent, story.dateline):
            # "LONDON - Eritrean exiles rallied outside their embassy in London ... Police arrested four": police or
            # a court of a story of two states, in a sentence that places nothing, are the dateline's when the text
            # set a scene there before them (round43)
            ent.set_country(story.dateline, "dateline")
            continue
        if reacting and ent.sector in REACTING_SECTORS and (ent.role or ent.generic or ent.kind in ("ORG", "GROUP")) \
                and (found is None or found[0] != reacting) and may_be(ent, reacting):
            # "WELLINGTON - ..., New Zealand said ... Foreign Minister Ana Tui said": a state office or body of a story
            # of the dateline state's reaction to news abroad is the reacting state's (reacting_capitals.py; session 47;
            # not its police or army: "riot police used tear gas" in a HAVANA story of protests in Miami are Miami's)
            found = (reacting, "dateline", COUNTRY_CONFIDENCE["dateline"])
        if found is not None and faces_country(view, table, ent, ments, found[0]):
            continue        # "Leader X says his party would sign no deal with China" (round42)
        if found is not None and may_be(ent, found[0]):
            ent.set_country(found[0], found[1], found[2])
    return out


def _own_place(view: DocView, m: Ment, place_at: dict[int, str]) -> bool:
    """"Analysts in Moscow said": a place inside the mention's own phrase. A voice quoted for its view takes its
    sentence's place only so: "Analysts said Russia would pull reserves from the Donbas" places what they spoke of,
    not them (session 37 lead)."""
    head = view.doc[m.head]
    return any(head.left_edge.i <= i <= head.right_edge.i for i in place_at)


def reports_own_state(view: DocView, named: list[Ment], state_heads: set[int]) -> bool:
    """Is one of the mentions the speaker of a clause whose subject is one of the state's own mentions
    (`state_heads`: "Russia expelled two diplomats, the ministry said")? (session 37 lead)"""
    for m in named:
        head = view.doc[m.head]
        if not view.speech_subject(head):
            continue
        verb = climb(head, ("compound", "flat", "appos")).head
        clauses = [c for c in children(verb) if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
            clauses.append(verb.head)       # ("Russia expelled X, the ministry said": the parse hangs "said" below)
        if any(g.dep_ in ("nsubj", "nsubjpass") and g.i in state_heads for c in clauses for g in children(c)):
            return True
    return False


def mission_staff_country(view: DocView, table: EntityTable, ent: Ent, named: list[Ment]) -> str | None:
    """"Britain's High Commission said ... consular officials had visited him": people a modifier makes a
    mission's staff (CONSULAR_MODIFIERS) are of the one state whose mission the text names, never of the host's
    dateline; "" when the text names the missions of no state or of several (round40, session 38 act42); None for
    any other actor."""
    if not ent.generic or not named or not all(
            any(c.dep_ in ("amod", "compound") and c.lower_ in CONSULAR_MODIFIERS for c in view.doc[m.head].children)
            for m in named):
        return None
    states = {m.ents[0].country for m in table.ments if len(m.ents) == 1 and m.ents[0] is not ent
              and m.ents[0].country and m.ents[0].country not in NON_STATE_COUNTRY and is_mission(view.doc[m.head])}
    if not states:
        states = {_reporting_state(view, table, named[0])} - {None}
    return next(iter(states)) if len(states) == 1 else ""


def _reporting_state(view: DocView, table: EntityTable, m: Ment) -> str | None:
    """"Australia's foreign minister said consular officials were helping him": with no mission named, the staff
    are of the state whose government reports what they do (the subject of the verb of saying whose clause holds
    them is a government actor; round41, session 39 act43). None when no such speaker says so."""
    verb = view.doc[m.head].head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in view.kb.speech_verbs:
        return None
    subj = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    speaker = next((o.ents[0] for o in table.ments if subj is not None and o.start <= subj.i < o.end
                    and len(o.ents) == 1), None)
    if speaker is None or speaker.sector != "GOV" or speaker.country in (None, *NON_STATE_COUNTRY):
        return None
    return speaker.country


CONSULAR_MODIFIERS = word_list("kb", "CONSULAR_MODIFIERS")
EU_BODY_WORDS = word_list("kb", "EU_BODY_WORDS")      # "the Commission" of an EU text (round34)


def _eu_executive(table: EntityTable) -> Ent | None:
    """The European Union's entity, when the text names it (KB code IGO, sector of the EU family) and no
    other commission (an "Election Commission" makes a bare "the Commission" that one; round34)."""
    eu = next((e for e in table.ents.values() if e.country == "IGO" and (e.sector or "").startswith("EUR")), None)
    if eu is None or any(len(e.name.split()) > 1 and e.name.lower().split()[-1] == "commission"
                         and e.name.lower().removeprefix("the ") != "european commission"
                         for e in table.ents.values()):
        return None
    return eu


def _eu_body(ent: Ent) -> bool:
    """A bare "the Commission", or a person whose only title is "Commissioner" (EU_BODY_WORDS, round34)."""
    if ent.kind == "ORG" and not ent.generic:
        return ent.name.lower().removeprefix("the ") in EU_BODY_WORDS
    return ent.kind == "PERSON" and not ent.generic and (ent.role or "").lower() in EU_BODY_WORDS


def _of_several_states(view: DocView, m: Ment) -> bool:
    """Does the mention's head hang "from"/"of" a plural of SEVERAL_STATES_NOUNS ("officials from both governments",
    "delegates of the two countries"; round35)?"""
    head = view.doc[m.head]
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of") and o.dep_ == "pobj" and o.tag_ == "NNS"
               and noun_lemma(o) in SEVERAL_STATES_NOUNS for p in head.children for o in p.children)


