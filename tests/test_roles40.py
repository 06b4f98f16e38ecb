"""Session 36b (issue 12, roles40): events/roles.py split into parts with one question each, with no change of
output. roles stays the one import the events modules use (`roles.<name>`): it is a facade that re-exports the
parts' names. These tests hold the layout -- the facade exports every name the package and the tests take from it,
as the very objects of the parts; no part imports roles; the parts import one another one way -- and read a few
sentences written for these tests through the facade."""
from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

import newsgraph
from newsgraph.events import roles

PARTS = ["tree_words", "tree_preps", "tree_conjuncts", "tree_appositions", "tree_voice", "tree_clauses",
         "tree_nouns", "tree_objects", "tree_subjects"]
SRC = Path(newsgraph.__file__).parent
TESTS = Path(__file__).parent
# how a module takes roles: `from newsgraph.events import roles`, `from . import roles`, `... as roles`
_TAKES_ROLES = re.compile(r"from (?:newsgraph\.events|\.) import [^\n]*\broles\b|import newsgraph\.events\.roles as roles")


def _part(name: str):
    return importlib.import_module(f"newsgraph.events.{name}")


def _imports(module) -> set[str]:
    """Every module a module imports, at the top or inside a function, with each name taken from it."""
    out = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.ImportFrom):
            # a relative import ("from . import roles") is read from the events package
            base = ".".join(["newsgraph.events"] + ([node.module] if node.module else [])) if node.level \
                else node.module
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _names_taken_from_roles() -> set[tuple[str, str]]:
    """(name, file) for every `roles.<name>` in a file that imports roles, and every name of a
    `from newsgraph.events.roles import ...`, in the package and the tests."""
    out = set()
    for path in list(SRC.rglob("*.py")) + list(TESTS.glob("*.py")):
        if path.parent.name == "events" and (path.stem == "roles" or path.stem in PARTS) or path == Path(__file__):
            continue
        text = path.read_text()
        tree = None
        if _TAKES_ROLES.search(text):
            out.update((m.group(1), path.name) for m in re.finditer(r"\broles\.([A-Za-z_]\w*)", text)
                       if m.group(1) != "py")      # ("roles.py" in a docstring)
        if "events.roles import" in text:
            tree = tree or ast.parse(text)
            out.update((a.name, path.name) for node in ast.walk(tree)
                       if isinstance(node, ast.ImportFrom) and node.module == "newsgraph.events.roles"
                       for a in node.names)
    return out


def test_the_facade_exports_every_name_the_package_takes_from_it():
    taken = _names_taken_from_roles()
    assert len({n for n, _ in taken}) > 40      # prep_objects, direct_objects, subjects, is_passive, ...
    missing = sorted((n, f) for n, f in taken if not hasattr(roles, n))
    assert not missing, missing


def test_each_exported_name_is_the_parts_own_object():
    homes = {}
    for part in PARTS:
        module = _part(part)
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) == module.__name__ or name.isupper() and not name.startswith("_"):
                homes.setdefault(name, module)
    exported = [n for n in vars(roles) if not n.startswith("_") and n != "annotations"]
    assert {"subjects", "direct_objects", "prep_objects", "is_passive", "conjuncts", "TARGET_PREPS"} <= set(exported)
    for name in exported:
        assert name in homes, f"roles.{name} has no home among the parts"
        assert getattr(roles, name) is getattr(homes[name], name), name


def test_roles_defines_nothing_of_its_own():
    tree = ast.parse(inspect.getsource(roles))
    own = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign))]
    assert not own, "a helper goes into the part whose question it answers, and is re-exported by roles"
    for part in PARTS:
        assert f"{part}.py" in roles.__doc__, f"roles' docstring says where {part} lives"


@pytest.mark.parametrize("part", PARTS)
def test_no_part_imports_roles(part):
    imported = _imports(_part(part))
    assert not any(i == "newsgraph.events.roles" or i.startswith("newsgraph.events.roles.") for i in imported), \
        f"{part} imports roles: the parts sit below the facade"

def test_the_parts_import_one_another_one_way():
    graph = {p: {q for q in PARTS if f"newsgraph.events.{q}" in _imports(_part(p))} for p in PARTS}
    order = []
    while graph:
        ready = sorted(p for p, deps in graph.items() if not deps - set(order))
        assert ready, f"an import cycle among {sorted(graph)}"
        order += ready
        for p in ready:
            del graph[p]
    assert order.index("tree_preps") < order.index("tree_voice") < order.index("tree_objects") \
        < order.index("tree_subjects")


@pytest.mark.parametrize("part", PARTS)
def test_every_part_says_what_question_it_answers(part):
    doc = _part(part).__doc__ or ""
    assert len(doc.split()) >= 20, f"{part}: a module docstring that says what it answers and what it reads"


# ---------------------------------------------------------------- the moved helpers, read through the facade

def _sentence(nlp, text):
    return next(iter(nlp(text).sents))


def _verb(sent, word):
    return next(t for t in sent if t.lower_ == word)


def test_the_passive_doer_and_patient_through_the_facade(nlp):
    sent = _sentence(nlp, "The two fishermen were detained by coast guard officers near the island.")
    verb = _verb(sent, "detained")
    assert roles.is_passive(verb)
    assert [t.lower_ for t in roles.subjects(verb)] == ["officers"]
    assert [t.lower_ for t in roles.direct_objects(verb)] == ["fishermen"]


def test_objects_of_prepositions_and_control_through_the_facade(nlp):
    sent = _sentence(nlp, "The mayor urged the farmers to talk with the ministry.")
    talk = _verb(sent, "talk")
    assert roles.to_infinitive(talk)
    assert [t.lower_ for t in roles.subjects(talk)] == ["farmers"]
    assert [t.lower_ for t in roles.prep_objects(talk, roles.TARGET_PREPS)] == ["ministry"]


def test_coordinated_subjects_through_the_facade(nlp):
    sent = _sentence(nlp, "Peru and Chile signed a water accord on Friday.")
    signed = _verb(sent, "signed")
    heads = roles.subjects(signed)
    assert {t.text for h in heads for t in roles.conjuncts(h)} == {"Peru", "Chile"}
    assert [t.lower_ for t in roles.direct_objects(signed)] == ["accord"]
