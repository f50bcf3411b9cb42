"""Loading and cross-file checks on tiny inline repositories."""

from __future__ import annotations

from cchc.pipeline import load
from tests.conftest import RepoWriter


def found(root: object) -> list[tuple[str, int, int, str]]:
    return [(d.path, d.line, d.column, d.code) for d in load(root).diagnostics]  # type: ignore[arg-type]


def test_the_standard_repository_is_valid(make_repo: RepoWriter) -> None:
    assert found(make_repo({})) == []


def test_unknown_lead_points_at_the_list_item(make_repo: RepoWriter) -> None:
    from tests.conftest import PLAN

    plan = PLAN.replace("    lead: phuong-xa\n", "    lead: [phuong-xa, phong-ma]\n")
    assert found(make_repo({"plans/p/plan.yaml": plan})) == [
        ("plans/p/plan.yaml", 17, 23, "unknown-unit")]


def test_invalid_task_does_not_cascade_into_its_records(make_repo: RepoWriter) -> None:
    from tests.conftest import PLAN

    plan = PLAN.replace("    due: 2023-03-15\n", "    due: 2023-02-30\n")
    root = make_repo({"plans/p/plan.yaml": plan, "plans/p/updates/a.yaml": """\
        task: "1.1.1"
        unit: phong-noi-vu
        date: 2023-03-01
        status: in-progress
        """})
    assert found(root) == [("plans/p/plan.yaml", 13, 10, "impossible-date")]
    loaded = load(root)
    # the rest of the plan is still there for --allow-errors
    assert [t.value.id for t in loaded.repo.plans["p"].tasks] == ["1.1.2", "1.1.3"]


def test_record_checks(make_repo: RepoWriter) -> None:
    root = make_repo({"plans/p/updates/x.yaml": """\
        - task: "9.9"
          unit: phong-noi-vu
          date: 2023-03-01
          status: done
          evidence: [CV 1]
        - task: "1.1.1"
          unit: ubnd-phuong-1
          date: 2023-03-01
          status: in-progress
        - task: "1.1.2"
          unit: phuong-xa
          date: 2023-03-01
          status: in-progress
        - task: "1.1.2"
          unit: phong-tu-phap
          date: 2023-03-01
          status: done
        """})
    assert found(root) == [
        ("plans/p/updates/x.yaml", 1, 9, "unknown-task"),
        ("plans/p/updates/x.yaml", 7, 9, "unit-not-in-task"),
        ("plans/p/updates/x.yaml", 11, 9, "group-not-unit"),
        ("plans/p/updates/x.yaml", 17, 11, "missing-evidence"),
    ]


def test_require_evidence_makes_it_an_error(make_repo: RepoWriter) -> None:
    root = make_repo({"cchc.yaml": "require_evidence: true\n", "plans/p/updates/x.yaml": """\
        task: "1.1.1"
        unit: phong-noi-vu
        date: 2023-03-01
        status: done
        """})
    [d] = load(root).diagnostics
    assert (d.code, d.is_error) == ("missing-evidence", True)


def test_readings(make_repo: RepoWriter) -> None:
    root = make_repo({
        "plans/p/measurements/a.yaml": """\
            period: 2023-03
            values:
              - {indicator: hai-long, unit: ubnd-phuong-1, value: 96}
              - {indicator: hai-long, unit: phong-noi-vu, value: 96}
              - {indicator: hai-long, value: 96}
              - {indicator: khong-co, unit: ubnd-phuong-1, value: 96}
            """,
        "plans/p/measurements/b.yaml": """\
            period: 2023-03
            values:
              - {indicator: hai-long, unit: ubnd-phuong-1, value: 97}
            """,
        "plans/p/measurements/c.yaml": """\
            period: 2023-Q1
            values:
              - {indicator: hai-long, unit: ubnd-phuong-2, value: 97}
            """,
    })
    assert found(root) == [
        ("plans/p/measurements/a.yaml", 4, 33, "unit-not-measured"),
        ("plans/p/measurements/a.yaml", 5, 5, "reading-needs-unit"),
        ("plans/p/measurements/a.yaml", 6, 17, "unknown-indicator"),
        ("plans/p/measurements/b.yaml", 3, 55, "conflicting-reading"),
        ("plans/p/measurements/c.yaml", 1, 9, "reading-period-mismatch"),
    ]


def test_group_cycle_and_duplicate_ids_across_files(make_repo: RepoWriter) -> None:
    root = make_repo({"units/zz-more.yaml": """\
        units:
          - id: phong-noi-vu
            name: Phòng Nội vụ (bản sao)
            kind: department
        groups:
          - id: g1
            name: Nhóm 1
            members: [g2]
          - id: g2
            name: Nhóm 2
            members: [g1]
        """})
    assert found(root) == [
        ("units/zz-more.yaml", 2, 9, "duplicate-id"),
        ("units/zz-more.yaml", 8, 14, "group-cycle"),
    ]
    [dup, _] = load(root).diagnostics
    assert "units/units.yaml:2" in dup.message("en")


def test_nfd_names_compare_equal_after_normalisation(make_repo: RepoWriter) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Phòng Nội vụ")
    root = make_repo({"units/zz-more.yaml": f"units:\n  - id: pnv2\n    name: {nfd}\n"
                                         "    kind: department\n"})
    assert found(root) == [("units/zz-more.yaml", 3, 11, "duplicate-name")]


def test_a_township_is_a_kind_of_unit(make_repo: RepoWriter) -> None:
    from tests.conftest import UNITS

    units = UNITS.replace("    kind: commune\n", "    kind: township\n")
    assert "township" in units
    assert found(make_repo({"units/units.yaml": units})) == []
    units = UNITS.replace("    kind: commune\n", "    kind: hamlet\n")
    assert [c for *_, c in found(make_repo({"units/units.yaml": units}))] != []
