"""Lateness as a person reads it: days overdue stop at an ended plan's last day, and a daily
duty's open occurrences are days.

The contract's `days_overdue` (the as-of date minus `due`) stays in the JSON; the tables of
every renderer show `days_shown` instead, under a heading that says which (docs/decisions.md,
"Days overdue of an ended plan").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from cchc import i18n
from cchc.compute.obligations import Obligation


def days_shown(o: Obligation, ended: Mapping[str, tuple[dt.date, str]]) -> int:
    """Days overdue as a reader is shown them: to the as-of date (`days_overdue`), or, for a
    plan that has ended, to its last day (never below 0)."""
    end = ended.get(o.plan)
    if end is None or o.due is None:
        return o.days_overdue
    return max(0, (end[0] - o.due).days)


def occurrences_text(lang: str, counts: Iterable[int], daily: bool) -> str:
    """The open occurrences of one row (one count, or the fewest–most of its units); for a
    daily duty they are days, and say so ("334 ngày")."""
    found = sorted(set(counts))
    if not found:
        return ""
    text = str(found[0]) if len(found) == 1 else f"{found[0]}–{found[-1]}"
    if not daily:
        return text
    return i18n.t(lang, "word.open-day" if text == "1" else "word.open-days", count=text)
