"""The clerk's path on the command line (issue 12): units by name, Vietnamese input, messages
in the repository's language, suggestions, and what a write did. Each in vi and en."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cchc.cli import app
from tests.conftest import HAND_FEBRUARY, HAND_MARCH, HAND_RECORDS, PLAN, UNITS, RepoWriter

runner = CliRunner()

MORE_UNITS = UNITS.replace("groups:\n", """\
  - id: ubnd-xa-hoa-thanh
    name: UBND Xã Hòa Thành
    kind: commune
  - id: ubnd-xa-hoa-thanh-2
    name: UBND Xã Hoà Thạnh
    kind: commune
  - id: ubnd-thi-tran-minh-an
    name: UBND Thị trấn Minh An
    kind: township
    aliases: [Thị trấn Minh An]
groups:
""")


PLAN_TWO_NAMES = PLAN.replace("""    owner: phong-noi-vu
""", """    owner: phong-noi-vu
  - id: hai-long-2
    name: Chỉ số hài lòng
    target: "> 90%"
    owner: phong-noi-vu
""")


def _repo(make_repo: RepoWriter, lang: str) -> str:
    return str(make_repo({"cchc.yaml": f"language: {lang}\n", "units/units.yaml": MORE_UNITS,
                          "plans/p/updates/a.yaml": HAND_RECORDS,
                          "plans/p/measurements/2023-02.yaml": HAND_FEBRUARY,
                          "plans/p/measurements/2023-03.yaml": HAND_MARCH}))


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- cchc units -----------------------------------------------------------------------


def test_units_table_in_vietnamese_order(make_repo: RepoWriter) -> None:
    repo = _repo(make_repo, "vi")
    code, out, _ = invoke("units", "--repo", repo)
    assert code == 0, out
    assert "Các đơn vị và nhóm" in out and "thị trấn" in out
    order = [name for name in ("Phòng Nội vụ", "Phòng Tư pháp", "UBND Phường 1",
                               "UBND Phường 2", "UBND Thị trấn Minh An", "UBND Xã Bình Minh",
                               "UBND Xã Hoà Thạnh", "UBND Xã Hòa Thành", "UBND các phường, xã")]
    positions = [out.index(name) for name in order]
    assert positions == sorted(positions)
    assert "còn gọi là Thị trấn Minh An" in out
    assert ("3 thành viên: UBND Phường 1 (ubnd-phuong-1), UBND Phường 2 (ubnd-phuong-2), "
            "UBND Xã Bình Minh (ubnd-xa-binh-minh)") in " ".join(out.split())


# members declared out of order, one of them a group: by name, in Vietnamese order (Đ after D,
# tones after the base letter, Phường 2 before Phường 10), each with its id
ORDERED = UNITS.replace("groups:\n", """\
  - id: ubnd-phuong-10
    name: UBND Phường 10
    kind: ward
  - id: doi-kiem-tra
    name: Đội kiểm tra
    kind: department
  - id: doan-thanh-nien
    name: Doàn thanh niên
    kind: department
groups:
  - id: nhom-a
    name: Nhóm A
    members: [ubnd-phuong-10, phuong-xa, doi-kiem-tra, ubnd-phuong-2, doan-thanh-nien]
""")
ORDERED_NAMES = ["Doàn thanh niên (doan-thanh-nien)", "Đội kiểm tra (doi-kiem-tra)",
                 "UBND các phường, xã (phuong-xa)", "UBND Phường 2 (ubnd-phuong-2)",
                 "UBND Phường 10 (ubnd-phuong-10)"]
DECLARED = ["ubnd-phuong-10", "phuong-xa", "doi-kiem-tra", "ubnd-phuong-2", "doan-thanh-nien"]


@pytest.mark.parametrize(("lang", "words"), [("vi", "5 thành viên: "),
                                             ("en", "5 members: ")])
def test_units_members_by_name_in_vietnamese_order(make_repo: RepoWriter, lang: str,
                                                   words: str) -> None:
    import openpyxl

    root = make_repo({"cchc.yaml": f"language: {lang}\n", "units/units.yaml": ORDERED})
    code, out, _ = invoke("units", "nhom", "--repo", str(root), "--lang", lang)
    assert code == 0, out
    assert words + ", ".join(ORDERED_NAMES) in " ".join(out.split())
    code, out, _ = invoke("units", "nhom", "--repo", str(root), "--format", "csv")
    table = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert table[1][4] == "; ".join(ORDERED_NAMES)
    code, out, _ = invoke("units", "nhom", "--repo", str(root), "--format", "json")
    [row] = json.loads(out)
    assert row["members"] == DECLARED  # the ids as declared, unchanged
    assert row["member_names"] == ["UBND Phường 10", "UBND các phường, xã", "Đội kiểm tra",
                                   "UBND Phường 2", "Doàn thanh niên"]
    book = root / "units.xlsx"
    code, _, _ = invoke("units", "nhom", "--repo", str(root), "--format", "xlsx", "-o",
                        str(book))
    assert code == 0
    sheet = openpyxl.load_workbook(book).worksheets[0]
    assert sheet.cell(2, 5).value == "; ".join(ORDERED_NAMES)


def test_units_search_json_and_csv(make_repo: RepoWriter) -> None:
    repo = _repo(make_repo, "en")
    code, out, _ = invoke("units", "phuong", "--repo", repo, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["ubnd-phuong-1", "ubnd-phuong-2", "phuong-xa"]
    assert rows[-1] == {"id": "phuong-xa", "name": "UBND các phường, xã", "kind": "group",
                        "aliases": [], "members": ["ubnd-phuong-1", "ubnd-phuong-2",
                                                   "ubnd-xa-binh-minh"],
                        "member_names": ["UBND Phường 1", "UBND Phường 2", "UBND Xã Bình Minh"],
                        "until": None, "successor": None}
    code, out, _ = invoke("units", "Thị trấn", "--repo", repo, "--format", "csv")
    table = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert table[0][:3] == ["Id", "Name", "Kind"]
    assert [r[0] for r in table[1:]] == ["ubnd-thi-tran-minh-an"]
    code, out, _ = invoke("units", "noi vu", "--repo", repo)
    assert "phong-noi-vu" in out and "ubnd-phuong-1" not in out


# --- --unit by name ---------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["UBND Phường 1", "ubnd phuong 1", "UBND PHƯỜNG 1",
                                  "ubnd-phuong-1"])
def test_unit_by_name_everywhere(make_repo: RepoWriter, unit: str) -> None:
    repo = _repo(make_repo, "en")
    code, out, _ = invoke("gaps", "--repo", repo, "--as-of", "2023-03-31", "--unit", unit,
                          "--format", "json")
    assert code == 0
    assert {r["unit"] for r in json.loads(out)} == {"ubnd-phuong-1"}


@pytest.mark.parametrize("unit", ["ubnd phuong 1", "UBND Phường 1", "ubnd-phuong-1"])
@pytest.mark.parametrize(("lang", "heading", "line"), [
    ("vi", "Chỉ đơn vị UBND Phường 1 (ubnd-phuong-1)", "- Đơn vị: UBND Phường 1\n"),
    ("en", "Only unit UBND Phường 1 (ubnd-phuong-1)", "- Units: UBND Phường 1\n"),
])
def test_a_unit_typed_by_name_is_named_as_the_registry_names_it(
        make_repo: RepoWriter, unit: str, lang: str, heading: str, line: str) -> None:
    """The dashboard's heading and the report name the unit found, not the words typed; the
    JSON gives its id, as every other "unit" of the JSON."""
    repo = _repo(make_repo, lang)
    common = ("--repo", repo, "--as-of", "2023-03-31", "--unit", unit)
    code, out, _ = invoke("status", *common)
    assert code == 0 and heading in " ".join(out.split()), out
    code, out, _ = invoke("status", *common, "--format", "json")
    assert code == 0 and json.loads(out)["unit"] == "ubnd-phuong-1"
    code, out, _ = invoke("report", *common)
    assert code == 0 and line in out, out


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", "'ubnd xa hoa thanh' khớp với nhiều đơn vị: UBND Xã Hòa Thành (ubnd-xa-hoa-thanh), "
           "UBND Xã Hoà Thạnh (ubnd-xa-hoa-thanh-2)"),
    ("en", "'ubnd xa hoa thanh' matches several units: UBND Xã Hòa Thành (ubnd-xa-hoa-thanh), "
           "UBND Xã Hoà Thạnh (ubnd-xa-hoa-thanh-2)"),
])
def test_ambiguous_unit_lists_matches_and_writes_nothing(make_repo: RepoWriter, lang: str,
                                                        words: str) -> None:
    repo = _repo(make_repo, lang)
    before = sorted(Path(repo).rglob("*.yaml"))
    code, _, err = invoke("update", "1.1.1", "--repo", repo, "--unit", "ubnd xa hoa thanh",
                          "--status", "done", "--as-of", "2023-03-31")
    assert code == 2 and words in err
    assert sorted(Path(repo).rglob("*.yaml")) == before


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["không có đơn vị hoặc nhóm 'Phường 1'", "có phải ý bạn là "
            "`UBND Phường 1 (ubnd-phuong-1)`?", "cchc units"]),
    ("en", ["there is no unit or group 'Phường 1'", "did you mean "
            "`UBND Phường 1 (ubnd-phuong-1)`?", "cchc units"]),
])
def test_unknown_unit_gets_suggestions(make_repo: RepoWriter, lang: str,
                                       words: list[str]) -> None:
    code, _, err = invoke("status", "--repo", _repo(make_repo, lang), "--unit", "Phường 1")
    assert code == 2
    for w in words:
        assert w in err


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["kế hoạch p không có nhiệm vụ '1.1.4'", "`1.1.1`", "cchc tasks --plan p",
            "chưa ghi gì"]),
    ("en", ["plan p has no task '1.1.4'", "`1.1.1`", "cchc tasks --plan p",
            "nothing written"]),
])
def test_unknown_task_gets_suggestions_and_the_listing_command(
        make_repo: RepoWriter, lang: str, words: list[str]) -> None:
    code, _, err = invoke("update", "1.1.4", "--repo", _repo(make_repo, lang),
                          "--unit", "Phòng Nội vụ", "--status", "done")
    assert code == 1  # a write that fails validation (docs/format.md, "Commands")
    for w in words:
        assert w in err


def test_unknown_plan_and_indicator_get_suggestions(make_repo: RepoWriter) -> None:
    repo = _repo(make_repo, "vi")
    code, _, err = invoke("status", "--repo", repo, "--plan", "pp")
    assert code == 2 and "không có kế hoạch 'pp' (các kế hoạch: p)" in err
    code, _, err = invoke("measure", "hai-lon", "96", "--period", "2023-03", "--repo", repo,
                          "--unit", "ubnd-phuong-1")
    assert code == 1 and "`hai-long`" in err and "[unknown-indicator]" in err


@pytest.mark.parametrize("typed", ["Chỉ số hài lòng", "chi so hai long", "CHỈ SỐ HÀI LÒNG"])
def test_measure_takes_the_indicator_by_its_name(make_repo: RepoWriter, typed: str) -> None:
    repo = _repo(make_repo, "vi")
    code, _, err = invoke("measure", typed, "96,5", "--period", "tháng 4/2023", "--repo", repo,
                          "--unit", "ubnd phuong 1", "--as-of", "2023-05-02")
    assert code == 0, err
    [reading] = [r for r in _written(repo, "measurements") if r["period"] == "2023-04"]
    assert reading["values"] == [{"indicator": "hai-long", "unit": "ubnd-phuong-1",
                                  "value": 96.5}]


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["không có chỉ số 'chi so hai lon'; có phải ý bạn là `Chỉ số hài lòng (hai-long)`? "
            "Các chỉ số của kế hoạch: hai-long."]),
    ("en", ["has no indicator 'chi so hai lon'; did you mean `Chỉ số hài lòng (hai-long)`? "
            "The plan's indicators: hai-long."]),
])
def test_an_unknown_indicator_is_suggested_by_name_and_id(make_repo: RepoWriter, lang: str,
                                                         words: list[str]) -> None:
    repo = _repo(make_repo, lang)
    code, _, err = invoke("measure", "chi so hai lon", "96", "--period", "2023-03", "--repo", repo,
                          "--unit", "ubnd-phuong-1")
    assert code == 1
    for w in words:
        assert w in " ".join(err.split()), err


def test_two_indicators_of_one_name_are_listed_not_guessed(make_repo: RepoWriter) -> None:
    plan = PLAN_TWO_NAMES
    repo = str(make_repo({"cchc.yaml": "language: en\n", "plans/p/plan.yaml": plan}))
    before = sorted(Path(repo).rglob("*.yaml"))
    code, _, err = invoke("measure", "chi so hai long", "96", "--period", "2023-03", "--repo",
                          repo, "--unit", "ubnd-phuong-1")
    assert code == 2
    assert ("'chi so hai long' matches several indicators: Chỉ số hài lòng (hai-long), "
            "Chỉ số hài lòng (hai-long-2)") in " ".join(err.split()), err
    assert sorted(Path(repo).rglob("*.yaml")) == before


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["không có đơn vị hoặc nhóm 'zzz qqq'. Lệnh 'cchc units'",
            "kế hoạch p không có nhiệm vụ '9.9.9'. Lệnh 'cchc tasks --plan p'"]),
    ("en", ["there is no unit or group 'zzz qqq'. 'cchc units'",
            "plan p has no task '9.9.9'. 'cchc tasks --plan p'"]),
])
def test_a_name_that_matches_nothing_ends_its_sentence_before_the_hint(
        make_repo: RepoWriter, lang: str, words: list[str]) -> None:
    repo = _repo(make_repo, lang)
    code, _, unit_err = invoke("status", "--repo", repo, "--unit", "zzz qqq")
    assert code == 2
    code, _, task_err = invoke("update", "9.9.9", "--repo", repo, "--unit", "ubnd-phuong-1",
                               "--status", "done", "--date", "2023-03-01")
    assert code == 1
    for w, err in zip(words, (unit_err, task_err), strict=True):
        assert w in " ".join(err.split()), err


# --- Vietnamese input and what a write did ------------------------------------------------


def _written(repo: str, folder: str) -> list[dict[str, object]]:
    files = sorted(Path(repo, "plans", "p", folder).rglob("*.yaml"))
    return [yaml.safe_load(f.read_text(encoding="utf-8")) for f in files]


@pytest.mark.parametrize(("lang", "status", "outcome"), [
    ("vi", "hoàn thành", "1.1.1 — Phòng Nội vụ: hoàn thành trễ hạn 16 ngày"),
    ("vi", "Hoan Thanh", "1.1.1 — Phòng Nội vụ: hoàn thành trễ hạn 16 ngày"),
    ("en", "đang thực hiện", "1.1.1 — Phòng Nội vụ: overdue by 16 days (due 15 March 2023)"),
    ("en", "vướng mắc", "1.1.1 — Phòng Nội vụ: overdue by 16 days (due 15 March 2023)"),
])
def test_update_in_vietnamese_says_what_it_did(make_repo: RepoWriter, lang: str, status: str,
                                               outcome: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, out, err = invoke("update", "1.1.1", "--repo", repo, "--unit", "phong noi vu",
                            "--status", status, "--date", "31/3/2023", "--as-of",
                            "31/03/2023", "--evidence", "BC 1")
    assert code == 0, err
    assert outcome in out
    [record] = _written(repo, "updates")
    assert record["unit"] == "phong-noi-vu" and str(record["date"]) == "2023-03-31"
    assert record["status"] in ("done", "in-progress", "blocked")


@pytest.mark.parametrize(("lang", "warning"), [
    ("vi", "cảnh báo: ngày báo cáo ngày 5/4/2023 sau ngày tính (ngày 31/3/2023)"),
    ("en", "warning: the record is dated 5 April 2023, after the as-of date (31 March 2023)"),
])
def test_update_warns_and_still_writes(make_repo: RepoWriter, lang: str, warning: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, _, err = invoke("update", "1.1.1", "--repo", repo, "--unit", "phong-noi-vu",
                          "--status", "in-progress", "--date", "2023-4-5", "--as-of",
                          "2023-03-31")
    assert code == 0 and warning in err
    assert len(_written(repo, "updates")) == 1


@pytest.mark.parametrize(("lang", "value", "stored", "outcome"), [
    ("vi", "96,5%", 96.5,
     "hai-long — UBND Phường 1, tháng 3/2023: 96,5% (đạt, chỉ tiêu > 95%)"),
    ("en", "96,5", 96.5, "hai-long — UBND Phường 1, March 2023: 96.5% (met, target > 95%)"),
    ("en", "94.25", 94.25,
     "hai-long — UBND Phường 1, March 2023: 94.25% (not met, target > 95%)"),
])
def test_measure_with_decimal_comma_and_name(make_repo: RepoWriter, lang: str, value: str,
                                             stored: float, outcome: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, out, err = invoke("measure", "hai-long", value, "--period", "2023-03", "--unit",
                            "UBND Phường 1", "--repo", repo, "--as-of", "2023-04-01")
    assert code == 0, err
    assert outcome in out
    [reading] = _written(repo, "measurements")
    assert reading["values"] == [{"indicator": "hai-long", "unit": "ubnd-phuong-1",
                                  "value": stored}]


@pytest.mark.parametrize(("lang", "warning"), [
    ("vi", "cảnh báo: giá trị -3% nằm ngoài khoảng từ 0 đến 100"),
    ("en", "warning: the value -3% is outside 0 to 100"),
])
def test_measure_takes_a_negative_number_without_dashes(make_repo: RepoWriter, lang: str,
                                                        warning: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, _, err = invoke("measure", "hai-long", "-3", "--period", "2023-03", "--unit",
                          "ubnd-phuong-1", "--repo", repo)
    assert code == 0, err
    assert warning in err
    assert _written(repo, "measurements")[0]["values"][0]["value"] == -3.0


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", "'phuong-xa' là một nhóm (UBND các phường, xã), không phải một đơn vị"),
    ("en", "'phuong-xa' is a group (UBND các phường, xã), not a unit"),
])
def test_measure_given_a_group_lists_its_members(make_repo: RepoWriter, lang: str,
                                                 words: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, _, err = invoke("measure", "hai-long", "96", "--period", "2023-03", "--unit",
                          "UBND các phường, xã", "--repo", repo)
    assert code == 1 and "[unit-is-group]" in err  # a write refused by validation
    assert words in err and "UBND Phường 1 (ubnd-phuong-1)" in err
    assert _written(repo, "measurements") == []


# --- usage errors in the repository's language ---------------------------------------


@pytest.mark.parametrize(("lang", "args", "words"), [
    ("vi", ["update", "1.1.1", "--status", "done"],
     ["Cách dùng: cchc update [TÙY CHỌN]", "Lỗi: thiếu tùy chọn '--unit'"]),
    ("en", ["update", "1.1.1", "--status", "done"],
     ["Usage: cchc update [OPTIONS]", "Error: missing option '--unit'"]),
    ("vi", ["status", "--as-of", "31/13/2023"],
     ["'31/13/2023' không phải là ngày: hãy viết ngày/tháng/năm (31/3/2023)"]),
    ("en", ["status", "--as-of", "31/13/2023"], ["'31/13/2023' is not a date"]),
    ("vi", ["update", "1.1.1", "--unit", "phong-noi-vu", "--status", "xong chưa"],
     ["tình trạng 'xong chưa' không hợp lệ: viết đang thực hiện, hoàn thành hoặc vướng mắc"]),
    ("vi", ["measure", "hai-long", "chín mươi", "--period", "2023-03"],
     ["giá trị 'chín mươi' không phải một số"]),
    ("vi", ["status", "--formatt", "json"], ["Lỗi: không có tùy chọn --formatt",
                                            "có phải ý bạn là '--format'?"]),
    ("vi", ["statuss"], ["Lỗi: không có lệnh 'statuss'; có phải ý bạn là 'status'"]),
    ("vi", ["status", "--format", "xml"], ["--format xml: hãy chọn một trong table, json"]),
    # Typer 0.29's own sentences, read by the patterns of cchc/cli/usage.py
    ("vi", ["status", "foo", "bar"], ["Lỗi: thừa đối số: foo bar"]),
    ("en", ["status", "foo"], ["Error: unexpected extra argument(s): foo"]),
    ("vi", ["it's"], ["Lỗi: không có lệnh 'it's'"]),
    ("en", ["stauts"], ["Error: no such command 'stauts'; did you mean 'status'?"]),
    ("vi", ["status", "--no-cache=1"], ["Lỗi: tùy chọn --no-cache không nhận giá trị"]),
])
def test_usage_errors_in_the_repository_language(make_repo: RepoWriter, lang: str,
                                                 args: list[str], words: list[str]) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, _, err = invoke(*args, "--repo", repo)
    assert code == 2, err
    for w in words:
        assert w in err
    if lang == "vi":
        for english in ("Usage:", "Error:", "Missing option", "No such", "Try '", "Got ",
                        "Did you mean", "Option '"):
            assert english not in err


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", "Lỗi: tùy chọn --as-of cần một giá trị đi sau"),
    ("en", "Error: option --as-of needs a value after it"),
])
def test_an_option_without_its_value_in_the_repository_language(
        make_repo: RepoWriter, lang: str, words: str) -> None:
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n"}))
    code, _, err = invoke("status", "--repo", repo, "--as-of")  # last: nothing after it
    assert code == 2, err
    assert words in err and "requires" not in err


# --- check names items by their ids, and suggests instead of advising a new unit ------------


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["thiếu trường bắt buộc 'lead' trong nhiệm vụ 1.1.2 [missing-field]",
            "nhiệm vụ 1.1.3, due: không hiểu thời hạn 'sớm'",
            "lead: không có đơn vị hay nhóm nào mang mã 'phong-noi-v'; có phải ý bạn là "
            "`Phòng Nội vụ (phong-noi-vu)`?"]),
    ("en", ["required field 'lead' is missing in task 1.1.2 [missing-field]",
            "task 1.1.3, due: unrecognised deadline 'sớm'",
            "lead: there is no unit or group 'phong-noi-v'; did you mean "
            "`Phòng Nội vụ (phong-noi-vu)`?"]),
])
def test_check_names_tasks_by_id(make_repo: RepoWriter, lang: str, words: list[str]) -> None:
    from tests.conftest import PLAN

    plan = (PLAN.replace("    lead: phuong-xa\n", "")
            .replace("    due: hàng tháng\n", "    due: sớm\n")
            .replace("    title: Việc một lần\n    lead: phong-noi-vu\n",
                     "    title: Việc một lần\n    lead: phong-noi-v\n"))
    root = make_repo({"cchc.yaml": f"language: {lang}\n", "plans/p/plan.yaml": plan})
    code, out, _ = invoke("check", "--repo", str(root))
    assert code == 1
    for w in words:
        assert w in out
    assert "tasks[" not in out
    assert "khai báo trong units/" not in out and "define it under units/" not in out


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["trường 'task' không được biết; có phải ý bạn là `tasks`? (các trường ở đây là ",
            "trường 'nmae' không được biết; có phải ý bạn là `name`?",
            "trường 'menbers' không được biết; có phải ý bạn là `members`?",
            "trường 'langauge' không được biết; có phải ý bạn là `language`?",
            "mục '1.10' không có trong kế hoạch này; có phải ý bạn là `1.1`? (các mục: 1.1)"]),
    ("en", ["unknown field 'task'; did you mean `tasks`? (the fields here are ",
            "unknown field 'nmae'; did you mean `name`?",
            "unknown field 'menbers'; did you mean `members`?",
            "unknown field 'langauge'; did you mean `language`?",
            "section '1.10' does not exist in this plan; did you mean `1.1`? (sections: 1.1)"]),
])
def test_check_suggests_the_closest_field_and_section(make_repo: RepoWriter, lang: str,
                                                      words: list[str]) -> None:
    """An unknown key, at the top of a file or inside an item, gets the closest known one, as
    an unknown unit or task gets its closest ids (`cchc.clerk.names.close_ids`)."""
    from tests.conftest import PLAN

    plan = (PLAN.replace("tasks:\n", "tasks:\n  - id: \"1.1.9\"\n    section: \"1.10\"\n"
                         "    title: Việc thêm\n    lead: phong-noi-vu\n    due: 2023-03-15\n", 1)
            .replace("    owner: phong-noi-vu\n", "    owner: phong-noi-vu\n    nmae: Chỉ số\n")
            + "task: []\n")
    units = UNITS.replace("    members: [", "    menbers: [")
    root = make_repo({"cchc.yaml": f"language: {lang}\nlangauge: {lang}\n",
                      "plans/p/plan.yaml": plan, "units/units.yaml": units})
    code, out, _ = invoke("check", "--repo", str(root))
    assert code == 1
    for w in words:
        assert w in out, (w, out)
    # nothing close: the fields alone, no empty suggestion
    root = make_repo({"cchc.yaml": f"language: {lang}\nzzqx: 1\n"})
    code, out, _ = invoke("check", "--repo", str(root))
    assert ("zzqx" in out and "`" not in out.split("zzqx")[1].splitlines()[0]), out


@pytest.mark.parametrize(("text", "vi", "en"), [
    ('title: "Kế hoạch\n', "dấu ngoặc kép", "a quote"),
    ("title: Kế hoạch\nnumber\n", "thiếu dấu hai chấm", "a colon is missing"),
    ("title: Kế hoạch: năm 2023\n", "đặt giá trị trong dấu ngoặc kép", "put the value in quotes"),
    ("a:\n  b: 1\n c: 2\n", "thụt lề không đều", "the indentation is uneven"),
    ("a: [1, 2\n", "chưa được đóng", "is not closed"),
])
def test_yaml_syntax_errors_explained(text: str, vi: str, en: str) -> None:
    from cchc.load.yamlread import parse

    _, [problem] = parse("plans/p/plan.yaml", text.encode("utf-8"))
    assert problem.code == "yaml-syntax"
    said = problem.message("vi")
    assert said.startswith("lỗi cú pháp YAML: ") and vi in said
    assert "(trình đọc YAML báo: " in said  # the parser's own words, after the explanation
    assert en in problem.message("en") and "(the YAML parser says: " in problem.message("en")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_help_shows_no_python_types(lang: str) -> None:
    import re
    import subprocess
    import sys

    from cchc.cli.app import COMMANDS

    # help is built when the CLI is imported, in CCHC_LANG's language: a fresh process
    script = ("import sys; from typer.testing import CliRunner; from cchc.cli import app; "
              "r = CliRunner().invoke(app, [sys.argv[1], '--help']); print(r.output)")
    for command in COMMANDS:
        out = subprocess.run([sys.executable, "-c", script, command], capture_output=True,
                             text=True, env={**__import__("os").environ, "CCHC_LANG": lang,
                                             "COLUMNS": "200"}, check=True).stdout
        assert not re.search(r"<(?:str|bool|path|float|int|list\[[a-z]+\])>", out), (command, out)
        if command in ("update", "status", "measure"):  # --unit says where the ids are
            flat = " ".join(out.replace("│", " ").split())  # help wraps in a box
            assert "cchc units" in flat, command


# --- a file written as the command line is typed ------------------------------------------

TYPED_LIKE_THE_COMMAND_LINE = """\
task: 1.1.1
unit: UBND Phường 1
date: 31/3/2023
status: hoàn thành
"""


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["unit: 'UBND Phường 1' không phải mã hợp lệ: trong tệp, đơn vị ghi bằng mã, ở đây "
            "là ubnd-phuong-1 [bad-id]",
            "date: '31/3/2023' không phải ngày hợp lệ: trong tệp viết theo dạng YYYY-MM-DD, ở "
            "đây là 2023-03-31 [bad-date]",
            "trong tệp, 'hoàn thành' viết là done [bad-choice]"]),
    ("en", ["unit: 'UBND Phường 1' is not a valid id: a file names a unit by its id, here "
            "ubnd-phuong-1 [bad-id]",
            "date: '31/3/2023' is not a valid date: a file writes YYYY-MM-DD, here 2023-03-31",
            "in a file, 'hoàn thành' is written done [bad-choice]"]),
])
def test_a_file_written_as_the_command_line_is_typed_is_told_how_a_file_writes_it(
        make_repo: RepoWriter, lang: str, words: list[str]) -> None:
    """A clerk who types `--date 31/3/2023 --status "hoàn thành" --unit "UBND Phường 1"`
    writes the file so by hand: `check` says what the file must hold instead, cold and warm."""
    repo = str(make_repo({"cchc.yaml": f"language: {lang}\n",
                          "plans/p/updates/tay.yaml": TYPED_LIKE_THE_COMMAND_LINE}))
    for _ in range(2):  # the second run from the files' cache
        code, out, _ = invoke("check", "--repo", repo)
        assert code == 1
        for w in words:
            assert w in out, out


def test_the_id_said_follows_the_units_file(make_repo: RepoWriter) -> None:
    """The id said depends on the units file: naming the unit so there changes the message of
    the record file, though that file did not change (cache included)."""
    record = TYPED_LIKE_THE_COMMAND_LINE.replace("UBND Phường 1", "UBND Phường Một")
    repo = make_repo({"plans/p/updates/tay.yaml": record})
    code, out, _ = invoke("check", "--repo", str(repo))
    assert code == 1 and "'UBND Phường Một' is not a valid id: use lowercase" in out, out
    units = repo / "units" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("name: UBND Phường 1\n",
                                                               "name: UBND Phường Một\n"),
                     encoding="utf-8")
    code, out, _ = invoke("check", "--repo", str(repo))
    assert code == 1 and "'UBND Phường Một' is not a valid id: a file names a unit by its id, " \
        "here ubnd-phuong-1" in out, out
