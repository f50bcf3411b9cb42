"""`cchc diff` on the command line: its own options, then `cchc.commands.diff.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import formats, h, shared
from cchc.session import Options


@shared
def diff(
    options: Options,
    rev1: Annotated[str, typer.Argument(metavar="REV1", help=h("diff.rev1"),
                                        show_default=False)],
    rev2: Annotated[str | None, typer.Argument(metavar="REV2", help=h("diff.rev2"),
                                               show_default=False)] = None,
    plan: Annotated[str | None, typer.Option("--plan", help=h("diff.plan"), metavar="PLAN",
                                             show_default=False)] = None,
    fmt: Annotated[str, formats("cchc.render.diff", "diff.format")] = "table",
    fail_on_loosening: Annotated[bool, typer.Option("--fail-on-loosening",
                                                    help=h("diff.fail-on-loosening"))] = False,
) -> int:
    from cchc.commands import diff as command

    return command.run(options, rev1=rev1, rev2=rev2, plan=plan, fmt=fmt,
                       fail_on_loosening=fail_on_loosening)
