"""Applying the curated errata to the verbatim text, keeping a record of each correction."""

from __future__ import annotations

from collections import defaultdict

from pfp_desktop.catalogue.curation import ErratumSpec
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import Correction


class ErrataBook:
    """The errata by line; checks that each one applies exactly once."""

    def __init__(self, errata: tuple[ErratumSpec, ...]) -> None:
        self._by_line: dict[int, list[ErratumSpec]] = defaultdict(list)
        for erratum in errata:
            self._by_line[erratum.line].append(erratum)
        self._applied: set[int] = set()

    def clean(self, line: int, field: str, verbatim: str) -> tuple[str, tuple[Correction, ...]]:
        """The corrected text of one field, and the corrections applied to it."""
        text = verbatim
        corrections = []
        for erratum in self._by_line.get(line, []):
            count = text.count(erratum.original)
            if count != 1:
                found = "does not occur" if count == 0 else f"occurs {count} times"
                raise CatalogueSourceError(
                    f"erratum '{erratum.original}' -> '{erratum.corrected}' {found} in the text",
                    line,
                )
            text = text.replace(erratum.original, erratum.corrected)
            corrections.append(
                Correction(line, field, erratum.original, erratum.corrected, erratum.reason)
            )
        self._applied.add(line)
        return text, tuple(corrections)

    def check_all_applied(self) -> None:
        """Every erratum must name a line the importer actually read as a field."""
        for line in sorted(set(self._by_line) - self._applied):
            raise CatalogueSourceError(
                "an erratum names a line that is not part of any field", line
            )
