"""A cache of validated files, so that a second run reads almost nothing.

Two files per repository (and the answers, below), in the cache directory
(`CCHC_CACHE_DIR`, else the user's cache folder as `platformdirs` names it:
`$XDG_CACHE_HOME/cchc` or `~/.cache/cchc` on Linux, `~/Library/Caches/cchc` on macOS,
`%LOCALAPPDATA%\\cchc\\Cache` on Windows), never among the tracked data:

- `<key>.files.pack`: for each file, its diagnostics and what it contributes, as plain data
  (`cchc.load.pack`: rows of records and readings over tables of the distinct texts, dates
  and periods, made back into models without validating them again), framed by a digest of
  its content: a file damaged in any byte is a miss;
- `<key>.manifest.pickle`: for each file, its stamp (size, modification time, change time,
  inode) and content hash, and the diagnostics of the whole repository after the cross-file
  checks, keyed by a digest of every file's content; and the language the settings file
  names, with the hash of the content it was read from. A warm `cchc check` reads only this
  small file and stats the tree (it parses no YAML: `language`).

Both files carry one generation id, drawn afresh at every write: the files' results are used
only with the manifest of the same generation, so that two runs writing at once (or a copy of
one file from elsewhere) can never pair one run's stamps with another run's results.

A file's entry is used when its stamp is unchanged, unless its modification or change time is
so close to when the cache was written that an edit in the same clock tick could hide (git's
"racily clean" case): then, and whenever the stamp differs, the content is hashed and the
entry is used only if the hash matches. The change time is in the stamp because nothing can
set it back: an edit that keeps size and modification time (`cp -p`, `tar x`, `rsync -t`,
`os.utime`) still moves it; a file replaced by another (a restore, a checkout) has a new
inode. Files added are read; files removed drop out. Everything is invalidated when cchc's
version (or Python's, pydantic's, PyYAML's) changes. Cache files are written atomically and
never trusted when damaged: any failure to read one, and any exception while using what it
holds, is a miss (`cchc.pipeline` then reads the repository afresh); any failure to write
one is ignored.

The Vietnamese sort keys of the names sorted by earlier runs (`sort_keys`,
`keep_sort_keys`): `<key>.collation.pickle`, so that a warm `status` does not read the
collation table again.

Answers (`answer`, `keep_answer`): what `status`, `overdue`, `gaps` and `report` printed for
one question (`cchc.commands._answers`), one file each, `<key>.answer-<hash>.pickle`, keyed by
the digest of the content they were computed from and the question; the `ANSWERS` most
recent are kept.

The cache holds pickles, which run code when read: it belongs to one user. cchc creates the
folder readable by its owner only; do not point CCHC_CACHE_DIR at a folder others can write.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc import __version__
from cchc.diagnostics import Diagnostic
from cchc.i18n import LANGUAGES
from cchc.load.discover import SourceFile

if TYPE_CHECKING:
    from cchc.load.pack import Unpacked
    from cchc.load.result import FileResult

FORMAT = 5
# The files' pack: this, then the blake2b digest (16 bytes) of the pickle that follows.
PACK_MAGIC = b"cchc-files-pack\n"
# An edit within this many nanoseconds of the cache's writing may share its times.
RACY_NS = 2_000_000_000
# Answers kept (results of status, overdue, gaps, report: one file per question).
ANSWERS = 32

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Entry = tuple[Stamp, str]  # the stamp, and the digest of the content
Reader = Callable[[Path, SourceFile, "bytes | None"], "FileResult"]

try:  # what hashlib gives, from Python's own module: hashlib loads OpenSSL first
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as _blake2b


def default_dir(env: Mapping[str, str]) -> Path:
    """`CCHC_CACHE_DIR`, else the user's cache folder of the platform (`platformdirs`): the
    one rule, written once in `cchc.load.quick` (which the start-up path reads without this
    module)."""
    from cchc.load.quick import cache_dir

    return Path(cache_dir(env))


_LIBRARIES: list[str] = []


def _versions() -> str:
    """cchc's, Python's, pydantic's and PyYAML's versions (the libraries' from their installed
    metadata: importing them would cost a warm run more than the rest of it), and a stamp of
    cchc's own files: a changed program (a `git pull` of an editable install, a fix made
    without a new version number) must not be answered from what the old one kept."""
    if not _LIBRARIES:
        names = ("pydantic", "pydantic-core", "PyYAML", "pyuca")
        found = _installed(names)
        for name in names:
            _LIBRARIES.append(found.get(_normal(name)) or _metadata_version(name))
        _LIBRARIES.append(_code_stamp())
    python = sys.version.split(" ", 1)[0]  # as `platform.python_version()`, not imported
    return f"{FORMAT}/{__version__}/{python}/" + "/".join(_LIBRARIES)


def _normal(name: str) -> str:
    """A distribution's name as its `.dist-info` folder spells it (PEP 503, then 427)."""
    return name.lower().replace("-", "_").replace(".", "_")


def _installed(names: tuple[str, ...]) -> dict[str, str]:
    """The versions of these distributions, from the names of their `<name>-<version>
    .dist-info` folders on `sys.path`, the first found as `importlib.metadata` finds them
    (importing that costs a warm run about as much as loading the settings)."""
    wanted = {_normal(n) for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:  # not a folder (a zip file), or gone
            continue
        for item in listing:
            if not item.endswith(".dist-info"):
                continue
            name, _, version = item[:-len(".dist-info")].partition("-")
            key = _normal(name)
            if key in wanted and key not in found and version:
                found[key] = version
    return found


def _metadata_version(name: str) -> str:
    """The version `importlib.metadata` gives (an egg-info installation), or "?"."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _code_stamp(package: Path | None = None) -> str:
    """Size and modification time of every file of the cchc package (about 200 stats)."""
    package = package or Path(__file__).resolve().parent.parent
    found: list[str] = []
    folders = [package]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name == "__pycache__":
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                elif entry.is_file():
                    st = entry.stat()
                    found.append(f"{entry.path}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                continue
    return _blake2b("\n".join(sorted(found)).encode(), digest_size=8).hexdigest()


def _valid_entries(value: object) -> dict[str, Entry] | None:
    """The manifest's entries if they have the shape this version writes, else None."""
    if not isinstance(value, dict):
        return None
    for path, entry in value.items():  # 12,000 at 1,000 communes: spelt out, no generator
        if not (isinstance(path, str) and isinstance(entry, tuple) and len(entry) == 2):
            return None
        stamp, digest = entry
        if not (isinstance(stamp, tuple) and len(stamp) == 4 and isinstance(digest, str)):
            return None
        size, mtime, ctime, inode = stamp
        if not (type(size) is int and type(mtime) is int and type(ctime) is int
                and type(inode) is int):
            return None
    return value


def _valid_languages(value: object) -> dict[str, tuple[str, str]]:
    if isinstance(value, dict) and all(
            type(k) is str and type(v) is tuple and len(v) == 2 and type(v[0]) is str
            and v[1] in LANGUAGES for k, v in value.items()):
        return value
    return {}


def _valid_checked(value: object) -> tuple[str, list[Diagnostic]] | None:
    if (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
            and isinstance(value[1], list)
            and all(isinstance(d, Diagnostic) for d in value[1])):
        return value
    return None


@dataclass
class Cache:
    """The cache of one repository; `results` reads through it, `save` writes it back."""

    directory: Path
    root: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    results_by_path: dict[str, FileResult] = field(default_factory=dict)
    # What the files' pack holds (`cchc.load.pack.unpack`), for the files not yet made back
    # into a result.
    packed: Unpacked | None = None
    checked: tuple[str, list[Diagnostic]] | None = None
    # The language of each settings file in the files' cache: path -> (its content's digest,
    # the language its settings give, `Config.language`).
    languages: dict[str, tuple[str, str]] = field(default_factory=dict)
    written_ns: int = 0
    generation: str = ""
    _dirty: bool = False
    _models_loaded: bool = False
    _root_text: str = ""
    _prefix: str = ""
    # Stamps taken by `unchanged`, for `results` in the same command (`cchc.pipeline` hands
    # the cache from looking for a kept answer to loading): each file is stat-ed once a run.
    _stamps: dict[str, Stamp | None] = field(default_factory=dict)
    # The files `unchanged` found as cached, for that `results`: True when by their stamp
    # (nothing to write back), False when by their content (their new stamp is to be kept).
    _same: dict[str, bool] = field(default_factory=dict)
    # The last `_manifest_digest`: the layout as written, the entries, the digest.
    _digests: tuple[str, dict[str, Entry], str] | None = None

    def __post_init__(self) -> None:
        self._root_text = str(self.root)
        # what a file's path (`/` separators, which every system's stat takes) is put after
        self._prefix = os.path.join(self._root_text, "")

    @classmethod
    def open(cls, directory: Path, root: Path) -> Cache:
        cache = cls(directory, root.resolve())
        manifest = cache._read(cache._path("manifest"))
        if manifest is not None:
            entries = _valid_entries(manifest.get("entries"))
            written = manifest.get("written_ns")
            generation = manifest.get("generation")
            if entries is not None and type(written) is int and isinstance(generation, str):
                cache.entries = entries
                cache.checked = _valid_checked(manifest.get("checked"))
                cache.languages = _valid_languages(manifest.get("languages"))
                cache.written_ns = written
                cache.generation = generation
        return cache

    def empty(self) -> Cache:
        """A cache for the same repository that trusts nothing it held, and will replace it
        when saved (after a damaged cache made a run fail)."""
        fresh = Cache(self.directory, self.root)
        fresh._models_loaded = True
        fresh._dirty = True
        return fresh

    # --- reading -------------------------------------------------------------------------

    def _key(self) -> str:
        return _blake2b(f"{_versions()}\0{self.root}".encode(), digest_size=16).hexdigest()

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
        packed = self._read_pack() if self.entries else None
        if packed is not None:
            self.packed = packed
        else:  # the manifest speaks of results that are not there, or of another run's
            self.entries = {}
            self.checked = None

    def _read_pack(self) -> Unpacked | None:
        from cchc.load import pack

        try:
            with open(self._pack_path(), "rb") as f:
                raw = f.read()
            body = raw[len(PACK_MAGIC) + 16:]
            if (not raw.startswith(PACK_MAGIC)
                    or raw[len(PACK_MAGIC):len(PACK_MAGIC) + 16] != _pack_digest(body)):
                return None
            del raw
            data = pickle.loads(body)  # noqa: S301 - our own files, in the user's cache
            if (not isinstance(data, dict) or data.get("versions") != _versions()
                    or data.get("generation") != self.generation):
                return None
            return pack.unpack(data)
        except Exception:  # noqa: BLE001 - a damaged or foreign cache is a miss, never a crash
            return None

    def _pack_path(self) -> Path:
        return self.directory / f"{self._key()}.files.pack"

    def _cached(self, f: SourceFile, root: str, pack: Any) -> FileResult | None:
        """The cached result of `f`, made back from the pack (once), if the pack has one for
        a file of this kind and plan (`pack`: the module `cchc.load.pack`, imported once by
        the caller rather than for each of 10,000 files)."""
        found = self.results_by_path.get(f.path)
        if found is not None:
            return found
        if self.packed is None:
            return None
        entry = pack.entry(self.packed, f)
        if entry is None:
            return None
        result: FileResult = pack.result(f, entry, self.packed, root)
        self.results_by_path[f.path] = result
        return result

    def unchanged(self, files: list[SourceFile]) -> bool:
        """Whether every file is as cached (by stamp, or by content when in doubt)."""
        if set(self.entries) != {f.path for f in files}:
            return False
        stamps, same, entries = self._stamps, self._same, self.entries
        racy = self.written_ns - RACY_NS  # as `_racy`, spelt out: 12,000 files a run
        for f in files:
            stamp_then, digest = entries[f.path]
            stamp = stamps[f.path] = self._stamp(f)
            if stamp is None:
                return False
            if stamp != stamp_then or stamp[1] >= racy or stamp[2] >= racy:
                raw = self._bytes(f)
                if raw is None or _digest(raw) != digest:
                    return False
                same[f.path] = False
            else:
                same[f.path] = True
        return True

    def results(self, root: Path, files: list[SourceFile], read: Reader) -> list[FileResult]:
        """Each file's result: from the cache when the file is unchanged, else read afresh.
        A file `unchanged` just judged (the same command) is not stat-ed or hashed again."""
        from cchc.load import pack

        self._load_models()
        out: list[FileResult] = []
        fresh: dict[str, Entry] = {}
        taken, self._stamps = self._stamps, {}
        same, self._same = self._same, {}
        root_text = str(root)
        entries = self.entries
        for f in files:
            path = f.path
            entry = entries.get(path)
            cached = self._cached(f, root_text, pack) if entry is not None else None
            stamp = taken[path] if path in taken else self._stamp(f)
            if entry is not None and cached is not None and stamp is not None and path in same:
                out.append(cached)  # `unchanged` compared it a moment ago
                if same[path]:
                    fresh[path] = entry
                else:  # the same content under a new stamp
                    fresh[path] = (stamp, entry[1])
                    self._dirty = True
                continue
            raw: bytes | None = None
            if entry is not None and cached is not None and stamp is not None:
                if stamp == entry[0] and not self._racy(stamp):
                    out.append(cached)
                    fresh[path] = entry
                    continue
                raw = self._bytes(f)
                if raw is not None and _digest(raw) == entry[1]:
                    out.append(cached)
                    fresh[path] = (stamp, entry[1])
                    self._dirty = True
                    continue
            if raw is None:
                raw = self._bytes(f)
            result = read(root, f, raw)
            out.append(result)
            self._dirty = True
            if raw is not None and stamp is not None:
                fresh[path] = (stamp, _digest(raw))
                self.results_by_path[path] = result
        if set(fresh) != set(self.entries):
            self._dirty = True
        self.entries = fresh
        self.results_by_path = {p: r for p, r in self.results_by_path.items() if p in fresh}
        self.packed = None  # what no file asked for: a file gone, or one of another kind
        return out

    def language(self, name: str) -> str | None:
        """The language the settings file `name` gives (`read_config(root).language`), if the
        file is as cached (by its stamp: a stamp in doubt is None, and the file is read)."""
        entry, found = self.entries.get(name), self.languages.get(name)
        if entry is None or found is None or found[0] != entry[1]:
            return None
        stamp = self._stamp(SourceFile(name, "config"))
        if stamp is None or stamp != entry[0] or self._racy(stamp):
            return None
        return found[1]

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
        written = repr(sorted(layout))
        memo = self._digests
        if memo is not None and memo[0] == written and memo[1] == self.entries:
            return memo[2]  # a command asks up to three times, for the same entries
        h = _blake2b(digest_size=32)
        for path in sorted(self.entries):
            h.update(f"{path}\0{self.entries[path][1]}\0".encode())
        h.update(written.encode())
        found = h.hexdigest()
        self._digests = (written, dict(self.entries), found)
        return found

    def digest(self, layout: list[Diagnostic]) -> str:
        """A digest of every file's content and the layout: what the repository holds."""
        return self._manifest_digest(layout)

    def _stamp(self, f: SourceFile) -> Stamp | None:
        try:
            st = os.stat(self._prefix + f.path)  # no Path, no join: 12,000 per run
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    def _racy(self, stamp: Stamp) -> bool:
        return max(stamp[1], stamp[2]) >= self.written_ns - RACY_NS

    def _bytes(self, f: SourceFile) -> bytes | None:
        try:
            return (self.root / f.path).read_bytes()
        except OSError:
            return None

    # --- answers ---------------------------------------------------------------------------

    def _answer_path(self, digest: str, question: tuple[object, ...]) -> Path:
        name = _blake2b(repr((digest, question)).encode(), digest_size=16).hexdigest()
        return self.directory / f"{self._key()}.answer-{name}.pickle"

    def answer(self, digest: str, question: tuple[object, ...]) -> object | None:
        """The answer kept for `question` about the repository of this digest, or None.
        Each answer is a file of its own: a hit reads only its answer."""
        data = self._read(self._answer_path(digest, question))
        if data is None or data.get("question") != (digest, question):
            return None
        return data.get("answer")

    def keep_answer(self, digest: str, question: tuple[object, ...], answer: object) -> None:
        """Keep `answer`, with the most recent others (at most `ANSWERS`); never fails."""
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write(self._answer_path(digest, question),
                   {"versions": _versions(), "question": (digest, question), "answer": answer})
            kept = sorted(self.directory.glob(f"{self._key()}.answer-*.pickle"),
                          key=lambda p: p.stat().st_mtime_ns)
            for old in kept[:-ANSWERS]:
                old.unlink(missing_ok=True)
        except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
            return

    # --- names' sort keys --------------------------------------------------------------

    def sort_keys(self) -> dict[str, tuple[float, ...]]:
        """The Vietnamese sort keys of names worked out by earlier runs (`cchc.i18n.collate`:
        a pure function of the name, pyuca's table and cchc's code, all in the cache's key),
        or none if the file is missing or damaged."""
        data = self._read(self._path("collation"))
        keys = data.get("keys") if data is not None else None
        if isinstance(keys, dict) and all(
                type(k) is str and type(v) is tuple and all(type(x) in (int, float) for x in v)
                for k, v in keys.items()):
            return keys
        return {}

    def keep_sort_keys(self, keys: Mapping[str, tuple[float, ...]]) -> None:
        """Keep these keys beside the ones kept before (at most 16,384); never fails."""
        try:
            merged = {**self.sort_keys(), **keys}
            if len(merged) > 16_384:
                merged = dict(keys)
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write(self._path("collation"), {"versions": _versions(), "keys": merged})
        except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
            return

    # --- writing -------------------------------------------------------------------------

    def save(self) -> None:
        """Write the cache back if anything changed; a failure leaves the old one or none.

        The files' results are written first and the manifest last, both with a new
        generation id: a reader pairs them only when the ids agree."""
        if not self._dirty:
            return
        self.written_ns = time.time_ns()
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._models_loaded:
                from cchc.load import pack

                self.generation = os.urandom(12).hex()
                body = pickle.dumps({"versions": _versions(), "generation": self.generation,
                                     **pack.pack(self.results_by_path)},
                                    protocol=pickle.HIGHEST_PROTOCOL)
                _write_bytes(self._pack_path(), [PACK_MAGIC, _pack_digest(body), body])
                self.languages = _languages(self.results_by_path, self.entries)
            _write(self._path("manifest"), {"versions": _versions(), "entries": self.entries,
                                            "checked": self.checked,
                                            "languages": self.languages,
                                            "written_ns": self.written_ns,
                                            "generation": self.generation})
        except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
            return
        self._dirty = False


def _languages(results: Mapping[str, FileResult], entries: Mapping[str, Entry]
               ) -> dict[str, tuple[str, str]]:
    """The language of each settings file among the results (the default when the file
    gives no valid settings, as `read_config`)."""
    from cchc.model.domain import Config

    return {path: (entries[path][1], (r.config or Config()).language)
            for path, r in results.items() if r.source.kind == "config" and path in entries}


def _digest(raw: bytes) -> str:
    return _blake2b(raw, digest_size=16).hexdigest()


def _pack_digest(body: bytes) -> bytes:
    return _blake2b(body, digest_size=16).digest()


def _write(path: Path, data: dict[str, Any]) -> None:
    _write_bytes(path, [pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)])


def _write_bytes(path: Path, parts: list[bytes]) -> None:
    temp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    try:
        with open(temp, "wb") as f:
            for part in parts:
                f.write(part)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
