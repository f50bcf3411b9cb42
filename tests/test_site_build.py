"""The pages of `cchc site`: the same numbers as `status --format json`, every link local and
resolving, every text escaped, both languages, and the same bytes for the same input."""

from __future__ import annotations

import datetime as dt
import html.parser
import json
import posixpath
import re
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.compute.summary import Summary
from cchc.errors import CchcError
from cchc.pipeline import load
from cchc.render.output import View
from cchc.render.safe import escape_json
from cchc.render.site.build import LANGUAGES, slugs
from cchc.render.site.make import site_files
from cchc.write.site import MANIFEST, write_site
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, ROOT, RepoWriter

DEMO = ROOT / "examples" / "demo"
AS_OF = dt.date(2023, 3, 31)


def pages(root: Path, as_of: dt.date = AS_OF) -> Mapping[str, bytes]:
    """The site's files, each page rendered when read (`Pages`)."""
    loaded = load(root)
    return site_files(loaded.repo, loaded.registry, as_of,
                      locality=loaded.repo.config.name or root.name,
                      language=loaded.repo.config.language)


def build(root: Path, as_of: dt.date = AS_OF) -> dict[str, bytes]:
    """The site's files, every page rendered now (a test that patches the renderer compares
    them with the pages it renders after)."""
    return dict(pages(root, as_of))


@pytest.fixture(scope="module")
def demo() -> dict[str, bytes]:
    return build(DEMO)


class Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value is not None:
                self.ids.append(value)
            if name == "content" and value and "url=" in value:
                self.links.append(value.split("url=", 1)[1])


def test_same_bytes_for_the_same_input(demo: dict[str, bytes]) -> None:
    assert build(DEMO) == demo


def _count_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The templates rendered from now on, by name (a page is one render of its template)."""
    import jinja2

    rendered: list[str] = []
    real = jinja2.Template.generate

    def counting(self: jinja2.Template, *args: object, **kwargs: object) -> Iterator[str]:
        rendered.append(self.name or "")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "generate", counting)
    return rendered


def test_pages_are_rendered_when_read_in_any_order(demo: dict[str, bytes],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing the site renders nothing; reading a page renders it, each time, and gives the
    same bytes whatever was read before it (the pages share the caches of their rows)."""
    rendered = _count_renders(monkeypatch)
    site = pages(DEMO)
    assert list(site) == sorted(demo) and len(site) == len(demo)
    assert "vi/index.html" in site and "nowhere.html" not in site
    assert site.keys() == demo.keys() and rendered == []
    backwards = {path: site[path] for path in reversed(list(site))}
    assert backwards == demo
    assert len(rendered) == sum(p.endswith(".html") for p in demo)
    assert site["en/index.html"] == demo["en/index.html"]  # read again: rendered again
    assert rendered[-1] == "overview.html.j2"
    with pytest.raises(KeyError):
        site["nowhere.html"]
    # the languages in turn, page by page: each change lets the other's rows go, and they are
    # made again the same
    from cchc.compute.summary import summarise
    from cchc.render.output import View
    from cchc.render.site import build as site_build
    from cchc.render.site.make import site_data

    loaded = load(DEMO)
    repo, registry = loaded.repo, loaded.registry
    view = View(lang=repo.config.language, as_of=AS_OF, registry=registry,
                locality=repo.config.name or DEMO.name, incomplete=False,
                due_soon_days=repo.config.due_soon_days,
                stale_after_days=repo.config.stale_after_days)
    made = site_build.Site(site_data(repo, registry, summarise(repo, registry, AS_OF), view))
    files = made.build()
    units = [p for p in demo if "/unit/" in p]
    by_lang = {lang: [p for p in units if p.startswith(lang + "/")] for lang in LANGUAGES}
    for vi_page, en_page in zip(by_lang["vi"], by_lang["en"], strict=True):
        assert files[vi_page] == demo[vi_page] and files[en_page] == demo[en_page]
        assert all(v._parts is None for v in made.views["vi"])  # let go for English
        assert any(v._parts is not None for v in made.views["en"])


def test_write_site_renders_each_page_once(tmp_path: Path, demo: dict[str, bytes],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.render.site.pages import Pages

    read: list[str] = []
    real = Pages.__getitem__

    def reading(self: Pages, path: str) -> bytes:
        read.append(path)
        return real(self, path)

    monkeypatch.setattr(Pages, "__getitem__", reading)
    rendered = _count_renders(monkeypatch)
    out = tmp_path / "site"
    for changed in (len(demo), 0):  # a first build, then a rebuild that finds them unchanged
        read.clear()
        rendered.clear()
        assert write_site(out, pages(DEMO)) == changed
        assert read == sorted(demo)
        assert len(rendered) == sum(p.endswith(".html") for p in demo)
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and p.name != MANIFEST} == demo


def test_a_page_that_fails_to_render_stops_the_writing_in_a_folder_cchc_knows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.render.site import build as site_build

    broken = "en/index.html"
    real = site_build.Site.render

    def render(self: site_build.Site, template: str, path: str, *args: object) -> bytes:
        if path == broken:
            raise RuntimeError("a template's bug")
        return real(self, template, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(site_build.Site, "render", render)
    site = pages(DEMO)
    out = tmp_path / "site"
    with pytest.raises(RuntimeError):
        write_site(out, site)
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {MANIFEST, *(p for p in site if p < broken)}
    assert set(site) <= set((out / MANIFEST).read_text(encoding="utf-8").splitlines())
    monkeypatch.setattr(site_build.Site, "render", real)
    assert write_site(out, pages(DEMO)) == len(site) - len(written) + 1  # the rest


def test_status_json_is_the_commands_data_written_compact(demo: dict[str, bytes]) -> None:
    result = CliRunner().invoke(app, ["status", "--repo", str(DEMO), "--as-of", "2023-03-31",
                                      "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout_bytes)
    assert json.loads(demo["status.json"]) == data
    # json.dumps's compact text of the same data, in the same order (a program reads it; the
    # command's indentation would be 40% more bytes to write)
    assert demo["status.json"].decode("utf-8") == escape_json(
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n"


def test_status_json_is_made_when_written(demo: dict[str, bytes],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Not held as the whole run's data: made when the writer reads it, each time."""
    from cchc.render.site import make

    made: list[bytes] = []
    real = make.status_json_compact

    def counted(status: Summary, view: View) -> bytes:
        made.append(real(status, view))
        return made[-1]

    monkeypatch.setattr(make, "status_json_compact", counted)
    site = pages(DEMO)
    assert made == [] and "status.json" in site
    assert site["status.json"] == demo["status.json"] == made[0]
    assert site["status.json"] == made[1]


def test_overview_counts_are_the_json_counts(demo: dict[str, bytes]) -> None:
    import json

    status = json.loads(demo["status.json"])
    for lang in LANGUAGES:
        page = demo[f"{lang}/index.html"].decode()
        for plan in status["plans"]:
            for state, count in plan["counts"].items():
                assert f'data-state="{state}" data-count="{count}"' in page
            for worst in plan["worst_units"]:
                assert re.search(rf'<tr data-unit="{worst["unit"]}">.*?data-count='
                                 rf'"{worst["overdue"]}".*?data-count="{worst["days_overdue"]}"',
                                 page)


def test_every_link_is_local_and_resolves(demo: dict[str, bytes]) -> None:
    pages = [p for p in demo if p.endswith(".html")]
    assert len(pages) > 50
    for path in pages:
        parser = Links()
        parser.feed(demo[path].decode())
        assert len(parser.ids) == len(set(parser.ids)), path
        for link in parser.links:
            assert not re.match(r"^([a-z]+:|//)", link), (path, link)
            if link.startswith("#"):
                assert link[1:] in parser.ids, (path, link)
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path),
                                                       link.split("#")[0]))
            assert target in demo, (path, link)


def test_both_languages_have_the_same_pages(demo: dict[str, bytes]) -> None:
    trees = {lang: {p.split("/", 1)[1] for p in demo if p.startswith(lang + "/")}
             for lang in LANGUAGES}
    assert trees["vi"] == trees["en"]
    vi = demo["vi/index.html"].decode()
    en = demo["en/index.html"].decode()
    assert '<html lang="vi">' in vi and '<html lang="en">' in en
    assert "quá hạn" in vi and "overdue" in en and "ngày 31/3/2023" in vi
    assert 'href="../en/index.html"' in vi and 'href="../vi/index.html"' in en
    for path, content in demo.items():
        text = content.decode()
        assert unicodedata.is_normalized("NFC", text), path


def test_root_opens_the_repositorys_language(demo: dict[str, bytes]) -> None:
    page = demo["index.html"].decode()
    assert 'url=vi/index.html' in page or 'url=en/index.html' in page


def test_a_page_per_unit_task_and_indicator(demo: dict[str, bytes]) -> None:
    loaded = load(DEMO)
    pd = next(iter(loaded.repo.plans.values()))
    task_names = slugs(t.value.id for t in pd.tasks)
    for t in pd.tasks:
        page = demo[f"en/{pd.handle}/task/{task_names[t.value.id]}.html"].decode()
        assert t.value.id in page
    for i in pd.indicators:
        assert f"en/{pd.handle}/indicator/{i.value.id}.html" in demo
    assert any(p.startswith(f"vi/{pd.handle}/unit/") for p in demo)


def test_data_text_is_always_escaped(make_repo: RepoWriter) -> None:
    evil = '<script>alert("x")</script> & Co'
    root = make_repo({
        "units/units.yaml": (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
        .split('UNITS = """\\\n')[1].split('"""')[0].replace("UBND Phường 1", evil),
        "plans/p/updates/2023/all.yaml": HAND_RECORDS.replace("[KH 1]", '["<img src=x>"]'),
        "plans/p/measurements/2023-02.yaml": HAND_FEBRUARY,
        "plans/p/measurements/2023-03.yaml": HAND_MARCH,
    })
    files = build(root)
    seen = False
    for path, content in files.items():
        text = content.decode()
        assert "<script>alert" not in text and "<img src=x>" not in text, path
        seen = seen or "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in text
    assert seen


class Cells(html.parser.HTMLParser):
    """The text of every table cell, a cell ending where HTML ends it: at the next cell's
    start, its row's end or its own end tag."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self.cells.append("")
            self.open = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self.open = False

    def handle_data(self, data: str) -> None:
        if self.open:
            self.cells[-1] += data


def test_cells_end_where_html_ends_them_with_nothing_added(demo: dict[str, bytes]) -> None:
    """The tables of the pages a plan has hundreds of (units, tasks, months of records) leave
    out the end tags of cells that HTML ends by itself (at the next cell or the row's end),
    and no cell of any page gets a line break or space that an end tag used to keep out."""
    cells = 0
    for path, body in demo.items():
        if not path.endswith(".html"):
            continue
        text = body.decode("utf-8")
        if re.search(r"/(unit|task|records)/", path):
            assert not re.search(r"</t[dh]>(?=<t[dh][ >]|</tr>)", text), path
        parser = Cells()
        parser.feed(text)
        cells += len(parser.cells)
        for cell in parser.cells:
            assert cell == cell.strip(), (path, cell)
    assert cells > 1000


def test_slugs() -> None:
    assert slugs(["III.2", "iii.2", "a", "con", "CON.1"]) == {
        "CON.1": "_con.1", "III.2": "iii.2", "a": "a", "con": "_con", "iii.2": "iii.2-2"}


def test_output_writes_rebuilds_and_refuses(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert write_site(out, {"a.html": b"1", "d/b.html": b"2"}) == 2
    assert (out / MANIFEST).is_file()
    before = (out / "a.html").stat().st_mtime_ns
    assert write_site(out, {"a.html": b"1", "c.html": b"3"}) == 2  # c written, d/b removed
    assert not (out / "d").exists() and (out / "a.html").stat().st_mtime_ns == before
    other = tmp_path / "documents"
    other.mkdir()
    (other / "letter.docx").write_bytes(b"x")
    with pytest.raises(CchcError) as refused:
        write_site(other, {"a.html": b"1"})
    assert refused.value.key == "site.not-a-site" and not (other / "a.html").exists()
    with pytest.raises(ValueError):
        write_site(tmp_path / "new", {"../escape.html": b"x"})


def test_a_first_build_that_fails_half_way_leaves_a_folder_cchc_can_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from cchc.write import site as site_writer

    out = tmp_path / "site"
    files = {"a.html": b"1", "d/b.html": b"2" * 100, "e.html": b"3"}
    real = os.write
    seen: list[int] = []

    def failing(fd: int, data: bytes | memoryview) -> int:
        if len(data) == 100:  # d/b.html: the disk fills up half-way through the site
            seen.append(fd)
            raise OSError(28, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(site_writer.os, "write", failing)
    with pytest.raises(CchcError) as failed:
        write_site(out, files)
    assert failed.value.key == "write.failed" and seen
    assert not (out / "d" / "b.html").exists()  # no half-written page is left
    assert (out / "a.html").read_bytes() == b"1"
    assert set(files) <= set((out / MANIFEST).read_text(encoding="utf-8").splitlines())
    monkeypatch.setattr(site_writer.os, "write", real)
    assert write_site(out, files) == 2  # cchc's own folder: written again, not refused
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == {
        *files, MANIFEST}
    # into a new folder pages are created, never written over: a file put there meanwhile
    # (by someone else, between the check that the folder is empty and the pages) is kept
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(site_writer, "_manifest", lambda paths: (
        (other / "a.html").write_bytes(b"someone's"), b"#\n")[1])
    with pytest.raises(CchcError):
        write_site(other, {"a.html": b"x"})
    assert (other / "a.html").read_bytes() == b"someone's"


def test_the_command_writes_the_site_and_refuses_a_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    args = ["site", "--repo", str(DEMO), "--as-of", "2023-03-31", "--lang", "en"]
    result = CliRunner().invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "site written" in result.stderr
    status = CliRunner().invoke(app, ["status", "--repo", str(DEMO), "--as-of", "2023-03-31",
                                      "--lang", "en", "--format", "json"])
    assert json.loads((out / "status.json").read_bytes()) == json.loads(status.stdout_bytes)
    assert (out / "en" / "index.html").is_file() and (out / "vi" / "index.html").is_file()
    again = CliRunner().invoke(app, [*args, "-o", str(out)])
    assert again.exit_code == 0 and "0 changed" in again.stderr
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("x", encoding="utf-8")
    refused = CliRunner().invoke(app, [*args, "-o", str(foreign)])
    assert refused.exit_code == 1 and "not empty" in refused.stderr
    assert sorted(p.name for p in foreign.iterdir()) == ["notes.txt"]


def test_the_command_leaves_nothing_it_made_to_the_collector(tmp_path: Path) -> None:
    """What a build made lives until the process ends: frozen out of the cyclic collector's
    sight, as the load is. Left to it, the first collection after the build scans every
    object still alive (100,000 on the demo; a third of a second at 1,000 communes)."""
    import gc

    gc.collect()
    try:
        result = CliRunner().invoke(app, ["site", "--repo", str(DEMO), "--as-of", "2023-03-31",
                                          "-o", str(tmp_path / "site")])
        assert result.exit_code == 0, result.output
        young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        assert gc.isenabled() and young < 1_000
    finally:  # this test process goes on: what was frozen is the collector's again
        gc.unfreeze()
        gc.collect()


def test_no_list_page_has_a_row_per_obligation(demo: dict[str, bytes]) -> None:
    import json

    status = json.loads(demo["status.json"])
    for plan in status["plans"]:
        for kind, key in (("overdue", "overdue"), ("due-soon", "due_soon"), ("stale", "stale")):
            page = demo[f"vi/{plan['plan']}/{kind}.html"].decode()
            tasks = {o["task"] for o in plan[key]}
            counts = [int(c) for c in re.findall(r'<td class="n" data-count="(\d+)"', page)]
            assert len(counts) == len(tasks) and sum(counts) == len(plan[key]), kind


def test_a_tasks_units_by_state_are_the_json_obligations(demo: dict[str, bytes]) -> None:
    import json

    status = json.loads(demo["status.json"])
    plan = status["plans"][0]
    overdue: dict[str, list[str]] = {}
    for o in plan["overdue"]:
        overdue.setdefault(o["task"], []).append(o["unit"])
    loaded = load(DEMO)
    names = slugs(t.value.id for t in loaded.repo.plans[plan["plan"]].tasks)
    for task, units in overdue.items():
        page = demo[f"en/{plan['plan']}/task/{names[task]}.html"].decode()
        group = page.split('id="state-overdue"', 1)[1].split("</section>", 1)[0]
        assert group.count("<li>") == len(units)
        for unit in units:
            assert f'href="../unit/{unit}.html"' in group


def test_every_record_is_on_the_page_of_its_month(demo: dict[str, bytes],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.render.site import build as site_build

    loaded = load(DEMO)
    (pd,) = loaded.repo.plans.values()
    records = [r.value for r in pd.records if r.value.date <= AS_OF]
    months = {f"{r.date:%Y-%m}" for r in records}
    assert len(months) > 1
    for lang in LANGUAGES:
        pages = {p for p in demo if p.startswith(f"{lang}/{pd.handle}/records/")}
        assert pages == {f"{lang}/{pd.handle}/records/{m}.html" for m in months}
    # each record's evidence is on its month's page, once per record that gives it
    for r in records:
        page = demo[f"vi/{pd.handle}/records/{r.date:%Y-%m}.html"].decode()
        if r.evidence:
            assert html_escape("; ".join(r.evidence)) in page
    total = sum(demo[p].decode().count("<tr><td>") for p in demo
                if p.startswith(f"en/{pd.handle}/records/"))
    assert total == len(records)
    # a task with more records than RECORDS_INLINE leads to its months instead
    monkeypatch.setattr(site_build, "RECORDS_INLINE", 1)
    files = build(DEMO)
    busy = max({r.task for r in records}, key=lambda t: sum(r.task == t for r in records))
    task_page = files[f"en/{pd.handle}/task/{slugs([busy])[busy]}.html"].decode()
    assert 'id="records"' not in task_page
    assert f'records/{max(r.date for r in records if r.task == busy):%Y-%m}.html#task-' \
        in task_page


def html_escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def test_the_fast_escape_and_joined_rows_write_the_bytes_of_jinjas_own(
        demo: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    from jinja2.compiler import CodeGenerator

    from cchc.render.site import build as site_build

    assert site_build._escape_text("<a href='x'>&\"") == html_escape("<a href='x'>&\"")
    env = site_build.environment()
    code = env.compile(env.loader.get_source(env, "unit.html.j2")[0], raw=True)  # type: ignore[union-attr]
    assert "yield ''.join(" in code  # a row of a unit page is one piece of output
    # its imports take the macros' module made once, not by comparing globals on each page
    assert "_get_default_module" not in code and code.count(").module\n") == 2
    monkeypatch.setattr(site_build._Environment, "code_generator_class", CodeGenerator)
    site_build.environment.cache_clear()
    try:
        assert build(DEMO) == demo
    finally:
        site_build.environment.cache_clear()


# Loops of every shape the site's templates could hold: rows of writes (joined by cchc's code
# generator), and loops it must leave as Jinja wrote them (loop variable, else, filter, if,
# set, nested, in a macro, a call passing the loop's variables).
LOOPS = """{% macro cells(xs) %}{% for x in xs %}<td>{{ x }}</td>{% endfor %}{% endmacro %}
{% macro pairs(xs) %}{% for a, b in xs %}<i>{{ a }}</i>{{ b }}{% endfor %}{% endmacro %}
<table>{% for name, xs in rows %}<tr><th>{{ name }}</th>{{ cells(xs) }}</tr>
{% for x in xs %}<b>{{ x }}</b>{{ f(x) }}{% endfor %}{% endfor %}</table>
{% for name, xs in rows %}{{ loop.index }}: {{ name }}{% else %}none{% endfor %}
{% for name, xs in rows if name != "b" %}[{{ name }}]{% endfor %}
{% for name, xs in rows %}{% if xs %}{{ name }}{% endif %}{% set y = name ~ "!" %}{{ y }}
{%- endfor %}
{% for name, xs in rows %}{{ pairs([(name, xs|length)]) }}{% endfor %}
{% for x in [] %}{{ x }}{% endfor %}{% for x in empty %}{{ x }}{% endfor %}end"""


def test_joined_loops_write_what_jinjas_own_loops_write() -> None:
    """A `{% for %}` that only writes becomes one join of a comprehension
    (`build._joined_loop`): the same text as Jinja's own code for every kind of loop, the
    escaping included, and the code's lines where Jinja put them (its tracebacks name the
    template's lines through them)."""
    import jinja2
    from jinja2.compiler import CodeGenerator

    from cchc.render.site import build as site_build

    def env(generator: type[CodeGenerator]) -> jinja2.Environment:
        class E(site_build._Environment):
            code_generator_class = generator
        return E(autoescape=True, undefined=jinja2.StrictUndefined)

    class Stock(site_build._CodeGenerator):
        visit_For = CodeGenerator.visit_For

    ours, stock = env(site_build._CodeGenerator), env(Stock)
    code = ours.compile(LOOPS, raw=True)
    assert code.count("''.join([") == 5  # the rows, cells, bold cells, pairs, empty
    assert code.count("\n") == stock.compile(LOOPS, raw=True).count("\n")
    context = {"rows": [("a", ["<1>", 2]), ("b", []), ("c&", ["x"])], "empty": (),
               "f": lambda x: f"({x})"}
    written = ours.from_string(LOOPS).render(**context)
    assert written == stock.from_string(LOOPS).render(**context)
    assert written == env(CodeGenerator).from_string(LOOPS).render(**context)
    assert "<td>&lt;1&gt;</td>" in written and "3: c&amp;" in written
    for template in ("records.html.j2", "unit.html.j2", "_tables.html.j2"):
        source = site_build.environment().loader.get_source(  # type: ignore[union-attr]
            site_build.environment(), template)[0]
        assert "''.join([" in ours.compile(source, raw=True)  # the rows of its tables


def test_month_ends_come_from_the_answers_cache(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.compute import history as history_module

    asked: list[list[dt.date]] = []
    real = history_module.month_end_counts

    def counting(*args: object, **kwargs: object) -> object:
        asked.append(list(args[3]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(history_module, "month_end_counts", counting)
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "cache"))
    args = ["site", "--repo", str(DEMO), "--lang", "en"]
    outputs = []
    for as_of, out in (("2023-03-31", "a"), ("2023-03-31", "b"), ("2023-04-15", "c")):
        result = CliRunner().invoke(app, [*args, "--as-of", as_of, "-o", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        outputs.append({p.relative_to(tmp_path / out).as_posix(): p.read_bytes()
                        for p in (tmp_path / out).rglob("*") if p.is_file()})
    # computed the first time; then kept: the same day again computes no month end, a later
    # day only the month it had not seen
    assert asked == [[dt.date(2023, 1, 31), dt.date(2023, 2, 28)], [],
                     [dt.date(2023, 3, 31)]]
    assert outputs[0] == outputs[1]
    no_cache = CliRunner().invoke(app, ["--no-cache", *args, "--as-of", "2023-04-15", "-o",
                                        str(tmp_path / "d")])
    assert no_cache.exit_code == 0
    assert all((tmp_path / "d" / p).read_bytes() == content
               for p, content in outputs[2].items())


def test_the_parts_drawn_once_are_what_the_macros_write(
        demo: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """`once(macro, ...)` gives back what the macro wrote for the same arguments: the site is
    the same with every part drawn anew; a unit's history in the other language takes the
    lines already drawn (one part, not two), and the parts are let go when there are too many."""
    from cchc.render.site import build as site_build

    with monkeypatch.context() as anew:
        anew.setattr(site_build._Once, "__call__", lambda self, macro, *args: macro(*args))
        assert build(DEMO) == demo
    once = site_build.environment().globals["once"]
    files = pages(DEMO)
    unit = next(p for p in files if p.startswith("vi/") and "/unit/" in p)
    files[unit]
    drawn = {key for key in once if key[0].name == "line_marks"}
    files["en/" + unit[3:]]
    assert {key for key in once if key[0].name == "line_marks"} == drawn
    assert len(drawn) == 1  # one unit's lines, drawn for vi only
    monkeypatch.setattr(site_build._Once, "LIMIT", 2)
    small = site_build._Once()
    parts = [small(lambda x: site_build.Markup(x), str(i)) for i in range(5)]
    assert parts == ["0", "1", "2", "3", "4"] and len(small) <= 2


def test_the_units_page_shows_each_units_counts(demo: dict[str, bytes]) -> None:
    """The plan's units page: a row per unit with a page, its count in each state, its total
    and its share done (rounded as Python rounds, to even), zeros for a unit that owes
    nothing."""
    from cchc.compute.obligations import STATES
    from cchc.compute.summary import summarise

    loaded = load(DEMO)
    status = summarise(loaded.repo, loaded.registry, AS_OF)
    for p in status.plans:
        page = demo[f"en/{p.plan}/units.html"].decode()
        rows = re.findall(r'<tr data-unit="([^"]+)">(.*?)</tr>', page, re.S)
        scores = {s.unit: s for s in p.scorecard}
        assert rows and {u for u, _ in rows} >= set(scores)
        for unit, row in rows:
            cells = re.findall(r'<td class="n">([^<]*)', row)
            score = scores.get(unit)
            if score is None:
                assert cells == ["0"] * (len(STATES) + 1) + [""]
                continue
            assert cells[:-2] == [str(score.counts[s]) for s in STATES]
            assert cells[-2:] == [str(score.total), f"{round(score.done_share)}%"]


def test_the_sites_templates_are_loaded_once_with_the_environments_globals() -> None:
    """A page asks for its templates by name (its own, the one it extends, those it imports
    from): the same template each time, with the environment's globals in a plain dict (a
    page's context starts as a copy of them)."""
    from cchc.render.site import build as site_build

    env = site_build.environment()
    unit = env.get_template("unit.html.j2")
    assert env.get_template("unit.html.j2") is unit
    assert env.get_template("_charts.html.j2", "unit.html.j2") is \
        env.get_template("_charts.html.j2")
    assert type(unit.globals) is dict and unit.globals["STATES"] == env.globals["STATES"]
    assert unit.globals["once"] is env.globals["once"]
