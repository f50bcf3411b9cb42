"""What a write did, in the clerk's words, and what in it looks wrong though it is valid.

After `cchc update` or `cchc measure` has written its file, the command prints the resulting
state of that obligation or reading as the dashboard shows it ("1.1.3 — UBND Phường 2:
hoàn thành đúng hạn"; "hai-long — UBND Phường 1, tháng 3/2023: 96,2% (đạt, chỉ tiêu > 95%)"),
and before it the warnings: a valid entry may still be a slip of the keyboard. Every
function is pure: it takes the repository as loaded after the write, and returns text or
catalogue messages.
"""

from __future__ import annotations

import datetime as dt

from cchc import i18n
from cchc.compute.gaps import gaps
from cchc.compute.obligations import Obligation, obligations
from cchc.model.deadlines import Span
from cchc.model.domain import Indicator
from cchc.model.registry import Registry
from cchc.model.repository import PlanData, Repository

Message = tuple[str, dict[str, object]]  # a catalogue key and its placeholders


def record_warnings(pd: PlanData, date: dt.date, period: Span | None, as_of: dt.date,
                    lang: str) -> list[Message]:
    """A record dated after the as-of date or outside the plan; a period outside the plan."""
    span = pd.plan.span
    out: list[Message] = []

    def day(d: dt.date) -> str:
        return i18n.format_date(lang, d)

    if date > as_of:
        out.append(("warn.after-as-of", {"date": day(date), "as_of": day(as_of)}))
    if date < span.start:
        out.append(("warn.before-plan", {"date": day(date), "start": day(span.start)}))
    elif date > span.end:
        out.append(("warn.after-plan", {"date": day(date), "end": day(span.end)}))
    if period is not None and not period.overlaps(span):
        out.append(("warn.period-outside", {"start": day(span.start), "end": day(span.end)}))
    return out


def reading_warnings(pd: PlanData, indicator: Indicator | None, value: float, period: Span,
                     lang: str) -> list[Message]:
    """A period outside the plan; a percentage above 100 or below 0; a count with a fraction."""
    span = pd.plan.span
    out: list[Message] = []
    if not period.overlaps(span):
        out.append(("warn.period-outside", {"start": i18n.format_date(lang, span.start),
                                            "end": i18n.format_date(lang, span.end)}))
    if indicator is None:
        return out
    target = indicator.target
    shown = i18n.format_number(lang, value)
    if target.percent and not 0 <= value <= 100:
        out.append(("warn.percent-range", {"value": shown}))
    if not target.percent and float(target.number).is_integer() and not value.is_integer():
        out.append(("warn.count-fraction", {"value": shown, "target": target.written}))
    return out


def _state(o: Obligation, lang: str) -> str:
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    due = i18n.format_date(lang, o.due) if o.due else ""
    if o.state == "done":
        text = t("outcome.done")
    elif o.state == "done-late":
        text = t("outcome.done-late", days=o.days_late)
    elif o.state == "overdue" and o.occurrences > 1:
        text = t("outcome.overdue-many", count=o.occurrences, due=due, days=o.days_overdue)
    elif o.state == "overdue":
        text = t("outcome.overdue", due=due, days=o.days_overdue)
    elif o.state == "due-soon":
        text = t("outcome.due-soon", due=due)
    else:
        text = t("state." + o.state)
    if o.kind == "recurring" and o.state not in ("done", "done-late"):
        text += t("outcome.progress", done=o.done_occurrences, total=o.total_occurrences)
    return text


def record_outcome(repo: Repository, registry: Registry, plan: str, task: str, unit: str,
                   as_of: dt.date, lang: str) -> str:
    """The state of (task, unit) as the dashboard shows it, after the record was written."""
    found = [o for o in obligations(repo, registry, as_of, plan=plan, unit=unit)
             if o.task == task and o.unit == unit]
    name = registry.name(unit)
    if not found:  # a supporting unit, or a unit that owes nothing (yet)
        return i18n.t(lang, "outcome.support", task=task, unit=name)
    return i18n.t(lang, "outcome.record", task=task, unit=name, state=_state(found[0], lang))


def reading_outcome(repo: Repository, registry: Registry, plan: str, indicator: str,
                    unit: str | None, period: str, as_of: dt.date, lang: str) -> str:
    """The reading against its target, as the gaps table shows it."""
    rows = [g for g in gaps(repo, registry, as_of, plan=plan, period=period)
            if g.indicator == indicator and g.unit == unit]
    where = registry.name(unit) if unit else i18n.t(lang, "word.locality")
    if not rows or rows[0].value is None:
        return i18n.t(lang, "outcome.reading-outside", indicator=indicator, unit=where,
                      period=i18n.format_period(lang, period))
    g = rows[0]
    assert g.value is not None
    pd = repo.plans[plan]
    ind = pd.indicator(indicator)
    value = i18n.format_number(lang, g.value)
    if ind is not None and ind.target.percent:
        value = i18n.t(lang, "word.percent", value=value)
    met = i18n.t(lang, "outcome.met" if g.met else "outcome.unmet")
    return i18n.t(lang, "outcome.reading", indicator=indicator, unit=where,
                  period=i18n.format_period(lang, g.period), value=value, met=met,
                  target=g.target)
