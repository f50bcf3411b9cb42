"""`cchc remind --format docx`: each reminder letter (công văn đôn đốc) as a Word document.

The same letter as `cchc.render.letter` writes in Markdown (the same `Owed` and `Context`),
laid out as Decree 30/2020/NĐ-CP Appendix I has a công văn (`cchc.render.decree30`): the
number under the issuer ("Số: …/PNV") and the subject under it ("V/v …", box 5b), no
document type line, "Kính gửi:" above the body, then "Nơi nhận: - Như trên; … - Lưu: VT, …."
beside the signature.

Pure: the same inputs give the same bytes.
"""

from __future__ import annotations

from cchc import i18n
from cchc.model.domain import Letterhead
from cchc.render import decree30 as d30
from cchc.render.letter import Context, Owed, _about
from cchc.render.sender import archive, head, sender


def letter_docx(w: Owed, ctx: Context, settings: Letterhead | None) -> bytes:
    """The reminder to one unit, as the bytes of a .docx file."""
    t = ctx.t
    unit = ctx.registry.name(w.unit)
    plan = ctx.pd.plan
    who = sender(settings, ctx.pd, ctx.registry, ctx.locality, ctx.lang)
    recipients = (t("doc.as-above"), *(t("doc.copy", name=c) for c in who.copy_to),
                  archive(who, ctx.lang))
    h = head(who, ctx.lang, ctx.as_of, number_key="doc.number-letter", recipients=recipients,
             subject_line=t("remind.subject", number=ctx.number))
    doc = d30.new_document()
    d30.letterhead(doc, h)
    d30.line(doc, "", d30.SIZES["body"], after=6)
    d30.line(doc, t("doc.to", unit=unit), d30.SIZES["body"], after=12)
    if ctx.incomplete:
        d30.body(doc, t("doc.incomplete"), bold=True)
    issued = t("remind.issued", date=ctx.day(plan.issued)) if plan.issued else ""
    about = t("remind.about", title=_about(plan.title)) if plan.title else ""
    d30.body(doc, t("remind.body", number=ctx.number, issued=issued, issuer=ctx.issuer,
                    about=about, sender=who.office, date=ctx.day(ctx.as_of), unit=unit))
    if ctx.ended:
        d30.body(doc, ctx.ended_note())
    titles = ctx.titles()
    n = 0
    if w.overdue:
        n += 1
        d30.body(doc, _plain(t("remind.overdue-heading", n=n, count=len(w.overdue))),
                 bold=True, keep_next=True)
        d30.table(doc, (t("remind.col-task"), t("remind.col-title"), t("remind.col-due"),
                        ctx.days_late_heading(), t("remind.col-occurrences")),
                  [(o.task, titles.get(o.task, ""),
                    i18n.format_date_short(ctx.lang, o.due) if o.due else "",
                    str(ctx.days_late(o)), str(o.occurrences)) for o in w.overdue],
                  (1.4, 5.0, 1.7, 1.4, 1.2) if not ctx.ended else (1.4, 4.3, 1.7, 2.1, 1.2),
                  (False, False, False, True, True))
        d30.body(doc, "")
    if w.due_soon:
        n += 1
        d30.body(doc, _plain(t("remind.due-soon-heading", n=n, count=len(w.due_soon),
                               days=ctx.due_soon_days)), bold=True, keep_next=True)
        d30.table(doc, (t("remind.col-task"), t("remind.col-title"), t("remind.col-due"),
                        t("remind.col-days-left")),
                  [(o.task, titles.get(o.task, ""),
                    i18n.format_date_short(ctx.lang, o.due) if o.due else "",
                    str((o.due - ctx.as_of).days) if o.due else "") for o in w.due_soon],
                  (1.4, 5.4, 1.7, 1.4), (False, False, False, True))
        d30.body(doc, "")
    if w.missing:
        n += 1
        names = ctx.indicator_names()
        d30.body(doc, _plain(t("remind.missing-heading", n=n, count=len(w.missing))),
                 bold=True, keep_next=True)
        d30.table(doc, (t("remind.col-indicator"), t("remind.col-period"),
                        t("remind.col-target")),
                  [(names.get(g.indicator, g.indicator),
                    i18n.format_period(ctx.lang, g.period), g.target) for g in w.missing],
                  (5, 2, 2), (False, False, False))
        d30.body(doc, "")
    d30.body(doc, t("remind.closing", unit=unit, sender=who.office, issuer=ctx.issuer))
    d30.signature(doc, h)
    return d30.finish(doc, ctx.as_of, t("remind.subject", number=ctx.number), "cchc")


def _plain(markdown: str) -> str:
    """A catalogue line written for Markdown, without its emphasis marks."""
    return markdown.replace("**", "")
