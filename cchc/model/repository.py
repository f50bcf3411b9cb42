"""The whole repository as plain data: what the loader builds and every later stage reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

from cchc.diagnostics import Diagnostic
from cchc.model.deadlines import Span
from cchc.model.domain import Config, Group, Indicator, Plan, Section, Task, Unit
from cchc.model.rows import ReadingRow, RecordRow
from cchc.model.source import Key, Keys, Source

if TYPE_CHECKING:  # the models of records and readings are made only when asked for
    from cchc.model.records import Reading, Record

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


Models: TypeAlias = "tuple[list[Located[Record]], list[Measured]]"


@dataclass(slots=True)
class FileRows:
    """One file's records or readings as the files' cache gives them back: rows for the
    computation, and how to make their models, called only if something asks for those
    (`cchc.load.pack`; at 1,000 communes the models cost more than computing the status)."""

    records: list[RecordRow]
    readings: list[ReadingRow]
    make: Callable[[], Models]
    _made: Models | None = None

    def models(self) -> Models:
        """The records and readings as models (made once)."""
        if self._made is None:
            self._made = self.make()
        return self._made


_date = itemgetter(2)  # of a RecordRow: its date (a named tuple's attribute costs 4 x more)


def record_row(r: Record) -> RecordRow:
    """The row of a record read afresh: the values the files' cache gives back as a row."""
    return RecordRow(r.task, r.unit, r.date, r.status, r.period, r.note, r.evidence)


def _reading_row(m: Measured) -> ReadingRow:
    """The row of a reading read afresh: the values the files' cache gives back as a row."""
    r = m.reading.value
    return ReadingRow(r.indicator, r.unit, r.value, m.period)


_task_unit = itemgetter(0, 1)  # of a RecordRow


@dataclass
class PlanData:
    """A plan and what every file says of it.

    Its records and readings come in path order, and in file order within a path, each file
    either as models (read afresh) or as rows (from the files' cache). The computation reads
    rows (`record_rows`, `by_owner`, `reading_rows`), the same values as the models' fields;
    `records` and `readings` give the models, made on first use. Both are read-only once
    loaded (`add` is for the loader)."""

    handle: str
    doc: Source
    plan: Plan
    sections: list[Located[Section]] = field(default_factory=list)
    tasks: list[Located[Task]] = field(default_factory=list)
    indicators: list[Located[Indicator]] = field(default_factory=list)
    # Ids written in plan.yaml, valid or not: a reference to an invalid task is not reported
    # again as a reference to a missing one.
    declared: set[str] = field(default_factory=set)
    _parts: list[FileRows | Models] = field(default_factory=list, init=False, repr=False,
                                            compare=False)
    _models: Models | None = field(default=None, init=False, repr=False, compare=False)
    _rows: list[RecordRow] | None = field(default=None, init=False, repr=False, compare=False)
    _readings: list[ReadingRow] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    _owners: dict[tuple[str, str], list[RecordRow]] | None = field(
        default=None, init=False, repr=False, compare=False)
    _tasks: dict[str, Task] | None = field(default=None, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)

    def add(self, records: list[Located[Record]], readings: list[Measured],
            rows: FileRows | None = None) -> None:
        """The records and readings of the next file (in path order), as models or as rows."""
        if rows is not None:
            self._parts.append(rows)
        elif records or readings:
            self._parts.append((records, readings))
        self._models = self._rows = self._readings = self._owners = None

    def _made(self) -> Models:
        if self._models is None:
            records: list[Located[Record]] = []
            readings: list[Measured] = []
            for part in self._parts:
                mine = part.models() if isinstance(part, FileRows) else part
                records += mine[0]
                readings += mine[1]
            self._models = (records, readings)
        return self._models

    @property
    def records(self) -> list[Located[Record]]:
        """The progress records as models, where they were written (path order)."""
        return self._made()[0]

    @property
    def readings(self) -> list[Measured]:
        """The readings as models, where they were written (path order)."""
        return self._made()[1]

    def record_rows(self) -> list[RecordRow]:
        """The progress records as rows, in the order of `records`."""
        if self._rows is None:
            rows: list[RecordRow] = []
            for part in self._parts:
                if isinstance(part, FileRows):
                    rows += part.records
                else:
                    rows += [record_row(loc.value) for loc in part[0]]
            self._rows = rows
        return self._rows

    def by_owner(self) -> dict[tuple[str, str], list[RecordRow]]:
        """The records of each (task, unit), every list in the contract's order (date, then
        path, then position in the file), of every date (made once)."""
        if self._owners is None:
            rows = self.record_rows()
            owners: dict[tuple[str, str], list[RecordRow]] = {}
            get = owners.get
            for key, r in zip(map(_task_unit, rows), rows, strict=True):
                mine = get(key)
                if mine is None:
                    owners[key] = [r]
                else:
                    mine.append(r)
            for mine in owners.values():
                if len(mine) > 1:
                    mine.sort(key=_date)  # stable: path order among records of one day
            self._owners = owners
        return self._owners

    def reading_rows(self) -> list[ReadingRow]:
        """The readings as rows, in the order of `readings`."""
        if self._readings is None:
            rows: list[ReadingRow] = []
            for part in self._parts:
                if isinstance(part, FileRows):
                    rows += part.readings
                else:
                    rows += [_reading_row(m) for m in part[1]]
            self._readings = rows
        return self._readings

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
