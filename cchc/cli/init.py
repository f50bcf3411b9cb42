"""`cchc init` on the command line: its own options, then `cchc.commands.init.run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.options import choice, h
from cchc.i18n import LANGUAGES


def init(
    directory: Annotated[Path, typer.Argument(help=h("init.dir"), metavar="DIR",
                                              show_default=False)],
    name: Annotated[str | None, typer.Option("--name", help=h("init.name"), metavar="NAME",
                                             show_default=False)] = None,
    lang: Annotated[str | None, choice(LANGUAGES, "init.lang", flag="--lang")] = None,
    plan: Annotated[str | None, typer.Option("--plan", help=h("init.plan"), metavar="PLAN",
                                             show_default=False)] = None,
    period: Annotated[str | None, typer.Option("--period", help=h("init.period"),
                                               metavar="YEAR", show_default=False)] = None,
) -> int:
    from cchc.commands import init as command

    return command.run(directory=directory, name=name, lang=lang, plan=plan, period=period)
