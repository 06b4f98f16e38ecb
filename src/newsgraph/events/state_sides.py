"""Which sides of an event are a state: is an actor the state itself or one of its agents, and are two sides one
state's. Asked by the conventions (a state reporting its own arrests), the coder (no threat to one's own state) and
the answers (a state does not answer its own act); kept here once so that they answer alike.

Two readings of "one state", kept apart on purpose: they do not count the same sides as the state.
  * one_state_codes reads two CAMEO codes ("USA", "USAGOV"), all the answers keep of an earlier act's maker, and
    counts the state's police, courts, army and intelligence as the state (STATE_AGENT_SECTORS), either way round;
  * speaks_for_own_state reads two actors (kind and sector), as the coder has them, and asks something narrower and
    one-way: is the target the state as a whole (the country or its government, never a person) and the source
    of it with no other sector.
"""
from __future__ import annotations

STATE_AGENT_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})   # a state's own agents


def is_state_body(actor) -> bool:
    """The actor is a country itself or one of its state agents (STATE_AGENT_SECTORS: government, police, courts,
    army, intelligence)."""
    return actor.kind == "COUNTRY" or (actor.sector or "") in STATE_AGENT_SECTORS


def one_state_codes(answerer: str | None, maker: str | None) -> bool:
    """The two codes are one state's ("USA" and "USAGOV", or "RUSGOV" twice): a state does not answer its own act
    (convention answers-other-side, round33: "The United States opposes the plan ... Biden did not support the
    step" answers the plan's makers, not the United States). Two sectors of one country stay two sides (the
    government answering the opposition); two international bodies are one only with one code."""
    if not answerer or not maker:
        return False
    if answerer == maker:
        return True
    if answerer[:3] != maker[:3] or answerer[:3] == "IGO":
        return False
    short, long_ = sorted((answerer, maker), key=len)
    return len(short) == 3 and long_[3:6] in STATE_AGENT_SECTORS


def speaks_for_own_state(source, target) -> bool:
    """The target stands for the source's own state as a whole -- the country itself or its government, not a
    person ("Moscow", "Russia") -- and the source speaks for that state or no sector ("Russia's mission", "Putin");
    a government and its army or opposition, or two people, stay two sides (convention own-state-threats,
    round35)."""
    if not source.country or source.country != target.country:
        return False
    whole = target.kind == "COUNTRY" or (target.kind != "PERSON" and target.sector == "GOV")
    return whole and (source.kind == "COUNTRY" or source.sector in (None, "GOV"))
