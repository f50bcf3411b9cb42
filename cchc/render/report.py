"""The Markdown status report (docs/format.md, "The report"): pure, deterministic, in one language.

Same status, language and locality give the same bytes: everything is sorted, nothing reads
the clock, and every word comes from the catalogue. Tables are GitHub-flavoured Markdown; the
summary carries a Mermaid pie chart, which GitHub and GitLab draw in their web views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from cchc import i18n
from cchc.compute.obligations import STATES
from cchc.compute.summary import PlanStatus, Summary
from cchc.i18n.collate import sort_key, sorted_names
from cchc.model.registry import Registry
from cchc.render import gaps as gaps_render
from cchc.render import safe
from cchc.render.lateness import occurrences_text
from cchc.render.markdown import table as _table
from cchc.render.output import Renderer, View

# A title repeats in every row of an obligation: rows show at most this much of it.
TITLE_WIDTH = 120


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + safe.markdown(text, heading=True)


# Pie slices coloured by meaning: overdue red, due soon orange, stale amber, blocked purple,
# in progress blue, not started grey, done late light green, done green.
PIE_COLOURS: dict[str, str] = {
    "overdue": "#d62728", "due-soon": "#ff7f0e", "stale": "#e6b800", "blocked": "#9467bd",
    "in-progress": "#1f77b4", "not-started": "#9e9e9e", "done-late": "#98df8a",
    "done": "#2ca02c",
}


def pie(title: str, slices: Sequence[tuple[str, str, int]]) -> list[str]:
    """A Mermaid pie of (state, label, count) with each state's colour.

    Mermaid gives the slices the theme's `pie1`, `pie2`, ... by position: Mermaid 10 in the
    order of their values (largest first, a stable sort), Mermaid 11 in the order written. The
    slices are written largest first, ties in the order given, so that the n-th colour is the
    n-th slice's in both (tests/test_report_pie.py; drawn by `make visual-pie`). A slice too
    small to be drawn comes last, where it shifts no other slice's colour.
    """
    ordered = sorted((s for s in slices if s[2] > 0), key=lambda s: -s[2])
    if not ordered:
        return []
    # slices opaque: in Mermaid's default 0.7, red on white reads as pink and the slices no
    # longer match the legend's squares (seen drawn: `make visual-pie`)
    colours = ", ".join([f'"pie{i}": "{PIE_COLOURS[state]}"'
                         for i, (state, _, _) in enumerate(ordered, start=1)]
                        + ['"pieOpacity": "1"'])
    out = ["```mermaid",
           '%%{init: {"theme": "base", "themeVariables": {' + colours + '}}}%%',
           f"pie showData title {title}"]
    out += [f'    "{label}" : {n}' for _, label, n in ordered]
    return out + ["```", ""]


def report(status: Summary, view: View) -> str:
    """The report as Markdown (docs/format.md, "The report")."""
    lines: list[str] = []
    for p in status.plans:
        lines += _plan(p, status, view.registry, view.lang, view.locality, view.due_soon_days,
                       view.stale_after_days, view.unit)
    return "\n".join(lines).rstrip("\n") + "\n"


def _docx(status: Summary, view: View) -> bytes:
    from cchc.render.docx_report import report_docx

    return report_docx(status, view)


FORMATS: dict[str, Renderer[Summary]] = {"markdown": report, "docx": _docx}


def units_covered(registry: Registry, lang: str, unit: str) -> str:
    """The units a `--unit` report covers: the unit, or the group and its members."""
    if unit in registry.groups:
        members = registry.expand(unit)
        names = sorted_names(members, registry.name)
        return i18n.t(lang, "report.units-group", name=registry.name(unit), count=len(members),
                      members=", ".join(registry.name(m) for m in names))
    return registry.name(unit)


def _plan(p: PlanStatus, status: Summary, registry: Registry, lang: str, locality: str,
          due_soon_days: int, stale_days: int, unit: str | None = None) -> list[str]:
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: dt.date | None) -> str:
        return i18n.format_date(lang, d) if d else t("word.never")

    # The late units' names and their places in Vietnamese order, found once: a late unit is
    # named in many rows. Equal names share a place, so a (stable) sort by place is what
    # `sorted_names` gives.
    named = {u: registry.name(u)
             for u in {u for g in (*p.overdue_by_task, *p.due_soon_by_task) for u in g.units}}
    keys = {u: sort_key(name) for u, name in named.items()}
    at = {key: i for i, key in enumerate(sorted(set(keys.values())))}
    place = {u: at[key] for u, key in keys.items()}

    def names(units: Iterable[str]) -> str:
        return ", ".join([named[u] for u in sorted(units, key=place.__getitem__)])

    plan = p.data.plan
    titles = {tk.value.id: safe.clip(tk.value.title or "", TITLE_WIDTH) for tk in p.data.tasks}
    none = [t("word.none"), ""]
    out = [_heading(1, t("report.title", number=plan.number or p.plan)), ""]
    # A list, not a two-column table: a table's header row would stand empty.
    facts = [(t("report.locality"), locality),
             (t("report.plan"), f"{plan.number or p.plan}: {plan.title or ''}".strip(": ")),
             (t("report.period"), t("report.period-range", start=day(plan.span.start),
                                    end=day(plan.span.end))),
             (t("report.as-of"), day(status.as_of))]
    if unit is not None:
        facts.append((t("report.units"), units_covered(registry, lang, unit)))
    out += [f"- {label}: {safe.markdown(value)}" for label, value in facts]
    out.append("")
    if status.incomplete:
        out += [t("report.incomplete"), ""]
    final = p.final
    if final is not None:
        out += [f"**{t('report.ended', date=day(final.end))}**", ""]
        out += [f"## {t('report.final')}", ""]
        out += _table((t("col.state"), t("col.count")), [
            (t("final.done"), str(final.done)), (t("final.done-late"), str(final.done_late)),
            (t("final.not-done"), str(final.not_done)), (t("final.total"), str(final.total))],
            ("---", "---:"))
        out += ["", t("final.indicators", met=final.indicators_met,
                      unmet=final.indicators_unmet, missing=final.indicators_missing), ""]

    out += [f"## {t('report.summary')}", ""]
    out += _table((t("col.state"), t("col.count")),
                  [(t("state." + s), str(p.counts[s])) for s in STATES], ("---", "---:"))
    out += ["", t("report.obligation-note"), ""]
    out += pie(t("report.chart-title"), [(s, t("state." + s), p.counts[s]) for s in STATES])

    # Overdue work: one row per task naming every unit late on it (a task owed by 26 wards
    # is one row, not 26 one-row tables). Once the plan has ended, days stop at its end; a
    # daily duty's open occurrences are days, and say so.
    daily = {tk.value.id for tk in p.data.tasks if tk.value.due.frequency == "daily"}
    heading = t("report.not-done") if final is not None else t("report.overdue-by-task")
    out += [f"## {heading} ({len(p.overdue)})", ""]
    if p.overdue_by_task:
        out += _table((t("col.task"), t("col.title"), t("col.due"), t("col.units"),
                       t("col.days-overdue-end") if final is not None
                       else t("col.days-overdue"),
                       t("col.occurrences"), t("col.status")),
                      [(g.task, titles.get(g.task, ""), day(g.due),
                        f"{names(g.units)} ({len(g.units)})" if len(g.units) > 1
                        else names(g.units),
                        str(p.days_late(g.due)) if g.due else "",
                        occurrences_text(lang, (g.occurrences,), g.task in daily),
                        t("status." + g.status)) for g in p.overdue_by_task],
                      ("---", "---", "---", "---", "---:", "---:", "---"))
    else:
        out.append(none[0])
    out.append("")

    out += [f"## {t('report.blocked')} ({len(p.blocked)})", ""]
    if p.blocked:
        out += _table((t("col.task"), t("col.title"), t("col.unit"), t("col.since"),
                       t("col.note")),
                      [(b.task, titles.get(b.task, ""), registry.name(b.unit), day(b.since),
                        b.note or "") for b in p.blocked])
    else:
        out.append(none[0])
    out.append("")

    if final is None:
        out += [f"## {t('report.due-soon', days=due_soon_days)} ({len(p.due_soon)})", ""]
        if p.due_soon_by_task:
            out += _table((t("col.due"), t("col.task"), t("col.title"), t("col.units"),
                           t("col.days-left")),
                          [(day(g.due), g.task, titles.get(g.task, ""),
                            f"{names(g.units)} ({len(g.units)})" if len(g.units) > 1
                            else names(g.units),
                            t("word.days", days=(g.due - status.as_of).days) if g.due else "")
                           for g in p.due_soon_by_task])
        else:
            out.append(none[0])
        out.append("")

        out += [f"## {t('report.stale', days=stale_days)} ({len(p.stale)})", ""]
        if p.stale:
            out += _table((t("col.task"), t("col.title"), t("col.unit"),
                           t("col.last-record")),
                          [(o.task, titles.get(o.task, ""), registry.name(o.unit),
                            day(o.last_record)) for o in p.stale])
        else:
            out.append(none[0])
        out.append("")

    out += [f"## {t('report.indicators')} ({len(p.gaps)})", ""]
    if p.gaps:
        indicator_names = {(p.plan, i.value.id): i.value.name or i.value.id
                           for i in p.data.indicators}
        out += _table(gaps_render.columns(lang),
                      [gaps_render.cells(g, registry, lang, indicator_names) for g in p.gaps],
                      ("---", "---", "---", "---", "---:", "---", "---", "---:", ":---:"))
    else:
        out.append(none[0])
    out.append("")

    out += [f"## {t('report.scorecard')}", ""]
    if p.scorecard:
        by_name = sorted_names(p.scorecard, lambda s: registry.name(s.unit))
        out += _table((t("col.unit"), *(t("state." + s) for s in STATES),
                       t("col.total-obligations"), t("col.done-share")),
                      [(registry.name(s.unit), *(str(s.counts[st]) for st in STATES),
                        str(s.total), t("word.percent",
                                        value=i18n.format_number(lang, round(s.done_share))))
                       for s in sorted(by_name, key=lambda s: -s.overdue)],
                      ("---", *("---:" for _ in STATES), "---:", "---:"))
    else:
        out.append(none[0])
    out += ["", f"*{t('report.generated')}*", ""]
    return out
