"""The one error the importer raises: always names the source line and what was expected."""

from __future__ import annotations


class CatalogueSourceError(Exception):
    """The source text or the curation file no longer match each other."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)
