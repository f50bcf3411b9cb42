"""Progress records (`updates/`) and indicator readings (`measurements/`): docs/format.md,
"Progress records" and "Indicator readings"."""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from cchc.model.base import Strict
from cchc.model.deadlines import DeadlineError, Span, parse_period
from cchc.model.fields import IndicatorId, LongText, TaskId, Text, Texts, UnitId
from cchc.model.limits import number_in_bounds
from cchc.model.rows import RecordStatus

# Period text -> what it reads as: the same few months and quarters in thousands of records.
_periods: dict[str, tuple[str, Span]] = {}


def _period(value: Any) -> tuple[str, Span]:
    if isinstance(value, tuple):
        return value
    if type(value) is str:
        found = _periods.get(value)
        if found is not None:
            return found
    try:
        span = parse_period(value)
    except DeadlineError as exc:
        raise PydanticCustomError("bad-period", "bad period",
                                  {"value": str(value), **exc.why()}) from None
    written = value.isoformat() if isinstance(value, dt.date) else str(value)
    if type(value) is str:
        if len(_periods) >= 10_000:
            _periods.clear()
        _periods[value] = (written, span)
    return (written, span)


Period = Annotated[
    tuple[str, Span],
    PlainValidator(_period),
    PlainSerializer(lambda p: p[0], return_type=str),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "integer"}],
                    "description": "A day (2023-03-15), month (2023-03), quarter (2023-Q1), "
                                   "half-year (2023-H1) or year (2023)"}),
]


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("bad-value", "not a number", {"value": str(value)})
    if not math.isfinite(value):
        raise PydanticCustomError("bad-value", "not a number", {"value": str(value)})
    if not number_in_bounds(value):  # gaps are worked in decimal, then rounded to 2 places
        raise PydanticCustomError("number-too-large", "number too large",
                                  {"value": str(value)})
    return float(value)


Number = Annotated[float, BeforeValidator(_number)]


class Record(Strict):
    task: TaskId
    unit: UnitId
    date: dt.date
    status: RecordStatus
    period: Period | None = None
    note: LongText | None = None
    evidence: Texts = ()

    @property
    def span(self) -> Span:
        """The days this record covers: its period, else the single day of its date."""
        return self.period[1] if self.period is not None else Span(self.date, self.date)


class Reading(Strict):
    indicator: IndicatorId
    unit: UnitId | None = None
    value: Number


class MeasurementsFile(Strict):
    period: Period
    source: Text | None = None
    values: tuple[Reading, ...] = ()
