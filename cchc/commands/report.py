"""`cchc report`: the status report (docs/format.md, "The report"), to stdout or `-o FILE`."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "markdown", output: Path | None = None) -> int:
    from cchc.render.report import FORMATS

    s = Session(options)
    result = s.summary(plan, unit)
    s.show(FORMATS[fmt](result, s.view(incomplete=result.incomplete, unit=unit)), output)
    return 0
