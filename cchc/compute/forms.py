"""What an Excel form asks a unit (`cchc form`): its open obligations, or a grid of readings.

Pure: no I/O, no clock.

- A progress form (`cchc form --unit U`) has one row per open obligation of the unit: every
  state but `done` and `done-late`, in the order of `cchc tasks` (plan, natural task id).
  A recurring task's row names the period of its next unsatisfied occurrence (the earliest
  overdue one when it is overdue): the calendar period for a named frequency (`2023-03`,
  `2023-Q1`, `2023-W05`, a day), the due day itself for an RRULE, whose occurrences are not
  calendar periods; a record with that period satisfies exactly that occurrence.
- A readings form (`cchc form --readings --period P`) has the indicators of the period's
  frequency (or, with `--unit`, those the unit owns) as columns and the measured units as
  rows, the locality first for `per: locality` indicators; each cell is either to fill
  (the unit is measured by that indicator) or closed. Existing readings are filled in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.compute.obligations import Obligation, State
from cchc.i18n.collate import sort_key
from cchc.model.deadlines import Deadline, period_frequency
from cchc.model.registry import Registry
from cchc.model.repository import PlanData

OPEN: tuple[State, ...] = ("overdue", "due-soon", "stale", "blocked", "in-progress",
                           "not-started")


@dataclass(frozen=True)
class FormRow:
    task: str
    title: str
    due: dt.date | None
    period: str | None  # recurring tasks only
    state: State


def occurrence_label(deadline: Deadline, due: dt.date) -> str:
    """The `period` a record gives to satisfy the occurrence due on `due` (see module doc)."""
    freq = deadline.frequency
    if freq == "monthly":
        return f"{due.year}-{due.month:02d}"
    if freq == "quarterly":
        return f"{due.year}-Q{(due.month - 1) // 3 + 1}"
    if freq == "yearly":
        return str(due.year)
    if freq == "weekly":
        iso = due.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if str(freq) == "half-yearly":
        return f"{due.year}-H{(due.month - 1) // 6 + 1}"
    return due.isoformat()  # daily, and RRULE occurrences


def task_rows(pd: PlanData, obls: list[Obligation], unit: str) -> list[FormRow]:
    """The rows of the progress form of `unit` for plan `pd` (obligations already sorted)."""
    rows = []
    for o in obls:
        if o.plan != pd.handle or o.unit != unit or o.state not in OPEN:
            continue
        task = pd.task(o.task)
        if task is None:
            continue
        period = (occurrence_label(task.due, o.due)
                  if task.due.kind == "recurring" and o.due is not None else None)
        rows.append(FormRow(o.task, task.title or task.text or "", o.due, period, o.state))
    return rows


@dataclass(frozen=True)
class GridColumn:
    indicator: str
    name: str
    target: str
    locality: bool  # per: locality


@dataclass(frozen=True)
class Grid:
    period: str
    columns: tuple[GridColumn, ...]
    rows: tuple[str | None, ...]  # unit ids; None is the locality
    open: frozenset[tuple[str | None, str]]  # (unit, indicator) cells to fill
    values: dict[tuple[str | None, str], float]  # readings already given


def readings_grid(pd: PlanData, registry: Registry, period: str,
                  owner: str | None = None) -> Grid:
    """The grid of indicators of `period`'s frequency (of `owner`, if given)."""
    freq = period_frequency(period)
    owners = set(registry.expand(owner)) | {owner} if owner is not None else None
    columns: list[GridColumn] = []
    cells: set[tuple[str | None, str]] = set()
    units: set[str] = set()
    locality = False
    for located in pd.indicators:
        ind = located.value
        if ind.frequency != freq or (owners is not None and ind.owner not in owners):
            continue
        columns.append(GridColumn(ind.id, ind.name or ind.id, ind.target.written,
                                  ind.per == "locality"))
        if ind.per == "locality":
            locality = True
            cells.add((None, ind.id))
            continue
        measured = registry.expand_all(ind.units) if ind.units else registry.all_units()
        end = _period_end(period)
        for u in measured:
            until = registry.units[u].until
            if until is not None and until < end:
                continue
            units.add(u)
            cells.add((u, ind.id))
    values: dict[tuple[str | None, str], float] = {}
    for m in pd.readings:
        r = m.reading.value
        if m.period == period and (r.unit, r.indicator) in cells:
            values.setdefault((r.unit, r.indicator), r.value)
    ordered: list[str | None] = [None] if locality else []
    measured_units: list[str] = sorted(units, key=lambda u: (sort_key(registry.name(u)), u))
    ordered.extend(measured_units)
    return Grid(period, tuple(columns), tuple(ordered), frozenset(cells), values)


def _period_end(label: str) -> dt.date:
    from cchc.model.deadlines import period_span

    return period_span(label).end
