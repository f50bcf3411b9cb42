"""The deadline grammar: a task's `due` becomes a `Deadline`, a `period` a named period.

Vietnamese forms are matched on a folded copy of the text (`cchc.text.fold`: NFC, casefolded,
without diacritics, so `quý`, `quí`, `qúy`, `hàng` and `hằng` meet, and text pasted from office
documents in NFD matches too), with spaces and separators normalised and leading words such as
`trong` or `chậm nhất` dropped. Every pattern is anchored and linear, and overlong input is
refused up front, so no value can make parsing slow.

To accept a new phrase, add a pattern to `PERIOD_PATTERNS` (a named period) or to the
frequencies below, with a case in tests/test_deadlines.py; docs/format.md, section "Deadlines",
lists the forms.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NoReturn

from cchc import text as vntext
from cchc.model.deadlines import periods as p
from cchc.model.deadlines import rrules
from cchc.model.deadlines.errors import DeadlineError, Impossible

Kind = Literal["one-off", "ongoing", "recurring"]
Frequency = Literal["daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"]

# No real deadline is this long; refusing longer text keeps parsing cheap on any input.
MAX_TEXT = 200

# The forms, for the schemas' descriptions and English messages (the catalogues say them too).
DEADLINE_FORMS = (
    "a date (2023-03-15), a month (2023-02), a quarter (2023-Q1), a half-year (2023-H1), "
    "a year (2023), ongoing, daily, weekly, monthly, quarterly, half-yearly, yearly, "
    "an RRULE (RRULE:FREQ=MONTHLY;BYMONTHDAY=25), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'trong tháng 2/2023', 'hết quý II năm 2023', '6 tháng cuối năm 2023', "
    "'cuối năm 2023', 'thường xuyên', 'hàng tháng', 'định kỳ 6 tháng' or "
    "'trước ngày 20 hằng tháng'"
)
PERIOD_FORMS = (
    "a day (2023-03-15), an ISO week (2023-W05), a month (2023-03), a quarter (2023-Q1), "
    "a half-year (2023-H1) or a year (2023), or a Vietnamese form such as "
    "'ngày 15/3/2023', 'tháng 3/2023', 'quý I/2023', '6 tháng đầu năm 2023' or 'năm 2023'"
)


@dataclass(frozen=True)
class Deadline:
    """A parsed `due` value; `written` keeps the clerk's own wording for messages and diffs."""

    written: str
    kind: Kind
    canonical: str
    due: date | None = None
    frequency: Frequency | None = None
    rrule: str | None = None


# --- folding and matching text ---

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
# Footnote marks and a closing full stop, as copied from the documents ("quý I/2023³.").
_TRAILING_MARKS = ".*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021"
_PREFIXES = re.compile(r"(?:(?:trong|truoc|cham nhat(?: la)?|den(?: het)?|cuoi|het|vao) )+")


def _strip_trailing_marks(text: str) -> str:
    # str.rstrip rather than a regex anchored at $, which is quadratic on long runs of spaces
    previous = None
    while previous != text:
        previous = text
        text = text.rstrip().rstrip(_TRAILING_MARKS)
    return text


def fold(text: str) -> str:
    """Fold text for matching: case, Unicode form, diacritics, spaces, separators, prefixes."""
    text = vntext.nfc(text).casefold().translate(_DASHES)
    text = vntext.fold(_strip_trailing_marks(text))
    text = " ".join(text.split())
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
    raise Impossible("deadline.reason.quarter-word", text=text.upper())


_Builder = Callable[[re.Match[str]], p.NamedPeriod]

_YEAR = r"(\d{1,6})"
_SEP_OR_YEAR_WORD = r"(?:[/-]|,? nam )"

# (pattern, builder, for periods only); the first full match wins. Canonical forms first.
PERIOD_PATTERNS: list[tuple[re.Pattern[str], _Builder, bool]] = [
    # ASCII digits only: int() would read other scripts' digits, which no clerk means here
    (re.compile(pattern, re.ASCII), build, weeks_only) for pattern, build, weeks_only in [
        (r"(\d{4})-(\d{1,2})-(\d{1,2})",
         lambda m: p.day_of(int(m[1]), int(m[2]), int(m[3])), False),
        (r"(\d{4})-(\d{1,2})", lambda m: p.month_of(int(m[1]), int(m[2])), False),
        (r"(\d{4})-q(\d{1,2})", lambda m: p.quarter_of(int(m[1]), int(m[2])), False),
        (r"(\d{4})-h(\d{1,2})", lambda m: p.half_of(int(m[1]), int(m[2])), False),
        (r"(\d{4})-w(\d{1,2})", lambda m: p.week_of(int(m[1]), int(m[2])), True),
        (r"(\d{4})", lambda m: p.year_of(int(m[1])), False),
        (r"(?:ngay )?(\d{1,2})([/.-])(\d{1,2})\2" + _YEAR,
         lambda m: p.day_of(int(m[4]), int(m[3]), int(m[1])), False),
        (r"(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam " + _YEAR,
         lambda m: p.day_of(int(m[3]), int(m[2]), int(m[1])), False),
        (r"(?:thang )?(\d{1,2})[/-]" + _YEAR, lambda m: p.month_of(int(m[2]), int(m[1])),
         False),
        (r"thang (\d{1,2}),? nam " + _YEAR, lambda m: p.month_of(int(m[2]), int(m[1])), False),
        (r"(?:quy|qui) ([ivx]+|\d{1,2})" + _SEP_OR_YEAR_WORD + _YEAR,
         lambda m: p.quarter_of(int(m[2]), _quarter_number(m[1])), False),
        (r"(?:0?6|sau) thang (dau|cuoi) nam " + _YEAR,
         lambda m: p.half_of(int(m[2]), 1 if m[1] == "dau" else 2), False),
        (r"nam " + _YEAR, lambda m: p.year_of(int(m[1])), False),
        (r"tuan (\d{1,2})" + _SEP_OR_YEAR_WORD + _YEAR,
         lambda m: p.week_of(int(m[2]), int(m[1])), True),
    ]
]

_ONGOING = re.compile(r"ongoing|thuong xuyen|lien tuc|thuong xuyen(?:, | va | )lien tuc")
_FREQUENCIES: dict[str, Frequency] = {
    "daily": "daily", "weekly": "weekly", "monthly": "monthly", "quarterly": "quarterly",
    "half-yearly": "half-yearly", "yearly": "yearly",
}
_VI_FREQUENCIES: dict[str, Frequency] = {
    "ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly",
    "qui": "quarterly", "nam": "yearly",
}
_VI_FREQUENCY = re.compile(r"(?:dinh ky )?(?:hang|moi) (ngay|tuan|thang|quy|qui|nam)")
# Half-yearly: "định kỳ 6 tháng", "6 tháng một lần", "hằng 6 tháng", "mỗi 6 tháng", "6 tháng/lần"
_VI_HALF_YEARLY = re.compile(
    r"(?:dinh ky (?:0?6|sau) thang(?: mot lan)?|(?:0?6|sau) thang(?: mot lan|/lan|/1 lan)"
    r"|(?:dinh ky )?(?:hang|moi) (?:0?6|sau) thang(?: mot lan)?)")
# "trước ngày 20 hằng tháng": each month, on or before that day (the prefix is gone by now)
_VI_MONTH_DAY = re.compile(r"(?:ngay )?(\d{1,2}) (?:hang|moi|cua moi|cua hang) thang", re.ASCII)


def _month_day_rule(day: int) -> str:
    """The RRULE of "before day N of each month"; N past the 28th means the month's last day
    up to N (so "ngày 30 hằng tháng" falls on 28 or 29 February, not skipping it)."""
    if day <= 28:
        return f"FREQ=MONTHLY;BYMONTHDAY={day}"
    days = ",".join(str(d) for d in range(28, day + 1))
    return f"FREQ=MONTHLY;BYMONTHDAY={days};BYSETPOS=-1"


def _match_period(folded: str, *, weeks: bool) -> p.NamedPeriod | None:
    """The named period `folded` spells, None if no form matches; Impossible if not real."""
    for pattern, build, weeks_only in PERIOD_PATTERNS:
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


def _read_period(value: object, what: Literal["deadline", "period"], *,
                 weeks: bool) -> p.NamedPeriod | str:
    """Shared front half of both parsers: a named period, or the folded text to try further.

    Messages about periods always list the forms (a clerk typing `cchc measure --period`
    needs them); an impossible deadline only says why, since its form was understood.
    """
    written = _written(value)

    def unrecognised(hint: str, **args: object) -> NoReturn:
        raise DeadlineError(f"{what}.unrecognised-because",
                            {"value": _quote(written), "hint": hint, **args})

    try:
        if value is None:
            raise DeadlineError(f"{what}.missing")
        if isinstance(value, bool):
            unrecognised("deadline.hint.yes-no")
        if isinstance(value, int):
            return p.year_of(value)
        if isinstance(value, date):
            day = _plain_date(value)
            if day is None:
                unrecognised("deadline.hint.moment")
            return p.day_of(day.year, day.month, day.day)
        if not isinstance(value, str):
            unrecognised("deadline.hint.type", type=type(value).__name__)
        if len(value) > MAX_TEXT:
            unrecognised("deadline.hint.too-long", limit=MAX_TEXT)
        folded = fold(value)
        return _match_period(folded, weeks=weeks) or folded
    except Impossible as exc:
        raise DeadlineError(f"{what}.impossible",
                            {"value": _quote(written), "reason": exc.reason, **exc.args_},
                            impossible=True) from None


# --- public parsers ---


def parse_deadline(value: object) -> Deadline:
    """Read a `due` value in any form of docs/format.md, "Deadlines"; DeadlineError if none.

    Accepts text, a year as an int, and a date (YAML reads `2023-03-15` as one). A datetime
    counts only at midnight without a time zone, since a deadline is a whole day.
    """
    if isinstance(value, str) and value.strip()[:6].upper() == "RRULE:":
        try:
            if len(value) > MAX_TEXT:
                raise rrules.BadRule("deadline.rrule.too-long", limit=MAX_TEXT)
            text = rrules.canonical(value.strip()[6:])
        except rrules.BadRule as exc:
            raise DeadlineError("deadline.bad-rrule",
                                {"value": _quote(value), "reason": exc.reason, **exc.args_}
                                ) from None
        return Deadline(value, "recurring", f"RRULE:{text}", rrule=text)
    written = _written(value)
    found = _read_period(value, "deadline", weeks=False)
    if isinstance(found, p.NamedPeriod):
        return Deadline(written, "one-off", found.label, due=found.span.end)
    if _ONGOING.fullmatch(found):
        return Deadline(written, "ongoing", "ongoing")
    vietnamese = _VI_FREQUENCY.fullmatch(found)
    frequency = _VI_FREQUENCIES[vietnamese[1]] if vietnamese else _FREQUENCIES.get(found)
    if frequency is None and _VI_HALF_YEARLY.fullmatch(found):
        frequency = "half-yearly"
    if frequency is not None:
        return Deadline(written, "recurring", frequency, frequency=frequency)
    month_day = _VI_MONTH_DAY.fullmatch(found)
    if month_day is not None:
        day = int(month_day[1])
        if not 1 <= day <= 31:
            raise DeadlineError("deadline.impossible",
                                {"value": _quote(written), "reason": "deadline.reason.month-day",
                                 "day": day}, impossible=True)
        text = rrules.canonical(_month_day_rule(day))
        return Deadline(written, "recurring", f"RRULE:{text}", rrule=text)
    raise DeadlineError("deadline.unrecognised", {"value": _quote(written)})


def named_period(value: object) -> p.NamedPeriod:
    """The named period a `period` value spells; DeadlineError if none."""
    if isinstance(value, str):  # periods repeat across thousands of records: read each once
        return _named_period_text(value)
    return _named_period_uncached(value)


@functools.lru_cache(maxsize=4096)
def _named_period_text(value: str) -> p.NamedPeriod:
    return _named_period_uncached(value)


def _named_period_uncached(value: object) -> p.NamedPeriod:
    found = _read_period(value, "period", weeks=True)
    if isinstance(found, p.NamedPeriod):
        return found
    raise DeadlineError("period.unrecognised", {"value": _quote(_written(value))})


def parse_period(value: object) -> p.Span:
    """The days a record's or reading's `period` names: `2023-Q1` is [2023-01-01, 2023-03-31].

    Accepts a day, ISO week (`2023-W05`, Monday to Sunday), month, quarter, half-year or year,
    canonical or Vietnamese, as text, an int year or a date.
    """
    return named_period(value).span


def period_label(value: object) -> str:
    """The canonical label of a period value: `quý I/2023` -> `2023-Q1`, a date -> ISO form."""
    return named_period(value).label


def previous_period(label: str) -> str:
    """The period just before `label`, of the same kind: `2023-Q1` -> `2022-Q4`."""
    return p.before(named_period(label)).label


def period_span(label: str) -> p.Span:
    """The days of a period label (the same as `parse_period`)."""
    return parse_period(label)


def period_frequency(label: str) -> p.IndicatorFrequency | None:
    """Which indicator frequency a label belongs to (`2023-03` monthly), None for others."""
    try:
        return p.UNIT_FREQUENCY.get(named_period(label).unit)
    except DeadlineError:
        return None


def impossible_day(text: str) -> dict[str, str]:
    """Why an ISO day such as `2023-02-30` names no real day, as diagnostic arguments
    (`DeadlineError.why`); {} when it is a real day or no day at all."""
    try:
        named_period(text)
    except DeadlineError as exc:
        return exc.why()
    return {}
