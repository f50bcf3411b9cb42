"""The rows the computation reads (`PlanData.record_rows`, `by_owner`, `reading_rows`) hold
the same values as the models, read afresh or from the files' cache, and a warm summary
computes from them without making a model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from cchc.compute.summary import summarise
from cchc.model.repository import PlanData, record_row
from cchc.model.rows import RecordRow
from cchc.pipeline import Loaded, load

OLD_NS = 1_500_000_000 * 1_000_000_000
EXTRA = {
    # the same (task, unit) in two files, one written later in path order but dated earlier,
    # two on one day (path order decides), a day without a period, a note and evidence
    "plans/bench-2023/updates/2023/zz-a.yaml":
        '- task: "TASK"\n  unit: UNIT\n  date: 2023-05-02\n  status: blocked\n'
        '  note: Chờ kinh phí\n'
        '- task: "TASK"\n  unit: UNIT\n  date: 2023-05-02\n  status: done\n'
        '  evidence: [Báo cáo 1, Báo cáo 2]\n',
    "plans/bench-2023/updates/2023/zz-b.yaml":
        'task: "TASK"\nunit: UNIT\ndate: 2023-02-01\nstatus: in-progress\n'
        'period: 2023-Q1\n',
    "plans/bench-2023/updates/2023/zz-c.yaml":
        'task: "TASK"\nunit: nobody\ndate: 2023-03-01\nstatus: done\n',
}


@pytest.fixture(scope="module")
def repo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bench.generate import generate

    root = tmp_path_factory.mktemp("rows") / "repo"
    generate(root, 6, seed=3, tasks=30)
    first = load(root).repo.plans["bench-2023"].records[0].value  # a real task and unit
    for rel, text in EXTRA.items():
        text = text.replace("TASK", first.task).replace("UNIT", first.unit)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "pair.txt").write_text(f"{first.task} {first.unit}", encoding="utf-8")
    for p in root.rglob("*.yaml"):
        os.utime(p, ns=(OLD_NS, OLD_NS))
    return root


def _loads(root: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Loaded]:
    monkeypatch.setattr("cchc.load.cache.RACY_NS", 0)
    return {"fresh": load(root), "cold": load(root, cache), "warm": load(root, cache)}


def _reference_owners(pd: PlanData) -> dict[tuple[str, str], list[RecordRow]]:
    """Every (task, unit)'s records from the models, stably sorted by date."""
    out: dict[tuple[str, str], list[RecordRow]] = {}
    for loc in pd.records:
        out.setdefault((loc.value.task, loc.value.unit), []).append(record_row(loc.value))
    return {k: sorted(v, key=lambda r: r.date) for k, v in out.items()}


def test_rows_hold_the_models_values(repo_root: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    loads = _loads(repo_root, tmp_path / "cache", monkeypatch)
    seen: dict[str, object] = {}
    for name, loaded in loads.items():
        pd = loaded.repo.plans["bench-2023"]
        rows, readings = pd.record_rows(), pd.reading_rows()
        assert len(rows) == len(pd.records) > 500
        assert len(readings) == len(pd.readings) > 100
        for row, loc in zip(rows, pd.records, strict=True):
            rec = loc.value
            for f in RecordRow._fields:
                assert getattr(row, f) == getattr(rec, f), (name, f)
            assert row.span == rec.span
        for reading, m in zip(readings, pd.readings, strict=True):
            value = m.reading.value
            assert (reading.indicator, reading.unit, reading.value, reading.period) == (
                value.indicator, value.unit, value.value, m.period), name
        assert pd.by_owner() == _reference_owners(pd), name
        seen[name] = (rows, readings, pd.by_owner())
    assert seen["warm"] == seen["fresh"] == seen["cold"]
    # the extra files: path order within a day, date order across files
    task, unit = (repo_root / "pair.txt").read_text(encoding="utf-8").split()
    mine = loads["warm"].repo.plans["bench-2023"].by_owner()[(task, unit)]
    extra = [(r.date, r.status, r.note) for r in mine if r.note == "Chờ kinh phí"
             or r.evidence == ("Báo cáo 1", "Báo cáo 2") or r.period is not None
             and r.period[0] == "2023-Q1"]
    assert extra == [(dt.date(2023, 2, 1), "in-progress", None),
                     (dt.date(2023, 5, 2), "blocked", "Chờ kinh phí"),
                     (dt.date(2023, 5, 2), "done", None)]


def test_a_row_has_its_models_fields() -> None:
    """One list of fields: a row's are its model's, by name and in order (a reading's row adds
    the label of its file's period)."""
    from cchc.model.records import Reading, Record
    from cchc.model.rows import ReadingRow

    assert RecordRow._fields == tuple(Record.model_fields)
    assert ReadingRow._fields == (*Reading.model_fields, "period")


def _plain(loaded: Loaded, as_of: dt.date) -> list[object]:
    summary = summarise(loaded.repo, loaded.registry, as_of)
    return [dataclasses.replace(p, data=None) for p in summary.plans]  # type: ignore[arg-type]


@pytest.mark.parametrize("as_of", [dt.date(2023, 1, 15), dt.date(2023, 5, 2),
                                   dt.date(2023, 10, 11), dt.date(2024, 6, 1)])
def test_a_warm_summary_is_the_fresh_one_and_makes_no_model(
        repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        as_of: dt.date) -> None:
    loads = _loads(repo_root, tmp_path / "cache", monkeypatch)
    made: list[str] = []
    from cchc.load import pack

    for name in ("_records", "_readings"):
        original = getattr(pack, name)

        def spy(*args: object, _original: object = original, _name: str = name) -> object:
            made.append(_name)
            return _original(*args)  # type: ignore[operator]

        monkeypatch.setattr(pack, name, spy)
    warm = load(repo_root, tmp_path / "cache")
    got = _plain(warm, as_of)
    assert made == []  # computed from the rows alone
    assert got == _plain(loads["fresh"], as_of)
    assert warm.repo.plans["bench-2023"].records and made  # the models, when asked for


def test_round2_without_decimals_agrees_with_the_decimal_rounding() -> None:
    """`round2` skips the decimal work for a number written with two decimals at most."""
    import random
    from decimal import ROUND_HALF_UP, Decimal

    from cchc.compute.gaps import round2

    rng = random.Random(15)
    values = [0.0, -0.0, 1.005, 2.675, -2.675, 0.125, 1e16, 1.5e-7, 123456789.12, -0.004,
              -0.005, 99.995, 1e22, 5e-324]
    for _ in range(20_000):
        digits = rng.randrange(0, 6)
        values.append(round(rng.uniform(-1e6, 1e6), digits))
        values.append(rng.randrange(-10**6, 10**6) / 10**digits)
    for x in values:
        exact = float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + 0.0
        got = round2(x)
        assert repr(got) == repr(exact), x


def test_a_bare_result_is_a_new_result() -> None:
    from cchc.load.discover import SourceFile
    from cchc.load.pack import bare_result
    from cchc.load.repository import FileResult

    source = SourceFile("plans/p/updates/a.yaml", "updates", "p")
    made, bare = FileResult(source, []), bare_result(source, [])
    assert vars(bare) == vars(made) and type(bare) is FileResult
    assert bare.records is not bare_result(source, []).records  # nothing shared
