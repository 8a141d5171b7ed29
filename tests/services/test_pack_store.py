"""Briefing packs kept per meeting in the user database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pfp_desktop.domain.briefing_pack import PackOptions
from pfp_desktop.domain.personal import PersonalDataError
from pfp_desktop.services.personal import Personal


def test_a_pack_keeps_its_items_in_order_and_its_options(personal: Personal) -> None:
    pack = personal.packs.create("Meeting with Morocco")
    assert pack.options.title == "Meeting with Morocco" and pack.initiative_ids == ()
    ids = (
        "african-cities-initiative-migration",
        "eu-diaspora-facility",
        "knomad-1-2",
        "eu-diaspora-facility",
    )
    options = PackOptions("Morocco – Tuesday", delegate="A. Delegate", paper="letter")
    saved = personal.packs.save(replace(pack, initiative_ids=ids, options=options))
    assert saved.initiative_ids == ids[:3]  # once each
    assert personal.packs.get(pack.id) == saved
    with pytest.raises(PersonalDataError, match="already called"):
        personal.packs.create("Meeting with Morocco")
    removed = personal.packs.delete(pack.id)
    assert removed == saved and personal.packs.all() == []
    assert personal.packs.save(removed) == saved  # undo of a delete restores it exactly


def test_bad_pack_values_are_refused(personal: Personal) -> None:
    with pytest.raises(PersonalDataError, match="needs a name"):
        personal.packs.create("  \x07 ")
    pack = personal.packs.create("x")
    with pytest.raises(PersonalDataError, match="Paper"):
        personal.packs.save(replace(pack, options=PackOptions("x", paper="a3")))  # type: ignore[arg-type]
