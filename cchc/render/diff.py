"""The table of `cchc diff`: the changes as rows, values on one line (a pure renderer)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cchc import i18n
from cchc.compute.diff import Change
from cchc.model.snapshot import plain_data
from cchc.render.output import Renderer, View, json_text
from cchc.render.table import Table


@dataclass(frozen=True)
class Compared:
    """The changes between two revisions, and how to name each side to the reader."""

    changes: Sequence[Change]
    before: str
    after: str


def change_item(c: Change) -> dict[str, Any]:
    """The object of `cchc diff --format json` (docs/format.md, "JSON shapes")."""
    return {"plan": c.plan, "kind": c.kind, "id": c.id, "change": c.change,
            "before": plain_data(c.before), "after": plain_data(c.after)}


def as_json(found: Compared, view: View | None = None) -> str:
    return json_text([change_item(c) for c in found.changes])

NONE = "—"
WIDTH = 60


def table(found: Compared, view: View) -> Table:
    """The changes as a `Table`: plan, kind, id, change (marked `!` when it loosens the plan),
    and the values before and after on one line each."""
    changes, lang, before, after = found.changes, view.lang, found.before, found.after

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    rows = tuple(
        (c.plan, t(f"diff.kind.{c.kind}"), c.id,
         t(f"diff.change.{c.change}") + (" !" if c.loosening else ""),
         cell(c.change, c.before, c.after), cell(c.change, c.after, c.before))
        for c in changes)
    loosening = sum(1 for c in changes if c.loosening)
    notes = [t("diff.count", count=len(changes)) if changes else t("diff.none")]
    if loosening:
        notes.append(t("diff.loosening", count=loosening))
    columns = tuple(t(f"diff.col.{k}") for k in ("plan", "kind", "id", "change", "before",
                                                  "after"))
    return Table(t("diff.title", before=before, after=after), columns, rows, tuple(notes))


def cell(change: str, value: Any, other: Any) -> str:
    """A value as written, on one line and at most WIDTH characters; for a `changed`
    mapping, only the fields that differ from `other`."""
    if value is None:
        return NONE
    if change == "changed" and isinstance(value, dict) and isinstance(other, dict):
        value = {k: v for k, v in value.items() if plain_data(v) != plain_data(other.get(k))}
        if not value:
            return NONE
    text = _flat(value, top=True)
    return text if len(text) <= WIDTH else text[:WIDTH - 1].rstrip() + "…"


def _flat(value: Any, top: bool = False) -> str:
    if isinstance(value, dict):
        # the id is in its own column
        return "; ".join(f"{k}: {_flat(v)}" for k, v in value.items() if not (top and k == "id"))
    if isinstance(value, list | tuple):
        joiner = " | " if any(isinstance(v, dict) for v in value) else ", "
        return joiner.join(_flat(v) for v in value)
    if value is None:
        return NONE
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return " ".join(str(value).split())


FORMATS: dict[str, Renderer[Compared]] = {"table": table, "json": as_json}
