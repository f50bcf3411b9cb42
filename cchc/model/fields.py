"""Field types shared by the models: ids, non-empty text, lists written as one value.

Each validator raises `PydanticCustomError` whose type is a stable diagnostic code, so that
the error reaches the user as `bad-id` or `bad-target`, not as a pydantic internal name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from cchc.model.limits import MAX_LONG_TEXT, MAX_SHORT_TEXT

UNIT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TASK_ID = re.compile(r"^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$")
PLAN_HANDLE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Texts already found valid, and what they became: ids, names and notes repeat across
# thousands of files, and each validator is a pure function of its text. Only `str` inputs
# are kept (equal numbers of other types may be written differently: 0.0, -0.0), and only
# short ones (a memo of long notes would only grow).
MEMO_LIMIT = 100_000
MEMO_TEXT = 200
_good_unit_ids: set[str] = set()
_good_task_ids: set[str] = set()
_texts: dict[tuple[str, int], str] = {}


def _remember(memo: set[str], value: str) -> None:
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo.add(value)


def _unit_id(value: Any) -> str:
    if type(value) is str and value in _good_unit_ids:
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("bad-id", "bad id",
                                  {"value": repr(value), "pattern": UNIT_ID.pattern})
    if not UNIT_ID.fullmatch(value):
        raise PydanticCustomError("bad-id", "bad id", {"value": value, "pattern": UNIT_ID.pattern})
    if type(value) is str:
        _remember(_good_unit_ids, value)
    return value


def _task_id(value: Any) -> str:
    if type(value) is str and value in _good_task_ids:
        return value
    given = value
    # YAML reads `1.2` as a number; `1.10` would become 1.1 and lose the document's numbering.
    if isinstance(value, bool) or isinstance(value, float):
        raise PydanticCustomError("unquoted-id", "unquoted id", {"value": str(value)})
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not TASK_ID.fullmatch(value):
        raise PydanticCustomError("bad-task-id", "bad task id",
                                  {"value": str(value), "pattern": TASK_ID.pattern})
    if type(given) is str:
        _remember(_good_task_ids, value)
    return value


def _text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    if type(value) is str:
        found = _texts.get((value, limit))
        if found is not None:
            return found
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        raise PydanticCustomError("wrong-type", "expected text", {"expected": "text"})
    text = unicodedata.normalize("NFC", str(value)).strip()
    if not text:
        raise PydanticCustomError("empty-text", "empty text", {})
    if len(text) > limit:
        # Output repeats names and titles in every row that concerns them: a megabyte title
        # shared by alias made a report run out of memory.
        raise PydanticCustomError("text-too-long", "text too long",
                                  {"length": len(text), "limit": limit})
    if type(value) is str and len(value) <= MEMO_TEXT:
        if len(_texts) >= MEMO_LIMIT:
            _texts.clear()
        _texts[(value, limit)] = text
    return text


def _long_text(value: Any) -> str:
    return _text(value, MAX_LONG_TEXT)


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


UnitId = Annotated[str, BeforeValidator(_unit_id)]
"""The id of a unit or a group: lowercase ASCII words joined by hyphens."""

TaskId = Annotated[str, BeforeValidator(_task_id)]
"""The id of a task or section: the document's own numbering (`1.2.7`, `III.2`)."""

IndicatorId = UnitId

Text = Annotated[str, BeforeValidator(_text)]
"""Non-empty text, NFC-normalised (text pasted from office documents is often decomposed),
at most MAX_SHORT_TEXT characters: a name, a title."""

LongText = Annotated[str, BeforeValidator(_long_text)]
"""Text as `Text`, up to MAX_LONG_TEXT characters: a task's full wording, a note."""

UnitIds = Annotated[tuple[UnitId, ...], BeforeValidator(_one_or_many)]
"""One id or a list of them (`lead: phong-noi-vu` or `lead: [a, b]`)."""

Texts = Annotated[tuple[Text, ...], BeforeValidator(_one_or_many)]
