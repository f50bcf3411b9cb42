"""Pydantic validation of one document, with every error pointed at the YAML node behind it.

A pydantic error carries a `loc` (field names and list indices); `Document.locate` turns it
into a line and column. Error types become the stable codes of the diagnostics catalogue.

When some items of a list are invalid (one bad task among sixty), the valid part is kept:
the bad items are dropped and the rest validated again, so that `--allow-errors` can compute
over what is sound. The errors reported are those of the first, complete validation.

A valid model of the settings, a unit, a group or a plan is then made into its plain object
(`plain`, `cchc.model.domain`): what the files' cache keeps and every later stage reads.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any, TypeVar, Union, overload

from pydantic import BaseModel, ValidationError

from cchc.clerk.names import close_ids
from cchc.diagnostics import Diagnostic, error
from cchc.load.yamlread import Document, one_line
from cchc.model import config, domain, plan, units
from cchc.model.deadlines import impossible_day
from cchc.model.source import Keys

M = TypeVar("M", bound=BaseModel)

_TYPE_WORDS = {
    "string_type": "text", "int_type": "integer", "int_parsing": "integer",
    "int_from_float": "integer", "float_type": "number", "float_parsing": "number",
    "bool_type": "bool", "bool_parsing": "bool", "model_type": "mapping",
    "model_attributes_type": "mapping", "dict_type": "mapping", "tuple_type": "list",
    "list_type": "list", "date_type": "date",
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TYPES = {"date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact",
               "date_type"}


def validate(model: type[M], data: Any, doc: Document, base: Keys = (),
             salvage: tuple[str, ...] = ()) -> tuple[M | None, dict[str, list[int]],
                                                      list[Diagnostic]]:
    """Validate `data` (found at `base` in `doc`) against `model`.

    Returns the model (None if even the salvaged data is invalid); for each list field named
    in `salvage` from which items were dropped, the original indices of the items kept; and
    the diagnostics.
    """
    try:
        return model.model_validate(data), {}, []
    except ValidationError as exc:
        problems = errors_to_diagnostics(exc, model, doc, base)
        bad = _bad_items(exc, salvage)
        # A bad optional field outside the lists (`issued: 30/12/2022`) is dropped, so that
        # the rest of the file is still checked and computed over.
        bad_fields = {e["loc"][0] for e in exc.errors()
                      if e["loc"] and e["loc"][0] not in salvage}
    if not isinstance(data, dict) or not (bad or bad_fields):
        return None, {}, problems
    pruned = {k: v for k, v in data.items() if k not in bad_fields}
    kept: dict[str, list[int]] = {}
    for name, indices in bad.items():
        items = data[name]
        kept[name] = [i for i in range(len(items)) if i not in indices]
        pruned[name] = [items[i] for i in kept[name]]
    try:
        return model.model_validate(pruned), kept, problems
    except ValidationError:
        return None, {}, problems


def _bad_items(exc: ValidationError, salvage: tuple[str, ...]) -> dict[str, set[int]]:
    bad: dict[str, set[int]] = {}
    for e in exc.errors():
        loc = e["loc"]
        if len(loc) >= 2 and loc[0] in salvage and isinstance(loc[1], int):
            # only list fields reach here: a salvage field is always a list of items
            bad.setdefault(str(loc[0]), set()).add(loc[1])
    return bad


def errors_to_diagnostics(exc: ValidationError, model: type[BaseModel], doc: Document,
                          base: Keys = ()) -> list[Diagnostic]:
    seen: set[tuple[int, int, str, tuple[tuple[str, str], ...]]] = set()
    out: list[Diagnostic] = []
    for e in exc.errors():
        d = _one(e, model, doc, base)
        marker = (d.line, d.column, d.code, d.args)
        if marker not in seen:  # a union reports one mistake once per member
            seen.add(marker)
            out.append(d)
    return out


def _one(e: Any, model: type[BaseModel], doc: Document, base: Keys) -> Diagnostic:
    loc: Keys = tuple(k if isinstance(k, int | str) else str(k) for k in e["loc"])
    kind: str = e["type"]
    where = _named_where(base + loc, doc.data)
    raw = e.get("input")
    value = _short(raw)
    as_written = raw is None or isinstance(raw, bool | int | float)
    if as_written:
        # YAML turned `no`, `null`, `1.10` into False, None, 1.1: quote what was written
        value = _short(doc.source(base + loc) or value)
    if kind == "missing":
        path, line, col = doc.where(base + loc[:-1])
        parent = _named_where(base + loc[:-1], doc.data) if loc[:-1] or base else "file"
        return error(path, line, col, "missing-field", field=loc[-1], where=parent)
    if kind == "extra_forbidden":
        path, line, col = doc.where(base + loc, key=True)
        fields = _fields_at(model, loc[:-1])
        # the closest known field, as an unknown unit or task gets its closest ids
        return error(path, line, col, "unknown-field", field=_short(loc[-1]),
                     allowed=", ".join(fields), **close_ids(str(loc[-1]), fields))
    path, line, col = doc.where(base + loc)
    ctx = e.get("ctx") or {}
    if "-" in kind:  # our own PydanticCustomError: its type is already a stable code
        args = {"value": value, **{k: _short(v) for k, v in ctx.items()}}
        if as_written:
            args["value"] = value
        return error(path, line, col, kind, field=where, **args)
    if kind == "invalid_key":
        # pydantic names the key by its repr; the file has it as written (`~`, `yes`, `0x10`)
        line, col = doc.locate_key(base + loc[:-1], e.get("input"))
        return error(doc.path, line, col, "bad-key", key=_short(e.get("input")))
    if kind == "finite_number":
        return error(path, line, col, "bad-value", field=where, value=value)
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return error(path, line, col, "bad-choice", field=where, value=value, expected=expected,
                     **_meant_status(loc, raw, expected.split(", ")))
    if kind in _DATE_TYPES:
        if _ISO_DAY.match(value):
            return error(path, line, col, "impossible-date", field=where, value=value,
                         **impossible_day(value))
        return error(path, line, col, "bad-date", field=where, value=value,
                     **_meant_date(raw))
    if kind in _TYPE_WORDS:
        return error(path, line, col, "wrong-type", field=where, value=value,
                     expected=_TYPE_WORDS[kind])
    if kind == "too_short":
        return error(path, line, col, "empty-list", field=where)
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limit = next(iter(ctx.values()), "")
        return error(path, line, col, "out-of-range", field=where, value=value,
                     op={"greater_than_equal": ">=", "less_than_equal": "<=",
                         "greater_than": ">", "less_than": "<"}[kind], limit=limit)
    return error(path, line, col, "invalid", field=where, detail=e.get("msg", kind))


def _meant_date(raw: object) -> dict[str, str]:
    """A date as a clerk types it on the command line (`31/3/2023`, `2023-3-31`), which a file
    must hold as `2023-03-31`: the `meant` argument saying so, or nothing."""
    from cchc.clerk.parse import parse_date

    day = parse_date(raw) if isinstance(raw, str) else None
    return {"meant": day.isoformat()} if day is not None else {}


def _meant_status(loc: Keys, raw: object, expected: list[str]) -> dict[str, str]:
    """A record's status in the words of the command line (`hoàn thành`, `dang thuc hien`),
    which a file must hold as `done`, `in-progress`: the `meant` argument, or nothing."""
    from cchc.clerk.parse import parse_status

    if not loc or loc[-1] != "status" or not isinstance(raw, str):
        return {}
    status = parse_status(raw)
    return {"meant": status} if status in expected else {}


# Lists whose items a clerk knows by a name, not a position: what names them.
_NAMED_ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tasks": ("task", ("id",)), "indicators": ("indicator", ("id",)),
    "sections": ("section", ("id",)), "units": ("unit", ("id",)), "groups": ("group", ("id",)),
    "values": ("reading", ("indicator", "unit")),
}


def _named_where(loc: Keys, data: Any) -> str:
    """`tasks[27].lead` as the clerk knows it: `@task:2.6.2|lead`, which the diagnostic says
    as "nhiệm vụ 2.6.2, lead" / "task 2.6.2, lead" (`cchc.diagnostics`); a record file's
    list item by its task and unit. Falls back to the position when the item has no name."""
    named = ""
    rest_from = 0
    node = data
    for i, k in enumerate(loc):
        parent_key = loc[i - 1] if i else None
        try:
            node = node[k]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(k, int) and isinstance(node, dict):
            if isinstance(parent_key, str) and parent_key in _NAMED_ITEMS:
                kind, fields = _NAMED_ITEMS[parent_key]
            elif i == 0:  # a file holding a list of records
                kind, fields = "record", ("task", "unit")
            else:
                continue
            parts = [str(node[f]) for f in fields if isinstance(node.get(f), str | int | float)]
            if parts and len(parts[0]) <= 60:
                named = f"{kind}:{' / '.join(_short(p) for p in parts)}"
                rest_from = i + 1
    if not named:
        return _where_text(loc)
    return f"@{named}|{_where_text(loc[rest_from:])}"


def _where_text(loc: Keys) -> str:
    parts: list[str] = []
    for k in loc:
        if isinstance(k, int):
            parts.append(f"[{k + 1}]")
        else:
            parts.append(("." if parts else "") + k)
    return "".join(parts)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "{...}"
    if isinstance(value, list | tuple):
        return "[...]"
    text = one_line(str(value))  # a value quoted in a message: one line, not a megabyte
    return text if len(text) <= 60 else text[:57] + "..."


def _fields_at(model: type[BaseModel], loc: Keys) -> list[str]:
    """The field names of the model found at `loc` under `model`."""
    current: Any = model
    for k in loc:
        if isinstance(k, int):
            continue
        fields = getattr(current, "model_fields", {})
        if k not in fields:
            return []
        current = _inner_model(fields[k].annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, list, Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


# --- the plain objects of the models --------------------------------------------------------

# Each model of the settings, units and plans, and the plain class the later stages read
# (`cchc.model.domain`: the same fields, held so by tests/test_domain.py).
DOMAIN: dict[type[BaseModel], type] = {
    config.Letterhead: domain.Letterhead, config.Config: domain.Config,
    units.Unit: domain.Unit, units.Group: domain.Group,
    plan.PeriodRange: domain.PeriodRange, plan.Section: domain.Section,
    plan.Task: domain.Task, plan.Indicator: domain.Indicator, plan.Plan: domain.Plan,
}


@overload
def plain(model: config.Config) -> domain.Config: ...
@overload
def plain(model: units.Unit) -> domain.Unit: ...
@overload
def plain(model: units.Group) -> domain.Group: ...
@overload
def plain(model: plan.Task) -> domain.Task: ...
@overload
def plain(model: plan.Indicator) -> domain.Indicator: ...
@overload
def plain(model: plan.Plan) -> domain.Plan: ...
def plain(model: BaseModel) -> object:
    """The plain object of a valid model: the same values, each nested model (a plan's tasks,
    the settings' letterhead) made into its own."""
    return _plain(model)


def _plain(model: BaseModel) -> object:
    return DOMAIN[type(model)](**{name: _value(getattr(model, name))
                                  for name in type(model).model_fields})


def _value(value: object) -> object:
    if isinstance(value, BaseModel):
        return _plain(value)
    if type(value) is tuple and value and isinstance(value[0], BaseModel):
        return tuple(map(_plain, value))
    return value
