"""`cchc measure` on the command line: its own options, then `cchc.commands.measure.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, h, shared
from cchc.session import Options

# A negative value (-3) is a value, not an unknown option: no `--` needed before it.
CONTEXT_SETTINGS = {"ignore_unknown_options": True}


@shared
def measure(
    options: Options,
    indicator: Annotated[str, typer.Argument(help=h("measure.indicator"), metavar="INDICATOR",
                                             show_default=False)],
    value: Annotated[str, typer.Argument(help=h("measure.value"), metavar="VALUE",
                                         show_default=False)],
    period: Annotated[str, typer.Option("--period", help=h("measure.period"), metavar="PERIOD",
                                        show_default=False)],
    unit: Annotated[str | None, typer.Option("--unit", help=h("measure.unit"), metavar="UNIT",
                                             show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", help=h("measure.source"),
                                               metavar="TEXT", show_default=False)] = None,
    plan: PlanOpt = None,
) -> int:
    from cchc.commands import measure as command

    return command.run(options, indicator=indicator, value=value, period=period, unit=unit,
                       source=source, plan=plan)
