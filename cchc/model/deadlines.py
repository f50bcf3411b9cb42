"""The deadline grammar and period arithmetic (format sections 5, 6 and 7).

Pure functions over dates: a task's `due` becomes a `Deadline`, a plan period and a deadline
become the occurrences the task owes, and a record's or reading's `period` becomes a `Span`
of days. Nothing here reads today's date or does I/O; every "as of" is an argument.

Vietnamese forms are matched on a folded copy of the text: NFC, casefolded, then stripped of
diacritics (so `quý`, `quí`, `qúy`, `hàng` and `hằng` meet, and text pasted from office
documents in NFD matches too), with spaces and separators normalised. Every pattern is
anchored and linear, and overlong input is refused up front, so no value can make parsing slow.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal, NoReturn

from dateutil.rrule import rrule, rrulestr

Kind = Literal["one-off", "ongoing", "recurring"]
Frequency = Literal["daily", "weekly", "monthly", "quarterly", "yearly"]
IndicatorFrequency = Literal["monthly", "quarterly", "yearly"]

MIN_YEAR = 1900
MAX_YEAR = 2999

_ONE_DAY = timedelta(days=1)
# No real deadline is this long; refusing longer text keeps parsing cheap on any input.
_MAX_TEXT = 200

_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")

DEADLINE_FORMS = (
    "a date (2023-03-15), a month (2023-02), a quarter (2023-Q1), a half-year (2023-H1), "
    "a year (2023), ongoing, daily, weekly, monthly, quarterly, yearly, "
    "an RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'trong tháng 2/2023', 'quý I năm 2023', '6 tháng đầu năm 2023', "
    "'năm 2023', 'thường xuyên' or 'hàng tháng'"
)
PERIOD_FORMS = (
    "a day (2023-03-15), an ISO week (2023-W05), a month (2023-03), a quarter (2023-Q1), "
    "a half-year (2023-H1) or a year (2023), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'tháng 3/2023', 'quý I/2023', '6 tháng đầu năm 2023' or 'năm 2023'"
)


class DeadlineError(ValueError):
    """A deadline or period that cannot be read; `message` is a full sentence for the clerk.

    `impossible` is true when the value has a recognised shape but names no real day
    (`2023-02-30`, `quý 5/2023`, a year outside 1900-2999), so callers can give it its own code.
    """

    def __init__(self, message: str, *, impossible: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.impossible = impossible


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
class Deadline:
    """A parsed `due` value; `written` keeps the clerk's own wording for messages and diffs."""

    written: str
    kind: Kind
    canonical: str
    due: date | None = None
    frequency: Frequency | None = None
    rrule: str | None = None


# --- named periods: the days, weeks, months, quarters, halves and years of the calendar ---

_Unit = Literal["day", "week", "month", "quarter", "half", "year"]

_FREQUENCY_UNIT: dict[Frequency, _Unit] = {
    "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
    "yearly": "year",
}


@dataclass(frozen=True)
class _Period:
    unit: _Unit
    label: str
    span: Span


class _Impossible(Exception):
    """Raised by the constructors below; the caller adds the value and turns it into an error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Impossible(f"the year {year} is outside the accepted years, {MIN_YEAR} "
                          f"to {MAX_YEAR}")


def _check_month(year: int, month: int) -> None:
    _check_year(year)
    if not 1 <= month <= 12:
        raise _Impossible(f"there is no month {month} (months run from 1 to 12)")


def _day(year: int, month: int, day: int) -> _Period:
    _check_month(year, month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise _Impossible(f"{_MONTH_NAMES[month]} {year} has {last} days")
    d = date(year, month, day)
    return _Period("day", d.isoformat(), Span(d, d))


def _week(year: int, week: int) -> _Period:
    _check_year(year)
    weeks = date(year, 12, 28).isocalendar().week  # 28 December always lies in the last week
    if not 1 <= week <= weeks:
        raise _Impossible(f"{year} has ISO weeks 1 to {weeks}, not week {week}")
    monday = date.fromisocalendar(year, week, 1)
    return _Period("week", f"{year}-W{week:02d}", Span(monday, monday + 6 * _ONE_DAY))


def _month(year: int, month: int) -> _Period:
    _check_month(year, month)
    return _Period("month", f"{year}-{month:02d}",
                   Span(date(year, month, 1), _last_day(year, month)))


def _quarter(year: int, quarter: int) -> _Period:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise _Impossible(f"there is no quarter {quarter} (quarters run from Q1 to Q4)")
    first = 3 * quarter - 2
    return _Period("quarter", f"{year}-Q{quarter}",
                   Span(date(year, first, 1), _last_day(year, first + 2)))


def _half(year: int, half: int) -> _Period:
    _check_year(year)
    if not 1 <= half <= 2:
        raise _Impossible(f"there is no half-year {half} (half-years are H1 and H2)")
    first = 6 * half - 5
    return _Period("half", f"{year}-H{half}",
                   Span(date(year, first, 1), _last_day(year, first + 5)))


def _year(year: int) -> _Period:
    _check_year(year)
    return _Period("year", str(year), Span(date(year, 1, 1), date(year, 12, 31)))


def _containing(unit: _Unit, d: date) -> _Period:
    """The named period of `unit` that holds `d` (years are not range-checked here)."""
    if unit == "day":
        return _Period(unit, d.isoformat(), Span(d, d))
    if unit == "week":
        iso = d.isocalendar()
        monday = d - d.weekday() * _ONE_DAY
        return _Period(unit, f"{iso.year}-W{iso.week:02d}", Span(monday, monday + 6 * _ONE_DAY))
    if unit == "month":
        return _Period(unit, f"{d.year}-{d.month:02d}",
                       Span(d.replace(day=1), _last_day(d.year, d.month)))
    if unit == "quarter":
        q = (d.month - 1) // 3 + 1
        return _Period(unit, f"{d.year}-Q{q}",
                       Span(date(d.year, 3 * q - 2, 1), _last_day(d.year, 3 * q)))
    if unit == "half":
        h = (d.month - 1) // 6 + 1
        return _Period(unit, f"{d.year}-H{h}",
                       Span(date(d.year, 6 * h - 5, 1), _last_day(d.year, 6 * h)))
    return _Period(unit, str(d.year), Span(date(d.year, 1, 1), date(d.year, 12, 31)))


# --- folding and matching text ---

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
# Footnote marks and a closing full stop, as copied from the documents ("quý I/2023³.").
_TRAILING_MARKS = ".*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021"
_PREFIXES = re.compile(r"(?:(?:trong|truoc|cham nhat(?: la)?|den(?: het)?) )+")


def _strip_trailing_marks(text: str) -> str:
    # str.rstrip rather than a regex anchored at $, which is quadratic on long runs of spaces
    previous = None
    while previous != text:
        previous = text
        text = text.rstrip().rstrip(_TRAILING_MARKS)
    return text


def _fold(text: str) -> str:
    """Fold text for matching: case, Unicode form, diacritics, spaces, separators, prefixes."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_DASHES)
    text = _strip_trailing_marks(text)
    text = unicodedata.normalize("NFD", text)
    # Combining marks carry the diacritics; format characters (zero-width spaces) come from
    # office documents and are invisible to the clerk, so both go.
    text = "".join(c for c in text
                   if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    # "ð" (eth) stands in for "đ" in text from legacy Vietnamese fonts
    text = " ".join(text.replace("đ", "d").replace("ð", "d").split())
    text = re.sub(r" ?([/-]) ?", r"\1", text)
    text = re.sub(r" ?, ?", ", ", text)
    prefix = _PREFIXES.match(text)
    return text[prefix.end():] if prefix else text


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}


def _quarter_number(text: str) -> int:
    if text in _ROMAN:
        return _ROMAN[text]
    if text.isascii() and text.isdigit():
        return int(text)
    raise _Impossible(f"there is no quarter '{text.upper()}' (quarters run from I to IV)")


_Builder = Callable[[re.Match[str]], _Period]

_YEAR = r"(\d{1,6})"
_SEP_OR_YEAR_WORD = r"(?:[/-]|,? nam )"

# (pattern, builder, for periods only); the first full match wins. Canonical forms first.
_PERIOD_PATTERNS: list[tuple[re.Pattern[str], _Builder, bool]] = [
    # ASCII digits only: int() would read other scripts' digits, which no clerk means here
    (re.compile(p, re.ASCII), b, weeks_only) for p, b, weeks_only in [
        (r"(\d{4})-(\d{1,2})-(\d{1,2})",
         lambda m: _day(int(m[1]), int(m[2]), int(m[3])), False),
        (r"(\d{4})-(\d{1,2})", lambda m: _month(int(m[1]), int(m[2])), False),
        (r"(\d{4})-q(\d{1,2})", lambda m: _quarter(int(m[1]), int(m[2])), False),
        (r"(\d{4})-h(\d{1,2})", lambda m: _half(int(m[1]), int(m[2])), False),
        (r"(\d{4})-w(\d{1,2})", lambda m: _week(int(m[1]), int(m[2])), True),
        (r"(\d{4})", lambda m: _year(int(m[1])), False),
        (r"(?:ngay )?(\d{1,2})([/.-])(\d{1,2})\2" + _YEAR,
         lambda m: _day(int(m[4]), int(m[3]), int(m[1])), False),
        (r"(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam " + _YEAR,
         lambda m: _day(int(m[3]), int(m[2]), int(m[1])), False),
        (r"(?:thang )?(\d{1,2})[/-]" + _YEAR, lambda m: _month(int(m[2]), int(m[1])), False),
        (r"thang (\d{1,2}),? nam " + _YEAR, lambda m: _month(int(m[2]), int(m[1])), False),
        (r"(?:quy|qui) ([ivx]+|\d{1,2})" + _SEP_OR_YEAR_WORD + _YEAR,
         lambda m: _quarter(int(m[2]), _quarter_number(m[1])), False),
        (r"(?:0?6|sau) thang (dau|cuoi) nam " + _YEAR,
         lambda m: _half(int(m[2]), 1 if m[1] == "dau" else 2), False),
        (r"nam " + _YEAR, lambda m: _year(int(m[1])), False),
        (r"tuan (\d{1,2})" + _SEP_OR_YEAR_WORD + _YEAR,
         lambda m: _week(int(m[2]), int(m[1])), True),
    ]
]

_ONGOING = re.compile(r"ongoing|thuong xuyen|lien tuc|thuong xuyen(?:, | va | )lien tuc")
_FREQUENCIES: dict[str, Frequency] = {
    "daily": "daily", "weekly": "weekly", "monthly": "monthly", "quarterly": "quarterly",
    "yearly": "yearly",
}
_VI_FREQUENCIES: dict[str, Frequency] = {
    "ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly",
    "qui": "quarterly", "nam": "yearly",
}
_VI_FREQUENCY = re.compile(r"(?:dinh ky )?(?:hang|moi) (ngay|tuan|thang|quy|qui|nam)")


def _match_period(folded: str, *, weeks: bool) -> _Period | None:
    """The named period `folded` spells, None if no form matches; _Impossible if not real."""
    for pattern, build, weeks_only in _PERIOD_PATTERNS:
        if weeks_only and not weeks:
            continue
        found = pattern.fullmatch(folded)
        if found:
            return build(found)
    return None


def _quote(text: str) -> str:
    return f"'{text}'" if len(text) <= 80 else f"'{text[:77]}...'"


def _plain_date(value: object) -> date | None:
    """A date, or a datetime at midnight without a time zone (YAML reads `...T00:00:00` so)."""
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == datetime.min.time():
            return value.date()
        return None
    return value if isinstance(value, date) else None


def _written(value: object) -> str:
    day = _plain_date(value)
    if day is not None:
        return day.isoformat()
    if isinstance(value, date):  # a datetime with a time, kept whole for the message
        return value.isoformat()
    return str(value)


def _read_period(value: object, what: str, forms: str, *, weeks: bool) -> _Period | str:
    """Shared front half of both parsers: a named period, or the folded text to try further.

    Messages about periods always list the forms (a clerk typing `cchc measure --period`
    needs them); an impossible deadline only says why, since its form was understood.
    """
    written = _written(value)

    def unrecognised(hint: str = "") -> NoReturn:
        raise DeadlineError(f"unrecognised {what} {_quote(written)}{hint}: write {forms}")

    try:
        if value is None:
            raise DeadlineError(f"missing {what}: write {forms}")
        if isinstance(value, bool):
            unrecognised(" (a yes/no value)")
        if isinstance(value, int):
            return _year(value)
        if isinstance(value, date):
            day = _plain_date(value)
            if day is None:
                unrecognised(" (a moment in time; a day is needed)")
            return _day(day.year, day.month, day.day)
        if not isinstance(value, str):
            unrecognised(f" (a {type(value).__name__})")
        if len(value) > _MAX_TEXT:
            unrecognised(f" (longer than {_MAX_TEXT} characters)")
        folded = _fold(value)
        return _match_period(folded, weeks=weeks) or folded
    except _Impossible as exc:
        reminder = f"; write {forms}" if what == "period" else ""
        raise DeadlineError(f"impossible {what} {_quote(written)}: {exc.reason}{reminder}",
                            impossible=True) from None


# --- RRULE ---

_FINER_THAN_DAILY = {"HOURLY", "MINUTELY", "SECONDLY"}
_TIME_OF_DAY = ("BYHOUR", "BYMINUTE", "BYSECOND")
# RFC 5545 ranges that dateutil does not check itself (it reads BYMONTHDAY=0 as every day).
_NONZERO_LIMITS = {"BYMONTH": 12, "BYMONTHDAY": 31, "BYYEARDAY": 366, "BYWEEKNO": 53}
# A leap year close to datetime's last year: a rule that gives no date from here to 9999
# gives none at all, and finding that out costs at most 40 years of dateutil's search.
_PROBE_START = datetime(9960, 1, 1)
_VALIDATION_START = date(2000, 1, 1)


def _rrule_pairs(body: str) -> list[tuple[str, str]]:
    """KEY=value pairs with keys upper-cased; raises ValueError with a reason for the clerk."""
    parts = [part.strip() for part in body.split(";")]
    while parts and not parts[-1]:
        parts.pop()  # a trailing ";" is harmless
    pairs: list[tuple[str, str]] = []
    for part in parts:
        key, equals, value = (s.strip() for s in part.partition("="))
        if not equals or not key or not value or any(c.isspace() for c in key + value):
            raise ValueError(f"'{part}' is not of the form KEY=VALUE")
        if any(key.upper() == seen for seen, _ in pairs):
            raise ValueError(f"{key.upper()} is given twice")
        pairs.append((key.upper(), value))
    return pairs


def _check_rrule_pairs(pairs: list[tuple[str, str]]) -> None:
    rule = dict(pairs)
    freq = rule.get("FREQ", "").upper()
    if not freq:
        raise ValueError("it has no FREQ")
    if freq in _FINER_THAN_DAILY or any(key in rule for key in _TIME_OF_DAY):
        raise ValueError("deadlines are whole days, so FREQ must be YEARLY, MONTHLY, WEEKLY "
                         "or DAILY and BYHOUR, BYMINUTE and BYSECOND are not used")
    if "COUNT" in rule and "UNTIL" in rule:
        raise ValueError("RFC 5545 allows COUNT or UNTIL, not both")
    for key in ("INTERVAL", "COUNT"):
        if key in rule and not (re.fullmatch(r"[0-9]{1,6}", rule[key]) and int(rule[key]) > 0):
            raise ValueError(f"{key} must be a positive whole number")
    for key, limit in _NONZERO_LIMITS.items():
        for item in rule[key].split(",") if key in rule else ():
            if not re.fullmatch(r"[+-]?[0-9]{1,3}", item) or not 0 < abs(int(item)) <= limit:
                raise ValueError(f"{key} takes numbers from 1 to {limit}, not '{item}'")
            if key == "BYMONTH" and int(item) < 0:
                raise ValueError(f"BYMONTH takes numbers from 1 to 12, not '{item}'")


def _as_rule(built: object) -> rrule:
    if not isinstance(built, rrule):
        raise ValueError("it is not a single rule")
    return built


def _build_rule(text: str, start: date) -> rrule:
    """The dateutil rule for `text`, starting at the first moment of `start`."""
    naive = datetime(start.year, start.month, start.day)
    try:
        return _as_rule(rrulestr(text, dtstart=naive))
    except ValueError as first:
        # RFC 5545 writes UNTIL in UTC ("...T000000Z"); dateutil then wants an aware start.
        try:
            return _as_rule(rrulestr(text, dtstart=naive.replace(tzinfo=UTC)))
        except ValueError:
            raise first from None


def _parse_rrule(written: str, body: str) -> Deadline:
    try:
        pairs = _rrule_pairs(body)
        _check_rrule_pairs(pairs)
        text = ";".join(f"{key}={value}" for key, value in pairs)
        try:
            rule = _build_rule(text, _VALIDATION_START)
            probe = rule.replace(dtstart=_PROBE_START, count=None, until=None)
            never = next(iter(probe), None) is None
        except Exception as exc:  # dateutil raises KeyError, TypeError, IndexError too
            raise ValueError(str(exc) or type(exc).__name__) from None
        if never:
            raise ValueError("the rule never gives a date")
    except ValueError as exc:
        raise DeadlineError(
            f"invalid RRULE {_quote(written)}: {exc}; write an RFC 5545 rule such as "
            "RRULE:FREQ=MONTHLY;BYMONTHDAY=25") from None
    return Deadline(written, "recurring", f"RRULE:{text}", rrule=text)


# --- public parsers ---


def parse_deadline(value: object) -> Deadline:
    """Read a `due` value in any form of format section 5; DeadlineError if it is none.

    Accepts text, a year as an int, and a date (YAML reads `2023-03-15` as one). A datetime
    counts only at midnight without a time zone, since a deadline is a whole day.
    """
    if isinstance(value, str) and value.strip()[:6].upper() == "RRULE:":
        if len(value) > _MAX_TEXT:
            raise DeadlineError(f"invalid RRULE {_quote(value)}: it is longer than "
                                f"{_MAX_TEXT} characters")
        return _parse_rrule(value, value.strip()[6:])
    written = _written(value)
    found = _read_period(value, "deadline", DEADLINE_FORMS, weeks=False)
    if isinstance(found, _Period):
        return Deadline(written, "one-off", found.label, due=found.span.end)
    if _ONGOING.fullmatch(found):
        return Deadline(written, "ongoing", "ongoing")
    vietnamese = _VI_FREQUENCY.fullmatch(found)
    frequency = _VI_FREQUENCIES[vietnamese[1]] if vietnamese else _FREQUENCIES.get(found)
    if frequency is not None:
        return Deadline(written, "recurring", frequency, frequency=frequency)
    raise DeadlineError(f"unrecognised deadline {_quote(written)}: write {DEADLINE_FORMS}")


def _named_period(value: object) -> _Period:
    if isinstance(value, str):  # periods repeat across thousands of records: read each once
        return _named_period_text(value)
    return _named_period_uncached(value)


@functools.lru_cache(maxsize=4096)
def _named_period_text(value: str) -> _Period:
    return _named_period_uncached(value)


def _named_period_uncached(value: object) -> _Period:
    found = _read_period(value, "period", PERIOD_FORMS, weeks=True)
    if isinstance(found, _Period):
        return found
    raise DeadlineError(f"unrecognised period {_quote(_written(value))}: write {PERIOD_FORMS}")


def parse_period(value: object) -> Span:
    """The days a record's or reading's `period` names: `2023-Q1` is [2023-01-01, 2023-03-31].

    Accepts a day, ISO week (`2023-W05`, Monday to Sunday), month, quarter, half-year or year,
    canonical or Vietnamese, as text, an int year or a date.
    """
    return _named_period(value).span


def period_label(value: object) -> str:
    """The canonical label of a period value: `quý I/2023` -> `2023-Q1`, a date -> ISO form."""
    return _named_period(value).label


# --- occurrences ---


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


def _named_occurrences(unit: _Unit, period: Span) -> list[Span]:
    spans: list[Span] = []
    start = period.start
    while True:
        end = min(_containing(unit, start).span.end, period.end)
        spans.append(Span(start, end))
        if end >= period.end:  # compared before adding a day, which could overflow date.max
            return spans
        start = end + _ONE_DAY


def _rrule_occurrences(text: str, period: Span) -> list[Span]:
    dues: list[date] = []
    for moment in _build_rule(text, period.start):
        day = moment.date()
        if day > period.end:
            break
        if not dues or day != dues[-1]:
            dues.append(day)
    spans: list[Span] = []
    start = period.start
    for due in dues:
        spans.append(Span(start, due))
        start = due + _ONE_DAY
    return spans


# --- indicator periods ---

_INDICATOR_UNIT: dict[IndicatorFrequency, _Unit] = {
    "monthly": "month", "quarterly": "quarter", "yearly": "year",
}
_UNIT_FREQUENCY: dict[_Unit, IndicatorFrequency] = {
    unit: freq for freq, unit in _INDICATOR_UNIT.items()
}


def period_key(freq: IndicatorFrequency, d: date) -> str:
    """The label of the period of `freq` that holds `d`: `2023-03`, `2023-Q1` or `2023`."""
    return _containing(_INDICATOR_UNIT[freq], d).label


def latest_period_ended(freq: IndicatorFrequency, as_of: date) -> str:
    """The latest period of `freq` whose last day is on or before `as_of`."""
    current = _containing(_INDICATOR_UNIT[freq], as_of)
    if current.span.end == as_of:
        return current.label
    return _containing(current.unit, current.span.start - _ONE_DAY).label


def previous_period(label: str) -> str:
    """The period just before `label`, of the same kind: `2023-Q1` -> `2022-Q4`."""
    current = _named_period(label)
    return _containing(current.unit, current.span.start - _ONE_DAY).label


def period_span(label: str) -> Span:
    """The days of a period label (the same as `parse_period`)."""
    return parse_period(label)


def period_frequency(label: str) -> IndicatorFrequency | None:
    """Which indicator frequency a label belongs to (`2023-03` monthly), None for others."""
    try:
        return _UNIT_FREQUENCY.get(_named_period(label).unit)
    except DeadlineError:
        return None
