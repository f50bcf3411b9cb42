"""`cchc check`: validate everything (syntax, schema, references, docs/format.md's rules)."""

from __future__ import annotations

from cchc.session import Options, Session


def run(options: Options, *, fmt: str = "text", strict: bool = False) -> int:
    """Print every diagnostic; exit 1 on an error (on a warning too with `strict`)."""
    from cchc.pipeline import check
    from cchc.render.diagnostics import FORMATS, Checked
    from cchc.render.output import View

    s = Session(options, load_all=False)
    diagnostics, files = check(s.root, s.cache_dir)
    s.show(FORMATS[fmt](Checked(diagnostics, files), View(s.lang, s.as_of)))
    return 1 if any(d.is_error or strict for d in diagnostics) else 0
