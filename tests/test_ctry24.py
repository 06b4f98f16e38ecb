"""Actors' countries, session 24 (issue 12, branch ctry24): a title cut off a paragraph-initial abbreviation
("U.S. Ambassador ..."), plain-text wire datelines closed by an underscore, a possessor's country for its
officer ("Pires's lawyer"), named police officers placed by their sentence, places conjoined after a locative
preposition ("in Peru and Chile"), "their" in its subject's clause, where a person lives or comes from,
social-media handles of people named in full, "surgeon general", a "between" phrase on the place of an act
("a brawl on a bus between two men"), sites struck in a country and place targets as country actors. Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from newsgraph.ingest.clean import make_article
from test_events import _has


def _events(text):
    return newsgraph.analyse(text, "2024-06-19").events


def _said_by(events, text):
    """Statements (and statements coded as what they say) of the speaker named `text`."""
    return [e for e in events if (e.cameo_code.startswith("01") or (e.rule_id or "").startswith("S-"))
            and e.source_text and text in e.source_text]


# ------------------------------------------------------------------ an abbreviation opening a paragraph
def test_paragraph_initial_us_keeps_its_title():
    evs = _events("LIMA, Peru (AP) --\n\nU.S. Ambassador Ann Cole met with Peru's farm minister on Tuesday "
                  "to discuss crop prices.")
    meet = _has(evs, root="04")
    assert meet and meet[0].source_code.startswith("USA")


# ------------------------------------------------------------------ datelines closed by an underscore
def test_underscore_dateline_on_its_own_line_is_read():
    art = make_article("OSLO, Norway (AP) _\n\nFishermen blocked the harbour on Monday over new quotas.",
                       published="2024-06-19")
    assert art.dateline_place == "Oslo"
    assert art.text.startswith("Fishermen")


def test_underscore_alone_after_a_place_is_a_dateline():
    art = make_article("GENEVA _\n\nDelegates met for a third day of talks on river rights.", published="2024-06-19")
    assert art.dateline_place == "Geneva"


# ------------------------------------------------------------------ a possessor's country for its officer
def test_possessed_lawyer_takes_the_possessors_country():
    text = ("MIAMI (AP) --\n\nA girl found at sea off Florida will stay with relatives in Miami, a judge ruled on "
            "Monday.\n\nThe girl's mother, Ana Pires, lives in Brazil and wants her back. Pires's lawyer said "
            "the ruling would be appealed.")
    said = _said_by(_events(text), "lawyer")
    assert said and said[0].source_code.startswith("BRA")


def test_qualified_foreign_minister_keeps_the_named_country():
    text = ("OSLO, Norway (AP) _\n\nNorway welcomed the truce on Friday.\n\nSwedish Foreign Minister Eva Berg said "
            "the truce would hold.")
    said = _said_by(_events(text), "Eva Berg")
    assert said and said[0].source_code.startswith("SWE")


# ------------------------------------------------------------------ police officers placed by their sentence
def test_named_police_spokesman_takes_his_sentences_country():
    text = ("NEW YORK (AP) --\n\nA man was charged in New York on Friday with fraud.\n\nIn Durban, police "
            "spokesman Jan Botha said the man had been held at the airport.")
    said = _said_by(_events(text), "Botha")
    assert said and said[0].source_code.startswith("ZAF")


# ------------------------------------------------------------------ conjoined places
def test_places_conjoined_after_in_are_both_locations():
    text = ("MADRID (AP) _\n\nPolice arrested two men in Peru and Chile on Monday over the hotel blasts, "
            "a ministry official said.\n\nThe Spanish government said it would send investigators.")
    arrest = _has(_events(text), root="17")
    assert arrest and not (arrest[0].source_code or "").startswith(("PER", "ESP"))


def test_a_list_opened_by_no_place_names_no_location():
    text = ("DENVER (AP) --\n\nThe activist has been arrested many times at rallies in nine states and Canada, "
            "police said.\n\nHe was charged with trespass on Friday.")
    arrest = _has(_events(text), root="17")
    assert arrest and arrest[0].source_code.startswith("USA")


# ------------------------------------------------------------------ "their" in a clause whose subject is a body
def test_their_in_the_subjects_own_clause_is_the_subjects():
    text = ("ROME (AP) --\n\nBombs hit two banks in Italy and Greece on Monday.\n\nFBI agents, meanwhile, pressed "
            "on with their inquiry into the blasts.")
    probe = _has(_events(text), root="09")
    assert probe and probe[0].source_code.startswith("USA")


# ------------------------------------------------------------------ where a person lives or comes from
def test_a_person_who_lives_in_a_country_is_of_it():
    text = ("MIAMI (AP) --\n\nA girl found at sea off Florida will stay with relatives in Miami, a judge ruled on "
            "Monday.\n\nThe girl's mother, Ana Pires, lives in Brazil and wants her back. Pires said the ruling "
            "was unfair.")
    said = _said_by(_events(text), "Pires")
    assert said and said[0].source_code.startswith("BRA")


def test_his_native_country_is_his_and_no_location():
    text = ("LONDON (AP) --\n\nA man was arrested at the London airport on Friday.\n\nKofi Mensah, 30, had run a "
            "shop in his native Ghana, police said. Mensah was charged with fraud.")
    evs = _events(text)
    charged = _has(evs, root="11")
    assert charged and charged[0].target_code.startswith("GHA")
    said = _said_by(evs, "police")
    assert said and said[0].source_code.startswith("GBR")


# ------------------------------------------------------------------ roles
def test_surgeon_general_is_no_general():
    evs = _events("WASHINGTON (AP) --\n\nU.S. Surgeon General Ann Cole said on Monday that flu cases were rising.")
    said = _said_by(evs, "Ann Cole")
    assert said and said[0].source_code == "USAGOV"


# ------------------------------------------------------------------ social-media handles
def test_handle_spelling_a_named_person_is_that_person():
    text = ("DES MOINES, Iowa (AP) --\n\nSen. Anna Klein lost her seat on Tuesday.\n\n\"Senator @AnnaKlein did "
            "an excellent job for Iowa!\" the president wrote on Twitter.")
    evs = _events(text)
    praise = [e for e in evs if e.target_text == "@AnnaKlein"]
    assert praise and praise[0].target_code == "USALEG"


# ------------------------------------------------------------------ a "between" phrase hung on the act's place
def test_between_phrase_on_the_acts_place_names_its_sides():
    text = ("OAKLAND, Calif. (AP) --\n\nPolice said they got calls on Tuesday about a brawl on a bus between two "
            "men.\n\nOne man was stabbed and died, police said.")
    brawl = _has(_events(text), root="18", code="182")
    assert brawl and brawl[0].source_text == "two men" and brawl[0].source_code.startswith("USA")


# ------------------------------------------------------------------ struck sites placed in a country
def test_strike_on_a_plant_in_a_country_targets_that_country():
    text = ("WASHINGTON (AP) --\n\nU.S. warplanes on Thursday bombed a chemical plant in Angola, officials said.")
    strike = _has(_events(text), root="19") + _has(_events(text), root="18")
    assert strike and strike[0].target_code == "AGO"



def test_a_place_target_is_the_countrys_actor():
    a = newsgraph.analyse("Rebels shelled a town in northern Chad on Monday.", "2024-06-19")
    shelling = _has(a.events, root="19")
    assert shelling and shelling[0].target_code == "TCD" and shelling[0].target_actor_id
    assert a.actor(shelling[0].target_actor_id).country == "TCD"


def test_an_implied_government_target_is_kept():
    a = newsgraph.analyse("BEIJING (AP) --\n\nHundreds of students protested in Beijing on Sunday.", "2024-06-19")
    protest = _has(a.events, root="14")
    assert protest and protest[0].target_code == "CHNGOV"


# ------------------------------------------------------------------ a named minister after the placed office
def test_named_minister_takes_the_country_of_the_same_office_named_before():
    text = ("WASHINGTON (AP) --\n\nU.S. Trade Representative Ann Cole met Zambia's mining minister on Monday to "
            "discuss copper exports to the United States.\n\nMining Minister Peter Banda said the talks went well. "
            "Cole said the United States would buy more copper.")
    said = _said_by(_events(text), "Peter Banda")
    assert said and said[0].source_code.startswith("ZMB")
