"""The site's per-plan indexes (`render/site/index.py`) against their plain definitions: the
positions of each unit's and task's obligations, each month's run of every task's records,
and each task's counts, on the demo and on records that cross a year."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from types import SimpleNamespace
from typing import Any

from cchc.compute.obligations import STATES
from cchc.compute.summary import summarise
from cchc.pipeline import load
from cchc.render.site.index import RecordMonth, _record_months, plan_index
from cchc.render.site.make import _records
from tests.conftest import ROOT

DEMO = ROOT / "examples" / "demo"


def months_one_by_one(records_by_task: dict[str, list[Any]],
                      order: list[str]) -> list[RecordMonth]:
    """Each record compared with the one before it: a new run wherever the month changes."""
    runs: dict[str, list[tuple[str, int, int]]] = {}
    for task in dict.fromkeys(order):
        records = records_by_task.get(task, [])
        start = 0
        for i in range(1, len(records) + 1):
            if i == len(records) or (records[i].date.year, records[i].date.month) != (
                    records[start].date.year, records[start].date.month):
                d = records[start].date
                runs.setdefault(f"{d.year:04d}-{d.month:02d}", []).append((task, start, i))
                start = i
    return [RecordMonth(m, tuple(runs[m])) for m in sorted(runs, reverse=True)]


def test_record_months_across_a_year_and_a_task_written_twice() -> None:
    days = [dt.date(2023, 11, 30), dt.date(2023, 12, 1), dt.date(2023, 12, 31),
            dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 3, 5),
            dt.date(9999, 12, 31)]
    by_task = {"a": [SimpleNamespace(date=d) for d in days],
               "b": [SimpleNamespace(date=dt.date(2023, 12, 15))], "c": []}
    order = ["b", "a", "c", "b", "missing"]
    found = _record_months(by_task, order)
    assert found == months_one_by_one(by_task, order)
    assert [m.month for m in found] == ["9999-12", "2024-03", "2024-01", "2023-12", "2023-11"]
    assert found[3].runs == (("b", 0, 1), ("a", 1, 4))


def test_plan_index_on_the_demo() -> None:
    loaded = load(DEMO)
    for as_of in (dt.date(2023, 3, 31), dt.date(2023, 12, 31)):
        status = summarise(loaded.repo, loaded.registry, as_of)
        records = _records(loaded.repo, as_of)
        for p in status.plans:
            ix = plan_index(p, None, [], records[p.plan], loaded.registry,  # type: ignore[arg-type]
                            as_of)
            units: dict[str, list[int]] = {}
            tasks: dict[str, list[int]] = {}
            for i, o in enumerate(p.obligations):
                units.setdefault(o.unit, []).append(i)
                tasks.setdefault(o.task, []).append(i)
            assert ix.by_unit == units
            assert ix.by_task == tasks
            assert ix.record_months == months_one_by_one(
                ix.records_by_task, [t.value.id for t in p.data.tasks])
            assert sum(m.count for m in ix.record_months) == len(records[p.plan])
            for row in ix.task_rows:
                counted = Counter(p.obligations[i].state for i in tasks.get(row.task.id, ()))
                assert row.counts == {s: counted[s] for s in STATES}
                assert list(row.counts) == list(STATES)
