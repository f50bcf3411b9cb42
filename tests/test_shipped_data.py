"""The repository's own data, plan 188/KH-UBND of Tây Ninh City, passes every check."""

from __future__ import annotations

from cchc.pipeline import load
from tests.conftest import ROOT


def test_shipped_repository_has_no_errors_or_warnings() -> None:
    loaded = load(ROOT)
    assert [d for d in loaded.diagnostics] == []
    assert "188-kh-ubnd-2022" in loaded.repo.plans


def test_shipped_units_are_those_of_tay_ninh_city_2023() -> None:
    registry = load(ROOT).registry
    wards = registry.expand("cac-phuong")
    communes = registry.expand("cac-xa")
    assert len(wards) == 7 and len(communes) == 3
    assert registry.name("ubnd-phuong-4") in ("UBND Phường IV", "UBND Phường 4")
    assert set(registry.expand("phuong-xa")) == set(wards) | set(communes)
    for name in ("Phòng Nội vụ", "Thanh tra thành phố", "Công an thành phố"):
        assert registry.by_name(name) is not None, name


def test_dashboard_groups_a_task_owed_by_many_units_into_one_row() -> None:
    from typer.testing import CliRunner

    from cchc.cli import app

    result = CliRunner().invoke(app, ["status", "--repo", str(ROOT), "--as-of", "2023-03-31",
                                      "--lang", "en"])
    assert result.exit_code == 0
    # 1.1.3 (Quý I) falls due on 31/3 for all 23 units of co-quan-don-vi and phuong-xa
    assert "23 units: Ban Quản lý dự án đầu tư xây dựng thành phố" in result.stdout
