"""Deadlines and periods (docs/format.md, "Deadlines" and "Periods"): pure functions over dates.

A task's `due` becomes a `Deadline`, a plan period and a deadline become the occurrences the
task owes, and a record's or reading's `period` becomes a `Span` of days. Nothing here reads
today's date or does I/O; every "as of" is an argument. The package in four parts:

    periods.py      Span and the named periods of the calendar (days ... years), their arithmetic
    grammar.py      the phrase grammar: `due` and `period` values, canonical and Vietnamese
    rrules.py       RRULE deadlines: checking a rule, the dates it gives
    occurrences.py  what a task owes within a plan period
    errors.py       DeadlineError: a catalogue key and arguments, said in the user's language

Callers import from here; the names below are the package's public face.
"""

from __future__ import annotations

from cchc.model.deadlines.errors import DeadlineError
from cchc.model.deadlines.grammar import (
    DEADLINE_FORMS,
    PERIOD_FORMS,
    Deadline,
    Frequency,
    Kind,
    impossible_day,
    parse_deadline,
    parse_period,
    period_frequency,
    period_label,
    period_span,
    previous_period,
)
from cchc.model.deadlines.occurrences import occurrences
from cchc.model.deadlines.periods import (
    MAX_YEAR,
    MIN_YEAR,
    IndicatorFrequency,
    Span,
    latest_period_ended,
    period_key,
)

__all__ = [
    "DEADLINE_FORMS", "MAX_YEAR", "MIN_YEAR", "PERIOD_FORMS", "Deadline", "DeadlineError",
    "Frequency", "IndicatorFrequency", "Kind", "Span", "impossible_day", "latest_period_ended",
    "occurrences",
    "parse_deadline", "parse_period", "period_frequency", "period_key", "period_label",
    "period_span", "previous_period",
]
