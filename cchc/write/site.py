"""Writing the folder of `cchc site`: the one place of the site that touches the disk.

The pages are rendered in `cchc.render.site` (pure, bytes out); writing them is here, with the
other writers, because renderers do no I/O (tests/test_layers.py).

- Each file is written to a temporary name beside it and renamed over the old one, so a
  reader (a web server, a browser) sees the old page or the new, never half of one. The site
  can be built again from the repository at any time, so files are not fsync'ed one by one
  (at a few thousand pages that alone would take seconds).
- A file whose bytes are unchanged is left alone: a rebuild touches only what changed, and a
  forge's pages upload only that.
- The folder keeps a list of what cchc wrote (`.cchc-site`). A rebuild removes the files of
  that list the new site no longer has (a unit merged away), and nothing else; and cchc
  refuses to write into a folder that is not empty and has no such list, so that
  `cchc site -o ~/Documents` cannot mix pages into someone's files.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
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


def _inside(folder: Path, relative: str) -> Path:
    path = folder.joinpath(*relative.split("/"))
    if ".." in relative.split("/") or not path.resolve().is_relative_to(folder.resolve()):
        raise ValueError(f"a site path outside its folder: {relative}")
    return path


def _write(path: Path, content: bytes) -> bool:
    try:
        if path.read_bytes() == content:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as f:
            f.write(content)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
    return True


def write_site(folder: Path, files: Mapping[str, bytes]) -> int:
    """Write `files` (relative path with / -> bytes) into `folder`; return how many changed.

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
    changed = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for relative, content in files.items():
            changed += _write(_inside(folder, relative), content)
        for gone in sorted(previous - set(files)):
            try:
                path = _inside(folder, gone)
            except ValueError:  # a hand-edited list: never delete outside the folder
                continue
            if path.is_file():
                path.unlink()
                changed += 1
                _prune(folder, path.parent)
        _write(folder / MANIFEST, (_HEADER + "".join(f"{p}\n" for p in files)).encode())
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
