"""`cchc schema`: what it does is its help text, `help.schema` in `cchc/i18n/en_help.py`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.cli import Lang, app, h
from cchc.model.kinds import SchemaKind


@app.command(help=h("schema"))
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help=h("schema.kind"), metavar="KIND",
                                               show_default=False)],
    lang: Annotated[Lang | None, typer.Option("--lang", help=h("schema.lang"),
                                              show_default=False)] = None,
) -> None:
    """The JSON Schema of one kind of file; the copies under schema/ are this output."""
    from cchc.model.schemas import render

    text = render(kind, lang.value if lang else "en")
    # UTF-8 whatever the console's encoding, so a redirected file is the shipped file.
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        out.write(text.encode("utf-8"))
        out.flush()
