"""`cchc calendar`: the deadlines still open as of a day, as an iCalendar (RFC 5545) file.

Two pure steps. `cchc.compute.calendar.open_occurrences` works out what the calendar holds,
over the same rules as `cchc.compute.obligations` (and its `first_done`), so the two never
disagree:

- One entry per accountable unit and per deadline still open as of `as_of`: a one-off or
  ongoing task whose unit's latest record (dated on or before `as_of`) is not `done`, and
  every occurrence of a recurring task within the plan period that no `done` record of the
  unit satisfies. Overdue entries are open and stay in; done ones are left out. A unit with
  `until` owes nothing due after that day.
- Every open occurrence is kept, past and future alike, as docs/format.md, "Generated files",
  says: a daily task for a year is one entry per open day. Keeping only the overdue ones and
  the next occurrence would make a shorter file, but a clerk who imports it would not see
  next month's deadlines, and the calendar would say less than `cchc overdue` plus the plan
  does.
- Entries sort by due date, plan, natural task order, then unit.

`calendar` renders them with the icalendar library: one all-day VEVENT per entry (DTSTART the
due date, DTEND the day after), a stable UID, DTSTAMP and SEQUENCE taken from the as-of date
(never the clock), and every word from the message catalogue. The
same entries, language and as-of date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc import __version__, i18n
from cchc.compute.calendar import Occurrence
from cchc.model.deadlines import period_key
from cchc.model.domain import Task
from cchc.model.registry import Registry
from cchc.model.repository import Repository
from cchc.render.output import Chunks, Renderer, View
from cchc.render.safe import clip

if TYPE_CHECKING:
    from icalendar import Event

_ONE_DAY = dt.timedelta(days=1)
# An event's notes quote at most this much of the task's wording; the whole is in the plan.
WORDING_WIDTH = 500


def uid(plan: str, task: str, unit: str, due: dt.date) -> str:
    """A UID that depends only on what the event stands for, so a re-import updates it.

    The state, the wording and the as-of date are left out on purpose: they change from one
    month to the next while the deadline stays the same event.
    """
    key = "\x1f".join((plan, task, unit, due.isoformat()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@cchc"


def _title(task: Task) -> str:
    """The task's title, else the first line of its wording."""
    if task.title:
        return task.title
    wording = (task.text or "").strip()
    return wording.splitlines()[0] if wording else ""


def _period_suffix(e: Occurrence, lang: str) -> str:
    """The named period of a recurring occurrence (`tháng 3/2023`), shown in the summary."""
    freq = e.task.due.frequency
    if e.kind != "recurring" or freq is None or freq == "daily":
        return ""  # a day's date is the event's own date; an RRULE period has no name
    if freq == "weekly":
        iso = e.due.isocalendar()
        return i18n.t(lang, "calendar.week", week=iso.week, year=iso.year)
    if freq == "half-yearly":
        return i18n.format_period(lang, f"{e.due.year}-H{(e.due.month - 1) // 6 + 1}")
    return i18n.format_period(lang, period_key(freq, e.due))


def summary(e: Occurrence, registry: Registry, lang: str) -> str:
    """`[188/KH-UBND] 1.2.7-nhac-nho — Phòng Nội vụ: Nhắc nhở ... (tháng 3/2023)`."""
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    title = _title(e.task)
    text = t("calendar.summary" if title else "calendar.summary-untitled", number=e.number,
             task=e.task.id, unit=registry.name(e.unit), title=title)
    suffix = _period_suffix(e, lang)
    return t("calendar.summary-period", summary=text, period=suffix) if suffix else text


def description(e: Occurrence, registry: Registry, lang: str, as_of: dt.date,
                plan_title: str, incomplete: bool) -> str:
    """The event's notes: the plan, the task and its wording, the deadline, the state."""
    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    def day(d: dt.date) -> str:
        return i18n.format_date(lang, d)

    title = _title(e.task)
    lines = [t("calendar.desc-plan", number=e.number, title=plan_title),
             t("calendar.desc-task", task=e.task.id, title=title)]
    if e.task.text and e.task.text.strip() != title:
        # every occurrence of every unit carries it: a daily task's wording of 10,000
        # characters would be written hundreds of thousands of times
        lines.append(clip(e.task.text.strip(), WORDING_WIDTH))
    lines.append(t("calendar.desc-unit", unit=registry.name(e.unit)))
    lines.append(t("calendar.desc-deadline", written=e.task.due.written))
    if e.kind == "recurring":
        lines.append(t("calendar.desc-occurrence", start=day(e.span.start), end=day(e.due)))
    days = (as_of - e.due).days
    if days > 0:
        lines.append(t("calendar.desc-overdue", date=day(as_of), days=days))
    elif days == 0:
        lines.append(t("calendar.desc-due-today", date=day(as_of)))
    else:
        lines.append(t("calendar.desc-due-in", date=day(as_of), days=-days))
    if incomplete:
        lines.append(t("cli.incomplete-note"))
    return "\n".join(lines)


def calendar(entries: Sequence[Occurrence], repo: Repository, registry: Registry, lang: str,
             as_of: dt.date, *, locality: str, plans: Sequence[str], unit: str | None = None,
             incomplete: bool = False) -> bytes:
    """The iCalendar file of `entries` (already sorted), as bytes with CRLF line ends.

    `plans` are the handles the calendar covers (named in X-WR-CALNAME); `unit` is the
    `--unit` filter, named there too.
    """
    return b"".join(calendar_chunks(entries, repo, registry, lang, as_of, locality=locality,
                                    plans=plans, unit=unit, incomplete=incomplete))


def calendar_chunks(entries: Sequence[Occurrence], repo: Repository, registry: Registry,
                    lang: str, as_of: dt.date, *, locality: str, plans: Sequence[str],
                    unit: str | None = None, incomplete: bool = False) -> Iterator[bytes]:
    """The same file as `calendar`, as it goes: the calendar's header, then each event's
    lines, built one at a time (a calendar object holding every event took more than 1.8 GB
    for 1,000 units and a daily task), then its end. A writer can send each chunk on."""
    from icalendar import Calendar

    def t(key: str, **kw: object) -> str:
        return i18n.t(lang, key, **kw)

    numbers = ", ".join(repo.plans[h].plan.number or h for h in sorted(plans))
    name = t("calendar.name", locality=locality, plans=numbers)
    if unit is not None:
        name = t("calendar.name-unit", name=name, unit=registry.name(unit))

    cal = Calendar()
    cal.add("prodid", f"-//cchc//cchc {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    caldesc = t("calendar.caldesc", date=i18n.format_date(lang, as_of), count=len(entries))
    if incomplete:
        caldesc += " " + t("cli.incomplete-note")
    cal.add("x-wr-caldesc", caldesc)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    # The calendar without events is its header and its last line; events go between.
    head = bytes(cal.to_ical())
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    yield head[:-len(end)]
    titles = {h: pd.plan.title or "" for h, pd in repo.plans.items()}
    for e, series in daily_series(entries):
        start = repo.plans[e.plan].plan.span.start
        yield bytes(event(e, registry, lang, as_of, titles[e.plan], incomplete, series,
                          start).to_ical())
    yield end


def event(e: Occurrence, registry: Registry, lang: str, as_of: dt.date, plan_title: str,
          incomplete: bool,
          series: tuple[dt.date, tuple[dt.date, ...]] | None = None,
          plan_start: dt.date | None = None) -> Event:
    """One all-day VEVENT for one open occurrence of one unit; with `series` (the last open
    day, the days done before it), the daily duty's one recurring event."""
    from icalendar import Event

    # DTSTAMP is required by RFC 5545 and is "when this object was created". The wall clock
    # would make two runs over the same data differ; the as-of date is the moment the data
    # describes, and it moves forward with each monthly run, so clients that keep the event
    # with the later DTSTAMP (Outlook) take a re-import as the newer version.
    stamp = dt.datetime(as_of.year, as_of.month, as_of.day, tzinfo=dt.UTC)
    # Clients (Google Calendar above all) take an event with a known UID as an update only
    # when its SEQUENCE has grown. The as-of date written as a number (20230331) grows with
    # every later run and is the same for two runs of the same day.
    sequence = as_of.year * 10000 + as_of.month * 100 + as_of.day
    vevent = Event()
    if series is None:
        vevent.add("uid", uid(e.plan, e.task.id, e.unit, e.due))
    else:  # one event for the whole duty: the same UID whatever days are still open
        vevent.add("uid", uid(e.plan, e.task.id + "#daily", e.unit, plan_start or e.due))
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", sequence)
    vevent.add("dtstart", e.due)
    vevent.add("dtend", e.due + _ONE_DAY)
    if series is not None:
        last, skipped = series
        vevent.add("rrule", {"freq": "daily", "until": last})
        if skipped:
            vevent.add("exdate", list(skipped))
    vevent.add("summary", summary(e, registry, lang))
    vevent.add("description", description(e, registry, lang, as_of, plan_title, incomplete))
    vevent.add("categories", [i18n.t(lang, "calendar.category")])
    # A deadline does not make anyone busy: keep free/busy lookups clear.
    vevent.add("transp", "TRANSPARENT")
    return vevent


def daily_series(entries: Sequence[Occurrence]
                 ) -> Iterator[tuple[Occurrence, tuple[dt.date, tuple[dt.date, ...]] | None]]:
    """The entries as events, as they are read: a daily duty's open days for one unit become
    one recurring event (its first open day, repeated daily until its last, the days done in
    between excepted), not one event a day; every other entry stays one event. The rest of
    the entries is looked through only when a daily duty is met."""
    seen: set[tuple[str, str, str]] = set()
    for i, e in enumerate(entries):
        if not (e.kind == "recurring" and e.task.due.frequency == "daily"):
            yield e, None
            continue
        key = (e.plan, e.task.id, e.unit)
        if key in seen:
            continue
        seen.add(key)
        present = {o.due for o in entries[i:] if (o.plan, o.task.id, o.unit) == key}
        first, last = e.due, max(present)
        skipped = tuple(first + dt.timedelta(days=k) for k in range((last - first).days + 1)
                        if first + dt.timedelta(days=k) not in present)
        yield e, (last, skipped)


@dataclass(frozen=True)
class Agenda:
    """What a calendar shows: the open occurrences (sorted), of which plans, from which
    repository (for the plans' numbers and titles)."""

    entries: Sequence[Occurrence]
    repo: Repository
    plans: Sequence[str]


def ics(agenda: Agenda, view: View) -> Chunks:
    return Chunks(calendar_chunks(agenda.entries, agenda.repo, view.registry, view.lang,
                                  view.as_of, locality=view.locality, plans=agenda.plans,
                                  unit=view.unit, incomplete=view.incomplete))


FORMATS: dict[str, Renderer[Agenda]] = {"ics": ics}
