"""The cache of validated files: the answer is always the same as with --no-cache."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.load.cache import Cache
from cchc.pipeline import check, load
from tests.conftest import PLAN, RepoWriter

runner = CliRunner()
READINGS = """\
period: 2023-03
values:
  - indicator: hai-long
    unit: phong-noi-vu
    value: 91.5
"""
RECORD = """\
task: "1.1.1"
unit: phong-noi-vu
date: 2023-03-01
status: in-progress
"""


def both(root: Path, cache: Path) -> tuple[list[str], list[str]]:
    """check through the cache and without it, as comparable lines."""
    def lines(found: list[object]) -> list[str]:
        return [repr(d) for d in found]

    cached, _ = check(root, cache)
    fresh = load(root).diagnostics
    return lines(cached), lines(fresh)  # type: ignore[arg-type]


def overdue_json(root: Path, *extra: str) -> object:
    result = runner.invoke(app, ["overdue", "--repo", str(root), "--as-of", "2023-04-01",
                                 "--format", "json", "--allow-errors", *extra])
    return json.loads(result.stdout)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_every_change_gives_the_same_answer_as_no_cache(make_repo: RepoWriter,
                                                        cache: Path) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    steps = [
        lambda: None,                                                        # cold, then warm
        lambda: (root / "plans/p/updates/a.yaml").write_text(               # edit
            RECORD.replace("in-progress", "blocked"), encoding="utf-8"),
        lambda: (root / "plans/p/updates/b.yaml").write_text(               # add a bad file
            "task: [\n", encoding="utf-8"),
        lambda: (root / "plans/p/updates/b.yaml").rename(                   # rename
            root / "plans/p/updates/c.yaml"),
        lambda: (root / "plans/p/updates/c.yaml").unlink(),                  # delete
        lambda: (root / "plans/p/plan.yaml").write_text(                     # break the plan
            PLAN.replace("lead: phuong-xa", "lead: phong-ma"), encoding="utf-8"),
        lambda: (root / "plans/p/stray.yaml").write_text("x: 1\n", encoding="utf-8"),
    ]
    for step in steps:
        step()
        for _ in range(2):  # the second run answers from the cache
            cached, fresh = both(root, cache)
            assert cached == fresh
            assert overdue_json(root) == overdue_json(root, "--no-cache")


def test_same_size_same_time_edit_is_caught_by_the_content_hash(make_repo: RepoWriter,
                                                                cache: Path) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    path = root / "plans/p/updates/a.yaml"
    assert check(root, cache)[0] == []
    st = path.stat()
    path.write_text(RECORD.replace("2023-03-01", "2023-03-41"), encoding="utf-8")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same time
    cached, fresh = both(root, cache)
    assert cached == fresh and fresh != []


def test_a_warm_check_reads_no_file(make_repo: RepoWriter, cache: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    for p in root.rglob("*.yaml"):  # older than the cache: no doubt about them
        os.utime(p, ns=(time.time_ns() - 10**10, time.time_ns() - 10**10))
    # Setting the times was a change (ctime) a moment ago; 2 s later it is no doubt either.
    monkeypatch.setattr("cchc.load.cache.RACY_NS", 0)
    expected = load(root).diagnostics
    check(root, cache)
    reads: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    assert check(root, cache)[0] == expected
    assert reads == []


def test_a_damaged_cache_is_ignored_and_rebuilt(make_repo: RepoWriter, cache: Path) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    expected = load(root).diagnostics
    check(root, cache)
    load(root, cache)
    files = sorted(cache.iterdir())
    assert len(files) == 2
    for f in files:
        f.write_bytes(b"\x80\x04garbage" + os.urandom(64))
    assert check(root, cache)[0] == expected
    assert load(root, cache).diagnostics == expected
    assert check(root, cache)[0] == expected


def test_a_new_version_of_cchc_invalidates_everything(make_repo: RepoWriter, cache: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    load(root, cache)
    assert Cache.open(cache, root).entries
    monkeypatch.setattr("cchc.load.cache.__version__", "999.0")
    assert Cache.open(cache, root).entries == {}
    assert load(root, cache).diagnostics == load(root).diagnostics


def test_no_cache_writes_nothing(make_repo: RepoWriter, cache: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    root = make_repo({})
    assert runner.invoke(app, ["check", "--repo", str(root), "--no-cache"]).exit_code == 0
    assert not cache.exists()
    assert runner.invoke(app, ["check", "--repo", str(root)]).exit_code == 0
    assert cache.exists()


# --- issue 11, item 4: stale caches ------------------------------------------------------

OLD_NS = 1_600_000_000 * 10**9  # 2020: far from any cache's writing, so never "racy"


def _age(root: Path) -> None:
    for p in root.rglob("*.yaml"):
        os.utime(p, ns=(OLD_NS, OLD_NS))


def test_an_old_file_edited_in_place_and_its_time_set_back_is_seen(make_repo: RepoWriter,
                                                                   cache: Path) -> None:
    """`cp -p`, `tar x`, `rsync -t`: same size, same modification time, long ago."""
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    _age(root)
    path = root / "plans/p/updates/a.yaml"
    assert check(root, cache)[0] == []
    load(root, cache)
    path.write_text(RECORD.replace("2023-03-01", "2023-03-41"), encoding="utf-8")
    os.utime(path, ns=(OLD_NS, OLD_NS))
    cached, fresh = both(root, cache)
    assert fresh != [] and cached == fresh
    assert [repr(d) for d in load(root, cache).diagnostics] == fresh


def test_a_file_replaced_by_a_copy_with_the_same_stamp_is_seen(make_repo: RepoWriter,
                                                               cache: Path) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    _age(root)
    path = root / "plans/p/updates/a.yaml"
    load(root, cache)
    other = root / "elsewhere.txt"
    other.write_text(RECORD.replace("in-progress", "blocked    "), encoding="utf-8")
    os.utime(other, ns=(OLD_NS, OLD_NS))
    os.replace(other, path)  # a checkout or a restore: a new inode, same size and times
    assert [repr(d) for d in load(root, cache).diagnostics] == both(root, cache)[1]
    records = load(root, cache).repo.plans["p"].records
    assert [r.value.status for r in records] == ["blocked"]


def test_the_files_cache_of_another_generation_is_not_used(make_repo: RepoWriter,
                                                           cache: Path) -> None:
    """The two cache files written by different runs never pair up."""
    import shutil

    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    path = root / "plans/p/updates/a.yaml"
    load(root, cache)
    saved = {p.name: p.read_bytes() for p in cache.iterdir()}
    path.write_text(RECORD.replace("in-progress", "blocked"), encoding="utf-8")
    load(root, cache)  # a second run: both files replaced
    files = next(p for p in cache.iterdir() if p.name.endswith(".files.pack"))
    files.write_bytes(saved[files.name])  # the first run's results, the second's manifest
    shutil.copy(path, root / "x")
    records = load(root, cache).repo.plans["p"].records
    assert [r.value.status for r in records] == ["blocked"]


# --- issue 11, item 17: a damaged cache that still unpickles -----------------------------

def test_a_cache_that_unpickles_into_nonsense_is_a_miss(make_repo: RepoWriter,
                                                        cache: Path) -> None:
    import pickle

    from cchc.load.cache import PACK_MAGIC, _pack_digest, _versions
    from cchc.load.repository import FileResult

    root = make_repo({"plans/p/updates/a.yaml": RECORD,
                      "plans/p/updates/b.yaml": "task: [\n",
                      "plans/p/measurements/2023-03.yaml": READINGS})
    expected = [repr(d) for d in load(root).diagnostics]
    load(root, cache)
    manifest = next(p for p in cache.iterdir() if p.name.endswith(".manifest.pickle"))
    files = next(p for p in cache.iterdir() if p.name.endswith(".files.pack"))
    good_manifest = pickle.loads(manifest.read_bytes())
    raw = files.read_bytes()
    good_files = pickle.loads(raw[len(PACK_MAGIC) + 16:])

    def framed(data: object) -> bytes:  # damaged inside, with a digest that agrees
        body = pickle.dumps(data)
        return PACK_MAGIC + _pack_digest(body) + body

    entries = good_files["files"]
    plan_path = next(p for p in entries if p.endswith("plan.yaml"))
    rows_path = "plans/p/updates/a.yaml"
    kind, plan, diags, body = entries[rows_path]
    broken = object.__new__(FileResult)  # a result without any of its fields

    def with_entry(path: str, entry: object) -> dict[str, object]:
        return {**good_files, "files": {**entries, path: entry}}

    damages: list[tuple[Path, bytes]] = [
        (manifest, pickle.dumps({"versions": _versions(), "entries": {"a": object()}})),
        (manifest, pickle.dumps({**good_manifest, "entries": {
            p: ("stamp", 1) for p in good_manifest["entries"]}})),
        (manifest, pickle.dumps({**good_manifest, "checked": ("x", [1, 2])})),
        (manifest, pickle.dumps({**good_manifest, "written_ns": "soon"})),
        (manifest, pickle.dumps([1, 2, 3])),
        (files, raw[:-1] + bytes([raw[-1] ^ 1])),  # one bit
        (files, raw[:len(raw) // 2]),
        (files, pickle.dumps(good_files)),  # the old format: no frame
        (files, framed({**good_files, "versions": "0"})),
        (files, framed({**good_files, "strings": [None, 42]})),
        (files, framed({**good_files, "dates": [None, "2023-03-01"]})),
        (files, framed({**good_files, "periods": [None, ("2023-03", None)]})),
        (files, framed({**good_files, "evidence": [None, ("a", 1)]})),
        (files, framed({**good_files, "files": [1, 2]})),
        (files, framed(with_entry(plan_path, (*entries[plan_path][:3], ("result", broken))))),
        (files, framed(with_entry(plan_path, (*entries[plan_path][:3], ("result", 42))))),
        (files, framed(with_entry(rows_path, (kind, plan, (None,), body)))),
        (files, framed(with_entry(rows_path, (kind, plan, diags, ("records", ((1, 2),)))))),
        (files, framed(with_entry(rows_path, (kind, plan, diags,
                                              ("records", ((0, 0, 0, 0, 0, 0, 0, -1),)))))),
        (files, framed(with_entry(rows_path, (kind, plan, diags, ("readings", 1))))),
        (files, framed(with_entry(rows_path, (kind, plan, diags, ("nonsense",))))),
    ]
    for target, damage in damages:
        manifest.write_bytes(pickle.dumps(good_manifest))
        files.write_bytes(raw)
        target.write_bytes(damage)
        assert [repr(d) for d in check(root, cache)[0]] == expected, damage
        target.write_bytes(damage)
        assert [repr(d) for d in load(root, cache).diagnostics] == expected, damage
        result = runner.invoke(app, ["check", "--repo", str(root)],
                               env={"CCHC_CACHE_DIR": str(cache)})
        assert result.exit_code == 1 and "Traceback" not in result.output


def test_the_default_cache_folder_comes_from_platformdirs(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    from cchc.load.cache import default_dir

    assert default_dir({"CCHC_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert default_dir({}) == platformdirs.user_cache_path("cchc", appauthor=False)


def test_a_changed_program_does_not_answer_from_the_old_ones_cache(tmp_path: Path) -> None:
    """The cache's version stamp covers cchc's own files, not only its version number: a fix
    made without a new version must not be hidden by answers the old code kept."""
    import os

    from cchc.load.cache import _code_stamp

    package = tmp_path / "cchc"
    (package / "compute").mkdir(parents=True)
    source = package / "compute" / "gaps.py"
    source.write_text("x = 1\n", encoding="utf-8")
    before = _code_stamp(package)
    assert _code_stamp(package) == before
    source.write_text("x = 2\n", encoding="utf-8")  # same size, new content and time
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert _code_stamp(package) != before
    (package / "new.py").write_text("", encoding="utf-8")
    assert len({before, _code_stamp(package)}) == 2


def test_a_warm_load_reads_no_file_and_gives_the_same_repository(tmp_path: Path,
                                                                  cache: Path,
                                                                  monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    """The files' pack (plain rows) gives back every record and reading as validated, with
    its position, the file's diagnostics, and the settings, units and plans."""
    from bench.generate import generate

    root = tmp_path / "repo"
    generate(root, 6, seed=2, tasks=30)
    (root / "plans/bench-2023/updates/2023/zz-warn.yaml").write_text(
        'task: "1.1.1"\nunit: nobody\ndate: 2023-03-01\nstatus: done\n', encoding="utf-8")
    _age(root)
    monkeypatch.setattr("cchc.load.cache.RACY_NS", 0)
    fresh = load(root)
    load(root, cache)
    reads: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    warm = load(root, cache)
    assert reads == []
    monkeypatch.undo()

    def plain(loaded: object) -> object:
        repo = loaded.repo  # type: ignore[attr-defined]
        return ([repr(d) for d in loaded.diagnostics],  # type: ignore[attr-defined]
                repr(repo.config), [repr(u.value) for u in repo.units],
                sorted(repo.declared_units), sorted(repo.plan_folders),
                {h: ([repr(t.value) for t in pd.tasks], [repr(i.value) for i in pd.indicators],
                     [(r.value, r.where()) for r in pd.records],
                     [(m.reading.value, m.reading.where(), m.period, m.span, m.source)
                      for m in pd.readings])
                 for h, pd in repo.plans.items()})

    assert plain(warm) == plain(fresh)
    assert warm.repo.plans["bench-2023"].records and warm.repo.plans["bench-2023"].readings


def test_a_summary_lists_and_stats_the_files_once(make_repo: RepoWriter, cache: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`status` at a new date: looking for a kept answer and loading share one listing and one
    stat of each file (`cchc.pipeline.hand_over`); outside a summary nothing is handed over."""
    import cchc.load.cache as cache_module
    import cchc.pipeline as pipeline

    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    root = make_repo({"plans/p/updates/a.yaml": RECORD})
    args = ["status", "--repo", str(root), "--format", "json"]
    first = runner.invoke(app, [*args, "--as-of", "2023-04-01"])
    assert first.exit_code == 0
    listings: list[Path] = []
    stats: list[str] = []
    list_files, stamp = pipeline.list_files, cache_module.Cache._stamp

    def counted_list(where: Path) -> object:
        listings.append(where)
        return list_files(where)

    def counted_stamp(self: Cache, f: object) -> object:
        stats.append(f.path)  # type: ignore[attr-defined]
        return stamp(self, f)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "list_files", counted_list)
    monkeypatch.setattr(cache_module.Cache, "_stamp", counted_stamp)
    second = runner.invoke(app, [*args, "--as-of", "2023-04-02"])
    assert second.exit_code == 0
    assert len(listings) == 1 and len(stats) == len(set(stats)) > 0
    assert json.loads(second.stdout) == json.loads(runner.invoke(
        app, [*args, "--as-of", "2023-04-02", "--no-cache"]).stdout)
    # a miss outside a summary hands nothing over: the next load lists afresh
    pipeline.remembered_answer(root, cache, ("nothing",))
    (root / "plans/p/updates/a.yaml").write_text(RECORD.replace("in-progress", "blocked"),
                                                 encoding="utf-8")
    listings.clear()
    loaded = pipeline.load(root, cache)
    assert len(listings) == 1
    assert [r.value.status for r in loaded.repo.plans["p"].records] == ["blocked"]


def test_a_file_touched_is_hashed_once_by_a_summary_and_its_new_stamp_kept(
        make_repo: RepoWriter, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose stamp moved but whose content did not (`touch`): a `status` at a new date
    reads it once (looking for a kept answer compares its content; the load that follows
    takes that verdict), answers as without the cache, and keeps its new stamp, so that the
    next run reads no file at all."""
    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    monkeypatch.setattr("cchc.load.cache.RACY_NS", 0)
    root = make_repo({"plans/p/updates/a.yaml": RECORD, "plans/p/updates/b.yaml": RECORD})
    _age(root)
    args = ["status", "--repo", str(root), "--format", "json"]
    assert runner.invoke(app, [*args, "--as-of", "2023-04-01"]).exit_code == 0
    os.utime(root / "plans/p/updates/a.yaml", ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    reads: list[str] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    second = runner.invoke(app, [*args, "--as-of", "2023-04-02"])
    assert second.exit_code == 0 and reads == ["a.yaml"]
    reads.clear()
    third = runner.invoke(app, [*args, "--as-of", "2023-04-03"])
    assert third.exit_code == 0 and reads == []
    monkeypatch.undo()
    for day, shown in (("2023-04-02", second), ("2023-04-03", third)):
        assert json.loads(shown.stdout) == json.loads(runner.invoke(
            app, [*args, "--as-of", day, "--no-cache"]).stdout)


def test_names_are_sorted_without_the_collation_table_once_their_keys_are_kept(
        make_repo: RepoWriter, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sort keys of the names a `status` sorted are kept; the next `status` (another date)
    sorts with them and never reads pyuca's table, and prints what `--no-cache` prints. A
    damaged file of keys is ignored."""
    from cchc.i18n import collate

    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    late = 'task: "1.1.1"\nunit: {unit}\ndate: 2023-01-05\nstatus: in-progress\n'
    root = make_repo({"plans/p/updates/a.yaml": late.format(unit="phong-noi-vu")})
    args = ["status", "--repo", str(root)]
    expected = {d: runner.invoke(app, [*args, "--as-of", d, "--no-cache"]).stdout
                for d in ("2023-12-01", "2023-12-02", "2023-12-03")}
    assert "ubnd-phuong-2" in expected["2023-12-01"]
    assert runner.invoke(app, [*args, "--as-of", "2023-12-01"]).stdout == expected["2023-12-01"]
    kept = next(p for p in cache.iterdir() if p.name.endswith(".collation.pickle"))

    def forget() -> None:
        monkeypatch.setattr(collate, "_KNOWN", {})
        monkeypatch.setattr(collate, "_COMPUTED", {})
        collate._sort_key.cache_clear()

    def no_table() -> object:
        raise AssertionError("the collation table was read")

    forget()
    with monkeypatch.context() as m:
        m.setattr(collate, "_collator", no_table)
        assert runner.invoke(app, [*args, "--as-of", "2023-12-02"]).stdout == \
            expected["2023-12-02"]
    kept.write_bytes(b"\x80\x04garbage")
    forget()
    assert runner.invoke(app, [*args, "--as-of", "2023-12-03"]).stdout == expected["2023-12-03"]
    collate._sort_key.cache_clear()


def test_a_site_keeps_and_takes_the_names_sort_keys(
        make_repo: RepoWriter, cache: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`cchc site` keeps the sort keys of the names it sorted, as `status` does; the next
    build (another day, another folder) sorts the units with them, never reads pyuca's table,
    and writes the bytes a build with `--no-cache` writes."""
    from cchc.i18n import collate

    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    late = 'task: "1.1.1"\nunit: {unit}\ndate: 2023-01-05\nstatus: in-progress\n'
    root = make_repo({"plans/p/updates/a.yaml": late.format(unit="phong-noi-vu")})
    args = ["site", "--repo", str(root)]

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    assert runner.invoke(app, [*args, "--as-of", "2023-12-01", "-o", str(tmp_path / "a")]
                         ).exit_code == 0
    assert any(p.name.endswith(".collation.pickle") for p in cache.iterdir())
    assert runner.invoke(app, [*args, "--as-of", "2023-12-02", "-o", str(tmp_path / "plain"),
                               "--no-cache"]).exit_code == 0
    monkeypatch.setattr(collate, "_KNOWN", {})
    monkeypatch.setattr(collate, "_COMPUTED", {})
    collate._sort_key.cache_clear()

    def no_table() -> object:
        raise AssertionError("the collation table was read")

    with monkeypatch.context() as m:
        m.setattr(collate, "_collator", no_table)
        assert runner.invoke(app, [*args, "--as-of", "2023-12-02", "-o", str(tmp_path / "b")]
                             ).exit_code == 0
    assert files(tmp_path / "b") == files(tmp_path / "plain")
    collate._sort_key.cache_clear()


def test_a_warm_check_takes_the_settings_language_from_the_cache(
        make_repo: RepoWriter, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The language of cchc.yaml, kept in the manifest with the hash of the content it was
    read from: a warm check reads no settings file, and a changed one is read again."""
    root = make_repo({"cchc.yaml": "language: vi\n", "plans/p/updates/a.yaml": RECORD,
                      "plans/p/updates/b.yaml": RECORD.replace("phong-noi-vu", "ai-do")})
    for p in root.rglob("*.yaml"):
        os.utime(p, ns=(time.time_ns() - 10**10, time.time_ns() - 10**10))
    monkeypatch.setattr("cchc.load.cache.RACY_NS", 0)
    monkeypatch.setenv("CCHC_CACHE_DIR", str(cache))
    import cchc.load.repository as repository

    reads: list[Path] = []
    original = repository.read_config

    def spy(where: Path) -> object:
        reads.append(where)
        return original(where)

    monkeypatch.setattr(repository, "read_config", spy)
    args = ["check", "--repo", str(root)]
    runner.invoke(app, ["status", "--repo", str(root), "--as-of", "2023-04-01"])  # (refused)
    warm = runner.invoke(app, args)
    assert reads == [] and "ai-do" in warm.stdout and "lỗi" in warm.stdout
    assert warm.stdout == runner.invoke(app, [*args, "--no-cache"]).stdout
    assert reads == [root]  # (--no-cache reads the settings)
    (root / "cchc.yaml").write_text("language: en  # again\n", encoding="utf-8")
    edited = runner.invoke(app, args)
    assert len(reads) == 2 and "error" in edited.stdout and "lỗi" not in edited.stdout
    assert edited.stdout == runner.invoke(app, [*args, "--no-cache"]).stdout
