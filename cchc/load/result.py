"""What one file contributes to the repository (`FileResult`): the files' cache keeps these.

A module of its own, without pydantic: a warm run reads the results back from the cache
(`cchc.load.pack`) and assembles them (`cchc.load.repository`) without importing what reads
and validates a file (`cchc.load.readfile`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cchc.diagnostics import Diagnostic
from cchc.load.discover import SourceFile
from cchc.model.domain import Config, Group, Unit
from cchc.model.repository import FileRows, Located, Measured, PlanData

if TYPE_CHECKING:
    from cchc.model.records import Record


@dataclass
class FileResult:
    """What one file contributes to the repository: its own diagnostics and valid items."""

    source: SourceFile
    diagnostics: list[Diagnostic] = field(default_factory=list)
    config: Config | None = None
    units: list[Located[Unit]] = field(default_factory=list)
    groups: list[Located[Group]] = field(default_factory=list)
    declared: set[str] = field(default_factory=set)
    plan: PlanData | None = None  # sections, tasks and indicators; records come from others
    records: list[Located[Record]] = field(default_factory=list)
    readings: list[Measured] = field(default_factory=list)
    # From the files' cache: the records or readings as rows, their models made on demand
    # (then `records` and `readings` above are empty; `models` gives them either way).
    rows: FileRows | None = None

    def models(self) -> tuple[list[Located[Record]], list[Measured]]:
        """The records and readings of the file as models."""
        return self.rows.models() if self.rows is not None else (self.records, self.readings)
