"""The fast paths of YAML reading (`cchc.load.lineyaml`, the line reader, and
`cchc.load.leanyaml`, on libyaml's events) give what the reference loader gives: the same
data (same types), the same diagnostics and positions, on every file of the test corpus, the
hostile corpus, the fuzzing's repositories (valid and damaged) and a benchmark repository;
and whole runs give the same answers with and without them. `tests/test_lineyaml.py` adds
the line reader's own fuzzing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import generate
from cchc.load import leanyaml, lineyaml, yamlread
from cchc.pipeline import load
from tests.conftest import ROOT
from tests.test_fuzz import PROFILE, damaged_repositories, repositories


def typed(value: Any) -> Any:
    """The value with the type of every part spelled out (1, 1.0 and True differ)."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, repr(value))


# (LINES, FAST) of `cchc.load.yamlread`: the reference alone, each fast path alone, both.
PATHS = {"reference": (False, False), "events": (False, True), "lines": (True, False),
         "both": (True, True)}


def outcome(path: str, raw: bytes, monkeypatch: pytest.MonkeyPatch, lines: bool, fast: bool
            ) -> Any:
    monkeypatch.setattr(yamlread, "LINES", lines)
    monkeypatch.setattr(yamlread, "FAST", fast)
    doc, problems = yamlread.parse(path, raw)
    positions = [] if doc is None else [doc.locate(()), doc.source(())]
    return (None if doc is None else typed(doc.data), problems, positions)


def both(path: str, raw: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """The reference's outcome, and the fast paths' when they agree with each other."""
    found = {name: outcome(path, raw, monkeypatch, *flags) for name, flags in PATHS.items()}
    reference = found.pop("reference")
    for name, result in found.items():
        assert result == reference, (path, name)
    return reference, found["both"]


def corpus() -> Iterator[Path]:
    for folder in ("tests/examples", "tests/hostile", "examples"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and p.suffix in (".yaml", ".yml"):
                yield p


def test_same_results_on_the_test_and_hostile_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    files = list(corpus())
    assert len(files) > 300
    taken = lines_taken = 0
    for p in files:
        raw = p.read_bytes()
        reference, fast = both(str(p), raw, monkeypatch)
        assert fast == reference, p
        text = raw.decode("utf-8-sig", "replace")
        taken += leanyaml.load(text, yamlread._Loader)[0]
        lines_taken += lineyaml.load(text, yamlread._Loader)[0]
    assert taken > len(files) // 2  # the fast paths do take most files
    assert lines_taken > len(files) // 2


def test_same_results_on_a_benchmark_repository(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path, 4, seed=5, tasks=30)
    for p in sorted(tmp_path.rglob("*.yaml")):
        reference, fast = both(str(p), p.read_bytes(), monkeypatch)
        assert fast == reference, p
        text = p.read_text(encoding="utf-8")
        assert leanyaml.load(text, yamlread._Loader)[0], p  # clean: all taken
        assert lineyaml.load(text, yamlread._Loader)[0], p


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "? [a]\n: 1\n",
    "v: 010\n", "--- 1\n--- 2\n", "%YAML 1.1\n---\na: 1\n", "a: [1,\n", "a:\n\tb: 1\n",
    "1: a\n1.0: b\n", "true: a\n1: b\n",
])
def test_what_the_fast_path_leaves_to_the_reference(text: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert leanyaml.load(text, yamlread._Loader) == (False, None)
    assert lineyaml.load(text, yamlread._Loader) == (False, None)
    reference, fast = both("a.yaml", text.encode(), monkeypatch)
    assert fast == reference


_scalars = st.one_of(
    st.sampled_from(["010", "0x1F", "1:30", "yes", "No", "~", "null", "2023-02-30",
                     "2023-03-01", "2023-03-01 10:00:00", ".inf", "-.5", "1e3", "+1", "1_0",
                     "0o7", "<<", "=", "", "'q'", '"d"', "- x", "a: b", "[1, 2]", "{}", "---",
                     "...", "-", "-1", "-x", "? x", ":x", "a #b", "a#b", "'it''s'", '"a\\"b"',
                     "[a, 'b', \"c, d\"]", "[a,]", "[]", "[ ]", "[x] #c", "[x]#c", "&a x",
                     "*a", "!x y", "| x", "> x", "@x", "`x", "%x", "x:", "x :", "1 2"]),
    st.text(alphabet="0123456789.:-+_xoabeyYnNtT~ ", max_size=8),
)


@settings(PROFILE, max_examples=PROFILE.max_examples * 10)
@given(st.lists(st.tuples(st.sampled_from(["k", "1", "x y", "0x1", "yes"]), _scalars),
                max_size=6))
def test_same_results_on_random_scalars(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{k}: {v}\n" for k, v in pairs)
    with pytest.MonkeyPatch.context() as mp:
        reference, fast = both("a.yaml", text.encode(), mp)
    assert fast == reference


@settings(PROFILE)
@given(st.one_of(repositories(), damaged_repositories()))
def test_same_results_on_the_fuzzing_repositories(files: dict[str, Any]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        for rel, content in files.items():
            raw = content.encode() if isinstance(content, str) else content
            reference, fast = both(rel, raw, mp)
            assert fast == reference, rel


def test_whole_runs_agree_with_and_without_the_fast_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "r", 3, seed=1, tasks=24)
    answers = []
    for lines, fast in PATHS.values():
        monkeypatch.setattr(yamlread, "LINES", lines)
        monkeypatch.setattr(yamlread, "FAST", fast)
        loaded = load(tmp_path / "r")
        answers.append(([repr(d) for d in loaded.diagnostics],
                        sorted(repr(r.value) for pd in loaded.repo.plans.values()
                               for r in pd.records)))
    assert all(a == answers[0] for a in answers)
