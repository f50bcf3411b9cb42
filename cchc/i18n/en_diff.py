"""English messages of `cchc diff`. Keys and placeholders match `vi_diff.py` exactly."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "diff.title": "Changes in the plans from {before} to {after}",
    "diff.working-tree": "the working tree",
    "diff.col.plan": "Plan", "diff.col.kind": "Kind", "diff.col.id": "Id",
    "diff.col.change": "Change", "diff.col.before": "Before", "diff.col.after": "After",
    "diff.kind.task": "task", "diff.kind.indicator": "indicator",
    "diff.kind.record": "record", "diff.kind.reading": "reading",
    "diff.change.added": "added", "diff.change.removed": "removed",
    "diff.change.due-earlier": "due earlier", "diff.change.due-later": "due later",
    "diff.change.lead-changed": "lead changed",
    "diff.change.target-tightened": "target tightened",
    "diff.change.target-loosened": "target loosened",
    "diff.change.changed": "changed",
    "diff.none": "No changes.",
    "diff.count": "{count} change(s).",
    "diff.loosening": "{count} of them loosen the plan (marked !): --fail-on-loosening "
                      "would stop this change.",
    "diff.skipped": "warning: {path} at {rev} cannot be read (line {line}: {problem}); a "
                    "plan file is left out of the comparison, a record or readings file "
                    "counts as changed",
    "diff.not-git": "{path} is not inside a git work tree ({reason}): cchc diff compares git "
                    "revisions of the repository",
    "diff.bad-revision": "'{rev}' is not a revision of this git repository: give a branch, "
                         "tag or commit (origin/main, HEAD~1)",
    "diff.no-git": "git is not installed or not on the PATH, and cchc diff needs it",
}
