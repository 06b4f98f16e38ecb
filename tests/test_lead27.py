"""Session 27 (lead): beating a rival in a vote, a race or a court is winning, not force, nor a threat when it is
promised; letting people in ("admitted refugees", "admitted patients") is no admission of a
fault; police ranks are police, not army; Kenya's deputy presidents as dated office holders. Every text here is
written for these tests."""
from __future__ import annotations

import newsgraph
from test_lead25 import _events     # (code, source code, target code) of each event, as session 25's tests read them


def test_beating_a_rival_in_a_vote_or_a_case_is_no_assault():
    for text in ("The council member beat the sitting mayor in the runoff by a few hundred votes.",
                 "The tenants' association defeated the developer in court last spring.",
                 "The challenger trounced the incumbent in the district with sixty percent of the vote."):
        a = newsgraph.analyse(text, published="2025-03-04")
        assert not _events(a, "18"), text
    a = newsgraph.analyse("Guards beat a prisoner in the yard of the jail.", published="2025-03-04")
    assert _events(a, "18")


def test_a_boast_of_beating_a_rival_in_a_rematch_is_no_threat_of_force():
    a = newsgraph.analyse('"I would crush him in a rematch," the boxer told fans in Manila.', published="2025-03-04")
    assert not _events(a, "13") and not _events(a, "18")
    a = newsgraph.analyse('"I would beat him easily in the next race," the congresswoman told donors in Iowa.',
                          published="2025-03-04")
    assert not _events(a, "13") and not _events(a, "18")


def test_letting_people_in_is_no_admission():
    for text in ("Canada admitted forty thousand refugees from the war last year.",
                 "The clinic admitted nine patients with burns overnight.",
                 "The academy admitted her at the age of twelve."):
        a = newsgraph.analyse(text, published="2025-03-04")
        assert not [e for e in _events(a, "01") if e[0] == "015"], text
    a = newsgraph.analyse("The transport minister admitted that the timetable had been a mistake.",
                          published="2025-03-04")
    assert [e for e in _events(a, "01") if e[0] == "015"]


def test_a_police_rank_is_police_and_a_bare_rank_stays_military():
    a = newsgraph.analyse("Police Lt. Dana Whitfield said the van had been found in Tulsa.", published="2025-03-04")
    assert [s for code, s, t in _events(a, "01") if s and s.endswith("COP")]
    a = newsgraph.analyse("Lt. Gen. Samir Aziz said the brigade had withdrawn from the valley.",
                          published="2025-03-04")
    assert [s for code, s, t in _events(a, "01") if s and s.endswith("MIL")]


def test_kenyas_deputy_president_follows_the_publication_date():
    text = "Kithure Kindiki said the county roads would be repaired before the rains."
    later = newsgraph.analyse(text, published="2025-03-04")
    assert [s for code, s, t in _events(later, "01") if s == "KENGOV"]
    text = "Rigathi Gachagua said the county roads would be repaired before the rains."
    before = newsgraph.analyse(text, published="2023-05-10")
    after = newsgraph.analyse(text, published="2025-05-10")
    assert [s for code, s, t in _events(before, "01") if s == "KENGOV"]
    assert not [s for code, s, t in _events(after, "01") if s == "KENGOV"]


def test_a_share_of_a_population_supporting_or_opposing_is_a_poll_finding_not_an_act():
    for text in ("A new survey found that 58 percent of farmers back the agriculture minister.",
                 "A majority of Danes oppose the new bridge tolls.",
                 "In the latest poll, 41 percent supported the mayor's housing plan."):
        a = newsgraph.analyse(text, published="2025-03-04")
        assert not _events(a, "05") and not _events(a, "12"), text
    a = newsgraph.analyse("The dockworkers' union backed the mayor's housing plan on Tuesday.", published="2025-03-04")
    assert _events(a, "05")


def _speaker_codes(text):
    a = newsgraph.analyse(text, published="2025-03-04")
    return [s for code, s, t in _events(a, "01")]


def test_one_who_acts_for_a_state_is_of_that_state():
    assert "NGAJUD" in _speaker_codes("An attorney for Nigeria told the tribunal the loan had been lawful.")
    assert any(s and s.startswith("KEN") for s in _speaker_codes(
        "A lawyer for the Kenyan government said the appeal would be lodged within a week."))
    codes = _speaker_codes("A lawyer for the families said the appeal would be lodged within a week.")
    assert codes and not any(s and len(s) > 3 and s[:3].isalpha() and s[:3] != "JUD" and s[3:] == "JUD"
                             for s in codes)


def test_a_titled_person_of_a_place_is_of_that_places_country():
    assert "AUTGOV" in _speaker_codes("Mayor Ingrid Vogl of Graz said the tram line would reopen in May.")
    assert "NGAGOV" in _speaker_codes("Governor Bola Adeyemi of Kano said the ring road would be finished.")
    assert not any(s and s.startswith("GBR") and s != "GBRMED" for s in
                   _speaker_codes("Tom Harlow of Reuters said the figures had been checked twice."))


def test_a_demonym_that_opens_a_name_is_the_name_not_a_nationality():
    codes = _speaker_codes("Dane Whitlock predicted that the council would approve the new stadium.")
    assert codes and not any(s and s.startswith("DNK") for s in codes)
    codes = _speaker_codes("M. Finn Harlow, who leads the residents' group, stressed that the vote was final.")
    assert codes and not any(s and s.startswith("FIN") for s in codes)
    a = newsgraph.analyse("The Dane Mikkel Holm said the team would win the final.", published="2025-03-04")
    assert [s for code, s, t in _events(a, "01") if s and s.startswith("DNK")]


def test_a_protest_at_a_body_of_the_protesters_own_sector_is_an_event():
    for text, tgt in (("Medical students held a sit-in at the university over the new exam rules.", "EDU"),
                      ("Midwives staged a protest at the hospital after two colleagues were dismissed.", "HLH")):
        a = newsgraph.analyse(text, published="2025-03-04")
        assert [e for e in _events(a, "14") if e[2] == tgt], (text, _events(a))
    # two names of one government acting together are still no event of the government with itself
    a = newsgraph.analyse("Xi Jinping and Li Qiang signed the decree in Beijing.", published="2025-03-04")
    assert not [e for e in _events(a) if e[1] and e[1] == e[2]]
