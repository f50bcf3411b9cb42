"""Renderers of `cchc units`: a table, JSON, CSV, Excel (`FORMATS`).

JSON shape: a list of `{"id", "name", "kind", "aliases": [...], "members": [...],
"member_names": [...], "until": "YYYY-MM-DD" | null, "successor": id | null}`, in the order of
the table (names in Vietnamese alphabetical order, units before groups); `members` are a
group's ids as declared, `member_names` their names in the same order. The table, CSV and
Excel name each member with its id beside it (`UBND Phường 1 (ubnd-phuong-1)`), in Vietnamese
alphabetical order of the names.
"""

from __future__ import annotations

from collections.abc import Sequence

from cchc import i18n
from cchc.compute.units import UnitRow
from cchc.render.csvout import to_csv
from cchc.render.output import Output, Renderer, View, json_text
from cchc.render.table import Table
from cchc.render.xlsx import member_labels, units_format


def as_json(rows: Sequence[UnitRow], view: View | None = None) -> str:
    return json_text([{
        "id": r.id, "name": r.name, "kind": r.kind, "aliases": list(r.aliases),
        "members": list(r.members),
        "member_names": [dict(r.named_members).get(m, m) for m in r.members],
        "until": r.until.isoformat() if r.until else None,
        "successor": r.successor,
    } for r in rows])


def _kind(lang: str, kind: str) -> str:
    return i18n.t(lang, "unit-kind." + kind)


def _more(r: UnitRow, view: View) -> str:
    """Aliases, members, and what became of a unit that ceased."""
    lang = view.lang
    parts = []
    if r.aliases:
        parts.append(i18n.t(lang, "units.aliases", names="; ".join(r.aliases)))
    if r.members:
        parts.append(i18n.t(lang, "units.members", count=len(r.members),
                            names=", ".join(member_labels(r))))
    if r.until is not None:
        parts.append(i18n.t(lang, "units.until", date=i18n.format_date(lang, r.until)) +
                     (i18n.t(lang, "units.successor", unit=r.successor) if r.successor
                      else ""))
    return "; ".join(parts)


def table(rows: Sequence[UnitRow], view: View) -> Table:
    lang = view.lang
    cells = tuple((r.id, r.name, _kind(lang, r.kind), _more(r, view)) for r in rows)
    units = sum(1 for r in rows if r.kind != "group")
    return Table(i18n.t(lang, "units.title"),
                 tuple(i18n.t(lang, "units.col." + c) for c in ("id", "name", "kind", "more")),
                 cells, (i18n.t(lang, "units.count", units=units, groups=len(rows) - units),
                         i18n.t(lang, "units.hint")))


def _csv(rows: Sequence[UnitRow], view: View) -> Output:
    lang = view.lang
    return to_csv([i18n.t(lang, "units.col." + c) for c in
                   ("id", "name", "kind", "aliases", "members", "until", "successor")],
                  [(r.id, r.name, r.kind, "; ".join(r.aliases), "; ".join(member_labels(r)),
                    r.until.isoformat() if r.until else "", r.successor or "") for r in rows])


FORMATS: dict[str, Renderer[Sequence[UnitRow]]] = {
    "table": table, "json": as_json, "csv": _csv, "xlsx": units_format,
}
