"""Choosing a pack's initiatives and notes from the catalogue, and writing it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop.domain.briefing_pack import PackOptions, PackSelection
from pfp_desktop.services.catalogue_service import CatalogueService, NotFoundError
from pfp_desktop.services.pack_export import (
    PackExportError,
    export_briefing_pack,
    read_pack,
    select_initiatives,
)
from tests.conftest import DATA


@pytest.fixture
def service() -> Iterator[CatalogueService]:
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    yield catalogue
    catalogue.close()


def _ids(service: CatalogueService, selection: PackSelection) -> list[str]:
    return [item.id for item in select_initiatives(service, selection)]


def test_a_summit_or_a_partner_selects_in_page_order(service: CatalogueService) -> None:
    assert _ids(service, PackSelection(summit=4)) == [
        "diaspora-handbook-announced",
        "unaccompanied-migrant-children-mexico",
    ]
    # Any spelling of a partner, as in `pfp list --partner`.
    assert len(_ids(service, PackSelection(partner="oecd development center"))) == 3
    assert len(_ids(service, PackSelection(everything=True))) == 48


def test_ids_keep_the_order_given_once_each(service: CatalogueService) -> None:
    wanted = ("eu-diaspora-facility", "diaspora-handbook-announced", "eu-diaspora-facility")
    assert _ids(service, PackSelection(ids=wanted)) == list(wanted[:2])


def test_unknown_ids_are_all_named(service: CatalogueService) -> None:
    with pytest.raises(NotFoundError, match=r"No initiatives with ids 'nope', 'nada'\."):
        select_initiatives(service, PackSelection(ids=("nope", "eu-diaspora-facility", "nada")))


def test_a_summit_without_initiatives_selects_nothing_and_says_so(
    service: CatalogueService,
) -> None:
    with pytest.raises(PackExportError, match="Nothing to export: the 13th Summit has no"):
        select_initiatives(service, PackSelection(summit=13))
    with pytest.raises(NotFoundError, match="No summit number 99"):
        select_initiatives(service, PackSelection(summit=99))


def test_notes_are_asked_for_the_chosen_ids_only_when_included(service: CatalogueService) -> None:
    asked: list[Sequence[str]] = []

    def notes(ids: Sequence[str]) -> Mapping[str, str]:
        asked.append(ids)
        return {ids[0]: "**Ask** about funding"}

    selection = PackSelection(summit=4)
    pack = read_pack(service, selection, PackOptions(title="t"), notes)
    assert asked == [["diaspora-handbook-announced", "unaccompanied-migrant-children-mexico"]]
    assert pack.note_for("diaspora-handbook-announced") == "**Ask** about funding"
    skipped = read_pack(service, selection, PackOptions(title="t", include_notes=False), notes)
    assert len(asked) == 1 and skipped.notes == {}


def test_export_writes_the_pack_with_the_shipped_fonts(
    service: CatalogueService, tmp_path: Path
) -> None:
    result = export_briefing_pack(
        service,
        PackSelection(summit=11),
        PackOptions(title="Marrakesh", delegate="A. Delegate"),
        tmp_path / "marrakesh.pdf",
        notes=lambda ids: {ids[0]: "Personal *remark*"},
    )
    reader = PdfReader(result.path)
    assert (result.initiatives, result.pages) == (5, len(reader.pages))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Personal remark" in text and "11th Summit · Marrakesh 2018" in text
    assert reader.metadata is not None and reader.metadata.creator.startswith("PfP Desktop ")


def test_the_delegates_own_initiatives_are_read_in_their_place(
    service: CatalogueService, tmp_path: Path
) -> None:
    from pfp_desktop.domain.models import PartnerKind
    from pfp_desktop.domain.personal import LocalInitiative
    from pfp_desktop.services.pack_personal import additions_of
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data

    personal = Personal.of(open_user_data(tmp_path / "notes"))
    session = next(s for s in service.sessions() if s.summit_number == 12)
    mine = personal.additions.add(
        LocalInitiative(
            "", 12, session.id, "Corridor talk", ("Mexico", "Atlantis"), "Costs", "Apps"
        )
    )
    ids = ("knomad-1-2", mine.id)
    pack = read_pack(
        service,
        PackSelection(ids=ids),
        PackOptions("Mine"),
        additions=additions_of(personal, service),
    )
    assert [i.id for i in pack.initiatives] == list(ids)
    added = pack.initiatives[1]
    assert (added.title, added.summit_number, added.session_label) == (
        "Corridor talk",
        12,
        session.label,
    )
    assert [(p.name, p.kind) for p in added.partners] == [
        ("Mexico", PartnerKind.COUNTRY),
        ("Atlantis", PartnerKind.ORGANISATION),
    ]
    assert added.provenance.added_locally and not pack.initiatives[0].provenance.added_locally
    with pytest.raises(NotFoundError, match="local-gone"):  # without the provider: unknown
        select_initiatives(service, PackSelection(ids=("local-gone",)))
    personal.user.close()


def test_an_added_initiative_without_partners_does_not_blame_the_source(
    service: CatalogueService, tmp_path: Path
) -> None:
    from pfp_desktop.domain.personal import LocalInitiative
    from pfp_desktop.services.pack_export import write_pack
    from pfp_desktop.services.pack_personal import additions_of
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data

    personal = Personal.of(open_user_data(tmp_path / "notes"))
    session = next(s for s in service.sessions() if s.summit_number == 11)
    mine = personal.additions.add(LocalInitiative("", 11, session.id, "Only a title", ()))
    pack = read_pack(
        service,
        PackSelection(ids=(mine.id,)),
        PackOptions("Mine"),
        additions=additions_of(personal, service),
    )
    write_pack(pack, tmp_path / "pack.pdf")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "pack.pdf").pages).split()
    )
    assert "Only a title" in text and "None given" in text
    assert "None listed in the source" not in text
    personal.user.close()
