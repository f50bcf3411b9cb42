"""The plans, records and readings of a repository at one revision, as plain data.

`cchc.load.revisions` builds a `Snapshot` (from a git revision or from the disk);
`cchc.compute.diff` compares two of them without reading anything. Per plan, a snapshot holds
its tasks and indicators by id (the raw mapping as written, and the validated model when it is
valid), and the raw data of every progress-record and reading file by path; a file that does
not parse is kept aside in `Snapshot.unreadable`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from cchc.diagnostics import Diagnostic
from cchc.model.deadlines import Span
from cchc.model.domain import Indicator, Task

M = TypeVar("M")


@dataclass(frozen=True)
class Item(Generic[M]):
    """A task or indicator as written (`raw`, a mapping) and, when valid, as its plain object
    (`cchc.model.domain`)."""

    id: str
    raw: dict[str, Any]
    model: M | None


@dataclass
class PlanSnapshot:
    handle: str
    path: str
    raw: dict[str, Any]
    span: Span | None  # the plan period; None when it is not valid
    tasks: dict[str, Item[Task]] = field(default_factory=dict)
    indicators: dict[str, Item[Indicator]] = field(default_factory=dict)


@dataclass
class Snapshot:
    """The plans, records and readings of a repository at one revision (or on disk)."""

    plans: dict[str, PlanSnapshot] = field(default_factory=dict)
    records: dict[str, Any] = field(default_factory=dict)  # path -> raw data of the file
    readings: dict[str, Any] = field(default_factory=dict)  # path -> raw data of the file
    unreadable: dict[str, Diagnostic] = field(default_factory=dict)  # path -> why


# --- plain data -----------------------------------------------------------------------------


def plain_data(value: Any) -> Any:
    """Raw YAML data as JSON data: dates in ISO form, keys as text, no NaN."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else _key(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def _key(key: Any) -> str:
    plain = plain_data(key)
    return plain if isinstance(plain, str) else json.dumps(plain, ensure_ascii=False)
