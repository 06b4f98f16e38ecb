"""The seat of an international body used for the body (round44, session 42 act46): "Brussels said it would
suspend visa-free travel", "Georgia's prime minister accused Brussels of blackmail". News text uses Brussels for
the European Union as it uses Washington for the US government, but metonyms.csv holds a state's seats only, and
Brussels as Belgium's capital is wrong for these acts (the target was coded BEL, the doer nothing). A seat of the
kb word list IGO_SEATS ("brussels:igo-eu:BEL") standing as an actor (actor_positions.actor_position, as a
capital is read) is that body, unless the text names the host state or its people: in a story about Belgium,
"Brussels" may be the Belgian government or the city's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.datafile import word_list
from newsgraph.actors.actor_positions import LOCATIVE, actor_position

if TYPE_CHECKING:
    from newsgraph.actors.document import DocView
    from newsgraph.actors.entities import EntityTable

# seat -> (the id of its body in igos.csv, the ISO3 code of the state it lies in)
IGO_SEATS = {seat: (org_id, host) for seat, org_id, host in (w.split(":") for w in word_list("kb", "IGO_SEATS"))}


def bind_igo_seats(view: DocView, table: EntityTable) -> None:
    """Bind each seat of IGO_SEATS used as an actor to its body's entity, in a text that names no host state."""
    kb = view.kb
    for t in view.toks:
        seat = IGO_SEATS.get(t.lower_)
        if seat is None or not t.text[:1].isupper() or view.dateline[t.i] or view.quote[t.i]:
            continue
        if any(m.kind in ("C", "D") and m.key == seat[1] for m in view.kbm):
            continue            # "Belgium", "Belgian": Brussels may be the host state's government or the city
        host = kb.orgs[seat[0]]
        if not actor_position(t, LOCATIVE):
            continue
        ent = table.ent(f"O:{host.id}", name=host.name, kind="ORG", country=host.code[:3], sector=host.code[3:] or None)
        old = next((m for m in table.ments if m.start <= t.i < m.end), None)
        if old is not None:
            if old.end - old.start != 1:
                continue
            old.ents = [ent]
        else:
            table.add(t.i, t.i + 1, t.i, "name", "ORG", [ent])

