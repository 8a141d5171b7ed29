"""Reading the reference CSVs (summits, GCM objectives and principles, SDG targets, partner
relations)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import GcmObjective, GuidingPrinciple, SdgTarget
from pfp_desktop.domain.partners import PartnerRelation


def _rows(path: Path, columns: set[str]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = columns - set(reader.fieldnames or [])
            if missing:
                raise CatalogueSourceError(f"{path.name} lacks the columns {sorted(missing)}")
            return list(reader)
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueSourceError(f"cannot read {path.name}: {exc}") from exc


def _check_rows(path: Path, rows: list[dict[str, str]], key: str) -> None:
    for number, row in enumerate(rows, start=2):
        if any(value is None for value in row.values()) or not row.get(key):
            raise CatalogueSourceError(f"{path.name}: malformed row", line=number)


def read_summit_metadata(path: Path) -> dict[int, dict[str, str]]:
    """Summit facts (dates, city, country, chair) by summit number."""
    columns = {"number", "start", "end", "city", "country", "chair"}
    rows = _rows(path, columns)
    _check_rows(path, rows, "number")
    result: dict[int, dict[str, str]] = {}
    for line, row in enumerate(rows, start=2):
        try:
            date.fromisoformat(row["start"])
            date.fromisoformat(row["end"])
            result[int(row["number"])] = {k: row[k] for k in columns}
        except ValueError as exc:
            raise CatalogueSourceError(f"{path.name}: {exc}", line=line) from exc
    return result


def read_gcm_objectives(path: Path) -> list[GcmObjective]:
    """The GCM objectives of the reference CSV at ``path``, checked for gaps and repeats."""
    rows = _rows(path, {"number", "short_label", "title"})
    _check_rows(path, rows, "number")
    return [GcmObjective(int(r["number"]), r["short_label"], r["title"]) for r in rows]


def read_guiding_principles(path: Path) -> list[GuidingPrinciple]:
    """The guiding principles of the reference CSV at ``path``, checked."""
    rows = _rows(path, {"number", "label"})
    _check_rows(path, rows, "number")
    return [GuidingPrinciple(int(r["number"]), r["label"]) for r in rows]


def read_sdg_targets(path: Path) -> list[SdgTarget]:
    """The migration-related SDG targets of the reference CSV at ``path``, checked."""
    rows = _rows(path, {"target", "relation_to_migration", "wording"})
    _check_rows(path, rows, "target")
    return [SdgTarget(r["target"], r["relation_to_migration"], r["wording"]) for r in rows]


def read_partner_relations(path: Path) -> list[PartnerRelation]:
    """The curated "see also" relations between partners; each row says why in ``reason``."""
    rows = _rows(path, {"partner", "related", "reason"})
    _check_rows(path, rows, "related")
    for number, row in enumerate(rows, start=2):
        if not row["partner"] or not row["reason"]:
            raise CatalogueSourceError(
                f"{path.name}: a relation needs both names and a reason", line=number
            )
    return [PartnerRelation(r["partner"], r["related"], r["reason"]) for r in rows]
