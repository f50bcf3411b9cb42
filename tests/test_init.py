"""`cchc init`: a new repository that passes `check`, and nothing ever overwritten."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cchc.cli import app
from cchc.commands.init import skeleton
from cchc.load.discover import list_files
from cchc.model.deadlines import parse_deadline
from cchc.model.schemas import SchemaKind, file_name, render
from cchc.pipeline import load, today_in_vietnam

runner = CliRunner()
YEAR = today_in_vietnam().year
HANDLE = f"kh-cchc-{YEAR}"
LANGS = ["vi", "en"]


def _init(target: Path, *args: str) -> str:
    result = runner.invoke(app, ["init", str(target), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("lang", LANGS)
def test_new_repository_passes_check(tmp_path: Path, lang: str) -> None:
    repo = tmp_path / "moi"
    _init(repo, "--lang", lang, "--name", "UBND phường Tân Ninh")
    assert load(repo).diagnostics == []
    result = runner.invoke(app, ["check", "--repo", str(repo)])
    assert result.exit_code == 0
    assert result.output.startswith("0 ")


@pytest.mark.parametrize("lang", LANGS)
def test_the_files_exist_and_are_listed(tmp_path: Path, lang: str) -> None:
    repo = tmp_path / "moi"
    output = _init(repo, "--lang", lang)
    expected = ["cchc.yaml", "units/units.yaml", f"plans/{HANDLE}/plan.yaml", "README.md",
                ".gitignore", *(f"schema/{file_name(k)}" for k in SchemaKind)]
    assert sorted(_tree(repo)) == sorted(expected)
    for rel in expected:
        assert str(repo / rel) in output
    assert yaml.safe_load((repo / "cchc.yaml").read_text(encoding="utf-8"))["language"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_data_files_name_their_schema_and_the_schemas_are_in_the_language(
        tmp_path: Path, lang: str) -> None:
    repo = tmp_path / "moi"
    _init(repo, "--lang", lang)
    for kind in SchemaKind:
        text = (repo / "schema" / file_name(kind)).read_text(encoding="utf-8")
        assert text == render(kind, lang)
    sources = list_files(repo)[0]
    assert {s.kind for s in sources} == {"config", "units", "plan"}
    for source in sources:
        first = (repo / source.path).read_text(encoding="utf-8").splitlines()[0]
        target = first.removeprefix("# yaml-language-server: $schema=")
        assert target != first
        assert ((repo / source.path).parent / target).resolve() == (
            repo / "schema" / file_name(source.kind)).resolve()


@pytest.mark.parametrize("lang", LANGS)
def test_name_appears_in_settings_and_readme(tmp_path: Path, lang: str) -> None:
    repo = tmp_path / "moi"
    _init(repo, "--lang", lang, "--name", "UBND xã Bình Minh")
    settings = yaml.safe_load((repo / "cchc.yaml").read_text(encoding="utf-8"))
    assert settings["name"] == "UBND xã Bình Minh"
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# UBND xã Bình Minh: ")
    assert "{{" not in readme and HANDLE in readme


def test_name_defaults_to_the_folder_and_is_quoted_when_yaml_needs_it(tmp_path: Path) -> None:
    _init(tmp_path / "tan-ninh")
    assert load(tmp_path / "tan-ninh").repo.config.name == "tan-ninh"
    awkward = "UBND xã A: thôn #2, 'B'"
    _init(tmp_path / "b", "--name", awkward)
    loaded = load(tmp_path / "b")
    assert loaded.diagnostics == []
    assert loaded.repo.config.name == awkward
    assert loaded.repo.plans[HANDLE].plan.issuer == awkward


def test_a_folder_with_files_is_refused_and_left_untouched(tmp_path: Path) -> None:
    repo = tmp_path / "old"
    (repo / "units").mkdir(parents=True)
    (repo / "notes.txt").write_text("keep me\n", encoding="utf-8")
    (repo / "units" / "units.yaml").write_text("units: []\n", encoding="utf-8")
    before = _tree(repo)
    for lang, words in (("en", "is not empty"), ("vi", "không trống")):
        result = runner.invoke(app, ["init", str(repo), "--lang", lang])
        assert result.exit_code == 1
        assert words in result.output and "Traceback" not in result.output
    assert _tree(repo) == before
    assert sorted(p.name for p in repo.iterdir()) == ["notes.txt", "units"]


def test_a_second_init_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "moi"
    _init(repo)
    before = _tree(repo)
    result = runner.invoke(app, ["init", str(repo), "--name", "Other"])
    assert result.exit_code == 1
    assert _tree(repo) == before


def test_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.yaml"
    target.write_text("x: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target), "--lang", "en"])
    assert result.exit_code == 1 and "not a folder" in result.output
    assert target.read_text(encoding="utf-8") == "x: 1\n"


def test_an_empty_folder_or_a_bare_git_repository_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _init(tmp_path / "empty")
    (tmp_path / "cloned" / ".git").mkdir(parents=True)
    (tmp_path / "cloned" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    _init(tmp_path / "cloned")
    assert (tmp_path / "cloned" / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n"
    assert load(tmp_path / "cloned").diagnostics == []


def test_plan_handle_option(tmp_path: Path) -> None:
    _init(tmp_path / "a", "--plan", "188-kh-ubnd-2026")
    assert (tmp_path / "a" / "plans" / "188-kh-ubnd-2026" / "plan.yaml").is_file()
    result = runner.invoke(app, ["init", str(tmp_path / "b"), "--plan", "KH 188"])
    assert result.exit_code == 2 and not (tmp_path / "b").exists()
    result = runner.invoke(app, ["init", str(tmp_path / "c"), "--name", "  "])
    assert result.exit_code == 2 and not (tmp_path / "c").exists()


# --- the commented examples are right too ------------------------------------------------

_FIELD = re.compile(r"^(\s*)# ((?:- )?[a-z_]+: .*|[a-z_]+:\s*(?:#.*)?)$")


def _uncomment_examples(text: str) -> str:
    """Uncomment every example field (`# note: ...`) and the lines that continue it."""
    out: list[str] = []
    continuing: str | None = None
    for line in text.splitlines():
        found = _FIELD.match(line)
        if found and not line.lstrip("# ").startswith(("due:", "yaml-language-server:")):
            out.append(found[1] + found[2])
            continuing = found[1] + "#  "
        elif continuing is not None and line.startswith(continuing):
            out.append(line.replace("# ", "", 1))
        else:
            out.append(line)
            continuing = None
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_every_commented_example_is_valid(tmp_path: Path, lang: str) -> None:
    files = skeleton("UBND phường Tân Ninh", lang, HANDLE, YEAR)
    plan_rel, units_rel = f"plans/{HANDLE}/plan.yaml", "units/units.yaml"
    for rel in (plan_rel, units_rel):
        files[rel] = _uncomment_examples(files[rel])
    plan = yaml.safe_load(files[plan_rel])
    assert {"number", "issued", "bases", "indicators"} <= set(plan)
    assert {"text", "support", "indicators", "note"} <= set(plan["tasks"][0])
    assert set(plan["indicators"][0]) == {"id", "name", "framework", "target", "per", "units",
                                          "frequency", "owner"}
    assert {"aliases", "until", "successor"} <= set().union(
        *yaml.safe_load(files[units_rel])["units"])
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert load(tmp_path).diagnostics == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_deadline_form_shown_parses(lang: str) -> None:
    text = skeleton("X", lang, HANDLE, YEAR)[f"plans/{HANDLE}/plan.yaml"]
    shown = [value for line in text.splitlines() if line.startswith("#")
             for value in re.findall(r"due: (.+?)(?:\s{2,}|\s\(|$)", line)]
    kinds = {parse_deadline(value).kind for value in shown}
    assert kinds == {"one-off", "ongoing", "recurring"}
    assert len(shown) >= 20
    for form in ("-03-15", "-02", "-Q1", "-H1", "ongoing", "daily", "weekly", "monthly",
                 "quarterly", "yearly", "RRULE:", "ngày 15/3/", "tháng 02 năm", "quý I năm",
                 "6 tháng đầu năm", "năm ", "thường xuyên", "hàng tháng", "hằng "):
        assert any(form in value for value in shown), form


# --- the files a data repository takes for pre-commit and CI ------------------------------

def _cchc_lines(text: str) -> list[list[str]]:
    """Every `cchc ...` command line of a shell script, as arguments after `cchc`."""
    import shlex

    return [shlex.split(line.strip())[1:] for line in text.splitlines()
            if line.strip().startswith("cchc ")]


def _parses(args: list[str]) -> None:
    """The arguments name a real command and real options with accepted values."""
    import typer.main

    name, *rest = args
    command = typer.main.get_command(app).commands.get(name)  # type: ignore[attr-defined]
    assert command is not None, f"no command cchc {name}"
    command.make_context(name, rest)  # raises on an unknown option or a refused value


def test_pre_commit_hook() -> None:
    from tests.conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "cchc-check"]
    assert hook["entry"] == "cchc check" and hook["language"] == "python"
    # always, even for a commit that only deletes files (issue 11 item 12)
    assert hook["pass_filenames"] is False and hook["always_run"] is True
    _parses(hook["entry"].split()[1:])


def test_github_workflow_template() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "ci" / "github-workflow.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and "schedule" in triggers
    steps = workflow["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "report.md"
    commands = [args for job in workflow["jobs"].values() for step in job["steps"]
                for args in _cchc_lines(step.get("run", ""))]
    for args in commands:
        _parses(args)
    assert ["check", "--format", "github"] in commands
    assert ["report", "-o", "report.md"] in commands
    assert ["diff", "origin/$BASE", "--fail-on-loosening"] in commands
    assert ["overdue", "--fail-on-overdue"] in commands


def test_init_is_vietnamese_by_default_and_takes_plan_and_period(tmp_path: Path) -> None:
    repo = tmp_path / "phuong-1"
    result = runner.invoke(app, ["init", str(repo), "--plan", "kh-cchc-2024", "--period", "2024"])
    assert result.exit_code == 0, result.output
    assert "language: vi" in (repo / "cchc.yaml").read_text(encoding="utf-8")
    plan = (repo / "plans" / "kh-cchc-2024" / "plan.yaml").read_text(encoding="utf-8")
    assert "2024" in plan and "2023" not in plan
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert "pip install" in readme and "cchc --version" in readme and "cchc units" in readme
    en = tmp_path / "en"
    assert runner.invoke(app, ["init", str(en), "--lang", "en"]).exit_code == 0
    assert "language: en" in (en / "cchc.yaml").read_text(encoding="utf-8")
    assert "pip install" in (en / "README.md").read_text(encoding="utf-8")
    bad = runner.invoke(app, ["init", str(tmp_path / "x"), "--period", "năm sau"])
    assert bad.exit_code == 2 and "--period năm sau: hãy ghi một năm" in bad.output
