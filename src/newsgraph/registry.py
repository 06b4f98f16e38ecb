"""Registries: analysis stages and evaluation suites are looked up by name.

A stage is a callable `(doc, analysis) -> None` that appends its own records to the
`Analysis`. It never touches the store. Register it with `@stages.register("name")`;
the pipeline runs the names listed in `newsgraph.pipeline.DEFAULT_STAGES`, in order.
"""
from __future__ import annotations

from typing import Any, Callable


class Registry:
    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, Any] = {}

    def register(self, name: str) -> Callable[[Any], Any]:
        def deco(obj: Any) -> Any:
            self._items[name] = obj
            return obj
        return deco

    def get(self, name: str) -> Any:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items


stages = Registry("stage")
eval_suites = Registry("eval suite")
