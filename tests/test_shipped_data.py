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
