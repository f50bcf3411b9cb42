"""Answers kept in the cache (issue 15): a repeated `status`, `overdue`, `gaps` or `report`
(the same repository content, date, options and language) prints the answer computed the
first time, without reading the files again or importing the models.

A command asks `recall` first; on a miss it computes as always, shows its output, and gives
it to `keep` with the `Loaded.digest` of the load it computed from. Only answers with nothing
on stderr and no `-o FILE` are kept (a repository with errors, `--allow-errors` over one,
write to a file: always computed). `--no-cache` neither reads nor keeps answers. Tables and
dashboards are kept as the plain data `render/terminal` draws, so that the terminal's width
and colours apply to every run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from cchc import i18n
from cchc.clerk.parse import parse_date
from cchc.session import Options, Session, find_repository, write_out

if TYPE_CHECKING:
    from collections.abc import Mapping

    from cchc.load.cache import Cache, Entry
    from cchc.render.output import Output

Answer = tuple[str, object, int]  # kind ("bytes", "table", "dashboard"), what, exit code


def question(options: Options, *parts: object) -> tuple[object, ...] | None:
    """What identifies the answer: the command's options, the shared ones and the date."""
    from cchc.load import quick

    quick.begin()  # before anything is read (what `quick.keep` may trust)
    if options.no_cache:
        return None
    if options.as_of is None:
        as_of = quick.today()
    else:
        # as the command reads it (`31/3/2023` too): `cchc.fastpath` keys it the same way
        found = parse_date(options.as_of)
        if found is None:
            return None  # the command says what is wrong with it
        as_of = found.isoformat()
    return (*parts, options.lang, options.allow_errors, as_of)


def recall(options: Options, asked: tuple[object, ...] | None) -> int | None:
    """Print the kept answer and return its exit code, or None when there is none."""
    if asked is None:
        return None
    from cchc.load.cache import default_dir
    from cchc.pipeline import remembered_answer

    root = find_repository(options.repo, options.lang or i18n.help_language(os.environ))
    _, found = remembered_answer(root, default_dir(os.environ), asked)
    if not (isinstance(found, tuple) and len(found) == 3 and isinstance(found[2], int)):
        return None
    kind, what, code = found[0], found[1], int(found[2])
    printed: bytes | None
    if kind == "bytes" and isinstance(what, bytes):
        write_out(what)
        printed = what
    elif kind in ("table", "dashboard"):
        import sys

        from cchc.errors import ClosedOutput
        from cchc.load.quick import plain_stdout
        from cchc.render.table import Table
        from cchc.render.terminal import draw

        if kind == "table" and isinstance(what, Table):
            shown: Table | list[str | Table] = what
        elif isinstance(what, tuple):
            shown = list(what)
        else:
            return None
        try:
            text = draw(shown, plain=plain_stdout())
            sys.stdout.flush()
        except BrokenPipeError:
            raise ClosedOutput from None
        printed = text.encode("utf-8") if text is not None else None
    else:
        return None
    _keep_quick(root, asked, code, printed, drawn=kind != "bytes")
    return code


def _keep_quick(root: Path, asked: tuple[object, ...], code: int, printed: bytes | None, *,
                drawn: bool, seen: Mapping[str, Entry] | None = None) -> None:
    """Keep the bytes just printed for `cchc.fastpath` (`cchc.load.quick`); a table drawn for
    a terminal (`printed` None) is not kept: rich draws it again each time. `seen`: the
    stamps the load took (`Loaded.entries`)."""
    if printed is not None:
        from cchc.load import quick

        quick.keep(quick.cache_dir(os.environ), root, asked, code, printed, drawn=drawn,
                   seen=seen)


def keep(s: Session, asked: tuple[object, ...] | None, output: Output, code: int = 0) -> None:
    """Keep the answer just shown, for the content it was computed from."""
    if asked is None or s.cache_dir is None:
        return
    from cchc.pipeline import remember_answer
    from cchc.render.output import Dashboard
    from cchc.render.table import Table

    answer: Answer
    if isinstance(output, str):
        answer = ("bytes", output.encode("utf-8"), code)
    elif isinstance(output, bytes):
        answer = ("bytes", output, code)
    elif isinstance(output, Table):
        answer = ("table", output, code)
    elif isinstance(output, Dashboard):
        answer = ("dashboard", tuple(output.blocks), code)
    else:
        return
    remember_answer(s.root, s.cache_dir, s.loaded.digest, asked, answer)
    if s.loaded.digest:
        _keep_quick(s.root, asked, code, s.printed, drawn=answer[0] != "bytes",
                    seen=s.loaded.entries)


def summary(options: Options, command: str, renderer: str, *, plan: str | None,
            unit: str | None, fmt: str, output: Path | None) -> int:
    """`status` and `report`: the summary of the plans, rendered by the module `renderer`'s
    `FORMATS[fmt]`, answered from the cache when the same question was asked before.

    The cyclic garbage collector is paused for all of it: the computation makes a hundred
    thousand tuples and no reference cycle (the collector would only scan them again and
    again, a tenth of the time at 1,000 communes), and looking for a kept answer, rendering
    and keeping make none either (its forty-odd collections in between cost a new-date run
    at 250 communes about 0.01 s), as `cchc.pipeline` does for loading."""
    from cchc.collector import paused

    with paused():
        return _summary(options, command, renderer, plan=plan, unit=unit, fmt=fmt,
                        output=output)


def _summary(options: Options, command: str, renderer: str, *, plan: str | None,
             unit: str | None, fmt: str, output: Path | None) -> int:
    import gc
    import importlib

    from cchc.pipeline import hand_over

    asked = question(options, command, plan, unit, fmt) if output is None else None
    with hand_over():  # what `recall` listed and stat-ed, `Session` loads from
        code = recall(options, asked)
        if code is not None:
            return code
        formats = importlib.import_module(renderer).FORMATS
        s = Session(options)
    result = s.summary(plan, unit)
    # What the computation made lives until the process ends: frozen out of the collector's
    # sight, as the load is, or the first collection after it would scan all of it (a
    # twentieth of a new-date `status` at 250 communes)
    gc.freeze()
    cache = names_cache(s)
    # the unit as resolved (`--unit "phuong 1"` is headed "UBND Phường 1 (ubnd-phuong-1)")
    shown = formats[fmt](result, s.view(incomplete=result.incomplete, unit=s.unit(unit)))
    s.show(shown, output)
    if not result.incomplete:
        keep(s, asked, shown)
    keep_names(cache)
    _held[:] = (s, result, shown)
    return 0


# What the last summary was computed from and made, held until the next one or the end of
# the process: freed when `summary` returns, the repository and the summary go object by
# object (a twentieth of a computing run), and the process leaves by `os._exit`
# (`cchc.fastpath`), which frees nothing.
_held: list[object] = []


def names_cache(s: Session) -> Cache | None:
    """The cache, after giving `cchc.i18n.collate` the sort keys of the names it kept (the
    renderers sort units by name: without them, reading the collation table costs a warm run
    a tenth of its time); None with `--no-cache`."""
    if s.cache_dir is None:
        return None
    from cchc.i18n import collate
    from cchc.load.cache import Cache

    cache = Cache(s.cache_dir, s.root.resolve())
    collate.remember(cache.sort_keys())
    return cache


def keep_names(cache: Cache | None) -> None:
    """Keep in `cache` the sort keys worked out in this process (`names_cache` gave it the
    ones it had), for the next run."""
    if cache is None:
        return
    from cchc.i18n import collate

    found = collate.computed()
    if found:
        cache.keep_sort_keys(found)
