"""`cchc diff`: what it does is its help text, `help.diff` in `cchc/i18n/en_help.py`.

The command parses options, takes two snapshots (`cchc.load.revisions.snapshot`), compares
them and renders the changes: the contract's JSON, or a table for a reviewer
(`cchc.render.diff`), drawn by the terminal renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc import i18n
from cchc.cli import AsOfOpt, LangOpt, RepoOpt, TableFormat, _Globals, _parse_date, app, h
from cchc.errors import CchcError

# diff needs no loaded repository (the working tree may be broken, or not read at all), so it
# does not use `Session`; it shares the global `--repo` through `_Globals`.


@app.command(help=h("diff"))
def diff(
    rev1: Annotated[str, typer.Argument(metavar="REV1", help=h("diff.rev1"),
                                        show_default=False)],
    rev2: Annotated[str | None, typer.Argument(metavar="REV2", help=h("diff.rev2"),
                                               show_default=False)] = None,
    repo: RepoOpt = None,
    plan: Annotated[str | None, typer.Option("--plan", help=h("diff.plan"),
                                             show_default=False)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help=h("diff.format"))] =
    TableFormat.table,
    fail_on_loosening: Annotated[bool, typer.Option("--fail-on-loosening",
                                                    help=h("diff.fail-on-loosening"))] = False,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """What changed in the plans between two git revisions; the pull-request gate."""
    from cchc.compute.diff import as_json
    from cchc.compute.diff import diff as compare
    from cchc.load.discover import find_root
    from cchc.load.revisions import snapshot

    _parse_date(as_of)  # accepted like every command's; a diff does not depend on the date
    words = lang.value if lang else "en"
    try:
        root = find_root(repo or _Globals.repo, os.environ, Path.cwd())
        words = lang.value if lang else _configured_language(root)
        before = snapshot(root, rev1)
        after = snapshot(root, rev2)
    except CchcError as exc:
        typer.echo(i18n.t(words, exc.key, **exc.args_), err=True)
        raise typer.Exit(exc.exit_code) from None
    after_label = rev2 if rev2 is not None else i18n.t(words, "diff.working-tree")
    for label, snap in ((rev1, before), (after_label, after)):
        for path, problem in sorted(snap.unreadable.items()):
            typer.echo(i18n.t(words, "diff.skipped", path=path, rev=label, line=problem.line,
                              problem=problem.message(words)), err=True)
    if plan is not None:
        known = (set(before.plans) | set(after.plans)
                 | {p.split("/")[1] for s in (before, after) for p in (*s.records, *s.readings)})
        if plan not in known:
            typer.echo(i18n.t(words, "error.unknown-plan", plan=plan,
                              known=", ".join(sorted(known)) or "-"), err=True)
            raise typer.Exit(2)
    changes = compare(before, after, plan=plan)
    if fmt is TableFormat.json:
        sys.stdout.write(as_json(changes))
    else:
        from cchc.render.diff import table
        from cchc.render.terminal import print_table

        print_table(table(changes, words, rev1, after_label))
    raise typer.Exit(1 if fail_on_loosening and any(c.loosening for c in changes) else 0)


def _configured_language(root: Path) -> str:
    """`language` of the working tree's cchc.yaml; `en` when absent or not readable."""
    from cchc.load.repository import read_config

    return read_config(root).language
