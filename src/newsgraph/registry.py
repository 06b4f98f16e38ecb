"""Registries: analysis stages and evaluation suites are looked up by name.

A stage is a function `(doc, analysis) -> None` -- or `(doc, analysis, options)` when it declares an
options dataclass -- that adds its own records to the `Analysis` and never touches the store. It
declares what it needs and what it provides, the way spaCy's `@Language.factory(requires=...,
assigns=...)` does:

    @stages.register("events", requires=("actor_index", "quotes", "times", "places", "main_place"),
                     provides=("events",), options=CoderOptions)
    def events_stage(doc, analysis, options: CoderOptions) -> None: ...

The names in `requires`/`provides` are the products listed in `newsgraph.products.PRODUCTS`: the
record lists of `Analysis` (actors, mentions, times, places, quotes, events) and the typed hand-offs
in `analysis.context` (actor_index, quote_cues, main_place). `newsgraph.pipeline.Pipeline` checks at
construction that every requirement is provided by an earlier stage. Registering a name twice is an
error, not a silent overwrite.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from newsgraph.products import PRODUCTS


class RegistryError(ValueError):
    """A name registered twice, an unknown name, or a stage declaring an unknown product."""


class Registry:
    """Name -> object, with a clear error on unknown or repeated names."""

    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, Any] = {}

    def _add(self, name: str, obj: Any) -> None:
        if name in self._items:
            raise RegistryError(f"{self.kind} {name!r} is already registered "
                                f"(by {_where(self._items[name])}); pick another name")
        self._items[name] = obj

    def register(self, name: str) -> Callable[[Any], Any]:
        def deco(obj: Any) -> Any:
            self._add(name, obj)
            return obj
        return deco

    def get(self, name: str) -> Any:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise RegistryError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items


def _where(obj: Any) -> str:
    func = getattr(obj, "func", obj)
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', '?')}"


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its function and its declared contract."""

    name: str
    func: Callable[..., None]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    options: type | None = None        # dataclass of the stage's options; None = takes none


class StageRegistry(Registry):
    def register(self, name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...] = (),
                 options: type | None = None) -> Callable[[Any], Any]:  # type: ignore[override]
        unknown = [p for p in (*requires, *provides) if p not in PRODUCTS]
        if unknown:
            raise RegistryError(f"stage {name!r} declares unknown product(s) {', '.join(unknown)} "
                                f"(known: {', '.join(PRODUCTS)})")

        def deco(func: Callable[..., None]) -> Callable[..., None]:
            self._add(name, StageSpec(name, func, tuple(requires), tuple(provides), options))
            return func
        return deco

    def get(self, name: str) -> StageSpec:
        return super().get(name)


stages = StageRegistry("stage")
eval_suites = Registry("eval suite")
