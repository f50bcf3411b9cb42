"""The bounds cchc puts on data and on arguments, in one place.

Each bound keeps a valid-looking input from crashing a command, running for minutes or
filling memory, and each is far beyond what a real plan needs (`docs/robustness.md` lists
them with what each refusal says):

- dates: the years 1900 to 2999, the years the deadline grammar accepts, for plan periods
  and for the as-of date of every command;
- numbers (readings and targets): less than 10^15 in absolute value, so that a number keeps
  its two decimals through a float and every sum and gap stays exact enough to print;
- texts: a name, title or other one-line text at most 500 characters, a task's full wording
  and a note at most 10,000.

Pure: the model's validators and the CLI's option parsing call these functions.
"""

from __future__ import annotations

import datetime as dt
import math

from cchc.errors import CchcError
from cchc.model.deadlines import MAX_YEAR, MIN_YEAR

FIRST_DAY = dt.date(MIN_YEAR, 1, 1)
LAST_DAY = dt.date(MAX_YEAR, 12, 31)

MAX_NUMBER = 10**15
"""Readings and target numbers are below this in absolute value."""

MAX_SHORT_TEXT = 500
"""Names, titles, numbers of documents, issuers, frameworks, evidence, sources, bases."""
MAX_LONG_TEXT = 10_000
"""A task's full wording (`text`) and notes."""


def supported_day(day: dt.date) -> bool:
    """Whether `day` lies within the supported years, 1900 to 2999."""
    return FIRST_DAY <= day <= LAST_DAY


def check_as_of(day: dt.date, lang: str | None = None) -> dt.date:
    """The as-of date, if within the supported years; else a usage error (exit 2).

    Every period an as-of date needs (the month or quarter that ended before it, and the one
    before that) must exist; at the edges of the years, computations say "no such period"
    rather than step outside them.
    """
    if not supported_day(day):
        raise CchcError("error.as-of-out-of-range", 2, lang=lang, value=day.isoformat(),
                        first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())
    return day


def number_in_bounds(value: float) -> bool:
    """Whether a reading or a target number is finite and below MAX_NUMBER in size."""
    return math.isfinite(value) and abs(value) < MAX_NUMBER
