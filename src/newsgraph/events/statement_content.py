"""What counts as what was said: the tests statements.py puts to a reporting verb before it codes a statement.

A statement needs content (`_has_content`: a clause, the quote the verb introduces, a colon, what it was about),
or a form that makes its object or predicate the thing made public ("announced a curfew", "called the plan a
disgrace", `_names_predicate`); and some forms that look like reports say nothing of the speaker's own (a nested
report, a citation, a recorded question, "has yet to confirm", a habitual nickname). Split out of statements.py in
session 29 (no output change): statements.py finds the verbs and speakers and builds the events; this module only
answers questions about one verb and its clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events import appraisal
from newsgraph.events import roles
from newsgraph.events.addressees import _SPEAKING, _participle_objects
from newsgraph.events.clause_mood import headline_like
from newsgraph.events.conventions import enabled as conv_enabled
from newsgraph.events.modality import modality
from newsgraph.nlp.cache import children, doc_tokens, subtree
from newsgraph.events.statement_data import StatementVerb, statement_rows
from newsgraph.events.statement_tones import _CONTENT_DEPS, _negated
from newsgraph.events.tone_targets import relative_antecedent


def _deeper_prep_objects(prep: Token) -> list[Token]:
    """The nouns of the preposition phrases that hang on the object of `prep` ("in a memo to staff": "staff")."""
    return [n for g in children(prep) if g.dep_ == "pobj" for p in children(g) if p.dep_ == "prep"
            for n in children(p) if n.dep_ == "pobj"]


def _has_content(verb: Token, cue_starts: set[int], trailing: bool = False, deep: bool = False,
                 relative_about: bool = False, nested: bool = False) -> bool:
    """The verb reports something: a clause, the quote it introduces (the quotes stage made it the
    quote's cue), a colon, or what it was about ("spoke about the closure"); with `trailing`, also the words
    before a trailing attribution (convention trailing-attribution). With `nested` (convention nested-reports),
    a verb that is itself what another reporting verb says needs content of its own."""
    if verb.dep_ in _CONTENT_DEPS and verb.head.i != verb.i and not (nested and _said_by_outer(verb)) \
            and not (verb.head.i < verb.i and verb.lemma_.lower() in _ANSWERING):
        return True       # "Israel attacked Gaza, the army said": the report hangs below its content (not "the chief
        # says officers responded after a call": an answering verb inside what was said reports no words of its own)
    kids = list(children(verb)) + [g for n in _participle_objects(verb) for g in children(n.head)]
    for c in kids:
        if c.dep_ in _CONTENT_DEPS or (c.dep_ == "punct" and c.text == ":" and c.i > verb.i):
            return True
        if c.dep_ == "prep" and (c.lower_ == "about" or (c.lower_ == "of" and verb.lemma_.lower() in _SPEAKING)) \
                and any(g.dep_ == "pobj" and not (relative_about and g.tag_ in ("WP", "WDT")) for g in children(c)):
            return True     # "spoke about the case", "spoke of the legacy of the war" (session 21); not "the
            # people about whom she wrote": the relative pronoun points back to what the writer names (session 27)
        if c.dep_ == "prep" and any(_misattached_clause(g) or _about(g) for g in children(c) if g.dep_ == "pobj"):
            return True
        if c.dep_ == "prep" and deep and any(_misattached_clause(n) for n in _deeper_prep_objects(c)):
            return True     # "wrote in a memo to staff that ...": the clause hung on the second phrase's noun
    return verb.idx in cue_starts or (trailing and _trailing_attribution(verb))


_ANSWERING = word_list("patterns", "RESPONDING_VERBS")


def _said_by_outer(verb: Token) -> bool:
    """""The voters have spoken," the statement said": the verb hangs as the content of another reporting verb
    of statements.csv, so what the outer verb says is the clause the inner verb heads -- not content of the inner
    verb's own (convention nested-reports, session 29 stmt30)."""
    head = verb.head
    # the inner verb comes first, in the words the outer attribution closes ("..., the statement said"); a saying
    # hung after the outer verb ("declared that the road was safe, officials said") is a trailing attribution
    return verb.i < head.i and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in statement_rows(None)


# words after "so" that make it a degree or purpose, not the report of what was said ("said so far", "so that")
_NOT_SO = frozenset({"far", "much", "many", "long", "that", "as"})


def _said_so(verb: Token) -> bool:
    """"The senator said the same thing", "the union said as much", "the coach said so": what was said is what a
    speaker named before said, and the statement is made again (convention said-so, session 21)."""
    kids = list(children(verb))
    if verb.dep_ in ("advcl", "relcl", "acl") or any(c.dep_ == "mark" for c in kids):
        return False        # "he left when officials said so": the circumstance of another act
    for c in kids:
        if c.dep_ == "dobj" and (c.lemma_.lower() == "same" or (c.lemma_.lower() == "thing" and any(
                g.lower_ == "same" for g in children(c)))):
            return True
        if c.dep_ in ("advmod", "dobj") and c.lower_ == "much" and any(g.lower_ == "as" for g in children(c)):
            return True
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    return nxt is not None and nxt.lower_ == "so" and (after is None or after.lower_ not in _NOT_SO)


def _as_attribution(verb: Token) -> bool:
    """"As the minister pointed out, the bridge is old", "the bridge is old, as the minister noted": an as-clause of
    a reporting verb with nothing said of its own attributes the clause it hangs on (convention said-so)."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _SPEAKING:
        return False        # ("as the minister spoke, protesters gathered": while, not according to)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in children(verb))


# verbs of saying whose past participle after a noun names a thing put in or up ("clauses added by the House",
# "notices posted by the council"), not words said (convention added-participles, session 26)
_THINGS_ADDED = frozenset({"add", "post"})


def _as_it_attribution(verb: Token) -> bool:
    """"The levy, as the mayor put it, was 'a tax on hope'": an as-clause whose only object is "it" attributes the
    clause it hangs on to its subject, as "as the mayor noted" does (convention as-put-it, session 26; the parse may
    hang it on the clause's subject noun); "put it on the shelf" has no "as", "as she put the files away" no "it"."""
    kids = list(children(verb))
    if verb.dep_ != "advcl" or verb.head.i == verb.i \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].lower_ == "it" \
        and not any(c.dep_ in ("ccomp", "xcomp", "attr", "oprd", "dative") for c in kids)


# what may follow a trailing "..., officials said" in its own sentence: where, when and how it was said
_TRAILING_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "dep", "nsubj"})


def _trailing_attribution(verb: Token) -> bool:
    """"..., said Derek Smith, a trade scholar" and "..., county officials said in a statement" close the sentence
    whose words before the comma are what was said, however the parse hangs those words (the small model makes
    the opening clause an adverbial one, or leaves a quote's tail without a clause; round 14). The verb comes
    right after the comma (inverted) or right after its subject that follows the comma, and nothing but where,
    when and how it was said comes after it; "when officials said so" (a mark before the subject) is no report."""
    toks = doc_tokens(verb.doc)
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if not subjects or verb.i < 3:
        return False
    # the subject nearest the verb (the parse may give the verb the subject of the words before the comma too)
    subj = min(subjects, key=lambda c: abs(c.i - verb.i))
    if subj.i > verb.i:
        comma = verb.i - 1                          # "..., said Derek Smith"
    else:
        comma = subj.left_edge.i - 1                # "..., county officials said"
        if any(t.dep_ in ("mark", "advmod", "aux", "neg") or t.pos_ == "SCONJ" for t in toks[comma + 1:verb.i]
               if t.head.i == verb.i and t.i != subj.i):
            return False
    if comma < 2 or toks[comma].text != "," or any(t.is_sent_start for t in toks[comma:verb.i + 1]):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in toks[verb.sent.start:comma]):
        return False        # "Brant OPP, firefighters and paramedics responded": a list of doers, nothing said (session 21)
    return all(c.dep_ in _TRAILING_DEPS for c in children(verb) if c.i > verb.i) \
        and all(c.dep_ != "mark" for c in children(verb))


# rows whose verbs say what someone does for a living in the present tense of a relative clause
_ROLE_ROWS = frozenset({"S-suggest", "S-address", "S-report"})


def _role_description(verb: Token, row: StatementVerb) -> bool:
    """"Jones, who advises the city council, said ...", "a writer who reports on crime": a relative
    clause in the simple present describes someone's role, it reports no statement made ("who says she
    was beaten" still does: say and tell are not role verbs)."""
    return row.id in _ROLE_ROWS and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")


def _said_object(verb: Token) -> bool:
    """"The ministry reported 40 new cases", "traders cited the uncertainty": an active verb whose direct
    object is the thing made public (statements.csv `content` = object)."""
    return not roles.is_passive(verb) and any(o.pos_ in ("NOUN", "PROPN", "NUM") for o in roles.direct_objects(verb))


# verbs of saying whose headline object (or "of" phrase) is a clause cut short: "Ghana says no cholera deaths"
_HEADLINE_SAYING = frozenset({"say", "warn"})


def _headline_object(verb: Token) -> bool:
    """"Ghana says no cholera deaths in Accra", "Nigeria army says 20 insurgents killed", "WHO warns of new mpox
    strain": a headline (a line with no closing stop) drops the verb of what was said, so the present-tense say's
    direct object, or warn's of-phrase, is the clause cut short: something was said (convention
    headline-said-objects, session 42 stmt46). Prose ("she says the prayers", "said a few words.") keeps its stop
    and stays no statement."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in _HEADLINE_SAYING or roles.is_passive(verb) \
            or not headline_like(verb.sent):
        return False
    said = [o for o in roles.direct_objects(verb) if o.pos_ in ("NOUN", "PROPN", "NUM") and o.i > verb.i]
    said += [c for c in children(verb) if c.pos_ == "NUM" and c.i > verb.i]   # "say 9 arrested": the number misread
    if verb.lemma_.lower() == "warn":
        said += [o for o in roles.prep_objects(verb, ("of",)) if o.pos_ in ("NOUN", "PROPN")]
    return bool(said)


_SELF_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _self_description(verb: Token) -> bool:
    """"The man, who said he was a farmer from Punjab, was released", "a woman, who said she was 45, ...": a saying
    in a relative clause set off by a comma, whose clause only tells who the speaker is (a pronoun, "be" and a
    noun or a number), describes the person the sentence is about; it is no statement the story reports
    (convention self-descriptions, session 42 stmt46). "..., who said he had been beaten by police" stays."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in children(verb)):
        return False
    clauses = [c for c in children(verb) if c.dep_ == "ccomp"]
    return len(clauses) == 1 and clauses[0].lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in _SELF_PRONOUNS for c in children(clauses[0])) and any(
        c.dep_ == "attr" and c.pos_ in ("NOUN", "NUM") or c.like_num for c in children(clauses[0]))


_CITATION_VERBS = word_list("patterns", "CITATION_VERBS")


def _citation(verb: Token) -> bool:
    """"A deputy cited the cyclist for running a light", "the driver was cited for speeding": a citation verb
    (word list CITATION_VERBS) with a "for" phrase on it or on its object is a ticket for an offence, no
    statement (round 25)."""
    return verb.lemma_.lower() in _CITATION_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" for h in [verb, *roles.direct_objects(verb)] for c in children(h))


_APPOINTEES = frozenset(word_list("patterns", "APPOINTEES"))


def _confirmed_appointee(verb: Token) -> bool:
    """"The assembly spent the week confirming the cabinet's nominees", "voted to confirm two appointees": confirming people put up for a post (an object of word list APPOINTEES) is a vote, not something
    made public (convention confirmed-appointees, round29). "The club confirmed Ann Roe as its new coach" or
    "confirmed the appointment of" is left: an appointment made public."""
    return verb.lemma_.lower() == "confirm" and any(o.lemma_.lower() in _APPOINTEES for o in roles.direct_objects(verb))


def _names_predicate(verb: Token, as_phrase: bool = False, since: frozenset[str] | None = None) -> bool:
    """"called the plan a bold step", "branded the offer an insult": a direct object and an object predicate;
    not a name given to someone ("everyone called him Mike", "she calls me her sister"). With `as_phrase` (a
    predicate row, round 17) also an "as" predicate: "described the plan as reckless", "referred to the mayor as
    a liar" ("cited the strike as the reason" is what was cited, read by the row that reads objects)."""
    kids = list(children(verb))
    named = [c for c in kids if c.dep_ == "dobj"] or roles.prep_objects(verb, ("to",))
    if any(appraisal.glued_predicate(c) for c in named + [c for c in kids if c.dep_ == "oprd"]):
        return True     # "called the order tyranny" (appraisal.glued_predicate)
    if conv_enabled("trailing-predicates", since) and any(
            appraisal.trailing_predicate(a) for c in named for a in children(c)):
        return True     # "called the governor's comments disgusting" (appraisal.trailing_predicate, round29)
    if named and appraisal.named_labels(verb):
        return True     # 'called the plan to sell the port "absurd"' (appraisal.named_labels, crit44)
    return (any(c.dep_ == "oprd" and (c.pos_ != "PROPN" or _indefinite(c, since)) for c in kids)
            or (as_phrase and bool(_as_predicates(verb)))) \
        and any(c.pos_ != "PRON" or c.lower_ in _NAMED_OBJECTS or _what_named(c, since)
                or _relative_named(c, verb, since) or _named_it(c, verb, since) for c in named)


_IT_IDIOMS = word_list("patterns", "NAMING_IT_IDIOMS")


def _named_it(obj: Token, verb: Token, since: frozenset[str] | None = None) -> bool:
    """'The minister branded it "a political purge"', "the union called it an insult": "it" named is the thing the
    story is about (the bill, the offer of the sentence before), and the speaker named it so (convention named-it,
    session 45 left49); not an idiom that names nothing ("called it a day", "called it quits": word list
    NAMING_IT_IDIOMS, read on the verb's object predicate)."""
    if obj.lower_ != "it" or not conv_enabled("named-it", since):
        return False
    labels = [c for c in children(verb) if c.dep_ == "oprd"]
    return bool(labels) and not any(c.lower_ in _IT_IDIOMS for c in labels)


def _relative_named(obj: Token, verb: Token, since: frozenset[str] | None = None) -> bool:
    """"the governor, whom the senator called a liar", "the new toll, which the union called a disgrace": a relative
    pronoun object names the noun its clause describes, and the speaker called that so (convention relative-named,
    session 28 crit29; tone_targets.relative_antecedent finds the noun judged)."""
    return conv_enabled("relative-named", since) and relative_antecedent(obj, verb) is not None


def _what_named(obj: Token, since: frozenset[str] | None = None) -> bool:
    """"in what union leaders called a fight for survival", "for what critics described as a stunt": the free
    relative "what" after a preposition names the thing the sentence is about, and the speaker named it so
    (convention what-named, session 26); "nobody knew what they called the mill" asks, it names nothing."""
    return obj.lower_ == "what" and obj.tag_ == "WP" and obj.head.dep_ == "pcomp" and conv_enabled("what-named", since)


def _indefinite(noun: Token, since: frozenset[str] | None = None) -> bool:
    """"called her a 'Judas'", "branded him an 'Uncle Scrooge'": a capitalised predicate after "a"/"an" is a
    description, not the name someone goes by ("everyone called him Mike"; convention indefinite-names, round25)."""
    return conv_enabled("indefinite-names", since) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < noun.i for c in children(noun))


def _as_predicates(verb: Token) -> list[Token]:
    """What an "as" phrase of the verb names its object as ("described the plan as reckless")."""
    return [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as"
            for g in children(c) if g.dep_ in ("pobj", "amod") and g.pos_ in ("NOUN", "ADJ")]


# "critics called him a dictator" names someone the story is about (round 15); "she calls me her sister",
# "you called it a day" do not
_NAMED_OBJECTS = word_list("patterns", "THIRD_PERSON_OBJECTS")
_CAST_OBJECTS = word_list("patterns", "CAST_OBJECTS")


_ATTEMPTS = word_list("patterns", "ATTEMPT_VERBS")


def _attempted(verb: Token) -> bool:
    """"The mayor has sought to reassure residents that the water is safe", "she tried to explain that ...": a
    statement with a clause in the to-infinitive of a done attempt (past or perfect, itself asserted) was made --
    the attempt is to persuade with it, not to speak at all (convention attempted-statements, round25)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _ATTEMPTS and head.tag_ in ("VBD", "VBN") \
        and modality(head)[0] == "asserted" and not _negated(head)


_LEAD_INS = {tuple(w.split()) for w in word_list("patterns", "SPEECH_LEAD_INS")}


def _lead_in(verb: Token) -> bool:
    """"The governor went on to say that ...", "took to Twitter to announce that ...": a statement in the
    to-infinitive of a done lead-in (word list SPEECH_LEAD_INS: the verb with its particle or preposition, past and
    asserted) was made (convention lead-in-statements, session 25)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or head.tag_ not in ("VBD", "VBN") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return False
    words = {c.lower_ for c in children(head) if c.dep_ in ("prt", "prep") and c.i < verb.i}
    return any(head.lemma_.lower() == lead and word in words for lead, word in _LEAD_INS) \
        and modality(head)[0] == "asserted" and not _negated(head)


_RECORDING = word_list("patterns", "RECORDING_VERBS")
_QUESTION_OPENERS = word_list("patterns", "RECORDED_QUESTION_OPENERS")
_WORKS = word_list("patterns", "WRITTEN_WORKS")


def _recorded_question(verb: Token, cue_starts: set[int]) -> bool:
    """"The team noted whether the patients smoked and how often": a verb of noting or recording whose only
    content is a question (a clause opened by whether, if or a wh-word) records an answer, a study's procedure,
    and states nothing to anyone; a quote's attribution and a that-clause still state (convention
    recorded-questions, round25, session 24)."""
    if verb.lemma_.lower() not in _RECORDING or verb.idx in cue_starts:
        return False
    clauses = [c for c in children(verb) if c.dep_ in _CONTENT_DEPS]
    return bool(clauses) and all(c.doc[c.left_edge.i].lower_ in _QUESTION_OPENERS for c in clauses)


def _written_work(verb: Token, cue_starts: set[int]) -> bool:
    """"She wrote two poems about the river", "he wrote nothing for weeks": a work written (or nothing) is no
    statement to anyone; "wrote to the council", "wrote that ..." and a quote's attribution still are
    (convention written-works, round25, session 24)."""
    if verb.lemma_.lower() not in ("write", "pen", "compose") or verb.idx in cue_starts:
        return False
    if any(c.dep_ in _CONTENT_DEPS or c.dep_ == "prep" and c.lower_ in ("to", "for") for c in children(verb)):
        return False
    return any(o.lemma_.lower() in _WORKS or o.lower_ in _WORKS for o in roles.direct_objects(verb))


def _cast_idiom(verb: Token) -> bool:
    """"cast their votes / ballots", "cast a shadow over", "cast a wide net": "cast" with an object of these
    idioms describes nothing as anything, though an "as" after it ("as questions dog the campaign") reads as a
    predicate (convention cast-idioms, round25)."""
    return verb.lemma_.lower() == "cast" and any(o.lemma_.lower() in _CAST_OBJECTS for o in roles.direct_objects(verb))


_GERUND_REPORTING = word_list("patterns", "GERUND_REPORTING_VERBS")


def _gerund_content(verb: Token) -> bool:
    """"The driver admitted taking the money", "she admitted to taking the items", "users reported being locked
    out": a gerund clause after a verb of reporting or admitting (word list GERUND_REPORTING_VERBS) is what was
    said, as a that-clause is (convention gerund-content, session 29 stmt30)."""
    if verb.lemma_.lower() not in _GERUND_REPORTING:
        return False
    for c in children(verb):
        if c.dep_ == "xcomp" and c.i > verb.i and (c.tag_ == "VBG" or any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in ("being", "having") for a in children(c))):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in children(c)):
            return True     # "admitted to taking the items"
    return False


_ENGAGING_VERBS = word_list("patterns", "ENGAGING_VERBS")


def _yet_to(verb: Token) -> bool:
    """"The coroner has yet to confirm how many ...", "the ministry is yet to say whether ...": a to-infinitive under
    "have" or "be" with "yet" is a statement not made (convention unmade-statements, session 29 stmt30)."""
    if verb.dep_ != "xcomp" or not roles.to_infinitive(verb):
        return False
    head = verb.head
    return head.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in children(head))


def _engaged_to_say(verb: Token) -> bool:
    """"The dealer enlisted a historian to confirm its date", "the club hired a lawyer to explain the rules": a verb
    of engaging someone (word list ENGAGING_VERBS) names what the one engaged is to say, not what was said
    (convention unmade-statements, session 29 stmt30)."""
    if verb.dep_ not in ("xcomp", "advcl") or not roles.to_infinitive(verb):
        return False
    head = verb.head
    return head.lemma_.lower() in _ENGAGING_VERBS and any(c.dep_ == "dobj" for c in children(head))


_HABITUAL_NAMERS = word_list("patterns", "HABITUAL_NAMERS")
_NAMING_VERBS = frozenset({"call", "dub", "term", "nickname"})


def _habitual_naming(verb: Token) -> bool:
    """"Neighbours call him the gentle giant", "they call her their miracle baby": a naming verb in the present
    simple with a generic subject (word list HABITUAL_NAMERS) tells a nickname in use, no statement made
    (convention habitual-naming, session 29 stmt30)."""
    if verb.lemma_.lower() not in _NAMING_VERBS or verb.tag_ != "VBP":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return False        # "they will call it a win", "they do call it": no simple present of habit
    subjects = roles.subjects(verb)
    return bool(subjects) and all(s.lower_ in _HABITUAL_NAMERS and not any(
        c.dep_ == "compound" or c.pos_ == "PROPN" for c in children(s)) for s in subjects)


_QUANTITY_HEADS = word_list("patterns", "QUANTITY_HEADS")
_KNOWLEDGE_MASSES = word_list("patterns", "KNOWLEDGE_MASSES")


def _knowledge_mass(head: Token) -> bool:
    """"A growing body of research", "a wealth of evidence": a quantity of findings, no body that speaks
    (convention knowledge-masses, session 29 stmt30)."""
    if head.lemma_.lower() not in _QUANTITY_HEADS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in _KNOWLEDGE_MASSES or g.lower_ in _KNOWLEDGE_MASSES)
        for g in children(p)) for p in children(head))


def _object_before_attribution(verb: Token, row: StatementVerb, cue_starts: set[int]) -> bool:
    """"The army declared a curfew in the city, officials said": a verb whose direct object is a noun and whose
    only content is the trailing attribution hung below it acted on the object; the attribution is the act's, not
    a clause the verb reported (convention object-before-attribution, session 29 stmt30). Rows whose object is
    what was made public (`content` object) read the object instead."""
    if row.object_content or verb.idx in cue_starts:
        return False
    kids = list(children(verb))
    if verb.dep_ in _CONTENT_DEPS or not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids):
        return False
    if any(c.text == ":" and c.i > verb.i for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in kids):
        return False
    own = [c for c in kids if c.dep_ in _CONTENT_DEPS]
    # what is left as content: only trailing attributions -- a reporting verb after a comma, with a subject and
    # nothing said of its own ("..., officials said")
    return bool(own) and all(_bare_attribution(c, verb) for c in own)


def _bare_attribution(clause: Token, verb: Token) -> bool:
    """`clause` is ", officials said" hung after `verb`: a reporting verb with a subject, a comma before its
    words and no clause of its own."""
    if clause.i < verb.i or clause.lemma_.lower() not in statement_rows(None) or not roles.subjects(clause):
        return False
    first = min(t.i for t in subtree(clause))
    doc = clause.doc
    return first > 0 and doc[first - 1].text == "," and not any(c.dep_ in _CONTENT_DEPS for c in children(clause))


def _about(noun: Token) -> bool:
    """"spoke for the first time about the case": the about-phrase hung on the previous noun; not a call-out's
    ("officers responded to a call about a fight": they went there, they said nothing; session 20)."""
    return noun.lemma_.lower() not in _CALL_OUTS \
        and any(c.dep_ == "prep" and c.lower_ == "about" and c.i > noun.i for c in children(noun))


_CALL_OUTS = word_list("patterns", "CALL_OUT_NOUNS")


def _misattached_clause(noun: Token) -> bool:
    """"told reporters at a briefing that crews began ...": the small model hangs the that-clause on the
    last noun as a relative clause ("said in a statement that the king would ...": as an adjectival one); one with a
    subject of its own after "that" is the verb's content."""
    for c in children(noun):
        if c.dep_ in ("relcl", "acl") and c.i > noun.i and noun.i + 1 < len(noun.doc) \
                and noun.doc[noun.i + 1].lower_ == "that":
            if any(g.dep_ in ("nsubj", "nsubjpass") and g.i > noun.i + 1 for g in children(c)):
                return True
    return False
