"""Drawing on the terminal with rich: the only renderer that prints, the only one with rich.

Output stays readable without colour and when piped: `NO_COLOR` is honoured by rich, and a
pipe gets a wide, plain table instead of one cut at 80 columns. For a pipe or a file the
characters rich would draw are drawn by `render/pipe` without importing rich (the same
bytes, held to rich's by tests/test_pipe.py); rich draws what that module cannot say and
every table on a terminal.
"""

from __future__ import annotations

import io
import sys
from typing import IO, TYPE_CHECKING

from cchc.render import pipe
from cchc.render.safe import terminal
from cchc.render.table import Table

if TYPE_CHECKING:
    from rich.console import Console


def console() -> Console:
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(highlight=False)
    return _for_a_pipe()


def _for_a_pipe(file: IO[str] | None = None) -> Console:
    from rich.console import Console

    return Console(file=file, highlight=False, width=200, no_color=True, soft_wrap=False)


def drawn_for_a_pipe(output: Table | list[str | Table]) -> str:
    """The text a table or a dashboard is drawn as for a pipe or a file (what a repeated
    question prints again without rich: `cchc.load.quick`): `render/pipe`'s, or rich's where
    that module leaves it to rich."""
    text = pipe.drawn(output)
    return text if text is not None else drawn_by_rich(output)


def drawn_by_rich(output: Table | list[str | Table]) -> str:
    """`drawn_for_a_pipe` as rich draws it (the reference `render/pipe` is held to)."""
    buffer = io.StringIO()
    out = _for_a_pipe(buffer)
    if isinstance(output, Table):
        print_table(output, out)
    else:
        print_dashboard(output, out)
    return buffer.getvalue()


def draw(output: Table | list[str | Table], *, plain: bool = False) -> str | None:
    """A table or a dashboard on standard output. `plain`: the caller knows standard output
    is a pipe or a file drawn exactly as `drawn_for_a_pipe` draws (UTF-8, not a terminal,
    nothing forcing colours): the text is drawn once, written, and returned, to be kept."""
    if plain:
        text = drawn_for_a_pipe(output)
        sys.stdout.write(text)
        return text
    if isinstance(output, Table):
        print_table(output)
    else:
        print_dashboard(output)
    return None


def print_table(table: Table, out: Console | None = None) -> None:
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    out = out or console()
    # Cells are data: plain Text, never rich markup (a title "[/x]" made rich raise), with
    # control characters made visible (a title holding "\x1b[2J" cleared the screen).
    rich_table = RichTable(title=Text(terminal(table.title)), box=box.SIMPLE_HEAVY,
                           title_justify="left", show_lines=False)
    for column in table.columns:
        rich_table.add_column(Text(terminal(column)), overflow="fold")
    for row in table.rows:
        rich_table.add_row(*(Text(terminal(cell)) for cell in row))
    out.print(rich_table)
    for note in table.notes:
        out.print(Text(pipe.lines(note)))


def print_dashboard(blocks: list[str | Table], out: Console | None = None) -> None:
    """Headings as rules, then tables; the first heading is the dashboard's own."""
    from rich.markup import escape

    out = out or console()
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            print_table(block, out)
        elif i == 0:
            out.print(f"[bold]{escape(pipe.lines(block))}[/bold]")
            out.print("═" * min(max(map(len, block.split("\n"))), out.width))
        else:
            out.print(f"\n[bold]{escape(pipe.lines(block))}[/bold]")
