"""What the pages of one plan share, in every language: indexes built once per plan.

Obligations, records and readings are indexed by unit and by task here, once, so that a
unit's page and a task's page cost their own rows and never a pass over the whole plan; file
names (`slugs`) are chosen here too, so every page links to the same names.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from cchc.compute.gaps import Gap
from cchc.compute.history import IndicatorHistory, PlanHistory
from cchc.compute.obligations import STATES, State
from cchc.compute.summary import PlanStatus, UnitScore
from cchc.i18n.collate import sort_key
from cchc.model.domain import Task
from cchc.model.registry import Registry
from cchc.model.rows import RecordRow

LANGUAGES = ("vi", "en")
DONE: tuple[State, ...] = ("done", "done-late")
# The records of a task are on its page too when it has at most this many; every record is on
# the page of its month.
RECORDS_INLINE = 100
# Windows refuses these file names whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


def slugs(ids: Iterable[str]) -> dict[str, str]:
    """A file name (without .html) for each id, distinct even where case is not (Windows and
    macOS fold it): `III.2` -> `iii.2`; a second id folding the same gets `-2`, and so on."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ident in sorted(set(ids)):
        base = ident.lower()
        if base.split(".")[0] in _RESERVED:
            base = "_" + base
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        out[ident] = name
    return out


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator on the overview: its latest period ended, from the rows of `gaps`."""

    id: str
    name: str
    target: str
    frequency: str
    period: str | None
    readings: int
    expected: int
    met: int
    value: float | None  # the locality's reading (per: locality)


@dataclass(frozen=True)
class TaskRow:
    task: Task
    lead: str  # the lead's names
    overdue: int
    done: int
    total: int
    counts: dict[State, int]


@dataclass(frozen=True)
class RecordMonth:
    """Every record of a plan filed in one month, on a page of its own, by task: `runs` are
    (task, start, stop), positions in the task's records (in date order, so a month of a
    task is one run), the tasks in the plan's order."""

    month: str  # YYYY-MM
    runs: tuple[tuple[str, int, int], ...]

    @property
    def page(self) -> str:  # relative to the plan's folder
        return f"records/{self.month}.html"

    @property
    def count(self) -> int:
        return sum(stop - start for _, start, stop in self.runs)


@dataclass
class PlanIndex:
    p: PlanStatus
    history: PlanHistory
    indicators: list[IndicatorHistory]
    by_unit: dict[str, list[int]]  # positions in p.obligations
    by_task: dict[str, list[int]]
    records_by_task: dict[str, list[RecordRow]]
    record_months: list[RecordMonth]  # newest first
    task_months: dict[str, list[tuple[RecordMonth, int]]]  # task -> (month, its records)
    units: list[str]  # every unit with a page, by name (Vietnamese order) then id
    unit_slug: dict[str, str]
    task_slug: dict[str, str]
    indicator_slug: dict[str, str]
    scores: dict[str, UnitScore]
    gaps_by_indicator: dict[str, list[Gap]]
    as_of: dt.date
    titles: dict[str, str]
    sections: dict[str, str]
    indicator_names: dict[str, str]
    indicator_rows: list[IndicatorRow]
    task_rows: list[TaskRow]
    reg: Registry

    @property
    def tasks(self) -> list[Task]:
        return [r.task for r in self.task_rows]

    # Once the plan has ended, days overdue are counted to its last day, and the headings
    # say so (`PlanStatus.days_late`).
    @property
    def days_col(self) -> str:
        return "col.days-overdue-end" if self.p.final is not None else "col.days-overdue"

    @property
    def total_days_col(self) -> str:
        return ("col.total-days-overdue-end" if self.p.final is not None
                else "col.total-days-overdue")


def plan_index(p: PlanStatus, history: PlanHistory, indicators: list[IndicatorHistory],
               records: list[RecordRow], registry: Registry, as_of: dt.date) -> PlanIndex:
    by_unit: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(map(_unit, p.obligations)):
        by_unit[u].append(i)
    # sorted by task (natural), then unit: a task's positions are one run (or a few)
    by_task: dict[str, list[int]] = defaultdict(list)
    tasks = list(map(_task, p.obligations))
    for task, run in groupby(range(len(tasks)), key=tasks.__getitem__):
        by_task[task] += run
    states = list(map(_state, p.obligations))  # counted by task below, a Counter a task
    records_by_task: dict[str, list[RecordRow]] = defaultdict(list)
    for r in records:
        records_by_task[r.task].append(r)
    record_months = _record_months(records_by_task, [t.value.id for t in p.data.tasks])
    task_months: dict[str, list[tuple[RecordMonth, int]]] = defaultdict(list)
    for month in record_months:
        for ident, start, stop in month.runs:
            task_months[ident].append((month, stop - start))
    measured = {u for ih in indicators for u in ih.measured if u is not None}
    units = sorted(set(by_unit) | measured, key=lambda u: (sort_key(registry.name(u)), u))
    gaps_by_indicator: dict[str, list[Gap]] = defaultdict(list)
    for g in p.gaps:
        gaps_by_indicator[g.indicator].append(g)
    names = {i.value.id: i.value.name or i.value.id for i in p.data.indicators}
    indicator_rows: list[IndicatorRow] = []
    for ih in indicators:
        ind = ih.indicator
        rows = gaps_by_indicator.get(ind.id, [])
        indicator_rows.append(IndicatorRow(
            ind.id, names.get(ind.id, ind.id), ind.target.written, ind.frequency,
            rows[0].period if rows else None, sum(1 for g in rows if g.value is not None),
            len(rows), sum(1 for g in rows if g.met),
            rows[0].value if rows and ind.per == "locality" else None))
    task_rows: list[TaskRow] = []
    seen: set[str] = set()
    for located in p.data.tasks:
        task = located.value
        if task.id in seen:
            continue
        seen.add(task.id)
        counts = dict.fromkeys(STATES, 0)
        counts.update(Counter(map(states.__getitem__, by_task.get(task.id, ()))))
        task_rows.append(TaskRow(
            task, "; ".join(registry.name(u) for u in task.lead), counts["overdue"],
            sum(counts[s] for s in DONE), sum(counts.values()), counts))
    return PlanIndex(
        p, history, indicators, by_unit, by_task, records_by_task, record_months,
        task_months, units,
        slugs(units), slugs(t.value.id for t in p.data.tasks),
        slugs(i.value.id for i in p.data.indicators),
        {s.unit: s for s in p.scorecard}, gaps_by_indicator, as_of,
        {t.value.id: t.value.title or "" for t in reversed(p.data.tasks)},
        {s.value.id: s.value.title or "" for s in reversed(p.data.sections)},
        names, indicator_rows, task_rows, registry)


def _record_months(records_by_task: dict[str, list[RecordRow]],
                   order: list[str]) -> list[RecordMonth]:
    """The months with records, newest first, each with its runs of every task's records.

    A task's records are in date order, so a month's run ends where a bisection finds the
    next month's first record: 0.002-0.003 s at 1,000 communes (89,881 records, 200 tasks),
    0.04 s when each record was compared with the one before it."""
    runs: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for task in dict.fromkeys(order):  # the plan's order; a task written twice, once
        records = records_by_task.get(task, [])
        start, count = 0, len(records)
        while start < count:
            d = records[start].date
            stop = bisect_right(records, (d.year, d.month), lo=start, key=_month)
            runs[f"{d.year:04d}-{d.month:02d}"].append((task, start, stop))
            start = stop
    return [RecordMonth(month, tuple(runs[month])) for month in sorted(runs, reverse=True)]


def _month(r: RecordRow) -> tuple[int, int]:
    return r.date.year, r.date.month


_unit = attrgetter("unit")
_task = attrgetter("task")
_state = attrgetter("state")
