"""Write the JSON Schemas of `cchc.model.schemas` into a folder: `make schema`.

`python -m cchc.write.schemas [FOLDER]` regenerates the copies shipped under `schema/`
(a test keeps them in sync with the models). The schemas are built in `model/`; writing them
is here, because `model/` writes no files (docs/contributing.md, the layers).
"""

from __future__ import annotations

import sys
from pathlib import Path

from cchc.model.kinds import SchemaKind
from cchc.model.schemas import FOLDER, file_name, render
from cchc.write.atomic import replace_file


def write_all(folder: Path, lang: str = "en") -> list[Path]:
    """Write every kind's schema into `folder` (replacing older copies); the paths written."""
    written = []
    for kind in SchemaKind:
        path = folder / file_name(kind)
        replace_file(path, render(kind, lang).encode("utf-8"))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else FOLDER)):
        print(written_path)
