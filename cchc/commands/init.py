"""`cchc init`: a new, valid repository in a new or empty folder; nothing is overwritten.

`skeleton` builds the files of a new repository (path → text) from the templates of
`cchc/templates/init/<lang>/`; the command only refuses a folder that holds anything and
writes each file with `create_new`, which never replaces a file.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import NoReturn

from cchc.errors import CchcError
from cchc.session import write_out

# Nothing is written into a folder that holds anything, except a bare git repository
# (`git init` or a fresh clone of an empty remote), which cchc never writes into.
_TOLERATED = {".git"}


def _yaml_text(text: str) -> str:
    """`text` as a YAML scalar: plain when YAML reads it back unchanged, else quoted."""
    import yaml

    try:
        if yaml.safe_load(f"k: {text}") == {"k": text}:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def skeleton(name: str, lang: str, handle: str, year: int) -> dict[str, str]:
    """The files of a new repository, path (relative, `/` separators) → text, in write order."""
    from importlib.resources import files

    from cchc.model.kinds import SchemaKind
    from cchc.model.schemas import file_name, modeline, render

    templates = files("cchc") / "templates" / "init"
    values = {"name": name, "name_yaml": _yaml_text(name), "handle": handle,
              "year": str(year)}

    def fill(template: str) -> str:
        text = (templates / template).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", value)
        return text

    data = {"cchc.yaml": ("config", "cchc.yaml"), "units/units.yaml": ("units", "units.yaml"),
            f"plans/{handle}/plan.yaml": ("plan", "plan.yaml")}
    out = {rel: modeline(rel, kind) + fill(f"{lang}/{template}")
           for rel, (kind, template) in data.items()}
    out["README.md"] = fill(f"{lang}/README.md")
    out[".gitignore"] = fill("gitignore")
    for kind in SchemaKind:
        out[f"schema/{file_name(kind)}"] = render(kind, lang)
    return out


def run(*, directory: Path, name: str | None = None, lang: str | None = None,
        plan: str | None = None, period: str | None = None) -> int:
    """A new, valid repository in a new or empty folder; nothing is ever overwritten."""
    from cchc import i18n
    from cchc.model.fields import PLAN_HANDLE
    from cchc.pipeline import today_in_vietnam
    from cchc.write.atomic import create_new

    language = lang or "vi"  # a new locality is Vietnamese unless told otherwise (--lang en)

    def fail(key: str, exit_code: int, **kwargs: object) -> NoReturn:
        raise CchcError(key, exit_code, lang=language, **kwargs)

    def say(key: str, **kwargs: object) -> None:
        write_out((i18n.t(language, key, **kwargs) + "\n").encode("utf-8"))

    year = today_in_vietnam().year
    if period is not None:
        if not (period.strip().isascii() and period.strip().isdigit()
                and 1900 <= int(period) <= 2999):
            fail("init.bad-period", 2, period=period)
        year = int(period)
    handle = plan if plan is not None else f"kh-cchc-{year}"
    if not PLAN_HANDLE.match(handle):
        fail("init.bad-handle", 2, plan=handle)
    locality = unicodedata.normalize("NFC", name if name is not None
                                     else directory.resolve().name).strip()
    if not locality:
        fail("init.bad-name", 2)
    # A line break (or any control character) in the name would break the YAML line and the
    # README heading it fills: the new repository would fail its own check.
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in locality):
        fail("init.name-line-break", 2)
    if directory.exists() and not directory.is_dir():
        fail("init.not-a-folder", 1, path=str(directory))
    if directory.is_dir():
        try:
            present = sorted(p.name for p in directory.iterdir() if p.name not in _TOLERATED)
        except OSError as exc:
            fail("init.failed", 1, path=str(directory), reason=exc.strerror or "error")
        if present:
            fail("init.not-empty", 1, path=str(directory), count=len(present),
                 first=present[0])

    files = skeleton(locality, language, handle, year)
    for rel, text in files.items():
        target = directory / rel
        try:
            create_new(target, text.encode("utf-8"))
        except FileExistsError:
            fail("init.exists", 1, path=str(target))
        except OSError as exc:
            fail("init.failed", 1, path=str(target), reason=exc.strerror or type(exc).__name__)
        say("init.created", path=str(target))
    say("init.done", name=locality, path=str(directory),
        units=str(directory / "units" / "units.yaml"),
        plan=str(directory / "plans" / handle / "plan.yaml"))
    return 0
