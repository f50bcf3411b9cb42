"""`cchc schema`: the JSON Schema of one kind of file; the copies under schema/ are this output."""

from __future__ import annotations

from cchc.session import write_out


def run(*, kind: str, lang: str | None = None) -> int:
    from cchc.model.kinds import SchemaKind
    from cchc.model.schemas import render

    # UTF-8 whatever the console's encoding, so a redirected file is the shipped file.
    write_out(render(SchemaKind(kind), lang or "en").encode("utf-8"))
    return 0
