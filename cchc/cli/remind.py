"""`cchc remind` on the command line: its own options, then `cchc.commands.remind.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import PlanOpt, UnitOpt, formats, h, shared
from cchc.session import Options


@shared
def remind(
    options: Options,
    # `-o`/`--output` as every other command that writes names its folder or file; `--out`
    # as first documented
    out: Annotated[str, typer.Option("-o", "--output", "--out", help=h("remind.out"),
                                      metavar="DIR",
                                      show_default=False)],
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    fmt: Annotated[str, formats("cchc.render.remind", "remind.format")] = "markdown",
    force: Annotated[bool, typer.Option("--force", help=h("remind.force"))] = False,
) -> int:
    from cchc.commands import remind as command

    return command.run(options, out=out, plan=plan, unit=unit, fmt=fmt, force=force)
