"""`cchc report` on the command line: its own options, then `cchc.commands.report.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, UnitOpt, formats, h, shared
from cchc.session import Options


@shared
def report(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: Annotated[str, formats("cchc.render.report", "report.format")] = "markdown",
    output: Annotated[Path | None, typer.Option("-o", "--output", help=h("report.output"),
                                                metavar="FILE", show_default=False)] = None,
) -> int:
    from cchc.commands import report as command

    return command.run(options, plan=plan, unit=unit, fmt=fmt, output=output)
