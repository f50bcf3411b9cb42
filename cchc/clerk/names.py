"""A unit named the way a clerk names it, and the closest ids for a name that matches nothing.

`resolve_unit` accepts a unit's or group's id, its name or one of its aliases, compared after
NFC normalisation and case-folding (`name_key`); when nothing matches exactly, the same
comparison without diacritics (`phuong 1` for `Phường 1`) counts if it leaves a single unit.
Several matches are never guessed between: the caller lists them and writes nothing.

`suggest` ranks the known ids closest to what was typed: ids and names that contain it as a
whole word first, then those difflib finds similar. It serves units, tasks, indicators and
plans alike.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cchc.model.registry import Registry, name_key
from cchc.text import fold


@dataclass(frozen=True)
class Resolved:
    """The outcome: `ident` when one unit or group matches, else `matches` (ambiguous) or
    `suggestions` (nothing matched)."""

    text: str
    ident: str | None = None
    matches: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = field(default=())

    @property
    def ambiguous(self) -> bool:
        return self.ident is None and bool(self.matches)


def unit_names(registry: Registry) -> dict[str, tuple[str, ...]]:
    """Every unit and group id with the names it may be called by: id, name, aliases."""
    out: dict[str, tuple[str, ...]] = {}
    for unit in registry.units.values():
        out[unit.id] = (unit.id, unit.name, *unit.aliases)
    for group in registry.groups.values():
        out[group.id] = (group.id, group.name)
    return out


@functools.lru_cache(maxsize=65536)  # suggestions compare one text with the same names often
def loose(text: str) -> str:
    """The form names are compared in without diacritics: folded, hyphens as spaces."""
    return " ".join(fold(name_key(text)).replace("-", " ").split())


def resolve_names(text: str, names: Mapping[str, Iterable[str]]) -> Resolved:
    """`text` against `names` (id → the names it goes by): see the module's docstring."""
    if text in names:
        return Resolved(text, ident=text)
    key = name_key(text)
    exact = sorted({ident for ident, known in names.items()
                    if any(name_key(n) == key for n in known)})
    if len(exact) == 1:
        return Resolved(text, ident=exact[0])
    if exact:
        return Resolved(text, matches=tuple(exact))
    folded = loose(text)
    close = sorted({ident for ident, known in names.items()
                    if any(loose(n) == folded for n in known)})
    if len(close) == 1:
        return Resolved(text, ident=close[0])
    if close:
        return Resolved(text, matches=tuple(close))
    return Resolved(text, suggestions=suggest(text, names))


def resolve_unit(registry: Registry, text: str) -> Resolved:
    """A unit or group of the registry by id, name or alias (see the module's docstring)."""
    return resolve_names(text, unit_names(registry))


def suggest(text: str, names: Mapping[str, Iterable[str]] | Iterable[str],
            limit: int = 5, cutoff: float = 0.75) -> tuple[str, ...]:
    """The known ids closest to `text`, best first, at most `limit`.

    `names` is either the ids alone or id → the names it goes by. An id whose id or name
    holds the typed words as whole words is suggested (`phường 1` → `ubnd-phuong-1`, not
    `ubnd-phuong-10`); when none does, the ids difflib finds similar.
    """
    table: dict[str, tuple[str, ...]] = (
        {k: tuple(v) for k, v in names.items()} if isinstance(names, Mapping)
        else {n: (n,) for n in names})
    typed = loose(text)
    if not typed:
        return ()
    scored: dict[str, float] = {}
    for ident, known in table.items():
        forms = list(dict.fromkeys(loose(n) for n in (ident, *known)))
        if any(_holds_word(f, typed) for f in forms):
            scored[ident] = 2.0 + max(len(typed) / max(len(f), 1) for f in forms)
            continue
        best = max((_ratio(typed, f, cutoff) for f in forms), default=0.0)
        if best >= cutoff:
            scored[ident] = best
    if any(score >= 2.0 for score in scored.values()):  # whole words found: only those
        scored = {ident: score for ident, score in scored.items() if score >= 2.0}
    ranked = sorted(scored, key=lambda ident: (-scored[ident], ident))
    return tuple(ranked[:limit])


_WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _holds_word(form: str, typed: str) -> bool:
    """`typed` stands in `form` as whole words: no letter or digit right before or after it
    (a plain search: a pattern compiled for every text typed would cost more than the rest)."""
    start = form.find(typed)
    while start >= 0:
        end = start + len(typed)
        if (start == 0 or form[start - 1] not in _WORD) and \
                (end == len(form) or form[end] not in _WORD):
            return True
        start = form.find(typed, start + 1)
    return False


def _ratio(a: str, b: str, cutoff: float) -> float:
    """difflib's ratio of `a` and `b`, or 0 when its cheap upper bounds already fall below
    `cutoff` (the same suggestions, without building a matcher for every far name: a file
    with 40,000 unknown keys is checked in linear time, tests/test_hostile.py)."""
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < cutoff * total:  # real_quick_ratio
        return 0.0
    if 2 * sum(min(a.count(c), b.count(c)) for c in set(a)) < cutoff * total:  # quick_ratio
        return 0.0
    import difflib  # a suggestion is rare: not imported by every run

    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def labelled(registry: Registry, ident: str) -> str:
    """A unit's name with its id beside it, where the clerk will need to type one:
    `UBND Phường 1 (ubnd-phuong-1)`; an unknown id stands alone."""
    name = registry.name(ident)
    return ident if name == ident else f"{name} ({ident})"


def close_units(registry: Registry, ident: str) -> dict[str, str]:
    """The `close` argument of an unknown-unit diagnostic: the closest units, by id and name
    (`ubnd-phuong-1` (UBND Phường 1)), or nothing when none is close."""
    found = suggest(ident, unit_names(registry), limit=3)
    return {"close": ", ".join(f"`{labelled(registry, i)}`" for i in found)} if found else {}


def close_ids(ident: str, known: Iterable[str]) -> dict[str, str]:
    """The `close` argument of an unknown task, indicator or section diagnostic."""
    found = suggest(ident, list(known), limit=3)
    return {"close": ", ".join(f"`{i}`" for i in found)} if found else {}
