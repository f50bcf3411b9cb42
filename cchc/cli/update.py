"""`cchc update` on the command line: its own options, then `cchc.commands.update.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, h, shared
from cchc.session import Options


@shared
def update(
    options: Options,
    task: Annotated[str, typer.Argument(help=h("update.task"), metavar="TASK",
                                        show_default=False)],
    unit: Annotated[str, typer.Option("--unit", help=h("update.unit"), metavar="UNIT",
                                      show_default=False)],
    status: Annotated[str, typer.Option("--status", help=h("update.status"), metavar="STATUS",
                                        show_default=False)],
    date: Annotated[str | None, typer.Option("--date", help=h("update.date"), metavar="DATE",
                                             show_default=False)] = None,
    period: Annotated[str | None, typer.Option("--period", help=h("update.period"),
                                               metavar="PERIOD", show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", help=h("update.note"), metavar="TEXT",
                                             show_default=False)] = None,
    evidence: Annotated[list[str] | None, typer.Option("--evidence", help=h("update.evidence"),
                                                       metavar="TEXT",
                                                       show_default=False)] = None,
    plan: PlanOpt = None,
) -> int:
    from cchc.commands import update as command

    return command.run(options, task=task, unit=unit, status=status, date=date, period=period,
                       note=note, evidence=evidence or (), plan=plan)
