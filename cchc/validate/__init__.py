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
    found = list(repo.diagnostics)
    for check in CHECKS:
        found.extend(check(repo, registry))
    return sorted(set(found))
