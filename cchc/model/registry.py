"""The registry of units and groups: look-ups by id and by name, and group expansion."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from cchc.model.domain import Group, Unit
from cchc.model.repository import Located


def name_key(name: str) -> str:
    """Names compare after NFC normalisation, ignoring case and runs of spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


class Registry:
    """Units and groups by id (the first definition wins; duplicates are a check's business)."""

    def __init__(self, units: Iterable[Located[Unit]], groups: Iterable[Located[Group]],
                 declared: Iterable[str] = ()) -> None:
        self.declared = set(declared)
        self.units: dict[str, Unit] = {}
        self.groups: dict[str, Group] = {}
        for u in units:
            self.units.setdefault(u.value.id, u.value)
        for g in groups:
            if g.value.id not in self.units:
                self.groups.setdefault(g.value.id, g.value)
        self._expanded: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}
        for unit in self.units.values():
            for name in (unit.name, *unit.aliases):
                self._names.setdefault(name_key(name), unit.id)
        for group in self.groups.values():
            self._names.setdefault(name_key(group.name), group.id)

    def exists(self, ident: str) -> bool:
        return ident in self.units or ident in self.groups

    def known(self, ident: str) -> bool:
        """Defined, or at least written down (an invalid definition is reported by itself)."""
        return ident in self.units or ident in self.groups or ident in self.declared

    def name(self, ident: str) -> str:
        if ident in self.units:
            return self.units[ident].name
        if ident in self.groups:
            return self.groups[ident].name
        return ident

    def by_name(self, name: str) -> str | None:
        return self._names.get(name_key(name))

    def expand(self, ident: str) -> tuple[str, ...]:
        """The units a unit or group id stands for, sorted, each once; unknown ids give ()."""
        if ident in self.units:
            return (ident,)
        if ident not in self._expanded:
            found: set[str] = set()
            seen: set[str] = set()
            stack = [ident]
            while stack:  # iterative, and cycle-safe: a cycle is reported by a check
                current = stack.pop()
                if current in seen:
                    continue
                seen.add(current)
                if current in self.units:
                    found.add(current)
                elif current in self.groups:
                    stack.extend(self.groups[current].members)
            self._expanded[ident] = tuple(sorted(found))
        return self._expanded[ident]

    def expand_all(self, idents: Iterable[str]) -> tuple[str, ...]:
        out: set[str] = set()
        for ident in idents:
            out.update(self.expand(ident))
        return tuple(sorted(out))

    def all_units(self) -> tuple[str, ...]:
        return tuple(sorted(self.units))
