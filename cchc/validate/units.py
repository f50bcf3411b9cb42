"""Checks of the registry of units and groups (docs/format.md, "Units and groups")."""

from __future__ import annotations

from collections.abc import Iterator

from cchc.diagnostics import Diagnostic, error, warning
from cchc.model.domain import Group, Unit
from cchc.model.registry import Registry, name_key
from cchc.model.repository import Located, Repository


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
    """Each set of groups that reach one another through members (a strongly connected
    component with a cycle) is one error, at the first of them as written, naming one cycle
    through it. One depth-first pass over all groups, so time is linear in the members."""
    groups = registry.groups
    order = [g for g in repo.groups if groups.get(g.value.id) is g.value]
    for component in _cyclic_components([g.value.id for g in order], groups):
        first = next(g for g in order if g.value.id in component)
        cycle = _cycle_through(first.value.id, component, groups)
        path, line, col = first.where("members")
        yield error(path, line, col, "group-cycle", cycle=" → ".join([*cycle, cycle[0]]))


def _cyclic_components(starts: list[str], groups: dict[str, Group]) -> list[set[str]]:
    """The strongly connected components of the member graph that hold a cycle (Tarjan's
    algorithm, iterative: a chain of thousands of nested groups needs no recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    for root in starts:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work: list[tuple[str, int]] = [(root, 0)]  # (group, next member to look at)
        while work:
            node, i = work[-1]
            members = groups[node].members
            if i < len(members):
                work[-1] = (node, i + 1)
                member = members[i]
                if member not in groups:
                    continue
                if member not in index:
                    index[member] = low[member] = len(index)
                    stack.append(member)
                    on_stack.add(member)
                    work.append((member, 0))
                elif member in on_stack:
                    low[node] = min(low[node], index[member])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in members:
                    found.append(component)
    return found


def _cycle_through(start: str, component: set[str], groups: dict[str, Group]) -> list[str]:
    """A shortest cycle from `start` back to itself inside its component (breadth-first)."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for member in groups[node].members:
                if member == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                if member in component and member not in came_from:
                    came_from[member] = node
                    following.append(member)
        frontier = following
    return [start]  # not reached: every group of a cyclic component lies on a cycle


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
