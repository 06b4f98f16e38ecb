"""One pairing of quotation-mark tokens (quotes/marks.quoted_token_stretches) for the events stage's quoted
titles (events/framing.quoted_stretches) and the actors resolver's in-quote mask (quotes/marks.quote_mask,
read by actors/document.DocView). Our own sentences."""
from __future__ import annotations

import pytest

from newsgraph.actors.document import QUOTE_CHARS
from newsgraph.events.framing import quoted_stretches
from newsgraph.nlp.cache import token_texts
from newsgraph.quotes.marks import quote_mask, quoted_token_stretches


@pytest.mark.parametrize("text, want", [
    ("The drivers' union met on Monday.", []),                                    # a lone apostrophe
    ("The drivers’ union met on Monday.", []),                                    # ... typographic
    ("Her film ‘Night Raid’ opened in Lyon.", ["Night Raid"]),                    # typographic single marks
    ("“The film ‘Night Raid’ is long,” the critic said.", ["The film ‘Night Raid’ is long,", "Night Raid"]),
    ('"The film \'Night Raid\' is long," the critic said.', ["The film 'Night Raid' is long,", "Night Raid"]),
    ("They were goin' home after ‘Raid On The Harbour’ ended.", ["Raid On The Harbour"]),
    ("The ’90s band played “Siege” and “Harbour Lights” twice.", ["Siege", "Harbour Lights"]),
])
def test_quoted_stretches_of_a_sentence(nlp, text, want):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    got = [doc[a + 1:b].text for a, b in quoted_stretches(sent)]
    assert got == want
    # framing's stretches are the shared pairing's
    assert quoted_stretches(sent) == quoted_token_stretches(token_texts(doc), sent.start, sent.end,
                                                            lambda i: bool(doc[i].whitespace_))


def _inside(nlp, text: str) -> str:
    doc = nlp(text)
    mask = quote_mask(token_texts(doc), QUOTE_CHARS)
    return " ".join(t.text for t in doc if mask[t.i] and not t.is_space)


@pytest.mark.parametrize("text, inside", [
    ("“We will stay,” she said. He left.", "We will stay ,"),
    ('"We will stay," she said. He left.', "We will stay ,"),
    # a quote of two paragraphs: the second reopens it, only the last closes
    ("“We will stay.\n“We will not leave,” she said.", "We will stay . We will not leave ,"),
    ("It ended.” Then she left.", ""),                                             # a closing mark outside any
    ('He said "we stay.\n\nShe left.', "we stay ."),                                # a blank line ends an open quote
    ("The players' union said ‘no’ on Monday.", ""),                                # single marks are not read
    ("“We stay ‘for now’,” she said.", "We stay ‘ for now ’ ,"),
])
def test_the_actors_in_quote_mask(nlp, text, inside):
    assert _inside(nlp, text) == inside


def test_the_actors_document_view_reads_the_shared_mask(nlp):
    from newsgraph.actors.document import DocView
    from newsgraph.actors.kb import load_kb

    doc = nlp("“We will stay,” the minister said on Monday.")
    view = DocView(doc, load_kb(), None)
    assert view.quote == quote_mask(token_texts(doc), QUOTE_CHARS) and sum(view.quote) == 4
