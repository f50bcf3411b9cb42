"""A property of the cache (issue 11, item 4): after any sequence of edits, the cached answer
is the answer of `--no-cache`.

The edits are the ones that fool a cache keyed by size and modification time: edits in place
that keep both (the time set back, as `cp -p`, `tar x` and `rsync -t` do), copies of one file
over another with its times, restores of an earlier content with its earlier time, additions
and deletions; and runs that overlap: a run that opens the cache, then finishes after others
ran and files changed, and a run during which a file is edited before it writes the cache.
The "racy" window (files changed in the last 2 s are hashed) is tried as shipped and closed,
so that the stamps alone must be right.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.load.cache import Cache
from cchc.load.discover import list_files
from cchc.pipeline import Loaded, _load, check, load
from tests.conftest import PLAN, UNITS, write_files

OLD_NS = 1_600_000_000 * 10**9
FILES = 3
# Same length, different meanings (valid or not): no size can tell them apart.
VARIANTS = [
    'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-01\nstatus: in-progress\n',
    'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-02\nstatus: in-progress\n',
    'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-41\nstatus: in-progress\n',
    'task: "1.1.1"\nunit: phong-tu-phap\ndate: 2023-03-1\nstatus: in-progress\n',
    'task: "1.1.1"\nunit: phong-noi-vu\ndate: 2023-03-01\nstatus: done       \n',
]
assert len({len(v) for v in VARIANTS}) == 1

Op = tuple[str, int, int]
ops = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, FILES - 1), st.integers(0, len(VARIANTS) - 1)),
    st.tuples(st.just("restore"), st.integers(0, FILES - 1),
              st.integers(0, len(VARIANTS) - 1)),
    st.tuples(st.just("copy"), st.integers(0, FILES - 1), st.integers(0, FILES - 1)),
    st.tuples(st.just("delete"), st.integers(0, FILES - 1), st.just(0)),
    st.tuples(st.just("run"), st.just(0), st.just(0)),
    st.tuples(st.just("begin"), st.just(0), st.just(0)),
    st.tuples(st.just("finish"), st.just(0), st.just(0)),
    st.tuples(st.just("edit-while-running"), st.integers(0, FILES - 1),
              st.integers(0, len(VARIANTS) - 1)),
)


def answer(loaded: Loaded) -> tuple[list[str], list[str]]:
    records = sorted(repr(r.value) for pd in loaded.repo.plans.values() for r in pd.records)
    return [repr(d) for d in loaded.diagnostics], records


class Tree:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, i: int) -> Path:
        return self.root / f"plans/p/updates/u{i}.yaml"

    def apply(self, op: Op) -> None:
        kind, i, k = op
        path = self.path(i)
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "edit":  # in place, times kept (or created, old)
            st_ = path.stat() if path.exists() else None
            path.write_text(VARIANTS[k], encoding="utf-8")
            times = (st_.st_atime_ns, st_.st_mtime_ns) if st_ else (OLD_NS, OLD_NS)
            os.utime(path, ns=times)
        elif kind == "restore":  # an archive's content with the archive's time
            path.write_text(VARIANTS[k], encoding="utf-8")
            os.utime(path, ns=(OLD_NS + k, OLD_NS + k))
        elif kind == "copy":
            if self.path(k).exists() and i != k:
                shutil.copy2(self.path(k), path)
        elif kind == "delete":
            path.unlink(missing_ok=True)


@pytest.mark.parametrize("racy_ns", [2_000_000_000, 0])
@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(ops, min_size=1, max_size=14))
def test_the_cached_answer_is_always_the_no_cache_answer(
        steps: list[Op], racy_ns: int, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc.load.cache.RACY_NS", racy_ns)
    base = tmp_path_factory.mktemp("prop")
    root, cache_dir = base / "repo", base / "cache"
    write_files(root, {"cchc.yaml": "language: vi\n", "units/units.yaml": UNITS,
                       "plans/p/plan.yaml": PLAN})
    tree = Tree(root)
    for i in range(FILES):
        tree.apply(("restore", i, i))
    for p in root.rglob("*.yaml"):
        os.utime(p, ns=(OLD_NS, OLD_NS))
    pending: list[Cache] = []

    def finish(cache: Cache) -> Loaded:
        files, layout = list_files(root)
        return _load(root, cache, files, layout)

    for step in [*steps, ("run", 0, 0)]:
        kind = step[0]
        if kind == "run":
            fresh = answer(load(root))
            assert [repr(d) for d in check(root, cache_dir)[0]] == fresh[0]
            assert answer(load(root, cache_dir)) == fresh
            assert [repr(d) for d in check(root, cache_dir)[0]] == fresh[0]
        elif kind == "begin":
            pending.append(Cache.open(cache_dir, root))
        elif kind == "finish":
            if pending:
                assert answer(finish(pending.pop(0))) == answer(load(root))
        elif kind == "edit-while-running":
            cache = Cache.open(cache_dir, root)
            save: Callable[[], None] = cache.save

            def edit_then_save(save: Callable[[], None] = save, edit: Op = step) -> None:
                tree.apply(("edit", edit[1], edit[2]))
                save()

            monkeypatch.setattr(cache, "save", edit_then_save)
            finish(cache)
        else:
            tree.apply(step)
