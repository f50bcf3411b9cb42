"""Cross-file checks: a registry of small functions, each returning diagnostics.

Schema problems (syntax, types, unknown keys) are found while loading; the checks here need
the whole repository: references between files, uniqueness, the rules of docs/format.md,
"Units and groups" to "Indicator readings".
Every check has the signature `check(repo, registry) -> Iterable[Diagnostic]`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cchc.diagnostics import Diagnostic
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.validate import plans, records, units

Check = Callable[[Repository, Registry], Iterable[Diagnostic]]

CHECKS: tuple[Check, ...] = (
    units.check_duplicate_ids,
    units.check_group_members,
    units.check_group_cycles,
    units.check_successors,
    units.check_duplicate_names,
    plans.check_plan_ids,
    plans.check_plan_references,
    plans.check_indicators,
    records.check_records,
    records.check_readings,
)


def validate(repo: Repository, registry: Registry | None = None) -> list[Diagnostic]:
    """All diagnostics of the repository: those found while loading, then every check's."""
    registry = registry or Registry(repo.units, repo.groups, repo.declared_units)
    found = _unit_names_meant(list(repo.diagnostics), registry)
    for check in CHECKS:
        found.extend(check(repo, registry))
    return sorted(set(found))


# The fields that name a unit or a group by its id (docs/format.md)
_UNIT_FIELDS = frozenset({"unit", "units", "lead", "support", "members", "owner", "successor",
                          "coordinator"})


def _unit_names_meant(found: list[Diagnostic], registry: Registry) -> list[Diagnostic]:
    """A unit written by its name where a file must give its id (`unit: Phường 1`): the
    `bad-id` diagnostic also says the id (`meant`), when the name, compared as `--unit`
    compares it, is one unit's or group's. Found here, not while the file is read, because
    it depends on the registry (a units file edited later changes it)."""
    wanted = [i for i, d in enumerate(found) if d.code == "bad-id"
              and _field_name(dict(d.args).get("field", "")) in _UNIT_FIELDS]
    if not wanted:
        return found
    from dataclasses import replace

    from cchc.clerk.names import loose, unit_names
    from cchc.model.registry import name_key

    exact: dict[str, set[str]] = {}
    folded: dict[str, set[str]] = {}
    for ident, names in unit_names(registry).items():
        for n in names:
            exact.setdefault(name_key(n), set()).add(ident)
            folded.setdefault(loose(n), set()).add(ident)
    for i in wanted:
        d = found[i]
        value = dict(d.args).get("value", "")
        ids = exact.get(name_key(value)) or folded.get(loose(value)) or set()
        if len(ids) == 1:
            found[i] = replace(d, args=tuple(sorted((*d.args, ("meant", next(iter(ids)))))))
    return found


def _field_name(field: str) -> str:
    """`lead`, `@task:2.6.2|lead`, `values[3].unit`, `members[0]`: the field's own name."""
    last = field.rpartition("|")[2].rpartition(".")[2]
    return last.partition("[")[0]
