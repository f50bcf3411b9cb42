"""`cchc import`: a plan document turned into a draft plan.yaml, checked.

The work is done by `cchc.importing`; this module turns options into values, finds the
repository whose units resolve the document's names, writes the draft (never over a file) and
maps the outcome to an exit code.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

from cchc.session import Options, err, find_repository, write_out


def run(options: Options, *, file: Path, output: Path | None = None) -> int:
    """A plan document turned into a draft plan.yaml, checked; exit 0, 1 (to fix) or 2."""
    from cchc import i18n
    from cchc.errors import CchcError
    from cchc.importing.run import import_document
    from cchc.importing.text import ReadError
    from cchc.model.fields import PLAN_HANDLE
    from cchc.model.registry import Registry
    from cchc.model.schemas import modeline
    from cchc.pipeline import load
    from cchc.write.atomic import create_new

    language = options.lang
    root: Path | None = None
    registry: Registry | None = None
    locality_name: str | None = None
    given = options.repo
    try:
        root = find_repository(given, language or "en")
    except CchcError as exc:
        reason = i18n.t(language or "en", exc.key, **exc.args_)
        if given is not None or os.environ.get("CCHC_REPO"):
            # a repository was asked for by name: that it is not there is bad usage
            raise
    if root is not None:
        loaded = load(root)
        registry = loaded.registry
        language = language or loaded.repo.config.language
        locality_name = loaded.repo.config.name
    language = language or "en"

    def say(key: str, **kwargs: object) -> None:
        err(i18n.t(language, key, **kwargs))

    def fail(key: str, code: int, **kwargs: object) -> NoReturn:
        raise CchcError(key, code, lang=language, **kwargs)

    if root is None:
        say("import.no-repo", reason=reason)
    if output is not None and (output.exists() or output.is_symlink()):
        fail("import.exists", 1, path=str(output))

    handle: str | None = None
    line = ""
    if output is not None and root is not None:
        try:
            rel = output.resolve().relative_to(root.resolve())
        except ValueError:
            rel = None
        if rel is not None and len(rel.parts) == 3 and rel.parts[0] == "plans" \
                and PLAN_HANDLE.match(rel.parts[1]):
            handle = rel.parts[1]
            if (root / "schema").is_dir():
                line = modeline(rel.as_posix(), "plan")

    try:
        outcome = import_document(file, root, registry, language, handle, line, locality_name)
    except ReadError as exc:
        fail(exc.key, 2, **exc.args_)
    for note in outcome.notes:
        say(note)

    target = str(output) if output is not None else i18n.t(language, "import.stdout")
    if output is None:
        write_out(outcome.text.encode("utf-8"))
    else:
        try:
            create_new(output, outcome.text.encode("utf-8"))
        except FileExistsError:
            fail("import.exists", 1, path=str(output))
        except OSError as exc:
            fail("import.write-failed", 1, path=str(output),
                 reason=exc.strerror or type(exc).__name__)
        say("import.written", path=str(output))

    draft = outcome.draft
    say("import.summary", source=file.name, tasks=len(draft.tasks),
        sections=len(draft.sections), indicators=len(draft.indicators))
    if not outcome.issues:
        say("import.passes")
        return 0
    say("import.problems", count=len(outcome.issues), path=target)
    for issue in outcome.issues:
        code = f" [{issue.code}]" if issue.code else ""
        err(f"{target}:{issue.line}:{issue.column}: {issue.message}{code}")
    return 1
