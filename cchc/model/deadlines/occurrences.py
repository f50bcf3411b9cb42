"""The occurrences a task owes within a plan period, for each kind of deadline."""

from __future__ import annotations

from cchc.model.deadlines import rrules
from cchc.model.deadlines.grammar import Deadline, Frequency
from cchc.model.deadlines.periods import ONE_DAY, Span, Unit, containing

_FREQUENCY_UNIT: dict[Frequency, Unit] = {
    "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
    "half-yearly": "half", "yearly": "year",
}


def occurrences(deadline: Deadline, period: Span) -> list[Span]:
    """The occurrences a task with this deadline owes within the plan period, sorted.

    - one-off: one span ending on the due date, even when that falls outside the period;
    - ongoing: the whole period;
    - named frequency: the days, ISO weeks (Monday to Sunday), months, quarters or years that
      meet the period, each clipped to it, so every day of the period lies in exactly one
      occurrence. Clipping means a plan starting mid-month owes a first, shorter month, and a
      plan that ends mid-week owes its last week on the plan's last day rather than after it;
    - RRULE: the dates d1 < d2 < ... the rule gives from the period's start up to its end;
      occurrence k is (d(k-1), dk], the first is [period start, d1]. Days after the last
      date owe nothing.
    """
    if deadline.kind == "one-off":
        if deadline.due is None:
            raise ValueError(f"one-off deadline {deadline.written!r} has no due date")
        return [Span(min(period.start, deadline.due), deadline.due)]
    if deadline.kind == "ongoing":
        return [period]
    if deadline.frequency is not None:
        return _named_occurrences(_FREQUENCY_UNIT[deadline.frequency], period)
    if deadline.rrule is not None:
        return _rrule_occurrences(deadline.rrule, period)
    raise ValueError(f"recurring deadline {deadline.written!r} has no frequency or rule")


def _named_occurrences(unit: Unit, period: Span) -> list[Span]:
    spans: list[Span] = []
    start = period.start
    while True:
        end = min(containing(unit, start).span.end, period.end)
        spans.append(Span(start, end))
        if end >= period.end:  # compared before adding a day, which could overflow date.max
            return spans
        start = end + ONE_DAY


def _rrule_occurrences(text: str, period: Span) -> list[Span]:
    spans: list[Span] = []
    start = period.start
    for due in rrules.dues(text, period.start, period.end):
        spans.append(Span(start, due))
        start = due + ONE_DAY
    return spans
