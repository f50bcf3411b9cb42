"""Checks of progress records and indicator readings (docs/format.md, "Progress records" and
"Indicator readings").

Each record and reading is checked by a function of its own, so that `cchc update` and
`cchc measure` validate a new entry with exactly the rules `check` applies to stored ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cchc.clerk.names import close_ids, close_units
from cchc.diagnostics import Diagnostic, error, warning
from cchc.model.deadlines import period_frequency
from cchc.model.domain import Config, Indicator
from cchc.model.registry import Registry
from cchc.model.repository import Located, Measured, PlanData, Repository

if TYPE_CHECKING:  # (pydantic) the records' models, made only when a command checks them
    from cchc.model.records import Record

ReadingKey = tuple[str, str | None, str]


def task_units(pd: PlanData, registry: Registry, task_id: str) -> set[str]:
    """The units that may report on a task: its accountable and its supporting units."""
    task = pd.task(task_id)
    if task is None:
        return set()
    return set(registry.expand_all((*task.lead, *task.support)))


def check_records(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    units = registry.units
    for pd in repo.plans.values():
        parts: dict[str, set[str]] = {}  # task id -> units with a part in it, computed once
        for r in pd.records:
            record = r.value
            # A record that passes every rule of `check_record` (its task is known once it is
            # in `parts`), tested without a call: most records of a repository.
            part = parts.get(record.task)
            if (part is not None and record.unit in part and record.unit in units
                    and (record.evidence or record.status != "done")):
                continue
            yield from check_record(pd, registry, repo.config, r, parts)


def check_record(pd: PlanData, registry: Registry, config: Config, r: Located[Record],
                 parts: dict[str, set[str]] | None = None) -> Iterator[Diagnostic]:
    record = r.value
    if pd.task(record.task) is None:
        if record.task not in pd.declared:  # an invalid task is reported where it is written
            path, line, col = r.where("task")
            yield error(path, line, col, "unknown-task", id=record.task, plan=pd.handle,
                        **close_ids(record.task, (t.value.id for t in pd.tasks)))
        return
    if record.unit not in registry.units:
        if registry.known(record.unit) and record.unit not in registry.groups:
            return
        path, line, col = r.where("unit")
        if record.unit in registry.groups:
            yield error(path, line, col, "group-not-unit", id=record.unit, field="unit")
        else:
            yield error(path, line, col, "unknown-unit", id=record.unit, field="unit",
                        **close_units(registry, record.unit))
        return
    if parts is None:
        parts = {}
    if record.task not in parts:
        parts[record.task] = task_units(pd, registry, record.task)
    if record.unit not in parts[record.task]:
        path, line, col = r.where("unit")
        yield error(path, line, col, "unit-not-in-task", id=record.unit, task=record.task)
    if record.status == "done" and not record.evidence:
        path, line, col = r.where("status")
        make = error if config.require_evidence else warning
        yield make(path, line, col, "missing-evidence", task=record.task)


def check_readings(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    units = registry.units
    for pd in repo.plans.values():
        seen: dict[ReadingKey, Measured] = {}
        measured: dict[str, set[str]] = {}
        frequencies: dict[str, str | None] = {}  # period -> its frequency
        indicators: dict[str, Indicator | None] = {}
        for m in pd.readings:
            reading = m.reading.value
            # A reading of a unit that passes every rule of `check_reading` (the indicator's
            # measured units are known once in `measured`), tested without a call.
            unit = reading.unit
            ids = measured.get(reading.indicator)
            if ids is not None and unit is not None and unit in ids and unit in units:
                ind = indicators.get(reading.indicator)
                if ind is None:
                    ind = indicators[reading.indicator] = pd.indicator(reading.indicator)
                frequency = frequencies.get(m.period, "")
                if frequency == "":
                    frequency = frequencies[m.period] = period_frequency(m.period)
                key = (reading.indicator, unit, m.period)
                if (ind is not None and ind.per == "unit" and frequency == ind.frequency
                        and key not in seen):
                    seen[key] = m
                    continue
            yield from check_reading(pd, registry, m, seen, measured)


def check_reading(pd: PlanData, registry: Registry, m: Measured,
                  seen: dict[ReadingKey, Measured],
                  measured: dict[str, set[str]] | None = None) -> Iterator[Diagnostic]:
    """One reading's rules; `seen` holds the readings before it, for duplicates;
    `measured` caches each indicator's measured units."""
    reading = m.reading.value
    ind = pd.indicator(reading.indicator)
    if ind is None:
        if reading.indicator not in pd.declared:
            path, line, col = m.reading.where("indicator")
            yield error(path, line, col, "unknown-indicator", id=reading.indicator,
                        **close_ids(reading.indicator, (i.value.id for i in pd.indicators)))
        return
    if period_frequency(m.period) != ind.frequency:
        path, line, col = m.reading.doc.where(("period",))
        yield error(path, line, col, "reading-period-mismatch", id=ind.id, period=m.period,
                    frequency=ind.frequency)
    if ind.per == "unit":
        if reading.unit is None:
            path, line, col = m.reading.where()
            yield error(path, line, col, "reading-needs-unit", id=ind.id)
            return
        if reading.unit not in registry.units:
            if not (registry.known(reading.unit) and reading.unit not in registry.groups):
                path, line, col = m.reading.where("unit")
                if reading.unit in registry.groups:
                    yield error(path, line, col, "unit-is-group", id=reading.unit,
                                field="unit")
                else:
                    yield error(path, line, col, "unknown-unit", id=reading.unit,
                                field="unit", **close_units(registry, reading.unit))
            return
        if measured is None:
            measured = {}
        if ind.id not in measured:
            measured[ind.id] = set(registry.expand_all(ind.units) if ind.units
                                   else registry.all_units())
        if reading.unit not in measured[ind.id]:
            path, line, col = m.reading.where("unit")
            yield error(path, line, col, "unit-not-measured", id=reading.unit, indicator=ind.id)
    elif reading.unit is not None:
        path, line, col = m.reading.where("unit")
        yield error(path, line, col, "reading-unexpected-unit", id=ind.id)
        return
    key = (reading.indicator, reading.unit, m.period)
    earlier = seen.get(key)
    if earlier is None:
        seen[key] = m
        return
    path0, line0, _ = earlier.reading.where()
    path, line, col = m.reading.where("value")
    same = earlier.reading.value.value == reading.value
    make = warning if same else error
    yield make(path, line, col, "duplicate-reading" if same else "conflicting-reading",
               indicator=reading.indicator, unit=reading.unit or "-", period=m.period,
               first=f"{path0}:{line0}")
