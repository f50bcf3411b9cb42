"""`plans/<plan>/plan.yaml`: metadata, sections, tasks and indicators (docs/format.md,
"Plans")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from cchc.model.base import Strict
from cchc.model.deadlines import Deadline, DeadlineError, Span, parse_deadline, parse_period
from cchc.model.fields import IndicatorId, LongText, TaskId, Text, Texts, UnitId, UnitIds
from cchc.model.limits import (
    FIRST_DAY,
    LAST_DAY,
    number_in_bounds,
    supported_day,
)
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

_TARGET = re.compile(r"^\s*(>=|<=|>|<|=)\s*(-?\d+(?:[.,]\d+)?)\s*(%?)\s*$")


@dataclass(frozen=True)
class Target:
    """An indicator's target: a comparison, a number and whether it is a percentage."""

    written: str
    op: str
    number: float
    percent: bool

    def met(self, value: float) -> bool:
        n = self.number
        return {">": value > n, ">=": value >= n, "<": value < n, "<=": value <= n,
                "=": value == n}[self.op]

    def gap(self, value: float) -> float:
        if self.op in (">", ">="):
            return self.number - value
        if self.op in ("<", "<="):
            return value - self.number
        return abs(value - self.number)


# The words plan documents use for a comparison (docs/format.md, "Plans"), without diacritics: the
# longest first, so that "không quá" is not read as something else.
_TARGET_WORDS = (("khong vuot qua", "<="), ("khong qua", "<="), ("toi da", "<="),
                 ("khong duoi", ">="), ("toi thieu", ">="), ("it nhat", ">="), ("dat", ">="),
                 ("tu", ">="), ("tren", ">"), ("duoi", "<"))
_TARGET_TAILS = (("tro len", ">="), ("tro xuong", "<="))
_SYMBOLS = str.maketrans({"\u2265": ">=", "\u2264": "<=", "\u2267": ">=", "\u2266": "<=",
                          "\uff1e": ">", "\uff1c": "<", "\uff1d": "="})


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


def _plain_target(text: str) -> str:
    """`≥ 95%`, `trên 80%`, `không quá 10`, `từ 80% trở lên` as `>= 95%`, `> 80%`, ..."""
    written = " ".join(text.translate(_SYMBOLS).split())
    folded = fold(written)
    for tail, op in _TARGET_TAILS:
        if folded.endswith(" " + tail):
            body = written[: len(written) - len(tail) - 1].strip()
            head = fold(body)
            for word, _ in _TARGET_WORDS:  # "từ 80% trở lên": the tail says it all
                if head.startswith(word + " "):
                    body = body[len(word) + 1:]
                    break
            return f"{op} {body}"
    for word, op in _TARGET_WORDS:
        rest = folded[len(word) + 1:]
        if folded.startswith(word + " ") and (rest[:1].isdigit() or rest.startswith("-")):
            return f"{op} {written[len(word) + 1:]}"
    return written


def _target(value: Any) -> Target:
    if isinstance(value, Target):
        return value
    m = _TARGET.match(_plain_target(value)) if isinstance(value, str) else None
    if m is None:
        raise PydanticCustomError("bad-target", "bad target", {"value": str(value)})
    number = float(m.group(2).replace(",", "."))
    if not number_in_bounds(number):  # 27 digits crashed the gaps, worked in decimal
        raise PydanticCustomError("number-too-large", "number too large",
                                  {"value": m.group(2)})
    return Target(value.strip(), m.group(1), number, m.group(3) == "%")


def parse_target(text: str) -> Target | None:
    """A target as written (symbols or the documents' words), or None."""
    try:
        return _target(text)
    except PydanticCustomError:
        return None


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

    @property
    def span(self) -> Span:
        return Span(self.period.start, self.period.end)
