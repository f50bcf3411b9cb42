"""Drawing on the terminal with rich: the only renderer that prints, the only one with rich.

Output stays readable without colour and when piped: `NO_COLOR` is honoured by rich, and a
pipe gets a wide, plain table instead of one cut at 80 columns.
"""

from __future__ import annotations

import sys

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from cchc.render.table import Table


def console() -> Console:
    if sys.stdout.isatty():
        return Console(highlight=False)
    return Console(highlight=False, width=200, no_color=True, soft_wrap=False)


def print_table(table: Table, out: Console | None = None) -> None:
    out = out or console()
    rich_table = RichTable(title=table.title, box=box.SIMPLE_HEAVY, title_justify="left",
                           show_lines=False)
    for column in table.columns:
        rich_table.add_column(column, overflow="fold")
    for row in table.rows:
        rich_table.add_row(*row)
    out.print(rich_table)
    for note in table.notes:
        out.print(note)


def print_dashboard(blocks: list[str | Table], out: Console | None = None) -> None:
    """Headings as rules, then tables; the first heading is the dashboard's own."""
    out = out or console()
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            print_table(block, out)
        elif i == 0:
            out.print(f"[bold]{escape(block)}[/bold]")
            out.print("═" * min(len(block), out.width))
        else:
            out.print(f"\n[bold]{escape(block)}[/bold]")
