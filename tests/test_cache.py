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
