"""`cchc status` on the command line: its own options, then `cchc.commands.status.run`."""

from __future__ import annotations

from typing import Annotated

from cchc.cli.options import PlanOpt, TableOutputOpt, UnitOpt, formats, shared
from cchc.session import Options


@shared
def status(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: Annotated[str, formats("cchc.render.status", "status.format")] = "table",
    output: TableOutputOpt = None,
) -> int:
    from cchc.commands import status as command

    return command.run(options, plan=plan, unit=unit, fmt=fmt, output=output)
