"""Renderers of `cchc overdue`: the contract's JSON shape, and a table."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from cchc import i18n
from cchc.compute.obligations import Obligation
from cchc.model.registry import Registry
from cchc.render.table import Table


def overdue_json(rows: Sequence[Obligation]) -> str:
    return json.dumps([o.overdue_json() for o in rows], ensure_ascii=False, indent=2) + "\n"


def overdue_table(rows: Sequence[Obligation], registry: Registry, lang: str, as_of: dt.date,
                  titles: dict[tuple[str, str], str], incomplete: bool) -> Table:
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    cells = tuple((o.task, titles.get((o.plan, o.task), ""), registry.name(o.unit),
                   i18n.format_date_short(lang, o.due) if o.due else "",
                   str(o.days_overdue), str(o.occurrences), t("status." + o.status))
                  for o in rows)
    notes = ([t("cli.incomplete-note")] if incomplete else []) + [
        t("overdue.count", count=len(rows))]
    return Table(t("overdue.title", date=i18n.format_date(lang, as_of)),
                 (t("col.task"), t("col.title"), t("col.unit"), t("col.due"),
                  t("col.days-overdue"), t("col.occurrences"), t("col.status")),
                 cells, tuple(notes))
