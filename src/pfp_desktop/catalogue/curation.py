"""Loading the curation file (data/curation.toml) into typed, checked records."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import Attribution, PartnerKind

T = TypeVar("T")


@dataclass(frozen=True)
class SessionSpec:
    label: str
    heading_line: int
    heading: str


@dataclass(frozen=True)
class BlockSpec:
    summit: int
    anchor_line: int
    starts_with: str
    intro_line: int
    attribution: Attribution
    evidence: str
    sessions: tuple[SessionSpec, ...]


@dataclass(frozen=True)
class InitiativeSpec:
    id: str
    line: int
    title: str
    no_partners: str | None


@dataclass(frozen=True)
class ExcludedSpec:
    line: int
    title: str
    duplicate_of: str
    reason: str


@dataclass(frozen=True)
class ErratumSpec:
    line: int
    original: str
    corrected: str
    reason: str


@dataclass(frozen=True)
class FlagSpec:
    line: int
    note: str


@dataclass(frozen=True)
class PartnerSpec:
    name: str
    kind: PartnerKind
    spellings: tuple[str, ...]
    members: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class PartnerLineSpec:
    line: int
    verbatim: str
    partners: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class RelatedSpec:
    label: str
    initiatives: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class TagSpec:
    code: str
    reason: str


@dataclass(frozen=True)
class PreambleSpec:
    heading_line: int
    heading: str
    line: int
    starts_with: str


@dataclass(frozen=True)
class Curation:
    version: str
    release_date: str
    source: str
    preamble: PreambleSpec
    blocks: tuple[BlockSpec, ...]
    initiatives: tuple[InitiativeSpec, ...]
    excluded: tuple[ExcludedSpec, ...]
    errata: tuple[ErratumSpec, ...]
    flags: tuple[FlagSpec, ...]
    partners: tuple[PartnerSpec, ...]
    partner_lines: tuple[PartnerLineSpec, ...]
    related: tuple[RelatedSpec, ...]
    gcm_tags: dict[str, tuple[TagSpec, ...]]
    sdg_tags: dict[str, tuple[TagSpec, ...]]
    sha256: str


class _Table:
    """One TOML table, read with typed accessors that name what is wrong and where."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise CatalogueSourceError(f"curation file: {where} should be a table")
        self.data: dict[str, Any] = data
        self.where = where

    def get(self, key: str, kind: type[T], default: T | None = None) -> T:
        value = self.data.get(key, default)
        if value is None:
            raise CatalogueSourceError(f"curation file: {self.where} lacks '{key}'")
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise CatalogueSourceError(
                f"curation file: {self.where}.{key} should be {kind.__name__}, not {value!r}"
            )
        return value

    def tables(self, key: str) -> list[_Table]:
        items = self.data.get(key, [])
        if not isinstance(items, list):
            raise CatalogueSourceError(f"curation file: '{key}' should be a list of tables")
        return [_Table(item, f"{key}[{i}]") for i, item in enumerate(items)]

    def strings(self, key: str) -> tuple[str, ...]:
        items = self.get(key, list, [])
        if not all(isinstance(s, str) for s in items):
            raise CatalogueSourceError(f"curation file: {self.where}.{key} should list strings")
        return tuple(items)


def load_curation(path: Path) -> Curation:
    """Read and type-check the curation file."""
    raw = path.read_bytes()
    try:
        root = _Table(tomllib.loads(raw.decode("utf-8")), "the file")
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueSourceError(f"curation file {path.name} is not valid TOML: {exc}") from exc
    meta = _Table(root.get("catalogue", dict), "[catalogue]")
    tags = _Table(root.get("tags", dict), "[tags]")
    return Curation(
        version=meta.get("version", str),
        release_date=meta.get("release_date", str),
        source=meta.get("source", str),
        preamble=_preamble(_Table(root.get("preamble", dict), "[preamble]")),
        blocks=tuple(_block(t) for t in root.tables("block")),
        initiatives=tuple(_initiative(t) for t in root.tables("initiative")),
        excluded=tuple(_excluded(t) for t in root.tables("excluded")),
        errata=tuple(_erratum(t) for t in root.tables("erratum")),
        flags=tuple(FlagSpec(t.get("line", int), t.get("note", str)) for t in root.tables("flag")),
        partners=tuple(_partner(t) for t in root.tables("partner")),
        partner_lines=tuple(_partner_line(t) for t in root.tables("partner_line")),
        related=tuple(_related(t) for t in root.tables("related")),
        gcm_tags=_tags(tags, "gcm", "objective"),
        sdg_tags=_tags(tags, "sdg", "target"),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _preamble(t: _Table) -> PreambleSpec:
    return PreambleSpec(
        t.get("heading_line", int),
        t.get("heading", str),
        t.get("line", int),
        t.get("starts_with", str),
    )


def _block(t: _Table) -> BlockSpec:
    attribution = t.get("attribution", str)
    if attribution not in set(Attribution):
        raise CatalogueSourceError(f"curation file: {t.where}: unknown attribution {attribution}")
    sessions = [_Table(s, f"{t.where}.sessions") for s in t.get("sessions", list, [])]
    return BlockSpec(
        summit=t.get("summit", int),
        anchor_line=t.get("anchor_line", int),
        starts_with=t.get("starts_with", str),
        intro_line=t.get("intro_line", int),
        attribution=Attribution(attribution),
        evidence=t.get("evidence", str),
        sessions=tuple(
            SessionSpec(s.get("label", str), s.get("heading_line", int), s.get("heading", str))
            for s in sessions
        ),
    )


def _initiative(t: _Table) -> InitiativeSpec:
    no_partners = t.data.get("no_partners")
    return InitiativeSpec(
        id=t.get("id", str),
        line=t.get("line", int),
        title=t.get("title", str),
        no_partners=t.get("no_partners", str) if no_partners is not None else None,
    )


def _excluded(t: _Table) -> ExcludedSpec:
    return ExcludedSpec(
        t.get("line", int), t.get("title", str), t.get("duplicate_of", str), t.get("reason", str)
    )


def _erratum(t: _Table) -> ErratumSpec:
    return ErratumSpec(
        t.get("line", int), t.get("original", str), t.get("corrected", str), t.get("reason", str)
    )


def _partner(t: _Table) -> PartnerSpec:
    kind = t.get("kind", str)
    if kind not in set(PartnerKind):
        raise CatalogueSourceError(
            f"curation file: {t.where}: kind must be country or organisation"
        )
    return PartnerSpec(
        name=t.get("name", str),
        kind=PartnerKind(kind),
        spellings=t.strings("spellings"),
        members=t.strings("members"),
        note=t.get("note", str, ""),
    )


def _partner_line(t: _Table) -> PartnerLineSpec:
    return PartnerLineSpec(
        t.get("line", int), t.get("verbatim", str), t.strings("partners"), t.get("reason", str)
    )


def _related(t: _Table) -> RelatedSpec:
    return RelatedSpec(t.get("label", str), t.strings("initiatives"), t.get("reason", str))


def _tags(tags: _Table, key: str, code_key: str) -> dict[str, tuple[TagSpec, ...]]:
    result: dict[str, tuple[TagSpec, ...]] = {}
    for initiative_id in tags.data:
        entry = _Table(tags.data[initiative_id], f"tags.{initiative_id}")
        specs = [_Table(item, f"tags.{initiative_id}.{key}") for item in entry.get(key, list, [])]
        result[initiative_id] = tuple(
            TagSpec(str(s.data.get(code_key, "")), s.get("reason", str)) for s in specs
        )
    return result
