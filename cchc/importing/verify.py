"""The draft checked as `cchc check` would check it, on a temporary copy of the repository.

Only the settings and the units are copied (the registry the draft's ids must resolve in);
the draft is placed at `plans/<handle>/plan.yaml` and the whole pipeline runs over it, so the
diagnostics are exactly those `cchc check` gives once the clerk saves the draft there, with
the draft's own line numbers.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from cchc.diagnostics import Diagnostic
from cchc.pipeline import load


def verify(text: str, root: Path | None, handle: str) -> list[Diagnostic]:
    rel = f"plans/{handle}/plan.yaml"
    with tempfile.TemporaryDirectory(prefix="cchc-import-") as tmp:
        base = Path(tmp)
        if root is not None:
            for name in ("cchc.yaml", "cchc.yml"):
                if (root / name).is_file():
                    shutil.copyfile(root / name, base / name)
            if (root / "units").is_dir():
                shutil.copytree(root / "units", base / "units",
                                ignore=shutil.ignore_patterns(".*"))
        target = base / rel
        target.parent.mkdir(parents=True)
        target.write_text(text, encoding="utf-8")
        loaded = load(base)
    return [d for d in loaded.diagnostics if d.path == rel]
