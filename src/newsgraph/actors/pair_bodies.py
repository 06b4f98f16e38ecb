"""A state body named without its state, in a story about a pair of other states filed from a third: "BRUSSELS -
Russia and Ukraine traded accusations over the shelling of the nuclear plant. The Defence Ministry said its air
defences had shot down 30 drones", "ISTANBUL - Russian and Ukrainian negotiators met ... The Defence Ministry said 75
soldiers would be released". The ministry is one of the pair's, and a careful reader could not tell whose; the
dateline's Belgium or Turkey, which the text names nowhere, is a guess, and a wrong country on a side is worse than
none (it puts a false event in a dyad filter). So such a body takes no country from the dateline or the story.

The body is a mention whose head is a state body's noun (kb STATE_BODY_NOUNS: ministry, department, agency ...),
reached here only when nothing placed it (no owner, "Russia's", "Ukrainian", of-phrase or coreference); its sentence
or the one before names two states or more (by a place, a country's name or an actor the text placed, each state of
"Russian and Ukrainian negotiators"), and the dateline's state is named nowhere in the text. "KYIV - Russia launched
drones ... The Defence Ministry said" keeps Ukraine (the dateline's state is named), "NAIROBI - Ethiopia and Somalia
agreed to talks. The Foreign Ministry said Kenya had offered to host them" keeps Kenya (round48, issue 12, act50).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.document import DocView
from newsgraph.actors.entities import EntityTable, Ment
from newsgraph.actors.phrases import noun_lemma
from newsgraph.actors.reporting_voices import sentence_states

STATE_BODY_NOUNS = word_list("kb", "STATE_BODY_NOUNS")    # ministry, department, agency ...


def body_of_a_foreign_pair(view: DocView, table: EntityTable, named: list[Ment], dateline: str | None,
                           sent_countries: dict[int, dict[str, bool]]) -> bool:
    """Is every mention a state body's noun in a sentence that names, or follows one that names, two states or more,
    in a story whose dateline's state the text names nowhere?"""
    if not named or not dateline:
        return False
    if not all(noun_lemma(view.doc[m.head]) in STATE_BODY_NOUNS for m in named):
        return False
    own = {dateline} | {t for t, s in view.kb.sovereign.items() if s == dateline}
    sents = {m.sent for m in table.ments} | set(sent_countries)
    if any(own & sentence_states(table, s, sent_countries.get(s, {})) for s in sents):
        return False
    if own & set(view.context_countries):
        return False
    for m in named:
        near = set()
        for s in (m.sent - 1, m.sent):
            near |= sentence_states(table, s, sent_countries.get(s, {}))
        if len(near) < 2:
            return False
    return True
