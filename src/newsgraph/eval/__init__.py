"""Evaluation harness: score newsgraph against the public gold sets in ../shared/eval.

A suite is registered under "TASK/SUITE" (e.g. "events/petrarch2-gsr") as a function
`(data_dir: Path, options: dict) -> EvalResult`. `newsgraph eval TASK --suite SUITE`
looks it up; each task has a default suite. Gold data are read at run time, never copied.
"""
from __future__ import annotations

import importlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.registry import eval_suites

# Modules defining suites (imported on demand so `newsgraph eval` stays light).
_SUITE_MODULES = (
    "newsgraph.eval.events",
    "newsgraph.eval.actors",
    "newsgraph.eval.quotes",
    "newsgraph.eval.time",
    "newsgraph.eval.geo",
    "newsgraph.eval.extraction",
    "newsgraph.eval.datelines",
    "newsgraph.eval.realnews",
    "newsgraph.eval.near_duplicates",
    "newsgraph.eval.ngec",
)

# The suite run when only the task is named.
DEFAULT_SUITE = {
    "events": "petrarch2-gsr",
    "actors": "petrarch2-gsr",
    "quotes": "ggt",
    "time": "tempeval3",
    "geo": "lgl",
    "extraction": "zyte",
}


@dataclass
class EvalResult:
    """A suite's figures. `precision`/`recall`/`f1` are the JSON fields other code reads; a suite whose
    measure is not P/R/F1 (accuracies, distances) names what it reports in `headline` (label -> value),
    which the text report shows instead of those three."""

    suite: str
    n: int
    precision: float
    recall: float
    f1: float
    extra: dict[str, Any] = field(default_factory=dict)   # suite-specific figures
    misses: list[dict[str, Any]] = field(default_factory=list)
    headline: dict[str, float | None] | None = None        # None: precision, recall, F1

    def to_json(self) -> dict[str, Any]:
        d = {"suite": self.suite, "n": self.n, "precision": self.precision,
             "recall": self.recall, "f1": self.f1}
        d.update(self.extra)
        if self.headline is not None:
            d["headline"] = dict(self.headline)
        d["misses"] = self.misses
        return d

    def headline_figures(self) -> dict[str, float | None]:
        """What the text report leads with."""
        if self.headline is not None:
            return dict(self.headline)
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def default_data_dir() -> Path:
    """../shared/eval relative to the working directory or the repository, or $NEWSGRAPH_EVAL_DATA."""
    from newsgraph.settings import get_settings

    configured = get_settings().eval_data
    if configured:
        return Path(configured)
    candidates = [Path.cwd() / ".." / "shared" / "eval",
                  Path(__file__).resolve().parents[3] / ".." / "shared" / "eval"]
    for c in candidates:
        if c.is_dir():
            return c.resolve()
    return candidates[0]


def _load_suites() -> None:
    for mod in _SUITE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:  # a task whose module is not written yet
            if exc.name != mod:
                raise


def available() -> list[str]:
    _load_suites()
    return eval_suites.names()


def run(task: str, suite: str | None = None, data_dir: Path | None = None,
        options: dict[str, Any] | None = None) -> EvalResult:
    _load_suites()
    suite = suite or DEFAULT_SUITE.get(task)
    if suite is None:
        raise KeyError(f"unknown eval task {task!r}")
    func = eval_suites.get(f"{task}/{suite}")
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    if not data_dir.is_dir():
        raise FileNotFoundError(f"evaluation data not found at {data_dir} (use --data DIR)")
    return func(data_dir, options or {})


def suites_by_task() -> dict[str, list[str]]:
    """Task -> its suites, the default suite first (for `newsgraph eval --help`)."""
    out: dict[str, list[str]] = {}
    for name in available():
        task, suite = name.split("/", 1)
        out.setdefault(task, []).append(suite)
    for task, suites in out.items():
        suites.sort(key=lambda s: (s != DEFAULT_SUITE.get(task), s))
    return out


def _figure(v: Any) -> str:
    if v is None:
        return "n/a"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def format_result(result: EvalResult, max_misses: int = 10) -> str:
    """Human-readable report: headline figures under their own names, suite extras, then a few misses."""
    head = result.headline_figures()
    width = max(9, *(len(k) for k in head), *(len(k) for k, v in result.extra.items()
                                               if isinstance(v, (float, int, str)) or v is None))
    lines = [f"{'suite':<{width}} {result.suite}", f"{'n':<{width}} {result.n}"]
    lines += [f"{k:<{width}} {_figure(v)}" for k, v in head.items()]
    for k, v in result.extra.items():
        if _spelled_out(k) in head:
            continue                      # already shown under its headline label
        if isinstance(v, (float, int, str)) or v is None:
            lines.append(f"{k:<{width}} {_figure(v)}")
        else:
            lines.append(f"{k:<{width}} {json.dumps(v, default=str)}")
    if result.misses:
        lines.append(f"misses ({len(result.misses)}, first {min(max_misses, len(result.misses))}):")
        for m in result.misses[:max_misses]:
            lines.append("  " + json.dumps(m, ensure_ascii=False, default=str))
    return "\n".join(lines)


def _spelled_out(key: str) -> str:
    """An extra's JSON key as a headline label: "strict_acc" -> "strict accuracy"."""
    words = ["accuracy" if w == "acc" else w for w in key.split("_")]
    return " ".join(words)


__all__ = ["EvalResult", "prf", "run", "available", "suites_by_task", "format_result", "default_data_dir", "asdict"]
