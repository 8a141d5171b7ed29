"""Splitting a partners line into canonical partners.

The rule: split on "," and then on " and " (dropping the "and" of an Oxford comma), but never
inside a curated name that itself contains " and " ("Bosnia and Herzegovina"). Every piece must
be a curated name or spelling; an unknown piece stops the build rather than invent a partner.
"""

from __future__ import annotations

import re

from pfp_desktop.catalogue.curation import Curation, PartnerLineSpec, PartnerSpec
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import PartnerRef

_AND = re.compile(r"\s+and\s+|^and\s+")


class PartnerResolver:
    """Resolves the spellings of a partners line to the curated partners."""

    def __init__(self, curation: Curation) -> None:
        self._by_spelling: dict[str, PartnerSpec] = {}
        for partner in curation.partners:
            for spelling in (partner.name, *partner.spellings):
                if spelling in self._by_spelling:
                    raise CatalogueSourceError(f"curation file: '{spelling}' names two partners")
                self._by_spelling[spelling] = partner
        self._protected = sorted(
            (s for s in self._by_spelling if " and " in s), key=len, reverse=True
        )
        self._overrides = {p.line: p for p in curation.partner_lines}
        self.used_overrides: set[int] = set()

    def resolve(self, line: int, text: str) -> tuple[PartnerRef, ...]:
        """The partners of one partners line, in the order written."""
        override = self._overrides.get(line)
        if override is not None:
            return self._resolve_override(line, text, override)
        return tuple(self._ref(line, piece, piece) for piece in self.split(text))

    def split(self, text: str) -> list[str]:
        """Split a partners line into spellings, keeping protected names whole."""
        placeholders: dict[str, str] = {}
        for number, name in enumerate(self._protected):
            if name in text:
                key = f"\x00{number}\x00"
                placeholders[key] = name
                text = text.replace(name, key)
        pieces = [p for chunk in text.split(",") for p in _AND.split(chunk.strip())]
        return [_restore(p.strip(), placeholders) for p in pieces if p.strip()]

    def _resolve_override(
        self, line: int, text: str, override: PartnerLineSpec
    ) -> tuple[PartnerRef, ...]:
        if text != override.verbatim:
            raise CatalogueSourceError(
                f"curation splits this partners line as '{override.verbatim}', found '{text}'",
                line,
            )
        self.used_overrides.add(line)
        return tuple(self._ref(line, name, name) for name in override.partners)

    def _ref(self, line: int, spelling: str, name: str) -> PartnerRef:
        partner = self._by_spelling.get(name)
        if partner is None:
            raise CatalogueSourceError(
                f"unknown partner '{spelling}': add it (or this spelling) to the curation file",
                line,
            )
        return PartnerRef(partner.name, partner.kind, spelling)


def _restore(piece: str, placeholders: dict[str, str]) -> str:
    for key, name in placeholders.items():
        piece = piece.replace(key, name)
    return piece
