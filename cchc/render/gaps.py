"""Renderers of `cchc gaps`: the contract's JSON shape, and a table."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.model.registry import Registry
from cchc.render.table import Table


def gaps_json(rows: Sequence[Gap]) -> str:
    return json.dumps([g.as_json() for g in rows], ensure_ascii=False, indent=2) + "\n"


def trend(g: Gap, lang: str) -> str:
    """The direction of the value, and whether that is towards the target."""
    if g.value is None or g.previous is None or g.trend is None:
        return "—"
    arrow = "↑" if g.value > g.previous else "↓" if g.value < g.previous else "→"
    return f"{arrow} {i18n.t(lang, 'trend.' + g.trend)}"


def cells(g: Gap, registry: Registry, lang: str, names: dict[tuple[str, str], str]
          ) -> tuple[str, ...]:
    """The cells of one gap row, shared by the table, the dashboard and the report."""
    def num(x: float | None) -> str:
        return "" if x is None else i18n.format_number(lang, x)

    unit = registry.name(g.unit) if g.unit else i18n.t(lang, "word.locality")
    met = "" if g.met is None else i18n.t(lang, "word.yes" if g.met else "word.no")
    value = num(g.value) if g.value is not None else i18n.t(lang, "word.no-reading")
    return (names.get((g.plan, g.indicator), g.indicator), unit,
            i18n.format_period(lang, g.period), g.target, value,
            num(g.gap), met, num(g.previous), trend(g, lang))


def columns(lang: str) -> tuple[str, ...]:
    return tuple(i18n.t(lang, "col." + c) for c in (
        "indicator", "unit", "period", "target", "value", "gap", "met", "previous", "trend"))


def gaps_table(rows: Sequence[Gap], registry: Registry, lang: str, as_of: dt.date,
               names: dict[tuple[str, str], str], incomplete: bool) -> Table:
    missing = sum(1 for g in rows if g.value is None)
    unmet = sum(1 for g in rows if g.met is False)
    notes = ([i18n.t(lang, "cli.incomplete-note")] if incomplete else []) + [
        i18n.t(lang, "gaps.count", count=len(rows), missing=missing, unmet=unmet)]
    return Table(i18n.t(lang, "gaps.title", date=i18n.format_date(lang, as_of)), columns(lang),
                 tuple(cells(g, registry, lang, names) for g in rows), tuple(notes))
