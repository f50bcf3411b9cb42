"""`cchc units`: the units and groups of the repository, by name, with the ids to type."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, search: str | None = None, fmt: str = "table",
        output: Path | None = None) -> int:
    from cchc.compute.units import list_units
    from cchc.render.units import FORMATS

    s = Session(options)
    incomplete = s.require_valid()
    rows = list_units(s.loaded.registry, search)
    s.show(FORMATS[fmt](rows, s.view(incomplete=incomplete)), output)
    return 0
