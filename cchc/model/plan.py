"""`plans/<plan>/plan.yaml`: metadata, sections, tasks and indicators (docs/format.md,
"Plans"): the schema a plan file is validated against. What is valid is then made into the
plain objects of `cchc.model.domain`, which everything after loading reads."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from cchc.model.base import Strict
from cchc.model.deadlines import Deadline, DeadlineError, parse_deadline, parse_period
from cchc.model.fields import IndicatorId, LongText, TaskId, Text, Texts, UnitId, UnitIds
from cchc.model.limits import FIRST_DAY, LAST_DAY, supported_day
from cchc.model.target import BadTarget, Target, read_target
from cchc.text import fold


def _deadline(value: Any) -> Deadline:
    if isinstance(value, Deadline):
        return value
    try:
        return parse_deadline(value)
    except DeadlineError as exc:
        code = "impossible-date" if exc.impossible else "bad-deadline"
        raise PydanticCustomError(code, "bad deadline",
                                  {"value": str(value), **exc.why()}) from None


Due = Annotated[
    Deadline,
    BeforeValidator(_deadline),
    PlainSerializer(lambda d: d.written, return_type=str),
    WithJsonSchema({
        "description": "A deadline: 2023-03-15, 2023-02, 2023-Q1, 2023-H1, 2023, ongoing, "
                       "daily, weekly, monthly, quarterly, yearly, RRULE:..., or a Vietnamese "
                       "form such as 'trong tháng 2/2023', 'quý I năm 2023', 'thường xuyên'",
        "anyOf": [{"type": "string"}, {"type": "integer"}],
    }),
]


def _target_words() -> str:
    words = ["không vượt quá", "không quá", "tối đa", "không dưới", "tối thiểu", "ít nhất",
             "đạt", "từ", "trên", "dưới"]
    forms: list[str] = []
    for w in words:  # as written, capitalised, and without diacritics (what editors check)
        for form in (w, w[0].upper() + w[1:], fold(w), fold(w).capitalize()):
            if form not in forms:
                forms.append(form)
    return "|".join(forms)


# The target's grammar for editors (the JSON Schema of plan.yaml): what `_target` accepts,
# in an ECMA-262 regular expression (no inline flags, so the words' cases are spelt out).
_NUM = r"-?\d+(?:[.,]\d+)?\s*%?"
_TAIL = r"\s+(?:trở lên|trở xuống|tro len|tro xuong)"
TARGET_PATTERN = (r"^\s*(?:(?:(?:>=|<=|>|<|=|≥|≤)\s*|(?:" + _target_words() + r")\s+)" + _NUM
                  + "(?:" + _TAIL + ")?|" + _NUM + _TAIL + r")\s*$")


def _target(value: Any) -> Target:
    try:
        return read_target(value)
    except BadTarget as exc:
        message = "number too large" if exc.code == "number-too-large" else "bad target"
        raise PydanticCustomError(exc.code, message, {"value": exc.value}) from None


TargetField = Annotated[
    Target,
    BeforeValidator(_target),
    PlainSerializer(lambda t: t.written, return_type=str),
    WithJsonSchema({"type": "string", "pattern": TARGET_PATTERN,
                    "description": "One of > >= < <= = ≥ ≤ (or the words trên, từ, dưới, "
                                   "không quá, tối đa, tối thiểu, đạt) then a number (decimal "
                                   "point or comma), optional %: '> 95%', 'không quá 10'"}),
]


class PeriodRange(Strict):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> PeriodRange:
        if self.end < self.start:
            raise PydanticCustomError("bad-plan-period", "end before start",
                                      {"value": f"{self.start} .. {self.end}"})
        # A plan from year 1 to 9999 made `status` expand occurrences for minutes.
        for day in (self.start, self.end):
            if not supported_day(day):
                raise PydanticCustomError("date-out-of-range", "date out of range",
                                          {"value": day.isoformat(),
                                           "first": FIRST_DAY.isoformat(),
                                           "last": LAST_DAY.isoformat()})
        return self


def _year_to_range(value: Any) -> Any:
    """`period: 2023` means the calendar year; `năm 2023` or `2023-H1` name a span too; a
    mapping gives its own start and end."""
    if isinstance(value, int | str) and not isinstance(value, bool):
        try:
            span = parse_period(value)
        except DeadlineError:
            raise PydanticCustomError("bad-plan-period", "bad plan period",
                                      {"value": str(value)}) from None
        return {"start": span.start, "end": span.end}
    return value


PlanPeriod = Annotated[
    PeriodRange,
    BeforeValidator(_year_to_range),
    WithJsonSchema({"anyOf": [
        {"type": "integer", "minimum": 1900, "maximum": 2999},
        {"type": "string", "description": "A year or another period: 'năm 2023', '2023-H1'"},
        {"type": "object", "required": ["start", "end"], "additionalProperties": False,
         "properties": {"start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"}}},
    ]}),
]


class Section(Strict):
    id: TaskId
    title: Text | None = None
    frameworks: Texts = ()


class Task(Strict):
    id: TaskId
    section: TaskId | None = None
    title: Text | None = None
    text: LongText | None = None
    lead: Annotated[UnitIds, Field(min_length=1)]
    support: UnitIds = ()
    due: Due
    indicators: tuple[IndicatorId, ...] = ()
    note: LongText | None = None


class Indicator(Strict):
    id: IndicatorId
    name: Text | None = None
    framework: Text | None = None
    target: TargetField
    per: Literal["unit", "locality"] = "unit"
    units: UnitIds = ()
    frequency: Literal["monthly", "quarterly", "yearly"] = "yearly"
    owner: UnitId


class Plan(Strict):
    number: Text | None = None
    title: Text | None = None
    issuer: Text | None = None
    issued: dt.date | None = None
    period: PlanPeriod
    coordinator: UnitId | None = None
    bases: Texts = ()
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    indicators: tuple[Indicator, ...] = ()
