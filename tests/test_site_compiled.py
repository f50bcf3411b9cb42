"""The templates' Python compiled ahead of time (`cchc/templates/site/compiled/`, see
`cchc.render.site.build.CODEGEN`) is what Jinja writes for them now, and a stored file that
was made from another text of its template is never used.

    python -m tests.test_site_compiled --regen     writes the files again (`make golden`)
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import pytest

from cchc.render.site import build as site_build

FOLDER = Path(str(resources.files("cchc").joinpath(*site_build.COMPILED)))


def expected() -> dict[str, str]:
    """File name -> the stored Python of each template, as Jinja writes it now."""
    env = site_build.environment()
    loader = env.loader
    assert loader is not None
    out: dict[str, str] = {}
    for name in env.list_templates(filter_func=lambda n: n.endswith(".j2")):
        source, filename, _ = loader.get_source(env, name)
        out[f"{name}.py"] = (site_build.compiled_header(source) + "\n"
                              + env.compile(source, name, filename, raw=True))
    return out


def test_the_stored_python_is_what_jinja_writes_now() -> None:
    stored = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.py")}
    assert sorted(stored) == sorted(expected())  # every template, and nothing else
    for name, text in expected().items():
        assert stored[name] == text, f"{name}: run python -m tests.test_site_compiled --regen"


def test_the_stored_python_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [name.removesuffix(".py") for name in expected()]
    compiled: list[str] = []
    real = site_build._Environment.compile

    def counting(self: object, source: str, name: str | None = None, *args: object,
                 **kwargs: object) -> object:
        compiled.append(str(name))
        return real(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(site_build._Environment, "compile", counting)
    site_build.environment.cache_clear()
    try:
        env = site_build.environment()
        for name in names:
            env.get_template(name)
        assert compiled == []
        # a template whose text is not the one its stored Python was made from: compiled
        monkeypatch.setattr(site_build, "compiled_header", lambda source: "# other")
        site_build.environment.cache_clear()
        site_build.environment().get_template("unit.html.j2")
        assert compiled == ["unit.html.j2"]
    finally:
        site_build.environment.cache_clear()


def test_the_stored_python_is_kept_compiled_by_pythons_bytecode_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored files are Python, so Python's bytecode cache keeps them compiled (pip writes
    it when it installs the package, or the first build does): a build compiles none of them
    (0.07 s -> 0.007 s for the fifteen templates)."""
    import builtins
    import shutil
    import types

    shutil.copytree(FOLDER, tmp_path.joinpath(*site_build.COMPILED),
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(site_build, "resources",
                        types.SimpleNamespace(files=lambda package: tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    env = site_build.environment()
    source = env.loader.get_source(env, "unit.html.j2")[0]  # type: ignore[union-attr]
    first = site_build._stored_code("unit.html.j2", source)
    assert first is not None
    assert list(tmp_path.joinpath(*site_build.COMPILED, "__pycache__").glob("unit.html.j2.*"))

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("compiled again")

    monkeypatch.setattr(builtins, "compile", refuse)
    again = site_build._stored_code("unit.html.j2", source)
    assert again is not None and again.co_consts == first.co_consts
    monkeypatch.undo()
    # another text of the template: its stored Python is not used at all
    assert site_build._stored_code("unit.html.j2", source + "x") is None


def regen() -> None:
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.py"):
        old.unlink()
    for name, text in expected().items():
        (FOLDER / name).write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regen"]:
        sys.exit(__doc__)
    regen()
