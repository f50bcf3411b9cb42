"""Renderers of `cchc gaps`: the contract's JSON shape, a table, CSV (`FORMATS`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.model.registry import Registry
from cchc.model.target import parse_target
from cchc.render.csvout import gaps_csv
from cchc.render.output import Output, Renderer, View, json_text
from cchc.render.table import Table
from cchc.render.trend import trend


def gap_item(g: Gap) -> dict[str, Any]:
    """The object of `cchc gaps --format json` (docs/format.md, "JSON shapes"), keys in the
    contract's order."""
    return {"plan": g.plan, "indicator": g.indicator, "unit": g.unit,
            "period": g.period, "target": g.target, "value": g.value,
            "gap": g.gap, "met": g.met, "previous": g.previous}


def gaps_json(rows: Sequence[Gap], view: View | None = None) -> str:
    return json_text([gap_item(g) for g in rows])


def against(g: Gap, lang: str) -> str:
    """The gap in words: a met target reads as met ("vượt 13,7"), never as a negative
    shortfall; an unmet one says what is missing ("thiếu 1,5"), or, under a ceiling
    (`<= 0` late dossiers), by how much it went over."""
    if g.gap is None or g.met is None:
        return ""
    op = _operator(g.target)
    ceiling = op in ("<", "<=")
    size = _number(lang, abs(g.gap))
    if op == "=":
        key = "gap.at-target" if g.met else "gap.off"
    elif g.gap == 0:
        key = "gap.at-target" if g.met else "gap.at-bound"
    elif g.met:
        key = "gap.under-ceiling" if ceiling else "gap.over"
    else:
        key = "gap.over-ceiling" if ceiling else "gap.short"
    return _said(lang, key, value=size)


# A plan's targets are few and repeat on every unit's row: each is read once.
@functools.lru_cache(maxsize=4096)
def _operator(target: str) -> str | None:
    """The comparison of a target as written (`>=`, `<`, ...), or None."""
    parsed = parse_target(target)
    return parsed.op if parsed is not None else None


@functools.lru_cache(maxsize=8)
def _words(lang: str) -> tuple[str, str, str, str]:
    """The words a gap row may hold, said once per language (a report has thousands)."""
    return (i18n.t(lang, "word.locality"), i18n.t(lang, "word.yes"), i18n.t(lang, "word.no"),
            i18n.t(lang, "word.no-reading"))


# Readings, targets and gaps repeat across units and periods: each number is written once,
# each sentence said once. (Equal numbers, 1 and 1.0 among them, are written alike by
# `format_number`; a message is a function of its key and arguments.)
_number = functools.lru_cache(maxsize=16384)(i18n.format_number)
_said = functools.lru_cache(maxsize=16384)(i18n.t)


def cells(g: Gap, registry: Registry, lang: str, names: Mapping[tuple[str, str], str]
          ) -> tuple[str, ...]:
    """The cells of one gap row, shared by the table, the dashboard and the report."""
    locality, yes, no, no_reading = _words(lang)
    unit = registry.name(g.unit) if g.unit else locality
    met = "" if g.met is None else yes if g.met else no
    value = _number(lang, g.value) if g.value is not None else no_reading
    return (names.get((g.plan, g.indicator), g.indicator), unit,
            i18n.format_period(lang, g.period), g.target, value,
            against(g, lang), met, "" if g.previous is None else _number(lang, g.previous),
            trend(g, lang))


def columns(lang: str) -> tuple[str, ...]:
    return tuple(i18n.t(lang, "col." + c) for c in (
        "indicator", "unit", "period", "target", "value", "against-target", "met", "previous",
        "trend"))


def gaps_table(rows: Sequence[Gap], view: View) -> Table:
    lang, registry, names = view.lang, view.registry, view.indicator_names
    missing = sum(1 for g in rows if g.value is None)
    unmet = sum(1 for g in rows if g.met is False)
    notes = ([i18n.t(lang, "cli.incomplete-note")] if view.incomplete else []) + [
        i18n.t(lang, "gaps.count", count=len(rows), missing=missing, unmet=unmet)]
    return Table(i18n.t(lang, "gaps.title", date=i18n.format_date(lang, view.as_of)),
                 columns(lang),
                 tuple(cells(g, registry, lang, names) for g in rows), tuple(notes))


def _csv(rows: Sequence[Gap], view: View) -> Output:
    return gaps_csv(rows, view.registry, view.lang, view.indicator_names)


def _xlsx(rows: Sequence[Gap], view: View) -> Output:
    from cchc.render.xlsx import gaps_format

    return gaps_format(rows, view)


FORMATS: dict[str, Renderer[Sequence[Gap]]] = {
    "table": gaps_table, "json": gaps_json, "csv": _csv, "xlsx": _xlsx,
}
