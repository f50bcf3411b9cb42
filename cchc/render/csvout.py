"""CSV for spreadsheets: UTF-8 with a BOM (so Excel shows Vietnamese), CRLF, one header row.

Headers are in the user's language; dates stay ISO (YYYY-MM-DD) so that a spreadsheet sorts
and filters them as dates; ids and names both appear, for people and for formulas.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from cchc import i18n

if TYPE_CHECKING:  # no import at run time: the `gaps` renderer imports this module
    from cchc.compute.gaps import Gap
    from cchc.compute.obligations import Obligation
    from cchc.compute.tasks import TaskRow
    from cchc.model.registry import Registry

BOM = "\ufeff"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    import csv  # only a CSV run needs it (this module is imported by every `gaps` renderer)

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return BOM + out.getvalue()


def _header(lang: str, *keys: str) -> list[str]:
    return [i18n.t(lang, "col." + k) for k in keys]


def tasks_csv(rows: Sequence[TaskRow], registry: Registry, lang: str) -> str:
    return to_csv(_header(lang, "plan", "task", "title", "lead", "lead-names", "support",
                          "due", "kind", "first-due"),
                  [(r.plan, r.id, r.title, " ".join(r.lead),
                    "; ".join(registry.name(u) for u in r.lead), " ".join(r.support), r.due,
                    i18n.t(lang, "kind." + r.kind), r.first_due.isoformat()) for r in rows])


def overdue_csv(rows: Sequence[Obligation], registry: Registry, lang: str,
                titles: Mapping[tuple[str, str], str]) -> str:
    return to_csv(_header(lang, "plan", "task", "title", "unit", "unit-name", "due",
                          "days-overdue", "occurrences", "status"),
                  [(o.plan, o.task, titles.get((o.plan, o.task), ""), o.unit,
                    registry.name(o.unit), o.due.isoformat() if o.due else "", o.days_overdue,
                    o.occurrences, i18n.t(lang, "status." + o.status)) for o in rows])


def gaps_csv(rows: Sequence[Gap], registry: Registry, lang: str,
             names: Mapping[tuple[str, str], str]) -> str:
    def num(x: float | None) -> str:
        return "" if x is None else repr(x)

    def met(g: Gap) -> str:
        return "" if g.met is None else i18n.t(lang, "word.yes" if g.met else "word.no")

    return to_csv(_header(lang, "plan", "indicator", "indicator-name", "unit", "unit-name",
                          "period", "target", "value", "gap", "met", "previous"),
                  [(g.plan, g.indicator, names.get((g.plan, g.indicator), g.indicator),
                    g.unit or "", registry.name(g.unit) if g.unit else
                    i18n.t(lang, "word.locality"), g.period, g.target, num(g.value),
                    num(g.gap), met(g), num(g.previous)) for g in rows])
