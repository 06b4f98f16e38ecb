"""The stage contract: stages declare what they require and provide; the pipeline checks the order
when it is built; the registry refuses a name twice; options reach their stage through the pipeline."""
from __future__ import annotations

import pytest

from newsgraph.events.coder import CoderOptions
from newsgraph.pipeline import DEFAULT_STAGES, Pipeline, PipelineError
from newsgraph.products import PRODUCTS, ActorIndex, QuoteCues
from newsgraph.registry import Registry, RegistryError, stages


def test_requirement_nobody_provides_fails_at_construction():
    with pytest.raises(PipelineError) as err:
        Pipeline(stage_names=("quotes",))
    msg = str(err.value)
    assert "'quotes'" in msg and "'actor_index'" in msg and "'actors'" in msg   # stage, need, provider


def test_requirement_provided_later_is_still_missing():
    with pytest.raises(PipelineError, match=r"stage 'events' requires .*'times'"):
        Pipeline(stage_names=("geo", "actors", "quotes", "events", "time"))


def test_registering_a_name_twice_fails():
    with pytest.raises(RegistryError, match="'actors' is already registered"):
        stages.register("actors", provides=("actors",))(lambda doc, analysis: None)
    suites = Registry("eval suite")
    suites.register("x/y")(lambda *a: None)
    with pytest.raises(RegistryError, match="already registered"):
        suites.register("x/y")(lambda *a: None)


def test_unknown_product_is_refused_when_declared():
    with pytest.raises(RegistryError, match="unknown product"):
        stages.register("test_bad_contract", requires=("actor_by_token",))


def test_default_stages_declare_known_products_and_build():
    pipe = Pipeline()
    assert pipe.stage_names == list(DEFAULT_STAGES)
    provided = set()
    for spec in pipe.specs:
        assert set(spec.requires) <= provided, spec.name
        assert spec.provides and set(spec.provides) <= set(PRODUCTS)
        provided |= set(spec.provides)


def test_typed_handoffs_are_set(pipeline):
    analysis = pipeline.analyse(_article('“We will help,” Mr. Putin told Mr. Kim in Pyongyang on Wednesday.'))
    assert isinstance(analysis.context.actor_index, ActorIndex) and analysis.context.actor_index.by_token
    assert isinstance(analysis.context.quote_cues, QuoteCues) and analysis.context.quote_cues.cue_start
    assert analysis.context.main_place is not None and analysis.context.main_place.resolved_name == "Pyongyang"


def test_options_reach_their_stage_through_the_pipeline():
    text = "Japan pledged to send food to Pakistan."
    default = Pipeline().analyse(_article(text))
    older = Pipeline(options={"events": CoderOptions(since=frozenset({"base", "tuned"}))}).analyse(_article(text))
    assert {e.cameo_code for e in default.events} != {e.cameo_code for e in older.events}
    assert "0333" in {e.cameo_code for e in default.events}


def test_bad_options_fail_at_construction():
    with pytest.raises(PipelineError, match="not in this pipeline"):
        Pipeline(stage_names=("geo", "actors"), options={"events": CoderOptions()})
    with pytest.raises(PipelineError, match="takes CoderOptions"):
        Pipeline(options={"events": {"since": "base"}})
    with pytest.raises(PipelineError, match="takes no options"):
        Pipeline(options={"actors": CoderOptions()})


def _article(text: str):
    from newsgraph.records import Article

    return Article(id=Article.make_id(text, None), text=text, published=None)


def test_architecture_doc_lists_every_stage_contract():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    Pipeline()          # imports the stage modules
    for name in DEFAULT_STAGES:
        spec = stages.get(name)
        row = f"| {name} | "
        line = next((ln for ln in doc.splitlines() if ln.startswith(row)), None)
        assert line is not None, name
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert cells[2] == (", ".join(spec.requires) or "–") and cells[3] == ", ".join(spec.provides), name
        assert cells[4] == (spec.options.__name__ if spec.options else "–"), name
