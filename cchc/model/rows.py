"""The rows the computation reads: a progress record and an indicator reading as plain tuples.

A province has 120,000 records and 72,000 readings. The files' cache (`cchc.load.pack`) gives
them back as these rows without making a model of each; a file read afresh is validated by
its pydantic model (`cchc.model.records.Record`, `Reading`) and made into its row
(`cchc.model.repository.record_row`). A row has its model's fields, by the same names and
in the same order (`tests/test_rows.py`). Nothing here imports pydantic: a warm run reads
only rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from cchc.model.deadlines import Span

# The status a record reports (compute/obligations.py adds `not-started` for no record).
RecordStatus = Literal["in-progress", "done", "blocked"]


class RecordRow(NamedTuple):
    """A record as the computation reads it: the fields of `Record`, by the same names, in a
    tuple (a province has 120,000 records; the files' cache gives these back without making
    a model of each, `cchc.model.repository.PlanData.record_rows`)."""

    task: str
    unit: str
    date: dt.date
    status: RecordStatus
    period: tuple[str, Span] | None
    note: str | None
    evidence: tuple[str, ...]

    @property
    def span(self) -> Span:
        """The days this record covers, as `Record.span`."""
        return self.period[1] if self.period is not None else Span(self.date, self.date)


class ReadingRow(NamedTuple):
    """A reading as the computation reads it: its indicator, unit and value, and the label of
    its file's period (`Measured.period`)."""

    indicator: str
    unit: str | None
    value: float
    period: str
