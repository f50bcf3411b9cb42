"""What `update` and `measure` share: say the problems of an entry, then write it or refuse."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from cchc.errors import Stop
from cchc.session import Session, err, write_out
from cchc.write.records import Entry


@contextlib.contextmanager
def writer(s: Session) -> Iterator[None]:
    """The repository's writer lock, saying so when another writer holds it (and giving up
    after a bounded wait, `cchc.write.lock`)."""
    from cchc.write.lock import writer_lock

    def waiting(path: Path) -> None:
        s.say("write.lock-wait", path=str(path))

    with writer_lock(s.root, waiting):
        yield


def say_warnings(s: Session, warnings: list[tuple[str, dict[str, object]]]) -> None:
    """Warnings about an entry that is valid but looks like a slip: said, and it is written."""
    for key, args in warnings:
        err(f"{s.t('warn.label')}: {s.t(key, **args)}")


def write_entry(s: Session, entry: Entry, *, hint: str = "",
                outcome: Callable[[], str] | None = None) -> None:
    """Write a validated entry, or explain why not; nothing is written when it has an error,
    nor when the same entry is already recorded (said, exit 0).

    `hint` follows the diagnostics of a refused entry (the closest ids of an unknown task);
    `outcome`, called once the file is written (or found already recorded), gives the line
    that says what the write did, printed before the path.
    """
    from cchc.errors import CchcError
    from cchc.write.records import write

    for d in entry.problems:
        err(f"{s.t('severity.' + d.severity.value)}: {d.message(s.lang)} [{d.code}]")
    if any(d.is_error for d in entry.problems):
        if hint:
            err(hint)
        s.say("write.refused")
        raise Stop(1)
    if entry.already is not None:
        s.say("write.already", place=entry.already)
        if outcome is not None:
            write_out((outcome() + "\n").encode("utf-8"))
        return
    try:
        rel = write(s.root, entry.rel, entry.content, entry.meant)
    except CchcError as exc:
        s.fail(exc.key, exc.exit_code, **exc.args_)
    except OSError as exc:
        s.fail("write.failed", 1, path=entry.rel, reason=exc.strerror or type(exc).__name__)
    if outcome is not None:
        write_out((outcome() + "\n").encode("utf-8"))
    write_out((s.t("write.done", path=rel) + "\n").encode("utf-8"))
