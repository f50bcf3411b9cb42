"""The Markdown status report (docs/format.md, "The report"): pure, deterministic, in one language.

Same status, language and locality give the same bytes: everything is sorted, nothing reads
the clock, and every word comes from the catalogue. Tables are GitHub-flavoured Markdown; the
summary carries a Mermaid pie chart, which GitHub and GitLab draw in their web views.
"""

from __future__ import annotations

import datetime as dt

from cchc import i18n
from cchc.compute.obligations import STATES, Obligation
from cchc.compute.summary import PlanStatus, Summary
from cchc.model.registry import Registry
from cchc.render import gaps as gaps_render
from cchc.render import safe
from cchc.render.markdown import table as _table
from cchc.render.output import Renderer, View

# A title repeats in every row of an obligation: rows show at most this much of it.
TITLE_WIDTH = 120


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + safe.markdown(text, heading=True)


def report(status: Summary, view: View) -> str:
    """The report as Markdown (docs/format.md, "The report")."""
    lines: list[str] = []
    for p in status.plans:
        lines += _plan(p, status, view.registry, view.lang, view.locality, view.due_soon_days,
                       view.stale_after_days)
    return "\n".join(lines).rstrip("\n") + "\n"


def _docx(status: Summary, view: View) -> bytes:
    from cchc.render.docx_report import report_docx

    return report_docx(status, view)


FORMATS: dict[str, Renderer[Summary]] = {"markdown": report, "docx": _docx}


def _plan(p: PlanStatus, status: Summary, registry: Registry, lang: str, locality: str,
          due_soon_days: int, stale_days: int) -> list[str]:
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: dt.date | None) -> str:
        return i18n.format_date(lang, d) if d else t("word.never")

    plan = p.data.plan
    titles = {tk.value.id: safe.clip(tk.value.title or "", TITLE_WIDTH) for tk in p.data.tasks}
    none = [t("word.none"), ""]
    out = [_heading(1, t("report.title", number=plan.number or p.plan)), ""]
    out += _table(("", ""), [
        (t("report.locality"), locality),
        (t("report.plan"), f"{plan.number or p.plan}: {plan.title or ''}".strip(": ")),
        (t("report.period"), t("report.period-range", start=day(plan.span.start),
                               end=day(plan.span.end))),
        (t("report.as-of"), day(status.as_of)),
    ])
    out.append("")
    if status.incomplete:
        out += [t("report.incomplete"), ""]

    out += [f"## {t('report.summary')}", ""]
    out += _table((t("col.state"), t("col.count")),
                  [(t("state." + s), str(p.counts[s])) for s in STATES], ("---", "---:"))
    out += ["", t("report.obligation-note"), ""]
    shown = [(s, p.counts[s]) for s in STATES if p.counts[s]]
    if shown:
        out += ["```mermaid", f"pie showData title {t('report.chart-title')}"]
        out += [f'    "{t("state." + s)}" : {n}' for s, n in shown]
        out += ["```", ""]

    out += [f"## {t('report.overdue')} ({len(p.overdue)})", ""]
    by_unit: dict[str, list[Obligation]] = {}
    for o in p.overdue:
        by_unit.setdefault(o.unit, []).append(o)
    if not by_unit:
        out += [none[0], ""]
    for unit in sorted(by_unit, key=lambda u: (-len(by_unit[u]), registry.name(u), u)):
        rows = by_unit[unit]
        out += [_heading(3, f"{registry.name(unit)} ({len(rows)})"), ""]
        out += _table((t("col.task"), t("col.title"), t("col.due"), t("col.days-overdue"),
                       t("col.occurrences"), t("col.status")),
                      [(o.task, titles.get(o.task, ""), day(o.due), str(o.days_overdue),
                        str(o.occurrences), t("status." + o.status)) for o in rows],
                      ("---", "---", "---", "---:", "---:", "---"))
        out.append("")

    out += [f"## {t('report.due-soon', days=due_soon_days)} ({len(p.due_soon)})", ""]
    if p.due_soon:
        out += _table((t("col.due"), t("col.task"), t("col.title"), t("col.unit"),
                       t("col.days-left")),
                      [(day(o.due), o.task, titles.get(o.task, ""), registry.name(o.unit),
                        t("word.days", days=(o.due - status.as_of).days) if o.due else "")
                       for o in p.due_soon])
    else:
        out.append(none[0])
    out.append("")

    out += [f"## {t('report.stale', days=stale_days)} ({len(p.stale)})", ""]
    if p.stale:
        out += _table((t("col.task"), t("col.title"), t("col.unit"), t("col.last-record")),
                      [(o.task, titles.get(o.task, ""), registry.name(o.unit),
                        day(o.last_record)) for o in p.stale])
    else:
        out.append(none[0])
    out.append("")

    out += [f"## {t('report.indicators')} ({len(p.gaps)})", ""]
    if p.gaps:
        names = {(p.plan, i.value.id): i.value.name or i.value.id for i in p.data.indicators}
        out += _table(gaps_render.columns(lang),
                      [gaps_render.cells(g, registry, lang, names) for g in p.gaps],
                      ("---", "---", "---", "---", "---:", "---:", "---", "---:", ":---:"))
    else:
        out.append(none[0])
    out.append("")

    out += [f"## {t('report.scorecard')}", ""]
    if p.scorecard:
        out += _table((t("col.unit"), *(t("state." + s) for s in STATES), t("col.total"),
                       t("col.done-share")),
                      [(registry.name(s.unit), *(str(s.counts[st]) for st in STATES),
                        str(s.total), t("word.percent",
                                        value=i18n.format_number(lang, round(s.done_share))))
                       for s in sorted(p.scorecard, key=lambda s: (-s.overdue,
                                                                   registry.name(s.unit),
                                                                   s.unit))],
                      ("---", *("---:" for _ in STATES), "---:", "---:"))
    else:
        out.append(none[0])
    out += ["", f"*{t('report.generated')}*", ""]
    return out
