"""Session 18 (lead): statements made to the press and by documents named before.
Every text here is written for these tests."""
from __future__ import annotations

from test_events import _events, _has      # the events tests' helpers: analyse a text, filter its events


def test_talking_to_reporters_is_no_meeting():
    evs = _events("Chatting with journalists in Accra, the Ghanaian finance minister said the budget was ready.")
    assert not _has(evs, root="04")
    assert _has(evs, root="01", src="GHA")


def test_talking_to_an_envoy_stays_a_meeting():
    evs = _events("Talking with the Kenyan envoy, the Ghanaian finance minister said the budget was ready.")
    assert _has(evs, root="04", src="GHA")


def test_speaking_to_the_paper_names_the_outlet_named_before():
    evs = _events("The New York Times first reported the plan on Monday. Speaking to the paper, the Dutch "
                  "premier said taxes would rise.")
    assert "USAMED" in {e.target_code for e in _has(evs, root="01", src="NLD")}


def test_the_statement_speaks_for_whoever_issued_it():
    evs = _events("The Peruvian interior ministry issued a statement late on Friday. The statement said two "
                  "roads had been reopened.")
    assert len(_has(evs, root="01", src="PER")) == 2


def test_a_statement_with_no_issuer_named_before_has_no_speaker():
    evs = _events("The statement said two roads had been reopened.")
    assert not _has(evs, root="01")
