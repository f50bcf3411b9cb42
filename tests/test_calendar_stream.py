"""`cchc calendar` writes its file as it goes (issue 11, item 21): events are made one at a
time, and the bytes on stdout and in `-o FILE` are those of the whole calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from cchc.cli import app
from cchc.compute.calendar import Occurrence, open_occurrences
from cchc.pipeline import load
from cchc.render.ical import FORMATS, Agenda, calendar
from cchc.render.output import Chunks, View

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo"
AS_OF = dt.date(2023, 3, 31)


class Watched(Sequence[Occurrence]):
    """The entries, noting the furthest one a renderer has read."""

    def __init__(self, items: list[Occurrence]) -> None:
        self.items = items
        self.furthest = -1

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            self.furthest = max(self.furthest, i % len(self.items))
        return self.items[i]

    def __iter__(self) -> Any:
        for i, item in enumerate(self.items):
            self.furthest = max(self.furthest, i)
            yield item


def test_events_are_made_as_the_file_is_written() -> None:
    loaded = load(DEMO)
    entries = open_occurrences(loaded.repo, loaded.registry, AS_OF)
    assert len(entries) > 10
    watched = Watched(list(entries))
    view = View("vi", AS_OF, registry=loaded.registry, locality="x")
    out = FORMATS["ics"](Agenda(watched, loaded.repo, sorted(loaded.repo.plans)), view)
    assert isinstance(out, Chunks)
    parts = iter(out.parts)
    taken = [next(parts), next(parts), next(parts)]
    assert watched.furthest < 5  # three chunks read: not every event built
    rest = b"".join(parts)
    whole = calendar(entries, loaded.repo, loaded.registry, "vi", AS_OF, locality="x",
                     plans=sorted(loaded.repo.plans))
    assert b"".join(taken) + rest == whole


def test_stdout_and_file_get_the_same_bytes(tmp_path: Path) -> None:
    args = ["calendar", "--repo", str(DEMO), "--as-of", AS_OF.isoformat()]
    printed = CliRunner().invoke(app, args)
    assert printed.exit_code == 0
    target = tmp_path / "lich.ics"
    written = CliRunner().invoke(app, [*args, "-o", str(target)])
    assert written.exit_code == 0
    data = target.read_bytes()
    assert data == printed.stdout_bytes
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
