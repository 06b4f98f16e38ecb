"""Session 39 (issue 11, branch head43): headlines, live-page lines and captions (round41).

Every sentence is our own. Each kind has lines that must now come out right and, where a rule could reach too far,
one that must stay as it was.
"""
import pytest

import newsgraph
from newsgraph.nlp.model import load_nlp
from newsgraph.nlp.paragraphs import stamp_end
from newsgraph.store import open_store


def _analyse(text: str):
    return newsgraph.analyse(text, published="2024-06-19")


def _coded(text: str, prefix: str, moods=("asserted", "reported")):
    return [e for e in _analyse(text).events if e.cameo_code.startswith(prefix) and e.modality in moods]


# --- headline-futures: "X to do Y" is planned -------------------------------------------------------------------

@pytest.mark.parametrize("line, prefix", [
    ("Ghana to expel Togolese diplomats", "16"),                        # the parse: "to" under a root verb
    ("Armenia to retaliate against Azerbaijan, says defence minister", "19"),    # the claim before "says X"
])
def test_headline_infinitive_is_planned(line, prefix):
    assert _coded(line, prefix, ("planned",))
    assert not _coded(line, prefix)


def test_flat_title_case_future_is_planned_and_to_is_no_part_of_the_subject():
    events = _coded("Erdogan To Meet Putin In Sochi", "04", ("planned",))
    assert events and events[0].source_text == "Erdogan" and events[0].source_code.startswith("TUR")
    assert not _coded("Erdogan To Meet Putin In Sochi", "04")


def test_past_tense_prose_stays_asserted():
    assert _coded("Ghana expelled Togolese diplomats on Monday.", "16")


# --- headline-misparsed-verbs: the verb the parse hung the subject on, or read as a noun ------------------------

def test_subject_hung_on_the_verb_as_a_modifier():
    events = _coded("Lula slams IMF over loan conditions", "11")
    assert events and events[0].source_code.startswith("BRA") and events[0].target_code.startswith("IGO")


def test_base_form_after_a_plural_subject_and_crowd_force():
    # "storm" read as a noun after "Protesters"; force by protesters is a riot (headline-crowd-force)
    events = _coded("Protesters storm parliament in Nairobi", "14")
    assert events and events[0].cameo_code == "145"
    assert not _coded("Protesters storm parliament in Nairobi", "19")


def test_no_flat_reading_when_the_parse_ran_one_name_over_the_line():
    # the whole line is one mention (a ministry): no actor stands before the verb, so no invented sides
    assert not _analyse("Protesters storm ministry in Colombo").events
    assert not _analyse("Prices soar in Lagos markets").events


# --- headline-adjunct-verbs, HEADLINE_OBJECT_ENDS ----------------------------------------------------------------

def test_no_verb_inside_an_adjunct_of_time():
    events = _analyse("Governor Declares Curfew After Stadium Riots").events
    assert not [e for e in events if e.cameo_code.startswith("14")]


def test_shot_dead_is_a_passive_with_no_object():
    events = _coded("Two Soldiers Shot Dead In Kashmir", "19")
    assert events and events[0].source_code is None and events[0].target_text == "Two Soldiers"


# --- headline-aim-targets ----------------------------------------------------------------------------------------

def test_force_aimed_at_an_at_phrase():
    events = _coded("Chinese Coast Guard Fires Water Cannon At Vietnamese Boat", "17")
    assert events and events[0].target_code == "VNM"


# --- news-flash labels and live time stamps (nlp/paragraphs.py) --------------------------------------------------

def test_flash_label_is_no_subject_of_the_headline():
    # the parse hung "arrested" on the label and coded nothing
    events = _coded("BREAKING: Bolivia's former interior minister Carlos Romero arrested in La Paz", "17")
    assert events and events[0].target_code.startswith("BOL") and events[0].source_text is None


def test_live_time_stamp_is_its_own_sentence_and_no_actor():
    doc = load_nlp()("09:45 GMT - Kenya's foreign minister arrives in Kampala")
    assert stamp_end(doc, 0) == 2
    a = _analyse("09:45 GMT - Kenya's foreign minister arrives in Kampala")
    assert not [x for x in a.actors if "GMT" in x.name]
    assert [e for e in a.events if e.cameo_code.startswith("04") and e.source_text == "Kenya's foreign minister"]
    assert stamp_end(load_nlp()("At 09:45 GMT - nothing happened"), 0) is None


# --- headline-place-labels ---------------------------------------------------------------------------------------

def test_place_before_a_colon_is_no_speaker():
    events = _analyse("Mali: soldiers say they repelled attack on base").events
    assert not [e for e in events if e.rule_id == "S-headline-colon"]


def test_person_before_a_colon_still_speaks():
    events = _analyse("Macron: France will not send troops").events
    assert [e for e in events if e.rule_id == "S-headline-colon" and e.source_code.startswith("FRA")]


# --- captions: the credit closing a caption is no actor ----------------------------------------------------------

def test_caption_credit_is_no_actor_and_the_caption_is_still_coded():
    a = _analyse("Fishermen protest against the new quotas in Dakar on Friday. (Photo: Reuters)")
    assert not [x for x in a.actors if "Reuters" in x.name]
    assert [e for e in a.events if e.cameo_code.startswith("14")]


def test_slash_credit_is_no_actor():
    a = _analyse("Police detain a striker outside the port in Mombasa, Kenya, March 3, 2024. REUTERS/Jane Mwangi")
    assert not [x for x in a.actors if "REUTERS" in x.name.upper() or "Mwangi" in x.name]


# --- ALWAYS_TRANSITIVE: "held", "freed" without "be" in a headline -----------------------------------------------

def test_held_without_be_is_a_detention():
    events = _coded("Journalist held in Baku", "17")
    assert events and events[0].target_code == "AZEMED"


# --- headline-lead-dates: one act, one cluster -------------------------------------------------------------------

HEADLINE_AND_LEAD = ("Police arrest 40 after clashes in Lusaka\n\n"
                     "Zambian police arrested 40 people on Sunday after clashes between rival party supporters in "
                     "Lusaka, officials said.")


def test_headline_event_takes_the_lead_date():
    arrests = _coded(HEADLINE_AND_LEAD, "17")
    assert len(arrests) == 2 and {e.date for e in arrests} == {"2024-06-16"}


def test_headline_without_a_dated_lead_keeps_the_publication_day():
    arrests = _coded("Police arrest 40 after clashes in Lusaka\n\nThe arrests followed a week of unrest.", "17")
    assert arrests and all(e.date == "2024-06-19" for e in arrests)


def test_headline_and_lead_are_one_cluster_in_the_store(tmp_path):
    with open_store(tmp_path / "h.duckdb") as store:
        store.write([_analyse(HEADLINE_AND_LEAD)])
        rows = store.query("SELECT DISTINCT c.cluster_id, c.num_mentions FROM event_clusters c "
                           "JOIN events e ON e.cluster_id = c.cluster_id WHERE e.cameo_code LIKE '17%'")
    assert len(rows) == 1 and rows[0]["num_mentions"] == 2
