"""The units and groups of the registry, as `cchc units` lists them (issue 12).

One row per unit or group: id, name, kind (a group's is `group`), aliases, members (a
group's direct members, as declared, and with their names in Vietnamese alphabetical order),
until and successor. Rows come in Vietnamese alphabetical order of
their names (the one collation, `cchc.i18n.collate`), units before groups. A search term
keeps the rows whose id, name or an alias contains it, compared after NFC and case-folding,
and without diacritics (`phuong` finds `Phường`): a listing, unlike `--unit`, may show many.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.clerk.names import loose
from cchc.i18n.collate import sorted_names
from cchc.model.registry import Registry


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    kind: str  # a unit's kind, or "group"
    aliases: tuple[str, ...]
    members: tuple[str, ...]  # a group's direct members, as declared
    until: dt.date | None
    successor: str | None
    # the members as (id, name), in Vietnamese alphabetical order of their names
    named_members: tuple[tuple[str, str], ...] = ()


def list_units(registry: Registry, search: str | None = None) -> list[UnitRow]:
    rows = [UnitRow(u.id, u.name, u.kind, tuple(u.aliases), (), u.until, u.successor)
            for u in registry.units.values()]
    groups = [UnitRow(g.id, g.name, "group", (), tuple(g.members), None, None,
                      tuple(sorted_names(((m, registry.name(m)) for m in g.members),
                                         lambda member: member[1])))
              for g in registry.groups.values()]
    if search is not None and (wanted := loose(search)):
        rows = [r for r in rows if _matches(r, wanted)]
        groups = [g for g in groups if _matches(g, wanted)]
    return sorted_names(rows, lambda r: r.name) + sorted_names(groups, lambda r: r.name)


def _matches(row: UnitRow, wanted: str) -> bool:
    return any(wanted in loose(text) for text in (row.id, row.name, *row.aliases))
