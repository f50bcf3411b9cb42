"""Renderers of the task listing (`cchc tasks`): a table, JSON, CSV (`FORMATS`)."""

from __future__ import annotations

from collections.abc import Sequence

from cchc import i18n
from cchc.compute.tasks import TaskRow
from cchc.render.csvout import tasks_csv
from cchc.render.output import Output, Renderer, View, json_text
from cchc.render.table import Table


def as_json(rows: Sequence[TaskRow], view: View | None = None) -> str:
    return json_text([{
        "plan": r.plan, "id": r.id, "title": r.title, "lead": list(r.lead),
        "support": list(r.support), "due": r.due, "kind": r.kind,
        "first_due": r.first_due.isoformat(),
    } for r in rows])


def table(rows: Sequence[TaskRow], view: View) -> Table:
    registry, lang = view.registry, view.lang

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    cells = tuple((r.id, r.title, ", ".join(registry.name(u) for u in r.lead), r.due,
                   i18n.format_date_short(lang, r.first_due)) for r in rows)
    notes = [t("tasks.count", count=len(rows))]
    if view.incomplete:
        notes.insert(0, t("cli.incomplete-note"))
    return Table(t("tasks.title"), (t("col.task"), t("col.title"), t("col.lead"), t("col.due"),
                                    t("col.first-due")), cells, tuple(notes))


def _csv(rows: Sequence[TaskRow], view: View) -> Output:
    return tasks_csv(rows, view.registry, view.lang)


def _xlsx(rows: Sequence[TaskRow], view: View) -> Output:
    from cchc.render.xlsx import tasks_format

    return tasks_format(rows, view)


FORMATS: dict[str, Renderer[Sequence[TaskRow]]] = {
    "table": table, "json": as_json, "csv": _csv, "xlsx": _xlsx,
}
