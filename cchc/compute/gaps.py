"""Indicator gaps: each reading due for a period against its target, as of a day.

Pure: no I/O, no clock. Rules (docs/format.md, "Units and groups",
"Indicator readings" and the `cchc gaps` shape of "JSON shapes"):

- The period is the latest period of the indicator's frequency that ended on or before
  `as_of`, or on or before the plan's last day once the plan has ended (its final reading,
  not "November 2026" for a 2023 plan). A `period` argument replaces it, and then only
  indicators of that period's frequency are reported (a label of no indicator frequency, or
  no label at all, gives none). A period outside the plan period owes no reading: no row.
- `per: locality`: one row, unit None. `per: unit`: one row per measured unit, the expansion
  of `units` or else every unit of the registry, leaving out a unit whose `until` falls
  before the period's last day (the reading falls due after it ceased).
- The value is the reading for (indicator, unit, period); readings have no date, so every
  one counts. Should the same key be given twice (an error `check` reports), the first by
  path and position wins. `previous` is the reading of the period before.
- With a value: `gap` per "Indicator readings" (`>`/`>=`: target - value, `<`/`<=`: value - target,
  `=`: |value - target|), `met` whether the value satisfies the comparison. Without: both
  None. The gap is worked out in decimal on the numbers as written, and `value`, `gap` and
  `previous` are rounded to 2 decimals half away from zero (1.005 -> 1.01, not Python's
  banker's rounding); a rounded -0.0 is written 0.0.
- A `unit` filter keeps rows of that unit or of the group's members; rows of `per: locality`
  indicators belong to no unit, so a unit filter leaves them out.
- Rows sort by plan, indicator id, then unit, locality rows (unit None) first.
- Periods exist within the supported years (1900 to 2999) only: as of a day in January 1900
  no month has ended (no row), and the first period of 1900 has no `previous`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import MAX_PREC, ROUND_HALF_UP, Context, Decimal
from typing import Literal

from cchc.model.deadlines import (
    DeadlineError,
    latest_period_ended,
    period_frequency,
    period_label,
    period_span,
    previous_period,
)
from cchc.model.domain import Indicator
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.model.rows import ReadingRow
from cchc.model.target import Target

_CENT = Decimal("0.01")
# Subtraction and rounding to cents are exact in a context without a fixed precision: the
# default 28 digits made `quantize` fail (InvalidOperation) on a reading of 1e26.
_EXACT = Context(prec=MAX_PREC, rounding=ROUND_HALF_UP)


Trend = Literal["better", "worse", "same"]


def trend(target: Target, value: float | None, previous: float | None) -> Trend | None:
    """Whether the value moved towards the target since the previous period.

    Direction alone misleads: fewer late dossiers against `<= 0` is better, a lower
    satisfaction score against `> 95%` is worse.
    """
    if value is None or previous is None:
        return None
    now, before = target.gap(value), target.gap(previous)
    return "better" if now < before else "worse" if now > before else "same"


@dataclass(frozen=True)
class Gap:
    """One row of `cchc gaps`: an indicator's reading for one unit (or the locality)."""

    plan: str
    indicator: str
    unit: str | None  # None for per: locality
    period: str  # canonical label: 2023-03, 2023-Q1 or 2023
    target: str  # as written in the plan
    value: float | None
    gap: float | None
    met: bool | None
    previous: float | None
    trend: Trend | None = None  # not in the JSON of the contract; shown in tables and reports



def _decimal(x: float) -> Decimal:
    # repr gives the shortest text that reads back as x: the number as the clerk wrote it
    return Decimal(repr(x))


def round2(x: float | Decimal) -> float:
    """Round to 2 decimals, half away from zero, without a negative zero."""
    if type(x) is float:
        written = repr(x)
        point = written.find(".")
        if point >= 0 and len(written) - point <= 3 and "e" not in written:
            return x + 0.0  # two decimals at most, as written: rounding keeps it
    d = x if isinstance(x, Decimal) else _decimal(x)
    return float(d.quantize(_CENT, context=_EXACT)) + 0.0


def gap_of(target: Target, value: float) -> float:
    """The gap of docs/format.md, "Indicator readings", worked in decimal and rounded to 2
    decimals."""
    n, v = _decimal(target.number), _decimal(value)
    if target.op in (">", ">="):
        exact = _EXACT.subtract(n, v)
    elif target.op in ("<", "<="):
        exact = _EXACT.subtract(v, n)
    else:
        exact = _EXACT.abs(_EXACT.subtract(v, n))
    return round2(exact)


def _reading_index(readings: list[ReadingRow]) -> dict[tuple[str, str | None, str], float]:
    index: dict[tuple[str, str | None, str], float] = {}
    # Readings come in path order, and in file order within a path (the loader assembles
    # them so): the first of duplicates wins without sorting again.
    for indicator, unit, value, label in readings:
        index.setdefault((indicator, unit, label), value)
    return index


def _period_for(indicator: Indicator, as_of: dt.date, wanted: str | None) -> str | None:
    if wanted is None:
        return latest_period_ended(indicator.frequency, as_of)
    if period_frequency(wanted) != indicator.frequency:
        return None
    return period_label(wanted)


def gaps(repo: Repository, registry: Registry, as_of: dt.date, *, plan: str | None = None,
         unit: str | None = None, period: str | None = None) -> list[Gap]:
    """Every indicator row due as of `as_of` (or for `period`), sorted; see the module doc."""
    wanted = set(registry.expand(unit)) if unit is not None else None
    rows: list[Gap] = []
    for handle, pd in sorted(repo.plans.items()):
        if plan is not None and handle != plan:
            continue
        index = _reading_index(pd.reading_rows())
        for located in pd.indicators:
            ind = located.value
            try:
                label = _period_for(ind, min(as_of, pd.plan.span.end), period)
                end = period_span(label).end if label is not None else None
            except DeadlineError:  # before 1900: no period of this frequency has ended
                label = end = None
            if label is None or end is None or not period_span(label).overlaps(pd.plan.span):
                continue
            try:
                before: str | None = previous_period(label)
            except DeadlineError:  # the first period of the supported years
                before = None
            if ind.per == "locality":
                if wanted is not None:
                    continue
                measured: tuple[str | None, ...] = (None,)
            else:
                units = registry.expand_all(ind.units) if ind.units else registry.all_units()
                measured = tuple(
                    u for u in units
                    if (wanted is None or u in wanted)
                    and not ((until := registry.units[u].until) is not None and until < end))
            for u in measured:
                value = index.get((ind.id, u, label))
                prev = index.get((ind.id, u, before)) if before is not None else None
                rows.append(Gap(
                    handle, ind.id, u, label, ind.target.written,
                    round2(value) if value is not None else None,
                    gap_of(ind.target, value) if value is not None else None,
                    ind.target.met(value) if value is not None else None,
                    round2(prev) if prev is not None else None,
                    trend(ind.target, value, prev)))
    rows.sort(key=lambda g: (g.plan, g.indicator, g.unit is not None, g.unit or ""))
    return rows
