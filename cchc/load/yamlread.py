"""Safe YAML reading: plain data out, positions on demand, problems as diagnostics.

A file is parsed once with libyaml (when present) into plain Python data. Positions are not
kept for every node, because that costs more than the parse itself on large repositories;
instead `Document.locate` composes the file again, lazily and once, when a diagnostic needs a
line and column.

What this layer refuses, each as a diagnostic rather than an exception:
- bytes that are not UTF-8 (`not-utf8`) and lines git leaves after a failed merge
  (`merge-conflict`);
- YAML syntax errors (`yaml-syntax`), tags that would build objects (`yaml-tag`);
- a key given twice in one mapping (`duplicate-key`): the YAML library would keep the last
  value silently, which hides mistakes in reviewed edits;
- aliases that expand to far more nodes than the file holds (`yaml-alias-bomb`), or that
  refer to themselves (`yaml-alias-cycle`);
- a value its tag cannot build (`!!int x`, `!!map [1]`), at the node (`yaml-syntax`).
- number forms that YAML 1.1 (PyYAML) reads as another number than the digits say, and YAML
  1.2 reads otherwise again (`yaml-number-form`): a leading zero (`010` is 8), base-60
  (`1:30` is 90), hexadecimal (`0x1F`), binary (`0b11`), digits grouped with `_`
  (`1_000`), and YAML 1.2's octal `0o17` (text for YAML 1.1, 15 for YAML 1.2), wherever a
  value or a list item holds one (ids, values, targets...); the message says what to write.
  A key may still be written so (it names no field). `+1` and `-1` mean the same in both
  versions and are read as numbers.
A BOM and CRLF line endings are tolerated. Integers longer than `MAX_INT_TEXT` characters stay
text, so that the field's validator reports them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cchc.diagnostics import Diagnostic, error
from cchc.model.source import Key, Keys

if TYPE_CHECKING:  # PyYAML is imported when a file is parsed or a position looked up: a warm
    # run, whose documents come from the files' cache, never imports it
    import yaml
    from yaml.nodes import MappingNode, Node, ScalarNode


# A file may share structure through aliases, but not expand to much more than it holds.
ALIAS_EXPANSION_FLOOR = 10_000
ALIAS_EXPANSION_FACTOR = 10
# No count or reading needs a longer integer. A longer one would cost quadratic time to build
# (YAML 1.1 reads `1:2:3:...` as a base-60 number) or fail to print (Python refuses to turn
# an int of more than 4300 digits into text).
MAX_INT_TEXT = 100

_MERGE = "tag:yaml.org,2002:merge"
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: |\r?$)", re.MULTILINE)
# A marker's seven characters are looked for first (`parse`), far faster than this pattern.
# Clean files are read by a fast path and give the same data: first the line reader for the
# block YAML that cchc and clerks write (`cchc.load.lineyaml`, pure Python, LINES), then the
# reader of libyaml's events (`cchc.load.leanyaml`, FAST); every other file, and every file
# when both are False, by `_Loader`, which also gives every diagnostic and position. FAST
# None: when libyaml is present.
LINES = True
FAST: bool | None = None
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Tags the safe loader knows beyond the plain data of the format; what they build (bytes, sets,
# lists of pairs) is no text, number, date, list or mapping, and becomes text by accident.
_OBJECT_TAGS = ("binary", "set", "omap", "pairs")
# YAML 1.2's octal, which YAML 1.1 reads as text: resolved to a tag of its own, so that it is
# refused like the YAML 1.1 forms rather than read as a word.
_OCTAL12 = "tag:cchc.invalid,2026:octal12"
_OCTAL12_RE = re.compile(r"^[-+]?0o[0-7_]+$")


def number_form(text: str, octal12: bool = False) -> str | None:
    """What to write instead of `text`, a plain scalar that YAML reads as a number, when it is
    a form whose meaning depends on the YAML version (`010`, `1:30`, `0x1F`, `0b11`, `1_000`,
    `0o17`); None when `text` means the number its digits say in every version."""
    sign = text[0] if text[:1] in ("-", "+") else ""
    body = text[len(sign):].lower()
    sign = "-" if sign == "-" else ""
    if octal12:
        return sign + str(int(body[2:].replace("_", ""), 8))
    if ":" in body:  # base 60
        value: float = 0
        for part in body.replace("_", "").split(":"):
            value = value * 60 + float(part)
        return sign + (str(int(value)) if "." not in body else repr(value))
    if body.startswith("0x"):
        return sign + str(int(body[2:].replace("_", ""), 16))
    if body.startswith("0b"):
        return sign + str(int(body[2:].replace("_", ""), 2))
    if "_" in body:
        return sign + body.replace("_", "")
    if len(body) > 1 and body[0] == "0" and body[1].isdigit() and "." not in body:  # octal
        return sign + (body.lstrip("0") or "0")
    return None


def _guarded(construct: Callable[[Any, ScalarNode], Any]) -> Callable[[Any, ScalarNode], Any]:
    """A scalar constructor whose failures on a forced tag (`!!int x`, `!!bool maybe`), plain
    Python errors inside PyYAML, become YAML errors at the node. Only the scalar types that
    can fail are wrapped: wrapping every node's construction would cost a tenth of the load."""
    def guarded(loader: Any, node: ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError):
            import yaml

            raise yaml.constructor.ConstructorError(
                None, None, f"the value cannot be read as {node.tag.rpartition(':')[2]}",
                node.start_mark) from None
    return guarded


@functools.cache
def _base_loader() -> type[Any]:
    """libyaml's safe loader when PyYAML was built with it, else PyYAML's own."""
    import yaml

    base: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return base


@functools.cache
def _libyaml() -> bool:
    import yaml

    return _base_loader() is not yaml.SafeLoader


@functools.cache
def _loader() -> type[Any]:
    """The reference loader (`_Loader`), made when first needed."""
    from yaml.nodes import MappingNode

    class _Loader(_base_loader()):  # type: ignore[misc]
        """libyaml's safe loader, plus duplicate-key detection and lenient timestamps."""

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.duplicates: list[tuple[Any, yaml.Mark, yaml.Mark]] = []
            # Numbers written in a form of one YAML version (by node id: a key may drop out).
            self.number_forms: dict[int, tuple[ScalarNode, str]] = {}

        def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
            if not isinstance(node, MappingNode):  # `!!map [1]`: the base class says so
                return super().construct_mapping(node, deep)
            # Keys merged in with << may be overridden; keys written by hand may not repeat.
            written = [pair for pair in node.value if pair[0].tag != _MERGE]
            mapping: dict[Any, Any] = super().construct_mapping(node, deep)
            if self.number_forms:  # a key written `0x1` names no field: it is not refused
                for key_node, _ in node.value:
                    self.number_forms.pop(id(key_node), None)
            # Fast path: as many keys as were written means none was written twice.
            if len(written) == len(node.value) and len(mapping) == len(written):
                return mapping
            seen: dict[Any, yaml.Mark] = {}
            for key_node, _ in written:
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.get(key)
                except TypeError:
                    continue  # an unhashable key is reported by the base constructor
                if first is not None:
                    self.duplicates.append((key, key_node.start_mark, first))
                else:
                    seen[key] = key_node.start_mark
            return mapping

        def construct_yaml_int(self, node: ScalarNode) -> Any:
            text = node.value
            if len(text) > MAX_INT_TEXT:
                return text
            if len(text) > 1 and (text[0] in "0+-" or "_" in text or ":" in text):
                write = number_form(text)
                if write is not None:
                    self.number_forms[id(node)] = (node, write)
            return super().construct_yaml_int(node)

        def construct_yaml_float(self, node: ScalarNode) -> Any:
            text = node.value
            if "_" in text or ":" in text:
                write = number_form(text)
                if write is not None:
                    self.number_forms[id(node)] = (node, write)
            return super().construct_yaml_float(node)

        def construct_octal12(self, node: ScalarNode) -> Any:
            self.number_forms[id(node)] = (node, number_form(node.value, octal12=True) or "")
            return node.value

        def construct_yaml_timestamp(self, node: ScalarNode) -> Any:
            # "2023-02-30" looks like a timestamp but is no date: keep the text, so that the
            # field's own validator can say the date is impossible instead of crashing here.
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError:
                return node.value

    for _tag, _construct in (("timestamp", _Loader.construct_yaml_timestamp),
                             ("int", _Loader.construct_yaml_int),
                             ("float", _Loader.construct_yaml_float),
                             ("bool", _Loader.construct_yaml_bool),
                             ("null", _Loader.construct_yaml_null)):
        _Loader.add_constructor("tag:yaml.org,2002:" + _tag, _guarded(_construct))
    for _tag in _OBJECT_TAGS:
        del _Loader.yaml_constructors["tag:yaml.org,2002:" + _tag]
    _Loader.add_implicit_resolver(_OCTAL12, _OCTAL12_RE, list("-+0"))
    _Loader.add_constructor(_OCTAL12, _Loader.construct_octal12)
    return _Loader


class Document:
    """One parsed YAML file: its data, and positions found on demand.

    A document kept in the cache (`cchc.load.cache`) is stored without its text and data; its
    text is read again from `origin` only if a diagnostic needs a position.
    """

    def __init__(self, path: str, text: str | None, data: Any, origin: str | None = None) -> None:
        self.path = path  # relative to the repository root, with "/" separators
        self.data = data
        self.origin = origin  # the file's absolute path, to read the text again
        self._text = text
        self._root: Node | None = None
        self._composed = False
        # Each mapping's keys, indexed when first searched (by the id of its node): a file
        # with thousands of unknown keys would otherwise cost a scan per diagnostic.
        self._keys: dict[int, dict[str, tuple[Node, yaml.Mark]]] = {}
        self._built_keys: dict[int, dict[tuple[type, Any], yaml.Mark]] = {}

    @property
    def text(self) -> str:
        if self._text is None:
            try:
                with open(self.origin or "", "rb") as handle:  # closed: `-W error` in tests
                    raw = handle.read()
            except OSError:
                raw = b""
            self._text = raw.decode("utf-8-sig", errors="replace")
        return self._text

    def __getstate__(self) -> dict[str, Any]:
        keep = {"path": self.path, "origin": self.origin}
        if self.origin is None:  # a document built in memory keeps its text
            keep["_text"] = self._text
        return keep

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state.get("_text"), None, state["origin"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"Document({self.path!r})"

    def locate(self, keys: Keys, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at `keys`, or of its deepest existing parent.

        With `key=True`, the position of the mapping key itself (for an unknown field).
        """
        if not self._composed:
            import yaml

            self._composed = True
            try:
                self._root = yaml.compose(self.text, Loader=_base_loader())
            except yaml.YAMLError:
                self._root = None
        node = self._root
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for k in keys:
            child, key_mark = _child(node, k, self._keys)
            if child is None:
                break
            node = child
            mark = key_mark if key and k == keys[-1] and key_mark is not None else child.start_mark
        return (mark.line + 1, mark.column + 1)

    def source(self, keys: Keys) -> str | None:
        """The text of the scalar at `keys` exactly as written, or None."""
        from yaml.nodes import ScalarNode

        self.locate(keys)
        node = self._root
        for k in keys:
            node = _child(node, k, self._keys)[0] if node is not None else None
        if isinstance(node, ScalarNode) and node.start_mark.index < node.end_mark.index:
            text = self.text[node.start_mark.index:node.end_mark.index]
            return text if "\n" not in text else None
        return None

    def where(self, keys: Keys, *, key: bool = False) -> tuple[str, int, int]:
        line, column = self.locate(keys, key=key)
        return (self.path, line, column)

    def locate_key(self, keys: Keys, value: Any) -> tuple[int, int]:
        """1-based position of the key that YAML reads as `value` (a key that is no text, such
        as `~`, `yes` or `0x10`) in the mapping at `keys`; else that of the mapping."""
        import yaml
        from yaml.nodes import MappingNode, ScalarNode

        self.locate(keys)
        node = self._root
        for k in keys:
            node = _child(node, k, self._keys)[0] if node is not None else None
        if not isinstance(node, MappingNode):
            return self.locate(keys)
        built = self._built_keys.get(id(node))
        if built is None:
            built = self._built_keys[id(node)] = {}
            constructor = _loader()("")
            for key_node, _ in node.value:  # the last occurrence wins
                if isinstance(key_node, ScalarNode) and not key_node.style:  # plain
                    try:
                        read = constructor.construct_object(key_node)
                    except yaml.YAMLError:
                        continue
                    built[(type(read), read)] = key_node.start_mark
        try:
            mark = built.get((type(value), value))
        except TypeError:  # unhashable: not a key YAML could have built
            mark = None
        return (mark.line + 1, mark.column + 1) if mark is not None else self.locate(keys)


def _child(node: Node, k: Key, index: dict[int, dict[str, tuple[Node, yaml.Mark]]]
           ) -> tuple[Node | None, yaml.Mark | None]:
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if isinstance(node, MappingNode):
        keys = index.get(id(node))
        if keys is None:
            keys = index[id(node)] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode):
                    # The last occurrence wins, as it does when the data is built.
                    keys[key_node.value] = (value_node, key_node.start_mark)
        found = keys.get(str(k))
        return found if found is not None else (None, None)
    if isinstance(node, SequenceNode) and isinstance(k, int) and 0 <= k < len(node.value):
        return node.value[k], None
    return None, None


def parse(path: str, raw: bytes, origin: str | None = None
          ) -> tuple[Document | None, list[Diagnostic]]:
    """Parse the bytes of one file. Returns the document (None when unusable) and problems.

    `origin` is the file's absolute path, from which a cached document reads its text again.
    """
    text, problem = _decode(path, raw)
    if problem is not None:
        return None, [problem]
    assert text is not None
    conflicts = [
        error(path, text.count("\n", 0, m.start()) + 1, 1, "merge-conflict")
        for m in _CONFLICT.finditer(text)
    ] if ("<<<<<<<" in text or "=======" in text or ">>>>>>>" in text
          or "|||||||" in text) else []
    if conflicts:
        return None, conflicts
    if LINES:
        from cchc.load import lineyaml

        taken, data = lineyaml.load(text, _loader())
        if taken:
            return Document(path, text, data, origin), []
    if FAST or (FAST is None and _libyaml()):
        from cchc.load import leanyaml

        taken, data = leanyaml.load(text, _loader())
        if taken:
            return Document(path, text, data, origin), []
    return _load(path, text, origin)


def _decode(path: str, raw: bytes) -> tuple[str | None, Diagnostic | None]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return None, error(path, line, column, "not-utf8", byte=f"0x{raw[exc.start]:02x}")
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        return None, error(path, line, 1, "not-utf8", byte="0x00")
    return text, None


def _load(path: str, text: str, origin: str | None) -> tuple[Document | None, list[Diagnostic]]:
    import yaml

    loader = _loader()(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return Document(path, text, None, origin), []
        if "*" in text:
            problem = _check_aliases(path, root)
            if problem is not None:
                return None, [problem]
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_problem(path, text, exc)]
    except yaml.reader.ReaderError as exc:
        # A character YAML refuses (a control character): libyaml gives no mark, only the
        # offset, in bytes of UTF-8 (the Python reader counts characters).
        before = (text.encode("utf-8")[:exc.position].decode("utf-8", "replace") if _libyaml()
                  else text[:exc.position])
        column = len(before) - (before.rfind("\n") + 1) + 1
        return None, [error(path, before.count("\n") + 1, column, "yaml-syntax",
                            problem=f"character #x{exc.character:04x}: {exc.reason}")]
    except yaml.YAMLError as exc:
        return None, [error(path, 1, 1, "yaml-syntax", problem=str(exc))]
    except RecursionError:
        return None, [error(path, 1, 1, "yaml-too-deep")]
    finally:
        loader.dispose()
    problems = [
        error(path, mark.line + 1, mark.column + 1, "duplicate-key",
              key=one_line(str(k)), first=first.line + 1)
        for k, mark, first in loader.duplicates
    ]
    if loader.number_forms:  # the file says something else to another reader: not used
        return None, problems + [
            error(path, node.start_mark.line + 1, node.start_mark.column + 1,
                  "yaml-number-form", form=one_line(node.value), write=write)
            for node, write in loader.number_forms.values()]
    # The node tree is dropped: positions are found again only for files that need them.
    return Document(path, text, data, origin), problems


def one_line(text: str) -> str:
    """`text` with line breaks and control characters escaped (`\\n`): a message that quotes
    a value from a file stays one line of `path:line:col: ...` output, and cannot forge one."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def _yaml_problem(path: str, text: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    import yaml

    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        found = re.search(r"tag '([^']*)'", problem)
        tag = found.group(1) if found else problem
        return error(path, line, column, "yaml-tag",
                     tag=tag.replace("tag:yaml.org,2002:", "!!", 1))
    what = f"{context}, {problem}" if context else problem
    # libyaml does not always name the character; look at it.
    lines = text.splitlines()
    at = lines[line - 1][column - 1:column] if 0 < line <= len(lines) else ""
    code = "yaml-tab" if at == "\t" or "\\t" in problem else "yaml-syntax"
    hint = syntax_hint(what) if code == "yaml-syntax" else None
    if hint is not None:  # said first, in the user's words; the parser's words after
        return error(path, line, column, code, problem=what, why=hint)
    return error(path, line, column, code, problem=what)


# The parser's sentence → what a clerk most likely did (a catalogue key): first match wins.
_SYNTAX_HINTS = (
    ("quoted scalar", "yaml.hint.quote"),
    ("could not find expected ':'", "yaml.hint.colon"),
    ("mapping values are not allowed", "yaml.hint.colon-in-text"),
    ("flow sequence", "yaml.hint.bracket"), ("flow mapping", "yaml.hint.bracket"),
    ("expected ',' or", "yaml.hint.bracket"),
    ("cannot start any token", "yaml.hint.start-char"),
    ("did not find expected key", "yaml.hint.indent"),
    ("expected <block end>", "yaml.hint.indent"),
    ("did not find expected '-' indicator", "yaml.hint.indent"),
    ("block mapping", "yaml.hint.indent"), ("block collection", "yaml.hint.indent"),
)


def syntax_hint(problem: str) -> str | None:
    """The catalogue key of the likely cause of a YAML syntax error, or None."""
    return next((key for words, key in _SYNTAX_HINTS if words in problem), None)


def _check_aliases(path: str, root: Node) -> Diagnostic | None:
    """Refuse alias bombs and self-referring aliases before any object is built."""
    sizes: dict[int, int] = {}
    on_stack: set[int] = set()
    distinct = 0
    limit_hit: Node | None = None

    # Iterative post-order walk: a crafted file must not exhaust the Python stack either.
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        ident = id(node)
        if done:
            on_stack.discard(ident)
            total = 1 + sum(sizes[id(c)] for c in _children(node))
            sizes[ident] = total
            if limit_hit is None and total > max(ALIAS_EXPANSION_FLOOR,
                                                  ALIAS_EXPANSION_FACTOR * distinct):
                limit_hit = node
            continue
        if ident in sizes:
            continue
        if ident in on_stack:
            mark = node.start_mark
            return error(path, mark.line + 1, mark.column + 1, "yaml-alias-cycle")
        on_stack.add(ident)
        distinct += 1
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_stack:
                mark = child.start_mark
                return error(path, mark.line + 1, mark.column + 1, "yaml-alias-cycle")
            if id(child) not in sizes:
                stack.append((child, False))
    if limit_hit is not None:
        mark = limit_hit.start_mark
        return error(path, mark.line + 1, mark.column + 1, "yaml-alias-bomb",
                     expanded=sizes[id(limit_hit)], written=distinct)
    return None


def _children(node: Node) -> list[Node]:
    from yaml.nodes import MappingNode, SequenceNode

    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def __getattr__(name: str) -> Any:
    """`_Loader`, `_BaseLoader` and `_LIBYAML`, as they were before PyYAML was imported only
    when needed (`cchc.load.leanyaml`'s docs, the tests and the benchmark name them)."""
    if name == "_Loader":
        return _loader()
    if name == "_BaseLoader":
        return _base_loader()
    if name == "_LIBYAML":
        return _libyaml()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
