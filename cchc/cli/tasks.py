"""`cchc tasks` on the command line: its own options, then `cchc.commands.tasks.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, TableOutputOpt, UnitOpt, formats, h, shared
from cchc.session import Options


@shared
def tasks(
    options: Options,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    due_before: Annotated[str | None, typer.Option("--due-before", help=h("tasks.due-before"),
                                                   metavar="DATE", show_default=False)] = None,
    fmt: Annotated[str, formats("cchc.render.tasks", "opt.list-format")] = "table",
    output: TableOutputOpt = None,
) -> int:
    from cchc.commands import tasks as command

    return command.run(options, plan=plan, unit=unit, due_before=due_before, fmt=fmt, output=output)
