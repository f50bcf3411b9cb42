"""`--help` in Vietnamese and English: the language the environment picks, every text localized.

The help language is fixed when `cchc.cli` is imported, so each language runs in a subprocess
of its own (`CCHC_LANG` set), which renders the help of the program and of every command.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
import typer.main

from cchc import i18n
from cchc.cli import HELP_LANG, app

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
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

# One process per language renders every help page through typer's CliRunner.
SCRIPT = """
import json, sys
import typer.main
from typer.testing import CliRunner
from cchc.cli import app

runner = CliRunner()
pages = {}
for name in ["", *sorted(typer.main.get_command(app).commands)]:
    result = runner.invoke(app, [name, "--help"] if name else ["--help"])
    pages[name] = [result.exit_code, result.output]
sys.stdout.write(json.dumps(pages))
"""


def flat(text: str) -> str:
    """Help as one line: no colours, no panel borders, single spaces (rich wraps long lines)."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return " ".join(re.sub("[│╭╮╰╯─]", " ", text).split())


def env_for(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("GITHUB_ACTIONS", "FORCE_COLOR", "PY_COLORS")}
    env.update(CCHC_LANG=lang, TERMINAL_WIDTH="200", _TYPER_FORCE_DISABLE_TERMINAL="1",
               PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture(scope="module", params=i18n.LANGUAGES)
def pages(request: pytest.FixtureRequest) -> tuple[str, dict[str, tuple[int, str]]]:
    lang: str = request.param
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, env=env_for(lang),
                         check=True)
    found = {name: (code, flat(out))
             for name, (code, out) in json.loads(run.stdout.decode("utf-8")).items()}
    return lang, found


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
    texts = set(HELP[HELP_LANG].values())
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


def test_python_m_cchc_help(pages: tuple[str, dict[str, tuple[int, str]]]) -> None:
    lang, _ = pages
    run = subprocess.run([sys.executable, "-m", "cchc", "--help"], capture_output=True,
                         env=env_for(lang))
    out = flat(run.stdout.decode("utf-8"))
    assert run.returncode == 0
    assert flat(HELP[lang]["help.app"]) in out
    for phrase in KNOWN[lang][""]:
        assert phrase in out, phrase


def test_every_command_help_is_localized(pages: tuple[str, dict[str, tuple[int, str]]]) -> None:
    lang, found = pages
    other = "en" if lang == "vi" else "vi"
    assert sorted(found) == ["", *COMMANDS]
    for name, (code, out) in found.items():
        assert code == 0, (lang, name, out)
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
        assert flat(summary) in found[""][1], (lang, name)
