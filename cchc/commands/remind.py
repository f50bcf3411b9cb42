"""`cchc remind`: what it does is its help text, `help.remind` in `cchc/i18n/en_help.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli import (
    AllowErrorsOpt,
    AsOfOpt,
    LangOpt,
    NoCacheOpt,
    PlanOpt,
    RepoOpt,
    Session,
    UnitOpt,
    app,
    h,
)

INDEX = "README.md"


@app.command(help=h("remind"))
def remind(
    out: Annotated[Path, typer.Option("--out", help=h("remind.out"), show_default=False)],
    repo: RepoOpt = None,
    plan: PlanOpt = None,
    unit: UnitOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    allow_errors: AllowErrorsOpt = False,
    no_cache: NoCacheOpt = False,
) -> None:
    """One reminder letter per unit that owes something, and README.md, the list of them."""
    from cchc.compute.gaps import gaps
    from cchc.compute.obligations import obligations
    from cchc.model.deadlines import period_span
    from cchc.render.letter import Context, index, letter, owed

    s = Session(repo, lang, as_of, no_cache)
    incomplete = s.require_valid(allow_errors)
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
                  loaded.repo.config.due_soon_days, incomplete)

    files = [(f"{w.unit}.md", letter(w, ctx)) for w in letters]
    files.append((INDEX, index(letters, own, ctx)))
    for name, text in files:
        path = out / name
        s.replace(path, text.encode("utf-8"))
        typer.echo(s.t("write.done", path=str(path)))
    # Letters of an earlier run to units that now owe nothing are not deleted (the folder may
    # hold a clerk's edits), but said.
    written = {name for name, _ in files}
    for path in sorted(out.glob("*.md")):
        if path.name not in written and loaded.registry.exists(path.stem):
            typer.echo(s.t("remind.stale-file", path=str(path)), err=True)
