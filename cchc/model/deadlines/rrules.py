"""RRULE deadlines (RFC 5545, read by dateutil): checking a rule, and the dates it gives.

A deadline is a whole day, so rules finer than daily are refused; dateutil leaves some of the
RFC's ranges unchecked (it reads BYMONTHDAY=0 as every day), so they are checked here. A rule
that never gives a date is refused too. Reasons are catalogue keys (`deadline.rrule.*`).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from dateutil.rrule import rrule, rrulestr

_FINER_THAN_DAILY = {"HOURLY", "MINUTELY", "SECONDLY"}
_TIME_OF_DAY = ("BYHOUR", "BYMINUTE", "BYSECOND")
# RFC 5545 ranges that dateutil does not check itself (it reads BYMONTHDAY=0 as every day).
_NONZERO_LIMITS = {"BYMONTH": 12, "BYMONTHDAY": 31, "BYYEARDAY": 366, "BYWEEKNO": 53}
# A leap year close to datetime's last year: a rule that gives no date from here to 9999
# gives none at all, and finding that out costs at most 40 years of dateutil's search.
_PROBE_START = datetime(9960, 1, 1)
_VALIDATION_START = date(2000, 1, 1)


class BadRule(ValueError):
    """Why a rule is refused: `reason`, a catalogue key, and its arguments."""

    def __init__(self, reason: str, **args: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.args_ = args


def _pairs(body: str) -> list[tuple[str, str]]:
    """KEY=value pairs with keys upper-cased."""
    parts = [part.strip() for part in body.split(";")]
    while parts and not parts[-1]:
        parts.pop()  # a trailing ";" is harmless
    pairs: list[tuple[str, str]] = []
    for part in parts:
        key, equals, value = (s.strip() for s in part.partition("="))
        if not equals or not key or not value or any(c.isspace() for c in key + value):
            raise BadRule("deadline.rrule.not-a-pair", part=part)
        if any(key.upper() == seen for seen, _ in pairs):
            raise BadRule("deadline.rrule.twice", key=key.upper())
        pairs.append((key.upper(), value))
    return pairs


def _check_pairs(pairs: list[tuple[str, str]]) -> None:
    rule = dict(pairs)
    freq = rule.get("FREQ", "").upper()
    if not freq:
        raise BadRule("deadline.rrule.no-freq")
    if freq in _FINER_THAN_DAILY or any(key in rule for key in _TIME_OF_DAY):
        raise BadRule("deadline.rrule.whole-days")
    if "COUNT" in rule and "UNTIL" in rule:
        raise BadRule("deadline.rrule.count-and-until")
    for key in ("INTERVAL", "COUNT"):
        if key in rule and not (re.fullmatch(r"[0-9]{1,6}", rule[key]) and int(rule[key]) > 0):
            raise BadRule("deadline.rrule.not-positive", key=key)
    for key, limit in _NONZERO_LIMITS.items():
        for item in rule[key].split(",") if key in rule else ():
            if not re.fullmatch(r"[+-]?[0-9]{1,3}", item) or not 0 < abs(int(item)) <= limit:
                raise BadRule("deadline.rrule.out-of-range", key=key, limit=limit, item=item)
            if key == "BYMONTH" and int(item) < 0:
                raise BadRule("deadline.rrule.out-of-range", key=key, limit=12, item=item)


def _as_rule(built: object) -> rrule:
    if not isinstance(built, rrule):
        raise BadRule("deadline.rrule.not-single")
    return built


def build(text: str, start: date) -> rrule:
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


def canonical(body: str) -> str:
    """The rule after `RRULE:` with keys upper-cased and spaces dropped; BadRule if refused."""
    pairs = _pairs(body)
    _check_pairs(pairs)
    text = ";".join(f"{key}={value}" for key, value in pairs)
    try:
        rule = build(text, _VALIDATION_START)
        probe = rule.replace(dtstart=_PROBE_START, count=None, until=None)
        never = next(iter(probe), None) is None
    except BadRule:
        raise
    except Exception as exc:  # dateutil raises KeyError, TypeError, IndexError too
        # dateutil's own words (English): the rule's text is quoted beside them
        raise BadRule("deadline.rrule.library", detail=str(exc) or type(exc).__name__) from None
    if never:
        raise BadRule("deadline.rrule.never")
    return text


def dues(text: str, start: date, end: date) -> list[date]:
    """The days the rule gives from `start` to `end`, sorted, each once."""
    out: list[date] = []
    for moment in build(text, start):
        day = moment.date()
        if day > end:
            break
        if not out or day != out[-1]:
            out.append(day)
    return out
