"""Checks of each plan: unique ids and references that resolve (docs/format.md, "Plans")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from cchc.clerk.names import close_ids, close_units
from cchc.diagnostics import Diagnostic, error, warning
from cchc.model.registry import Registry
from cchc.model.repository import Located, Repository


def _duplicates(items: Sequence[Located[Any]], code: str) -> Iterator[Diagnostic]:
    first: dict[str, Located[Any]] = {}
    for item in items:
        ident = item.value.id
        if ident in first:
            path0, line0, _ = first[ident].where("id")
            path, line, col = item.where("id")
            yield error(path, line, col, code, id=ident, first=f"{path0}:{line0}")
        else:
            first[ident] = item


def check_plan_ids(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for pd in repo.plans.values():
        yield from _duplicates(pd.sections, "duplicate-section")
        yield from _duplicates(pd.tasks, "duplicate-task")
        yield from _duplicates(pd.indicators, "duplicate-indicator")


def _units(registry: Registry, located: Located[Any], field: str,
           ids: Sequence[str]) -> Iterator[Diagnostic]:
    for i, ident in enumerate(ids):
        if not registry.known(ident):
            path, line, col = located.where(field, i)
            yield error(path, line, col, "unknown-unit", id=ident, field=field,
                        **close_units(registry, ident))


def check_plan_references(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for pd in repo.plans.values():
        plan_at = Located(pd.plan, pd.doc, ())
        if pd.plan.coordinator is not None:
            yield from _units(registry, plan_at, "coordinator", [pd.plan.coordinator])
        sections = {s.value.id for s in pd.sections}
        indicators = {i.value.id for i in pd.indicators}
        for t in pd.tasks:
            task = t.value
            if task.section is not None and task.section not in sections | pd.declared:
                path, line, col = t.where("section")
                yield error(path, line, col, "unknown-section", id=task.section,
                            known=", ".join(sorted(sections)) or "-",
                            **close_ids(task.section, sections))
            yield from _units(registry, t, "lead", task.lead)
            yield from _units(registry, t, "support", task.support)
            for i, ind in enumerate(task.indicators):
                if ind not in indicators and ind not in pd.declared:
                    path, line, col = t.where("indicators", i)
                    yield error(path, line, col, "unknown-indicator", id=ind,
                                **close_ids(ind, indicators))
            if registry.exists(task.lead[0]) and not registry.expand_all(task.lead):
                path, line, col = t.where("lead")
                yield error(path, line, col, "empty-lead", task=task.id)


def check_indicators(repo: Repository, registry: Registry) -> Iterator[Diagnostic]:
    for pd in repo.plans.values():
        for ind in pd.indicators:
            indicator = ind.value
            yield from _units(registry, ind, "owner", [indicator.owner])
            yield from _units(registry, ind, "units", indicator.units)
            if indicator.per == "locality" and indicator.units:
                path, line, col = ind.where("units")
                yield warning(path, line, col, "units-ignored", id=indicator.id)
