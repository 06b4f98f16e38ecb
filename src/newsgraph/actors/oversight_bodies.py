"""The sector of an organisation's name that names a body of the state (round39, round42).

"the National Water Commission", "the Roads Authority", "the Commission on Elections": a name that ends in a state
body's noun (STATE_BODY_HEADS), or begins with one followed by "on", "for" or "of", is a body of the state (GOV)
when nothing else in the name gives its sector (round39). An "Office of the ... Director" is one too: "Office
of" opens the names of state offices, not of firms (round42).

A word inside such a name may give a sector of its own, and for most it stays: a "Military Commission" is the
army's, a "Health Authority" works in health. But a body named after the people it oversees is not one of them
(round42): a provincial "Civilian Police Commission" is no civilian and no police force, nor is an office of a
police complaints director a police officer. CAMEO and the Phoenix agents code such state commissions, regulators and
inspectors as government (ANTI_GRAFT_COMMISSION, INVESTIGATIVE_COMMISSION, REGULATOR: ~GOV): the name of a
commission or an "Office of" whose inner word is a sector of private people or of the police (OVERSEEN_SECTORS) is
GOV. A department, bureau or directorate so named is the force itself ("the Tacoma Police Department": COP).
"""
from __future__ import annotations

from newsgraph.datafile import word_list
from newsgraph.actors.body_names import BODY_NAME_PREPS
from newsgraph.actors.phrases import noun_lemma

STATE_BODY_HEADS = word_list("kb", "STATE_BODY_HEADS")
# sectors of the people a state body watches over, which its name may hold ("Civilian", "Police", "Refugee")
OVERSEEN_SECTORS = {"CVL", "COP", "CRM", "REF"}
# the heads of the names of bodies that watch over others: a commission, an office of an overseer; not a
# department, bureau or directorate, which is the force itself ("the Tacoma Police Department" is the police)
OVERSIGHT_HEADS = {"commission", "office"}


def state_body_name(toks, root, doc, heads=STATE_BODY_HEADS) -> bool:
    """True when the name `toks` (with its head `root` in `doc`) is a state body's by its nouns (see the module):
    its last noun is one of `heads`, or its head is, followed by a preposition ("Office of", "Commission on")."""
    end = toks[-1].i + 1
    if noun_lemma(toks[-1]) in heads and noun_lemma(toks[-1]) != "office":
        return True
    if root.i < end - 1 and root.i + 1 < len(doc) and doc[root.i + 1].lower_ in BODY_NAME_PREPS:
        lemma = noun_lemma(root)
        return lemma in heads and lemma != "office" or lemma == "office" and doc[root.i + 1].lower_ == "of"
    return False


def body_name_sector(toks, root, doc, sector: str | None) -> str | None:
    """The sector of an organisation name the KB does not know, given the sector its words gave (`sector`)."""
    if sector is None and state_body_name(toks, root, doc):
        return "GOV"
    if sector in OVERSEEN_SECTORS and state_body_name(toks, root, doc, OVERSIGHT_HEADS):
        return "GOV"
    return sector
