"""Writing the folder of `cchc site`: the one place of the site that touches the disk.

The pages are rendered in `cchc.render.site` (pure, bytes out); writing them is here, with the
other writers, because renderers do no I/O (tests/test_layers.py).

- On a rebuild, each file is written to a temporary name beside it and renamed over the old
  one, so a reader (a web server, a browser) sees the old page or the new, never half of one;
  a file whose bytes are unchanged is left alone: a rebuild touches only what changed, and a
  forge's pages upload only that.
- Into a new (or empty) folder there is no old page to keep: each file is created in place,
  with `O_EXCL` (a name that exists, even as a link, is an error, never overwritten or
  followed), and removed again if its writing fails. This saves a rename and a temporary name
  per file on the thousands of pages of a first build.
- The site can be built again from the repository at any time, so files are not fsync'ed one
  by one (at a few thousand pages that alone would take seconds).
- The folder keeps a list of what cchc wrote (`.cchc-site`), written before the pages (the
  old list and the new together) and again after them (the new): a build that stops half-way
  leaves a folder that cchc knows as its own. That includes a page that fails to render:
  the site's pages are rendered as they are read (`cchc.render.site.pages.Pages`), one by one
  as they are written here, so such an error stops the writing with the pages before it
  written (a rebuild then writes the rest). A rebuild removes the files of that list the
  new site no longer has (a unit merged away), and nothing else; and cchc refuses to write
  into a folder that is not empty and has no such list, so that `cchc site -o ~/Documents`
  cannot mix pages into someone's files.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path

from cchc.errors import CchcError

MANIFEST = ".cchc-site"
_HEADER = "# files written by `cchc site`; a rebuild removes those it no longer writes\n"


def _previous(folder: Path) -> set[str] | None:
    """The files of the last build, or None when the folder is not a cchc site."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return None
    lines = manifest.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


class _Folder:
    """The site's folder: where each page goes, checked to stay inside it, and its
    subfolders made once each (a site has thousands of pages in a few folders). Paths are
    strings, joined once a page (`pathlib` would parse each again: a tenth of a second at a
    province's 2,500 pages)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()
        self.checked: dict[str, str] = {}  # a checked subfolder (with /) -> its path

    def inside(self, relative: str, *, make: bool = True, check_link: bool = True) -> str:
        parts = relative.split("/")
        if ".." in parts or not all(parts):
            raise ValueError(f"a site path outside its folder: {relative}")
        sub, _, name = relative.rpartition("/")
        found = self.checked.get(sub)
        if found is None:
            parent = self.folder.joinpath(*parts[:-1])
            # a link inside the folder must not lead out of it: each folder once
            if not parent.resolve().is_relative_to(self.root):
                raise ValueError(f"a site path outside its folder: {relative}")
            if not make:
                return os.path.join(parent, name)
            parent.mkdir(parents=True, exist_ok=True)
            found = self.checked[sub] = str(parent)
        path = os.path.join(found, name)
        if check_link and os.path.islink(path) \
                and not Path(path).resolve().is_relative_to(self.root):
            raise ValueError(f"a site path outside its folder: {relative}")
        return path


def _write(path: Path, content: bytes, *, existed: bool = True) -> bool:
    """Write `content` unless the file holds it already (read only where it `existed`)."""
    if existed:
        try:
            if path.read_bytes() == content:
                return False
        except OSError:
            pass
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as f:
            f.write(content)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return True


_CREATE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
           | getattr(os, "O_NOFOLLOW", 0))


def _create(path: str, content: bytes) -> None:
    """A new file of a new folder, written in place: never over anything (`O_EXCL`)."""
    fd = os.open(path, _CREATE, 0o666)
    try:
        view = memoryview(content)
        while view:  # os.write may write less than asked (large files, some systems)
            view = view[os.write(fd, view):]
    except BaseException:
        os.close(fd)
        os.unlink(path)
        raise
    os.close(fd)


def _manifest(paths: Iterable[str]) -> bytes:
    return (_HEADER + "".join(f"{p}\n" for p in paths)).encode()


def write_site(folder: Path, files: Mapping[str, bytes]) -> int:
    """Write `files` (relative path with / -> bytes) into `folder`; return how many changed.

    Each value is read once, when its file is written, and not kept: a mapping that renders
    a page when read (`Pages`) holds one page at a time, and an error it raises stops the
    writing there, after the list of files (the manifest) that keeps the folder cchc's.
    Raises CchcError `site.not-a-site` when the folder holds other files, `write.failed`
    when the disk refuses.
    """
    if folder.exists() and not folder.is_dir():
        raise CchcError("site.not-a-folder", 1, path=str(folder))
    previous = _previous(folder) if folder.is_dir() else set()
    if previous is None:
        if any(folder.iterdir()):
            raise CchcError("site.not-a-site", 1, path=str(folder), manifest=MANIFEST)
        previous = set()
    # a new or empty folder: nothing in it to keep, every file is created in place
    fresh = not folder.is_dir() or not any(folder.iterdir())
    changed = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        place = _Folder(folder)
        # first the list of every file this build may leave (old and new), so that a build
        # that stops half-way leaves a folder a rebuild knows as cchc's and can tidy
        _write(folder / MANIFEST, _manifest(sorted(previous | set(files))))
        for relative in files:
            path = place.inside(relative, check_link=not fresh)
            # `files[relative]` passed, not bound to a name: its bytes are freed once written,
            # before the next page is made
            if fresh:
                _create(path, files[relative])
                changed += 1
            else:
                # a page of the last build is read first (unchanged: left alone); a new one
                # is only written (a file of the same name put there by hand is replaced)
                changed += _write(Path(path), files[relative], existed=relative in previous)
        for gone in sorted(previous - set(files)):
            try:
                old = Path(place.inside(gone, make=False))
            except ValueError:  # a hand-edited list: never delete outside the folder
                continue
            if old.is_file():
                old.unlink()
                changed += 1
                _prune(folder, old.parent)
        _write(folder / MANIFEST, _manifest(files))
    except OSError as exc:
        raise CchcError("write.failed", 1, path=str(exc.filename or folder),
                        reason=exc.strerror or type(exc).__name__) from None
    return changed


def _prune(folder: Path, directory: Path) -> None:
    """Remove folders emptied by a rebuild, up to the site's folder."""
    root = folder.resolve()
    current = directory.resolve()
    while current != root and current.is_relative_to(root):
        try:
            current.rmdir()
        except OSError:
            return
        current = current.parent
