"""Period arithmetic: the days, ISO weeks, months, quarters, half-years and years of the calendar.

Pure functions over dates. A `Span` is a closed range of days; a `NamedPeriod` is one named
period (`2023-Q1`) with its span. The constructors check that the period exists and raise
`Impossible` with the reason's catalogue key (`deadline.reason.*`) when it does not.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from cchc.model.deadlines.errors import Impossible

IndicatorFrequency = Literal["monthly", "quarterly", "yearly"]
Unit = Literal["day", "week", "month", "quarter", "half", "year"]

MIN_YEAR = 1900
MAX_YEAR = 2999

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Span:
    """A closed range of days [start, end]; for an occurrence, `end` is its due date."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"a span cannot end ({self.end}) before it starts ({self.start})")

    def __contains__(self, d: date) -> bool:
        return self.start <= d <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True)
class NamedPeriod:
    unit: Unit
    label: str
    span: Span


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Impossible("deadline.reason.year-range", year=year, min_year=MIN_YEAR,
                         max_year=MAX_YEAR)


def _check_month(year: int, month: int) -> None:
    _check_year(year)
    if not 1 <= month <= 12:
        raise Impossible("deadline.reason.month-range", month=month)


def day_of(year: int, month: int, day: int) -> NamedPeriod:
    _check_month(year, month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise Impossible("deadline.reason.days-in-month", in_month=f"{year}-{month:02d}",
                         days=last)
    d = date(year, month, day)
    return NamedPeriod("day", d.isoformat(), Span(d, d))


def week_of(year: int, week: int) -> NamedPeriod:
    _check_year(year)
    weeks = date(year, 12, 28).isocalendar().week  # 28 December always lies in the last week
    if not 1 <= week <= weeks:
        raise Impossible("deadline.reason.week-range", year=year, weeks=weeks, week=week)
    monday = date.fromisocalendar(year, week, 1)
    return NamedPeriod("week", f"{year}-W{week:02d}", Span(monday, monday + 6 * ONE_DAY))


def month_of(year: int, month: int) -> NamedPeriod:
    _check_month(year, month)
    return NamedPeriod("month", f"{year}-{month:02d}",
                       Span(date(year, month, 1), _last_day(year, month)))


def quarter_of(year: int, quarter: int) -> NamedPeriod:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise Impossible("deadline.reason.quarter-range", quarter=quarter)
    first = 3 * quarter - 2
    return NamedPeriod("quarter", f"{year}-Q{quarter}",
                       Span(date(year, first, 1), _last_day(year, first + 2)))


def half_of(year: int, half: int) -> NamedPeriod:
    _check_year(year)
    if not 1 <= half <= 2:
        raise Impossible("deadline.reason.half-range", half=half)
    first = 6 * half - 5
    return NamedPeriod("half", f"{year}-H{half}",
                       Span(date(year, first, 1), _last_day(year, first + 5)))


def year_of(year: int) -> NamedPeriod:
    _check_year(year)
    return NamedPeriod("year", str(year), Span(date(year, 1, 1), date(year, 12, 31)))


def containing(unit: Unit, d: date) -> NamedPeriod:
    """The named period of `unit` that holds `d` (years are not range-checked here)."""
    if unit == "day":
        return NamedPeriod(unit, d.isoformat(), Span(d, d))
    if unit == "week":
        iso = d.isocalendar()
        monday = d - d.weekday() * ONE_DAY
        return NamedPeriod(unit, f"{iso.year}-W{iso.week:02d}",
                           Span(monday, monday + 6 * ONE_DAY))
    if unit == "month":
        return NamedPeriod(unit, f"{d.year}-{d.month:02d}",
                           Span(d.replace(day=1), _last_day(d.year, d.month)))
    if unit == "quarter":
        q = (d.month - 1) // 3 + 1
        return NamedPeriod(unit, f"{d.year}-Q{q}",
                           Span(date(d.year, 3 * q - 2, 1), _last_day(d.year, 3 * q)))
    if unit == "half":
        h = (d.month - 1) // 6 + 1
        return NamedPeriod(unit, f"{d.year}-H{h}",
                           Span(date(d.year, 6 * h - 5, 1), _last_day(d.year, 6 * h)))
    return NamedPeriod(unit, str(d.year), Span(date(d.year, 1, 1), date(d.year, 12, 31)))


# --- indicator periods ---

INDICATOR_UNIT: dict[IndicatorFrequency, Unit] = {
    "monthly": "month", "quarterly": "quarter", "yearly": "year",
}
UNIT_FREQUENCY: dict[Unit, IndicatorFrequency] = {
    unit: freq for freq, unit in INDICATOR_UNIT.items()
}


def period_key(freq: IndicatorFrequency, d: date) -> str:
    """The label of the period of `freq` that holds `d`: `2023-03`, `2023-Q1` or `2023`."""
    return containing(INDICATOR_UNIT[freq], d).label


def latest_period_ended(freq: IndicatorFrequency, as_of: date) -> str:
    """The latest period of `freq` whose last day is on or before `as_of`."""
    current = containing(INDICATOR_UNIT[freq], as_of)
    if current.span.end == as_of:
        return current.label
    return before(current).label


def before(period: NamedPeriod) -> NamedPeriod:
    """The period just before `period`, of the same unit."""
    return containing(period.unit, period.span.start - ONE_DAY)
