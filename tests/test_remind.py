"""`cchc remind`: which units get a letter and what it lists; golden letters for the demo.

Regenerate the golden letters of tests/golden_remind/ after a deliberate change, and review
them in the diff:

    .venv/bin/python -m tests.test_remind --regen
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc.cli import app
from cchc.i18n import en_remind, vi_remind
from cchc.pipeline import load
from cchc.render.letter import fold, place
from tests.conftest import HAND_MARCH, HAND_RECORDS, PLAN, ROOT, RepoWriter

runner = CliRunner()

GOLDEN = Path(__file__).resolve().parent / "golden_remind"
DEMO = ROOT / "examples" / "demo"
LANGS = ("vi", "en")

# As of 2023-03-31 on the standard repository (tests/conftest.py), coordinator phong-noi-vu:
# 1.1.1 (2023-03-15, phong-noi-vu) in progress: overdue, but the coordinator gets no letter;
# 1.1.2 (February, phuong-xa): phuong-1 done, phuong-2 done late, xa blocked: overdue 31 days;
# 1.1.3 (monthly, phong-noi-vu): January done, February overdue;
# hai-long for March: phuong-1 and phuong-2 have a reading, xa has none.
FILES = {"plans/p/updates/a.yaml": HAND_RECORDS, "plans/p/measurements/2023-03.yaml": HAND_MARCH}


@pytest.fixture
def repo(make_repo: RepoWriter) -> Path:
    return make_repo(FILES)


def remind(root: Path, out: Path, *args: str, as_of: str = "2023-03-31"
           ) -> tuple[int, str, str]:
    result = runner.invoke(app, ["remind", "--repo", str(root), "--as-of", as_of,
                                 "--out", str(out), *args])
    return result.exit_code, result.stdout, result.stderr


def read(folder: Path) -> dict[str, str]:
    """The letters (not the hidden manifest of what cchc wrote, `cchc.write.generated`)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())
            if not p.name.startswith(".")}


def test_only_units_that_owe_get_a_letter_with_exactly_what_they_owe(
        repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, stdout, _ = remind(repo, out, "--lang", "en")
    assert code == 0
    files = read(out)
    assert sorted(files) == ["README.md", "ubnd-xa-binh-minh.md"]
    assert stdout.splitlines() == [f"written: {out / 'ubnd-xa-binh-minh.md'}",
                                   f"written: {out / 'README.md'}"]
    letter = files["ubnd-xa-binh-minh.md"]
    assert "**To:** UBND Xã Bình Minh." in letter
    assert "| 1.1.2 | Kế hoạch của từng đơn vị | 28 February 2023 | 31 | 1 |" in letter
    assert "| Chỉ số hài lòng | March 2023 | > 95% |" in letter
    assert "**1. Overdue tasks** (1)" in letter
    assert "**2. Indicator readings not yet reported** (1)" in letter
    assert "due within" not in letter  # nothing falls due soon: no such section
    index = files["README.md"]
    assert "| UBND Xã Bình Minh | [ubnd-xa-binh-minh.md](ubnd-xa-binh-minh.md) | 1 | 0 | 1 |" \
        in index
    assert "| Phòng Nội vụ (the coordinating unit: no letter to itself) | — | 2 | 0 | 0 |" \
        in index
    assert "1 letter(s)." in index


def test_due_soon_and_missing_readings(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "feb"
    assert remind(repo, out, "--lang", "en", as_of="2023-02-20")[0] == 0
    files = read(out)
    assert sorted(files) == ["README.md", "ubnd-phuong-1.md", "ubnd-phuong-2.md",
                             "ubnd-xa-binh-minh.md"]
    # phuong-1 reported 1.1.2 done on 20 February: only its January reading is missing.
    assert "Tasks due within" not in files["ubnd-phuong-1.md"]
    assert "| Chỉ số hài lòng | January 2023 | > 95% |" in files["ubnd-phuong-1.md"]
    # phuong-2's done record is dated 3 March, after the as-of date: still due.
    for name in ("ubnd-phuong-2.md", "ubnd-xa-binh-minh.md"):
        assert "**1. Tasks due within the next 14 days** (1)" in files[name]
        assert "| 1.1.2 | Kế hoạch của từng đơn vị | 28 February 2023 | 8 |" in files[name]


def test_letter_layout_in_vietnamese(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "vi"
    remind(repo, out, "--lang", "vi")
    letter = (out / "ubnd-xa-binh-minh.md").read_text(encoding="utf-8")
    lines = letter.splitlines()
    # No issuer in the plan and no name in cchc.yaml: the locality is the folder's name, and
    # no place can be read from it, so the date line stands alone.
    assert lines[0] == ("| REPO<br>**PHÒNG NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
                        "<br>**Độc lập - Tự do - Hạnh phúc** |")
    assert lines[2] == "| Số: ...<br>V/v đôn đốc thực hiện Kế hoạch số 1/KH-UBND | " \
                       "*Ngày 31 tháng 3 năm 2023* |"
    assert "**Kính gửi:** UBND Xã Bình Minh." in lines
    assert "| 1.1.2 | Kế hoạch của từng đơn vị | ngày 28/2/2023 | 31 | 1 |" in lines
    assert "| Chỉ số hài lòng | tháng 3/2023 | > 95% |" in lines
    assert lines[-7:] == ["| **Nơi nhận:** | **TRƯỞNG PHÒNG** |", "|:---|:---:|",
                          "| - UBND Xã Bình Minh; | |", "| - Lưu: VT. | |", "| | |", "| | |",
                          "| | …………………………… |"]
    assert letter.endswith("|\n")


def test_letterhead_place_and_signer_from_the_plan(make_repo: RepoWriter, tmp_path: Path
                                                   ) -> None:
    plan = PLAN.replace("period: 2023\n", "issuer: UBND thành phố Tây Ninh\nissued: "
                        "2022-12-30\nperiod: 2023\n")
    root = make_repo({**FILES, "plans/p/plan.yaml": plan,
                      "cchc.yaml": "name: UBND thành phố Tây Ninh\nlanguage: vi\n"})
    out = tmp_path / "tn"
    remind(root, out, as_of="2023-02-05")
    letter = (out / "ubnd-xa-binh-minh.md").read_text(encoding="utf-8")
    assert letter.startswith("| UBND THÀNH PHỐ TÂY NINH<br>**PHÒNG NỘI VỤ** |")
    # Decree 30/2020: days below 10 and the months 1 and 2 take a leading zero.
    assert "*Tây Ninh, ngày 05 tháng 02 năm 2023* |" in letter
    assert "Thực hiện Kế hoạch số 1/KH-UBND ngày 30/12/2022 của UBND thành phố Tây Ninh về " \
           "kế hoạch thử, Phòng Nội vụ theo dõi" in letter
    assert "| **Nơi nhận:** | **TRƯỞNG PHÒNG** |" in letter
    assert "Số: ...<br>" in letter  # Phòng Nội vụ has no short alias here: none is made up


def test_without_a_coordinator_every_unit_gets_a_letter(make_repo: RepoWriter,
                                                        tmp_path: Path) -> None:
    root = make_repo({**FILES, "plans/p/plan.yaml":
                      PLAN.replace("coordinator: phong-noi-vu\n", "")})
    out = tmp_path / "all"
    remind(root, out, "--lang", "en")
    assert sorted(read(out)) == ["README.md", "phong-noi-vu.md", "ubnd-xa-binh-minh.md"]
    letter = (out / "phong-noi-vu.md").read_text(encoding="utf-8")
    assert "| 1.1.3 | Báo cáo hằng tháng | 28 February 2023 | 31 | 1 |" in letter
    assert "| 1.1.1 | Việc một lần | 15 March 2023 | 16 | 1 |" in letter


def test_nothing_owed_gives_only_the_index(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({"plans/p/plan.yaml": PLAN.split("indicators:")[0]})
    out = tmp_path / "a" / "b"  # created, parents included
    code, stdout, _ = remind(root, out, "--lang", "en", as_of="2023-01-01")
    assert code == 0 and stdout == f"written: {out / 'README.md'}\n"
    assert "No unit has anything to be reminded of." in (out / "README.md").read_text("utf-8")


def test_unit_filter_and_determinism(repo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1", tmp_path / "2"
    remind(repo, first, as_of="2023-02-20")
    remind(repo, second, as_of="2023-02-20")
    assert read(first) == read(second)
    only = tmp_path / "only"
    remind(repo, only, "--unit", "ubnd-phuong-2", as_of="2023-02-20")
    assert sorted(read(only)) == ["README.md", "ubnd-phuong-2.md"]
    assert read(only)["ubnd-phuong-2.md"] == read(first)["ubnd-phuong-2.md"]
    group = tmp_path / "group"
    remind(repo, group, "--unit", "phuong-xa", as_of="2023-02-20")
    letters = {name: text for name, text in read(first).items() if name != "README.md"}
    assert {name: text for name, text in read(group).items() if name != "README.md"} == letters
    assert "Phòng Nội vụ" not in read(group)["README.md"]  # the filter leaves it out


def test_letters_of_an_earlier_run_are_kept_and_reported(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    remind(repo, out, "--lang", "en", as_of="2023-02-20")
    earlier = (out / "ubnd-phuong-1.md").read_text(encoding="utf-8")
    code, _, err = remind(repo, out, "--lang", "en")
    assert code == 0
    assert (out / "ubnd-phuong-1.md").read_text(encoding="utf-8") == earlier
    assert f"{out / 'ubnd-phuong-1.md'} is a letter from an earlier run" in err
    assert "ubnd-xa-binh-minh" not in err


def test_errors_block_unless_allowed(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({**FILES, "plans/p/updates/bad.yaml": "task: [\n"})
    out = tmp_path / "blocked"
    code, stdout, err = remind(root, out)
    assert code == 1 and stdout == "" and "yaml-syntax" in err and not out.exists()
    code, _, _ = remind(root, out, "--allow-errors", "--lang", "en")
    assert code == 0
    for text in read(out).values():
        assert "**INCOMPLETE**" in text


def test_several_plans_need_plan(make_repo: RepoWriter, tmp_path: Path) -> None:
    root = make_repo({**FILES, "plans/q/plan.yaml": PLAN})
    code, _, err = remind(root, tmp_path / "x")
    assert code == 2 and "--plan" in err
    assert remind(root, tmp_path / "x", "--plan", "q")[0] == 0


def test_place_from_the_locality_name() -> None:
    assert place("UBND thành phố Tây Ninh") == "Tây Ninh"
    assert place("UBND huyện Minh An (hư cấu)") == "Minh An"
    assert place("Ủy ban nhân dân tỉnh Tây Ninh") == "Tây Ninh"
    assert place("Thị xã Hòa Thành") == "Hòa Thành"
    assert place("repo") is None and place(None) is None
    assert fold("Phòng Tư pháp") > fold("Phòng Tài chính") and fold("Đà Nẵng") == "da nang"


# --- golden letters of examples/demo as of 2023-03-31 ---------------------------------------


def generate(lang: str, out: Path) -> dict[str, str]:
    result = runner.invoke(app, ["remind", "--repo", str(DEMO), "--as-of", "2023-03-31",
                                 "--lang", lang, "--out", str(out)])
    if result.exit_code != 0:
        raise SystemExit(f"cchc remind --lang {lang}: exit {result.exit_code}\n{result.stderr}")
    return read(out)


@pytest.mark.parametrize("lang", LANGS)
def test_demo_letters_match_golden(lang: str, tmp_path: Path) -> None:
    made = generate(lang, tmp_path / lang)
    expected = read(GOLDEN / lang)
    assert sorted(made) == sorted(expected), "run `python -m tests.test_remind --regen`"
    for name, text in expected.items():
        assert made[name] == text, f"run `python -m tests.test_remind --regen`, review {name}"


def _data_strings() -> list[str]:
    """The demo's own words (names, titles, numbers), longest first, to strip before
    checking that only the template's words are in the letter's language."""
    loaded = load(DEMO)
    words: set[str] = set()
    for u in loaded.registry.units.values():
        words.add(u.name)
        words.add(u.name.upper())
    for pd in loaded.repo.plans.values():
        plan = pd.plan
        for text in (plan.number, plan.title, plan.issuer):
            if text:
                words |= {text, text.upper(), text[0].lower() + text[1:]}
        words |= {tk.value.title or "" for tk in pd.tasks}
        words |= {i.value.name or "" for i in pd.indicators}
    words |= {"Minh An"}  # the place, from the locality's name
    return sorted((w for w in words if w), key=len, reverse=True)


def _template_text(lang: str) -> list[tuple[str, str]]:
    data = _data_strings()
    out = []
    for path in sorted((GOLDEN / lang).iterdir()):
        text = path.read_text(encoding="utf-8")
        for word in data:
            text = text.replace(word, " ")
        text = re.sub(r"\[[a-z0-9-]+\.md\]\([a-z0-9-]+\.md\)", " ", text)  # links: unit ids
        out.append((path.name, text))
    return out


VIETNAMESE_LETTER = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữự"
                               "ỳýỷỹỵ]", re.IGNORECASE)


def test_english_letters_have_no_vietnamese_template_word() -> None:
    for name, text in _template_text("en"):
        found = [w for w in re.findall(r"\w+", text) if VIETNAMESE_LETTER.search(w)]
        assert found == [], name
        assert "V/v" not in text and "Kính" not in text, name


def test_vietnamese_letters_have_no_english_template_word() -> None:
    def words(messages: dict[str, str]) -> set[str]:
        return {w.lower() for text in messages.values() for w in re.findall(r"[A-Za-z]+", text)
                if len(w) > 1}

    placeholders = {"number", "issued", "issuer", "about", "sender", "date", "unit", "title",
                    "count", "days", "place", "abbr", "day", "month", "year", "path", "br"}
    english = words(en_remind.MESSAGES) - words(vi_remind.MESSAGES) - placeholders
    assert {"the", "plan", "task", "overdue", "deadline", "recipients"} <= english
    for name, text in _template_text("vi"):
        found = {w.lower() for w in re.findall(r"\b[A-Za-z]+\b", text)} & english
        assert found == set(), name
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), name


def test_vietnamese_demo_letter_reads_as_a_cong_van() -> None:
    letter = (GOLDEN / "vi" / "ubnd-xa-tan-lap.md").read_text(encoding="utf-8")
    for part in ("UBND HUYỆN MINH AN (HƯ CẤU)<br>**PHÒNG NỘI VỤ**",
                 "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**",
                 "Số: .../PNV<br>V/v đôn đốc thực hiện Kế hoạch số 25/KH-UBND",
                 "*Minh An, ngày 31 tháng 3 năm 2023*", "**Kính gửi:** UBND Xã Tân Lập.",
                 "| 1.2.3 | Báo cáo tình hình giải quyết hồ sơ TTHC trước ngày 25 hằng tháng | "
                 "ngày 25/1/2023 | 65 | 3 |",
                 "| Số hồ sơ TTHC trễ hạn trong tháng | tháng 3/2023 | <= 0 |",
                 "theo quy định./.", "**TRƯỞNG PHÒNG**", "| - Lưu: VT. | |"):
        assert part in letter, part


def regen() -> None:
    """Rewrite tests/golden_remind/{vi,en}/ from examples/demo as of 2023-03-31."""
    for lang in LANGS:
        with tempfile.TemporaryDirectory() as tmp:
            made = generate(lang, Path(tmp) / lang)
        target = GOLDEN / lang
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name, text in made.items():
            (target / name).write_text(text, encoding="utf-8", newline="")
            print(f"wrote tests/golden_remind/{lang}/{name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regen"]:
        raise SystemExit("usage: python -m tests.test_remind --regen")
    regen()


def test_no_reading_is_chased_for_a_period_before_the_plan(tmp_path: Path) -> None:
    from tests.conftest import PLAN, UNITS, write_files

    root = write_files(tmp_path / "repo", {"cchc.yaml": "language: en\n",
                                           "units/units.yaml": UNITS,
                                           "plans/p/plan.yaml": PLAN})
    out = tmp_path / "letters"
    result = runner.invoke(app, ["remind", "--repo", str(root), "--as-of", "2023-01-05",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    # as of 5 January the latest month ended is December 2022, before the 2023 plan
    assert "December 2022" not in "".join(p.read_text(encoding="utf-8")
                                          for p in out.glob("*.md"))


@pytest.mark.parametrize("option", ["-o", "--output"])
def test_the_folder_is_named_as_every_other_command_names_its_output(
        repo: Path, tmp_path: Path, option: str) -> None:
    """`cchc site -o DIR`, `cchc report -o FILE`: a clerk types `-o` here too; `--out` as
    first documented writes the same letters."""
    code, _, _ = remind(repo, tmp_path / "out")
    assert code == 0
    result = runner.invoke(app, ["remind", "--repo", str(repo), "--as-of", "2023-03-31",
                                 option, str(tmp_path / "other")])
    assert result.exit_code == 0, result.output
    assert read(tmp_path / "other") == read(tmp_path / "out") != {}
