"""GitHub-flavoured Markdown tables, for the report and the reminder letters.

A cell is one line with single spaces, its pipes, Markdown punctuation and HTML escaped
(`safe.markdown`), so that no value can break the table it sits in or render as markup.
Most cells are plain already and are returned as they are, which keeps a large report fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cchc.render import safe

# White space other than the space (what `str.isspace` and a regular expression's `\s` take):
# in a cell, `safe.markdown` makes it a space (tests/test_render_rows.py holds the list).
OTHER_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029"
               "\u202f\u205f\u3000")
# A character `safe.markdown` may escape or replace (`<` and `&` only before some text)...
_MAYBE_UNSAFE = re.compile("[\\\\`*_\\[\\]~|<&" + OTHER_SPACE + "]")
# ... and exactly what it escapes or replaces: `safe._MARKDOWN` and the other white space.
# Between cells the NUL stands where a cell ends, as the end of the text does for
# `safe.markdown`: nothing after `<` or `&`.
_UNSAFE = re.compile(f"[{OTHER_SPACE}]|" + safe.MARKDOWN_ESCAPED.pattern)


def _as_they_are(joined: str) -> bool:
    """Whether every cell of a row, joined by NUL, is one `safe.markdown` keeps as it is:
    nothing it escapes, single spaces between words only. (NUL itself it keeps.)"""
    if "  " in joined or " \x00" in joined or "\x00 " in joined or joined[:1] == " " \
            or joined[-1:] == " ":
        return False
    return not (_MAYBE_UNSAFE.search(joined) and _UNSAFE.search(joined))


def cell(text: str) -> str:
    """A table cell: one line, single spaces, Markdown and HTML in the data escaped (not in
    a `safe.Markdown` the program made)."""
    return text if isinstance(text, safe.Markdown) else safe.markdown(text)


def table(columns: Sequence[str], rows: Iterable[Sequence[str]],
          align: Sequence[str] | None = None) -> list[str]:
    """The lines of a table: header, alignment row (`---`, `---:`, ...; default left), rows."""
    align = align or ["---"] * len(columns)
    out = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + "|".join(align) + "|"]
    for row in rows:
        if _as_they_are("\x00".join(row)):  # most rows: one step
            out.append("| " + " | ".join(row) + " |")
        else:
            out.append("| " + " | ".join(cell(c) for c in row) + " |")
    return out
