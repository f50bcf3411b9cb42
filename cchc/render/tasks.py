"""Renderers of the task listing (`cchc tasks`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cchc import i18n
from cchc.compute.tasks import TaskRow
from cchc.model.registry import Registry
from cchc.render.table import Table


def as_json(rows: Sequence[TaskRow]) -> str:
    return json.dumps([{
        "plan": r.plan, "id": r.id, "title": r.title, "lead": list(r.lead),
        "support": list(r.support), "due": r.due, "kind": r.kind,
        "first_due": r.first_due.isoformat(),
    } for r in rows], ensure_ascii=False, indent=2) + "\n"


def table(rows: Sequence[TaskRow], registry: Registry, lang: str, incomplete: bool) -> Table:
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    cells = tuple((r.id, r.title, ", ".join(registry.name(u) for u in r.lead), r.due,
                   i18n.format_date_short(lang, r.first_due)) for r in rows)
    notes = [t("tasks.count", count=len(rows))]
    if incomplete:
        notes.insert(0, t("cli.incomplete-note"))
    return Table(t("tasks.title"), (t("col.task"), t("col.title"), t("col.lead"), t("col.due"),
                                    t("col.first-due")), cells, tuple(notes))
