"""The whole repository as plain data: what the loader builds and every later stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from cchc.diagnostics import Diagnostic
from cchc.model.config import Config
from cchc.model.deadlines import Span
from cchc.model.plan import Indicator, Plan, Section, Task
from cchc.model.records import Reading, Record
from cchc.model.source import Key, Keys, Source
from cchc.model.units import Group, Unit

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Located(Generic[T]):
    """A model object and where it was written: the document and the keys leading to it.
    Slotted: a province has 200,000 of them."""

    value: T
    doc: Source
    keys: Keys

    def where(self, *more: Key, key: bool = False) -> tuple[str, int, int]:
        return self.doc.where(self.keys + more, key=key)


@dataclass(frozen=True, slots=True)
class Measured:
    """One reading with the period of the file it came from."""

    reading: Located[Reading]
    period: str  # canonical label: 2023-03, 2023-Q1 or 2023
    span: Span
    source: str | None


@dataclass
class PlanData:
    handle: str
    doc: Source
    plan: Plan
    sections: list[Located[Section]] = field(default_factory=list)
    tasks: list[Located[Task]] = field(default_factory=list)
    indicators: list[Located[Indicator]] = field(default_factory=list)
    records: list[Located[Record]] = field(default_factory=list)
    readings: list[Measured] = field(default_factory=list)
    # Ids written in plan.yaml, valid or not: a reference to an invalid task is not reported
    # again as a reference to a missing one.
    declared: set[str] = field(default_factory=set)
    _tasks: dict[str, Task] | None = field(default=None, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)

    def task(self, task_id: str) -> Task | None:
        """The task with this id (the first, if an id is duplicated), else None."""
        if self._tasks is None or self._indexed != len(self.tasks):  # built once, after loading
            self._tasks = {}
            for t in reversed(self.tasks):
                self._tasks[t.value.id] = t.value
            self._indexed = len(self.tasks)
        return self._tasks.get(task_id)

    def indicator(self, indicator_id: str) -> Indicator | None:
        for i in self.indicators:
            if i.value.id == indicator_id:
                return i.value
        return None


@dataclass
class Repository:
    root: Path
    config: Config
    units: list[Located[Unit]] = field(default_factory=list)
    groups: list[Located[Group]] = field(default_factory=list)
    plans: dict[str, PlanData] = field(default_factory=dict)
    declared_units: set[str] = field(default_factory=set)  # as for PlanData.declared
    # Every plan folder with a plan file, valid or not: a write never guesses past a broken one.
    plan_folders: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
