"""The real-news scorer on hand-made predictions: multiset matching per sentence, triples, bands."""
from __future__ import annotations

from newsgraph.eval.realnews import GoldSentence, SentenceResult, breakdown_table, score_actors, score_events
from newsgraph.records import Actor, Analysis, Article, Event

MODS = frozenset({"asserted", "reported"})


def _setup():
    an = Analysis(article=Article(id="a", text="x"))
    ken = Actor(id="k", name="police", country="KEN", sector="COP")
    pro = Actor(id="p", name="protesters", country=None, sector="OPP")
    an.actors += [ken, pro]

    def ev(code, conf, src="k", tgt="p", modality="asserted"):
        return Event(id=code + str(conf), article_id="a", sentence=0, evidence_start=0, evidence_end=1,
                     cameo_code=code, cameo_root=code[:2], rule_id="t", source_actor_id=src,
                     target_actor_id=tgt, confidence=conf, modality=modality)

    gold = GoldSentence("d", "dev", {"sha1": "0" * 16, "len": 1}, 1, [
        {"code": "173", "modality": "asserted", "source_country": "KEN", "target_country": "KEN"},
        {"code": "010", "modality": "asserted", "source_country": "KEN", "target_country": None},
        {"code": "190", "modality": "planned", "source_country": None, "target_country": None},
    ])
    res = SentenceResult(gold, (0, 1), predicted=[ev("173", 0.9), ev("145", 0.6), ev("010", 0.8, tgt=None)],
                         analysis=an)
    return res


def test_root_and_triple_scores():
    s = score_events([_setup()], MODS)
    # roots: gold {17, 01} (the planned 19 is not counted), predicted {17, 14, 01}
    assert s["root"][0] == 2 / 3 and s["root"][1] == 1.0
    # triples: 17/KEN/KEN vs predicted 17/KEN/--- (protesters have no country): miss; 01/KEN/--- matches
    assert s["triple"][0] == 1 / 3 and s["triple"][1] == 1 / 2
    # the predicted 14 is a false event beside gold events; nothing was missed, no one-to-one confusion
    assert s["root_errors"]["false_beside_gold_events"] == 1 and s["root_errors"]["confusions"] == {}
    assert s["root_errors"]["missed_in_uncoded_sentence"] == s["root_errors"]["missed_beside_other_roots"] == 0
    bands = s["precision_by_confidence"]
    assert bands["0.85-1.00"] == {"n": 1, "precision": 1.0} and bands["0.50-0.70"] == {"n": 1, "precision": 0.0}


def test_actor_country_accuracy():
    s = score_actors([_setup()], MODS)
    # matched: 173 (source KEN ok, target KEN wrong), 010 (source KEN ok; target unknown in gold)
    assert s["slots"] == {"source": 2, "target": 1} and s["accuracy"] == 2 / 3
    assert s["invented"] == 0.0 and s["both_sides"] == 0.0
    # the one wrong slot: the target is an actor (protesters) with no country
    assert s["misses_by_kind"] == {"source": {}, "target": {"no_country": 1}}


def test_by_family_matches_within_a_family_and_breakdown_prints_it():
    """A family is matched per sentence like a root: a predicted 19 finds a gold 18 (the right family),
    though it is a miss for both roots; cooperation pools 03-06."""
    an = Analysis(article=Article(id="a", text="x"))

    def ev(code):
        return Event(id=code, article_id="a", sentence=0, evidence_start=0, evidence_end=1, cameo_code=code,
                     cameo_root=code[:2], rule_id="t", confidence=0.9, modality="asserted")

    gold = GoldSentence("d", "dev", {"sha1": "0" * 16, "len": 1}, 1, [
        {"code": "180", "modality": "asserted"}, {"code": "173", "modality": "asserted"},
        {"code": "036", "modality": "asserted"}, {"code": "141", "modality": "asserted"}])
    res = SentenceResult(gold, (0, 1), predicted=[ev("193"), ev("042"), ev("051"), ev("173")], analysis=an)
    s = score_events([res], MODS)
    fam = s["by_family"]
    assert fam["violence 18-20"] == {"gold": 1, "predicted": 1, "tp": 1, "precision": 1.0, "recall": 1.0}
    assert s["by_root"]["18"]["recall"] == 0.0 and s["by_root"]["19"]["precision"] == 0.0
    assert fam["cooperation 03-06"] == {"gold": 1, "predicted": 2, "tp": 1, "precision": 0.5, "recall": 1.0}
    assert fam["protest 14"]["recall"] == 0.0 and fam["protest 14"]["precision"] is None
    assert fam["coerce/arrest 17"]["tp"] == 1
    table = breakdown_table(s["by_root"], fam).splitlines()
    assert table[0] == "by family:" and "by root:" in table
    row = next(x for x in table if x.strip().startswith("violence 18-20"))
    assert row.split()[-5:] == ["1", "1", "1", "1.000", "1.000"]
    row = next(x for x in table if x.strip().startswith("protest 14"))
    assert row.split()[-2:] == ["-", "0.000"]


def test_both_sides_acts_leaves_statements_out():
    """`both_sides_acts` counts the events outside root 01: a statement without an addressee has one side
    by nature, so it must not weigh on the share of acts between two placed actors."""
    res = _setup()
    both = Event(id="b", article_id="a", sentence=0, evidence_start=0, evidence_end=1, cameo_code="042",
                 cameo_root="04", rule_id="t", source_actor_id="k", target_actor_id="k", confidence=0.7)
    res.predicted.append(both)
    s = score_actors([res], MODS)
    # four events: 173 and 145 (protesters unplaced), 010 (no target), 042 (both KEN)
    assert s["both_sides_all"] == 1 / 4
    assert s["both_sides_acts"] == 1 / 3


def test_misses_of_the_test_half_are_withheld():
    from newsgraph.eval.realnews import _reportable_misses
    misses = [{"sentence": "a made-up sentence", "gold": ["010"], "predicted": []}]
    assert _reportable_misses(misses, {"part": "dev"}) == (misses, {})
    for part in ("test", "all"):
        shown, note = _reportable_misses(misses, {"part": part})
        assert shown == [] and note["misses_withheld"].startswith(f"1 misses of part={part}")
