"""Synthetic repositories in the contract's format (docs/format.md, "The repository" to
"Indicator readings"), for benchmarks.

`generate(root, communes)` writes a valid repository (`cchc check`: no error, no warning) of a
made-up province: 30 departments, `communes` communes, wards and towns, three groups (all
communes, all departments, everyone), and one plan `plans/bench-2023` with 200 tasks, 40% of
them led by the all-communes group, whose deadlines cycle through every form of
docs/format.md, "Deadlines".

A year (2023) of data, shaped after the issue's sizing ("a year of monthly progress records and
readings for 1,000 communes is about 12,000 files, 120,000 records and 72,000 readings"):

- updates: one file per commune per month holding about 10 records (8 to 12) on the commune's
  tasks, each with `period` (the month) and, when `done`, `evidence`; plus one file per
  department per quarter with a record for each task it leads. So about 12 files and 120
  records per commune per year.
- measurements: six per-unit monthly indicators measured on every commune, and one locality
  indicator (quarterly). With the default `readings_layout="monthly"` the readings of a month
  are one file for all communes (as a coordinator transcribes the monthly export of the
  national portal): 12 files, 72 readings per commune. With `readings_layout="per-commune"`
  each commune has a file per month (12 more files per commune, the same readings).
- every 50th commune is merged into its neighbour on 30 June 2023 (`until`, `successor`) and
  reports nothing after that date.

At 1,000 communes (seed 0) that is 12,021 files, 119,552 records and 71,284 readings; the
function returns the exact counts. Output is deterministic for a given seed and parameters.
Text is Vietnamese and every name is made up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

GENERATOR_VERSION = 1  # bump when the output changes, so cached repositories are regenerated
PLAN = "bench-2023"
YEAR = 2023
UNTIL = dt.date(YEAR, 6, 30)
MERGE_EVERY = 50  # every 50th commune ceases on UNTIL

ALL_COMMUNES = "cac-xa"
ALL_DEPARTMENTS = "co-quan-chuyen-mon"
EVERYONE = "tat-ca"

DEPARTMENTS = [
    ("Sở Nội vụ", "department"), ("Sở Tư pháp", "department"),
    ("Văn phòng UBND tỉnh", "department"), ("Sở Kế hoạch và Đầu tư", "department"),
    ("Sở Tài chính", "department"), ("Sở Công Thương", "department"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "department"),
    ("Sở Giao thông vận tải", "department"), ("Sở Xây dựng", "department"),
    ("Sở Tài nguyên và Môi trường", "department"),
    ("Sở Thông tin và Truyền thông", "department"),
    ("Sở Lao động - Thương binh và Xã hội", "department"),
    ("Sở Văn hóa, Thể thao và Du lịch", "department"),
    ("Sở Khoa học và Công nghệ", "department"), ("Sở Giáo dục và Đào tạo", "department"),
    ("Sở Y tế", "department"), ("Thanh tra tỉnh", "department"),
    ("Ban Dân tộc tỉnh", "department"), ("Sở Ngoại vụ", "department"),
    ("Ban Quản lý các khu công nghiệp", "agency"), ("Công an tỉnh", "agency"),
    ("Bộ Chỉ huy Quân sự tỉnh", "agency"), ("Cục Thuế tỉnh", "agency"),
    ("Kho bạc Nhà nước tỉnh", "agency"), ("Bảo hiểm xã hội tỉnh", "agency"),
    ("Cục Hải quan tỉnh", "agency"), ("Đài Phát thanh và Truyền hình tỉnh", "service-unit"),
    ("Báo tỉnh", "service-unit"), ("Trung tâm Phục vụ hành chính công tỉnh", "service-unit"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "service-unit"),
]

SYLLABLES = (
    "An Bình Phú Tân Hòa Thạnh Long Mỹ Phước Thành Hưng Lợi Đông Tây Nam Bắc Trung Hiệp "
    "Thuận Hội Lộc Khánh Quang Vĩnh Xuân Đức Minh Thái Sơn Hà Thủy Cát Lâm Phong Hải Hậu "
    "Nghĩa Tiến Thịnh Phúc Định Thới Điền Lạc Yên Ninh Châu Giang Trà Cẩm Kim Ngọc Lương "
    "Tường Hanh Lập Thắng Bảo Gia Hiếu"
).split()

SECTIONS = [
    ("1.1", "Công tác chỉ đạo, điều hành cải cách hành chính", ["PAR INDEX"]),
    ("1.2", "Cải cách thể chế", ["PAR INDEX"]),
    ("1.3", "Cải cách thủ tục hành chính", ["PAR INDEX", "SIPAS"]),
    ("1.4", "Cải cách tổ chức bộ máy hành chính nhà nước", ["PAR INDEX"]),
    ("1.5", "Cải cách chế độ công vụ", ["PAR INDEX"]),
    ("1.6", "Cải cách tài chính công", ["PAR INDEX"]),
    ("1.7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", ["766/QĐ-TTg"]),
    ("1.8", "Nâng cao Chỉ số hài lòng của người dân, doanh nghiệp", ["SIPAS", "766/QĐ-TTg"]),
    ("III", "Tổ chức thực hiện", []),
]

VERBS = ["Rà soát, đánh giá", "Triển khai thực hiện", "Kiểm tra, đôn đốc", "Tuyên truyền về",
         "Nâng cao chất lượng", "Báo cáo kết quả", "Đẩy mạnh", "Tổng hợp, theo dõi"]
OBJECTS = ["thủ tục hành chính thuộc thẩm quyền giải quyết",
           "cơ chế một cửa, một cửa liên thông",
           "dịch vụ công trực tuyến toàn trình", "số hóa hồ sơ, kết quả giải quyết TTHC",
           "sử dụng chữ ký số trong gửi, nhận văn bản điện tử",
           "công tác xây dựng, kiểm tra văn bản quy phạm pháp luật",
           "thanh toán trực tuyến nghĩa vụ tài chính",
           "công khai, minh bạch thông tin trên Cổng thông tin điện tử",
           "đánh giá, xếp loại cán bộ, công chức, viên chức",
           "tự chủ tài chính của đơn vị sự nghiệp công lập"]

NOTES = {
    "done": ["Đã hoàn thành, gửi báo cáo về Sở Nội vụ tổng hợp",
             "Đã triển khai đầy đủ theo kế hoạch",
             "Hoàn thành đúng hạn, đã đăng tải trên Trang thông tin điện tử"],
    "in-progress": ["Đang triển khai, dự kiến hoàn thành trong tháng sau",
                    "Đang rà soát, tổng hợp số liệu",
                    "Đã giao công chức Văn phòng - Thống kê theo dõi thực hiện"],
    "blocked": ["Vướng mắc do chưa được bố trí kinh phí, đã báo cáo UBND cấp huyện",
                "Hệ thống một cửa điện tử bị lỗi, chưa cập nhật được kết quả",
                "Thiếu nhân sự do công chức nghỉ chế độ, đề nghị hỗ trợ"],
}
STATUS_WEIGHTS = (("done", 6), ("in-progress", 3), ("blocked", 1))

ROMAN = ["I", "II", "III", "IV"]

# Every deadline form of docs/format.md, "Deadlines", canonical and Vietnamese. Each is a
# function of a small integer k (the task's turn), so one-off dates spread over the year.
Form = Callable[[int], "str | int"]
FORMS: list[tuple[str, Form]] = [
    ("date", lambda k: f"{YEAR}-{k % 12 + 1:02d}-15"),
    ("date-vi", lambda k: f"ngày {10 + k % 18}/{k % 12 + 1}/{YEAR}"),
    ("date-vi-before", lambda k: f"trước ngày {k % 28 + 1:02d}/{(k + 5) % 12 + 1:02d}/{YEAR}"),
    ("month", lambda k: f"{YEAR}-{(k + 2) % 12 + 1:02d}"),
    ("month-vi", lambda k: f"trong tháng {(k + 3) % 12 + 1} năm {YEAR}"),
    ("month-vi-slash", lambda k: f"tháng {(k + 7) % 12 + 1:02d}/{YEAR}"),
    ("quarter", lambda k: f"{YEAR}-Q{k % 4 + 1}"),
    ("quarter-vi", lambda k: f"Quý {ROMAN[(k + 1) % 4]} năm {YEAR}"),
    ("quarter-vi-slash", lambda k: f"chậm nhất quý {(k + 2) % 4 + 1}/{YEAR}"),
    ("half", lambda k: f"{YEAR}-H{k % 2 + 1}"),
    ("half-vi", lambda k: f"6 tháng {'đầu' if k % 2 else 'cuối'} năm {YEAR}"),
    ("year", lambda k: YEAR),
    ("year-vi", lambda k: f"trong năm {YEAR}"),
    ("ongoing", lambda k: "ongoing"),
    ("ongoing-vi", lambda k: "thường xuyên"),
    ("ongoing-vi-2", lambda k: "liên tục"),
    ("daily-vi", lambda k: "hàng ngày"),
    ("weekly-vi", lambda k: "hằng tuần"),
    ("monthly", lambda k: "monthly"),
    ("monthly-vi", lambda k: "hàng tháng"),
    ("quarterly-vi", lambda k: "hàng quý"),
    ("yearly-vi", lambda k: "hằng năm"),
    ("rrule", lambda k: "RRULE:FREQ=MONTHLY;BYMONTHDAY=25"),
    ("rrule-weekly", lambda k: "RRULE:FREQ=WEEKLY;BYDAY=FR"),
]

# (id, name, target, owner department index, value generator)
Draw = Callable[[random.Random], float]
UNIT_INDICATORS: list[tuple[str, str, str, int, Draw]] = [
    ("hai-long", "Chỉ số mức độ hài lòng của người dân, doanh nghiệp", "> 95%", 0,
     lambda r: round(min(100.0, r.gauss(95.5, 2.5)), 1)),
    ("so-hoa", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "> 90%", 10,
     lambda r: round(r.uniform(70, 100), 1)),
    ("tre-han", "Số hồ sơ TTHC trễ hạn trong tháng", "<= 0", 2,
     lambda r: 0 if r.random() < 0.6 else r.randint(1, 6)),
    ("toan-trinh", "Tỷ lệ hồ sơ trực tuyến toàn trình", ">= 50%", 10,
     lambda r: round(r.uniform(20, 90), 1)),
    ("dung-han", "Tỷ lệ hồ sơ giải quyết đúng hạn", "= 100%", 2,
     lambda r: 100 if r.random() < 0.7 else round(r.uniform(90, 100), 1)),
    ("bo-sung", "Tỷ lệ hồ sơ phải yêu cầu bổ sung quá một lần", "< 5%", 1,
     lambda r: round(r.uniform(0, 9), 1)),
]
LOCALITY_INDICATOR = ("dvc-truc-tuyen", "Tỷ lệ hồ sơ trực tuyến toàn tỉnh", ">= 80%", 2)
SOURCE = "Cổng Dịch vụ công quốc gia (Bộ chỉ số 766)"

_RESOLVER = yaml.resolver.Resolver()
_PLAIN_UNSAFE = re.compile(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: |\s#|\s$|[\n\t]")


def _q(text: str) -> str:
    """`text` as a YAML scalar that reads back as that string: plain when safe, else quoted."""
    if (not _PLAIN_UNSAFE.search(text) and not text.endswith(":")
            and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == yaml.resolver.
            BaseResolver.DEFAULT_SCALAR_TAG):
        return text
    return json.dumps(text, ensure_ascii=False)


def _slug(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def _unique(ident: str, taken: set[str]) -> str:
    out, n = ident, 2
    while out in taken:
        out, n = f"{ident}-{n}", n + 1
    taken.add(out)
    return out


def _communes(rng: random.Random, count: int, taken: set[str]) -> list[dict[str, object]]:
    pairs = [(a, b) for a in SYLLABLES for b in SYLLABLES if a != b]
    rng.shuffle(pairs)
    out: list[dict[str, object]] = []
    for i in range(count):
        a, b = pairs[i % len(pairs)]
        place = f"{a} {b}" + (f" {i // len(pairs) + 1}" if i >= len(pairs) else "")
        if i % 13 == 6:
            kind, prefix, idp = "ward", "Thị trấn", "thi-tran"
        elif i % 7 == 3:
            kind, prefix, idp = "ward", "Phường", "phuong"
        else:
            kind, prefix, idp = "commune", "Xã", "xa"
        ident = _unique(f"ubnd-{idp}-{_slug(place)}", taken)
        unit: dict[str, object] = {"id": ident, "name": f"UBND {prefix} {place}", "kind": kind,
                                   "alias": f"{prefix} {place}"}
        if i % MERGE_EVERY == MERGE_EVERY - 1 and i > 0:
            unit["until"] = UNTIL
            unit["successor"] = out[-1]["id"]
        out.append(unit)
    return out


def _units_yaml(header: str, units: list[dict[str, object]]) -> str:
    lines = [header, "units:"]
    for u in units:
        lines += [f"  - id: {u['id']}", f"    name: {_q(str(u['name']))}", f"    kind: {u['kind']}"]
        if "alias" in u:
            lines.append(f"    aliases: [{_q(str(u['alias']))}]")
        if "until" in u:
            lines += [f"    until: {u['until']}", f"    successor: {u['successor']}"]
    return "\n".join(lines) + "\n"


@dataclass
class _Task:
    id: str
    section: str
    title: str
    lead: list[str]
    support: list[str]
    due: str | int
    form: str
    by_communes: bool
    indicators: list[str] = field(default_factory=list)
    note: str = ""


def _pick_status(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]


def _record(rng: random.Random, task: str, unit: str, unit_name: str, day: dt.date,
            period: str, lines: list[str]) -> None:
    status = _pick_status(rng)
    lines += [f'- task: "{task}"', f"  unit: {unit}", f"  date: {day.isoformat()}",
              f"  status: {status}", f"  period: {period}",
              f"  note: {_q(rng.choice(NOTES[status]))}"]
    if status == "done":
        number = rng.randint(1, 999)
        lines += ["  evidence:",
                  "    - " + _q(f"Báo cáo số {number}/BC-UBND ngày {day.day}/{day.month}/"
                                f"{day.year} của {unit_name}")]


def generate(root: Path, communes: int, seed: int = 0, *, tasks: int = 200,
             departments: int = 30, records_per_file: int = 10,
             readings_layout: str = "monthly") -> dict[str, object]:
    """Write a valid synthetic repository at `root` (created; must be empty or absent).

    Returns the counts: files (update_files, measurement_files), records, readings, bytes,
    units, communes, tasks (and commune_tasks), plus the parameters.
    """
    if readings_layout not in ("monthly", "per-commune"):
        raise ValueError(f"readings_layout must be 'monthly' or 'per-commune', not "
                         f"{readings_layout!r}")
    if not 1 <= departments <= len(DEPARTMENTS):
        raise ValueError(f"departments must be between 1 and {len(DEPARTMENTS)}")
    if communes < 1 or tasks < 1:
        raise ValueError("communes and tasks must be at least 1")
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty")
    rng = random.Random(f"cchc-bench/{seed}")
    stats = {"files": 0, "update_files": 0, "measurement_files": 0, "records": 0,
             "readings": 0, "bytes": 0}

    def write(rel: str, text: str, kind: str | None = None) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        stats["files"] += 1
        stats["bytes"] += len(data)
        if kind is not None:
            stats[kind] += 1

    plan_dir = f"plans/{PLAN}"
    write("cchc.yaml", "# Dữ liệu GIẢ LẬP để đo hiệu năng cchc (bench/generate.py).\n"
                       "name: UBND tỉnh Giả Lập (dữ liệu đo hiệu năng)\nlanguage: vi\n"
                       "due_soon_days: 14\nstale_after_days: 90\n")

    # ---------------------------------------------------------------- units
    taken: set[str] = {ALL_COMMUNES, ALL_DEPARTMENTS, EVERYONE}
    depts = [{"id": _unique(_slug(name), taken), "name": name, "kind": kind}
             for name, kind in DEPARTMENTS[:departments]]
    comms = _communes(rng, communes, taken)
    write("units/co-quan.yaml", _units_yaml(
        "# Các cơ quan chuyên môn, cơ quan ngành dọc (GIẢ LẬP).", depts))
    write("units/xa-phuong.yaml", _units_yaml(
        f"# {communes} xã, phường, thị trấn (GIẢ LẬP: mọi tên đều tự đặt).", comms))
    groups = [
        (ALL_COMMUNES, "UBND các xã, phường, thị trấn", [str(c["id"]) for c in comms]),
        (ALL_DEPARTMENTS, "Các cơ quan chuyên môn, cơ quan ngành dọc",
         [str(d["id"]) for d in depts]),
        (EVERYONE, "Các cơ quan, đơn vị, UBND các xã, phường, thị trấn",
         [ALL_DEPARTMENTS, ALL_COMMUNES]),
    ]
    lines = ["# Nhóm đơn vị (GIẢ LẬP).", "groups:"]
    for gid, name, members in groups:
        lines += [f"  - id: {gid}", f"    name: {_q(name)}", "    members:"]
        lines += [f"      - {m}" for m in members]
    write("units/nhom.yaml", "\n".join(lines) + "\n")

    # ---------------------------------------------------------------- plan
    dept_ids = [str(d["id"]) for d in depts]
    coordinator = dept_ids[0]
    task_rows: list[_Task] = []
    per_section: dict[str, int] = {}
    commune_turn = dept_turn = 0
    n_commune = tasks * 2 // 5
    for i in range(tasks):
        sec = SECTIONS[i * len(SECTIONS) // tasks][0]
        per_section[sec] = per_section.get(sec, 0) + 1
        tid = f"{sec}.{per_section[sec]}"
        by_communes = (i + 1) * 2 // 5 > i * 2 // 5  # exactly 40%, spread evenly
        if by_communes:
            form_name, form = FORMS[commune_turn % len(FORMS)]
            due = form(commune_turn // len(FORMS) + commune_turn)
            commune_turn += 1
            lead: list[str] = [ALL_COMMUNES]
            support = [dept_ids[rng.randrange(len(dept_ids))]]
        else:
            # Department tasks start where the commune cycle stops, so that a small plan
            # still holds every form.
            turn = dept_turn + n_commune
            form_name, form = FORMS[turn % len(FORMS)]
            due = form(turn // len(FORMS) + turn)
            dept_turn += 1
            lead = rng.sample(dept_ids, 1 if rng.random() < 0.7 or len(dept_ids) < 2 else 2)
            roll = rng.random()
            support = ([] if roll < 0.4 else [ALL_COMMUNES] if roll < 0.6
                       else [ALL_DEPARTMENTS] if roll < 0.7
                       else [rng.choice(dept_ids)])
            support = [s for s in support if s not in lead]
        recurring = form_name.split("-")[0] in ("daily", "weekly", "monthly", "quarterly",
                                                 "yearly", "rrule")
        title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        if by_communes:
            title += " tại UBND cấp xã"
        row = _Task(tid, sec, title, lead, support, due, form_name, by_communes)
        if recurring and rng.random() < 0.5:
            row.indicators = [UNIT_INDICATORS[i % len(UNIT_INDICATORS)][0]]
        if i % 9 == 0:
            row.note = "Sở Nội vụ theo dõi, tổng hợp, báo cáo UBND tỉnh"
        task_rows.append(row)

    plan = [
        "# Kế hoạch GIẢ LẬP để đo hiệu năng cchc: mọi số hiệu, văn bản, đơn vị đều tự đặt.",
        "number: 999/KH-UBND",
        f"title: Kế hoạch cải cách hành chính năm {YEAR} (dữ liệu giả lập)",
        "issuer: UBND tỉnh Giả Lập",
        f"issued: {YEAR - 1}-12-30",
        f"period: {YEAR}",
        f"coordinator: {coordinator}",
        "bases:",
        "  - " + _q("Quyết định số 1234/QĐ-UBND ngày 12/12/2022 của UBND tỉnh Giả Lập"),
        "  - " + _q("Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số "
                    "766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"),
        "sections:",
    ]
    for sid, stitle, frameworks in SECTIONS:
        if sid not in per_section:
            continue
        plan += [f'  - id: "{sid}"', f"    title: {_q(stitle)}"]
        if frameworks:
            plan.append("    frameworks: [" + ", ".join(_q(f) for f in frameworks) + "]")
    plan.append("tasks:")
    for row in task_rows:
        lead = row.lead
        # A year as a number and an ISO date unquoted (a YAML date), as clerks write them.
        due = str(row.due) if isinstance(row.due, int) or row.form == "date" else _q(row.due)
        plan += [f'  - id: "{row.id}"', f'    section: "{row.section}"',
                 f"    title: {_q(row.title)}",
                 "    lead: " + (lead[0] if len(lead) == 1 else "[" + ", ".join(lead) + "]")]
        if row.support:
            plan.append("    support: [" + ", ".join(row.support) + "]")
        plan.append(f"    due: {due}")
        if row.indicators:
            plan.append("    indicators: [" + ", ".join(row.indicators) + "]")
        if row.note:
            plan.append(f"    note: {_q(row.note)}")
    plan.append("indicators:")
    for iid, name, target, owner, _ in UNIT_INDICATORS:
        plan += [f"  - id: {iid}", f"    name: {_q(name)}", "    framework: 766/QĐ-TTg",
                 f'    target: "{target}"', "    per: unit", f"    units: [{ALL_COMMUNES}]",
                 "    frequency: monthly", f"    owner: {dept_ids[owner % len(dept_ids)]}"]
    lid, lname, ltarget, lowner = LOCALITY_INDICATOR
    plan += [f"  - id: {lid}", f"    name: {_q(lname)}", "    framework: 766/QĐ-TTg",
             f'    target: "{ltarget}"', "    per: locality", "    frequency: quarterly",
             f"    owner: {dept_ids[lowner % len(dept_ids)]}"]
    write(f"{plan_dir}/plan.yaml", "\n".join(plan) + "\n")

    # ---------------------------------------------------------------- updates
    commune_tasks = [r.id for r in task_rows if r.by_communes]
    upd = f"{plan_dir}/updates/{YEAR}"
    for month in range(1, 13):
        for c in comms:
            if "until" in c and dt.date(YEAR, month, 1) > UNTIL:
                continue
            if not commune_tasks:
                break
            count = min(len(commune_tasks),
                        rng.randint(max(1, records_per_file - 2), records_per_file + 2))
            chosen = rng.sample(commune_tasks, count)
            days = sorted(rng.randint(1, 28) for _ in chosen)
            lines = [f"# Báo cáo tháng {month:02d}/{YEAR} của {c['name']} (GIẢ LẬP)."]
            for task, day in zip(chosen, days, strict=True):
                _record(rng, task, str(c["id"]), str(c["name"]), dt.date(YEAR, month, day),
                        f"{YEAR}-{month:02d}", lines)
            stats["records"] += count
            write(f"{upd}/{YEAR}-{month:02d}-{days[-1]:02d}_bao-cao-thang_{c['id']}.yaml",
                  "\n".join(lines) + "\n", "update_files")
    for quarter in range(1, 5):
        day = dt.date(YEAR, quarter * 3, 20)
        for d in depts:
            own = [r.id for r in task_rows if d["id"] in r.lead]
            if not own:
                continue
            lines = [f"# Báo cáo quý {ROMAN[quarter - 1]}/{YEAR} của {d['name']} (GIẢ LẬP)."]
            for task in own:
                _record(rng, task, str(d["id"]), str(d["name"]), day, f"{YEAR}-Q{quarter}",
                        lines)
            stats["records"] += len(own)
            write(f"{upd}/{day.isoformat()}_bao-cao-quy_{d['id']}.yaml",
                  "\n".join(lines) + "\n", "update_files")

    # ---------------------------------------------------------------- measurements
    mea = f"{plan_dir}/measurements/{YEAR}"
    for month in range(1, 13):
        label = f"{YEAR}-{month:02d}"
        active = [c for c in comms if not ("until" in c and dt.date(YEAR, month, 1) > UNTIL)]
        values = {str(c["id"]): [(iid, draw(rng)) for iid, _, _, _, draw in UNIT_INDICATORS]
                  for c in active}
        head = [f"period: {label}", f"source: {_q(SOURCE)}", "values:"]
        if readings_layout == "monthly":
            lines = [f"# Số liệu tháng {month:02d}/{YEAR} của các xã, phường, thị trấn "
                     "(GIẢ LẬP).", *head]
            for k, (iid, *_rest) in enumerate(UNIT_INDICATORS):
                for c in active:
                    value = values[str(c["id"])][k][1]
                    lines += [f"  - indicator: {iid}", f"    unit: {c['id']}",
                              f"    value: {value}"]
            stats["readings"] += len(UNIT_INDICATORS) * len(active)
            write(f"{mea}/{label}.yaml", "\n".join(lines) + "\n", "measurement_files")
        else:
            for c in active:
                lines = [f"# Số liệu tháng {month:02d}/{YEAR} của {c['name']} (GIẢ LẬP).",
                         *head]
                for iid, value in values[str(c["id"])]:
                    lines += [f"  - indicator: {iid}", f"    unit: {c['id']}",
                              f"    value: {value}"]
                stats["readings"] += len(UNIT_INDICATORS)
                write(f"{mea}/{label}/{c['id']}.yaml", "\n".join(lines) + "\n",
                      "measurement_files")
    for quarter in range(1, 5):
        value = round(rng.uniform(60, 95), 1)
        write(f"{mea}/{YEAR}-Q{quarter}_{lid}.yaml",
              f"# Số liệu quý {ROMAN[quarter - 1]}/{YEAR} toàn tỉnh (GIẢ LẬP).\n"
              f"period: {YEAR}-Q{quarter}\nsource: {_q(SOURCE)}\nvalues:\n"
              f"  - indicator: {lid}\n    value: {value}\n", "measurement_files")
        stats["readings"] += 1

    return {**stats, "communes": communes, "departments": departments,
            "units": communes + departments, "tasks": tasks, "commune_tasks": n_commune,
            "forms": sorted({r.form for r in task_rows}), "seed": seed,
            "records_per_file": records_per_file, "readings_layout": readings_layout,
            "generator_version": GENERATOR_VERSION}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate",
                                     description="Write a synthetic cchc repository.")
    parser.add_argument("root", type=Path)
    parser.add_argument("--communes", type=int, default=250)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--readings-layout", choices=["monthly", "per-commune"],
                        default="monthly")
    args = parser.parse_args(argv)
    counts = generate(args.root, args.communes, args.seed, tasks=args.tasks,
                      readings_layout=args.readings_layout)
    json.dump(counts, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
