"""`cchc calendar`: the open deadlines as iCalendar, counted by hand on a tiny repository."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from cchc.cli import app
from cchc.compute.calendar import open_occurrences
from cchc.compute.obligations import obligations
from cchc.pipeline import load
from cchc.render.ical import uid
from tests.conftest import HAND_RECORDS, PLAN, ROOT, RepoWriter

runner = CliRunner()

# The standard plan (tests/conftest.py), as of 2023-03-31:
# 1.1.1 one-off 2023-03-15, phong-noi-vu in progress          -> 1 open (overdue)
# 1.1.2 February 2023, led by phuong-xa (3 units): phuong-1 done, phuong-2 done late,
#       xa blocked                                             -> 1 open (xa, 2023-02-28)
# 1.1.3 monthly, phong-noi-vu: January done                    -> 11 open (February..December)
RECORDS = HAND_RECORDS + """\
- task: "1.1.1"
  unit: phong-noi-vu
  date: 2023-04-02
  status: done
  evidence: [BC 0]  # dated after the as-of date: does not count
"""

FEBRUARY_DONE = """\
    task: "1.1.3"
    unit: phong-noi-vu
    date: 2023-03-20
    status: done
    period: 2023-02
    evidence: [BC 2]
    """


@pytest.fixture
def repo(make_repo: RepoWriter) -> Path:
    return make_repo({"plans/p/updates/a.yaml": RECORDS})


def run(root: Path | str, *args: str, as_of: str = "2023-03-31") -> tuple[int, bytes, str]:
    result = runner.invoke(app, ["calendar", "--repo", str(root), "--as-of", as_of, *args])
    return result.exit_code, result.stdout_bytes, result.stderr


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def key(event: Any) -> tuple[str, dt.date]:
    """(unit-and-task part of the summary, due date): what an event stands for."""
    return str(event["SUMMARY"]).split(":")[0], event.decoded("DTSTART")


def test_one_event_per_open_occurrence_counted_by_hand(repo: Path) -> None:
    code, data, _ = run(repo, "--lang", "en")
    assert code == 0
    found = events(data)
    assert len(found) == 13
    dues = [e.decoded("DTSTART") for e in found]
    assert dues == sorted(dues)
    assert key(found[0]) == ("[1/KH-UBND] 1.1.2 — UBND Xã Bình Minh", dt.date(2023, 2, 28))
    assert key(found[1]) == ("[1/KH-UBND] 1.1.3 — Phòng Nội vụ", dt.date(2023, 2, 28))
    assert key(found[2]) == ("[1/KH-UBND] 1.1.1 — Phòng Nội vụ", dt.date(2023, 3, 15))
    monthly = [e.decoded("DTSTART") for e in found if "1.1.3" in str(e["SUMMARY"])]
    assert monthly[0] == dt.date(2023, 2, 28) and monthly[-1] == dt.date(2023, 12, 31)
    assert len(monthly) == 11


def test_before_anything_is_done_every_occurrence_is_open(make_repo: RepoWriter) -> None:
    code, data, _ = run(make_repo({}), as_of="2023-01-01")
    assert code == 0 and len(events(data)) == 1 + 3 + 12


def test_all_day_events_with_deterministic_stamp(repo: Path) -> None:
    found = events(run(repo)[1])
    for e in found:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)
        assert e.decoded("DTSTAMP") == dt.datetime(2023, 3, 31, tzinfo=dt.UTC)
        assert str(e["TRANSP"]) == "TRANSPARENT"
        assert int(e["SEQUENCE"]) == 20230331  # grows with the as-of date: a newer version
    raw = run(repo)[1]
    assert b"DTSTART;VALUE=DATE:20230315\r\n" in raw
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_calendar_properties(repo: Path) -> None:
    cal = Calendar.from_ical(run(repo, "--lang", "vi")[1])
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//cchc//cchc ")
    assert str(cal["X-WR-CALNAME"]) == "repo: kế hoạch 1/KH-UBND"
    assert "ngày 31/3/2023" in str(cal["X-WR-CALDESC"])


def test_uids_unique_stable_and_kept_when_one_occurrence_is_done(
        make_repo: RepoWriter, repo: Path) -> None:
    first, second = run(repo)[1], run(repo)[1]
    assert first == second
    uids = [str(e["UID"]) for e in events(first)]
    assert len(set(uids)) == len(uids) and all(u.endswith("@cchc") for u in uids)
    assert uid("p", "1.1.3", "phong-noi-vu", dt.date(2023, 2, 28)) in uids

    later = make_repo({"plans/p/updates/a.yaml": RECORDS,
                       "plans/p/updates/b.yaml": FEBRUARY_DONE})
    after = [str(e["UID"]) for e in events(run(later)[1])]
    gone = uid("p", "1.1.3", "phong-noi-vu", dt.date(2023, 2, 28))
    assert after == [u for u in uids if u != gone]


def test_uids_do_not_depend_on_the_as_of_date_or_language(repo: Path) -> None:
    def by_due(data: bytes) -> dict[str, dt.date]:
        return {str(e["UID"]): e.decoded("DTSTART") for e in events(data)}

    march = by_due(run(repo, "--lang", "vi")[1])
    april = by_due(run(repo, "--lang", "en", as_of="2023-04-30")[1])
    # In April the done record of 1.1.1 counts and the March occurrence of 1.1.3 is still open.
    assert set(april) == set(march) - {uid("p", "1.1.1", "phong-noi-vu", dt.date(2023, 3, 15))}


def test_unit_filter_keeps_a_unit_or_a_groups_members(repo: Path) -> None:
    _, data, _ = run(repo, "--unit", "phuong-xa")
    assert [key(e) for e in events(data)] == [
        ("[1/KH-UBND] 1.1.2 — UBND Xã Bình Minh", dt.date(2023, 2, 28))]
    cal = Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]).endswith("— UBND các phường, xã")
    _, data, _ = run(repo, "--unit", "phong-noi-vu")
    assert len(events(data)) == 12
    code, _, err = run(repo, "--unit", "khong-co")
    assert code == 2 and "khong-co" in err


def test_output_file_is_written_atomically(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "cchc.ics"
    code, out, err = run(repo, "-o", str(target))
    assert code == 0 and out == b"" and str(target) in err
    assert target.read_bytes() == run(repo)[1]
    assert [p.name for p in target.parent.iterdir()] == ["cchc.ics"]


def test_summaries_and_descriptions_in_both_languages(repo: Path) -> None:
    def monthly(lang: str) -> Any:
        found = events(run(repo, "--lang", lang)[1])
        return next(e for e in found if "1.1.3" in str(e["SUMMARY"])
                    and e.decoded("DTSTART") == dt.date(2023, 2, 28))

    vi, en = monthly("vi"), monthly("en")
    assert str(vi["SUMMARY"]) == "[1/KH-UBND] 1.1.3 — Phòng Nội vụ: Báo cáo hằng tháng " \
                                 "(tháng 2/2023)"
    assert str(en["SUMMARY"]) == "[1/KH-UBND] 1.1.3 — Phòng Nội vụ: Báo cáo hằng tháng " \
                                 "(February 2023)"
    assert vi["UID"] == en["UID"]
    vi_text, en_text = str(vi["DESCRIPTION"]), str(en["DESCRIPTION"])
    assert "Thời hạn theo kế hoạch: hàng tháng" in vi_text
    assert "Kỳ này từ ngày 1/2/2023 đến ngày 28/2/2023" in vi_text
    assert "Tính đến ngày 31/3/2023: quá hạn 31 ngày" in vi_text
    assert "Deadline as written in the plan: hàng tháng" in en_text
    assert "As of 31 March 2023: overdue by 31 day(s)" in en_text
    future = next(e for e in events(run(repo, "--lang", "en")[1])
                  if e.decoded("DTSTART") == dt.date(2023, 4, 30))
    assert "due in 30 day(s)" in str(future["DESCRIPTION"])


def test_units_that_cease_owe_no_later_occurrence(make_repo: RepoWriter) -> None:
    plan = PLAN.replace("    lead: phong-noi-vu\n    due: hàng tháng",
                        "    lead: [phuong-xa, ubnd-xa-cu]\n    due: hàng tháng")
    root = make_repo({"plans/p/plan.yaml": plan, "units/later.yaml": """\
        units:
          - id: ubnd-xa-cu
            name: UBND Xã Cũ
            kind: commune
            until: 2023-06-30
        """})
    _, data, _ = run(root, "--unit", "ubnd-xa-cu", as_of="2023-01-01")
    assert [e.decoded("DTSTART").month for e in events(data)] == [1, 2, 3, 4, 5, 6]
    _, data, _ = run(root, "--unit", "ubnd-phuong-1", as_of="2023-01-01")
    assert len([e for e in events(data) if "1.1.3" in str(e["SUMMARY"])]) == 12


def test_a_daily_duty_is_one_recurring_event(make_repo: RepoWriter) -> None:
    plan = PLAN.replace("due: hàng tháng", "due: hàng ngày")
    root = make_repo({"plans/p/plan.yaml": plan, "plans/p/updates/m.yaml": """\
        task: "1.1.3"
        unit: phong-noi-vu
        date: 2023-04-01
        status: done
        period: 2023-03
        evidence: [BC]
        """})
    _, data, _ = run(root, "--unit", "phong-noi-vu", as_of="2023-04-01")
    [event] = [e for e in events(data) if "1.1.3" in str(e["SUMMARY"])]  # not 334 events
    assert event.decoded("DTSTART") == dt.date(2023, 1, 1)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["DAILY"] and rule["UNTIL"] == [dt.date(2023, 12, 31)]
    skipped = {d.dt for x in (event["EXDATE"] if isinstance(event["EXDATE"], list)
                              else [event["EXDATE"]]) for d in x.dts}
    assert skipped == {dt.date(2023, 3, d) for d in range(1, 32)}  # March was done
    # the same UID next month, when more days are done: a re-import updates it
    _, later, _ = run(root, "--unit", "phong-noi-vu", as_of="2023-05-01")
    [again] = [e for e in events(later) if "1.1.3" in str(e["SUMMARY"])]
    assert again["UID"] == event["UID"]


def test_agrees_with_the_obligations_on_the_demo() -> None:
    demo = ROOT / "examples" / "demo"
    loaded = load(demo)
    as_of = dt.date(2023, 3, 31)
    expected = 0
    for o in obligations(loaded.repo, loaded.registry, as_of):
        if o.kind == "recurring":
            expected += o.total_occurrences - o.done_occurrences
        elif o.state not in ("done", "done-late"):
            expected += 1
    entries = open_occurrences(loaded.repo, loaded.registry, as_of)
    assert len(entries) == expected
    _, data, _ = run(demo)
    found = events(data)
    assert len(found) == expected
    assert len({str(e["UID"]) for e in found}) == expected
    # Xã Bình An Hạ ceases after 30 June 2023: nothing of it falls due later.
    assert all(e.due <= dt.date(2023, 6, 30) for e in entries if e.unit == "ubnd-xa-binh-an-ha")


def test_errors_block_unless_allowed(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/a.yaml": RECORDS, "plans/p/updates/bad.yaml": "task: [\n"})
    code, out, err = run(root)
    assert code == 1 and out == b"" and "yaml-syntax" in err
    code, out, _ = run(root, "--allow-errors", "--lang", "en")
    assert code == 0
    assert "INCOMPLETE" in str(Calendar.from_ical(out)["X-WR-CALDESC"])
