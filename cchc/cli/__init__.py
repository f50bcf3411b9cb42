"""The command line: a thin adapter that parses options and calls one command module.

- `app.py`: the Typer app, the global options, the registration of commands (`COMMANDS`);
- `options.py`: the options several commands share, declared once (`shared`);
- `boundary.py`: the one error boundary (exit codes: docs/format.md, "Exit codes");
- `direct.py`: the read-only commands run without Typer, for the command lines
  `cchc.fastpath` reads exactly (anything else goes to Typer);
- one module per command (`check.py`, `overdue.py`, ...): its own options, then a call to
  `cchc.commands.<name>.run`, which does the work and never imports this package.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["HELP_LANG", "app", "main"]


class _Package(types.ModuleType):
    """`app` and `main` (of `app.py`) and `HELP_LANG` (of `options.py`), imported when asked
    for: `direct.py` and `boundary.py` run without Typer, which those two import."""

    @property
    def app(self) -> Any:
        from cchc.cli.app import app

        return app

    @app.setter
    def app(self, value: Any) -> None:
        """The import system names the submodule `app.py` here once loaded: `cchc.cli.app`
        stays the Typer app, as `from cchc.cli import app` has always given."""

    @property
    def main(self) -> Any:
        from cchc.cli.app import main

        return main

    @property
    def HELP_LANG(self) -> str:  # noqa: N802 - the constant's name
        from cchc.cli.options import HELP_LANG

        return HELP_LANG


sys.modules[__name__].__class__ = _Package
