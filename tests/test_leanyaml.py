"""The fast path of YAML reading (`cchc.load.leanyaml`) gives what the reference loader gives:
the same data (same types), the same diagnostics and positions, on every file of the test
corpus, the hostile corpus, the fuzzing's repositories (valid and damaged) and a benchmark
repository; and whole runs give the same answers with and without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import generate
from cchc.load import leanyaml, yamlread
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


def both(path: str, raw: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    out = []
    for fast in (False, True):
        monkeypatch.setattr(yamlread, "FAST", fast)
        doc, problems = yamlread.parse(path, raw)
        positions = [] if doc is None else [doc.locate(()), doc.source(())]
        out.append((None if doc is None else typed(doc.data), problems, positions))
    return out[0], out[1]


def corpus() -> Iterator[Path]:
    for folder in ("tests/examples", "tests/hostile", "examples"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and p.suffix in (".yaml", ".yml"):
                yield p


def test_same_results_on_the_test_and_hostile_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    files = list(corpus())
    assert len(files) > 300
    taken = 0
    for p in files:
        raw = p.read_bytes()
        reference, fast = both(str(p), raw, monkeypatch)
        assert fast == reference, p
        text = raw.decode("utf-8-sig", "replace")
        taken += leanyaml.load(text, yamlread._Loader)[0]
    assert taken > len(files) // 2  # the fast path does take most files


def test_same_results_on_a_benchmark_repository(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path, 4, seed=5, tasks=30)
    for p in sorted(tmp_path.rglob("*.yaml")):
        reference, fast = both(str(p), p.read_bytes(), monkeypatch)
        assert fast == reference, p
        text = p.read_text(encoding="utf-8")
        assert leanyaml.load(text, yamlread._Loader)[0], p  # clean: all taken


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "? [a]\n: 1\n",
    "v: 010\n", "--- 1\n--- 2\n", "%YAML 1.1\n---\na: 1\n", "a: [1,\n", "a:\n\tb: 1\n",
    "1: a\n1.0: b\n", "true: a\n1: b\n",
])
def test_what_the_fast_path_leaves_to_the_reference(text: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert leanyaml.load(text, yamlread._Loader) == (False, None)
    reference, fast = both("a.yaml", text.encode(), monkeypatch)
    assert fast == reference


_scalars = st.one_of(
    st.sampled_from(["010", "0x1F", "1:30", "yes", "No", "~", "null", "2023-02-30",
                     "2023-03-01", "2023-03-01 10:00:00", ".inf", "-.5", "1e3", "+1", "1_0",
                     "0o7", "<<", "=", "", "'q'", '"d"', "- x", "a: b", "[1, 2]", "{}"]),
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
    for fast in (False, True):
        monkeypatch.setattr(yamlread, "FAST", fast)
        loaded = load(tmp_path / "r")
        answers.append(([repr(d) for d in loaded.diagnostics],
                        sorted(repr(r.value) for pd in loaded.repo.plans.values()
                               for r in pd.records)))
    assert answers[0] == answers[1]
