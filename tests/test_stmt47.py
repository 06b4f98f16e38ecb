"""Session 43 (stmt47, round45): statements (CAMEO 01) and investigations (09) -- investigators sent or set up to
investigate are investigating, a film's or a novel's plot is no event, a pessimistic or optimistic saying
coordinated with a plain one of the same speaker is one statement with its tone, and an announcement whose maker
is unnamed is a statement with no source -- with the look-alikes that stay what they were. Own sentences only."""
import pytest

from test_crit25 import _events     # session 25's reader: (code, rule, source, target, modality) of a text


def _root(evs, root, moods=("asserted", "reported")):
    return [e for e in evs if e[0].startswith(root) and e[4] in moods]


# ---- investigators sent or set up to investigate (convention dispatched-investigations)

@pytest.mark.parametrize("text, source", [
    ("The Malian government sent a team of inspectors to Kayes to investigate the collapse of a gold mine.",
     "government"),
    ("Ecuador's prosecutor's office dispatched investigators to Guayaquil to probe the prison riot.", "office"),
    ("The Ugandan parliament set up a select committee to investigate the sale of the national airline.",
     "parliament"),
])
def test_investigators_sent_to_investigate_investigate(text, source):
    evs = _root(_events(text), "09")
    assert any(s and source in s for c, r, s, t, m in evs), _events(text)


@pytest.mark.parametrize("text", [
    "The Malian government will send a team of inspectors to Kayes to investigate the collapse of a gold mine.",
    "The Ugandan police were set to investigate the fire at the market.",
])
def test_investigators_still_to_be_sent_are_not_investigating_yet(text):
    assert not _root(_events(text), "09"), _events(text)


def test_aid_sent_with_a_purpose_is_no_investigation():
    evs = _events("Norway sent two planes of tents to Malawi to help the flood victims.")
    assert not _root(evs, "09", ("asserted", "reported", "planned")), evs


# ---- a work's plot (convention plot-frames)

@pytest.mark.parametrize("text", [
    "In the film, a Bolivian colonel says the mine belongs to the army.",
    "In her second novel, rebels seize the port and the governor flees to the hills.",
    "In the new sitcom, the prime minister announces that taxes will be abolished.",
])
def test_a_plot_is_no_event(text):
    evs = _events(text)
    assert not [e for e in evs if e[4] in ("asserted", "reported")], evs


@pytest.mark.parametrize("text, speaker", [
    ("The Senegalese director said in the film that the police had beaten him.", "director"),
    ("In the documentary, the former Liberian warlord says he regrets the killings.", "warlord"),
    ("In a series of speeches, the Zambian president said the debt deal was close.", "president"),
])
def test_a_speaker_in_a_film_or_a_series_of_speeches_still_speaks(text, speaker):
    evs = _root(_events(text), "01") + _root(_events(text), "11")
    assert any(s and speaker in s for c, r, s, t, m in evs), _events(text)


# ---- a tone coordinated with a plain saying (convention toned-conjunct-sayings)

@pytest.mark.parametrize("text, code", [
    ("The Malawian health minister said the cholera outbreak had slowed, but she feared a new wave would come with the rains.",
     "012"),
    ("The mayor of Cusco said the tourist season had begun, and he was confident that visitors would return.",
     "013"),
])
def test_a_tone_in_a_coordinated_saying_is_the_one_statement(text, code):
    evs = _root(_events(text), "01")
    assert [c for c, r, s, t, m in evs] == [code], _events(text)


def test_a_refusal_to_comment_beside_a_saying_stays_a_second_act():
    evs = _root(_events("The spokesman for the Chilean navy declined to comment and said the search was "
                        "continuing."), "01")
    assert sorted(c for c, r, s, t, m in evs) == ["010", "011"], evs


def test_another_speakers_fear_leaves_the_statement():
    evs = _root(_events("The Kenyan minister said the dam was safe, and the villagers feared it would burst."), "01")
    assert sorted(c for c, r, s, t, m in evs) == ["010", "012"], evs


# ---- an announcement with no maker named (convention unnamed-announcements)

@pytest.mark.parametrize("text", [
    "It was announced on Tuesday that the border crossing at Rafah would reopen.",
    "The announcement was made at a press conference in Accra on Monday.",
    "The discovery of the shipwreck was announced in a journal article on Wednesday.",
    "The announcement came two days after floods hit the Ghanaian capital.",
])
def test_an_announcement_with_no_maker_is_a_statement_with_no_source(text):
    evs = _root(_events(text), "01")
    assert any(r == "S-announce-unnamed" and s is None for c, r, s, t, m in evs), _events(text)


@pytest.mark.parametrize("text", [
    "The new cabinet will be announced on Friday.",
    "The date of the vote was not announced.",
    "The fuel subsidy, announced in March, has angered truckers.",
    "New sanctions on the junta were announced on Thursday.",
])
def test_an_announcement_not_made_or_an_act_announced_is_no_unnamed_statement(text):
    evs = _events(text)
    assert not any(r == "S-announce-unnamed" for c, r, s, t, m in evs), evs


def test_an_announcement_by_a_named_maker_keeps_its_maker():
    evs = _root(_events("The new bus fares were announced by the Ghanaian transport ministry on Friday."), "01")
    assert evs and all(s and "ministry" in s for c, r, s, t, m in evs), evs


# ---- an invitation to an occasion (senses.csv SE-invite-to-occasion-stmt47)

@pytest.mark.parametrize("text", [
    "The governor of Aceh invited foreign diplomats to a tour of the rebuilt harbour.",
    "The Moroccan king invited the Spanish ambassador to dinner at the palace in Rabat.",
])
def test_an_invitation_to_an_occasion_is_no_appeal(text):
    assert not _root(_events(text), "02"), _events(text)


@pytest.mark.parametrize("text", [
    "The Ghanaian president invited foreign firms to invest in the new cocoa port.",
    "The Qatari emir invited the two Sudanese generals to talks in Doha.",
])
def test_an_invitation_to_act_or_to_talks_stays_an_appeal(text):
    assert _root(_events(text), "02"), _events(text)
