"""Answers kept in the cache (issue 15): a repeated status, overdue, gaps or report prints
exactly what a fresh computation prints, and never an answer about other content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, RepoWriter

runner = CliRunner()
COMMANDS = [
    ["status", "--format", "json"], ["status"], ["overdue", "--format", "json"],
    ["overdue", "--fail-on-overdue"], ["gaps", "--format", "csv"], ["report"],
    ["report", "--unit", "phong-noi-vu"],
]


@pytest.fixture
def repo(make_repo: RepoWriter) -> Path:
    return make_repo({"plans/p/updates/hand.yaml": HAND_RECORDS,
                      "plans/p/measurements/2023/02.yaml": HAND_FEBRUARY,
                      "plans/p/measurements/2023/03.yaml": HAND_MARCH})


def run(root: Path, cache: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--repo", str(root), "--as-of", "2023-03-31"],
                           env={"CCHC_CACHE_DIR": str(cache), "COLUMNS": "200"})
    return result.exit_code, result.stdout


def test_kept_answers_equal_fresh_ones(repo: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    for args in COMMANDS:
        fresh = run(repo, cache, *args, "--no-cache")
        assert run(repo, cache, *args) == fresh  # computed, and kept
        loads: list[object] = []

        def spy(*a: object, loads: list[object] = loads) -> None:
            loads.append(a)

        monkeypatch.setattr("cchc.pipeline._load", spy)
        assert run(repo, cache, *args) == fresh, args  # the kept answer
        assert loads == [], args  # nothing was read
        monkeypatch.undo()


def test_an_edit_is_never_answered_from_before(repo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = repo / "plans/p/updates/hand.yaml"
    before = run(repo, cache, "overdue", "--format", "json")
    st = path.stat()
    path.write_text(HAND_RECORDS.replace("status: in-progress", "status: done       "),
                    encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same time
    after = run(repo, cache, "overdue", "--format", "json")
    assert after == run(repo, cache, "overdue", "--format", "json", "--no-cache")
    assert after != before
    path.write_text(HAND_RECORDS, encoding="utf-8")  # back: the first answer is right again
    assert run(repo, cache, "overdue", "--format", "json") == before


def test_other_dates_languages_and_options_are_other_questions(repo: Path,
                                                               tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for extra in ([], ["--lang", "en"], ["--plan", "p"], ["--as-of", "2023-02-28"]):
        args = ["report", *extra]
        assert run(repo, cache, *args) == run(repo, cache, *args, "--no-cache")
        assert run(repo, cache, *args) == run(repo, cache, *args, "--no-cache")


def test_a_repository_with_errors_is_not_answered_from_the_cache(
        make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({"plans/p/updates/bad.yaml": "task: [\n"})
    cache = tmp_path / "cache"
    for _ in range(2):
        result = runner.invoke(app, ["status", "--repo", str(root), "--allow-errors"],
                               env={"CCHC_CACHE_DIR": str(cache)})
        assert result.exit_code == 0 and "1" in result.stderr
    assert not any(".answer-" in p.name for p in cache.iterdir())


def test_a_kept_answer_reads_and_parses_nothing(repo: Path, tmp_path: Path) -> None:
    """No YAML, no loader, no validation (the CLI's `--format` choices still import the
    renderer, and with it the models' modules: see docs/performance.md)."""
    cache = tmp_path / "cache"
    run(repo, cache, "report")
    code = ("import sys\nsys.argv = ['cchc', 'report', '--repo', sys.argv[1], '--as-of', "
            "'2023-03-31']\nfrom cchc.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
            "    pass\nprint('MODULES', ' '.join(sorted(m for m in sys.modules if "
            "m.split('.')[0] == 'yaml' or m.startswith(('cchc.load.yamlread', "
            "'cchc.load.repository', 'cchc.validate')))))")
    out = subprocess.run([sys.executable, "-c", code, str(repo)], capture_output=True,
                         text=True, env={**os.environ, "CCHC_CACHE_DIR": str(cache)},
                         check=True).stdout
    assert out.rstrip().endswith("MODULES"), out[-500:]


def test_the_plan_handle_pattern_is_the_models_one() -> None:
    from cchc.load.discover import PLAN_HANDLE as LOADER
    from cchc.model.fields import PLAN_HANDLE as MODEL

    assert LOADER.pattern == MODEL.pattern
