"""`cchc remind`: one reminder letter per unit that owes something, and README.md, their list."""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session


def run(options: Options, *, out: Path | str, plan: str | None = None, unit: str | None = None,
        fmt: str = "markdown", force: bool = False) -> int:
    from cchc.compute.gaps import gaps
    from cchc.compute.obligations import obligations
    from cchc.model.deadlines import period_span
    from cchc.render.letter import Context, Reminders, owed
    from cchc.render.remind import FORMATS, SUFFIXES

    if isinstance(out, str):  # as typed: an empty --out is no folder (Path("") is ".")
        if not out.strip():
            from cchc.errors import CchcError

            raise CchcError("write.empty-out", 2, lang=options.lang)
        out = Path(out)
    s = Session(options)
    incomplete = s.require_valid()
    pd = s.one_plan(plan)
    ident = s.unit(unit)
    loaded = s.loaded
    # A reading for a period before the plan began is not the plan's to chase: early in the
    # year, the latest month ended is last December.
    start = pd.plan.span.start
    rows = [g for g in gaps(loaded.repo, loaded.registry, s.as_of, plan=pd.handle, unit=ident)
            if period_span(g.period).end >= start]
    found = owed(obligations(loaded.repo, loaded.registry, s.as_of, plan=pd.handle, unit=ident),
                 rows, loaded.registry)
    coordinator = pd.plan.coordinator
    letters = [w for w in found if w.unit != coordinator]
    own = next((w for w in found if w.unit == coordinator), None)
    ctx = Context(pd, loaded.registry, s.lang, s.as_of, s.locality,
                  loaded.repo.config.due_soon_days, incomplete, loaded.repo.config.letterhead)
    files = FORMATS[fmt](Reminders(letters, own), ctx)
    _write_letters(s, out, files, force)
    # Letters of an earlier run to units that now owe nothing are not deleted (the folder may
    # hold a clerk's edits), but said.
    for path in sorted(out.glob("*" + SUFFIXES[fmt])):
        if path.name not in files and loaded.registry.exists(path.stem):
            s.say("remind.stale-file", path=str(path))
    return 0


def _write_letters(s: Session, out: Path, files: dict[str, bytes], force: bool) -> None:
    """The letters into `out`: only files cchc wrote there and nobody changed since are
    replaced (`cchc.write.generated`); the others are left and said, unless --force."""
    from cchc.errors import CchcError
    from cchc.session import write_out
    from cchc.write.generated import write_generated

    try:
        outcome = write_generated(out, files, force=force, root=s.root)
    except CchcError as exc:
        s.fail(exc.key, exc.exit_code, **exc.args_)
    except OSError as exc:
        s.fail("write.failed", 1, path=str(exc.filename or out),
               reason=exc.strerror or type(exc).__name__)
    for path in outcome.written:
        write_out((s.t("write.done", path=str(path)) + "\n").encode("utf-8"))
    for path in outcome.kept:
        s.say("write.kept", path=str(path))
