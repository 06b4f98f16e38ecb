"""A statement that gives way to the speaker's own act in the same sentence (statement_shadows.csv: "X said Y
must go" is a demand, not also a statement), unless that act is a separate one (`separate_act`: a conjunct verb,
the speaker's own phrase, a past act reported, a performing modal). Read by the coder after a sentence is coded.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.datafile import word_list
from newsgraph.events.statement_data import shadow_roots
from newsgraph.nlp.cache import children
from newsgraph.records import Event


def drop_shadowed_statements(events: list[Event], conditions: bool = False,
                             trigger_of: dict[str, Token] | None = None, conjuncts: bool = False,
                             negated: bool = False, relatives: bool = False, relative_sayings: bool = False,
                             protest_sayings: bool = False, toned: bool = False) -> list[Event]:
    """Drop a plain statement (010) when its speaker's own verbal act in the sentence says more. With
    `conditions` (convention shadow-conditions), an act said under a condition ("if they stay, we must
    oppose them") is no act made by saying it: the statement stays. With `trigger_of` (convention
    separate-acts), only an act the saying itself makes hides the statement: not one beside it ("said the
    vote was fair and urged calm") nor a past act it reports ("said he had urged them to wait"). With `conjuncts`
    (convention conjunct-acts), nor an act inside a verb coordinated with the saying ("declined to affirm his
    support ... and told them ..."). With `negated` (convention negated-acts-unshadow, session 25), an act said not
    to be done ("said he is not ready to endorse her") is no act: the statement stays. With `relatives` (convention
    relative-acts-apart, round27), nor an act in a relative clause outside what was said ("..., said Kunin, who has
    been critical of the senator": told of the speaker, also for another saying in the sentence). With
    `relative_sayings` (convention relative-sayings-apart, session 42 stmt46), nor an act outside a saying told in
    a relative clause ("was condemned by the ministry, which said it would raise the matter with Kabul": the
    condemnation and the statement are two acts). With `protest_sayings` (convention protest-sayings, session 42
    stmt46), a participle of saying on a protest of the same speaker is the protest's words, no statement of its own
    ("marched to the ministry, saying they had not been paid"). With `toned` (convention toned-conjunct-sayings,
    session 43 stmt47), a pessimistic or optimistic statement (word list CONJUNCT_TONE_CODES) in a verb coordinated
    with the plain saying of the same speaker is that saying's tone, one statement ("said he was not worried about
    the budget, but he did fear for the roads": 012 only), not a second act beside it."""
    roots = shadow_roots()

    def speaker(e: Event):
        return e.source_actor_id or (f"@{e.source_start}" if e.source_start is not None else None)

    acts = [e for e in events if e.cameo_code != "010" and speaker(e)
            and not (conditions and e.modality == "hypothetical") and not (negated and e.modality == "negated")]

    triggers = trigger_of or {}

    def shadowed(statement: Event) -> bool:
        who = speaker(statement)
        said = triggers.get(statement.id)
        if protest_sayings and said is not None and said.dep_ == "advcl" and said.tag_ == "VBG" and any(
                speaker(a) == who and a.cameo_root == "14" and triggers.get(a.id) is not None
                and triggers[a.id].i == said.head.i for a in acts):
            return True
        for act in acts:
            if speaker(act) != who or act.cameo_root not in roots:
                continue
            said, done = triggers.get(statement.id), triggers.get(act.id)
            if said is None or done is None or not separate_act(said, done, conjuncts, relatives, relative_sayings):
                return True
            if toned and act.cameo_code in _CONJUNCT_TONES and (_conjoined(said, done) or _conjoined(done, said)):
                return True
        return False

    return [e for e in events if not (e.cameo_code == "010" and e.rule_id.startswith("S-") and shadowed(e))
            and not (e.rule_id.startswith(_WARNING) and e.cameo_code == "012"
                     and any((speaker(a) == speaker(e) or a.cue_start == e.cue_start) and a.cameo_root == "13"
                             for a in acts))]
    # (the same cue: "Russia warned that its forces may strike": the warning is the threat its forces' act makes,
    # whose source is the forces; session 38 lead)


def separate_act(said: Token, done: Token, conjuncts: bool = False, relatives: bool = False,
                 relative_sayings: bool = False) -> bool:
    """Whether the act at `done` is one of its own beside the saying at `said`, not the act the saying
    makes: the two verbs are coordinated ("said ... and called on"), or the act is a past one the
    statement reports ("said she had asked", "said he pressed them"); with `conjuncts`, also an act inside a
    verb coordinated with the saying ("declined to affirm his support for X, and told the crowd ...": the
    support is under "declined", session 23)."""
    if said.i == done.i:
        return False
    if _conjoined(said, done) or _conjoined(done, said):
        return True
    if conjuncts and said not in done.ancestors and any(
            a.pos_ in ("VERB", "AUX") and (_conjoined(said, a) or _conjoined(a, said)) for a in done.ancestors):
        return True
    if conjuncts and said in done.ancestors and _under_conjunct(said, done):
        return True     # "said it needs no permit, and is going to ignore the order": the act is the second
        # verb's, coordinated with the saying, not what was said (session 29 stmt30)
    if _in_speaker_phrase(said, done):
        return True
    in_content = said in done.ancestors
    if relatives and not in_content and any(t.dep_ == "relcl" for t in [done, *done.ancestors]):
        return True     # "..., said X, who has been critical of Y": a description of someone (round27)
    if relative_sayings and not in_content and said.dep_ == "relcl" and said not in done.ancestors:
        return True     # "was condemned by the ministry, which said ...": the saying told of the doer (round44)
    return in_content and _reported_past(done)


def _under_conjunct(said: Token, done: Token) -> bool:
    """The path from `done` up to `said` enters `said` through a verb coordinated with it ("said ... and is going
    to ignore the demand": "going" is the conjunct, "ignore" below it)."""
    tok = done
    while tok.head.i != tok.i and tok.head.i != said.i:
        tok = tok.head
    return tok.head.i == said.i and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")


def _in_speaker_phrase(said: Token, done: Token) -> bool:
    """The act is told inside the phrase that names the speaker ("said Tom Wells, a party chair who is supporting
    Ellen Park": the support is no act the saying makes; session 25), not in what was said."""
    tok = done
    while tok.head.i != tok.i:
        if tok.head.i == said.i:
            return tok.dep_ in ("nsubj", "nsubjpass") and tok.i != done.i
        tok = tok.head
    return False


def _conjoined(first: Token, second: Token) -> bool:
    """`second` hangs on `first` through a chain of conjuncts (first -> conj -> ... -> second)."""
    tok = second
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def _reported_past(verb: Token) -> bool:
    """A past act told by the statement: a simple past or a perfect ("pressed", "had urged"), not the
    present, a modal or a future the saying performs ("must go", "will not accept")."""
    auxes = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    if auxes & _PERFORMING_AUX:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"had", "has", "have"})) \
        or (verb.tag_ == "VBG" and bool(auxes & {"was", "were"}))     # "said she was begging" (session 21)


_CONJUNCT_TONES = word_list("patterns", "CONJUNCT_TONE_CODES")
_PERFORMING_AUX = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "wo", "'ll"})
# a warning (S-warn, 012) that names an act of the speaker's own is a threat, coded by the verb patterns
# ("warned Israel against a ground offensive": V13-warn, 130); the pessimistic comment then says no more
_WARNING = "S-warn"
