"""What `update` and `measure` share: say the problems of an entry, then write it or refuse."""

from __future__ import annotations

from cchc.diagnostics import Diagnostic
from cchc.errors import Stop
from cchc.session import Session, err, write_out


def write_entry(s: Session, rel: str, content: bytes, problems: list[Diagnostic]) -> None:
    """Write a validated entry, or explain why not; nothing is written when it has an error."""
    from cchc.write.records import write

    for d in problems:
        err(f"{d.severity.value}: {d.message(s.lang)} [{d.code}]")
    if any(d.is_error for d in problems):
        s.say("write.refused")
        raise Stop(1)
    try:
        write(s.root, rel, content)
    except OSError as exc:
        s.fail("write.failed", 1, path=rel, reason=exc.strerror or type(exc).__name__)
    write_out((s.t("write.done", path=rel) + "\n").encode("utf-8"))
