"""`cchc units` on the command line: its own options, then `cchc.commands.units.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import TableOutputOpt, formats, h, shared
from cchc.session import Options


@shared
def units(
    options: Options,
    search: Annotated[str | None, typer.Argument(help=h("units.search"), metavar="SEARCH",
                                                 show_default=False)] = None,
    fmt: Annotated[str, formats("cchc.render.units", "opt.list-format")] = "table",
    output: TableOutputOpt = None,
) -> int:
    from cchc.commands import units as command

    return command.run(options, search=search, fmt=fmt, output=output)
