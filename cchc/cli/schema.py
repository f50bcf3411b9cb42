"""`cchc schema` on the command line: its own options, then `cchc.commands.schema.run`."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.cli.options import choice, h
from cchc.i18n import LANGUAGES
from cchc.model.kinds import SchemaKind

KINDS = tuple(k.value for k in SchemaKind)


def _kind(value: str) -> str:
    if value not in KINDS:
        raise typer.BadParameter(", ".join(KINDS))
    return value


def schema(
    kind: Annotated[str, typer.Argument(help=h("schema.kind"), metavar="KIND",
                                        show_default=False, parser=_kind)],
    lang: Annotated[str | None, choice(LANGUAGES, "schema.lang", flag="--lang")] = None,
) -> int:
    from cchc.commands import schema as command

    return command.run(kind=kind, lang=lang)
