"""`cchc calendar` on the command line: its own options, then `cchc.commands.calendar.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, UnitOpt, h, shared
from cchc.session import Options


@shared
def calendar(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=h("calendar.output"),
                                                metavar="FILE", show_default=False)] = None,
) -> int:
    from cchc.commands import calendar as command

    return command.run(options, plan=plan, unit=unit, output=output)
