"""`cchc check`: validate everything (syntax, schema, references, docs/format.md's rules)."""

from __future__ import annotations

from cchc.session import Options, Session


def run(options: Options, *, fmt: str = "text", strict: bool = False) -> int:
    """Print every diagnostic; exit 1 on an error (on a warning too with `strict`)."""
    from cchc.load import quick
    from cchc.pipeline import check
    from cchc.render.diagnostics import FORMATS, Checked
    from cchc.render.output import View

    quick.begin()  # before anything is read (what `quick.keep` may trust)
    s = Session(options, load_all=False)
    diagnostics, files = check(s.root, s.cache_dir)
    shown = FORMATS[fmt](Checked(diagnostics, files), View(s.lang, s.as_of))
    s.show(shown)
    code = 1 if any(d.is_error or strict for d in diagnostics) else 0
    if s.cache_dir is not None and isinstance(shown, str):
        # what `cchc.fastpath` answers a repeated check with (it does not depend on the date)
        asked = ("check", fmt, strict, options.lang, options.allow_errors)
        quick.keep(s.cache_dir, s.root, asked, code, shown.encode("utf-8"))
    return code
