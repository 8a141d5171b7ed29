"""The shipped catalogue can never drift from its source text and curation."""

from __future__ import annotations

from pathlib import Path

from pfp_desktop.services.catalogue_build import (
    build_catalogue,
    catalogue_matches_source,
    sql_dump,
)
from tests.conftest import DATA


def test_the_shipped_catalogue_is_exactly_what_the_source_builds(shipped_catalogue: Path) -> None:
    assert catalogue_matches_source(DATA, shipped_catalogue), (
        "data/pfp.sqlite differs from a fresh build: run `pfp build-catalogue` and commit it"
    )


def test_building_twice_gives_an_identical_catalogue(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_catalogue(DATA, first)
    build_catalogue(DATA, second)
    assert sql_dump(first) == sql_dump(second)
    assert first.read_bytes() == second.read_bytes()


def test_the_catalogue_records_its_version_and_source_checksum(shipped_catalogue: Path) -> None:
    import hashlib

    from pfp_desktop.services.catalogue_service import CatalogueService

    info = CatalogueService(shipped_catalogue).info()
    source = (DATA / "source" / info.source_name).read_bytes()
    assert info.source_sha256 == hashlib.sha256(source).hexdigest()
    assert info.version and info.build_date
    curation = (DATA / "curation.toml").read_bytes()
    assert info.curation_sha256 == hashlib.sha256(curation).hexdigest()


def test_a_drifted_catalogue_is_detected(tmp_path: Path, data_copy: Path) -> None:
    shipped = tmp_path / "shipped.sqlite"
    build_catalogue(data_copy, shipped)
    curation = data_copy / "curation.toml"
    curation.write_text(
        curation.read_text(encoding="utf-8").replace('reason = "Doubled letter."', 'reason = "x"')
    )
    assert not catalogue_matches_source(data_copy, shipped)
