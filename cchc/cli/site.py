"""`cchc site` on the command line: its own options, then `cchc.commands.site.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import formats, h, shared
from cchc.session import Options


@shared
def site(
    options: Options,
    out: Annotated[Path, typer.Option("-o", "--output", help=h("site.output"), metavar="DIR",
                                      show_default=False)],
    fmt: Annotated[str, formats("cchc.render.site.make", "site.format")] = "html",
) -> int:
    from cchc.commands import site as command

    return command.run(options, out=out, fmt=fmt)
