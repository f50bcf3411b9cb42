"""The command line: a thin adapter that parses options and calls one command module.

- `app.py`: the Typer app, the global options, the registration of commands (`COMMANDS`);
- `options.py`: the options several commands share, declared once (`shared`);
- `boundary.py`: the one error boundary (exit codes: docs/format.md, "Exit codes");
- one module per command (`check.py`, `overdue.py`, ...): its own options, then a call to
  `cchc.commands.<name>.run`, which does the work and never imports this package.
"""

from __future__ import annotations

from cchc.cli.app import app, main
from cchc.cli.options import HELP_LANG

__all__ = ["HELP_LANG", "app", "main"]
