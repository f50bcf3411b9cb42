"""The rows of the site's tables in one language: plain tuples, each value shown as it is.

The big tables (a unit's obligations, a task's units, a task's records) have tens of
thousands of rows in a province, so their rows are tuples that the templates unpack
(`{% for a, b in rows %}`), with every repeated string (a state, a date, a unit's link)
made once per language, and the links of units and tasks rendered once per plan by
`templates/site/_fragments.html.j2` (escaped there; the page inserts the fragment). A row
then costs a few escaped values, whatever its page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import NamedTuple, TypeVar

from markupsafe import Markup, escape

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.compute.obligations import STATES, Obligation
from cchc.model.rows import RecordRow
from cchc.render.site.index import LANGUAGES, PlanIndex


class Catalogue(dict[str, str]):
    """The sentences of one language without placeholders, looked up once each: templates
    write `t['col.unit']` (an item, cheaper for Jinja than a call on every page)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, key: str) -> str:
        found = self[key] = i18n.t(self.lang, key)
        return found


class _Numbers(dict[float | None, str]):
    """Numbers as a language writes them, each worked out when first asked (None: "")."""

    def __init__(self, lang: str) -> None:
        super().__init__({None: ""})
        self.lang = lang

    def __missing__(self, x: float | None) -> str:
        found = self[x] = i18n.format_number(self.lang, x) if x is not None else ""
        return found


K = TypeVar("K")


class _Escaped(dict[K, Markup]):
    """Values as a page shows them, each made and escaped when first asked, then looked up
    (`shown[x]`: a dict's lookup, not a call of Python, for each of a page's many rows)."""

    def __init__(self, make: Callable[[K], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> Markup:
        found = self[key] = escape(self.make(key))
        return found


class Words:
    """The catalogue, dates and numbers of one language, for templates."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.other = [x for x in LANGUAGES if x != lang]
        self.words = Catalogue(lang)
        # counts and days repeat (thousands of 0s and 1s): each shown once, then looked up
        self.num: Callable[[float | None], str] = _Numbers(lang).__getitem__
        self._dates: dict[dt.date, str] = {}
        self._days: dict[dt.date, str] = {}
        self._count_rows: dict[tuple[str, int], Markup] = {}  # (state, count) -> its row

    def t(self, key: str, **kw: object) -> str:
        return i18n.t(self.lang, key, **kw) if kw else self.words[key]

    def date(self, d: dt.date | None) -> str:
        if not d:
            return self.words["word.never"]
        found = self._dates.get(d)
        if found is None:
            found = self._dates[d] = i18n.format_date(self.lang, d)
        return found

    def day(self, d: dt.date | None) -> str:
        if not d:
            return "—"
        found = self._days.get(d)
        if found is None:
            found = self._days[d] = i18n.format_date_short(self.lang, d)
        return found

    def period(self, label: str) -> str:
        return i18n.format_period(self.lang, label)

    def count_rows(self, counts: dict[str, int], row: Callable[..., Markup]
                   ) -> tuple[Markup, int, str]:
        """A table of counts by state: its rows in the order of STATES, each made by `row`
        (state, state shown, count, count shown) once per state and count in this language
        (a province's thousand units and tasks share them), the total and the total
        shown."""
        num, words, made = self.num, self.words, self._count_rows
        rows: list[str] = []
        for s in STATES:
            count = counts[s]
            found = made.get((s, count))
            if found is None:
                found = made[s, count] = row(s, words["state." + s], count, num(count))
            rows.append(found)
        total = sum(counts.values())
        return Markup("".join(rows)), total, num(total)

    def state(self, s: str) -> str:
        return self.t("state." + s)

    def status(self, s: str) -> str:
        return self.t("status." + s)


# A unit's readings of an indicator: page, name, target, the indicator's position, and per
# period (its position, the value, met: yes, no or none)
ReadingParts = tuple[str, str, str, int, tuple[tuple[int, float | None, str], ...]]
# A unit page's obligation row is a head (state, task cells, due, days overdue) and a tail
# (occurrences done of all, last record): the few distinct of each (a task's units share its
# deadline) are made once per language, and a row is two fragments.
HeadParts = tuple[str, Markup, dt.date | None, str]
TailParts = tuple[str, dt.date | None]


# The days overdue of an ended plan's work due on its last day, which was not late on that
# day (0 days, `PlanStatus.days_late`) but never done: worded (`site.days-last-day`), not "0".
LAST_DAY = "last-day"


def _last_day(ix: PlanIndex) -> dt.date | None:
    """An ended plan's last day (None while the plan runs)."""
    return ix.p.final.end if ix.p.final is not None else None


class Links(NamedTuple):
    """What the rows of a plan show in every language, made once: links rendered for pages
    one folder below the plan's (unit/, task/, records/), the same in both languages since
    both have the same paths; and the parts of each row that no language changes."""

    unit: dict[str, Markup]  # unit -> its name, linked to its page when it has one
    task: dict[str, Markup]  # task -> the cells of its id (linked) and title
    records: dict[str, list[RecordRow]]  # task -> its records, in order
    heads: list[HeadParts]  # the distinct heads of the unit pages' rows
    tails: list[TailParts]  # the distinct tails
    obligations: list[tuple[int, int]]  # per obligation of the plan: its head and tail
    readings: dict[str, list[ReadingParts]]  # unit -> its indicators, in the plan's order
    # made when first asked, for both languages: task -> its units by state (with the days
    # overdue, or -1 for an ended plan's work due on its last day); (task, state, the days
    # shown) -> the list of those units (`unit_list`)
    task_states: dict[str, list[tuple[str, list[tuple[str, int]]]]]
    unit_lists: dict[tuple[str, str, tuple[str, ...] | None], Markup]


def links(ix: PlanIndex, unit: dict[str, Markup], task: dict[str, Markup]) -> Links:
    heads: dict[tuple[str, str, dt.date | None], int] = {}
    tails: dict[tuple[str, dt.date | None], int] = {}
    head_parts: list[HeadParts] = []
    tail_parts: list[TailParts] = []
    obligations: list[tuple[int, int]] = []
    days_late, last_day = ix.p.days_late, _last_day(ix)
    for o in ix.p.obligations:
        key = (o.state, o.task, o.due)
        h = heads.get(key)
        if h is None:
            h = heads[key] = len(head_parts)
            # digits only: plain text, which the page's `{{ }}` passes at C speed
            head_parts.append((o.state, task[o.task], o.due, "" if o.state != "overdue" else
                               LAST_DAY if o.due == last_day else str(days_late(o.due))))
        occurrences = (f"{o.done_occurrences} / {o.total_occurrences}"
                       if o.kind == "recurring" else "")
        t = tails.get((occurrences, o.last_record))
        if t is None:
            t = tails[occurrences, o.last_record] = len(tail_parts)
            tail_parts.append((occurrences, o.last_record))
        obligations.append((h, t))
    readings: dict[str, list[ReadingParts]] = defaultdict(list)
    for n, ih in enumerate(ix.indicators):
        ind = ih.indicator
        page = f"indicator/{ix.indicator_slug[ind.id]}.html"
        for u in ih.measured:
            if u is None:
                continue
            values = [pr.values.get(u) for pr in ih.periods]
            readings[u].append((page, ind.name or ind.id, ind.target.written, n, tuple(
                (k, v, "none" if v is None else "yes" if ind.target.met(v) else "no")
                for k, v in enumerate(values))))
    return Links(unit, task, ix.records_by_task, head_parts, tail_parts, obligations,
                 dict(readings), {}, {})


class ListRow(NamedTuple):
    """An obligation of the overview's short lists (overdue, due soon, stale)."""

    unit_name: str
    unit_page: str  # relative to the plan's folder
    task: str
    task_page: str
    title: str
    state: str
    status_label: str
    due: str
    days_overdue: str
    last_record: str
    days_left: str
    days_since: str
    occurrences_overdue: str


class TaskList(NamedTuple):
    """A task on the overdue, due-soon and stale pages: how many units, and since when."""

    task: str
    page: str  # the task's page, at the group of that state
    title: str
    units: str  # how many units, as shown
    n: int
    due: str  # the earliest due date among them (overdue, due soon)
    days: str  # the most days overdue (overdue) or since the last record (stale)
    last: str  # the oldest last record (stale)


class Views:
    """The rows of one plan in one language, with the few strings they repeat made once."""

    def __init__(self, w: Words, ix: PlanIndex, as_of: dt.date, links: Links,
                 obligation_head: Callable[..., Markup],
                 obligation_tail: Callable[..., Markup],
                 unit_list: Callable[..., Markup]) -> None:
        self.w, self.ix, self.as_of, self.links = w, ix, as_of, links
        self.obligation_head, self.obligation_tail = obligation_head, obligation_tail
        self.unit_list = unit_list
        # the distinct heads and tails of the unit pages' rows, made when first asked
        self._parts: tuple[list[Markup], list[Markup]] | None = None
        self._labels: list[list[str]] | None = None  # the periods of each indicator, shown
        # escaped once here (Markup), not in each of the thousands of rows that show them
        self.states: dict[str, str] = {s: escape(w.state(s)) for s in STATES}
        self.statuses: dict[str, str] = {
            s: escape(w.status(s)) for s in ("not-started", "in-progress", "blocked", "done")}
        self.days = _Escaped(w.day)
        self.periods = _Escaped(w.period)

    def forget(self) -> None:
        """Drop what was made for this language's pages (the rows' parts, the dates and
        periods shown): made again if asked for, the same, so a page reads the same bytes
        whether they were kept or not."""
        self._parts = None
        self._labels = None
        self.days.clear()
        self.periods.clear()

    def day(self, d: dt.date | None) -> str:
        return self.days[d]

    def period(self, label: str) -> str:
        return self.periods[label]

    def unit_table(self) -> list[tuple[str, str, str, tuple[str, ...], str, str]]:
        """The plan's units page, a row per unit (its id, slug, name, its count in each
        state shown, its total shown and its share done, in percent, shown; a unit with no
        obligation: zeros and no share). Made here, not by the page's loop, which would call
        back into Python a dozen times a row."""
        num = self.w.num
        shares: dict[int, str] = {}  # a share in percent -> as shown
        zeros = ("0",) * len(STATES)
        rows: list[tuple[str, str, str, tuple[str, ...], str, str]] = []
        for u in self.ix.units:
            score = self.ix.scores.get(u)
            slug, name = self.ix.unit_slug[u], self.ix.reg.name(u)
            if score is None:
                rows.append((u, slug, name, zeros, "0", ""))
                continue
            counts = score.counts
            # the share as Jinja's `round` then `int` wrote it: Python's round, to even
            percent = int(round(score.done_share, 0))
            share = shares.get(percent)
            if share is None:
                share = shares[percent] = self.w.t("word.percent", value=num(percent))
            rows.append((u, slug, name, tuple([num(counts[s]) for s in STATES]),
                         num(score.total), share))
        return rows

    def unit_rows(self, positions: list[int]) -> Markup:
        """A unit's obligations, the rows of its table. A row is a head (its state, the
        task's cells, the state shown, due, days overdue) and a tail (occurrences done of
        all, last record): the few distinct heads and tails are made once per language by
        `_fragments.html.j2`, and a unit's rows are joined from them when its page is made,
        one a line, as the template's loop wrote them. (Each obligation is on one unit's
        page: its row is made once a language either way, and not kept.)"""
        parts = self._parts
        if parts is None:
            day, head, tail = self.day, self.obligation_head, self.obligation_tail
            last = self.w.words["site.days-last-day"]
            parts = self._parts = (
                [head(state, cells, self.states[state], day(due),
                      last if days == LAST_DAY else days)
                 for state, cells, due, days in self.links.heads],
                [tail(occurrences, day(last)) for occurrences, last in self.links.tails])
        heads, tails = parts
        obligations = self.links.obligations
        pieces: list[str] = []
        add = pieces.extend
        for i in positions:
            h, t = obligations[i]
            add((heads[h], tails[t], "\n"))
        return Markup("".join(pieces))

    def task_groups(self, task: str, positions: list[int]) -> list[tuple[str, str, int,
                                                                          Markup, str]]:
        """A task's units by state (in the order of STATES; the overdue longest overdue
        first): (state, state shown, count, the list of its units linked, with the days
        overdue, and the note on those days). The lists are made once for both languages
        where they read the same (all but the days overdue, when a language writes them
        otherwise).

        Under an ended plan, work due on its last day shows the words "due on the plan's
        last day" instead of 0 days; when every overdue unit's work was due that day, the
        note says so once and the names have no days beside them."""
        groups = self.links.task_states.get(task)
        if groups is None:
            groups = self.links.task_states[task] = self._task_states(positions)
        units, lists, num, words = self.links.unit, self.links.unit_lists, self.w.num, \
            self.w.words
        out: list[tuple[str, str, int, Markup, str]] = []
        for s, found in groups:
            shown: tuple[str, ...] | None = None
            note = ""
            if s == "overdue":
                end = _last_day(self.ix)
                if end is None:
                    note = words["site.task.days-note"]
                elif all(days < 0 for _, days in found):
                    note = self.w.t("site.task.days-note-last-day", date=self.w.day(end))
                else:
                    note = words["site.task.days-note-end"]
                if end is None or any(days >= 0 for _, days in found):
                    last = words["site.days-last-day"]
                    shown = tuple(last if days < 0 else num(days) for _, days in found)
            key = (task, s, shown)
            made = lists.get(key)
            if made is None:
                made = lists[key] = self.unit_list(
                    [(units[u], shown[k] if shown else "") for k, (u, _) in enumerate(found)])
            out.append((s, self.states[s], len(found), made, note))
        return out

    def _task_states(self, positions: list[int]) -> list[tuple[str, list[tuple[str, int]]]]:
        by_state: dict[str, list[Obligation]] = {}
        obligations = self.ix.p.obligations
        for i in positions:
            o = obligations[i]
            by_state.setdefault(o.state, []).append(o)
        late = self.ix.p.days_late  # to the plan's last day, once it has ended
        end = _last_day(self.ix)
        out: list[tuple[str, list[tuple[str, int]]]] = []
        for s in STATES:
            found = by_state.get(s)
            if not found:
                continue
            if s == "overdue":  # stable: units of equal days keep their order
                days = [(o.unit, -1 if o.due == end else late(o.due)) for o in found]
                days.sort(key=lambda item: -max(item[1], 0))
                out.append((s, days))
            else:
                out.append((s, [(o.unit, 0) for o in found]))
        return out

    def records(self, task: str, start: int = 0,
                stop: int | None = None) -> Iterator[tuple[str, ...]]:
        """The task's records (from `start` to `stop`): date, unit (linked), status, period,
        note, evidence. A note and evidence stay plain text: the page's `{{ }}` escapes them
        at C speed. Made one by one as the page's loop takes them (a month of a province's
        records is tens of thousands of rows: each row's tuple is let go, and made again in
        the same memory, as the next is made), so the page gives their count itself."""
        statuses, days, periods = self.statuses, self.days, self.periods
        units, join = self.links.unit, "; ".join
        return ((days[d], units[unit], statuses[status],
                 periods[label[0]] if label else "", note or "", join(evidence))
                for _, unit, d, status, label, note, evidence
                in self.links.records.get(task, [])[start:stop])

    def _late(self, due: dt.date | None, shown: Callable[[int], str]) -> str:
        """The days overdue of work due on `due` as shown, or, under an ended plan, the words
        "due on the plan's last day" for work due that day (0 days, but never done)."""
        if due is not None and due == _last_day(self.ix):
            return self.w.words["site.days-last-day"]
        return shown(self.ix.p.days_late(due))

    def short_list(self, found: list[Obligation]) -> list[ListRow]:
        rows: list[ListRow] = []
        for o in found:
            slug = self.ix.unit_slug.get(o.unit)
            rows.append(ListRow(
                self.ix.reg.name(o.unit), f"unit/{slug}.html" if slug else "", o.task,
                f"task/{self.ix.task_slug[o.task]}.html", self.ix.titles.get(o.task, ""),
                o.state, self.statuses[o.status], self.day(o.due),
                self._late(o.due, str) if o.state == "overdue" else "",
                self.day(o.last_record),
                str((o.due - self.as_of).days) if o.due and o.state == "due-soon" else "",
                str((self.as_of - o.last_record).days) if o.last_record else "",
                str(o.occurrences)))
        return rows

    def by_task(self, kind: str, found: list[Obligation]) -> list[TaskList]:
        """The obligations of a list (overdue, due soon, stale), one row per task."""
        groups: dict[str, list[Obligation]] = {}
        for o in found:
            groups.setdefault(o.task, []).append(o)
        rows: list[TaskList] = []
        for task, obls in groups.items():  # the order of the list: most pressing first
            dues = [o.due for o in obls if o.due is not None]
            lasts = [o.last_record for o in obls if o.last_record is not None]
            if kind == "overdue":
                # the most days overdue: those of the earliest due
                days = self._late(min(dues), self.w.num) if dues else self.w.num(0)
            elif kind == "stale" and lasts:
                days = self.w.num((self.as_of - min(lasts)).days)
            else:
                days = ""
            rows.append(TaskList(
                task, f"task/{self.ix.task_slug[task]}.html#state-{kind}", self.ix.titles.get(
                    task, ""), self.w.num(len(obls)), len(obls),
                self.day(min(dues)) if dues else "", days,
                self.day(min(lasts)) if lasts else "—"))
        return rows

    def gap_rows(self, gaps: list[Gap]) -> list[tuple[str, ...]]:
        """Readings against target: met (yes, no, none), indicator page, indicator, unit
        page, unit, period, target, value, gap, met (a word), previous."""
        w, ix = self.w, self.ix
        yes, no, locality, missing = (w.words["word.yes"], w.words["word.no"],
                                      w.words["word.locality"], w.words["word.no-reading"])
        rows: list[tuple[str, ...]] = []
        for g in gaps:
            slug = ix.unit_slug.get(g.unit) if g.unit else None
            rows.append((
                "none" if g.met is None else ("yes" if g.met else "no"),
                f"indicator/{ix.indicator_slug[g.indicator]}.html",
                ix.indicator_names.get(g.indicator, g.indicator),
                f"unit/{slug}.html" if slug else "",
                ix.reg.name(g.unit) if g.unit else locality, self.period(g.period), g.target,
                w.num(g.value) if g.value is not None else missing, w.num(g.gap),
                "" if g.met is None else (yes if g.met else no), w.num(g.previous)))
        return rows

    def readings(self, u: str) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
        """A unit's indicators: page, name, target, [(period, value shown, met class)]."""
        labels = self._labels
        if labels is None:
            labels = self._labels = [[self.period(pr.period) for pr in ih.periods]
                                     for ih in self.ix.indicators]
        num = self.w.num
        return [(page, name, target, [
            (labels[n][k], "—", "none") if v is None else (labels[n][k], num(v), met)
            for k, v, met in cells])
            for page, name, target, n, cells in self.links.readings.get(u, ())]
