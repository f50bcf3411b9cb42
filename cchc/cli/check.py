"""`cchc check` on the command line: its own options, then `cchc.commands.check.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import formats, h, shared
from cchc.session import Options


@shared
def check(
    options: Options,
    fmt: Annotated[str, formats("cchc.render.diagnostics", "check.format")] = "text",
    strict: Annotated[bool, typer.Option("--strict", help=h("check.strict"))] = False,
) -> int:
    from cchc.commands import check as command

    return command.run(options, fmt=fmt, strict=strict)
