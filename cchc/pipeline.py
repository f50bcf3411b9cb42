"""The pipeline in one call: find → load → validate. Commands start here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cchc.collector import paused
from cchc.diagnostics import Diagnostic, count_errors
from cchc.load.discover import SourceFile, list_files

if TYPE_CHECKING:  # imported when used: a warm answer from the cache needs no models
    from cchc.load.cache import Cache, Entry
    from cchc.model.registry import Registry
    from cchc.model.repository import Repository


@dataclass
class Loaded:
    repo: Repository
    registry: Registry
    diagnostics: list[Diagnostic]  # sorted by path, line, column
    # With the cache: a digest of every file's content and the layout, as loaded (the key of
    # answers computed from this load, `remember_answer`).
    digest: str = ""
    # With the cache: each file's stamp as this load took it, before reading it, and its
    # content's digest (`Cache.entries`): what `cchc.load.quick.keep` lists the tree with.
    entries: dict[str, Entry] | None = None

    @property
    def errors(self) -> int:
        return count_errors(self.diagnostics)


def load(root: Path, cache_dir: Path | None = None) -> Loaded:
    """Read, build and check the repository; with `cache_dir`, through the cache."""
    listed = _listed.pop((root, cache_dir), None)
    if listed is not None:  # `remembered_answer` found no answer a moment ago
        return _load(root, *listed)
    cache = _open_cache(cache_dir, root)
    files, layout = list_files(root)
    return _load(root, cache, files, layout)


# The cache and the listing `remembered_answer` made when it found no answer, for the `load`
# of the same command that follows (`hand_over`): the files are listed and stat-ed once.
_listed: dict[tuple[Path, Path | None], tuple[Cache, list[SourceFile], list[Diagnostic]]] = {}
_handing_over: list[bool] = []


@contextmanager
def hand_over() -> Iterator[None]:
    """Within this block, a `load` after a `remembered_answer` that found nothing reuses its
    listing and stamps; nothing is handed over outside it (a later command lists afresh)."""
    _listed.clear()
    _handing_over.append(True)
    try:
        yield
    finally:
        _handing_over.pop()
        _listed.clear()


def check(root: Path, cache_dir: Path | None = None) -> tuple[list[Diagnostic], int]:
    """The diagnostics of the repository and its number of files. When nothing changed since
    the cache was written, this reads only the cache's manifest and the files' metadata."""
    cache = _open_cache(cache_dir, root)
    files, layout = list_files(root)
    if cache is not None:
        try:
            if cache.unchanged(files):
                found = cache.checked_diagnostics(layout)
                if found is not None:
                    return found, len(files)
        except Exception:  # noqa: BLE001 - whatever a damaged cache holds is a miss
            cache = cache.empty()
    return _load(root, cache, files, layout).diagnostics, len(files)


def _open_cache(cache_dir: Path | None, root: Path) -> Cache | None:
    from cchc.load.cache import Cache

    return Cache.open(cache_dir, root) if cache_dir is not None else None


def _load(root: Path, cache: Cache | None, files: list[SourceFile],
          layout: list[Diagnostic]) -> Loaded:
    if cache is not None:
        try:
            return _load_once(root, cache, files, layout)
        except Exception:  # noqa: BLE001 - a damaged cache is a miss, never a crash:
            cache = cache.empty()  # read everything afresh and replace it
    return _load_once(root, cache, files, layout)


def _load_once(root: Path, cache: Cache | None, files: list[SourceFile],
               layout: list[Diagnostic]) -> Loaded:
    from cchc.load.repository import assemble, read_files
    from cchc.model.registry import Registry

    # Loading creates hundreds of thousands of objects and no reference cycles; the cyclic
    # collector would only rescan the growing heap again and again (40% of the time at
    # 3,000 files). It is paused while loading, and what was loaded is then frozen out of
    # its sight.
    with paused(freeze=True):
        repo = assemble(root, read_files(root, files, cache), layout)
        registry = Registry(repo.units, repo.groups, repo.declared_units)
        diagnostics = cache.checked_diagnostics(layout) if cache is not None else None
        if diagnostics is None:  # the checks are imported only when they run
            from cchc.validate import validate

            diagnostics = validate(repo, registry)
            if cache is not None:
                cache.remember_checked(diagnostics, layout)
        if cache is not None:
            cache.save()
            return Loaded(repo, registry, diagnostics, cache.digest(layout), cache.entries)
        return Loaded(repo, registry, diagnostics)


def remembered_answer(root: Path, cache_dir: Path, question: tuple[object, ...]
                      ) -> tuple[str, object | None]:
    """The answer kept for `question` if the repository is exactly as when it was kept
    (every file's content, the layout), and the digest of the repository as it is now.

    This reads the cache's manifest, lists and stats the files (hashing only those whose
    stamp is in doubt) and imports no model: a repeated command costs little more than
    start-up. An answer is only ever used for the digest it was computed from."""
    from cchc.load.cache import Cache

    cache = Cache.open(cache_dir, root)
    files, layout = list_files(root)
    _listed.clear()
    try:
        if not cache.unchanged(files):
            if _handing_over:
                _listed[(root, cache_dir)] = (cache, files, layout)
            return "", None
        digest = cache.digest(layout)
        found = cache.answer(digest, question)
        if found is None and _handing_over:
            _listed[(root, cache_dir)] = (cache, files, layout)
        return digest, found
    except Exception:  # noqa: BLE001 - a damaged cache is a miss
        return "", None


def remember_answer(root: Path, cache_dir: Path, digest: str, question: tuple[object, ...],
                    answer: object) -> None:
    """Keep `answer` for `question` about the repository whose content had this digest when
    it was loaded (`Loaded.digest`: what the answer was computed from)."""
    from cchc.load.cache import Cache

    if digest:
        Cache(cache_dir, root.resolve()).keep_answer(digest, question, answer)


def today_in_vietnam(now: dt.datetime | None = None) -> dt.date:
    """Today in Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam keeps no daylight saving)."""
    now = now or dt.datetime.now(dt.UTC)
    return (now.astimezone(dt.UTC) + dt.timedelta(hours=7)).date()
