"""Checks of progress records and indicator readings (format sections 6 and 7)."""

from __future__ import annotations

from collections.abc import Iterator

from cchc.diagnostics import Diagnostic, error, warning
from cchc.model.registry import Registry
from cchc.model.repository import Measured, PlanData, Repository
from cchc.model.deadlines import period_frequency


def task_units(pd: PlanData, registry: Registry, task_id: str) -> set[str]:
    """The units that may report on a task: its accountable and its supporting units."""
    task = pd.task(task_id)
    if task is None:
        return set()
    return set(registry.expand_all((*task.lead, *task.support)))


def check_records(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for pd in repo.plans.values():
        tasks = {t.value.id for t in pd.tasks}
        for r in pd.records:
            record = r.value
            if record.task not in tasks:
                if record.task in pd.declared:
                    continue  # the task itself is invalid and reported where it is written
                path, line, col = r.where("task")
                yield error(path, line, col, "unknown-task", id=record.task, plan=pd.handle)
                continue
            if record.unit not in registry.units:
                if registry.known(record.unit) and record.unit not in registry.groups:
                    continue
                path, line, col = r.where("unit")
                code = "group-not-unit" if record.unit in registry.groups else "unknown-unit"
                yield error(path, line, col, code, id=record.unit, field="unit")
                continue
            if record.unit not in task_units(pd, registry, record.task):
                path, line, col = r.where("unit")
                yield error(path, line, col, "unit-not-in-task", id=record.unit,
                            task=record.task)
            if record.status == "done" and not record.evidence:
                path, line, col = r.where("status")
                code = "missing-evidence"
                if repo.config.require_evidence:
                    yield error(path, line, col, code, task=record.task)
                else:
                    yield warning(path, line, col, code, task=record.task)


def check_readings(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for pd in repo.plans.values():
        indicators = {i.value.id: i.value for i in pd.indicators}
        seen: dict[tuple[str, str | None, str], Measured] = {}
        for m in pd.readings:
            reading = m.reading.value
            ind = indicators.get(reading.indicator)
            if ind is None:
                if reading.indicator in pd.declared:
                    continue
                path, line, col = m.reading.where("indicator")
                yield error(path, line, col, "unknown-indicator", id=reading.indicator)
                continue
            if period_frequency(m.period) != ind.frequency:
                path, line, col = m.reading.doc.where(("period",))
                yield error(path, line, col, "reading-period-mismatch", id=ind.id,
                            period=m.period, frequency=ind.frequency)
            if ind.per == "unit":
                if reading.unit is None:
                    path, line, col = m.reading.where()
                    yield error(path, line, col, "reading-needs-unit", id=ind.id)
                    continue
                if reading.unit not in registry.units:
                    if registry.known(reading.unit) and reading.unit not in registry.groups:
                        continue
                    path, line, col = m.reading.where("unit")
                    yield error(path, line, col, "unknown-unit", id=reading.unit, field="unit")
                    continue
                measured = registry.expand_all(ind.units) if ind.units else registry.all_units()
                if reading.unit not in measured:
                    path, line, col = m.reading.where("unit")
                    yield error(path, line, col, "unit-not-measured", id=reading.unit,
                                indicator=ind.id)
            elif reading.unit is not None:
                path, line, col = m.reading.where("unit")
                yield error(path, line, col, "reading-unexpected-unit", id=ind.id)
                continue
            key = (reading.indicator, reading.unit, m.period)
            earlier = seen.get(key)
            if earlier is None:
                seen[key] = m
                continue
            path0, line0, _ = earlier.reading.where()
            path, line, col = m.reading.where("value")
            same = earlier.reading.value.value == reading.value
            make = warning if same else error
            yield make(path, line, col, "duplicate-reading" if same else "conflicting-reading",
                       indicator=reading.indicator, unit=reading.unit or "-", period=m.period,
                       first=f"{path0}:{line0}")
