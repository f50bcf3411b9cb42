"""Checks of the registry of units and groups (docs/format.md, "Units and groups")."""

from __future__ import annotations

from collections.abc import Iterator

from cchc.diagnostics import Diagnostic, error, warning
from cchc.model.registry import Registry, name_key
from cchc.model.repository import Located, Repository
from cchc.model.units import Group, Unit


def _definitions(repo: Repository) -> list[Located[Unit] | Located[Group]]:
    defs: list[Located[Unit] | Located[Group]] = [*repo.units, *repo.groups]
    return sorted(defs, key=lambda d: d.where())


def check_duplicate_ids(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    first: dict[str, Located[Unit] | Located[Group]] = {}
    for d in _definitions(repo):
        ident = d.value.id
        if ident in first:
            path0, line0, _ = first[ident].where("id")
            path, line, col = d.where("id")
            yield error(path, line, col, "duplicate-id", id=ident, first=f"{path0}:{line0}")
        else:
            first[ident] = d


def check_group_members(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for g in repo.groups:
        for i, member in enumerate(g.value.members):
            if not registry.known(member):
                path, line, col = g.where("members", i)
                yield error(path, line, col, "unknown-unit", id=member, field="members")


def check_group_cycles(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    groups = registry.groups
    reported: set[frozenset[str]] = set()
    for g in repo.groups:
        start = g.value.id
        if groups.get(start) is not g.value:
            continue
        cycle = _find_cycle(start, groups)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            path, line, col = g.where("members")
            yield error(path, line, col, "group-cycle", cycle=" → ".join([*cycle, cycle[0]]))


def _find_cycle(start: str, groups: dict[str, Group]) -> list[str] | None:
    """The cycle through `start`, if one exists (depth-first, iterative)."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        current, path = stack.pop()
        for member in groups[current].members:
            if member == start:
                return path
            if member in groups and member not in seen:
                seen.add(member)
                stack.append((member, [*path, member]))
    return None


def check_successors(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for u in repo.units:
        unit = u.value
        if unit.successor is None:
            continue
        path, line, col = u.where("successor")
        if not registry.known(unit.successor):
            yield error(path, line, col, "unknown-unit", id=unit.successor, field="successor")
        elif unit.until is None:
            yield warning(path, line, col, "successor-without-until", id=unit.id)


def check_duplicate_names(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    """Two units with one name (after NFC) make documents ambiguous: a warning."""
    owner: dict[str, str] = {}
    for u in sorted(repo.units, key=lambda x: x.where()):
        for j, name in enumerate((u.value.name, *u.value.aliases)):
            key = name_key(name)
            if key in owner and owner[key] != u.value.id:
                path, line, col = u.where("name") if j == 0 else u.where("aliases", j - 1)
                yield warning(path, line, col, "duplicate-name", name=name, other=owner[key])
            owner.setdefault(key, u.value.id)
