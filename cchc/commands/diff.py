"""`cchc diff`: what changed in the plans between two git revisions; the pull-request gate.

The command takes two snapshots (`cchc.load.revisions.snapshot`: from git, or from the
working tree), compares them (`cchc.compute.diff`) and renders the changes: the contract's
JSON, or a table for a reviewer (`cchc.render.diff`). It needs no loaded repository: the
working tree may be broken, or not read at all.
"""

from __future__ import annotations

from pathlib import Path

from cchc import i18n
from cchc.errors import CchcError
from cchc.session import Options, err, find_repository, parse_date, show, today


def run(options: Options, *, rev1: str, rev2: str | None = None, plan: str | None = None,
        fmt: str = "table", fail_on_loosening: bool = False) -> int:
    """Exit 1 with `fail_on_loosening` when a change loosens the plan."""
    from cchc.compute.diff import diff
    from cchc.load.revisions import snapshot
    from cchc.render.diff import FORMATS, Compared
    from cchc.render.output import View

    words = options.lang or "en"
    # accepted like every command's; a diff does not depend on the date
    as_of = parse_date(options.as_of, words) if options.as_of else today()
    root = find_repository(options.repo, words)
    words = options.lang or _configured_language(root)
    try:
        before = snapshot(root, rev1)
        after = snapshot(root, rev2)
    except CchcError as exc:
        exc.lang = words
        raise
    after_label = rev2 if rev2 is not None else i18n.t(words, "diff.working-tree")
    for label, snap in ((rev1, before), (after_label, after)):
        for path, problem in sorted(snap.unreadable.items()):
            err(i18n.t(words, "diff.skipped", path=path, rev=label, line=problem.line,
                       problem=problem.message(words)))
    if plan is not None:
        known = (set(before.plans) | set(after.plans)
                 | {p.split("/")[1] for s in (before, after) for p in (*s.records, *s.readings)})
        if plan not in known:
            raise CchcError("error.unknown-plan", lang=words, plan=plan,
                            known=", ".join(sorted(known)) or "-")
    changes = diff(before, after, plan=plan)
    show(FORMATS[fmt](Compared(changes, rev1, after_label), View(words, as_of)))
    return 1 if fail_on_loosening and any(c.loosening for c in changes) else 0


def _configured_language(root: Path) -> str:
    """`language` of the working tree's cchc.yaml; `en` when absent or not readable."""
    from cchc.load.repository import read_config

    return read_config(root).language
