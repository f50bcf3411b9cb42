"""`cchc schema`: the JSON Schemas agree with the models, the shipped copies with the command.

The round trip: every file of every valid example repository (and of the shipped and demo
repositories) validates against the schema of its kind; every file in which an invalid
example plants a schema-level fault (a wrong type or choice, a missing or unknown field, a
bad id) does not. Files are read as `cchc check` reads them, then made JSON-like (YAML gives
dates as `datetime.date`) before validating, as an editor sees them.

These tests need the `jsonschema` library (a test dependency).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, get_args

import pytest
from typer.testing import CliRunner

from cchc import i18n
from cchc.cli import app
from cchc.load.discover import FileKind, list_files
from cchc.load.repository import read_document
from cchc.load.yamlread import Document
from cchc.model.schemas import DRAFT, SchemaKind, build, file_name, modeline, render
from tests.conftest import ROOT

runner = CliRunner()
KINDS = [k.value for k in SchemaKind]
EXAMPLES = ROOT / "tests" / "examples"
VALID_REPOS = sorted(p for p in (EXAMPLES / "valid").iterdir() if p.is_dir())
VALID_REPOS += [ROOT / "examples" / "demo", ROOT]
INVALID_REPOS = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())

# Diagnostic codes of faults a JSON Schema can see in the file itself. The others need the
# deadline grammar, the calendar or other files (bad-deadline, impossible-date, unknown-unit).
SCHEMA_CODES = {"bad-choice", "bad-date", "bad-id", "bad-target", "bad-task-id", "empty-list",
                "empty-text", "missing-field", "unknown-field", "wrong-type", "out-of-range",
                "unquoted-id"}


def _json_like(value: Any) -> Any:
    """YAML data as an editor's JSON view has it: dates become ISO text."""
    if isinstance(value, dict):
        return {str(k): _json_like(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_like(v) for v in value]
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    return value


def _validator(kind: str) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(
        json.loads((ROOT / "schema" / file_name(kind)).read_text(encoding="utf-8")),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _files(repo: Path) -> list[tuple[str, str, Any]]:
    """(relative path, kind, JSON-like data) of every file cchc reads in `repo`."""
    out = []
    for source in list_files(repo)[0]:
        doc, _ = read_document(repo, source.path)
        if doc is not None:
            out.append((source.path, source.kind, _json_like(doc.data)))
    return out


def _valid_cases() -> list[Any]:
    return [pytest.param(repo, rel, kind, data, id=f"{repo.name}/{rel}")
            for repo in VALID_REPOS for rel, kind, data in _files(repo)]


def _invalid_cases() -> list[Any]:
    """(kind, document, lines of its schema-level faults) of every invalid example file that
    `expected.txt` says holds such a fault."""
    cases = []
    for repo in INVALID_REPOS:
        faults: dict[str, set[int]] = {}
        for line in (repo / "expected.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                where, severity, code = line.rsplit(" ", 2)
                if severity == "error" and code in SCHEMA_CODES:
                    rel, row, _ = where.rsplit(":", 3)[:3]
                    faults.setdefault(rel, set()).add(int(row))
        for source in list_files(repo)[0]:
            if source.path in faults:
                doc, _ = read_document(repo, source.path)
                assert doc is not None
                cases.append(pytest.param(source.kind, doc, faults[source.path],
                                          id=f"{repo.name}/{source.path}"))
    return cases


def _error_lines(kind: str, doc: Document) -> set[int]:
    """The lines the schema's errors point at: the value at fault, or an unknown key itself,
    through every branch of an anyOf."""
    lines: set[int] = set()
    pending = list(_validator(kind).iter_errors(_json_like(doc.data)))
    while pending:
        e = pending.pop()
        keys = tuple(e.absolute_path)
        lines.add(doc.locate(keys)[0])
        if e.validator == "additionalProperties" and isinstance(e.instance, dict):
            for extra in set(e.instance) - set(e.schema.get("properties", {})):
                lines.add(doc.locate((*keys, extra), key=True)[0])
        pending.extend(e.context or ())
    return lines


# --- the shipped copies -------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_shipped_schema_is_what_the_command_prints(kind: str) -> None:
    # Regenerate with: python -m cchc.write.schemas
    result = runner.invoke(app, ["schema", kind])
    assert result.exit_code == 0, result.output
    shipped = (ROOT / "schema" / file_name(kind)).read_bytes()
    assert result.stdout_bytes == shipped, f"schema/{file_name(kind)} is out of date"


def test_every_kind_of_file_has_a_schema() -> None:
    assert set(KINDS) == set(get_args(FileKind))
    assert sorted(p.name for p in (ROOT / "schema").glob("*.json")) == sorted(
        file_name(k) for k in KINDS)


def test_unknown_kind_is_bad_usage_and_lists_the_kinds() -> None:
    result = runner.invoke(app, ["schema", "plans"])
    assert result.exit_code == 2
    for kind in KINDS:
        assert kind in result.output


@pytest.mark.parametrize("kind", KINDS)
def test_output_is_deterministic_json_with_a_final_newline(kind: str) -> None:
    text = render(kind)
    assert text.endswith("}\n") and text == render(kind)
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2,
                              ensure_ascii=False) + "\n"


# --- what the schemas say -----------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_header(kind: str) -> None:
    schema = build(kind)
    assert schema["$schema"] == DRAFT
    assert schema["$id"] == f"https://cchc.local/schema/{kind}.schema.json"
    assert schema["title"] and schema["description"]


def _objects(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_key_is_strict_and_described(kind: str, lang: str) -> None:
    for obj in _objects(build(kind, lang)):
        assert obj["additionalProperties"] is False
        for name, prop in obj["properties"].items():
            assert "title" not in prop, name
            description = prop.get("description", "")
            assert description and not description.startswith("schema."), (kind, name)


def test_descriptions_follow_the_language() -> None:
    en, vi = build("plan", "en"), build("plan", "vi")
    assert en["$defs"]["Task"]["properties"]["lead"]["description"].startswith("Required")
    assert vi["$defs"]["Task"]["properties"]["lead"]["description"].startswith("Bắt buộc")
    assert i18n.t("vi", "schema.title.plan") == vi["title"]


def test_due_ids_and_lists() -> None:
    plan = build("plan")
    task = plan["$defs"]["Task"]["properties"]
    assert task["due"]["anyOf"] == [{"type": "string"}, {"type": "integer"}]
    assert task["id"]["pattern"] == "^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$"
    lead_one, lead_many = task["lead"]["anyOf"]
    assert lead_one["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$"
    assert lead_many["type"] == "array" and lead_many["minItems"] == 1
    assert plan["required"] == ["period"]
    assert sorted(plan["$defs"]["Task"]["required"]) == ["due", "id", "lead"]


def test_updates_is_a_record_or_a_list_of_records() -> None:
    updates = build("updates")
    assert updates["anyOf"] == [{"$ref": "#/$defs/Record"},
                                {"type": "array", "items": {"$ref": "#/$defs/Record"}}]


def test_modeline_points_at_the_schema_from_where_the_file_is() -> None:
    assert modeline("cchc.yaml", "config") == (
        "# yaml-language-server: $schema=./schema/config.schema.json\n")
    assert modeline("units/units.yaml", "units").endswith("=../schema/units.schema.json\n")
    assert modeline("plans/p/updates/2023/a.yaml", "updates").endswith(
        "=../../../../schema/updates.schema.json\n")


# --- the round trip -----------------------------------------------------------------------

@pytest.mark.parametrize(("repo", "rel", "kind", "data"), _valid_cases())
def test_valid_file_validates(repo: Path, rel: str, kind: str, data: Any) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in _validator(kind).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize(("kind", "doc", "lines"), _invalid_cases())
def test_schema_level_fault_fails_the_schema(kind: str, doc: Document, lines: set[int]) -> None:
    missed = lines - _error_lines(kind, doc)
    assert not missed, f"the schema accepts the faults on lines {sorted(missed)}"


def test_there_are_enough_cases_on_both_sides() -> None:
    assert len(_valid_cases()) >= 40
    assert len(_invalid_cases()) >= 30


# --- the data files name their schema -----------------------------------------------------

@pytest.mark.parametrize("repo", [ROOT, ROOT / "examples" / "demo"], ids=["shipped", "demo"])
def test_every_data_file_starts_with_its_schema_line(repo: Path) -> None:
    for source in list_files(repo)[0]:
        path = repo / source.path
        first = path.read_text(encoding="utf-8").splitlines()[0]
        target = first.partition("$schema=")[2]
        assert first.startswith("# yaml-language-server: $schema="), source.path
        assert target.endswith(f"schema/{source.kind}.schema.json"), source.path
        assert (path.parent / target).resolve() == (ROOT / "schema" / file_name(source.kind)
                                                    ).resolve(), source.path
