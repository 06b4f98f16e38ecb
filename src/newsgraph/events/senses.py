"""Word sense by argument type: a pattern's code holds only when its arguments fit (data/patterns/senses.csv).

"Attacked the budget" is criticism (111), not force (19x): the target of force is a person, group,
place or thing, never an abstract noun. "Recognized that they were wrong" is not diplomatic
recognition (054), "asked not to be named" is not an appeal, "the army freed hostages" is a rescue,
not a captor releasing its captives (0841). Each row names the codes and trigger words it applies to,
a condition on the parse or the actors, and what to do: drop the event or code another code.

This module reads the rows and decides whether a row's condition holds (`_holds`, `sense_of`); three groups of
conditions are read in modules of their own: object_senses.py (the trigger's direct object), clause_senses.py (its
clause or complement) and frame_senses.py (the trigger only frames another act: where, when or how it happened).
The tests the conditions ask live beside it: sense_clauses.py (the trigger's words and clause), sense_sides.py (who
the sides are: people, politicians, states, armed groups).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.datafile import DataFileError, package_data, read_rows, word_list
from newsgraph.events import roles
from newsgraph.events.appraisal import named_labels
from newsgraph.events.arguments import Party
from newsgraph.events.ontology import is_code
from newsgraph.events.patterns import noun_values, split_values
from newsgraph.events.sense_clauses import (_accidental, _bare, _caused_by, _doer_of, _impressed, _in_manner,
                                            _measured, _mishap_consequence, _object_relative, _phone_after, _question,
                                            _retort, _scored, _devoted_to, _stopped_text, _subject_not_of, _words,
                                            _words_of)
from newsgraph.events.given_time import granted_time
from newsgraph.events.held_liable import held_as
from newsgraph.events.threat_dangers import danger_noun
from newsgraph.events.prep_senses import PREP_CONDITIONS, prep_object_words, talked_about
from newsgraph.events.issue_stances import issue_object
from newsgraph.events.coop_checks import (business_dyad, frozen_object, relief_cargo, sum_in, sum_noun,
                                           taken_off_other)
from newsgraph.events.sense_sides import (_PARTY_ENTS, _aimed_at_place, _armed, _armed_place, _armed_story,
                                          _can_use_force, _is_person, civil_doer, lone_doer,
                                          sideless_subject,
                                          _named_against_politician,
                                          _named_helped, _named_person, _other_sector, _party_subjects, _patients,
                                          _private_help,
                                          _person_patient, _place_patient, _political, _politician, _reachable,
                                          _reciprocal_object, _state_helps,
                                          _state_side, _unarmed_non_state, _unarmed_sentence_with, _weapons_or_armed,
                                          _with_weapon)
from newsgraph.events.campaign_senses import campaign_attack
from newsgraph.events.campaign_rallies import RALLY_HOLDER_SECTORS, campaign_rally
from newsgraph.events.clause_senses import CLAUSE_CONDITIONS, clause_holds
from newsgraph.events.frame_senses import FRAME_CONDITIONS, frame_holds
from newsgraph.events.object_senses import OBJECT_CONDITIONS, object_holds, trigger_objects
from newsgraph.nlp.cache import children, token_lemmas
from newsgraph.records import sector_type

CONDITIONS = ("object", "object_not", "object_abstract", "clause", "complement", "passive", "prep", "prep_object",
              "particle", "bare", "intransitive", "story", "road", "source_sector", "politician", "to_public",
              "target_person", "civil_dyad", "governed", "question", "source_word", "source_not", "modifier",
              "striving", "stative", "epistemic", "wh_clause", "measure", "purpose", "score", "cause",
              "prep_abstract", "armed_side", "dative", "noun_prep", "mishap_head", "idle", "sentence", "object_modifier",
              "predicate", "prep_party", "attributive", "object_no_side", "described", "accidental",
              "press_met", "impressed", "own_struggle", "subject_not", "noun_target_abstract", "by_object",
              "source_other", "object_of", "patient_thing", "from_object", "sentence_word", "target_word",
              "contest_abstract", "own_object", "source_person", "off_object", "transitive", "of_phrase", "counted",
              "venue_of", "politician_object", "object_cargo", "same_country", "relative_on", "person_rally",
              "subject_other", "pcomp_of", "phone_number", "object_of_phrase", "passive_complement",
              "named_helped", "copula_subject", "state_source", "state_body_source", "pobj_of", "with_gerund",
              "party_subjects", "no_other_country", "object_over_phrase", "thing_clause",
              "story_unarmed", "prep_object_modifier", "participle", "in_manner", "armed_doer_object", "retort",
              "retort_at", "described_by", "subject_word",
              "thing_subject", "of_place", "object_participle", "domestic_rivals", "for_deed", "with_object",
              "purpose_abroad", "object_purpose", "object_at_home", "state_helps_sector", "doer_of",
              "object_relative", "stopped_text", "devoted_to", "object_of_place", "granted_time",
              "private_help", "setting_of", "sum_noun", "business_dyad",
              "frozen_object", "sum_in", "taken_off_other", "relief_cargo", "means_of", "stranded_prep",
              "of_object", "for_object", "to_object", "talked_about", "international_target", "civil_doer",
               "sideless_subject", "issue_object", "on_object", "lone_source", "held_as", "campaign_attack",
               "danger_noun", "campaign_rally")
_TIME_NOUNS = word_list("patterns", "TIME_NOUNS")
LATE_CONDITIONS = ("source_sector", "politician", "to_public", "target_person", "civil_dyad", "domestic_rivals",
                   "source_word",
                   "source_not", "striving", "armed_side", "object_no_side", "press_met", "target_word",
                   "contest_abstract", "sentence_word", "source_other", "source_person",
                   "politician_object", "same_country", "person_rally", "state_source", "no_other_country",
                   "state_body_source", "purpose_abroad", "object_at_home", "private_help",
                   "business_dyad", "international_target", "civil_doer",
                   "sideless_subject", "issue_object", "lone_source", "campaign_attack",
                   "campaign_rally")  # on the sides, not the words
                   # (sentence_word: so that a row on the sides before it is read first, "came under fire from critics")


@dataclass(frozen=True)
class Sense:
    id: str
    prefixes: tuple[str, ...]
    verbs: frozenset[str]
    condition: str
    values: frozenset[str]
    action: str                  # "drop", a CAMEO code, or "keep": the pattern's code stands and no later row is read
    excluded: frozenset[str] = frozenset()   # "!word" values: words that rule the row out (sentence_word only)


def _prep_gerunds(tok: Token, prep: str) -> list[Token]:
    """The -ing verbs of the trigger's `prep` phrases ("charged with drafting", "attacked him for cutting")."""
    return [c for p in children(tok) if p.dep_ == "prep" and p.lower_ == prep for c in children(p)
            if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def _two_countries(source: Party | None, target: Party | None) -> bool:
    """Both sides have a known country, and the countries differ."""
    return source is not None and target is not None and None not in (source.country, target.country) \
        and source.country != target.country


def _purpose(tok: Token, values: frozenset[str]) -> bool:
    """The trigger has a to-infinitive (of purpose or complement) whose verb is in `values` (`*` = any); a noun's
    own to-infinitive too: "calls from councillors to resign" (session 28 coop29)."""
    deps = ("advcl", "xcomp", "acl", "relcl") if tok.pos_ in ("NOUN", "PROPN") else ("advcl", "xcomp")
    return any(c.dep_ in deps and ("*" in values or _words(c) & values)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(tok))


@functools.lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    path = package_data("patterns", "senses.csv")
    out = []
    for lineno, r in read_rows(path, ("cameo", "condition", "action", "example"), optional=("verbs", "value")):
        prefixes = tuple(split_values(r["cameo"]))
        if not prefixes or not all(is_code(p) for p in prefixes):
            raise DataFileError(path, lineno, f"unknown CAMEO prefix in {r['cameo']!r}")
        if r["condition"] not in CONDITIONS:
            raise DataFileError(path, lineno, f"condition must be one of {CONDITIONS}")
        if r["action"] not in ("drop", "keep") and not is_code(r["action"]):
            raise DataFileError(path, lineno, f"action must be drop, keep or a CAMEO code, not {r['action']!r}")
        values = noun_values(r["value"], path, lineno)
        excluded = frozenset(v[1:] for v in values if v.startswith("!"))
        if excluded and r["condition"] != "sentence_word":
            raise DataFileError(path, lineno, "'!word' values are read only by the sentence_word condition")
        out.append(Sense(r["id"], prefixes, frozenset(split_values(r["verbs"])), r["condition"],
                         values - {"!" + v for v in excluded}, r["action"], excluded))
    return tuple(out)


STORY_WORDS = 3      # different words of a `story` set that make the article such a story
SHARED_STORY_WORDS = 5      # as many when every word found is one other news uses too (STORY_SHARED_WORDS)
# words of a story set that news of any kind uses in senses of its own: "the goal of the talks", "the Arab League",
# "a Congressional Gold Medal", "human rights defenders", "the holiday season" (session 48 coop52)
_SHARED_WORDS = word_list("patterns", "STORY_SHARED_WORDS")


def _story_words(doc, sense: Sense) -> int:
    """How many different words of the sense's set the article holds (counted once per doc). Words that other news
    uses too (word list STORY_SHARED_WORDS) make such a story only with a word of the set's own beside them, or when
    SHARED_STORY_WORDS of them are found: a political story naming a goal, a league and a medal is no sports report
    (session 48 coop52); the count returned is then below STORY_WORDS."""
    cache = doc.user_data.setdefault("_ng_story_words", {})
    if sense.id not in cache:
        found = set(token_lemmas(doc)) & sense.values
        shared_only = bool(found) and found <= _SHARED_WORDS and len(found) < SHARED_STORY_WORDS
        cache[sense.id] = min(len(found), STORY_WORDS - 1) if shared_only else len(found)
    return cache[sense.id]




def _holds(sense: Sense, tok: Token, source: Party | None, target: Party | None) -> bool:
    cond = sense.condition
    if cond in OBJECT_CONDITIONS:   # the trigger's direct object: "attacked the budget", "met the deadline"
        return object_holds(cond, tok, sense.values, target)
    if cond in CLAUSE_CONDITIONS:   # its clause or complement: "insisted that he had done nothing wrong"
        return clause_holds(cond, tok, sense.values)
    if cond in FRAME_CONDITIONS:    # it only frames another act: "said at a rally", "arrested in dawn raids"
        return frame_holds(cond, tok, sense.values)
    if cond == "copula_subject":    # "the ad was an attack on her family" (session 30 force31)
        return tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and _words(c) & sense.values for c in children(tok.head))
    if cond == "party_subjects":    # "Russia and China held naval drills" (session 33 coop35)
        return _party_subjects(tok)
    if cond == "named_helped":      # "pledged to help Somalia rebuild its schools" (session 29 coop30)
        return _named_helped(tok)
    if cond == "state_helps_sector":  # "the government wants to help farmers buy seed" (session 40 coop44)
        return _state_helps(tok, sense.values)
    if cond == "phone_number":      # "call (800) 221-4567", "call Crimestoppers on 0800 555111" (session 29 coop30)
        return _phone_after(tok)
    if cond == "score":
        return _scored(tok)
    if cond == "cause":
        return _caused_by(tok, sense.values)
    if cond == "accidental":
        return _accidental(tok, sense.values)
    if cond == "prep_abstract":     # "his fight with cancer", "the battle against poverty" (nouns only)
        return tok.pos_ == "NOUN" and any(_words(o) & sense.values for o in roles.prep_objects(tok, _CONTEST_PREPS))
    if cond == "in_manner":         # "walked out of the meeting in protest at the cuts" (session 36 fam39)
        return _in_manner(tok, sense.values)
    if cond == "participle":        # "gathered outside the court, chanting slogans" (session 36 fam39)
        return any(c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and _words(c) & sense.values
                   for c in children(tok))
    if cond == "mishap_head":
        return _mishap_consequence(tok, sense.values)
    if cond == "of_phrase":         # "a clash of civilizations", "a war of words" (nouns only; session 25)
        return tok.pos_ == "NOUN" and any(_words(o) & sense.values for o in roles.prep_objects(tok, ("of",)))
    if cond == "noun_prep":         # "the fight for voters", "a battle over the budget" (nouns only)
        return tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in sense.values for c in children(tok))
    if cond == "armed_side":        # "Turkey's fight against the militants": force between armed sides
        return any(p is not None and _armed(p) for p in (source, target))
    if cond in ("retort", "retort_at"):
        # "the spokeswoman shot back, saying the premier should stop": a reply in words, which its participle of
        # saying tells (session 38 lead); "shot back at the premier, saying ...": criticism of him (session 39)
        # (fire returned at gunmen is force, and no criticism of them, whatever is said beside it)
        return _retort(tok, sense.values, aimed=cond == "retort_at") and not any(
            _words(o) & _weapons_or_armed() for o in roles.prep_objects(tok, ("at",)))
    if cond == "held_as":           # "held the airline responsible", "must be held accountable" (session 49 say53)
        return held_as(tok, sense.values)
    if cond == "danger_noun":       # "is considered a threat to shipping": a danger, no threat made (session 50 crit54)
        return danger_noun(tok, sense.values)
    if cond == "described_by":      # "a strike called by separatist leaders" (nouns only; session 39 left43)
        return tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in sense.values
                                          for c in children(tok))
    if cond in PREP_CONDITIONS:     # "complained of headaches", "charge the city for the repairs" (session 46 prec50)
        return prep_object_words(tok, cond, sense.values)
    if cond == "prep_object_modifier":     # "warned of military action" (session 34 thr37)
        return any(c.dep_ in ("compound", "amod") and _words(c) & sense.values
                   for pr in children(tok) if pr.dep_ == "prep" for o in children(pr) if o.dep_ == "pobj"
                   for c in children(o))
    if cond == "patient_thing":     # "the release of the report", "the film's release" (nouns only; round21)
        patients = _patients(tok) if tok.pos_ == "NOUN" else []
        return bool(patients) and not any(_person_patient(p, sense.values) for p in patients)
    if cond == "by_object":         # "the strike by coalition jets": who or what the by-phrase names (round 20)
        return any(_words(o) & sense.values for o in roles.prep_objects(tok, ("by",)))
    if cond == "noun_target_abstract":
        # "an assault on press freedom", "launched an attack on the health bill": a noun of force whose on/upon/
        # against phrase names only ideas, rights or measures of `value` (round 20; object_abstract for the verbs)
        objs = roles.prep_objects(tok, _AIMED_NOUN_PREPS) if tok.pos_ == "NOUN" else []
        return bool(objs) and all(_words(o) & sense.values for o in objs)
    if cond == "from_object":       # "snatched swimmers from the waves": what the act took someone out of (round 21)
        # (and the from-phrase of its direct object: "obtained an order from the court", session 23 trade23)
        return any(_words(o) & sense.values for o in roles.prep_objects(tok, ("from",))
                   + [g for d in roles.direct_objects(tok) for g in roles.prep_objects(d, ("from",))])
    if cond == "sentence_word":     # "two soldiers died when their patrol came under fire" (round 21)
        words = _words_of(tok.sent)     # and none of the row's "!word" exclusions ("fired" with missiles, session 32)
        return bool(words & sense.values) and not words & sense.excluded
    if cond == "target_word":       # "the convoy came under fire": the target's head word (round 21)
        return target is not None and bool(_words(target.head) & sense.values)
    if cond == "contest_abstract":  # "the startup is fighting for survival" (round 21; prep_abstract for the verbs)
        return tok.pos_ == "VERB" and not _can_use_force(source) and any(
            _words(o) & sense.values for o in roles.prep_objects(tok, _CONTEST_PREPS))
    if cond == "intransitive":
        return not roles.is_passive(tok) and not roles.direct_objects(tok)
    if cond == "dative":        # "worked to deny her the nomination": someone is given or denied something (session 24)
        # (or two direct objects, the small model's parse of "denied Republicans the votes"; session 39 lead)
        return any(c.dep_ == "dative" for c in children(tok)) \
            or sum(c.dep_ in ("dobj", "obj") for c in children(tok)) >= 2
    if cond == "transitive":    # "would give the firm a stake in the bank": no "give in" (session 23)
        return bool(roles.direct_objects(tok)) or any(c.dep_ == "dative" for c in children(tok))
    if cond == "measure":
        return _measured(tok)
    if cond == "purpose":       # "resigned to run for the senate": a to-infinitive of purpose
        return _purpose(tok, sense.values)
    if cond == "object_purpose":  # "agreed a deal to become Roma's coach" (session 40 coop44)
        # (the parse may hang the infinitive on the verb: only with an object, "agreed to join" stays an intent)
        objects = roles.direct_objects(tok)
        return bool(objects) and (_purpose(tok, sense.values) or any(_purpose(o, sense.values) for o in objects))
    if cond == "purpose_abroad":  # "sent troops to Mozambique to help fight the insurgents" (session 40 coop44)
        return _purpose(tok, sense.values) and _two_countries(source, target)
    if cond == "object_at_home":  # "police sent 200 officers to the stadium" (session 40 coop44)
        return any(_words(o) & sense.values for o in trigger_objects(tok)) and not _two_countries(source, target)
    if cond == "idle":          # intransitive and bare: "his savings continued to decline"
        # (with values, a verb with none of those prepositions: "said he would appeal", not "appealed for calm"
        # nor the noun of "made an appeal to donors", whose phrases the parse may hang on "made")
        return not roles.is_passive(tok) and not roles.direct_objects(tok) and _bare(tok) \
            and not (sense.values and (tok.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ in sense.values
                                                                 for c in children(tok))))
    if cond == "bare":
        return _bare(tok)
    if cond == "story":
        return _story_words(tok.doc, sense) >= STORY_WORDS
    if cond == "story_unarmed":
        # "the minister said the strike was disappointing" in a story of doctors walking out over pay: an
        # article with STORY_WORDS words of the set and no word of force anywhere (round35)
        return _story_words(tok.doc, sense) >= STORY_WORDS and not _armed_story(tok.doc) and not _aimed_at_place(tok)
    if cond == "sentence":      # "the strike was caused by unpaid wages" (round 15)
        return _unarmed_sentence_with(tok, sense.values)
    if cond == "attributive":   # "the striking miners": a participle used as an adjective (session 15)
        return tok.dep_ == "amod" and (not sense.values or bool(_words(tok.head) & sense.values))
    if cond == "no_other_country":    # "nurses vaccinated 300 residents": no two sides of known countries (session 33)
        return not _two_countries(source, target)
    if cond == "same_country":        # "the army trained new soldiers": its own, no cooperation (session 26, coop26)
        return source is not None and target is not None and source.country is not None \
            and source.country == target.country
    if cond == "stranded_prep":
        # "the convoy was fired on by troops", "was fired at": a passive whose preposition or particle of aim is left
        # with no object of its own says what was shot at, not whom a firm dismissed (session 45 tgt49)
        return roles.is_passive(tok) and any(c.dep_ in ("prep", "prt") and c.lower_ in sense.values
                                       and not any(g.dep_ == "pobj" for g in children(c)) for c in children(tok))
    if cond == "passive":
        return roles.is_passive(tok)
    if cond == "modifier":
        return any(c.dep_ in ("compound", "amod", "nmod") and _words(c) & sense.values for c in children(tok))
    if cond == "relative_on":         # "a charity that provides food to the homeless" (session 26, coop26)
        return tok.dep_ == "relcl" and tok.head.i != tok.i and bool(_words(tok.head) & sense.values)
    if cond == "described":
        # "ran ads attacking the senator": a participle on the noun it describes (session 15)
        return tok.dep_ == "acl" and tok.head.i != tok.i and bool(_words(tok.head) & sense.values)
    if cond == "prep":
        return any(c.dep_ == "prep" and c.lower_ in sense.values for c in children(tok))
    if cond == "prep_party":    # "held drills with Japan", not "with live ammunition" (review13)
        return any(c.dep_ == "prep" and c.lower_ in sense.values and any(
            t.ent_type_ in _PARTY_ENTS for o in children(c) if o.dep_ == "pobj" for t in o.subtree)
            for c in children(tok))
    if cond == "prep_object":
        # a noun's "on", "at" or "to" phrase names what the act is aimed at, not where it was said ("an attack on
        # the border post"; session 19); nor is an armed place a platform ("attacked the police post", round 21)
        preps = _NOUN_SPEECH_PREPS if tok.pos_ in ("NOUN", "PROPN") else _SPEECH_PREPS + ("to",)
        return any(_words(o) & sense.values and not _armed_place(o) for o in roles.prep_objects(tok, preps))
    if cond == "off_object":
        # "the car went off the ramp": an "off" with an object of its own is a way left, no particle (session 22)
        # with words: the off-phrase's object is one of them ("struck off the register", session 44 left48)
        objs = roles.prep_objects(tok, ("off",))
        return bool(objs) if not sense.values else any(_words(o) & sense.values for o in objs)
    if cond == "predicate":
        # "called the plan a disgrace" (round 15); a label the parse hangs inside the object (session 40 crit44)
        return any(c.dep_ == "oprd" for c in children(tok)) or bool(named_labels(tok))
    if cond == "particle":
        # the small model parses "hit back" with an adverb, "lashed out" with a particle, "pleaded guilty" with
        # an adjective complement (round 15)
        return any(c.dep_ in ("prt", "advmod", "acomp", "oprd") and c.lower_ in sense.values for c in children(tok))
    if cond == "road":
        subjects = roles.subjects(tok)
        if any(_words(h) & _weapons_or_armed() for h in subjects):
            return False
        things = roles.direct_objects(tok)
        things += [g for o in things for g in roles.prep_objects(o, ("of",))]     # "the back of a car"
        # "was hit by a car", a headline's "Hit By Car" (round 18): a vehicle as the passive's doer
        things += roles.agent_of(tok) + roles.prep_objects(tok, ("by",))
        return any(_words(h) & sense.values for h in subjects + things)
    if cond == "politician":
        # "Obama wants to attack Switzerland", "the president vowed to attack the rebels" stay force
        return (_politician(source, sense.values) or _named_against_politician(source, target, sense.values)) \
            and (_unarmed_non_state(target) or (target is None and _reciprocal_object(tok)))  # "attacked each other"
    if cond == "to_public":
        # a person the text names by name is no public ("the campaign's communications director called on Trump
        # to apologize": an appeal to him, whatever sector the director's title gave her; session 22)
        return (source is not None and source.actor is not None
                and sector_type(source.actor.sector).lower() in sense.values and not _political(target)
                and not _named_person(target))
    if cond == "issue_object":     # "the senator opposes gambling": a stance, no act (session 47 prec51)
        return issue_object(tok, target)
    if cond == "international_target":     # "denied U.N. monitors access": an IGO or NGO target (session 46 tgt50)
        return target is not None and target.actor is not None and (
            (target.actor.country or "").lower() in sense.values
            or sector_type(target.actor.sector).lower() in sense.values)
    if cond == "source_sector":
        return source is not None and source.actor is not None and sector_type(source.actor.sector).lower() in sense.values
    if cond == "target_person":
        return _is_person(target)
    if cond == "state_source":      # "NATO's bombing of the embassy": a state's bombs fall from the air (round32)
        return _state_side(source) and not any(c.dep_ in ("amod", "compound") and _words(c) & sense.values
                                              for c in children(tok))
    if cond == "state_body_source":     # "the ministry protested": a state itself, not one of its people (session 32)
        return _state_side(source) and source.actor.kind != "PERSON"
    if cond == "source_person":     # "the plaintiff had bought a battery from a seller" (session 21)
        # (a single person: an actor of kind PERSON or a person's name; "the airline" is no person here)
        return source is not None and ((source.actor is not None and source.actor.kind == "PERSON")
                                       or source.head.ent_type_ == "PERSON")
    if cond == "subject_not":   # "dozens of toads exploded", "a gas cylinder exploded" (session 18)
        if roles.is_passive(tok) or roles.direct_objects(tok):
            return False
        return _subject_not_of(tok, sense.values)
    if cond == "thing_subject":     # "Chinese loans have shored up the regime, allowing it to ..." (session 39 left43)
        subj = roles.subjects(tok)
        return bool(subj) and all(roles.a_thing(g) for g in subj)
    if cond == "of_place":          # "the capture of the town by rebels" (nouns only; session 39 left43)
        return tok.pos_ == "NOUN" and _place_patient(tok)
    if cond == "subject_word":      # "the lifting of the curfew took effect": the subject itself (session 39 left43)
        # (or what its quantity names: "hundreds of tonnes of aid arrived"; session 42 coop46)
        return any(_words(q) & sense.values for t in roles.subjects(tok) for q in [t, *roles.quantified(t)])
    if cond == "subject_other":     # "the treaty came into force", "the drug took effect" (round27, force26)
        return _subject_not_of(tok, sense.values)
    if cond == "doer_of":           # "Russian drones damaged power lines" (session 41 left45)
        return _doer_of(tok, sense.values)
    if cond == "object_relative":   # "fired rockets that struck a kibbutz" (session 41 left45)
        return _object_relative(tok, sense.values)
    if cond == "stopped_text":      # "vetoed a statement criticising China" (session 42 left46)
        return _stopped_text(tok, sense.values)
    if cond == "granted_time":      # "gave two diplomats 72 hours to leave" (session 44 left48)
        return granted_time(tok, sense.values)
    if cond == "devoted_to":        # "devoted ten years to helping the poor" (session 43 left47)
        return _devoted_to(tok, sense.values)
    if cond == "own_struggle":  # "despite her long fight, she died" (session 18)
        return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(tok)) \
            and not any(c.dep_ in ("prep", "compound") for c in children(tok))
    if cond == "impressed":     # "I was struck by how calm she was", "we were struck" (session 18)
        return _impressed(tok, sense.values)
    if cond == "press_met":     # "talking with reporters after the vote": the press, or an outlet (session 18)
        met = [target.head] if target is not None else roles.prep_objects(tok, ("with", "to"))
        return any(_words(h) & sense.values for h in met) or (
            target is not None and target.actor is not None and target.actor.sector == "MED")
    if cond == "politician_object":
        # "Trump held a rally in Ohio": a rally a candidate or office holder holds is a campaign event, no dissent;
        # an opposition figure's rally (OPP) stays a protest (round26, session 25)
        return _politician(source, RALLY_HOLDER_SECTORS) and any(_words(o) & sense.values
                                                                  for o in roles.direct_objects(tok))
    if cond == "person_rally":
        # "attended a Trump rally", "at a Sanders rally": a rally named after a person is that person's campaign
        # or support event, no dissent; an opposition figure's (OPP) stays a protest (round27, session 26 force26)
        rallies = [tok] if tok.pos_ in ("NOUN", "PROPN") else roles.direct_objects(tok)
        rallies = [r for r in rallies if _words(r) & sense.values]
        named = {c.i for r in rallies for c in children(r) if c.dep_ in ("compound", "poss")}
        if not named:
            return False
        named |= {r.i for r in rallies}     # the rally's phrase resolved to the person its modifier names
        if any(roles.prep_objects(n, ("against",)) or any(c.dep_ in ("advcl", "acl", "xcomp") and roles.to_infinitive(c)
                                                         for c in children(n)) for n in rallies + [tok]):
            return False    # "joined a Lopez rally to demand new elections", "... against the law": a protest
        for side in (source, target):
            if side is not None and side.head.i in named and (
                    (side.actor is not None and side.actor.kind == "PERSON") or side.head.ent_type_ == "PERSON"):
                return side.actor is None or sector_type(side.actor.sector).lower() not in ("opp", "reb")
        return False
    if cond == "with_gerund":
        # "is charged with shaping the party's strategy": a duty given, what the -ing verb of a with-phrase names
        # (session 32 prec34)
        return any(_words(c) & sense.values for c in _prep_gerunds(tok, "with"))
    if cond == "for_deed":
        # "attacked the premier for cutting the budget", "lashed out at the council over the fare rise": an attack
        # given a deed or a matter as its reason is made in words ("over the weekend", "over the border" are no
        # reason; session 40 lead)
        if tok.pos_ != "VERB":
            return False
        return bool(_prep_gerunds(tok, "for")) or any(
            o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in _TIME_NOUNS and not _reachable(o, sense.values)
            for o in roles.prep_objects(tok, ("over",)))
    if cond == "with_object":       # "her words met with applause" (session 40 lead)
        return any(_words(o) & sense.values for o in roles.prep_objects(tok, ("with",)))
    if cond == "talked_about":  # "heard him talk about killing the mayor": a topic of talk, no deed (session 46 prec50)
        return talked_about(tok, sense.values)
    if cond == "question":
        return _question(tok, sense.values)
    if cond == "source_not":
        # "was caught by police" is an arrest; "caught the bus", "was caught in traffic" are not
        return source is None or _other_sector(source, sense.values)
    if cond == "source_other":
        # "the nurse held the baby" is no detention; "was held for a week" (no doer named) and "police held him" are
        return source is not None and _other_sector(source, sense.values)
    if cond == "source_word":
        # "anyone who visited the store": a generic doer, no one in particular did anything
        return source is not None and bool(_words(source.head) & sense.values)
    if cond == "striving":
        # "the museum fought to acquire the painting": striving for something; "troops fought to retake the
        # town" keeps its force (an armed or state side), and so does a fight with someone named
        if roles.direct_objects(tok) or roles.prep_objects(tok, ("with", "against")):
            return False
        # a noun's to-infinitive hangs on the noun or on the verb it is the object of ("lost the battle to keep
        # the case out of court"; round 16)
        clauses = list(children(tok))
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
            clauses += [c for c in children(tok.head) if c.i > tok.i]
        return any(c.dep_ in ("xcomp", "advcl", "acl") and any(a.tag_ == "TO" for a in children(c)) for c in clauses) \
            and not _can_use_force(source)
    if cond == "stative":
        # "the cinemas are closed", "the prospect of being closed": a state now, no act by anyone
        # "shops stayed shut", "remained closed": the small model makes the verb of staying an auxiliary (session 30)
        return roles.is_passive(tok) and not roles.prep_objects(tok, ("by",)) and any(
            a.dep_ == "auxpass" and (a.tag_ in ("VBP", "VBZ", "VBG") or a.lower_ in _STAYING_AUXILIARIES)
            for a in children(tok))
    if cond in _COOP_WORD_CHECKS:   # the words of a pledge, a sum, a list left, a cargo (session 45 coop49)
        return _COOP_WORD_CHECKS[cond](tok, sense.values)
    if cond == "business_dyad":  # "Toyota signed a supply agreement with Panasonic" (session 45 coop49)
        return business_dyad(source, target)
    if cond == "private_help":   # "volunteers delivered food parcels to elderly neighbours" (session 44 coop48)
        return _private_help(source, target, sense.values)
    if cond == "lone_source":    # "a gunman went on a rampage": one person, no crowd (session 48 vio52)
        return lone_doer(source)
    if cond == "campaign_attack":   # "outside groups spent $3 million attacking the governor" (session 49 vio53)
        return _story_words(tok.doc, sense) >= STORY_WORDS and campaign_attack(source, target, tok)
    if cond == "campaign_rally":    # "deviated from his script during a rally here" (session 50 pro54)
        return _story_words(tok.doc, sense) >= STORY_WORDS and campaign_rally(source, tok)
    if cond == "civil_doer":     # "a man attacked a parked car" (session 47 vio51)
        return civil_doer(source, target, tok)
    if cond == "sideless_subject":      # "the shootings were the third such incident" (session 47 vio51)
        return sideless_subject(source, target, tok, sense.values)
    if cond == "civil_dyad":
        return _is_person(target) and not _armed(target) and (source is None or not _armed(source)) \
            and not _with_weapon(tok)
    if cond == "domestic_rivals":
        # "a budget battle between the senator and the governor", "a feud between the mayor and the council": two
        # sides, neither armed nor a state named as itself, of one country as far as the text says (session 39 lead)
        if source is None or target is None or source.actor is None or target.actor is None \
                or _armed(source) or _armed(target) or _with_weapon(tok):
            return False
        countries = {a.country for a in (source.actor, target.actor) if a.country}
        return len(countries) <= 1
    return False


_STAYING_AUXILIARIES = word_list("patterns", "STAYING_AUXILIARIES")
# conditions of events/coop_checks read off the trigger's words alone: "Microsoft's $5 million pledge to the relief
# fund", "provided 500 million euros in military aid", "dropped the striker from the team", "trucks carrying tents
# crossed into Syria", "released $6 billion in frozen Iranian funds" (session 45 coop49)
_COOP_WORD_CHECKS = {"sum_noun": sum_noun, "sum_in": sum_in, "taken_off_other": taken_off_other,
                     "relief_cargo": relief_cargo, "frozen_object": frozen_object}


_SPEECH_PREPS = ("in", "into", "during", "on", "at", "via", "through")
_NOUN_SPEECH_PREPS = ("in", "during", "via", "through")
_CONTEST_PREPS = ("with", "against", "over", "for", "about")      # what a fight or battle is with or for
# what a noun of force is aimed at ("an attack on X"; roles.AIMED_PREPS less at/toward, which a noun rarely takes)
_AIMED_NOUN_PREPS = ("on", "upon", "against")




_by_code: dict = {}


def _senses_for(code: str) -> tuple[Sense, ...]:
    """The sense rows whose CAMEO prefixes cover `code`, in file order (kept per code: the coder asks
    for the same few codes on every event, and testing every row's prefixes each time added up)."""
    rows = senses()
    if _by_code.get(None) is not rows:
        _by_code.clear()
        _by_code[None] = rows
    found = _by_code.get(code)
    if found is None:
        found = _by_code[code] = tuple(s for s in rows if code.startswith(s.prefixes))
    return found


def sense_of(tok: Token, code: str, source: Party | None, target: Party | None = None) -> Sense | None:
    """The first sense row that applies to an event coded `code` from trigger `tok`, or None."""
    words = None
    for sense in _senses_for(code):
        if sense.verbs:
            # the trigger's regular base forms as the pattern lookup reads them: a headline's "Nabs" is the
            # proper noun "Nabs" to the parse (round 18)
            words = words or (_words(tok) | roles.lemmas(tok))
            if not (words & sense.verbs):
                continue
        if _holds(sense, tok, source, target):
            # a "keep" row says the code is right here, before a later row would read the words otherwise
            return None if sense.action == "keep" else sense
    return None
