"""`cchc report`: the status report (docs/format.md, "The report"), to stdout or `-o FILE`."""

from __future__ import annotations

from pathlib import Path

from cchc.commands._answers import summary
from cchc.session import Options


def run(options: Options, *, plan: str | None = None, unit: str | None = None,
        fmt: str = "markdown", output: Path | None = None) -> int:
    return summary(options, "report", "cchc.render.report", plan=plan, unit=unit, fmt=fmt,
                   output=output)
