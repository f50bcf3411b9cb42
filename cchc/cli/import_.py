"""`cchc import` on the command line: its own options, then `cchc.commands.import_.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import h, shared
from cchc.session import Options


@shared
def import_(
    options: Options,
    file: Annotated[Path, typer.Argument(help=h("import.file"), metavar="FILE",
                                         show_default=False)],
    output: Annotated[Path | None, typer.Option("-o", "--output", help=h("import.output"),
                                                metavar="FILE", show_default=False)] = None,
) -> int:
    from cchc.commands import import_ as command

    return command.run(options, file=file, output=output)
