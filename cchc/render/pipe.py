"""Tables and dashboards drawn for a pipe or a file, as rich draws them there, without rich.

`render/terminal` draws for a pipe with a rich `Console(width=200, no_color=True,
soft_wrap=False)` writing to a string: no colour, no style, only characters. Importing rich
and drawing a dashboard's seven tables through its segments, styles and measurements cost a
warm `cchc status` about a fifth of its time; the characters themselves follow a few rules,
which this module follows for the one kind of table cchc draws (`box.SIMPLE_HEAVY`, a title
justified left, padding of one space, every column `overflow="fold"`), for headings printed
as markup and for notes printed as text: the same column widths (rich's `Table` measuring,
collapsing and reducing them), the same word wrapping and folding (`rich._wrap.divide_line`,
`Text.wrap`), the same padding and the same box lines. The functions below are those of rich
15 (MIT licence), narrowed to text whose every character takes one cell.

Where a text holds anything else (a character rich measures as 0 or 2 cells, or one this
module has not been checked on; markup or an emoji code in a heading; a column too narrow to
pad), `drawn` returns None and the caller draws with rich: the bytes are rich's either way,
which `tests/test_pipe.py` holds on every table of the test repositories in both languages and
on generated tables (long words that fold, wide Vietnamese text, empty tables and cells).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cchc.render.safe import terminal
from cchc.render.table import Table

WIDTH = 200  # the console's width for a pipe (`render.terminal._for_a_pipe`)

# Characters that rich measures as one cell in every Unicode version it ships (checked by
# tests/test_pipe.py against rich's own tables): printable ASCII, Latin-1 and Latin Extended
# (Vietnamese: đ, ơ, ư, and U+1EA0-U+1EF9 for the letters with tone marks), Greek and
# Cyrillic, general punctuation (dashes, quotes, the ellipsis), arrows, mathematical
# operators, box drawing (the rules drawn here). Not: the soft hyphen, combining marks, zero
# width characters and joiners, the East Asian wide characters.
ONE_CELL = (
    "\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u1e00-\u1eff\u2010-\u2027\u2030-\u205e"
    "\u2190-\u21ff\u2200-\u22ff\u2500-\u25fc")
_ONE_CELL = re.compile(f"[{ONE_CELL}]*")
# what rich's markup would read in a heading: a tag, an escape, an emoji code
_MARKUP = re.compile(r"[\[\\]|:\S*?:")
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")
_RULE = "═"


class _Unusual(Exception):
    """Something this module does not draw as rich would: rich draws it."""


def drawn(output: Table | Sequence[str | Table]) -> str | None:
    """What `render.terminal.drawn_for_a_pipe` writes for a table or a dashboard, or None
    where only rich can say (the caller then asks rich)."""
    parts: list[str] = []
    try:
        if isinstance(output, Table):
            _table(output, parts)
        else:
            _dashboard(output, parts)
    except _Unusual:
        return None
    return "".join(parts)


def _dashboard(blocks: Sequence[str | Table], out: list[str]) -> None:
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            _table(block, out)
            continue
        text = lines(block)
        if _MARKUP.search(text):
            raise _Unusual
        if i == 0:
            _printed(text, out)
            _printed(_RULE * min(max(map(len, block.split("\n"))), WIDTH), out)
        else:
            _printed("\n" + text, out)


def lines(text: str) -> str:
    """The program's own text on several lines (a heading and its note), each line's control
    characters made visible; the line breaks themselves are kept."""
    return "\n".join(terminal(line) for line in text.split("\n"))


def _check(text: str) -> str:
    if not _ONE_CELL.fullmatch(text):
        raise _Unusual
    return text


def _printed(text: str, out: list[str]) -> None:
    """`Console.print` of a text: each line wrapped at the console's width, not padded."""
    printed: list[str] = []
    for line in text.split("\n"):
        printed += _wrapped(_check(line), WIDTH, pad=False)
    out.append("\n".join(printed) + "\n")


def _wrapped(text: str, width: int, *, pad: bool) -> list[str]:
    """`Text.wrap` of one line (no line break in it) with overflow "fold", justified "left"
    (`pad`: each line padded with spaces to `width`) or "default" (not padded)."""
    if len(text) <= width:  # no break, nothing beyond the width (as `divide_line` finds)
        return [text + " " * (width - len(text)) if pad else text]
    offsets = _divide_line(text, width)
    bounds = [0, *offsets, len(text)]
    wrapped: list[str] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        line = text[start:end]
        if len(line) > width:  # Text.rstrip_end
            space = _TRAILING_SPACE.search(line)
            if space is not None:
                line = line[:len(line) - min(len(space.group()), len(line) - width)]
        if len(line) > width:  # Text.truncate, overflow "fold": cropped
            line = line[:width]
        elif pad:
            line += " " * (width - len(line))
        wrapped.append(line)
    return wrapped


def _divide_line(text: str, width: int) -> list[int]:
    """`rich._wrap.divide_line(text, width, fold=True)` for text of one-cell characters."""
    breaks: list[int] = []
    offset = 0
    position = 0
    match = _WORD.match(text, position)
    while match is not None:
        start, end = match.span()
        word = match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # folded over several lines (`chop_cells`)
            pieces = [word[i:i + width] for i in range(0, len(word), width)]
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
        match = _WORD.match(text, end)
    return breaks


def _measured(longest: int, max_width: int) -> int:
    """The maximum of `Table._measure_column` for a column whose longest text (header
    included) is `longest` characters: each cell a `Padding(Text, (0, 1))` measured by
    `Measurement.get` with `max_width`, the column's range capped at it. (A text of one line
    measures its length; the padding adds two; every step caps at `max_width`.)"""
    if max_width < 1:
        return 0
    if max_width - 2 < 1:  # Padding.__rich_measure__: no room for the padding
        return max_width
    return min(longest + 2, max_width)


def _widths(longest: list[int], max_width: int) -> list[int]:
    """`Table._calculate_column_widths` for columns that may all wrap, not expanded, the
    longest text of each column (header included) given."""
    widths = [_measured(n, max_width) or 1 for n in longest]
    if sum(widths) > max_width:
        widths = _collapse(widths, max_width)
        if sum(widths) > max_width:  # last resort: every column reduced alike
            widths = _ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [_measured(n, max(0, width)) for n, width in zip(longest, widths, strict=True)]
    return widths


def _collapse(widths: list[int], max_width: int) -> list[int]:
    """`Table._collapse_widths` with every column wrapable: the widest shrink first."""
    total = sum(widths)
    excess = total - max_width
    while total and excess > 0:
        widest = max(widths)
        second = max((w if w != widest else 0) for w in widths)
        difference = widest - second
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not difference:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
        total = sum(widths)
        excess = total - max_width
    return widths


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]
                  ) -> list[int]:
    """`rich._ratio.ratio_reduce`."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result: list[int] = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _table(table: Table, out: list[str]) -> None:
    """`print_table`: the rich table (title, header, rows; `box.SIMPLE_HEAVY`), then its
    notes printed as text."""
    n = len(table.columns)
    if not n:
        raise _Unusual  # rich draws a table without columns as one empty line, title lost
    title = _check(terminal(table.title))
    header = [_check(terminal(c)) for c in table.columns]
    rows = []
    for row in table.rows:
        if len(row) != n:
            raise _Unusual  # rich pads a short row and adds columns for a long one
        rows.append([_check(terminal(cell)) for cell in row])
    extra = n + 1  # the left and right edges and the dividers between columns
    longest = [max([len(header[i]), *(len(row[i]) for row in rows)]) for i in range(n)]
    widths = _widths(longest, max(0, WIDTH - extra))
    if any(w < 3 for w in widths):
        raise _Unusual  # no room for a character between the paddings
    table_width = sum(widths) + extra
    if table_width > WIDTH:
        raise _Unusual  # never seen: rich would crop the lines
    drawn_lines: list[str] = []
    if title:
        drawn_lines += _wrapped(title, table_width, pad=True)
    blank = " " * table_width
    drawn_lines.append(blank)  # the box's top edge, all spaces
    for index, cells in enumerate([header, *rows]):
        drawn_cells = [[" " + line + " " for line in _wrapped(text, width - 2, pad=True)]
                       for text, width in zip(cells, widths, strict=True)]
        height = max(map(len, drawn_cells))
        for width, lines_of_cell in zip(widths, drawn_cells, strict=True):
            if len(lines_of_cell) < height:
                fill = [" " * width] * (height - len(lines_of_cell))
                if index == 0:  # the header's cells sit at the bottom of its row
                    lines_of_cell[:0] = fill
                else:  # a row's at the top
                    lines_of_cell += fill
        drawn_lines += [" " + " ".join(cell[k] for cell in drawn_cells) + " "
                        for k in range(height)]
        if index == 0:
            drawn_lines.append(" " + "━".join("━" * w for w in widths) + " ")
    drawn_lines.append(blank)  # the bottom edge
    out.append("\n".join(drawn_lines) + "\n")
    for note in table.notes:
        text = lines(note)
        _printed(text, out)
