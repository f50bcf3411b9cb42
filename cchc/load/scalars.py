"""What a plain scalar means in YAML 1.1, as the reference loader reads it, found once per text.

Both fast paths of YAML reading (`cchc.load.lineyaml`, `cchc.load.leanyaml`) look the value
of a plain scalar up here: the reference loader (`cchc.load.yamlread`'s) resolves and builds
it the first time a text is seen, so that `yes`, `2023-03-01`, `1.10` or `~` mean exactly
what they mean on the reference path. The files of a repository are small and alike: keys,
statuses, unit ids and dates repeat across thousands of them.
"""

from __future__ import annotations

from typing import Any

from yaml import YAMLError
from yaml.nodes import ScalarNode

# Plain texts that no implicit resolver of YAML 1.1 can match: their first character starts
# none of the resolvers' patterns (bool, float, int, merge, null, timestamp, value).
RESOLVED_FIRST = frozenset("yYnNtTfFoO-+0123456789.~<=")
_MEMO_LIMIT = 200_000


class GiveUp(Exception):
    """The file is not one a fast path takes: the next path reads it."""


# text -> (value, odd): odd when a value so written must be refused (a number form).
memo: dict[str, tuple[Any, bool]] = {}


# One reference loader per class, reused for every plain scalar it resolves.
_loaders: dict[type[Any], Any] = {}


def plain(text: str, reference: type[Any]) -> tuple[Any, bool]:
    """The value the reference loader builds for a plain scalar, and whether it refuses it."""
    found = memo.get(text)
    if found is not None:
        return found
    loader = _loaders.get(reference)
    if loader is None:
        loader = _loaders[reference] = reference("")
    loader.number_forms.clear()
    try:
        tag = loader.resolve(ScalarNode, text, (True, False))
        if tag == "tag:yaml.org,2002:merge" or tag not in loader.yaml_constructors:
            raise GiveUp
        value = loader.construct_object(ScalarNode(tag, text))
    except YAMLError:
        raise GiveUp from None
    finally:
        loader.constructed_objects.clear()
    found = (value, bool(loader.number_forms))
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[text] = found
    return found
