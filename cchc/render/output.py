"""What a renderer returns, what every renderer may know, and the one JSON writer.

A renderer module names its formats in one mapping, `FORMATS = {name: function}` (the
`--format` choices of its command are the mapping's keys). Every function of one mapping takes
the same arguments, `(data, view)`, and returns an `Output`:

- `str`: text, written as UTF-8 whatever the terminal's encoding (JSON, Markdown, CSV);
- `bytes`: a file's exact bytes (Word, Excel);
- `Chunks`: a file's bytes as they are made (iCalendar, one event at a time), written as
  they come, so a large file is never whole in memory;
- `Table` or `Dashboard`: plain data that `render/terminal` draws.

Adding a format is one function and one entry in its module's `FORMATS`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cchc.model.config import Letterhead
from cchc.model.registry import Registry
from cchc.render.safe import escape_json
from cchc.render.table import Table


@dataclass(frozen=True)
class Dashboard:
    """Headings and tables in reading order; the first heading is the page's own."""

    blocks: tuple[str | Table, ...]


@dataclass(frozen=True)
class Chunks:
    """A file's bytes in pieces, made as they are read (once)."""

    parts: Iterable[bytes]


Output = str | bytes | Chunks | Table | Dashboard


@dataclass(frozen=True)
class View:
    """Who reads the output and about what: what a renderer may need beside its data."""

    lang: str
    as_of: dt.date
    registry: Registry = field(default_factory=lambda: Registry({}, {}))
    locality: str = ""
    incomplete: bool = False
    unit: str | None = None
    # (plan, task id) → task title; (plan, indicator id) → indicator name
    titles: Mapping[tuple[str, str], str] = field(default_factory=dict)
    indicator_names: Mapping[tuple[str, str], str] = field(default_factory=dict)
    due_soon_days: int = 14
    stale_after_days: int = 90
    letterhead: Letterhead | None = None  # cchc.yaml's, for the Word documents
    # plan → (its last day, its number) for each plan whose period ended before the as-of
    # date: lateness shown to a reader stops at that day (`render.lateness.days_shown`)
    ended: Mapping[str, tuple[dt.date, str]] = field(default_factory=dict)
    # (plan, task id) of the daily duties, whose open occurrences are shown as days
    daily: frozenset[tuple[str, str]] = frozenset()


T = TypeVar("T")
Renderer = Callable[[T, View], Output]


def json_text(data: Any) -> str:
    """The contract's JSON: UTF-8 text (not \\u escapes), two-space indent, a final newline;
    only the characters a terminal acts on are written as \\u escapes (`safe.escape_json`)."""
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
