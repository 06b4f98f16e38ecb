"""An act promised or announced to a state, told in the that-clause of what was said to it.

"Blinken assured Ukraine's president that Washington would keep sending air defence systems", "Putin told Xi that
Russia would supply more gas": the aid, meeting or cooperation in the clause names no side it is for, but the
state the speaker told or assured is the one it is meant for. An act of cooperation (roots 03-08) with no target,
in the complement clause of a statement whose addressee is a state (the country or one of its bodies) of another
country than the act's doer, is aimed at that addressee (convention `addressed-acts`, session 38 tgt42). Told to
reporters, a crowd or a person of no state, the act keeps no target.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.document import STATE_SECTORS     # a state's own bodies
from newsgraph.datafile import word_list
from newsgraph.events.build import aimed_at
from newsgraph.records import Analysis, Event

# the roots of acts of cooperation a speaker promises or announces to a side (intent 03 to material aid 07 and
# yielding 08)
COOPERATION_ROOTS = frozenset(word_list("patterns", "ADDRESSED_COOPERATION_ROOTS"))
_CLAUSE_CHAIN = ("xcomp", "aux", "conj")      # "would keep sending": up from the act to its clause's head


def _clause_verb(tok: Token) -> Token | None:
    """The statement verb whose complement clause holds `tok` ("assured ... that Washington would keep sending":
    assured), or None."""
    t = tok
    for _ in range(4):
        if t.dep_ == "ccomp":
            return t.head
        if t.dep_ not in _CLAUSE_CHAIN or t.head.i == t.i:
            return None
        t = t.head
    return None


def addressed_acts(events: list[Event], trigger_of: dict[str, Token], analysis: Analysis) -> list[Event]:
    """Aim each target-less act of cooperation told in a that-clause at the state the statement was addressed to (see
    the module's docstring)."""
    statements = {trigger_of[s.id].i: s for s in events if s.cameo_code[:2] == "01" and s.target_actor_id
                  and trigger_of.get(s.id) is not None}
    out: list[Event] = []
    for e in events:
        tok = trigger_of.get(e.id)
        verb = _clause_verb(tok) if tok is not None and e.cameo_code[:2] in COOPERATION_ROOTS \
            and not e.target_actor_id and not e.target_code else None
        said = statements.get(verb.i) if verb is not None else None
        addressee = analysis.actor(said.target_actor_id) if said is not None else None
        doer = analysis.actor(e.source_actor_id)
        if addressee is None or doer is None or not addressee.country or addressee.country == doer.country \
                or not (addressee.kind == "COUNTRY" or addressee.sector in STATE_SECTORS):
            out.append(e)
            continue
        out.append(aimed_at(e, (said.target_actor_id, said.target_code, said.target_text, said.target_start),
                            f"{e.rule_id}+addressee"))
        trigger_of[out[-1].id] = tok
    return out
