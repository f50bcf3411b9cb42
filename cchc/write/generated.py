"""Generated files into a folder, replacing only what cchc wrote and nobody changed since.

`cchc remind --out DIR` writes a letter per unit and `README.md`. A clerk may point `--out`
at a folder that holds files of their own (`--out .` is the repository, whose README.md is
theirs), or edit a letter before sending it. So the folder keeps a manifest,
`.cchc-generated.json`: for each file cchc wrote there, the SHA-256 of the bytes it wrote.
A file is replaced only when it is absent, or when its bytes still have the hash the manifest
gives; any other file is left as it is and said, unless `force`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cchc.write.atomic import replace_file
from cchc.write.paths import portable

MANIFEST = ".cchc-generated.json"
_FORMAT = 1


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # present, not cchc's as it wrote them


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """name → hash of what cchc wrote; a missing or damaged manifest is an empty one (so
    nothing already there is replaced without --force)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)}


def _current(path: Path) -> str | None:
    """The hash of the file there now; None when absent; "" when it is no regular file."""
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return ""
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError:
        return ""


def write_generated(folder: Path, files: Mapping[str, bytes], *, force: bool = False,
                    root: Path | None = None) -> Outcome:
    """Write `files` (name → bytes) into `folder` under the rule above; names are made
    valid on every system first (`con.md` → `con_.md`). The manifest is updated after."""
    manifest = read_manifest(folder)
    outcome = Outcome()
    for name, content in files.items():
        safe = portable(name)
        path = folder / safe
        now = _current(path)
        mine = now is None or (now != "" and manifest.get(safe) == now)
        if not mine and not (force and now != ""):
            outcome.kept.append(path)
            continue
        replace_file(path, content, root=root)
        manifest[safe] = digest(content)
        outcome.written.append(path)
    if outcome.written:
        text = json.dumps({"format": _FORMAT, "files": dict(sorted(manifest.items()))},
                          ensure_ascii=False, indent=1) + "\n"
        replace_file(folder / MANIFEST, text.encode("utf-8"), root=root)
    return outcome
