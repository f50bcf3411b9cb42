"""`cchc schema`: see the command's docstring."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.cli import Lang, app
from cchc.model.kinds import SchemaKind


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="The kind of file: plan, units, updates, "
                                               "measurements or config.", metavar="KIND",
                                               show_default=False)],
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of the titles and "
                    "descriptions (default: en; no repository is read).",
                    show_default=False)] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of one kind of file, for editors and CI.

    No repository is read: the schema is the same for every one.

    The copies under schema/ are this output: cchc schema plan > schema/plan.schema.json
    """
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
