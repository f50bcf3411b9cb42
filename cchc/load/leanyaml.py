"""The fast path of YAML reading: plain data built straight from libyaml's events.

PyYAML's safe loader spends two thirds of its time outside libyaml: composing a node per
value, resolving each plain scalar's tag through a list of regular expressions, and building
the objects through a generic constructor. The files of a repository are small and alike;
most of their plain scalars are the same few hundred texts (keys, statuses, unit ids, dates).
This module reads the events of libyaml's parser and builds dictionaries, lists and scalars
directly, with the value of each plain scalar looked up in a memo (resolved and built once, by
the reference loader itself, per distinct text).

It takes only clean files. On anything else it gives up (`None`), and the caller reads the
file with the reference loader (`cchc.load.yamlread._Loader`), which gives the diagnostics
and their positions: a syntax error, a tag of any kind, an anchor or alias, a merge key, a key
that is a list or mapping, a key given twice, a plain scalar in a number form of one YAML
version (`010`, `1:30`, `0x1F`...) where a value is read, several documents, a `%YAML` or
`%TAG` directive. When it does not give up, its data equals the reference loader's (tests:
`tests/test_leanyaml.py` compares both on every file of the test, hostile, fuzzing and
benchmark corpora).
"""

from __future__ import annotations

from typing import Any

from yaml import YAMLError
from yaml._yaml import CParser
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from cchc.load.scalars import RESOLVED_FIRST as _RESOLVED_FIRST
from cchc.load.scalars import GiveUp
from cchc.load.scalars import memo as _memo
from cchc.load.scalars import plain as _plain

_GiveUp = GiveUp  # the file is not one the fast path takes: the reference loader reads it


def load(text: str, reference: type[Any]) -> tuple[bool, Any]:
    """(True, data) for a clean file, (False, None) when the reference loader must read it.

    `reference` is that loader's class (`cchc.load.yamlread`'s), passed in so that the two
    modules do not import each other; plain scalars are resolved by it."""
    try:
        return True, _build(CParser(text), reference)
    except (GiveUp, YAMLError, RecursionError, MemoryError):
        return False, None
    except Exception:  # noqa: BLE001 - whatever surprises the fast path, the reference reads
        return False, None


def _build(parser: Any, reference: type[Any]) -> Any:
    get = parser.get_event
    get()  # the stream's start
    event = get()
    if type(event) is StreamEndEvent:
        return None
    if type(event) is not DocumentStartEvent or event.version or event.tags:
        raise _GiveUp
    memo = _memo
    resolved_first = _RESOLVED_FIRST
    # Each open collection: the object, and for a mapping the key waiting for its value.
    stack: list[Any] = []
    keys: list[Any] = []
    no_key = keys  # a sentinel: "the next scalar of this mapping is a key"
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                raise _GiveUp
            text = event.value
            if event.implicit[0]:  # plain: resolved as YAML 1.1 says
                if text and text[0] not in resolved_first:
                    value: Any = text
                    odd = False
                else:
                    found = memo.get(text)
                    value, odd = found if found is not None else _plain(text, reference)
            else:
                value = text
                odd = False
            if not stack:
                if odd:
                    raise _GiveUp
                root = value
                continue
            top = stack[-1]
            if type(top) is list:
                if odd:
                    raise _GiveUp
                top.append(value)
            elif keys[-1] is no_key:
                if value in top:  # a key given twice: the reference loader reports it
                    raise _GiveUp
                keys[-1] = value
            else:
                if odd:
                    raise _GiveUp
                top[keys[-1]] = value
                keys[-1] = no_key
            continue
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None:
                raise _GiveUp
            new: Any = {} if kind is MappingStartEvent else []
            if stack:
                top = stack[-1]
                if type(top) is list:
                    top.append(new)
                elif keys[-1] is no_key:
                    raise _GiveUp  # a collection as a key
                else:
                    top[keys[-1]] = new
                    keys[-1] = no_key
            else:
                root = new
            stack.append(new)
            keys.append(no_key)
            continue
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            stack.pop()
            keys.pop()
            continue
        if kind is DocumentEndEvent:
            break
        raise _GiveUp  # an alias, or anything unexpected
    if type(get()) is not StreamEndEvent:  # a second document: the reference says so
        raise _GiveUp
    return root
