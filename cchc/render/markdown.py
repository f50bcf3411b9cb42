"""GitHub-flavoured Markdown tables, for the report and the reminder letters.

A cell is one line with single spaces and its pipes escaped, so that no value can break the
table it sits in. Most cells are plain already and are returned as they are, which keeps a
large report fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_PLAIN = re.compile(r"(?:[^|\s]+(?: [^|\s]+)*)?")  # no pipe, no run of spaces, no line break


def cell(text: str) -> str:
    """A table cell: one line, single spaces, pipes escaped."""
    if _PLAIN.fullmatch(text):
        return text
    return " ".join(text.split()).replace("|", "\\|")


def table(columns: Sequence[str], rows: Iterable[Sequence[str]],
          align: Sequence[str] | None = None) -> list[str]:
    """The lines of a table: header, alignment row (`---`, `---:`, ...; default left), rows."""
    align = align or ["---"] * len(columns)
    out = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return out
