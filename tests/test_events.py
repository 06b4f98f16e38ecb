"""Event coding: ontology and pattern files, the coder over real parses, modality, attribution,
date/place, and the evaluation suites' scoring."""
from __future__ import annotations

import json

import pytest

import newsgraph
from newsgraph.events import ontology, patterns
from newsgraph.datafile import DataFileError, package_data, read_table


def _events(text: str, published: str | None = "2024-06-19"):
    return newsgraph.analyse(text, published=published).events


def _has(events, root=None, src=None, tgt=None, modality=None, code=None):
    return [e for e in events
            if (root is None or e.cameo_root == root) and (code is None or e.cameo_code == code)
            and (src is None or (e.source_code or "").startswith(src))
            and (tgt is None or (e.target_code or "").startswith(tgt))
            and (modality is None or e.modality == modality)]


# ------------------------------------------------------------------ data files

def test_ontology_tables():
    c = ontology.lookup("057")
    assert (c.root, c.quad_class, c.goldstein, c.plover_type) == ("05", 1, 8.0, "SUPPORT")
    assert ontology.lookup("0841").plover_mode == "release"
    assert ontology.lookup("190").quad_class == 4
    assert {code[:2] for code in ontology.cameo_table()} == {f"{i:02d}" for i in range(1, 21)}
    with pytest.raises(KeyError):
        ontology.lookup("999")


def test_patterns_cover_every_cameo_root_and_name_their_facts():
    pats = patterns.verb_patterns() + patterns.noun_patterns()
    assert {p.cameo[:2] for p in pats} == {f"{i:02d}" for i in range(1, 21)}
    assert all(p.id and p.example and ontology.is_code(p.cameo) for p in pats)
    assert len({p.id for p in pats}) == len(pats)
    assert {p.since for p in pats} <= {"base", "tuned", "round2", "round3", "round4", "round6", "round7", "round8", "round11",
                                       "round12", "round13", "round14", "round15", "round16", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32", "round33", "round34", "round35", "round36", "round37", "round38", "round39", "round40", "round41", "round42", "round43", "round44", "round45", "round46", "round47", "round48", "round49", "round50", "round51", "round52"}


def test_bad_pattern_entry_names_file_and_line(tmp_path):
    good = package_data("patterns", "verbs.csv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(good) if line.startswith("id,"))
    bad = good[: header + 2] + ["V99-bad,sign,,,999,SUPPORT,,,,no,0.5,base,An example."]
    path = tmp_path / "verbs.csv"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        patterns.load_patterns("verb", path)
    assert f"verbs.csv:{header + 3}" in str(err.value) and "999" in str(err.value)


def test_csv_row_width_error_names_line(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("# comment\nid,name\na,1\nb,2,3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.csv:4"):
        read_table(f, ("name",))


# ------------------------------------------------------------------ the seed article

def test_seed_visit_meeting_dated_and_placed(seed_analysis):
    evs = _has(seed_analysis.events, root="04", src="RUS", tgt="PRK", modality="asserted")
    assert evs, [(e.cameo_code, e.source_code, e.target_code) for e in seed_analysis.events]
    assert all(e.date == "2024-06-19" and e.date_precision == "day" for e in evs if e.sentence == 0)
    if any((p.resolved_name or p.name) == "Pyongyang" and p.lat is not None for p in seed_analysis.places):
        placed = [e for e in evs if e.place_name == "Pyongyang"]
        assert placed and placed[0].place_lat is not None and placed[0].date == "2024-06-19"


def test_seed_signed_document_both_directions(seed_analysis):
    signed = _has(seed_analysis.events, code="057")
    pairs = {(e.source_code[:3], e.target_code[:3]) for e in signed if e.source_code and e.target_code}
    assert {("RUS", "PRK"), ("PRK", "RUS")} <= pairs
    assert all(e.plover_type == "SUPPORT" and e.modality == "asserted" for e in signed)


def test_seed_closed_door_talks(seed_analysis):
    text = seed_analysis.article.text
    talks = [e for e in _has(seed_analysis.events, code="046")
             if "closed-door" in text[e.evidence_start:e.evidence_end]]
    assert {(e.source_code[:3], e.target_code[:3]) for e in talks} >= {("RUS", "PRK"), ("PRK", "RUS")}
    assert all(e.modality == "asserted" and e.plover_type == "CONSULT" for e in talks)
    # "They were expected to hold bilateral talks": the same kind of event, but only expected
    assert [e for e in _has(seed_analysis.events, code="046") if e.modality == "expected"]


def test_seed_praise_from_quoted_remarks(seed_analysis):
    praise = _has(seed_analysis.events, root="05", code="051")
    assert praise
    assert any(e.source_code.startswith("RUS") and (e.target_code or "").startswith("PRK") for e in praise)


def test_seed_feared_and_planned_are_not_asserted(seed_analysis, nlp):
    from newsgraph.events.modality import modality

    text = seed_analysis.article.text
    start = text.index("arms trade")
    assert not [e for e in seed_analysis.events if e.modality == "asserted"
                and e.cue_start is not None and start <= e.cue_start < start + len("arms trade")]
    doc = nlp(text)
    trade = next(t for t in doc if t.idx == text.index("trade", start))
    assert modality(trade)[0] == "feared"
    vietnam = _has(seed_analysis.events, tgt="VNM")
    assert vietnam and all(e.modality == "planned" for e in vietnam)
    assert vietnam[0].attribution and "state media" in vietnam[0].attribution


# ------------------------------------------------------------------ structures

def test_passive_voice_source_is_the_agent():
    evs = _events("Israel was attacked by Iran on Saturday.")
    assert _has(evs, root="19", src="IRN", tgt="ISR", modality="asserted")
    assert not _has(evs, src="ISR", tgt="IRN")


def test_passive_welcome_and_its_converse_visit():
    evs = _events("The Ukrainian president was welcomed by Turkey on Friday.")
    assert _has(evs, code="043", src="TUR", tgt="UKR")      # hosting ...
    assert _has(evs, code="042", src="UKR", tgt="TUR")      # ... implies the visit


def test_embedded_actions_take_the_governing_verbs_modality():
    evs = _events("Qatar demanded that Israel release the hostages.")
    assert _has(evs, root="10", src="QAT", tgt="ISR", modality="asserted")
    assert all(e.modality == "hypothetical" for e in _has(evs, root="08"))
    evs = _events("Iran threatened to attack Israel.")
    assert _has(evs, root="13", src="IRN", tgt="ISR", modality="asserted")
    attack = _has(evs, root="19", src="IRN", tgt="ISR")
    assert attack and attack[0].modality == "hypothetical"


def test_coordinated_subjects_each_get_an_event():
    evs = _events("South Korea and Japan condemned North Korea on Monday.")
    assert _has(evs, code="111", src="KOR", tgt="PRK")
    assert _has(evs, code="111", src="JPN", tgt="PRK")


def test_negation_and_refusal():
    evs = _events("Germany did not sign the agreement with France.")
    signed = _has(evs, code="057")
    assert signed and all(e.modality == "negated" for e in signed)
    evs = _events("Britain said it would not provide aid to Argentina.")
    assert _has(evs, root="07", src="GBR", tgt="ARG", modality="negated")
    # refusing to cooperate is itself an event (CAMEO 12 REJECT), and it happened
    assert _has(evs, root="12", src="GBR", tgt="ARG", modality="asserted")


def test_nominal_events():
    evs = _events("Talks between India and China resumed on Monday.")
    assert _has(evs, code="046", src="IND", tgt="CHN") and _has(evs, code="046", src="CHN", tgt="IND")
    evs = _events("The French president held talks with Germany on Tuesday.")
    assert _has(evs, code="046", src="FRA", tgt="DEU")


def test_no_pattern_no_event():
    assert _events("India and China have large populations and long histories.") == []
    assert _events("Russia is the largest country in the world.") == []


@pytest.mark.parametrize("text,mood", [
    ("Iran will send drones to Russia.", "planned"),
    ("France may impose sanctions on Iran.", "hypothetical"),
    ("The foreign ministers of Japan and Canada are expected to meet in Geneva.", "expected"),
    ("Turkey is scheduled to host Ukraine next week.", "planned"),
    ("Japan imposed sanctions on Russia.", "asserted"),
])
def test_modality(text, mood):
    evs = _events(text)
    assert evs and {e.modality for e in evs} == {mood}, [(e.cameo_code, e.modality) for e in evs]


def test_attribution():
    evs = _events("Israel attacked Hamas positions in Gaza, the Lebanese army said.")
    attack = _has(evs, root="19")
    assert attack and all(e.attribution == "the Lebanese army" for e in attack)
    # the attribution is itself a statement by the army (CAMEO 010), which carries no attribution
    assert [e.attribution for e in _has(evs, code="010", src="LBN")] == [None]
    evs = _events("Russia shelled Kharkiv overnight, according to Ukrainian officials.")
    assert evs and evs[0].attribution == "Ukrainian officials"


def test_no_usable_date_is_unknown_not_today():
    evs = _events("Egypt condemned Israel.", published=None)
    assert evs and all(e.date is None and e.date_precision == "unknown" for e in evs)
    evs = _events("Egypt condemned Israel.", published="2020-03-05")
    assert evs[0].date == "2020-03-05" and evs[0].date_precision == "day"


def test_event_ids_are_stable():
    a = _events("Egypt condemned Israel on Friday.")
    b = _events("Egypt condemned Israel on Friday.")
    assert [e.id for e in a] == [e.id for e in b] and a[0].rule_id.startswith("V11")


# ------------------------------------------------------------------ evaluation

def test_triple_scoring_is_a_multiset_match():
    from newsgraph.eval.events import score_triples

    gold = [("ISR", "PSE", "19"), ("ISR", "PSE", "19"), ("USA", "RUS", "04")]
    pred = [("ISR", "PSE", "19"), ("USA", "RUS", "04"), ("USA", "RUS", "04")]
    tp, missed, spurious = score_triples(gold, pred)
    assert tp == 2 and list(missed.elements()) == [("ISR", "PSE", "19")]
    assert list(spurious.elements()) == [("USA", "RUS", "04")]


def test_petrarch_suite_on_a_small_gold_file(tmp_path):
    from newsgraph.eval import run

    (tmp_path / "petrarch2").mkdir()
    recs = [
        {"id": "a", "text": "Japan imposed sanctions on Russia.", "date": "2022-03-01", "status": "events",
         "expected": [{"source": "JPN", "target": "RUS", "code": "163"}]},
        {"id": "b", "text": "The weather was fine.", "date": "2022-03-01", "status": "noevents", "expected": []},
        {"id": "c", "text": "France may attack Spain.", "date": "2022-03-01", "status": "events",
         "expected": [{"source": "FRAGOV", "target": "ESP", "code": "190"}]},
    ]
    (tmp_path / "petrarch2" / "petrarch2_gsr_validation.jsonl").write_text(
        "\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    res = run("events", "petrarch2-gsr", tmp_path)
    assert res.n == 3 and res.extra["tp"] == 1 and res.extra["n_gold"] == 2
    assert res.precision == 1.0 and res.recall == 0.5          # the hypothetical attack is not counted
    assert [m["id"] for m in res.misses] == ["c"]


# ------------------------------------------------------------------ round 2 conventions (conventions.csv)

def _code_with(text: str, since):
    """Events of `text` coded with only the pattern rounds in `since` (None = all)."""
    from newsgraph.events.coder import CoderOptions, code_doc
    from newsgraph.pipeline import default_pipeline
    from newsgraph.records import Article

    pipe = default_pipeline()
    article = Article(id=Article.make_id(text, "conventions"), text=text, published=None, url=None)
    doc = pipe.nlp(text)
    return code_doc(doc, pipe.analyse_doc(doc, article), CoderOptions(since=since))


def test_intent_to_cooperate_replaces_the_intended_action():
    evs = _events("Japan pledged to send food to Pakistan.")
    assert _has(evs, code="0333", src="JPN", tgt="PAK", modality="asserted")
    assert not _has(evs, root="07") and not _has(evs, code="030")
    evs = _events("Norway announced that it would lift sanctions on Cuba.")
    assert _has(evs, code="0354", src="NOR", tgt="CUB", modality="asserted")
    assert not _has(evs, root="08")
    evs = _events("Brazil wants to help Bolivia.")
    assert _has(evs, code="033", src="BRA", tgt="BOL", modality="asserted")


def test_wanted_or_announced_violence_is_a_threat():
    evs = _events("Chile wants to attack Peru.")
    assert _has(evs, code="138", src="CHL", tgt="PER", modality="asserted") and not _has(evs, root="19")
    evs = _events("Turkey threatened to impose sanctions on Austria.")
    assert _has(evs, code="1312", src="TUR", tgt="AUT", modality="asserted")   # sub-coded by the action


def test_pledged_coercion_is_not_an_intent_to_cooperate():
    evs = _events("Hungary has pledged to expel the Syrian diplomats.")
    assert not _has(evs, root="03")
    assert _has(evs, root="16", src="HUN", tgt="SYR", modality="planned")


def test_refusal_is_not_an_intent():
    evs = _events("Canada said it would not send aid to Chile.")
    assert not _has(evs, root="03")
    assert _has(evs, root="12", src="CAN", tgt="CHL", modality="asserted")


def test_leading_claim_of_violence_is_a_statement_and_a_reported_attack():
    # gold convention C2 (convention neutral-claims, round 14): a neutral verb of saying accuses no one
    evs = _events("Kenya said that Somali militants attacked the town.")
    assert _has(evs, code="010", src="KEN", modality="asserted") and not _has(evs, code="112")
    assert not _has(evs, root="19", modality="asserted") and _has(evs, root="19", modality="reported")
    # an accusation word does accuse
    evs = _events("Kenya alleged that Somali militants attacked the town.")
    assert _has(evs, code="112", src="KEN", tgt="SOM", modality="asserted")
    # trailing attribution reports the attack itself
    evs = _events("Somali militants attacked a Kenyan town, Kenyan officials said.")
    assert _has(evs, root="19", src="SOM", tgt="KEN", modality="asserted") and not _has(evs, root="11")
    # claiming one's own attack is claiming responsibility (015) towards its target
    evs = _events("Iran claimed that it had attacked Israel.")
    assert _has(evs, code="015", src="IRN", tgt="ISR", modality="asserted")


def test_place_targets():
    evs = _events("Indian Prime Minister Narendra Modi attended a summit in Geneva.")
    assert _has(evs, root="04", src="IND", tgt="CHE")
    evs = _events("The Indian president attended a summit in Delhi.")
    assert not _has(evs, root="04", tgt="IND")          # a meeting at home is no visit abroad
    evs = _events("The Spanish government expressed sorrow for the floods in Pakistan.")
    assert _has(evs, code="018", src="ESP", tgt="PAK")
    evs = _events("Israeli soldiers killed three people in Hebron.")
    assert _has(evs, root="19", src="ISR", tgt="PSE")


def test_attack_means_and_non_agents():
    evs = _events("Two men were killed in a Turkish drone strike.")
    assert _has(evs, root="19", src="TUR", modality="asserted")
    text = "Ten people were killed by the Air India crash."
    assert _has(_code_with(text, frozenset({"base", "tuned"})), root="19", src="IND")   # the old reading
    assert not _has(_code_with(text, None), root="19")


def test_origin_of_fire_and_military_ordnance():
    evs = _events("A rocket was fired at Israel from Lebanon.")
    assert _has(evs, root="19", src="LBN", tgt="ISR", modality="asserted")
    text = "The bridge was blown up by a Russian missile."
    assert _has(_code_with(text, frozenset({"base", "tuned"})), code="183", src="RUS")
    assert _has(_code_with(text, None), code="190", src="RUS") and not _has(_code_with(text, None), root="18")


def test_violence_by_protesters_is_violent_protest():
    evs = _events("Polish rioters torched the German consulate.")
    assert _has(evs, code="145", src="POL", tgt="DEU") and not _has(evs, root="17")


def test_faced_criticism_runs_from_the_critic():
    evs = _events("The Hungarian minister faced criticism from Germany.")
    assert _has(evs, root="11", src="DEU", tgt="HUN") and not _has(evs, src="HUN", tgt="DEU")


def test_one_event_per_dyad_root_and_modality_in_a_sentence():
    evs = _events("Biden held talks with Xi at their meeting in Lima.")
    keys = [(e.source_code, e.target_code, e.cameo_root, e.modality) for e in evs]
    assert len(keys) == len(set(keys)) and ("USAGOV", "CHNGOV", "04", "asserted") in keys


def test_base_rounds_switch_conventions_off():
    text = "Japan pledged to send food to Pakistan."
    old = _code_with(text, frozenset({"base", "tuned"}))
    assert _has(old, code="030") and _has(old, root="07", modality="planned") and not _has(old, code="0333")
    assert _has(_code_with(text, None), code="0333")


def test_convention_files_fail_with_file_and_line(tmp_path):
    assert patterns.intent_code("intent", "0841") == "0353" and patterns.intent_code("threat", "195") == "138"
    src = package_data("patterns", "intent_codes.csv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(src) if line.startswith("id,"))
    bad = src[: header + 1] + ["IC99,19,intent,138,An intent row with a threat code."]
    path = tmp_path / "intent_codes.csv"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"intent_codes\.csv:{header + 2}"):
        patterns.load_intent_codes(path)
