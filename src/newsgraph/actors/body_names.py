"""Names of state bodies the recogniser cuts or misses, made whole before the actors are read (round39).

The small English model tags "The Commission on Elections" and "The Commission for the Investigation of Abuse of
Authority" as nothing, and "The Ethics and Anti-Corruption Commission" as "Anti-Corruption Commission" with
"The Ethics" left over: the body then acts as no one, or as a bare word with no country and no sector. A
capitalised body noun (BODY_NAME_HEADS) followed by "on", "for" or "of" and a capitalised name, or an organisation
named right after "the <Capitalised> and", is one organisation's name; so is a name the recogniser cut after such a
preposition ("The U.S. Agency for" and "International Development", round42); the organisation reader
(`org_names.orgs`) then gives it its sector by its head noun and its country from the text. So is "the" and
capitalised words ending in a body noun of TITLED_BODY_HEADS that the recogniser called nothing ("The
Anti-Corruption Establishment arrested an official", round44).
"""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.datafile import word_list

BODY_NAME_HEADS = word_list("kb", "BODY_NAME_HEADS")
BODY_NAME_PREPS = word_list("kb", "BODY_NAME_PREPS")
TITLED_BODY_HEADS = word_list("kb", "TITLED_BODY_HEADS")
REBEL_MEMBER_NOUNS = word_list("kb", "REBEL_MEMBER_NOUNS")
# small words a name may hold between its capitalised words ("Abuse of Authority", "Truth and Reconciliation")
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "&"})


def _capital(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def _prep_name_end(doc, head: int) -> int | None:
    """The end of "<Head> on|for|of [the] <Capitalised> ..." starting at the body noun `head`, or None."""
    i = head + 1
    if i >= len(doc) or doc[i].lower_ not in BODY_NAME_PREPS:
        return None
    end = None
    i += 1
    while i < len(doc):
        t = doc[i]
        if _capital(t) and t.ent_type_ not in ("GPE", "DATE", "PERSON"):
            end = i + 1
        elif t.lower_ in _NAME_JOINERS or t.text == "-":
            if end is None and t.lower_ != "the":
                return None
        else:
            break
        i += 1
    return end


def _in_party_name(doc, e: Span) -> bool:
    """"Law and Justice party lawmakers": a party named by capitalised words joined with "and" before the noun
    "party"; the recogniser may call one of its words a person or an organisation ("Law", "Justice"), which then
    stood for the lawmakers. Such a span is dropped, and the phrase is read as the party's people (the nominal
    reader)."""
    if e.label_ not in ("PERSON", "ORG") or len(e) > 2:
        return False
    def part(t) -> bool:
        return t.lower_ == "and" or _capital(t) and t.lower_ != "party"
    start, end = e.start, e.end
    while start > 0 and part(doc[start - 1]):
        start -= 1
    while end < len(doc) and part(doc[end]):
        end += 1
    words = [t.lower_ for t in doc[start:end]]
    if end + 1 < len(doc) and _capital(doc[end + 1]):
        return False      # ("FreedomWorks and Tea Party Patriots": "Party" inside another name; session 37 lead)
    return end < len(doc) and doc[end].lower_ == "party" and "and" in words[1:-1] and len(words) <= 5 \
        and doc[start].lower_ != "and"


def with_whole_body_names(doc, ents: list[Span]) -> list[Span]:
    """The recogniser's spans of `doc`, with the state bodies' names it cut or missed made whole (see the module)."""
    taken = [False] * len(doc)
    for e in ents:
        for k in range(e.start, e.end):
            taken[k] = True
    out = [e for e in ents if not _in_party_name(doc, e)]
    for e in list(out):
        # "The Ethics and Anti-Corruption Commission": an organisation named right after "the <Capitalised> and"
        if e.label_ != "ORG" or e.start < 3 or doc[e.start - 1].lower_ != "and" \
                or e[-1].lemma_.lower() not in BODY_NAME_HEADS:
            continue
        start = e.start - 1
        while start > 0 and _capital(doc[start - 1]) and not taken[start - 1] and doc[start - 1].lower_ != "the":
            start -= 1
        if start < e.start - 1 and start > 0 and doc[start - 1].lower_ == "the":
            out[out.index(e)] = Span(doc, start - 1, e.end, label="ORG")
            for k in range(start - 1, e.end):
                taken[k] = True
    for e in list(out):
        # "The U.S. Agency for" and "International Development": the recogniser cut the name after its preposition
        # and called the field a name of its own; the two are one (round42)
        if e.label_ != "ORG" or len(e) < 2 or e[-1].lower_ not in BODY_NAME_PREPS \
                or e[-2].lemma_.lower() not in BODY_NAME_HEADS:
            continue
        end = _prep_name_end(doc, e[-2].i)
        field = [f for f in out if f is not e and f.start < (end or 0) and f.end > e.end]
        if end is None or any(f.start < e.end or f.end > end and not (f.end == end + 1 and doc[end].tag_ == "POS")
                              for f in field):
            continue
        out = [f for f in out if f not in field]
        out[out.index(e)] = Span(doc, e.start, end, label="ORG")
        for k in range(e.start, end):
            taken[k] = True
    for t in doc:
        # "The Commission on Elections", "the Office for National Statistics": a body noun and its field
        if taken[t.i] or not _capital(t) or t.lemma_.lower() not in BODY_NAME_HEADS:
            continue
        end = _prep_name_end(doc, t.i)
        if end is None or taken[t.i]:
            continue
        inner = [e for e in out if e.start < end and e.end > t.i]
        if any(e.start <= t.i or e.end > end or e.label_ not in ("ORG", "PERSON", "NORP") for e in inner):
            continue          # only the field's own words may have been called a name ("Protection of Public Funds")
        out = [e for e in out if e not in inner]
        start = t.i
        while start > 0 and _capital(doc[start - 1]) and not taken[start - 1] and doc[start - 1].pos_ != "VERB":
            start -= 1
            if doc[start].lower_ == "the":
                break         # "MANILA - The Commission on Elections": the name begins at its article
        out.append(Span(doc, start, end, label="ORG"))
        for k in range(start, end):
            taken[k] = True
    for t in doc:
        # "The Anti-Corruption Establishment arrested an official": capitalised words ending in a body noun after
        # "the", none of them a name to the recogniser (round44)
        start = _titled_body_start(doc, t, taken)
        if start is not None:
            out.append(Span(doc, start, t.i + 1, label="ORG"))
            for k in range(start, t.i + 1):
                taken[k] = True
    return sorted(out, key=lambda s: s.start)


def _titled_body_start(doc, t, taken: list[bool]) -> int | None:
    """Where "The <Capitalised ...> <Body noun>" begins (the first capitalised word), when `t` ends it and no word
    of it is taken; None otherwise. The first word must be capitalised mid-sentence or after "The", so that a
    sentence's first word alone names nothing ("Corruption Establishment" needs "The" or more words)."""
    if taken[t.i] or not _capital(t) or t.lemma_.lower() not in TITLED_BODY_HEADS or t.pos_ != "PROPN":
        return None
    i = t.i
    while i > 0 and not taken[i - 1] and (_capital(doc[i - 1]) or doc[i - 1].text == "-") \
            and doc[i - 1].lower_ != "the" and not doc[i - 1].is_sent_start:
        i -= 1
    if i == t.i or doc[i].text == "-" or i == 0 or doc[i - 1].lower_ != "the" or taken[i - 1]:
        return None
    return i


def rebel_group(root) -> bool:
    """"Rebels of the Allied Democratic Forces killed 20 villagers": an organisation whose members the text calls
    rebels, insurgents or fighters (REBEL_MEMBER_NOUNS) is an armed rebel group, though its name says "Forces"."""
    prep = root.head
    members = prep.head.lower_
    return root.dep_ == "pobj" and prep.lower_ == "of" and members.endswith("s") and members[:-1] in REBEL_MEMBER_NOUNS
