"""A cache of validated files, so that a second run reads almost nothing.

Two files per repository, in the cache directory (`CCHC_CACHE_DIR`, else
`$XDG_CACHE_HOME/cchc`, else `~/.cache/cchc`), never among the tracked data:

- `<key>.files.pickle`: for each file, its `FileResult` (diagnostics and validated models);
- `<key>.manifest.pickle`: for each file, its size, modification time and content hash, and
  the diagnostics of the whole repository after the cross-file checks, keyed by a digest of
  every file's content. A warm `cchc check` reads only this small file and stats the tree.

A file's entry is used when its size and modification time are unchanged, unless that time
is so close to when the cache was written that an edit in the same clock tick could hide
(git's "racily clean" case): then, and whenever the size or time differ, the content is
hashed and the entry is used only if the hash matches. Files added are read; files removed
drop out. Everything is invalidated when cchc's version (or Python's, pydantic's, PyYAML's)
changes. Cache files are written atomically and never trusted when damaged: any failure to
read one is a miss, any failure to write one is ignored.

The cache holds pickles, which run code when read: it belongs to one user. cchc creates the
folder readable by its owner only; do not point CCHC_CACHE_DIR at a folder others can write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import __version__
from cchc.diagnostics import Diagnostic
from cchc.load.discover import SourceFile
from cchc.load.repository import FileResult

FORMAT = 1
# An edit within this many nanoseconds of the cache's writing may share its mtime.
RACY_NS = 2_000_000_000

Stamp = tuple[int, int]  # size, mtime_ns
Reader = Callable[[Path, SourceFile, bytes | None], FileResult]


def default_dir(env: Mapping[str, str]) -> Path:
    if env.get("CCHC_CACHE_DIR"):
        return Path(env["CCHC_CACHE_DIR"]).expanduser()
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cchc"


def _versions() -> str:
    import pydantic
    import yaml

    return (f"{FORMAT}/{__version__}/{platform.python_version()}/{pydantic.VERSION}/"
            f"{yaml.__version__}")


@dataclass
class _Entry:
    stamp: Stamp
    digest: str


@dataclass
class Cache:
    """The cache of one repository; `results` reads through it, `save` writes it back."""

    directory: Path
    root: Path
    entries: dict[str, _Entry] = field(default_factory=dict)
    results_by_path: dict[str, FileResult] = field(default_factory=dict)
    checked: tuple[str, list[Diagnostic]] | None = None
    written_ns: int = 0
    _dirty: bool = False
    _models_loaded: bool = False

    @classmethod
    def open(cls, directory: Path, root: Path) -> Cache:
        cache = cls(directory, root.resolve())
        manifest = cache._read(cache._path("manifest"))
        if manifest is not None:
            cache.entries = manifest["entries"]
            cache.checked = manifest["checked"]
            cache.written_ns = manifest["written_ns"]
        return cache

    # --- reading -------------------------------------------------------------------------

    def _key(self) -> str:
        return hashlib.sha256(f"{_versions()}\0{self.root}".encode()).hexdigest()[:32]

    def _path(self, part: str) -> Path:
        return self.directory / f"{self._key()}.{part}.pickle"

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            with open(path, "rb") as f:
                data = pickle.load(f)  # noqa: S301 - our own files, in the user's cache
        except Exception:  # noqa: BLE001 - a damaged or foreign cache is a miss, never a crash
            return None
        if not isinstance(data, dict) or data.get("versions") != _versions():
            return None
        return data

    def _load_models(self) -> None:
        if self._models_loaded:
            return
        self._models_loaded = True
        data = self._read(self._path("files"))
        results = data.get("results") if data else None
        if isinstance(results, dict):
            self.results_by_path = results
        else:
            self.entries = {}  # the manifest speaks of results that are not there

    def unchanged(self, files: list[SourceFile]) -> bool:
        """Whether every file is as cached (by stamp, or by content when in doubt)."""
        if set(self.entries) != {f.path for f in files}:
            return False
        for f in files:
            entry = self.entries[f.path]
            stamp = self._stamp(f)
            if stamp is None:
                return False
            if stamp != entry.stamp or self._racy(stamp):
                raw = self._bytes(f)
                if raw is None or _digest(raw) != entry.digest:
                    return False
        return True

    def results(self, root: Path, files: list[SourceFile], read: Reader) -> list[FileResult]:
        """Each file's result: from the cache when the file is unchanged, else read afresh."""
        self._load_models()
        out: list[FileResult] = []
        fresh: dict[str, _Entry] = {}
        for f in files:
            stamp = self._stamp(f)
            entry = self.entries.get(f.path)
            cached = self.results_by_path.get(f.path)
            raw: bytes | None = None
            if entry is not None and cached is not None and stamp is not None:
                if stamp == entry.stamp and not self._racy(stamp):
                    out.append(cached)
                    fresh[f.path] = entry
                    continue
                raw = self._bytes(f)
                if raw is not None and _digest(raw) == entry.digest:
                    out.append(cached)
                    fresh[f.path] = _Entry(stamp, entry.digest)
                    self._dirty = True
                    continue
            if raw is None:
                raw = self._bytes(f)
            result = read(root, f, raw)
            out.append(result)
            self._dirty = True
            if raw is not None and stamp is not None:
                fresh[f.path] = _Entry(stamp, _digest(raw))
                self.results_by_path[f.path] = result
        if set(fresh) != set(self.entries):
            self._dirty = True
        self.entries = fresh
        self.results_by_path = {p: r for p, r in self.results_by_path.items() if p in fresh}
        return out

    def checked_diagnostics(self, layout: list[Diagnostic]) -> list[Diagnostic] | None:
        """The whole repository's diagnostics, if computed for exactly these contents and
        this layout (stray files, folders without plan.yaml... are not cached files)."""
        if self.checked is not None and self.checked[0] == self._manifest_digest(layout):
            return list(self.checked[1])
        return None

    def remember_checked(self, diagnostics: list[Diagnostic], layout: list[Diagnostic]) -> None:
        self.checked = (self._manifest_digest(layout), list(diagnostics))
        self._dirty = True

    def _manifest_digest(self, layout: list[Diagnostic]) -> str:
        h = hashlib.sha256()
        for path in sorted(self.entries):
            h.update(f"{path}\0{self.entries[path].digest}\0".encode())
        h.update(repr(sorted(layout)).encode())
        return h.hexdigest()

    def _stamp(self, f: SourceFile) -> Stamp | None:
        try:
            st = os.stat(self.root / f.path)
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns)

    def _racy(self, stamp: Stamp) -> bool:
        return stamp[1] >= self.written_ns - RACY_NS

    def _bytes(self, f: SourceFile) -> bytes | None:
        try:
            return (self.root / f.path).read_bytes()
        except OSError:
            return None

    # --- writing -------------------------------------------------------------------------

    def save(self) -> None:
        """Write the cache back if anything changed; a failure leaves the old one or none."""
        if not self._dirty:
            return
        self.written_ns = time.time_ns()
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._models_loaded:
                _write(self._path("files"), {"versions": _versions(),
                                             "results": self.results_by_path})
            _write(self._path("manifest"), {"versions": _versions(), "entries": self.entries,
                                            "checked": self.checked,
                                            "written_ns": self.written_ns})
        except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
            return
        self._dirty = False


def _digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _write(path: Path, data: dict[str, Any]) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
