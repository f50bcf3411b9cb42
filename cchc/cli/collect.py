"""`cchc collect` on the command line: its own options, then `cchc.commands.collect.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import h, shared
from cchc.session import Options


@shared
def collect(
    options: Options,
    files: Annotated[list[Path], typer.Argument(help=h("collect.files"), metavar="FILE.xlsx...",
                                                show_default=False)],
    unit: Annotated[str | None, typer.Option("--unit", help=h("collect.unit"), metavar="UNIT",
                                             show_default=False)] = None,
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help=h("collect.skip-bad"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=h("collect.dry-run"))] = False,
) -> int:
    from cchc.commands import collect as command

    return command.run(options, files=files, unit=unit, skip_bad=skip_bad, dry_run=dry_run)
