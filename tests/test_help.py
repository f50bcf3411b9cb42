"""`--help` in Vietnamese and English, Typer's and Click's own words included (issue 12).

Help speaks the language every message speaks: `--lang`, else the repository's `language`,
else `CCHC_LANG` or the locale (`cchc/cli/help.py`). Each way of choosing it renders the help
of the program and of every command, in Rich panels (with and without colours) and in Click's
plain formatter (`TYPER_USE_RICH=0`), and looks for what only the other language would say.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.core
import typer.main
from typer import rich_utils
from typer.testing import CliRunner

from cchc import i18n
from cchc.cli import app
from cchc.cli.app import COMMANDS as REGISTERED

COMMANDS = sorted(REGISTERED)
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
HELP = {lang: {k: v for k, v in i18n.CATALOGUES[lang].items() if k.startswith("help.")}
        for lang in i18n.LANGUAGES}
# Words that only a correct catalogue in the right language shows (not taken from it).
KNOWN = {
    "vi": {"": ["Theo dõi việc thực hiện các kế hoạch cải cách hành chính",
                "Kiểm tra toàn bộ dữ liệu: cú pháp, lược đồ, tham chiếu",
                "Bảng theo dõi hằng ngày của cán bộ", "Lập công văn đôn đốc"],
           "check": ["Có cảnh báo cũng tính là không đạt."],
           "update": ["Mã nhiệm vụ, ví dụ 1.2.4.", "Thư mục gốc của kho dữ liệu"],
           "import": ["Mã thoát 0: bản nháp đạt yêu cầu"]},
    "en": {"": ["Track administrative-reform (CCHC) plans", "Validate everything: syntax",
                "The clerk's dashboard"],
           "check": ["Warnings fail too."],
           "update": ["The task id, e.g. 1.2.4.", "Repository root"],
           "import": ["Exit 0: the draft passes the check"]},
}

@pytest.mark.parametrize(("env", "expected"), [
    ({}, "en"),
    ({"CCHC_LANG": "vi"}, "vi"),
    ({"CCHC_LANG": " VI "}, "vi"),
    ({"CCHC_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"CCHC_LANG": "fr", "LANG": "vi_VN.UTF-8"}, "vi"),  # not a language of cchc: ignored
    ({"CCHC_LANG": "", "LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "vi"}, "vi"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "C", "LANG": "vi_VN.UTF-8"}, "en"),  # LC_ALL overrides the others
    ({"LC_ALL": "", "LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),  # empty: unset
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
])
def test_help_language(env: dict[str, str], expected: str) -> None:
    assert i18n.help_language(env) == expected


def test_every_help_text_comes_from_the_catalogue() -> None:
    """No option, argument or command shows a string written in the code (English only)."""
    texts = {text for lang in i18n.LANGUAGES for text in HELP[lang].values()}
    group = typer.main.get_command(app)
    for command in [group, *group.commands.values()]:  # type: ignore[attr-defined]
        assert command.help in texts, command.name
        for param in command.params:
            if param.name in ("install_completion", "show_completion"):  # Typer's own
                continue
            assert getattr(param, "help", None) in texts, (command.name, param.name)


def test_help_catalogues() -> None:
    assert set(HELP["vi"]) == set(HELP["en"]) and "help.app" in HELP["vi"]
    for key, text in HELP["vi"].items():
        assert VIETNAMESE.search(text.lower()), f"{key} does not read as Vietnamese"
        assert text != HELP["en"][key], key
    for lang in i18n.LANGUAGES:
        for key, text in HELP[lang].items():
            # Rich markup reads square brackets; `i18n.t` reads braces.
            assert not set(text) & set("[]{}"), (lang, key)



CLI = {lang: {k: v for k, v in i18n.CATALOGUES[lang].items() if k.startswith("cli.")}
       for lang in i18n.LANGUAGES}
# What Typer and Click write in English on a help page when left alone (typer/rich_utils.py,
# typer/core.py, typer/_click/): none of it may reach a Vietnamese page.
TYPER_WORDS = ["Usage", "Options", "Arguments", "Commands", "Show this message and exit",
               "required", "default:", "env var", "deprecated", "Install completion",
               "Show completion", "COMMAND", "ARGS", "{", "}"]
# Every metavar of the code (what to type after an option, an argument's name) in English
METAVARS = [text for key, text in CLI["en"].items() if key.startswith("cli.metavar.")]


def flat(text: str) -> str:
    """Help as one line: no colours, no panel borders, single spaces (rich wraps long lines)."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return " ".join(re.sub("[│╭╮╰╯─]", " ", text).split())


Pages = Callable[..., dict[str, str]]


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Pages:
    """The help of the program and of every command, one way of choosing the language."""
    outside = tmp_path / "outside"  # no cchc.yaml here nor above (the test's own folder)
    outside.mkdir()

    def render(way: str, lang: str, mode: str = "rich") -> dict[str, str]:
        args: list[str] = []
        monkeypatch.setenv("CCHC_LANG", "vi" if lang == "en" else "en")  # must not count
        monkeypatch.delenv("CCHC_REPO", raising=False)
        if way == "--lang":  # in a repository of the other language
            repo = tmp_path / f"repo-{lang}"
            repo.mkdir(exist_ok=True)
            (repo / "cchc.yaml").write_text(f"language: {'vi' if lang == 'en' else 'en'}\n",
                                            encoding="utf-8")
            monkeypatch.chdir(repo)
            args = ["--lang", lang]
        elif way == "repository":
            repo = tmp_path / f"own-{lang}"
            repo.mkdir(exist_ok=True)
            (repo / "cchc.yaml").write_text(f"language: {lang}\n", encoding="utf-8")
            monkeypatch.chdir(repo)
        else:  # outside any repository: the environment's
            monkeypatch.chdir(outside)
            monkeypatch.setenv("CCHC_LANG", lang)
        monkeypatch.setattr(rich_utils, "MAX_WIDTH", 200)
        monkeypatch.setattr(rich_utils, "FORCE_TERMINAL", True if mode == "colour" else None)
        monkeypatch.setattr(typer.core, "HAS_RICH", mode != "plain")
        found = {}
        for name in ["", *COMMANDS]:
            command = [name] if name else []
            # --lang after the command's name (where the clerk types it) and before it
            line = [*command, "--help", *args] if name else [*args, "--help"]
            result = CliRunner().invoke(app, line)
            assert result.exit_code == 0, (way, lang, mode, name, result.output)
            if mode == "colour":
                assert "\x1b[" in result.output
            found[name] = flat(result.output)
        return found

    return render


WAYS = [(way, lang) for lang in i18n.LANGUAGES for way in ("--lang", "repository", "env")]


@pytest.mark.parametrize(("way", "lang"), WAYS)
def test_every_command_help_is_localized(pages: Pages, way: str, lang: str) -> None:
    found = pages(way, lang)
    other = "en" if lang == "vi" else "vi"
    assert sorted(found) == ["", *COMMANDS]
    for name, out in found.items():
        key = f"help.{name}" if name else "help.app"
        for paragraph in HELP[lang][key].split("\n\n"):
            assert flat(paragraph) in out, (lang, name, paragraph)
        for phrase in KNOWN[lang].get(name, []):
            assert phrase in out, (lang, name, phrase)
        if lang == "vi":
            assert VIETNAMESE.search(out.lower()), name
        for text in HELP[other].values():
            assert flat(text) not in out, (lang, name, text)
    for name in COMMANDS:  # the list of commands shows each one's summary
        summary = HELP[lang][f"help.{name}"].split("\n\n")[0]
        assert flat(summary) in found[""], (lang, name)


def english_left(out: str) -> list[str]:
    """Typer's and Click's English words, and the English metavars, found in a page."""
    left = [word for word in TYPER_WORDS if word in out]
    left += re.findall(r"<[a-z][a-z\[\]]*>", out)  # a Python type: <str>, <list[str]>
    left += [m for m in METAVARS if re.search(rf"(?<![\w.]){re.escape(m)}(?![\w])", out)]
    return left


@pytest.mark.parametrize("mode", ["rich", "colour", "plain"])
@pytest.mark.parametrize("way", ["--lang", "repository", "env"])
def test_no_word_of_typer_or_click_on_a_vietnamese_page(pages: Pages, way: str,
                                                        mode: str) -> None:
    found = pages(way, "vi", mode)
    for name, out in found.items():
        assert english_left(out) == [], (name, mode, out)
        assert out.startswith("Cách dùng: cchc"), (name, out[:60])
        assert "Tùy chọn" in out and "--help In hướng dẫn này rồi thoát." in out, name
    assert "Đối số" in found["update"] and "NHIỆM_VỤ Mã nhiệm vụ" in found["update"]
    assert "Cách dùng: cchc update [TÙY CHỌN] NHIỆM_VỤ" in found["update"]
    assert "Cách dùng: cchc units [TÙY CHỌN] [TỪ_KHÓA]" in found["units"]
    assert "Cách dùng: cchc collect [TÙY CHỌN] TỆP.xlsx..." in found["collect"]
    assert "Cách dùng: cchc [TÙY CHỌN] LỆNH [ĐỐI_SỐ]..." in found[""]
    assert re.search("Lệnh:? check Kiểm tra toàn bộ dữ liệu", found[""])
    assert "Cài đặt tính năng gợi ý tự hoàn thành lệnh" in found[""]
    assert re.search(r"--unit ĐƠN_VỊ .*bắt buộc", found["update"])
    for option, metavar in (("--date", "NGÀY"), ("--period", "KỲ"), ("--note", "NỘI_DUNG"),
                            ("--repo", "ĐƯỜNG_DẪN"), ("--as-of", "NGÀY"), ("--lang", "vi|en")):
        assert f"{option} {metavar} " in found["update"], (option, mode)


@pytest.mark.parametrize("mode", ["rich", "plain"])
@pytest.mark.parametrize("way", ["--lang", "repository", "env"])
def test_english_pages_still_read_well(pages: Pages, way: str, mode: str) -> None:
    found = pages(way, "en", mode)
    for name, out in found.items():
        assert out.startswith("Usage: cchc"), (name, out[:60])
        assert "Options" in out and "--help Show this message and exit." in out, name
        assert not re.search(r"[{}]|<[a-z]", out), name  # never Typer's {TASK}, never <str>
    assert "Usage: cchc update [OPTIONS] TASK " in found["update"]
    assert "Arguments" in found["update"] and "[required]" in found["update"]
    assert "--unit UNIT " in found["update"] and "--date DATE " in found["update"]
    assert "Usage: cchc [OPTIONS] COMMAND [ARGS]..." in found[""]
    assert re.search("Commands:? check Validate everything", found[""])


def test_every_metavar_has_its_words() -> None:
    """Each name the code gives what to type (metavar="DATE") exists in both catalogues."""
    from cchc.cli.help import metavar

    group = typer.main.get_command(app)
    declared = set()
    for command in [group, *(group.get_command(None, n) for n in COMMANDS)]:  # type: ignore[attr-defined]
        for param in command.params:
            if param.metavar and not param.metavar[0].islower():  # not values (vi|en)
                declared.add(param.metavar.removesuffix("..."))
    assert declared <= {m for m in METAVARS}, declared - set(METAVARS)
    for name in declared:
        assert metavar(name, "en") == name
        assert VIETNAMESE.search(metavar(name, "vi").lower()), name
        assert metavar(metavar(name, "vi"), "en") == name  # found back from either language


def test_help_texts_are_unique() -> None:
    """A help text is found back in the catalogues by its words (cchc/cli/help.py)."""
    texts = [text for lang in i18n.LANGUAGES for text in HELP[lang].values()]
    assert len(texts) == len(set(texts))


def test_cchc_alone_shows_its_help_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cchc.yaml").write_text("language: vi\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [])
    out = flat(result.output)
    assert result.exit_code == 2
    assert out.count("Cách dùng: cchc") == 1 and "Lỗi" not in out and "Error" not in out


@pytest.mark.parametrize(("args", "expected"), [
    (["--lang", "en"], "Usage: cchc [OPTIONS] COMMAND"),
    (["--lang", "vi", "--no-cache"], "Cách dùng: cchc [TÙY CHỌN] LỆNH"),
    (["--as-of", "31/3/2023"], "Cách dùng: cchc [TÙY CHỌN] LỆNH"),
])
def test_options_without_a_command_show_the_help(args: list[str], expected: str,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`cchc --lang en` alone was a silent success: it gives the help of `cchc` alone, in the
    language asked for, and its exit code."""
    (tmp_path / "cchc.yaml").write_text("language: vi\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    out = flat(result.output)
    assert result.exit_code == 2
    assert out.count(expected) == 1 and "status" in out, out
    assert "Lỗi" not in out and "Error" not in out


@pytest.mark.parametrize(("lang", "expected"), [
    ("vi", ["Cách dùng: cchc update [TÙY CHỌN] NHIỆM_VỤ", "Lỗi: thiếu 'NHIỆM_VỤ'"]),
    ("en", ["Usage: cchc update [OPTIONS] TASK", "Error: missing argument 'TASK'"]),
])
def test_a_missing_argument_is_named_as_help_names_it(lang: str, expected: list[str],
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["update", "--lang", lang])
    assert result.exit_code == 2
    for line in expected:
        assert line in result.output, result.output
    assert "{" not in result.output


def test_python_m_cchc_help_in_a_vietnamese_repository(tmp_path: Path) -> None:
    """The real program, in a terminal-less subprocess: the repository's language."""
    (tmp_path / "cchc.yaml").write_text("language: vi\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR",
                                                            "PY_COLORS", "CCHC_REPO")}
    env.update(CCHC_LANG="en", TERMINAL_WIDTH="200", PYTHONIOENCODING="utf-8")
    run = subprocess.run([sys.executable, "-m", "cchc", "update", "--help"], cwd=tmp_path,
                         capture_output=True, env=env)
    out = flat(run.stdout.decode("utf-8"))
    assert run.returncode == 0
    assert out.startswith("Cách dùng: cchc update [TÙY CHỌN] NHIỆM_VỤ")
    assert english_left(out) == []


@pytest.mark.parametrize("config", [
    "language: vi\n", "name: X\nlanguage: 'vi'  # tiếng Việt\n", 'language: "en"\n',
    "{name: X, language: vi}\n", "name: X\n", "language: fr\n", "language: [vi\n", None,
])
@pytest.mark.parametrize("args", [[], ["--lang", "en"], ["--lang=vi"]])
def test_help_reads_the_language_as_a_command_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   config: str | None, args: list[str]) -> None:
    """`--help` reads cchc.yaml's language as text (no models imported) and says what
    `language_of`, which reads it as a command does, says."""
    from cchc.cli.language import help_language_of, language_of

    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "units").mkdir()
    if config is not None:
        (repo / "cchc.yaml").write_text(config, encoding="utf-8")
    monkeypatch.setenv("CCHC_LANG", "vi")
    monkeypatch.chdir(repo / "plans")
    argv = ["status", *args, "--help"]
    assert help_language_of(argv) == language_of(argv)
    assert help_language_of([*argv, "--repo", str(repo)]) == language_of(argv)
