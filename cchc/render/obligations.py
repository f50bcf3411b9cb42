"""Renderers of `cchc overdue`: the contract's JSON shape, a table, CSV (`FORMATS`).

The JSON keeps the contract's `days_overdue` (the as-of date minus `due`). What a person
reads counts days overdue of a plan that has ended to its last day (`days_shown`), and says
so: the column's name when every row is of an ended plan, else the cell and a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from cchc import i18n
from cchc.clerk.names import labelled
from cchc.compute.obligations import Obligation
from cchc.render.csvout import overdue_csv
from cchc.render.lateness import days_shown, occurrences_text
from cchc.render.output import Output, Renderer, View, json_text
from cchc.render.table import Table


def overdue_items(rows: Iterable[Obligation]) -> list[dict[str, Any]]:
    """The objects of `cchc overdue --format json` (docs/format.md, "JSON shapes"), keys in
    the contract's order; a due date's text made once (a province's 35,000 overdue rows fall
    on some 40 dates), not once a row."""
    dates: dict[dt.date, str] = {}
    items = []
    for o in rows:
        due = o.due
        text = None if due is None else dates.get(due)
        if text is None and due is not None:
            text = dates[due] = due.isoformat()
        items.append({"plan": o.plan, "task": o.task, "unit": o.unit, "due": text,
                      "days_overdue": o.days_overdue, "occurrences": o.occurrences,
                      "status": o.status})
    return items


def overdue_item(o: Obligation) -> dict[str, Any]:
    """One object of `overdue_items`."""
    return overdue_items((o,))[0]


def overdue_json(rows: Sequence[Obligation], view: View | None = None) -> str:
    return json_text(overdue_items(rows))


def overdue_table(rows: Sequence[Obligation], view: View) -> Table:
    lang, registry, titles, ended = view.lang, view.registry, view.titles, view.ended
    daily = view.daily

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    plans = sorted({o.plan for o in rows})
    closed = [p for p in plans if p in ended]
    every = bool(plans) and len(closed) == len(plans)  # the column says it; no cell needs to

    def days(o: Obligation) -> str:
        if o.plan not in ended or every:
            return str(days_shown(o, ended))
        return t("overdue.days-at-end", days=days_shown(o, ended))

    cells = tuple((o.task, titles.get((o.plan, o.task), ""), labelled(registry, o.unit),
                   i18n.format_date_short(lang, o.due) if o.due else "",
                   days(o), occurrences_text(lang, (o.occurrences,), (o.plan, o.task) in daily),
                   t("status." + o.status))
                  for o in rows)
    notes = ([t("cli.incomplete-note")] if view.incomplete else []) + [
        t("overdue.ended-note", plan=ended[p][1], date=i18n.format_date(lang, ended[p][0]))
        for p in closed] + [t("overdue.count", count=len(rows))]
    return Table(t("overdue.title", date=i18n.format_date(lang, view.as_of)),
                 (t("col.task"), t("col.title"), t("col.unit"), t("col.due"),
                  t("col.days-overdue-end") if every else t("col.days-overdue"),
                  t("col.occurrences"), t("col.status")),
                 cells, tuple(notes))


def _csv(rows: Sequence[Obligation], view: View) -> Output:
    return overdue_csv(rows, view.registry, view.lang, view.titles)


def _xlsx(rows: Sequence[Obligation], view: View) -> Output:
    from cchc.render.xlsx import overdue_format

    return overdue_format(rows, view)


FORMATS: dict[str, Renderer[Sequence[Obligation]]] = {
    "table": overdue_table, "json": overdue_json, "csv": _csv, "xlsx": _xlsx,
}
