"""The slots of a nominal event: the verb a noun trigger is the object of ("held talks"), its possessor, "by" phrase or
nationality modifier ("his visit", "Israeli shelling"; not a venue, VENUE_NOUNS), its between-phrase ("talks
between X and Y"), the noun of quantity around it ("a wave of strikes", "$2 billion in arms sales"; QUANTITY),
the people a conveyance carries ("a bus carrying pilgrims") and the verb a protest noun is the manner of ("marched
in protest"). Reads the parse and those word lists."""
from __future__ import annotations

from spacy.tokens import Token
from newsgraph.datafile import word_list
from newsgraph.events.patterns import noun_sets
from newsgraph.events.tree_preps import prep_objects
from newsgraph.nlp.cache import children


_CONVEYANCES = word_list("patterns", "CONVEYANCES")
_CARRYING_VERBS = word_list("patterns", "CARRYING_VERBS")
_AMIDST_NOUNS = word_list("patterns", "AMIDST_NOUNS")


def carried_people(noun: Token) -> list[Token]:
    """"opened fire on a bus carrying pilgrims", "ambushed a convoy transporting soldiers": the people a conveyance
    carries are whom an attack on it is aimed at -- the objects of its carrying participle; [] for any other noun
    (session 36 lead)."""
    if noun.lemma_.lower() not in _CONVEYANCES:
        return []
    return [o for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _CARRYING_VERBS
            for o in children(c) if o.dep_ in ("dobj", "obj")]


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of: "held talks", "engaged X in a firefight"."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ in ("dobj", "obj", "attr", "nsubjpass", "conj") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "obj"):
        return governing_verb(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def probed_act(noun: Token) -> bool:
    """The noun is the object of an into-, of- or over-phrase of an inquiry, or of one the parse hangs on the verb
    whose object is an inquiry ("ordered a probe into the killing"): what the inquiry looks into, not what the verb's
    subject did nor an act in the verb's mood (convention probed-acts, session 42 left46)."""
    prep = noun.head
    head = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("into", "of", "over") or head.i == prep.i:
        return False
    inquiries = noun_sets()["INVESTIGATION"]
    return head.lemma_.lower() in inquiries or head.pos_ in ("VERB", "AUX") and any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in inquiries for o in children(head))


_ARREST_DOCUMENTS = word_list("patterns", "ARREST_DOCUMENTS")
_ORDERED_HOLDING_NOUNS = word_list("patterns", "ORDERED_HOLDING_NOUNS")


def arrest_document(noun: Token) -> Token | None:
    """"issued an order for the arrest of X", "obtained a warrant for the detention of X": the order or warrant
    (word list ARREST_DOCUMENTS) whose for-phrase names the holding (ORDERED_HOLDING_NOUNS); the document's verb does
    the act, as "ordered the arrest of X" does (convention arrest-orders, session 43 left47)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and noun.lemma_.lower() in _ORDERED_HOLDING_NOUNS \
            and head.head.i != head.i and head.head.lemma_.lower() in _ARREST_DOCUMENTS:
        return head.head
    return None


def quantity_head(noun: Token) -> Token | None:
    """"a series of protests", "a wave of strikes": the noun of quantity whose of-phrase the event noun is."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
            and (head.head.lemma_.lower() in QUANTITY or head.head.lower_ in QUANTITY):
        return head.head
    # "approved $2 billion in arms sales": a sum of money whose in-phrase the event noun is (session 21)
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.i != head.i and head.head.ent_type_ == "MONEY" \
            and (head.head.lemma_.lower() in QUANTITY or head.head.lower_ in QUANTITY):
        return head.head
    return None


def quantity_of(noun: Token) -> list[Token]:
    """"a package of measures", "a raft of sanctions": the objects of the of-phrase of a noun of quantity (word
    list QUANTITY), the things meant; [] for any other noun (the converse of `quantity_head`)."""
    if noun.lemma_.lower() not in QUANTITY and noun.lower_ not in QUANTITY:
        return []
    return [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]


def noun_source_slots(noun: Token) -> list[Token]:
    """Possessor ("his visit"), "by X", or a nationality/name modifier ("Israeli shelling")."""
    poss = [c for c in children(noun) if c.dep_ == "poss"]
    if poss:
        return poss
    by = prep_objects(noun, ("by",))
    if by:
        return by
    return noun_modifiers(noun)


def described_agents(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """"a strike called by the unions", "a march organised by students": the by-agents of a past participle of
    `verbs` that describes the noun (session 39 left43)."""
    return [o for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs
            for a in children(c) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"]


def possessors(noun: Token) -> list[Token]:
    """"his arrest", "Russia's invasion": the possessive modifier of a noun."""
    return [c for c in children(noun) if c.dep_ == "poss"]


# buildings and venues: before an event noun they say where it happened ("the church shooting", "a mall attack")
VENUE_NOUNS = word_list("patterns", "VENUE_NOUNS")


def noun_modifiers(noun: Token) -> list[Token]:
    """Nationality or name modifiers of a noun ("Israeli shelling", "police raids"); not a venue ("the Grace
    Church shooting"), nor the place named before a venue ("the Nigeria embassy bombing": `venue_place`)."""
    return [c for c in children(noun) if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN")
            and c.lemma_.lower() not in VENUE_NOUNS and not venue_place(c, noun)]


def venue_place(modifier: Token, noun: Token) -> bool:
    """"the Nigeria embassy bombing", "the Bali nightclub attack": a place's name before the venue an act hit names
    where the venue is, not who did it, as a demonym or a state's name right before the act does ("an Israeli air
    strike", "a U.S. drone strike"; session 47 lead)."""
    return modifier.dep_ == "compound" and modifier.ent_type_ in ("GPE", "LOC") and modifier.i < noun.i - 1 \
        and any(t.lemma_.lower() in VENUE_NOUNS and t.dep_ == "compound" and t.head.i == noun.i
                for t in modifier.doc[modifier.i + 1:noun.i])


_BETWEEN = ("between", "among", "amongst")
# where an act happens: a "between" phrase the parse hangs on its place is the act's ("a brawl on a bus
# between two men"; session 24, ctry24)
_SITE_PREPS = {"aboard", "on", "in", "at", "inside", "outside", "near"}


def between(noun: Token) -> list[Token]:
    """The between-phrase of an event noun, of a site it names ("clashes at the border between X and Y") or of the
    thing its of-phrase names ("the signing of a pact between X and Y", "the restoration of ties between X and Y":
    the parties of that thing; session 46 coop50)."""
    found = prep_objects(noun, _BETWEEN)
    if found:
        return found
    for prep in children(noun):
        if prep.dep_ == "prep" and (prep.lower_ in _SITE_PREPS or prep.lower_ == "of"):
            for site in children(prep):
                if site.dep_ == "pobj":
                    found = prep_objects(site, _BETWEEN)
                    if found:
                        return found
    return []


QUANTITY = word_list("patterns", "QUANTITY")


def quantified(tok: Token) -> list[Token]:
    """The noun behind a quantity: "700 kg of medicine" -> medicine, "part of a program" -> program; a sum of money
    also "in": "$2 billion in arms sales", "5 million dollars in aid" (session 21). A quantity of a quantity is
    read through: "a shipment of 30,000 tonnes of wheat" -> tonnes and wheat (session 42 coop46)."""
    if tok.lemma_.lower() not in QUANTITY and tok.lower_ not in QUANTITY:
        return []
    inner = prep_objects(tok, ("of", "in") if tok.ent_type_ == "MONEY" else ("of",))
    return inner + [q for i in inner if i.i != tok.i for q in quantified(i)]


def protest_manner_verb(n: Token) -> Token | None:
    """The verb of a protest noun with no determiner that is the object of "in" ("dumped manure in protest at the
    rules", "walked out in protest") or of "in the middle of" ("are in the middle of a strike"): the manner of that
    verb's act, done by its subject; the parse may hang the phrase on the verb's object ("dumped manure outside the
    buildings in protest"). None if no verb."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _AMIDST_NOUNS \
            and n.head.head.dep_ == "pobj":
        n = n.head.head     # "in the middle of a strike": the phrase is "in the middle"
    elif any(c.dep_ in ("det", "poss") for c in children(n)):
        return None
    if n.dep_ != "pobj" or n.head.lower_ != "in":
        return None
    verb = n.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "obj", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
