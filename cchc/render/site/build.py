"""Every page of the site, as bytes keyed by path: pure, and the same input gives the same bytes.

`build` lists the pages and renders none: each is rendered when read (`pages.Pages`).

Layout of the folder (paths are relative, so the site works from `file://`, a USB stick, a
forge's pages or any web server):

    index.html                    sends the browser to the repository's language
    status.json                   the data of `cchc status --format json`, written compact
    assets/style.css, site.js     the only style sheet and the only script (the filter boxes)
    <lang>/index.html             the overview of every plan
    <lang>/<plan>/{units,tasks,overdue,due-soon,stale,indicators}.html   the plan's tables
    <lang>/<plan>/unit/<unit>.html, task/<task>.html, indicator/<id>.html
    <lang>/<plan>/records/<task>.<YYYY-MM>.html   a month of a busy task's records

The same page exists in both languages at the same path under `vi/` and `en/`; the switch
links one to the other. No page lists every obligation of a plan: the overview shows the
counts and the first rows of each list, the lists go by task, a task's page lists its units
by state and a unit's page its own obligations; a task with many records has them on pages
of a month each (`index.RECORDS_INLINE`). So the site costs about one row per obligation
and record and language, and no page grows with the square of anything.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import hashlib
import io
import textwrap
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, escape

try:  # MarkupSafe 3's own escaping of a plain string, without the Markup around it
    from markupsafe._speedups import _escape_inner
except ImportError:  # without its C part (some platforms), or an older MarkupSafe
    def _escape_inner(s: str, /) -> str:
        return str(escape(s))

from cchc.compute.history import IndicatorHistory, MonthEnd, PlanHistory
from cchc.compute.obligations import STATES, State
from cchc.compute.summary import Summary
from cchc.model.registry import Registry
from cchc.model.rows import RecordRow
from cchc.render.site import charts
from cchc.render.site.index import (
    DONE,
    LANGUAGES,
    RECORDS_INLINE,
    PlanIndex,
    RecordMonth,
    TaskRow,
    plan_index,
    slugs,
)
from cchc.render.site.pages import Pages
from cchc.render.site.rows import Links, Views, Words, links

__all__ = ["LANGUAGES", "SiteData", "build", "slugs", "words"]

OVERVIEW_ROWS = 20  # rows of each list on the overview; the list's page has them by task


@dataclass(frozen=True)
class SiteData:
    """Everything the site shows, computed beforehand by the command."""

    status: Summary
    history: dict[str, PlanHistory]
    indicators: dict[str, list[IndicatorHistory]]
    records: dict[str, list[RecordRow]]  # plan -> its records dated on or before as_of, in order
    registry: Registry
    locality: str
    language: str  # the repository's language: the one `index.html` opens
    status_json: Callable[[], bytes]  # `cchc status --format json`'s data, compact
    version: str
    due_soon_days: int
    stale_days: int

    def month_ends(self) -> dict[str, dict[dt.date, MonthEnd]]:
        """The counts of the days before `as_of` of every plan's history (for a cache)."""
        return {plan: h.month_ends for plan, h in self.history.items()}


def _escape_text(value: Any) -> Any:
    """What the templates' `{{ value }}` writes: MarkupSafe's escaping, made cheap.

    MarkupSafe 3's `escape` is a Python function that wraps every result in a new `Markup`;
    a province's site writes millions of values, and that wrapping was most of its time. A
    plain string is escaped by MarkupSafe's own C function (the same characters, so the same
    bytes), markup already made (a `Markup`) passes as it is, and anything else goes to
    MarkupSafe's `escape`. Templates stay autoescaped: nothing reaches a page unescaped.
    The compiled templates write this test inline (`_CodeGenerator._output_child_pre`), not
    as a call of this function, which says the same in one place for reading and tests."""
    kind = type(value)
    if kind is str:
        return _escape_inner(value)
    if kind is Markup:
        return value
    return escape(value)


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, with `_escape_text` (written inline) in place of `escape` for
    the output of `{{ ... }}` in autoescaped templates (Jinja's documented hook for changing
    the code a template compiles to: `Environment.code_generator_class`). Were Jinja to stop
    calling these methods, the stock code would be used: slower, and the same bytes."""

    def visit_Template(self, node: Any, frame: Any = None) -> None:
        # MarkupSafe's C escaping as a global of the template's module: a name looked up at
        # C speed, not an attribute of the environment on every value written
        self.writeline("escape_inner = environment.escape_inner")
        super().visit_Template(node, frame)

    def visit_Output(self, node: Any, frame: Any) -> None:
        # One `yield` per run of output (a table row: its tags and its values) instead of
        # one per piece: Jinja writes the pieces as it writes a macro's output into a list
        # (`buffer.extend((a, b, ...))`), and that line becomes `yield ''.join((a, b, ...))`.
        # The same text, in fewer generator steps and no list.
        if frame.buffer is not None or frame.require_output_check or len(node.nodes) < 2:
            super().visit_Output(node, frame)
            return
        pieces = self.temporary_identifier()
        inner = frame.copy()
        inner.buffer = pieces
        code = self._capture(super().visit_Output, node, inner)
        for written, joined in ((f"{pieces}.extend((", "yield ''.join(("),
                                (f"{pieces}.append(", "yield (")):
            if written in code:
                self.stream.write(code.replace(written, joined, 1))
                return
        # not the code this was written for: Jinja's own, into a list joined once
        self.writeline(f"{pieces} = []")
        self.stream.write(code)
        self.writeline(f"yield ''.join({pieces})")

    def visit_FromImport(self, node: Any, frame: Any) -> None:
        # `{% from "x" import y %}`: Jinja takes the imported template's module by
        # `_get_default_module(context)`, which compares the page's globals with the
        # imported template's on every page (9 µs; 5,000 times a site) in case the page has
        # globals the other lacks. The site's templates are all loaded with the environment's
        # globals and no others, so that is always the module made once: `.module` (Jinja's
        # public name for it). An import `with context` is written otherwise, and left as is.
        code = self._capture(super().visit_FromImport, node, frame)
        self.stream.write(code.replace("._get_default_module(context)", ".module"))

    def visit_For(self, node: Any, frame: Any) -> None:
        # A loop whose body only writes (a table's rows) becomes one join of a comprehension
        # (`_joined_loop`): one generator step for the whole table, not one per row.
        code = self._capture(super().visit_For, node, frame)
        self.stream.write(_joined_loop(code) or code)

    def _capture(self, visit: Callable[[Any, Any], None], node: Any, frame: Any) -> str:
        """The Python `visit(node, frame)` writes, taken instead of written."""
        stream, self.stream = self.stream, io.StringIO()
        try:
            visit(node, frame)
        finally:
            code, self.stream = self.stream.getvalue(), stream
        return code

    # `{{ value }}` in an autoescaped template: `_escape_text(value)` written inline, so that
    # the millions of values of a site cost no Python call each: the value is taken once
    # (`_v :=`), a plain string goes to MarkupSafe's C escaping, a `Markup` passes, anything
    # else to MarkupSafe's `escape` (the `Markup` and `escape` of Jinja's generated module).

    def _fast(self, frame: Any, finalize: Any) -> bool:
        return bool(frame.eval_ctx.autoescape and not frame.eval_ctx.volatile
                    and finalize.src is None)

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if self._fast(frame, finalize):
            self.write("(escape_inner(_v) if type(_v := (")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: Any, frame: Any, finalize: Any) -> None:
        if self._fast(frame, finalize):
            self.write(")) is str else _v if type(_v) is Markup else escape(_v))")
        else:
            super()._output_child_post(node, frame, finalize)


def _written(stmt: ast.stmt) -> tuple[str | None, ast.expr] | None:
    """What a statement of generated code writes: (None, value) for `yield value`,
    (buffer, value) for `buffer.append(value)` or `buffer.extend(value)` (a macro's output);
    None for any other statement."""
    if not isinstance(stmt, ast.Expr):
        return None
    value = stmt.value
    if isinstance(value, ast.Yield) and value.value is not None:
        return None, value.value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
            and isinstance(value.func.value, ast.Name) and len(value.args) == 1 \
            and not value.keywords and value.func.attr in ("append", "extend"):
        arg = value.args[0]
        if value.func.attr == "extend" and not isinstance(arg, ast.Tuple):
            return None
        return value.func.value.id, arg
    return None


def _resets(stmt: ast.stmt) -> bool:
    """`a = b = missing`: Jinja's reset of an inner loop's names, a no-op once that loop is a
    comprehension (its names are the comprehension's own)."""
    return isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name) \
        and stmt.value.id == "missing" and all(isinstance(t, ast.Name) for t in stmt.targets)


def _joined_loop(code: str) -> str | None:
    """The Python Jinja wrote for a `{% for %}` whose body only writes, as one join.

    Jinja writes such a loop (a table's rows) as

        for (l_1_a, l_1_b) in rows:
            _loop_vars = {}
            pass
            yield ''.join(('<tr><td>', <a, escaped>, '</td></tr>'))

    which costs a generator step per row, passed up through every block and template of the
    page. It becomes `yield ''.join([<the row> for (l_1_a, l_1_b) in rows])` (in a macro,
    `buffer.append(''.join([...]))`): the same text from the same values in the same order,
    one step for the table. A body of several writes joins them per row; a body with anything
    else (an `if`, a `set`, the `loop` variable, an `else` branch, a filter) is left as Jinja
    wrote it, and so is anything this does not recognise (None). The lines are kept where
    they were (blank lines in place of the ones dropped), so that Jinja's map from the
    template's lines to the code's, and so its tracebacks, stay right."""
    lines = code.split("\n")
    lead = next((i for i, line in enumerate(lines) if line.strip()), None)
    if lead is None or not lines[lead].lstrip().startswith("for "):
        return None
    indent = lines[lead][:len(lines[lead]) - len(lines[lead].lstrip())]
    text = textwrap.dedent("\n".join(lines[lead:]))
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    loop = tree.body[0]
    if not isinstance(loop, ast.For) or loop.orelse or len(loop.body) < 3 \
            or ast.unparse(loop.body[0]) != "_loop_vars = {}" \
            or not isinstance(loop.body[1], ast.Pass):
        return None
    target = ast.get_source_segment(text, loop.target)
    source = ast.get_source_segment(text, loop.iter)
    if target is None or source is None or ":=" in source:
        return None
    found = [(stmt, _written(stmt)) for stmt in loop.body[2:] if not _resets(stmt)]
    writes = [(stmt, *w) for stmt, w in found if w is not None]
    if not writes or len(writes) != len(found) or len({b for _, b, _ in writes}) != 1:
        return None  # something else than writes, or to two places
    buffer = writes[0][1]
    if any(isinstance(n, ast.Name) and n.id in ("loop", "fiter") for n in ast.walk(loop)):
        return None
    body = text.split("\n")
    out = body[:]  # the loop's lines, rewritten in place
    # a value that passes `_loop_vars` (a call) gets the loop's empty dict, made once
    uses = any(isinstance(n, ast.Name) and n.id == "_loop_vars"
               for stmt in loop.body[2:] for n in ast.walk(stmt))
    out[loop.lineno - 1] = "_loop_vars = {}" if uses else ""
    for stmt in loop.body[:2]:
        out[stmt.lineno - 1] = ""
    for stmt in loop.body[2:]:
        if _resets(stmt):
            for i in range(stmt.lineno - 1, (stmt.end_lineno or stmt.lineno)):
                out[i] = ""
    single = len(writes) == 1
    for k, (stmt, _, value) in enumerate(writes):
        first, last = value.lineno - 1, (value.end_lineno or value.lineno) - 1
        start, end = value.col_offset, value.end_col_offset or 0
        if first != stmt.lineno - 1:  # not the code this was written for
            return None
        head = ""
        if k == 0:
            head = ("yield ''.join([" if buffer is None else f"{buffer}.append(''.join([") \
                + ("" if single else "''.join((")
        if k < len(writes) - 1:
            tail = ","
        else:
            tail = ("" if single else "))") + f" for {target} in ({source})])" \
                + ("" if buffer is None else ")")
        opened, closed = ("''.join(", ")") if isinstance(value, ast.Tuple) else ("", "")
        text_of = body[first][start:end] if first == last else body[first][start:]
        out[first] = " " * loop.col_offset + head + opened + text_of
        if first != last:
            out[last] = body[last][:end]
        out[last] += closed + tail
    end_line = loop.end_lineno or loop.lineno
    rewritten = [(indent + line) if line else "" for line in out[:end_line]]
    rest = [(indent + line) if line else "" for line in out[end_line:]]
    result = "\n".join(lines[:lead] + rewritten + rest)
    try:
        ast.parse(textwrap.dedent("\n".join(rewritten)))
    except SyntaxError:
        return None
    return result


class _Environment(jinja2.Environment):
    """The site's environment: its templates are the package's, loaded once (no reloading)
    and with the environment's globals, which are set before the first is loaded."""

    code_generator_class = _CodeGenerator
    escape_inner = staticmethod(_escape_inner)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._loaded: dict[str, jinja2.Template] = {}

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        # A plain dict, not Jinja's ChainMap over the environment's: every page's context
        # starts as `dict(globals, **values)`, which a ChainMap feeds key by key in Python
        return {**self.globals, **(d or {})}

    def get_template(self, name: str | jinja2.Template, parent: str | None = None,
                     globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        # A page asks for its template, the one it extends and those it imports from (four
        # a unit page, 10,000 a site): each found in a dict once loaded, not through Jinja's
        # locked cache of (loader, name)
        if globals is not None or not isinstance(name, str):
            return super().get_template(name, parent, globals)
        if parent is not None:
            name = self.join_path(name, parent)
        found = self._loaded.get(name)
        if found is None:
            found = self._loaded[name] = super().get_template(name)
        return found


class _Once(dict[tuple[Any, ...], Markup]):
    """`once(macro, *args)` in a template: what the macro writes for these arguments, made
    the first time and then given back. For the parts of a page that many pages share
    exactly (a chart's axes and legend, the lines of a unit's history in both languages).
    A macro's output is a function of its arguments (the site's macros read nothing else),
    so a part given back is the part the macro would write; a build's site reads the same
    bytes with or without this. Emptied when it holds `LIMIT` parts, and by each `Site`."""

    LIMIT = 20_000

    def __call__(self, macro: Callable[..., Markup], *args: Any) -> Markup:
        key = (macro, *args)
        found = self.get(key)
        if found is None:
            if len(self) >= self.LIMIT:
                self.clear()
            found = self[key] = macro(*args)
        return found


# The templates compiled ahead of time: Jinja's compiling of the site's templates into Python
# is a tenth of a second of every build. `templates/site/compiled/<name>.py` holds the Python
# that Jinja (with `_CodeGenerator`) writes for a template, under a first line naming what it
# was made from: the template's text, Jinja's version and `CODEGEN` (raise it when
# `_CodeGenerator` writes other code). A stored file made from anything else is not used; the
# template is compiled as usual. `python -m tests.test_site_compiled --regen` writes the
# files, and that test holds them to what Jinja writes now. They are Python files so that
# Python's own bytecode cache keeps them compiled (`__pycache__/`, written by pip when it
# installs the package, or on the first build): compiling their 200 kB of Python was 0.046 s
# of every build; reading the cached code takes a few milliseconds.
CODEGEN = 3
COMPILED = ("templates", "site", "compiled")


def compiled_header(source: str) -> str:
    """The first line of the stored Python of a template whose text is `source`."""
    made = hashlib.sha256(f"{jinja2.__version__}\n{CODEGEN}\n{source}".encode()).hexdigest()
    return f"# compiled by cchc from its template: {made}"


def _stored_code(name: str, source: str) -> CodeType | None:
    """The code of a template's stored Python, when it was made from `source`."""
    stored = resources.files("cchc").joinpath(*COMPILED, f"{name}.py")
    try:
        with stored.open("r", encoding="utf-8") as f:
            head = f.readline().rstrip("\n")
    except OSError:
        return None
    if head != compiled_header(source):
        return None
    path = str(stored)
    if isinstance(stored, Path):  # a file of the installed package: Python's bytecode cache
        try:
            module = f"cchc_template_{name}"
            code = SourceFileLoader(module, path).get_code(module)
        except (OSError, ImportError, SyntaxError):
            code = None
        if code is not None:
            return code
    return compile(stored.read_text(encoding="utf-8"), path, "exec")


class _Loader(jinja2.PackageLoader):
    """The package's templates, taken from their stored Python when it was made from them."""

    def load(self, environment: jinja2.Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = None
        # (an environment with another code generator, in a test, compiles for itself)
        if environment.code_generator_class is _CodeGenerator:
            code = _stored_code(name, source)
        if code is None:
            code = environment.compile(source, name, filename)
        return environment.template_class.from_code(
            environment, code, {} if globals is None else globals, uptodate)


@functools.cache
def environment() -> jinja2.Environment:
    env = _Environment(
        loader=_Loader("cchc", "templates/site"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the templates are the package's: no stat of each, every page
    )
    env.globals.update(STATES=STATES, once=_Once())
    return env


def _asset(name: str) -> bytes:
    return resources.files("cchc").joinpath("templates", "site", "assets", name).read_bytes()


# --- charts ---


Series = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _history_series(counts: Sequence[dict[State, int]]) -> Series:
    """Overdue, done, open and total on each day of a history (the same in every language)."""
    overdue = tuple(c["overdue"] for c in counts)
    done = tuple(sum(c[s] for s in DONE) for c in counts)
    total = tuple(sum(c.values()) for c in counts)
    open_ = tuple(t - o - d for t, o, d in zip(total, overdue, done, strict=True))
    return overdue, done, open_, total


def _history_chart(w: Words, title: str, days: Sequence[dt.date],
                   series: Series) -> tuple[charts.LineChart, list[tuple[str, ...]]]:
    overdue, done, open_, total = series
    labels = [w.day(d) for d in days]
    chart = charts.line_chart(title, labels, [
        ("overdue", w.t("site.series.overdue"), overdue),
        ("done", w.t("site.series.done"), done),
        ("open", w.t("site.series.open"), open_),
    ], fmt=w.num)
    num = w.num
    rows: list[tuple[str, ...]] = [(label, num(o), num(dn), num(op), num(t))
            for label, o, dn, op, t in zip(labels, overdue, done, open_, total, strict=True)]
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


class _UnitLinks(dict[str, Markup]):
    """A unit's name linked to its page (or not linked, without one), made when first asked."""

    def __init__(self, ix: PlanIndex, macro: Callable[..., Markup]) -> None:
        super().__init__()
        self.ix, self.macro = ix, macro

    def __missing__(self, unit: str) -> Markup:
        slug = self.ix.unit_slug.get(unit)
        found = self[unit] = self.macro(self.ix.reg.name(unit),
                                        f"unit/{slug}.html" if slug else "")
        return found


class _Href:
    """`href(target)` in a template: the path from the page's folder to a file of the site."""

    def __init__(self, root: str) -> None:
        self.root = root

    def __call__(self, target: str) -> str:
        return self.root + target


class Site:
    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.env = environment()
        once = self.env.globals["once"]
        if isinstance(once, _Once):
            once.clear()  # the parts of another site's pages
        # path -> its bytes, or what makes them when the page is read (`Pages`)
        self.files: dict[str, bytes | Callable[[], bytes]] = {}
        self.plans = [
            plan_index(p, data.history[p.plan], data.indicators.get(p.plan, []),
                       data.records.get(p.plan, []), data.registry, data.status.as_of)
            for p in data.status.plans]
        fragments = self.env.get_template("_fragments.html.j2").module
        self.obligation_head = fragments.obligation_head  # type: ignore[attr-defined]
        self.obligation_tail = fragments.obligation_tail  # type: ignore[attr-defined]
        self.unit_list = fragments.unit_list  # type: ignore[attr-defined]
        self.nav_macro = self.env.get_template(
            "_plan_nav.html.j2").module.plan_nav  # type: ignore[attr-defined]
        self.filter_macro = self.env.get_template(
            "_tables.html.j2").module.filter_box  # type: ignore[attr-defined]
        self.hrefs: dict[str, _Href] = {}
        self.views: dict[str, list[Views]] = {}  # language -> its plans' rows
        self.reading = ""  # the language of the last page read
        self.navs: dict[tuple[str, str, str, str], Markup] = {}
        self.filters: dict[tuple[str, str, tuple[str, ...] | None], Markup] = {}
        self.links: dict[str, Links] = {}
        self.series: dict[tuple[str, str], Series] = {}
        for ix in self.plans:
            units = _UnitLinks(ix, fragments.unit_link)  # type: ignore[attr-defined]
            tasks = {t.id: fragments.task_cells(  # type: ignore[attr-defined]
                t.id, f"task/{ix.task_slug[t.id]}.html", t.title or "") for t in ix.tasks}
            self.links[ix.p.plan] = links(ix, units, tasks)

    def build(self) -> Pages:
        d = self.data
        self.files["assets/style.css"] = _asset("style.css")
        self.files["assets/site.js"] = _asset("site.js")
        self.files["assets/icon.svg"] = _asset("icon.svg")
        self.files["status.json"] = d.status_json
        self.page("redirect.html.j2", "index.html", w=Words(d.language),
                  target=f"{d.language}/index.html")
        for lang in LANGUAGES:
            self.language(Words(lang))
        return Pages(self.files)

    def page(self, template: str, path: str, make: Callable[[], dict[str, Any]] = dict,
             **context: Any) -> None:
        """The page at `path`, rendered from `template` with `context` and what `make()`
        returns (the rows of its tables) when it is read: nothing is made here."""
        self.files[path] = functools.partial(self.render, template, path, make, context)

    def render(self, template: str, path: str, make: Callable[[], dict[str, Any]],
               context: dict[str, Any]) -> bytes:
        depth = path.count("/")
        root = "../" * depth
        lang_path = path.split("/", 1)[1] if depth else "index.html"
        href = self.hrefs.get(root)
        if href is None:
            href = self.hrefs[root] = _Href(root)
        lang = context["w"].lang
        if lang != self.reading:
            # the pages are read by path, so one language after the other: the rows made for
            # the other one are let go (made again, the same, if one of its pages is read)
            for v in self.views.get(self.reading, ()):
                v.forget()
            self.reading = lang
        # each piece the page yields encoded, then the bytes joined once: joined into one
        # str, a page with a single Vietnamese letter takes two bytes a character, its ASCII
        # markup too, all of it encoded again (pieces of ASCII encode at copying speed)
        pieces = self.env.get_template(template).generate(
            href=href, root=root, page_path=lang_path, data=self.data, t=context["w"].words,
            plan_nav=self.plan_nav, filter_box=self.filter_box, **context, **make())
        return b"".join([piece.encode("utf-8") for piece in pieces])

    # The parts of a page that are the same on many pages, rendered once each: the plan's
    # navigation (per language, plan, folder and current page) and the filter boxes (per
    # language, table and states); the templates call these as they would the macros.

    def plan_nav(self, ix: PlanIndex, w: Words, href: _Href, current: str) -> Markup:
        key = (w.lang, ix.p.plan, href.root, current)
        found = self.navs.get(key)
        if found is None:
            found = self.navs[key] = self.nav_macro(ix, w, href, current)
        return found

    def filter_box(self, w: Words, ident: str, states: Sequence[str] | None = None) -> Markup:
        key = (w.lang, ident, tuple(states) if states else None)
        found = self.filters.get(key)
        if found is None:
            found = self.filters[key] = self.filter_macro(w, ident, states)
        return found

    def language(self, w: Words) -> None:
        d = self.data
        common = {"w": w, "reg": d.registry,
                  # the words of every page's header and footer, made once
                  "as_of_text": w.t("site.as-of", date=w.date(d.status.as_of)),
                  "generated_text": w.t("site.generated", date=w.date(d.status.as_of)),
                  "footer_text": w.t("site.footer", version=d.version),
                  "other_langs": [(o, w.t("site.lang-name." + o)) for o in w.other]}
        views = {ix.p.plan: Views(w, ix, self.data.status.as_of, self.links[ix.p.plan],
                                  self.obligation_head, self.obligation_tail, self.unit_list)
                 for ix in self.plans}
        self.views[w.lang] = list(views.values())
        self.page("overview.html.j2", f"{w.lang}/index.html",
                  functools.partial(self.overview, w, views), limit=OVERVIEW_ROWS, **common)
        for ix in self.plans:
            self.plan_pages(w, ix, views[ix.p.plan], common)

    def overview(self, w: Words, views: dict[str, Views]) -> dict[str, Any]:
        overview = []
        for ix in self.plans:
            v, p = views[ix.p.plan], ix.p
            chart, rows = _history_chart(w, w.t("site.history"), ix.history.days,
                                         _history_series(ix.history.totals))
            overview.append({"ix": ix, "states": _state_chart(w, w.t("status.counts"),
                                                              p.counts),
                             "history": chart, "history_rows": rows,
                             "lists": {kind: v.short_list(found[:OVERVIEW_ROWS])
                                       for kind, found in (("overdue", p.overdue),
                                                           ("due-soon", p.due_soon),
                                                           ("stale", p.stale))}})
        return {"plans": overview}

    def plan_pages(self, w: Words, ix: PlanIndex, v: Views, common: dict[str, Any]) -> None:
        base = f"{w.lang}/{ix.p.plan}"
        ctx = {"ix": ix, "gap_rows_of": v.gap_rows, **common,
               "plan_heading": w.t("site.plan-heading",
                                   number=ix.p.data.plan.number or ix.p.plan),
               "days_col_text": w.t(ix.days_col)}
        self.page("units.html.j2", f"{base}/units.html", unit_table=v.unit_table, **ctx)
        self.page("tasks.html.j2", f"{base}/tasks.html", **ctx)
        for kind, found in (("overdue", ix.p.overdue), ("due-soon", ix.p.due_soon),
                            ("stale", ix.p.stale)):
            self.page("list.html.j2", f"{base}/{kind}.html", kind=kind, total=len(found),
                      rows=v.by_task(kind, found), **ctx)
        self.page("indicators.html.j2", f"{base}/indicators.html", **ctx)
        # the pages of a unit, a task and a month of records: their rows made as each is read
        for u in ix.units:
            self.page("unit.html.j2", f"{base}/unit/{ix.unit_slug[u]}.html",
                      functools.partial(self.unit_values, w, ix, v, u), **ctx)
        for row in ix.task_rows:
            self.page("task.html.j2", f"{base}/task/{ix.task_slug[row.task.id]}.html",
                      functools.partial(self.task_values, w, ix, v, row), **ctx)
        months = ix.record_months
        for i, month in enumerate(months):  # newest first
            self.page("records.html.j2", f"{base}/{month.page}",
                      functools.partial(self.records_values, ix, v, month), month=month,
                      newer=months[i - 1] if i else None,
                      older=months[i + 1] if i + 1 < len(months) else None, **ctx)
        for ih in ix.indicators:
            self.page("indicator.html.j2",
                      f"{base}/indicator/{ix.indicator_slug[ih.indicator.id]}.html",
                      ih=ih, chart=_indicator_chart(w, ih),
                      gaps=ix.gaps_by_indicator.get(ih.indicator.id, []), **ctx)

    def unit_values(self, w: Words, ix: PlanIndex, v: Views, u: str) -> dict[str, Any]:
        counts = ix.scores[u].counts if u in ix.scores else dict.fromkeys(STATES, 0)
        series = self.series.get((ix.p.plan, u))
        if series is None:  # the same in both languages: made once
            series = self.series[ix.p.plan, u] = _history_series(ix.history.unit(u))
        chart, hrows = _history_chart(w, w.t("site.unit.history"), ix.history.days, series)
        positions = ix.by_unit.get(u, [])
        return {"unit": u, "unit_name": ix.reg.name(u), "unit_model": ix.reg.units.get(u),
                "total": len(positions), "obligations": v.unit_rows(positions),
                "history": chart, "history_rows": hrows, "counts": counts,
                "readings": v.readings(u)}

    def task_values(self, w: Words, ix: PlanIndex, v: Views, row: TaskRow) -> dict[str, Any]:
        task = row.task
        records = ix.records_by_task.get(task.id, [])
        groups = v.task_groups(task.id, ix.by_task.get(task.id, []))
        return {"task": task, "total": row.total, "counts": row.counts, "groups": groups,
                "present": [g[0] for g in groups],
                "states": _state_chart(w, w.t("status.counts"), row.counts),
                "record_count": len(records), "months": ix.task_months.get(task.id, []),
                "records": list(v.records(task.id)) if len(records) <= RECORDS_INLINE else []}

    def records_values(self, ix: PlanIndex, v: Views, month: RecordMonth) -> dict[str, Any]:
        return {"groups": [(ix.task_slug[task], task, ix.titles.get(task, ""), stop - start,
                            v.records(task, start, stop)) for task, start, stop in month.runs]}


def build(data: SiteData) -> Pages:
    """Every file of the site: path (with / separators) -> bytes, sorted by path; each page
    is rendered when read (`Pages`)."""
    return Site(data).build()


def words(lang: str) -> Callable[[str], str]:
    """The catalogue of one language as a function of a key (for tests and templates)."""
    return Words(lang).t
