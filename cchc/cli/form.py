"""`cchc form` on the command line: its own options, then `cchc.commands.form.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, h, shared
from cchc.session import Options


@shared
def form(
    options: Options,
    output: Annotated[Path, typer.Option("-o", "--output", help=h("form.output"),
                                         metavar="FILE", show_default=False)],
    unit: Annotated[str | None, typer.Option("--unit", help=h("form.unit"), metavar="UNIT",
                                             show_default=False)] = None,
    readings: Annotated[bool, typer.Option("--readings", help=h("form.readings"))] = False,
    period: Annotated[str | None, typer.Option("--period", help=h("form.period"),
                                               metavar="PERIOD", show_default=False)] = None,
    plan: PlanOpt = None,
) -> int:
    from cchc.commands import form as command

    return command.run(options, output=output, unit=unit, readings=readings, period=period,
                       plan=plan)
