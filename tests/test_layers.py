"""The layers of `cchc/` point one way, and no modules import each other in a cycle.

Read from the source with `ast` (every `import`, at the top of a module or inside a function,
under `TYPE_CHECKING` too: a type-only import still ties one module to another). The order,
lowest first; a module may import from its own layer and from any layer below it:

    base       cchc (the package), errors, i18n, diagnostics, text, sorting, collector: used
               everywhere
    model      the pydantic models, the deadline grammar, the repository as plain data
    load       finding the repository, reading YAML, git revisions, the cache
    validate   cross-file checks
    pipeline   load + validate, once, for every command
    compute    obligations, gaps, summaries, diffs: as of a date
    render     text, JSON, Markdown, Word, Excel, iCalendar: pure functions of computed data
    write      writing records, readings and generated files (atomic, locked)
    importing  reading a Word plan into a draft plan.yaml
    session    what every command shares: the repository loaded, the language, the output
    commands   one module per command: a typed function returning an exit code
    cli        the Typer app, options, the error boundary (and `python -m cchc`, and
               `fastpath`, the console script's entry, which answers before Typer loads)

Beyond the order:
- `model`, `validate`, `compute` and `render` do no I/O: they import nothing from `load`,
  `pipeline`, `write`, `importing` or `session`, nor `os`, `subprocess`, `shutil`, `socket` or
  `tempfile` (compute and render get plain data; `render/terminal` draws on the terminal and
  may);
- only the CLI imports typer; only the CLI and `render/terminal` import rich;
- only the files' schema (the pydantic models) and what validates a file import pydantic;
  `validate`, `compute`, `render` and `write` read the settings, units and plans as the plain
  objects of `cchc.model.domain`, never as the schema's models (one type; a warm run imports
  no pydantic, tests/test_startup.py).

docs/contributing.md says the same; a new top-level module or package must be given a layer
here (the test fails until it is).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cchc"

ORDER = ("base", "model", "load", "validate", "pipeline", "compute", "render", "write",
         "importing", "session", "commands", "cli")
# The layer of each top-level name under cchc/ (modules and packages).
LAYER = {
    "cchc": "base", "errors": "base", "i18n": "base", "diagnostics": "base", "text": "base",
    "sorting": "base", "collector": "base",
    "model": "model", "load": "load", "validate": "validate", "pipeline": "pipeline",
    "compute": "compute", "render": "render", "write": "write", "importing": "importing",
    "session": "session", "commands": "commands", "cli": "cli", "__main__": "cli",
    # the console script's entry: answers a repeated question before importing the CLI
    "fastpath": "cli",
    "clerk": "model",
}
PURE = ("model", "validate", "compute", "render")
NOT_FROM_PURE = ("load", "pipeline", "write", "importing", "session", "commands", "cli")
IO_MODULES = ("os", "subprocess", "shutil", "socket", "tempfile")
DRAWS = ("cchc.render.terminal",)
# The files' schema, and what reads a file through it.
VALIDATING = ("cchc.model.base", "cchc.model.fields", "cchc.model.config", "cchc.model.plan",
              "cchc.model.units", "cchc.model.records", "cchc.model.schemas",
              "cchc.load.schema", "cchc.load.readfile", "cchc.load.revisions")
ONLY = {"typer": ("cli",), "rich": ("cli", "cchc.render.terminal"), "pydantic": VALIDATING,
        "pydantic_core": VALIDATING}
SCHEMA = ("cchc.model.config", "cchc.model.plan", "cchc.model.units")
PLAIN_ONLY = ("validate", "compute", "render", "write")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# (not the site's templates as Jinja compiles them, `cchc/templates/site/compiled/*.py`:
# generated code the site's loader reads, never imported)
MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
           if PACKAGE / "templates" not in p.parents}


def imports(name: str) -> Iterator[tuple[str, int]]:
    """(module imported, line) for every import statement of module `name`."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # `from cchc.model import fields` imports the module cchc.model.fields
            subs = [f"{source}.{a.name}" for a in node.names if f"{source}.{a.name}" in MODULES]
            yield from ((s, node.lineno) for s in subs or [source])


def layer(name: str) -> str:
    parts = name.split(".")
    return LAYER[parts[1]] if len(parts) > 1 else LAYER["cchc"]


def allowed(importer: str, target: str) -> bool:
    """May `importer` (a module of cchc) import `target` (any module)?"""
    top = target.split(".")[0]
    if target in SCHEMA and layer(importer) in PLAIN_ONLY:
        return False
    if top in ONLY:
        return any(importer == who or layer(importer) == who for who in ONLY[top])
    if top in IO_MODULES:
        return layer(importer) not in PURE or importer in DRAWS
    if top != "cchc":
        return True
    mine, theirs = layer(importer), layer(target)
    if mine in PURE and theirs in NOT_FROM_PURE:
        return False
    return ORDER.index(theirs) <= ORDER.index(mine)


def test_every_module_has_a_layer() -> None:
    unplaced = sorted({n.split(".")[1] for n in MODULES if "." in n} - set(LAYER))
    assert not unplaced, f"give these a layer in tests/test_layers.py: {unplaced}"


def test_imports_follow_the_layers() -> None:
    wrong = [f"{MODULES[name].relative_to(PACKAGE.parent)}:{line}: {name} ({layer(name)}) "
             f"imports {target}" + (f" ({layer(target)})" if target.startswith("cchc") else "")
             for name in MODULES for target, line in imports(name)
             if not allowed(name, target)]
    assert not wrong, "imports against the layers (tests/test_layers.py):\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph = {name: sorted({t for t, _ in imports(name) if t in MODULES and t != name})
             for name in MODULES}
    cycles = strongly_connected(graph)
    assert not cycles, "modules importing each other: " + "; ".join(
        " -> ".join(c) for c in cycles)


def strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """The components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_checker_sees_a_wrong_import_and_a_cycle() -> None:
    # the rules themselves: a test that can fail
    assert not allowed("cchc.model.plan", "cchc.load.yamlread")
    assert not allowed("cchc.compute.diff", "subprocess")
    assert not allowed("cchc.render.report", "cchc.load.discover")
    assert not allowed("cchc.commands.check", "typer")
    assert not allowed("cchc.load.discover", "cchc.write.atomic")
    assert allowed("cchc.cli.app", "typer") and allowed("cchc.render.terminal", "rich")
    assert allowed("cchc.write.atomic", "cchc.load.discover")
    assert not allowed("cchc.compute.obligations", "cchc.model.plan")
    assert not allowed("cchc.render.gaps", "pydantic")
    assert allowed("cchc.load.readfile", "pydantic") and allowed("cchc.load.readfile",
                                                                   "cchc.model.plan")
    assert strongly_connected({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [
        ["a", "b", "c"]]
    assert strongly_connected({"a": ["b"], "b": []}) == []
