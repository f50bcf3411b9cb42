"""`cchc import` through the command line: output, files, exit codes, messages."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cchc.cli import app
from cchc.pipeline import load

runner = CliRunner()
DOCS = Path(__file__).parent / "import_docs"
PASSING = DOCS / "markdown_pipes.md"      # imports into a draft that passes cchc check
FAILING = DOCS / "missing_number.txt"     # blank number and date, an unknown body


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "units").mkdir(parents=True)
    shutil.copy(DOCS / "units.yaml", root / "units" / "units.yaml")
    (root / "cchc.yaml").write_text("language: en\n", encoding="utf-8")
    (root / "schema").mkdir()
    (root / "plans").mkdir()
    return root


def _import(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["import", *args])
    return result.exit_code, result.stdout, result.stderr


def test_stdout_draft_that_passes_check_exits_0(repo: Path) -> None:
    code, out, err = _import(str(PASSING), "--repo", str(repo))
    assert code == 0, err
    assert "the draft passes cchc check" in err
    data = yaml.safe_load(out)
    assert data["number"] == "12/KH-UBND"
    assert not out.startswith("# yaml-language-server")  # stdout: no place, no modeline
    assert unicodedata.is_normalized("NFC", out)


def test_problems_are_listed_with_draft_lines_and_exit_1(repo: Path) -> None:
    code, out, err = _import(str(FAILING), "--repo", str(repo))
    assert code == 1
    lines = out.splitlines()
    listed = [line for line in err.splitlines() if line.startswith("<stdout>:")]
    assert len(listed) == 4
    for entry in listed:
        number = int(entry.split(":")[1])
        assert 1 <= number <= len(lines)
    assert any("number: the document's number is blank" in e for e in listed)
    assert any("'Cơ quan bảo hiểm xã hội huyện' (lead)" in e for e in listed)


def test_output_under_plans_gets_the_schema_line_and_passes_check(repo: Path) -> None:
    target = repo / "plans" / "kh-12-2024" / "plan.yaml"
    code, out, err = _import(str(PASSING), "--repo", str(repo), "-o", str(target))
    assert code == 0, err
    assert out == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/plan.schema.json\n")
    assert "plans/kh-12-2024/plan.yaml" in text  # the handle of -o, not a suggested one
    assert load(repo).diagnostics == []
    check = runner.invoke(app, ["check", "--repo", str(repo)])
    assert check.exit_code == 0, check.stdout


def test_output_elsewhere_has_no_schema_line(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "draft.yaml"
    code, _, err = _import(str(PASSING), "--repo", str(repo), "-o", str(target))
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("# Draft imported by cchc import")


def test_existing_output_is_refused_and_left_alone(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("keep me\n", encoding="utf-8")
    code, out, err = _import(str(PASSING), "--repo", str(repo), "-o", str(target))
    assert code == 1
    assert "never overwrites" in err
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_a_draft_with_problems_is_still_written(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "draft.yaml"
    code, _, err = _import(str(FAILING), "--repo", str(repo), "-o", str(target))
    assert code == 1
    assert target.is_file()
    assert f"{target}:" in err


@pytest.mark.parametrize("name, content, message", [
    ("plan.pdf", b"%PDF-1.4", "cannot import a '.pdf' file"),
    ("plan.txt", b"\x00\x01\x02binary", "this is not text"),
    ("plan.docx", b"not a zip file", "not a Word document that can be opened"),
])
def test_unreadable_input_exits_2(repo: Path, tmp_path: Path, name: str, content: bytes,
                                  message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _import(str(path), "--repo", str(repo))
    assert code == 2
    assert message in err
    assert out == ""


def test_missing_file_exits_2(repo: Path, tmp_path: Path) -> None:
    code, _, err = _import(str(tmp_path / "nothing.txt"), "--repo", str(repo))
    assert code == 2
    assert "no such file" in err


def test_without_a_repository_names_stay_unresolved(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CCHC_REPO", raising=False)
    code, out, err = _import(str(PASSING))
    assert code == 1
    assert "no repository found" in err
    assert yaml.safe_load(out)["number"] == "12/KH-UBND"


def test_a_named_repository_that_is_not_there_is_bad_usage(tmp_path: Path) -> None:
    code, out, err = _import(str(PASSING), "--repo", str(tmp_path / "nowhere"))
    assert code == 2
    assert out == ""


def test_messages_follow_the_language(repo: Path) -> None:
    code, out, err = _import(str(FAILING), "--repo", str(repo), "--lang", "vi")
    assert code == 1
    assert "điểm cán bộ cần sửa" in err
    assert "# Bản nháp do cchc import tạo từ missing_number.txt" in out


def _cp1258(text: str) -> bytes:
    """Text as Vietnamese Windows writes it: base letters, then a combining tone mark."""
    out = b""
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tones = "".join(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
            out += (base + tones).encode("cp1258")
    return out


def test_legacy_encoding_is_read_and_said(repo: Path, tmp_path: Path) -> None:
    text = PASSING.read_text(encoding="utf-8")
    path = tmp_path / "legacy.md"
    path.write_bytes(_cp1258(text))
    code, out, err = _import(str(path), "--repo", str(repo))
    assert "Windows-1258" in err
    assert yaml.safe_load(out)["title"] == \
        "Cải cách hành chính năm 2024 của Ủy ban nhân dân xã An Bình"
    assert code == 0


def test_help_text() -> None:
    result = runner.invoke(app, ["import", "--help", "--lang", "en"])
    assert result.exit_code == 0
    assert "draft plan.yaml" in result.stdout
