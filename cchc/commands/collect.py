"""`cchc collect`: filled Excel forms of `cchc form` read back into new record files.

Each form on its own (docs/documents.md): read (`cchc.load.forms`), its target checked, its
rows checked with the rules of `update`/`measure` (`cchc.compute.collect`), what it will write
shown, then one new file written (`cchc.write.records.record_list`/`reading_list`, created
atomically, never replacing a file). A form with any error writes nothing unless `--skip-bad`.
Exit 1 when any form was refused or had rows skipped for errors.
"""

from __future__ import annotations

from pathlib import Path

from cchc.session import Options, Session, err, write_out


def run(options: Options, *, files: list[Path], unit: str | None = None,
        skip_bad: bool = False, dry_run: bool = False) -> int:
    from cchc.load.forms import read_form
    from cchc.render import collect as lines
    from cchc.write.collect import check_target, plan_readings, plan_records
    from cchc.write.records import reading_list, record_list, write

    s = Session(options)
    s.require_valid()
    ident = s.unit(unit)
    failed = False
    for path in files:
        shown = str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            s.say("collect.read-failed", path=shown, reason=exc.strerror or type(exc).__name__)
            failed = True
            continue
        form, problems = read_form(shown, data)
        if form is not None and not any(d.is_error for d in problems):
            problems += check_target(form, s.loaded.repo, s.loaded.registry, s.locality, ident)
        if form is None or any(d.is_error for d in problems):
            for d in problems:
                err(lines.problem(d, form.sheet if form else None, s.lang))
            s.say("collect.refused", path=shown, errors=sum(d.is_error for d in problems))
            failed = True
            continue
        if form.meta.kind == "tasks":
            plan = plan_records(form, s.loaded.repo, s.loaded.registry, s.as_of)
        else:
            plan = plan_readings(form, s.loaded.repo, s.loaded.registry)
        for d in problems + plan.problems:
            err(lines.problem(d, form.sheet, s.lang))
        if plan.errors:
            failed = True
            if not skip_bad:
                s.say("collect.refused", path=shown, errors=len(plan.errors))
                continue
            s.say("collect.skipped-bad", path=shown,
                  rows=", ".join(str(r) for r in sorted(plan.bad_rows)))
        count = len(plan.records) + len(plan.readings)
        if not count:
            s.say("collect.nothing", path=shown)
            continue
        out = [s.t("collect.plan", path=shown, count=count, skipped=plan.skipped)]
        out += [lines.record(r, s.lang) for _, r in plan.records]
        out += [lines.reading(v, s.loaded.registry, s.lang) for _, _, v in plan.readings]
        write_out(("\n".join(out) + "\n").encode("utf-8"))
        if dry_run:
            s.say("collect.dry-run", path=shown)
            continue
        pd = s.loaded.repo.plans[form.meta.plan]
        label = f"form_{form.meta.unit or 'readings'}"
        if plan.records:
            rel, content = record_list(s.loaded.repo, pd, [r for _, r in plan.records], label)
        else:
            rel, content = reading_list(s.loaded.repo, pd, form.meta.period, form.source,
                                        [v for _, _, v in plan.readings], label)
        try:
            write(s.root, rel, content)
        except OSError as exc:
            s.fail("write.failed", 1, path=rel, reason=exc.strerror or type(exc).__name__)
        write_out((s.t("write.done", path=rel) + "\n").encode("utf-8"))
    return 1 if failed else 0
