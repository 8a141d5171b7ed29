"""Packs built from the shipped catalogue, written to real files and read back with pypdf."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions
from pfp_desktop.domain.models import Initiative
from pfp_desktop.export import export_pack
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import shipped_resource
from tests.conftest import DATA

FONTS = shipped_resource("fonts")
NOTE = (
    "<script>alert(1)</script> R&D AT&T; Café – naïve — “quotes” ñ ü ø\n\n"
    "Ask about **bold** and *em*:\n\n"
    "- first point\n"
    "- second point\n"
    "  1. nested step\n"
)
NOTED_ID = "eu-diaspora-facility"

PackFactory = Callable[..., BriefingPack]


@pytest.fixture(scope="session")
def shipped() -> tuple[list[Initiative], BriefingPack]:
    service = CatalogueService(DATA / "pfp.sqlite")
    items = service.initiatives()
    summits = {s.number: s for s in service.summits()}
    base = BriefingPack(items, summits, service.info(), PackOptions(title="t"))
    service.close()
    return items, base


@pytest.fixture(scope="session")
def make_pack(shipped: tuple[list[Initiative], BriefingPack]) -> PackFactory:
    """A pack of the shipped initiatives (or ``items``), with these options and notes."""
    all_items, base = shipped

    def make(
        items: Sequence[Initiative] | None = None,
        notes: Mapping[str, str] | None = None,
        **options: object,
    ) -> BriefingPack:
        chosen = PackOptions(**{"title": "Bilateral briefing", **options})  # type: ignore[arg-type]
        return BriefingPack(
            list(all_items if items is None else items),
            base.summits,
            base.catalogue,
            chosen,
            dict(notes or {}),
        )

    return make


@dataclass(frozen=True)
class Written:
    path: Path
    pack: BriefingPack
    reader: PdfReader
    texts: list[str]  # each page's extracted text


def write(pack: BriefingPack, path: Path, **kwargs: object) -> Written:
    """Export ``pack`` to ``path`` and read it back."""
    export_pack(pack, path, fonts_dir=FONTS, creator="PfP Desktop 0.1.0", **kwargs)  # type: ignore[arg-type]
    reader = PdfReader(path)
    return Written(path, pack, reader, [page.extract_text() for page in reader.pages])


@pytest.fixture(scope="session")
def a4_pack(make_pack: PackFactory, tmp_path_factory: pytest.TempPathFactory) -> Written:
    """All 48 shipped initiatives on A4, with a cover filled in and one note full of markup."""
    pack = make_pack(
        notes={NOTED_ID: NOTE},
        delegate="Ana Müller",
        meeting="GFMD Friends of the Forum, Geneva",
        date="12 May 2026",
    )
    return write(pack, tmp_path_factory.mktemp("a4") / "pack.pdf")
