"""Session 47 (issues 12 and 11, branch tgt51): the target side on kinds read in real news pages (round49).

All sentences are written for these tests (none is taken from the pages read). Each kind has sentences that now get
the side right and ones the rule must not reach: a named opponent, a state's allies, a deportation with its deportees
named, a count with its own noun, a count after another verb, a guest received.
"""
from test_tgt46 import _analysis, _coded     # analyse a text; its events whose CAMEO code starts with a prefix


def _targets(evs):
    return {e.target_code for e in evs}


# --- events/arguments.phrase_actors: "his rivals" are not him -----------------------------------------------------

def test_a_person_criticised_by_his_rivals_keeps_his_code_as_target():
    text = ("Governor Ann Pryce spoke in Columbus on Monday. "
            "Pryce has been criticized by her rivals for skipping the debate.")
    evs = _coded(text, "11")
    assert evs
    for e in evs:
        assert e.target_text == "Pryce" and (e.target_code or "").endswith("GOV")
        assert e.source_actor_id != e.target_actor_id


def test_his_rivals_as_subject_are_not_the_one_they_attack():
    text = "Donald Trump spoke in Ohio on Monday. His rivals criticized Trump over the tax plan."
    evs = _coded(text, "11")
    assert evs and all((e.target_code or "").startswith("USA") and e.source_actor_id != e.target_actor_id
                       for e in evs)


def test_his_aides_still_take_his_country():
    # guard: a noun of no relation ("his own aides") still takes the possessor's country
    text = "Donald Trump spoke in Ohio on Monday. Trump was criticized by his own aides."
    evs = _coded(text, "11")
    assert evs and all((e.source_code or "").startswith("USA") for e in evs)


def test_a_states_allies_are_not_the_state():
    # guard: "its allies" thanked by Ukraine are other states (round45), not Ukraine itself
    evs = _coded("Ukraine thanked its allies for the new air defence systems.", "05")
    assert evs and all(not (e.target_code or "").startswith("UKR") for e in evs)


# --- expulsion-destinations: where the expelled are sent is no side ----------------------------------------------

def test_the_destination_of_an_expulsion_is_not_its_target():
    text = "Dozens of men are held at the camp, where migrants due to be expelled to Morocco are also detained."
    evs = _coded(text, "174")
    assert evs and all(e.target_code != "MAR" for e in evs)


def test_deportees_named_stay_the_target():
    # guard: with the deportees named, they are the target, whatever place they are sent to
    evs = _coded("Italy deported 40 Tunisians to Tunisia on Monday.", "174")
    assert evs and _targets(evs) == {"TUNCVL"}


def test_an_extradition_keeps_the_state_extradited_to():
    # guard: a handover (063) is judicial cooperation with the state it goes to (handover-origin), not an expulsion
    evs = _coded("Spain extradited two suspects to Germany on Friday.", "06")
    assert evs and "DEU" in _targets(evs)


# --- events/elided_heads.py: "Italy has expelled four" -- four of what the tally counted ----------------------------

def test_a_bare_count_after_a_counted_object_takes_its_noun():
    text = "Spain has expelled 12 Russian diplomats. Italy has expelled four."
    evs = [e for e in _analysis(text).events if e.source_text == "Italy"]
    assert evs and all(e.cameo_code == "161" and e.target_code == "RUSGOV" for e in evs)


def test_a_bare_count_in_a_run_on_tally_is_not_the_first_subject():
    text = "The U.S. has expelled 60 Russian diplomats, Ukraine has expelled 13, and Poland four."
    evs = [e for e in _analysis(text).events if e.source_text == "Ukraine"]
    assert evs and all(e.target_code == "RUSGOV" for e in evs)
    assert not any(e.target_code == "USA" for e in evs)


def test_a_count_after_another_verb_takes_nothing():
    # guard: "expelled 60 diplomats and arrested four": four whom, a reader cannot say
    text = "Poland expelled 60 Belarusian diplomats on Monday. Police arrested four."
    evs = _coded(text, "17")
    assert all(not (e.target_code or "").startswith("BLR") for e in evs)


def test_a_count_with_its_own_noun_keeps_it():
    # guard: a number with its own noun is that noun
    text = "Spain has expelled 12 Russian diplomats. Italy has expelled four Belarusian diplomats."
    evs = [e for e in _analysis(text).events if e.source_text == "Italy"]
    assert evs and all(e.target_code == "BLRGOV" for e in evs)


# --- SE-receive-papers-tgt51: papers received are no visit ----------------------------------------------------------

def test_passports_received_are_no_visit():
    evs = _coded("Thousands of the adoptees received U.S. passports and served in the army.", "04")
    assert evs == []


def test_a_minister_received_is_still_a_visit():
    # guard: a person received is a guest hosted
    evs = _coded("The president received the Kenyan foreign minister at State House on Monday.", "043")
    assert evs and "KENGOV" in _targets(evs)


# --- actors/employers.py: the officer of a body of no one country -------------------------------------------------

def test_the_president_of_a_federation_of_no_country_is_not_the_datelines():
    text = "MOSCOW - Putin praised Thomas Bach, the president of the International Olympic Committee."
    evs = _coded(text, "05")
    assert evs and all(not (e.target_code or "").startswith("RUS") for e in evs)


def test_the_president_of_a_national_federation_keeps_its_country():
    # guard: a national body's officer is of its country
    text = "MOSCOW - Putin praised Ivan Petrov, the president of the Russian Football Union."
    evs = _coded(text, "05")
    assert evs and all((e.target_code or "").startswith("RUS") for e in evs)
