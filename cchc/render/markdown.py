"""GitHub-flavoured Markdown tables, for the report and the reminder letters.

A cell is one line with single spaces, its pipes, Markdown punctuation and HTML escaped
(`safe.markdown`), so that no value can break the table it sits in or render as markup.
Most cells are plain already and are returned as they are, which keeps a large report fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cchc.render import safe


def cell(text: str) -> str:
    """A table cell: one line, single spaces, Markdown and HTML in the data escaped (not in
    a `safe.Markdown` the program made)."""
    return text if isinstance(text, safe.Markdown) else safe.markdown(text)


def table(columns: Sequence[str], rows: Iterable[Sequence[str]],
          align: Sequence[str] | None = None) -> list[str]:
    """The lines of a table: header, alignment row (`---`, `---:`, ...; default left), rows."""
    align = align or ["---"] * len(columns)
    out = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return out
