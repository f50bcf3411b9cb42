"""`cchc gaps` on the command line: its own options, then `cchc.commands.gaps.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, TableOutputOpt, UnitOpt, formats, h, shared
from cchc.session import Options


@shared
def gaps(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    period: Annotated[str | None, typer.Option("--period", help=h("gaps.period"),
                                               metavar="PERIOD", show_default=False)] = None,
    fmt: Annotated[str, formats("cchc.render.gaps", "opt.list-format")] = "table",
    output: TableOutputOpt = None,
) -> int:
    from cchc.commands import gaps as command

    return command.run(options, plan=plan, unit=unit, period=period, fmt=fmt, output=output)
