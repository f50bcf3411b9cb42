"""Every page of the site, as bytes keyed by path: pure, and the same input gives the same bytes.

Layout of the folder (paths are relative, so the site works from `file://`, a USB stick, a
forge's pages or any web server):

    index.html                    sends the browser to the repository's language
    status.json                   the exact output of `cchc status --format json`
    assets/style.css, site.js     the only style sheet and the only script (the filter boxes)
    <lang>/index.html             the overview of every plan
    <lang>/<plan>/{units,tasks,overdue,due-soon,stale,indicators}.html   the big tables
    <lang>/<plan>/unit/<unit>.html, task/<task>.html, indicator/<id>.html

The same page exists in both languages at the same path under `vi/` and `en/`; the switch
links one to the other. Obligations, records and readings are indexed by unit and by task
once per plan, so a unit's page costs its own rows, not a pass over the whole plan.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

import jinja2

from cchc import i18n
from cchc.compute.gaps import Gap
from cchc.compute.history import IndicatorHistory, PlanHistory
from cchc.compute.obligations import STATES, Obligation, State
from cchc.compute.summary import PlanStatus, Summary, UnitScore
from cchc.i18n.collate import sort_key
from cchc.model.plan import Task
from cchc.model.records import Record
from cchc.model.registry import Registry
from cchc.render.site import charts

LANGUAGES = ("vi", "en")
DONE: tuple[State, ...] = ("done", "done-late")
OVERVIEW_ROWS = 20  # rows of each list on the overview; its own page has them all
# Windows refuses these file names whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


@dataclass(frozen=True)
class SiteData:
    """Everything the site shows, computed beforehand by the command."""

    status: Summary
    history: dict[str, PlanHistory]
    indicators: dict[str, list[IndicatorHistory]]
    records: dict[str, list[Record]]  # plan -> its records dated on or before as_of, in order
    registry: Registry
    locality: str
    language: str  # the repository's language: the one `index.html` opens
    status_json: str  # `cchc status --format json`, byte for byte
    version: str
    due_soon_days: int
    stale_days: int


def fold(text: str) -> str:
    """Text for searching: no diacritics (đ is d), lower case, single spaces."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def slugs(ids: Iterable[str]) -> dict[str, str]:
    """A file name (without .html) for each id, distinct even where case is not (Windows and
    macOS fold it): `III.2` -> `iii.2`; a second id folding the same gets `-2`, and so on."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ident in sorted(set(ids)):
        base = ident.lower()
        if base.split(".")[0] in _RESERVED:
            base = "_" + base
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        out[ident] = name
    return out


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("cchc", "templates/site"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(STATES=STATES, fold=fold)
    return env


def _asset(name: str) -> bytes:
    return resources.files("cchc").joinpath("templates", "site", "assets", name).read_bytes()


# --- the words of one language ---


class Words:
    """The catalogue, dates and numbers of one language, for templates."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.other = [x for x in LANGUAGES if x != lang]

    def t(self, key: str, **kw: object) -> str:
        return i18n.t(self.lang, key, **kw)

    def date(self, d: dt.date | None) -> str:
        return i18n.format_date(self.lang, d) if d else self.t("word.never")

    def day(self, d: dt.date | None) -> str:
        return i18n.format_date_short(self.lang, d) if d else "—"

    def num(self, x: float | None) -> str:
        return "" if x is None else i18n.format_number(self.lang, x)

    def period(self, label: str) -> str:
        return i18n.format_period(self.lang, label)

    def state(self, s: str) -> str:
        return self.t("state." + s)

    def status(self, s: str) -> str:
        return self.t("status." + s)


# --- plan-wide indexes, built once ---


@dataclass
class PlanIndex:
    p: PlanStatus
    history: PlanHistory
    indicators: list[IndicatorHistory]
    by_unit: dict[str, list[int]]  # positions in p.obligations
    by_task: dict[str, list[int]]
    records_by_task: dict[str, list[Record]]
    units: list[str]  # every unit with a page, by name then id
    unit_slug: dict[str, str]
    task_slug: dict[str, str]
    indicator_slug: dict[str, str]
    scores: dict[str, UnitScore]
    gaps_by_indicator: dict[str, list[Gap]]
    as_of: dt.date
    titles: dict[str, str]
    sections: dict[str, str]
    indicator_names: dict[str, str]
    indicator_rows: list[IndicatorRow]
    task_rows: list[TaskRow]
    reg: Registry

    @property
    def tasks(self) -> list[Task]:
        return [r.task for r in self.task_rows]

    # Once the plan has ended, days overdue are counted to its last day, and the headings
    # say so (`PlanStatus.days_late`).
    @property
    def days_col(self) -> str:
        return "col.days-overdue-end" if self.p.final is not None else "col.days-overdue"

    @property
    def total_days_col(self) -> str:
        return ("col.total-days-overdue-end" if self.p.final is not None
                else "col.total-days-overdue")


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator on the overview: its latest period ended, from the rows of `gaps`."""

    id: str
    name: str
    target: str
    frequency: str
    period: str | None
    readings: int
    expected: int
    met: int
    value: float | None  # the locality's reading (per: locality)


@dataclass(frozen=True)
class TaskRow:
    task: Task
    lead: str  # the lead's names
    overdue: int
    done: int
    total: int


def _index(p: PlanStatus, history: PlanHistory, indicators: list[IndicatorHistory],
           records: list[Record], registry: Registry, as_of: dt.date) -> PlanIndex:
    by_unit: dict[str, list[int]] = defaultdict(list)
    by_task: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(p.obligations):  # sorted by task (natural), then unit
        by_unit[o.unit].append(i)
        by_task[o.task].append(i)
    records_by_task: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        records_by_task[r.task].append(r)
    measured = {u for ih in indicators for u in ih.measured if u is not None}
    units = sorted(set(by_unit) | measured, key=lambda u: (sort_key(registry.name(u)), u))
    gaps_by_indicator: dict[str, list[Gap]] = defaultdict(list)
    for g in p.gaps:
        gaps_by_indicator[g.indicator].append(g)
    names = {i.value.id: i.value.name or i.value.id for i in p.data.indicators}
    indicator_rows: list[IndicatorRow] = []
    for ih in indicators:
        ind = ih.indicator
        rows = gaps_by_indicator.get(ind.id, [])
        indicator_rows.append(IndicatorRow(
            ind.id, names.get(ind.id, ind.id), ind.target.written, ind.frequency,
            rows[0].period if rows else None, sum(1 for g in rows if g.value is not None),
            len(rows), sum(1 for g in rows if g.met),
            rows[0].value if rows and ind.per == "locality" else None))
    task_rows: list[TaskRow] = []
    seen: set[str] = set()
    for located in p.data.tasks:
        task = located.value
        if task.id in seen:
            continue
        seen.add(task.id)
        obls = [p.obligations[i] for i in by_task.get(task.id, ())]
        task_rows.append(TaskRow(
            task, "; ".join(registry.name(u) for u in task.lead),
            sum(1 for o in obls if o.state == "overdue"),
            sum(1 for o in obls if o.state in DONE), len(obls)))
    return PlanIndex(
        p, history, indicators, by_unit, by_task, records_by_task, units,
        slugs(units), slugs(t.value.id for t in p.data.tasks),
        slugs(i.value.id for i in p.data.indicators),
        {s.unit: s for s in p.scorecard}, gaps_by_indicator, as_of,
        {t.value.id: t.value.title or "" for t in reversed(p.data.tasks)},
        {s.value.id: s.value.title or "" for s in reversed(p.data.sections)},
        names, indicator_rows, task_rows, registry)


# --- charts ---


def _history_chart(w: Words, title: str, days: Sequence[dt.date],
                   counts: Sequence[dict[State, int]]) -> tuple[charts.LineChart,
                                                               list[tuple[str, ...]]]:
    overdue = [c["overdue"] for c in counts]
    done = [sum(c[s] for s in DONE) for c in counts]
    total = [sum(c.values()) for c in counts]
    open_ = [t - o - d for t, o, d in zip(total, overdue, done, strict=True)]
    labels = [w.day(d) for d in days]
    chart = charts.line_chart(title, labels, [
        ("overdue", w.t("site.series.overdue"), [float(x) for x in overdue]),
        ("done", w.t("site.series.done"), [float(x) for x in done]),
        ("open", w.t("site.series.open"), [float(x) for x in open_]),
    ], fmt=w.num)
    rows: list[tuple[str, ...]] = [(w.day(d), w.num(o), w.num(dn), w.num(op), w.num(t))
            for d, o, dn, op, t in zip(days, overdue, done, open_, total, strict=True)]
    return chart, rows


def _state_chart(w: Words, title: str, counts: dict[State, int]) -> charts.BarChart:
    return charts.bar_chart(title, [(s, w.state(s), float(counts.get(s, 0)),
                                     w.num(counts.get(s, 0))) for s in STATES])


def _indicator_chart(w: Words, ih: IndicatorHistory) -> charts.LineChart:
    ind = ih.indicator
    labels = [w.period(pr.period) for pr in ih.periods]
    if ind.per == "locality":
        values = [pr.values.get(None) for pr in ih.periods]
        key, label = "value", w.t("site.value-line")
    else:
        values = [pr.median for pr in ih.periods]
        key, label = "value", w.t("site.median-line")
    return charts.line_chart(
        ind.name or ind.id, labels, [(key, label, values)],
        target=(ind.target.number, w.t("site.target-line", target=ind.target.written)),
        fmt=w.num, zero=False)


# --- pages ---


class Site:
    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.env = environment()
        self.files: dict[str, bytes] = {}
        self.plans = [
            _index(p, data.history[p.plan], data.indicators.get(p.plan, []),
                   data.records.get(p.plan, []), data.registry, data.status.as_of)
            for p in data.status.plans]

    def build(self) -> dict[str, bytes]:
        d = self.data
        self.files["assets/style.css"] = _asset("style.css")
        self.files["assets/site.js"] = _asset("site.js")
        self.files["assets/icon.svg"] = _asset("icon.svg")
        self.files["status.json"] = d.status_json.encode("utf-8")
        self.page("redirect.html.j2", "index.html", w=Words(d.language),
                  target=f"{d.language}/index.html")
        for files in _each_language(self):
            self.files.update(files)
        return dict(sorted(self.files.items()))

    def language_files(self, lang: str) -> dict[str, bytes]:
        """The pages of one language (and nothing else)."""
        before = self.files
        self.files = {}
        try:
            self.language(Words(lang))
            return self.files
        finally:
            self.files = before

    def page(self, template: str, path: str, **context: Any) -> None:
        depth = path.count("/")
        root = "../" * depth
        lang_path = path.split("/", 1)[1] if depth else "index.html"

        def href(target: str) -> str:
            return root + target

        html = self.env.get_template(template).render(
            href=href, page_path=lang_path, data=self.data, **context)
        self.files[path] = html.encode("utf-8")

    def language(self, w: Words) -> None:
        d, reg, lang = self.data, self.data.registry, w.lang
        common = {"w": w, "reg": reg}
        overview = []
        rows_of: dict[str, list[ObligationRow]] = {}
        lists: dict[str, dict[str, list[ObligationRow]]] = {}
        for ix in self.plans:
            views = Views(w, ix, d.status.as_of)
            ob_rows = rows_of[ix.p.plan] = [views.obligation(o) for o in ix.p.obligations]
            by_id = {id(o): r for o, r in zip(ix.p.obligations, ob_rows, strict=True)}
            lists[ix.p.plan] = {kind: [by_id[id(o)] for o in found] for kind, found in (
                ("overdue", ix.p.overdue), ("due-soon", ix.p.due_soon), ("stale", ix.p.stale))}
            chart, rows = _history_chart(w, w.t("site.history"), ix.history.days,
                                         ix.history.totals)
            overview.append({"ix": ix, "states": _state_chart(w, w.t("status.counts"),
                                                              ix.p.counts),
                             "history": chart, "history_rows": rows,
                             "lists": lists[ix.p.plan]})
        self.page("overview.html.j2", f"{lang}/index.html", plans=overview,
                  limit=OVERVIEW_ROWS, **common)
        for ix in self.plans:
            base = f"{lang}/{ix.p.plan}"
            ctx = {"ix": ix, **common}
            self.page("units.html.j2", f"{base}/units.html", **ctx)
            self.page("tasks.html.j2", f"{base}/tasks.html", **ctx)
            for kind, found in lists[ix.p.plan].items():
                self.page("list.html.j2", f"{base}/{kind}.html", kind=kind, rows=found, **ctx)
            self.page("indicators.html.j2", f"{base}/indicators.html", **ctx)
            views = Views(w, ix, d.status.as_of)
            ob_rows = rows_of[ix.p.plan]
            empty = {s: 0 for s in STATES}
            for u in ix.units:
                counts = ix.scores[u].counts if u in ix.scores else empty
                chart, hrows = _history_chart(w, w.t("site.unit.history"), ix.history.days,
                                              ix.history.unit(u))
                self.page("unit.html.j2", f"{base}/unit/{ix.unit_slug[u]}.html", unit=u,
                          unit_model=reg.units.get(u),
                          obligations=[ob_rows[i] for i in ix.by_unit.get(u, ())],
                          states=_state_chart(w, w.t("status.counts"), counts),
                          history=chart, history_rows=hrows, counts=counts,
                          readings=views.readings(u), **ctx)
            for task in ix.tasks:
                positions = ix.by_task.get(task.id, [])
                counts = dict(empty)
                for i in positions:
                    counts[ix.p.obligations[i].state] += 1
                self.page("task.html.j2", f"{base}/task/{ix.task_slug[task.id]}.html",
                          task=task, obligations=[ob_rows[i] for i in positions],
                          counts=counts, states=_state_chart(w, w.t("status.counts"), counts),
                          records=[views.record(r) for r in ix.records_by_task.get(task.id, ())],
                          **ctx)
            for ih in ix.indicators:
                self.page("indicator.html.j2",
                          f"{base}/indicator/{ix.indicator_slug[ih.indicator.id]}.html",
                          ih=ih, chart=_indicator_chart(w, ih),
                          gaps=ix.gaps_by_indicator.get(ih.indicator.id, []), **ctx)


class ObligationRow(NamedTuple):
    """One obligation as its rows on the unit's and the task's page show it, in one language.

    Made once per obligation and language, then laid out by the templates: a unit page and a
    task page cost their own rows, and no row asks the catalogue again.
    """

    unit_name: str
    unit_page: str  # relative to the plan's folder
    task: str
    task_page: str
    title: str
    state: str
    state_label: str
    status_label: str
    due: str
    days_overdue: str
    occurrences: str
    last_record: str
    days_left: str  # for the due-soon list
    days_since: str  # for the stale list
    occurrences_overdue: str  # for the overdue list


class RecordRow(NamedTuple):
    date: str
    unit_name: str
    unit_page: str  # "" when the unit has no page
    status_label: str
    period: str
    note: str
    evidence: str  # the documents, one after another


class ReadingsRow(NamedTuple):
    """One indicator of a unit: its readings, one cell per period of the plan so far."""

    indicator: str
    page: str
    target: str
    cells: tuple[tuple[str, str, str], ...]  # (period, value as shown, "yes" | "no" | "")


class Views:
    """The rows of one plan in one language, with the few strings they repeat made once."""

    def __init__(self, w: Words, ix: PlanIndex, as_of: dt.date) -> None:
        self.w, self.ix, self.as_of = w, ix, as_of
        self.states = {s: w.state(s) for s in STATES}
        self.statuses = {s: w.status(s) for s in ("not-started", "in-progress", "blocked",
                                                  "done")}
        self.days: dict[dt.date | None, str] = {}
        self.names: dict[str, tuple[str, str]] = {}
        self.periods: dict[str, str] = {}

    def day(self, d: dt.date | None) -> str:
        found = self.days.get(d)
        if found is None:
            found = self.days[d] = self.w.day(d)
        return found

    def unit(self, u: str) -> tuple[str, str]:
        found = self.names.get(u)
        if found is None:
            slug = self.ix.unit_slug.get(u)
            found = self.names[u] = (self.ix.reg.name(u), f"unit/{slug}.html" if slug else "")
        return found

    def obligation(self, o: Obligation) -> ObligationRow:
        name, page = self.unit(o.unit)
        return ObligationRow(
            name, page, o.task, f"task/{self.ix.task_slug[o.task]}.html",
            self.ix.titles.get(o.task, ""), o.state, self.states[o.state],
            self.statuses[o.status], self.day(o.due),
            str(self.ix.p.days_late(o.due)) if o.state == "overdue" else "",
            f"{o.done_occurrences} / {o.total_occurrences}", self.day(o.last_record),
            str((o.due - self.as_of).days) if o.due and o.state == "due-soon" else "",
            str((self.as_of - o.last_record).days) if o.last_record else "",
            str(o.occurrences))

    def record(self, r: Record) -> RecordRow:
        name, page = self.unit(r.unit)
        return RecordRow(self.day(r.date), name, page, self.statuses[r.status],
                         self.w.period(r.period[0]) if r.period else "", r.note or "",
                         "; ".join(r.evidence))

    def readings(self, u: str) -> list[ReadingsRow]:
        w = self.w
        rows: list[ReadingsRow] = []
        for ih in self.ix.indicators:
            if u not in ih.measured:
                continue
            target = ih.indicator.target
            cells = []
            for pr in ih.periods:
                v = pr.values.get(u)
                label = self.periods.get(pr.period)
                if label is None:
                    label = self.periods[pr.period] = w.period(pr.period)
                cells.append((label, "—", "none") if v is None else
                             (label, w.num(v), "yes" if target.met(v) else "no"))
            rows.append(ReadingsRow(ih.indicator.name or ih.indicator.id,
                                    f"indicator/{self.ix.indicator_slug[ih.indicator.id]}.html",
                                    target.written, tuple(cells)))
        return rows


# Beyond this many obligations the two languages are rendered at once, in two processes,
# where the system forks (Linux): each language is a pure function of the same data, so the
# bytes are the same either way, and a province's site takes half the time on two cores.
PARALLEL_FROM = 5000
_FORKED: Site | None = None  # the site a forked worker renders; set before the fork


def _render_forked(lang: str) -> dict[str, bytes]:
    assert _FORKED is not None
    return _FORKED.language_files(lang)


def _each_language(site: Site) -> list[dict[str, bytes]]:
    global _FORKED
    size = sum(len(p.obligations) for p in site.data.status.plans)
    if (size < PARALLEL_FROM or sys.platform != "linux" or multiprocessing.cpu_count() < 2
            or "fork" not in multiprocessing.get_all_start_methods()):
        return [site.language_files(lang) for lang in LANGUAGES]
    _FORKED = site
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=len(LANGUAGES), mp_context=context) as pool:
            return list(pool.map(_render_forked, LANGUAGES))
    finally:
        _FORKED = None


def build(data: SiteData) -> dict[str, bytes]:
    """Every file of the site: path (with / separators) -> bytes, sorted by path."""
    return Site(data).build()


def words(lang: str) -> Callable[[str], str]:
    """The catalogue of one language as a function of a key (for tests and templates)."""
    return Words(lang).t
