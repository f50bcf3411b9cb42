"""`cchc overdue` on the command line: its own options, then `cchc.commands.overdue.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, TableOutputOpt, UnitOpt, formats, h, shared
from cchc.session import Options


@shared
def overdue(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: Annotated[str, formats("cchc.render.obligations", "opt.list-format")] = "table",
    fail_on_overdue: Annotated[bool, typer.Option("--fail-on-overdue",
                                                  help=h("overdue.fail-on-overdue"))] = False,
    output: TableOutputOpt = None,
) -> int:
    from cchc.commands import overdue as command

    return command.run(options, plan=plan, unit=unit, fmt=fmt, fail_on_overdue=fail_on_overdue,
                       output=output)
