"""The pack's optional overview page: the catalogue by GCM objective × summit, read back."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from pfp_desktop.domain.briefing_pack import PackOptions, PackSelection
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.overview import catalogue_coverage
from pfp_desktop.services.pack_export import read_pack, write_pack
from tests.conftest import DATA


def _export(tmp_path: Path, overview: bool) -> PdfReader:
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    options = PackOptions(title="Roundtable 2.1", include_overview=overview)
    pack = read_pack(catalogue, PackSelection(ids=("eu-diaspora-facility",)), options)
    target = tmp_path / f"pack-{overview}.pdf"
    write_pack(pack, target)
    catalogue.close()
    return PdfReader(target)


def test_include_overview_adds_a_page_with_the_catalogues_counts(tmp_path: Path) -> None:
    reader = _export(tmp_path, overview=True)
    texts = [page.extract_text() for page in reader.pages]
    pages = [n for n, text in enumerate(texts) if "The catalogue at a glance" in text]
    assert len(pages) == 2  # the contents line and the page itself
    page = texts[pages[1]]
    assert page.index("2010") < page.index("2024")  # summits by year, oldest first
    rows = _rows(page)
    assert rows[1][-1] == 20 and rows[19][-1] == 19 and rows[23][-1] == 16
    coverage = catalogue_coverage(CatalogueService(DATA / "pfp.sqlite"))
    for objective in coverage.objectives:  # every printed figure is the catalogue's
        cells = [coverage.count(objective.number, s.number) for s in coverage.summits]
        expected = [n for n in cells if n] + [coverage.objective_total(objective.number)]
        assert rows[objective.number] == expected
    assert "No initiative in the catalogue is tagged with objectives 3, 9, 11, 12, 13, 14." in page
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    assert top[:2] == ["Contents", "The catalogue at a glance"]


def _rows(page: str) -> dict[int, list[int]]:
    """objective -> the figures printed on its row (cells with initiatives, then the total)."""
    rows: dict[int, list[int]] = {}
    current: list[int] = []
    for line in page.split("All", 1)[1].splitlines():
        if (name := re.match(r"(\d+)  \D", line)) is not None:
            current = rows.setdefault(int(name.group(1)), [])
        elif line.strip().isdigit():
            current.append(int(line))
    return rows


def test_without_the_option_there_is_no_overview(tmp_path: Path) -> None:
    with_page = len(_export(tmp_path, overview=True).pages)
    reader = _export(tmp_path, overview=False)
    assert not any("at a glance" in page.extract_text() for page in reader.pages)
    assert len(reader.pages) == with_page - 1
