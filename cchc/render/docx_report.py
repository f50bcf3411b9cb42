"""`cchc report --format docx`: the periodic report (báo cáo) as a Word document.

The content is the Markdown report's (`cchc.render.report`): summary by state, overdue by
unit, due soon, stale, blocked, indicators with gap and trend, the per-unit scorecard, as
real Word tables. For a plan whose period has ended: its final account first (done on time,
done late, never done, the indicators at the last period), days overdue counted to its last
day, and no "due soon" or "stale", as in the Markdown report. The layout is Decree
30/2020/NĐ-CP Appendix I (`cchc.render.decree30`), the sender from `cchc.yaml`'s
`letterhead` or the plan (`cchc.render.sender`). One document per run: with several plans,
each plan is a part of it under its own subject line.

Pure: the same status, settings, language and day give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from docx.document import Document as DocumentObject

from cchc import i18n
from cchc.compute.obligations import STATES, Obligation
from cchc.compute.summary import PlanStatus, Summary
from cchc.i18n.collate import sort_key
from cchc.render import decree30 as d30
from cchc.render import gaps as gaps_render
from cchc.render.letter import _about
from cchc.render.output import View
from cchc.render.sender import archive, head, sender


def report_docx(status: Summary, view: View) -> bytes:
    """The report of every plan of `status`, as the bytes of a .docx file."""
    registry, lang, locality = view.registry, view.lang, view.locality
    doc = d30.new_document()
    first = status.plans[0] if status.plans else None
    if first is None:
        who = None
    else:
        who = sender(view.letterhead, first.data, registry, locality, lang)
    if who is not None and first is not None:
        issuer = first.data.plan.issuer or locality
        recipients = (i18n.t(lang, "doc.report-to", issuer=issuer),
                      *(i18n.t(lang, "doc.copy", name=c) for c in who.copy_to),
                      archive(who, lang))
        h = head(who, lang, status.as_of, number_key="doc.number-report",
                 recipients=recipients)
        d30.letterhead(doc, h)
    for p in status.plans:
        _plan(doc, p, status, view)
    if who is not None:
        d30.signature(doc, h)
    subject = (i18n.t(lang, "doc.report-subject", number=first.data.plan.number or first.plan)
               if first else i18n.t(lang, "doc.report-kind"))
    return d30.finish(doc, status.as_of, subject, "cchc")


def _plan(doc: DocumentObject, p: PlanStatus, status: Summary, view: View) -> None:
    registry, lang, locality = view.registry, view.lang, view.locality

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: dt.date | None) -> str:
        return i18n.format_date_short(lang, d) if d else t("word.never")

    plan = p.data.plan
    number = plan.number or p.plan
    who = sender(view.letterhead, p.data, registry, locality, lang)
    d30.title(doc, t("doc.report-kind"), t("doc.report-subject", number=number))
    if status.incomplete:
        d30.body(doc, t("doc.incomplete"), bold=True)
    issued = t("remind.issued", date=i18n.format_date(lang, plan.issued)) if plan.issued else ""
    about = t("remind.about", title=_about(plan.title)) if plan.title else ""
    d30.body(doc, t("doc.report-intro", number=number, issued=issued,
                    issuer=plan.issuer or locality, about=about, office=who.office,
                    date=i18n.format_date(lang, status.as_of)))
    titles = {tk.value.id: tk.value.title or "" for tk in p.data.tasks}
    total = sum(p.counts.values())
    final = p.final
    if final is None:
        d30.body(doc, t("doc.report-counts", total=total,
                        done=p.counts["done"] + p.counts["done-late"],
                        overdue=p.counts["overdue"]))
    else:
        d30.body(doc, t("doc.report-final", date=i18n.format_date(lang, final.end),
                        total=final.total, done=final.done, late=final.done_late,
                        not_done=final.not_done))
    n = 0

    def section(title: str) -> None:
        nonlocal n
        n += 1
        d30.heading(doc, t("doc.section", n=n, title=title))

    if final is not None:
        section(t("report.final"))
        d30.table(doc, (t("col.state"), t("col.count")),
                  [(t("final.done"), str(final.done)),
                   (t("final.done-late"), str(final.done_late)),
                   (t("final.not-done"), str(final.not_done)),
                   (t("final.total"), str(final.total))],
                  (3, 1), (False, True))
        d30.body(doc, t("final.indicators", met=final.indicators_met,
                        unmet=final.indicators_unmet, missing=final.indicators_missing))

    section(t("report.summary"))
    d30.table(doc, (t("col.state"), t("col.count")),
              [(t("state." + s), str(p.counts[s])) for s in STATES], (3, 1), (False, True))
    d30.body(doc, t("report.obligation-note"), italic=True)

    late_title = t("report.not-done") if final is not None else t("report.overdue")
    section(f"{late_title} ({len(p.overdue)})")
    by_unit: dict[str, list[Obligation]] = {}
    for o in p.overdue:
        by_unit.setdefault(o.unit, []).append(o)
    if not by_unit:
        d30.body(doc, t("word.none"))
    for unit in sorted(by_unit, key=lambda u: (-len(by_unit[u]), sort_key(registry.name(u)), u)):
        rows = by_unit[unit]
        d30.body(doc, t("doc.unit-heading", unit=registry.name(unit), count=len(rows)),
                 italic=True, keep_next=True)
        d30.table(doc, (t("col.task"), t("col.title"), t("col.due"),
                        t("col.days-overdue-end") if final is not None
                        else t("col.days-overdue"),
                        t("col.occurrences"), t("col.status")),
                  [(o.task, titles.get(o.task, ""), day(o.due), str(p.days_late(o.due)),
                    str(o.occurrences), t("status." + o.status)) for o in rows],
                  # the longer heading of an ended plan's days gets a wider column
                  (1.4, 4.8, 1.7, 1.4, 1.0, 1.7) if final is None else
                  (1.4, 4.1, 1.7, 2.1, 1.0, 1.7), (False, False, False, True, True, False))
        d30.body(doc, "")

    if final is None:  # once the plan has ended nothing falls due and nothing goes stale
        _ongoing(doc, p, status, view, titles, section)

    section(f"{t('report.blocked')} ({len(p.blocked)})")
    if p.blocked:
        d30.table(doc, (t("col.task"), t("col.title"), t("col.unit"), t("col.since"),
                        t("col.note")),
                  [(b.task, titles.get(b.task, ""), registry.name(b.unit), day(b.since),
                    b.note or "") for b in p.blocked],
                  (1.4, 3.8, 2.6, 1.7, 2.5), (False, False, False, False, False))
    else:
        d30.body(doc, t("word.none"))

    section(f"{t('report.indicators')} ({len(p.gaps)})")
    if p.gaps:
        names = {(p.plan, i.value.id): i.value.name or i.value.id for i in p.data.indicators}
        d30.table(doc, gaps_render.columns(lang),
                  [gaps_render.cells(g, registry, lang, names) for g in p.gaps],
                  (3, 2.6, 1.5, 1.2, 1.2, 1.1, 1.2, 1.1, 1.5),
                  (False, False, False, False, True, True, False, True, False), size=10)
    else:
        d30.body(doc, t("word.none"))

    section(t("report.scorecard"))
    if p.scorecard:
        ordered = sorted(p.scorecard, key=lambda s: (-s.overdue, sort_key(registry.name(s.unit)),
                                                     s.unit))
        d30.table(doc, (t("col.unit"), *(t("state." + s) for s in STATES), t("col.total"),
                        t("col.done-share")),
                  [(registry.name(s.unit), *(str(s.counts[st]) for st in STATES), str(s.total),
                    t("word.percent", value=i18n.format_number(lang, round(s.done_share))))
                   for s in ordered],
                  (3.2, *(1.0 for _ in STATES), 1.0, 1.3), (False, *(True for _ in STATES),
                                                           True, True), size=9)
    else:
        d30.body(doc, t("word.none"))
    d30.body(doc, "")
    d30.body(doc, t("doc.report-closing", number=number, office=who.office,
                    date=i18n.format_date(lang, status.as_of)))


def _ongoing(doc: DocumentObject, p: PlanStatus, status: Summary, view: View,
             titles: dict[str, str], section: Callable[[str], None]) -> None:
    """What falls due soon and what went stale: the sections of a plan still running."""
    registry, lang = view.registry, view.lang

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: dt.date | None) -> str:
        return i18n.format_date_short(lang, d) if d else t("word.never")

    section(f"{t('report.due-soon', days=view.due_soon_days)} ({len(p.due_soon)})")
    if p.due_soon:
        d30.table(doc, (t("col.due"), t("col.task"), t("col.title"), t("col.unit"),
                        t("col.days-left")),
                  [(day(o.due), o.task, titles.get(o.task, ""), registry.name(o.unit),
                    str((o.due - status.as_of).days) if o.due else "") for o in p.due_soon],
                  (1.7, 1.4, 4.3, 3, 1.1), (False, False, False, False, True))
    else:
        d30.body(doc, t("word.none"))

    section(f"{t('report.stale', days=view.stale_after_days)} ({len(p.stale)})")
    if p.stale:
        d30.table(doc, (t("col.task"), t("col.title"), t("col.unit"), t("col.last-record")),
                  [(o.task, titles.get(o.task, ""), registry.name(o.unit), day(o.last_record))
                   for o in p.stale], (1.4, 4.8, 3, 1.8), (False, False, False, False))
    else:
        d30.body(doc, t("word.none"))
