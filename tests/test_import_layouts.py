"""`cchc import` on documents of varied layouts: every fixture of tests/import_docs/ is a test.

A fixture is a document (`NAME.txt` or `NAME.md`) and the keys a person wrote by hand while
reading it (`NAME.expected.yaml`): header fields, the fields the import must report as missing,
and every task with its deadline (canonical form), lead and support. Adding a document and its
keys to the folder adds a test.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from cchc.importing.run import Outcome, import_document
from cchc.model.deadlines import parse_deadline
from cchc.pipeline import load

DOCS = Path(__file__).parent / "import_docs"
CASES = sorted(p for p in DOCS.glob("*.expected.yaml"))


def _document(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.yaml")]
    found = [p for p in DOCS.iterdir() if p.stem == stem and not p.name.endswith(".yaml")]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("import-repo")
    (root / "units").mkdir()
    shutil.copy(DOCS / "units.yaml", root / "units" / "units.yaml")
    (root / "cchc.yaml").write_text("language: en\n", encoding="utf-8")
    assert load(root).diagnostics == []
    return root


def _run(doc: Path, root: Path) -> Outcome:
    return import_document(doc, root, load(root).registry, "en")


def _ids(value: Any) -> set[str]:
    return {value} if isinstance(value, str) else set(value or ())


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.name.split(".")[0])
def test_header(expected: Path, repo: Path) -> None:
    keys = yaml.safe_load(expected.read_text(encoding="utf-8"))
    draft = _run(_document(expected), repo).draft
    header = keys["header"]
    assert draft.number == header["number"]
    assert draft.issued == header["issued"]
    assert draft.issuer == header["issuer"]
    assert draft.title == header["title"]
    assert draft.period == header["period"]
    assert draft.coordinator == header["coordinator"]


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.name.split(".")[0])
def test_missing_fields_are_empty_and_reported(expected: Path, repo: Path) -> None:
    keys = yaml.safe_load(expected.read_text(encoding="utf-8"))
    outcome = _run(_document(expected), repo)
    reported = {p.anchor[1] for p in outcome.draft.problems if p.anchor[0] == "field"}
    assert reported == set(keys["missing"])
    for name in keys["missing"]:
        assert getattr(outcome.draft, name) is None
        # the draft says so where the field would be, and the line is listed
        assert f"# {name}: not found in the document" in outcome.text
        assert any(name in i.message for i in outcome.issues)


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.name.split(".")[0])
def test_tasks(expected: Path, repo: Path) -> None:
    keys = yaml.safe_load(expected.read_text(encoding="utf-8"))
    outcome = _run(_document(expected), repo)
    tasks = {t.id: t for t in outcome.draft.tasks}
    assert list(tasks) == list(keys["tasks"])
    for ident, want in keys["tasks"].items():
        t = tasks[ident]
        if want["due"] is None:
            assert t.due is None
            assert any(f"task {ident}: the document gives no deadline" in i.message
                       for i in outcome.issues)
        else:
            want_due = want["due"]
            if isinstance(want_due, dt.date):
                want_due = want_due.isoformat()
            assert t.due is not None and parse_deadline(t.due).canonical == str(want_due), ident
        assert _ids(t.lead) == _ids(want["lead"]), ident
        assert _ids(t.support) == _ids(want["support"]), ident


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.name.split(".")[0])
def test_unresolved_names_are_commented_and_listed(expected: Path, repo: Path) -> None:
    keys = yaml.safe_load(expected.read_text(encoding="utf-8"))
    outcome = _run(_document(expected), repo)
    unresolved = {p.args["written"] for p in outcome.draft.problems
                  if p.key == "import.problem.unresolved"}
    assert unresolved == set(keys.get("unresolved", []))
    for name in unresolved:
        assert f"# cchc import: '{name}' is no unit or group of units/" in outcome.text


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.name.split(".")[0])
def test_draft_is_valid_yaml_and_only_listed_problems_remain(expected: Path, repo: Path) -> None:
    """Every error `cchc check` finds in the draft is on a line the import listed."""
    outcome = _run(_document(expected), repo)
    data = yaml.safe_load(outcome.text)
    assert [t["id"] for t in data["tasks"]] == [t.id for t in outcome.draft.tasks]
    from cchc.importing.verify import verify

    listed = {i.line for i in outcome.issues}
    for d in verify(outcome.text, repo, outcome.draft.handle):
        if d.is_error:
            assert d.line in listed, d
