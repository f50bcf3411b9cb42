"""Example repositories that become tests by existing.

`examples/valid/<name>/` must pass `check` with no error. `examples/invalid/<name>/` holds an
`expected.txt` whose lines are `path:line:column: code` (or `... warning code`): exactly the
diagnostics the repository must produce, no more, no fewer. Adding a case needs no code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc.pipeline import load

HERE = Path(__file__).parent / "examples"
VALID = sorted(p for p in (HERE / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (HERE / "invalid").iterdir() if p.is_dir())


@pytest.mark.parametrize("repo", VALID, ids=[p.name for p in VALID])
def test_valid_example_has_no_errors(repo: Path) -> None:
    errors = [d for d in load(repo).diagnostics if d.is_error]
    assert errors == []


def _expected(repo: Path) -> list[str]:
    lines = (repo / "expected.txt").read_text(encoding="utf-8").splitlines()
    return sorted(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@pytest.mark.parametrize("repo", INVALID, ids=[p.name for p in INVALID])
def test_invalid_example_gives_exactly_its_diagnostics(repo: Path) -> None:
    found = sorted(f"{d.path}:{d.line}:{d.column}: {d.severity.value} {d.code}"
                   for d in load(repo).diagnostics)
    assert found == _expected(repo)
