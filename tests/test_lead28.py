"""Session 28 (lead): history told on across sentences after the one that dates it (convention history-narrative):
a pronoun-led or "Later"/"N years later" sentence with no time of its own continues the history and is not coded as
the story's news; a dated background fact (a founding year) starts no thread, and a report of speech, a present or
a sentence with a time of its own breaks it. Every text here is written for these tests."""
from __future__ import annotations

import newsgraph
from test_lead25 import _events

PUBLISHED = "2024-03-10"


# a lead that tells the story's news: a first sentence dated years back would make its year the story's
LEAD = "The exiled opposition leader flew back to the capital on Saturday. "


def _sentence_codes(text: str) -> dict[int, list[str]]:
    """CAMEO codes by sentence of the text after the news lead (sentence 0 is the text's first)."""
    out: dict[int, list[str]] = {}
    for e in newsgraph.analyse(LEAD + text, published=PUBLISHED).events:
        if e.sentence > 0:
            out.setdefault(e.sentence - 1, []).append(e.cameo_code)
    return out


def test_a_pronoun_sentence_after_a_dated_act_is_history_too():
    text = ("In 1987, soldiers loyal to the general stormed the parliament in Lisbon. They arrested dozens of "
            "deputies and shut down two newspapers.")
    assert _sentence_codes(text).get(1) is None
    # the same sentence alone is news, coded
    alone = newsgraph.analyse("They arrested dozens of deputies and shut down two newspapers.", published=PUBLISHED)
    assert _events(alone, "17")


def test_later_and_years_later_go_on_with_the_history():
    text = ("In 2015 the fisheries ministry cut the herring quotas by a fifth. Later the ministry restored them. "
            "Two years later, the minister signed a deal with the fishermen's union.")
    codes = _sentence_codes(text)
    assert codes.get(1) is None and codes.get(2) is None
    # the thread ends where the years it counts reach the story's last year: 2021 + 2 is news to a 2024 story
    text = "In 2021 the ministry cut the quotas. Two years later, the minister signed a deal with the union."
    assert "057" in _sentence_codes(text).get(1, [])


def test_a_founding_year_starts_no_thread():
    text = "The fishermen's union was founded in 1968. It called on the government to withdraw the quotas."
    assert _sentence_codes(text).get(1)


def test_speech_a_present_and_a_time_of_its_own_break_the_thread():
    text = ("In 2016 the minister cut the quotas. She said she would meet the union's leaders soon.")
    assert _sentence_codes(text).get(1)
    text = "In 2016 rebels seized the town. They have since signed a truce with the army."
    assert _sentence_codes(text).get(1)
    text = "In 2016 rebels seized the town. On Friday they signed a truce with the army."
    assert "057" in _sentence_codes(text).get(1, [])


def test_a_new_paragraph_with_a_pronoun_is_not_followed():
    text = "In 2016 rebels seized the town of Arlit.\n\nThey signed a truce with the army, the mayor told reporters."
    assert _sentence_codes(text).get(1)


def test_the_purpose_of_a_blockade_is_not_negated():
    """A verb of keeping from ("blocked ... from", M-prevent) negates what it keeps someone from doing, not the purpose
    of its own act: "blocked the harbour to protest" did not keep anyone from protesting."""
    a = newsgraph.analyse("Fishermen blocked the harbour on Monday to protest against the new quotas.",
                          published=PUBLISHED)
    protests = [e for e in a.events if e.cameo_code.startswith("14")]
    assert protests and not [e for e in protests if e.modality == "negated"]
    a = newsgraph.analyse("Guards blocked the lawyers from visiting the prisoner.", published=PUBLISHED)
    assert [e.modality for e in a.events if e.cameo_code == "042"] == ["negated"]


def test_coming_to_someones_defence_is_defending_not_a_visit():
    for text in ("The party leader came to the mayor's defence after the vote.",
                 "Several ministers rushed to the defense of the governor on Tuesday."):
        a = newsgraph.analyse(text, published=PUBLISHED)
        codes = [(e.cameo_code, e.modality) for e in a.events]
        assert ("052", "asserted") in codes, (text, codes)
        assert not [c for c, _ in codes if c.startswith("04")], (text, codes)
    a = newsgraph.analyse("The junta came to power in a coup.", published=PUBLISHED)
    assert not _events(a, "04")
    a = newsgraph.analyse("The Chilean foreign minister came to Lima for talks on the border.", published=PUBLISHED)
    assert _events(a, "04")


def test_returning_home_is_no_visit():
    a = newsgraph.analyse("The Kenyan president returned to Nairobi on Sunday after a week in Washington.",
                          published=PUBLISHED)
    assert not _events(a, "04")
    a = newsgraph.analyse("The Kenyan president returned to Washington on Sunday for more talks.", published=PUBLISHED)
    assert ("042", "KENGOV", "USA") in _events(a, "04")


def test_a_call_or_talks_named_in_a_fronted_phrase_are_the_speakers():
    a = newsgraph.analyse("In a phone call with the Turkish president, the German chancellor discussed the refugee "
                          "deal.", published=PUBLISHED)
    assert ("041", "DEUGOV", "TURGOV") in _events(a, "04")


def test_a_loan_approved_from_a_lender_is_aid_from_the_lender():
    a = newsgraph.analyse("The island's parliament on Tuesday approved a loan of 90 million dollars from the World "
                          "Bank to rebuild its harbour.", published=PUBLISHED)
    aid = [e for e in _events(a, "07")]
    assert aid and all(src == "IGOWBK" for _, src, _ in aid), aid
    a = newsgraph.analyse("The World Bank approved a loan to Ghana.", published=PUBLISHED)
    assert ("071", "IGOWBK", "GHA") in _events(a, "07")


def test_an_appeal_after_a_reported_perfect_is_the_speakers():
    a = newsgraph.analyse("The Vietnamese foreign ministry said the Chinese boats had entered its waters and urged "
                          "Beijing to withdraw them.", published=PUBLISHED)
    assert ("020", "VNMGOV", "CHNGOV") in _events(a, "02")
    # a threat after a reported perfect stays with the reported doer's clause (not the speaker's appeal)
    a = newsgraph.analyse("Police said the suspect had fled and threatened a witness.", published=PUBLISHED)
    assert not [e for e in _events(a, "02")]


def test_a_conversation_with_reporters_after_said_is_no_call():
    a = newsgraph.analyse("The senator said in a conversation with reporters that he would run again.",
                          published=PUBLISHED)
    assert not _events(a, "04")


def test_international_bodies_named_in_full_and_their_staff_abroad():
    """The Food and Agriculture Organization, the ILO, the OECD: bodies of no one country (IGO); the seat's town
    in an official's appositive ("... at the FAO in Rome") is no country of the official."""
    for text, code in (("The Food and Agriculture Organization said wheat prices rose in March.", "IGOUNOAGRFAO"),
                       ("The International Labour Organization warned that jobless numbers would rise.", "IGOUNOLABILO"),
                       ("The OECD cut its growth forecast for the euro area.", "IGOWSTBUS")):
        a = newsgraph.analyse(text, published=PUBLISHED)
        assert [e for e in a.events if e.source_code == code], (text, [(e.cameo_code, e.source_code) for e in a.events])
    a = newsgraph.analyse('"Stocks are low," Maria Lindqvist, head of grain markets at the Food and Agriculture '
                          'Organization in Rome, explained.', published=PUBLISHED)
    assert {e.source_code[:3] for e in a.events if e.cameo_code.startswith("01")} == {"IGO"}
    # a national ministry's official in its capital keeps the country
    a = newsgraph.analyse('"Stocks are low," Maria Lindqvist, an official at the Agriculture Ministry in Lima, said.',
                          published=PUBLISHED)
    assert {e.source_code[:3] for e in a.events if e.cameo_code.startswith("01")} == {"PER"}
