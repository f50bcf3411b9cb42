"""Fuzzing, by hypothesis: random valid repositories, damaged at random, and random deadlines.

Whatever the damage, loading gives diagnostics (never an exception), each with a path that
exists, a line and a column of at least 1 and a code both catalogues know, renders in every
format, and takes at most a few seconds. The deadline grammar raises only `DeadlineError`.

Two profiles: `cchc-ci` (the default, a few dozen examples, seconds) and `cchc-fuzz`, chosen by
`CCHC_FUZZ=1` (`make fuzz`), with many more. They are applied test by test, so the profile of
the other property tests of the suite is left alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cchc import i18n
from cchc.cli import app
from cchc.model.deadlines import DeadlineError, parse_deadline, parse_period, period_label
from cchc.pipeline import load
from cchc.render.diagnostics import REPORTERS

settings.register_profile("cchc-ci", max_examples=20, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("cchc-fuzz", max_examples=3000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
FUZZ = os.environ.get("CCHC_FUZZ") == "1"
PROFILE = settings.get_profile("cchc-fuzz" if FUZZ else "cchc-ci")
# The grammar is cheap: it gets more examples in both profiles.
GRAMMAR = settings(PROFILE, max_examples=PROFILE.max_examples * 10)
# "A few seconds": a damaged repository of a few kilobytes must take far less.
SECONDS_PER_EXAMPLE = 3.0

runner = CliRunner()

# --- valid repositories -----------------------------------------------------------------------

WORDS = ["Phòng", "Nội vụ", "Tư pháp", "UBND", "phường", "xã", "Bình Minh", "Văn hoá",
         "Kế hoạch", "cải cách", "hành chính", "năm 2023", "số 12/KH-UBND", "đã", "xong"]
DEADLINES = ["2023-03-15", "2023-02", "2023-Q1", "2023-H1", "2023", "ongoing", "daily",
             "weekly", "monthly", "quarterly", "yearly", "RRULE:FREQ=MONTHLY;BYMONTHDAY=25",
             "ngày 15/3/2023", "trước ngày 15/03/2023", "tháng 02 năm 2023",
             "trong tháng 2/2023", "Quý I năm 2023", "quý 1/2023", "6 tháng đầu năm 2023",
             "năm 2023", "thường xuyên", "liên tục", "hàng ngày", "hằng tuần", "hàng tháng",
             "hằng quý", "hàng năm", "chậm nhất quý 2/2023"]
KINDS = ["department", "agency", "service-unit", "ward", "commune", "other"]

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
# ids YAML reads as text: `no`, `on` or `null` would be read as false or null (reported as
# bad ids: see the report of docs/robustness.md)
slug = st.from_regex(r"[a-z]{2,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True).filter(
    lambda s: isinstance(yaml.safe_load(s), str))
day_2023 = st.dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def quoted(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


@st.composite
def repositories(draw: st.DrawFn) -> dict[str, str]:
    """A small valid repository, written the way clerks write YAML (not as a dumper would)."""
    unit_ids = draw(st.lists(slug, min_size=2, max_size=6, unique=True))
    units = ["units:"]
    for i, u in enumerate(unit_ids):
        units += [f"  - id: {u}", f"    name: {draw(text)} {i}",
                  f"    kind: {draw(st.sampled_from(KINDS))}"]
        if draw(st.booleans()):
            units.append(f"    aliases: [{quoted(draw(text) + f' #{i}')}]")
    group = "nhom-" + unit_ids[0]
    units += ["groups:", f"  - id: {group}", "    name: Nhóm",
              f"    members: [{', '.join(unit_ids[1:])}]"]

    n_tasks = draw(st.integers(1, 5))
    plan = ["number: 1/KH-UBND", f"title: {draw(text)}", "period: 2023",
            f"coordinator: {unit_ids[0]}", "sections:", '  - id: "1"', f"    title: {draw(text)}",
            "tasks:"]
    tasks: list[tuple[str, list[str], str]] = []
    for i in range(1, n_tasks + 1):
        lead = draw(st.sampled_from([[unit_ids[0]], [group], unit_ids[:2]]))
        due = draw(st.sampled_from(DEADLINES))
        plan += [f'  - id: "1.{i}"', '    section: "1"', f"    title: {draw(text)}",
                 f"    lead: {lead[0] if len(lead) == 1 else '[' + ', '.join(lead) + ']'}",
                 f"    due: {quoted(due) if due.startswith('RRULE') else due}"]
        accountable = unit_ids[1:] if lead == [group] else lead
        tasks.append((f"1.{i}", accountable, due))
    per_unit = draw(st.booleans())
    plan += ["indicators:", "  - id: hai-long", f"    name: {draw(text)}",
             f"    target: {quoted(draw(st.sampled_from(['> 95%', '>= 90', '< 5', '= 100%'])))}",
             f"    per: {'unit' if per_unit else 'locality'}", "    frequency: monthly",
             f"    owner: {unit_ids[0]}"]

    files = {"cchc.yaml": "language: vi\nname: UBND thành phố\n",
             "units/units.yaml": "\n".join(units) + "\n",
             "plans/p/plan.yaml": "\n".join(plan) + "\n"}
    for f in range(draw(st.integers(0, 4))):
        records = []
        for _ in range(draw(st.integers(1, 3))):
            task, accountable, _due = draw(st.sampled_from(tasks))
            records += [f'- task: "{task}"', f"  unit: {draw(st.sampled_from(accountable))}",
                        f"  date: {draw(day_2023).isoformat()}",
                        f"  status: {draw(st.sampled_from(['in-progress', 'done', 'blocked']))}",
                        f"  period: 2023-{draw(st.integers(1, 12)):02d}",
                        f"  note: {draw(text)}", f"  evidence: [{quoted(draw(text))}]"]
        files[f"plans/p/updates/2023/r{f}.yaml"] = "\n".join(records) + "\n"
    months = draw(st.lists(st.integers(1, 12), max_size=3, unique=True))
    for m in months:
        value = draw(st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 1)))
        unit = f"\n    unit: {unit_ids[1]}" if per_unit else ""
        files[f"plans/p/measurements/2023-{m:02d}.yaml"] = (
            f"period: 2023-{m:02d}\nsource: {draw(text)}\nvalues:\n"
            f"  - indicator: hai-long{unit}\n    value: {value}\n")
    return files


# --- damage -----------------------------------------------------------------------------------

JUNK = ["\t", ": ", "- ", "? ", "[", "]", "{", "}", "&a ", "*a", "*b", "!!python/object:os.system",
        "!x ", "<<: *a", "<<<<<<< HEAD", "=======", ">>>>>>> x", "---", "...", "%YAML 1.1",
        "#", "'", '"', "|", ">", "\\u", "\ufeff", "\u0301", "\u00a0", "\x07", "\r", "~", "null",
        "1.10", "2023-02-30", "1" + ":1" * 200, "0x" + "f" * 150, ".inf", "yes", "@", "`"]
DAMAGES = ["delete", "duplicate", "truncate", "indent", "dedent", "tab", "junk", "swap",
           "cut", "crlf", "bytes", "value", "remove-file"]
# any value of any type where a field's value was: JSON is YAML's flow style
values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=20), st.sampled_from(DEADLINES + ["2023-02-30", "2023-W05"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8).map(lambda v: json.dumps(v, ensure_ascii=False))


def damage_line(draw: st.DrawFn, raw: bytes, how: str) -> bytes:
    lines = raw.split(b"\n")
    i = draw(st.integers(0, len(lines) - 1))
    line = lines[i]
    if how == "delete":
        del lines[i]
    elif how == "duplicate":
        lines.insert(i, line)
    elif how == "truncate":
        lines[i] = line[:draw(st.integers(0, len(line)))]  # may split a UTF-8 character
    elif how == "indent":
        lines[i] = b" " * draw(st.integers(1, 5)) + line
    elif how == "dedent":
        lines[i] = line.lstrip(b" ")[: len(line)] if draw(st.booleans()) else line[1:]
    elif how == "tab":
        lines[i] = b"\t" + line.lstrip(b" ")
    elif how == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif how == "junk":
        junk = draw(st.one_of(st.sampled_from(JUNK), st.text(max_size=12))).encode("utf-8",
                                                                                      "surrogatepass")
        at = draw(st.integers(0, len(line)))
        lines[i] = line[:at] + junk + line[at:]
    elif how == "value" and b": " in line:
        key = line.split(b": ", 1)[0]
        lines[i] = key + b": " + draw(values).encode("utf-8", "surrogatepass")
    elif how == "bytes":
        at = draw(st.integers(0, len(line)))
        lines[i] = line[:at] + draw(st.binary(min_size=1, max_size=4)) + line[at:]
    return b"\n".join(lines)


@st.composite
def damaged_repositories(draw: st.DrawFn) -> dict[str, bytes]:
    files = {k: v.encode("utf-8") for k, v in draw(repositories()).items()}
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(sorted(files)))
        how = draw(st.sampled_from(DAMAGES))
        if how == "remove-file":
            del files[path]
            if not files:
                break
        elif how == "cut":
            files[path] = files[path][:draw(st.integers(0, len(files[path])))]
        elif how == "crlf":
            files[path] = files[path].replace(b"\n", b"\r\n")
        else:
            files[path] = damage_line(draw, files[path], how)
    return files


def write(root: Path, files: dict[str, bytes] | dict[str, str]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def check_diagnostics(root: Path) -> int:
    """Load `root`; assert what every diagnostic owes; return the number of errors."""
    start = time.process_time()
    diagnostics = load(root).diagnostics
    for d in diagnostics:
        assert d.line >= 1 and d.column >= 1, d
        assert (root / d.path).exists() or (root / d.path).is_symlink(), d
        for lang in ("en", "vi"):
            assert "diag." + d.code in i18n.CATALOGUES[lang], (lang, d.code)
            assert d.message(lang)
    for name, render in REPORTERS.items():
        for lang in ("en", "vi"):
            out = render(diagnostics, lang)
            if name == "json":
                assert len(json.loads(out)) == len(diagnostics)
    elapsed = time.process_time() - start
    assert elapsed < SECONDS_PER_EXAMPLE, (
        f"loading and rendering took {elapsed:.2f} s (bound {SECONDS_PER_EXAMPLE} s) "
        f"for {sum(p.stat().st_size for p in root.rglob('*') if p.is_file())} bytes")
    return sum(1 for d in diagnostics if d.is_error)


@settings(PROFILE)
@given(repositories())
def test_generated_repositories_are_valid(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), files)
        found = [d for d in load(Path(tmp)).diagnostics]
        assert found == [], [(d.path, d.line, d.code, d.message()) for d in found]


@settings(PROFILE)
@given(damaged_repositories())
def test_damaged_repositories_give_diagnostics_never_exceptions(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), files)
        check_diagnostics(Path(tmp))


@settings(PROFILE)
@given(damaged_repositories(), st.sampled_from(["status", "overdue", "gaps", "tasks"]))
def test_commands_over_what_survives_never_raise(files: dict[str, bytes], command: str) -> None:
    # `--allow-errors` computes over the valid part of a damaged repository
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), files)
        start = time.process_time()
        result = runner.invoke(app, [command, "--repo", tmp, "--allow-errors", "--no-cache",
                                     "--as-of", "2023-09-30", "--format", "json"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.output, result.exc_info)
        assert result.exit_code in (0, 1, 2), result.output
        assert time.process_time() - start < SECONDS_PER_EXAMPLE


# --- the deadline grammar ---------------------------------------------------------------------

TOKENS = ["ngày", "tháng", "quý", "quí", "năm", "tuần", "hàng", "hằng", "trong", "trước",
          "chậm nhất", "đến hết", "6 tháng đầu năm", "6 tháng cuối năm", "thường xuyên",
          "liên tục", "I", "II", "IV", "V", "X", "/", "-", ".", ",", " ", "Q", "H", "W", "2023",
          "0", "1", "12", "13", "29", "30", "31", "99999", "RRULE:", "FREQ=", "DAILY", "WEEKLY",
          "MONTHLY", "YEARLY", "HOURLY", "BYMONTHDAY=", "BYDAY=", "MO", "FR", "INTERVAL=",
          "COUNT=", "UNTIL=", "20231231T000000Z", "BYSETPOS=", "BYWEEKNO=", "BYYEARDAY=",
          "BYMONTH=", ";", "=", "\u0301", "\u0300", "\u200b", "³", "*", "\t", "\n", "ongoing",
          "monthly"]
grammar_like = st.lists(st.sampled_from(TOKENS), max_size=12).map("".join)
any_value = st.one_of(
    st.text(max_size=300), grammar_like, st.integers(), st.floats(), st.booleans(), st.none(),
    st.dates(), st.datetimes(), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def only_deadline_errors(parse: object, value: object) -> None:
    assert callable(parse)
    start = time.process_time()
    try:
        parse(value)
    except DeadlineError as exc:
        assert exc.message
    elapsed = time.process_time() - start
    assert elapsed < 1.0, f"{parse!r}({value!r}) took {elapsed:.2f} s"


@GRAMMAR
@given(st.one_of(any_value, grammar_like))
def test_parse_deadline_raises_only_deadline_error(value: object) -> None:
    only_deadline_errors(parse_deadline, value)


@GRAMMAR
@given(st.one_of(any_value, grammar_like))
def test_parse_period_raises_only_deadline_error(value: object) -> None:
    only_deadline_errors(parse_period, value)
    only_deadline_errors(period_label, value)
