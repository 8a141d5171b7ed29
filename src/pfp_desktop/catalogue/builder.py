"""Building the catalogue: source text + curation file + reference tables -> domain objects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pfp_desktop.catalogue import reference_tables as ref
from pfp_desktop.catalogue.curation import Curation, InitiativeSpec, load_curation
from pfp_desktop.catalogue.errata import ErrataBook
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.catalogue.partner_lines import PartnerResolver
from pfp_desktop.catalogue.source_text import RawEntry, SourceText, read_source
from pfp_desktop.catalogue.structure import BlockCut, SessionCut, cut_blocks
from pfp_desktop.catalogue.taxonomy import TaxonomyTagger
from pfp_desktop.domain.models import (
    CatalogueContents,
    CatalogueInfo,
    Correction,
    ExcludedEntry,
    Initiative,
    Partner,
    PartnerRef,
    PfpSession,
    Provenance,
    RelatedGroup,
    RelatedLink,
    SourceField,
    SourceFlag,
    Summit,
)
from pfp_desktop.domain.text import sdg_target_sort_key


@dataclass(frozen=True)
class SourcePaths:
    """Where the inputs of a build live (data/source and data/curation.toml in the repo)."""

    source_dir: Path
    curation: Path

    @classmethod
    def in_folder(cls, data_dir: Path) -> SourcePaths:
        """The source folder and curation file inside a data folder."""
        return cls(data_dir / "source", data_dir / "curation.toml")


def build(paths: SourcePaths) -> CatalogueContents:
    """Parse and curate; raise CatalogueSourceError naming the line on any mismatch."""
    curation = load_curation(paths.curation)
    source = read_source(paths.source_dir / curation.source)
    return _Builder(source, curation, paths.source_dir).build()


class _Builder:
    def __init__(self, source: SourceText, curation: Curation, source_dir: Path) -> None:
        self.source = source
        self.curation = curation
        self.errata = ErrataBook(curation.errata)
        self.partners = PartnerResolver(curation)
        self.summit_facts = ref.read_summit_metadata(source_dir / "gfmd-summits.csv")
        self.gcm = ref.read_gcm_objectives(source_dir / "gcm-objectives.csv")
        self.sdg = ref.read_sdg_targets(source_dir / "sdg-targets.csv")
        self.principles = ref.read_guiding_principles(source_dir / "gcm-guiding-principles.csv")
        self.tagger = TaxonomyTagger(curation, self.gcm, self.sdg)
        self.specs = {spec.line: spec for spec in curation.initiatives}
        self.excluded = {spec.line: spec for spec in curation.excluded}
        self.flags = {f.line: f for f in curation.flags}
        self.used_flags: set[int] = set()
        self.raw_by_id: dict[str, RawEntry] = {}

    def build(self) -> CatalogueContents:
        blocks = cut_blocks(self.source, self.curation)
        sessions = [s for block in blocks for s in block.sessions]
        summits = self._summits(blocks)
        initiatives = [i for block in blocks for i in self._initiatives(block)]
        self._check_curation_fully_used(initiatives)
        excluded = self._excluded(sessions)
        related = self._related_groups({i.id for i in initiatives})
        return CatalogueContents(
            info=self._info(),
            overview=self.source.line(self.curation.preamble.line).text,
            summits=summits,
            sessions=tuple(_session(s) for s in sessions),
            initiatives=tuple(_with_related(i, related, initiatives) for i in initiatives),
            partners=tuple(self._partners()),
            related=tuple(related),
            excluded=tuple(excluded),
            gcm_objectives=tuple(self.gcm),
            guiding_principles=tuple(self.principles),
            sdg_targets=tuple(sorted(self.sdg, key=lambda s: sdg_target_sort_key(s.target))),
        )

    def _info(self) -> CatalogueInfo:
        return CatalogueInfo(
            version=self.curation.version,
            build_date=self.curation.release_date,
            source_name=self.source.name,
            source_sha256=hashlib.sha256(self.source.raw).hexdigest(),
            curation_sha256=self.curation.sha256,
        )

    def _summits(self, blocks: list[BlockCut]) -> tuple[Summit, ...]:
        by_number = {b.spec.summit: b for b in blocks}
        unknown = set(by_number) - set(self.summit_facts)
        if unknown:
            raise CatalogueSourceError(f"gfmd-summits.csv lacks summit {min(unknown)}")
        return tuple(self._summit(n, by_number.get(n)) for n in sorted(self.summit_facts))

    def _summit(self, number: int, block: BlockCut | None) -> Summit:
        facts = self.summit_facts[number]
        intro, line = "", None
        corrections: tuple[Correction, ...] = ()
        flags: tuple[SourceFlag, ...] = ()
        if block is not None:
            line = block.spec.intro_line
            intro, corrections = self.errata.clean(line, "intro", block.intro)
            flags = self._flags_for((line,))
        return Summit(
            number=number,
            start=date.fromisoformat(facts["start"]),
            end=date.fromisoformat(facts["end"]),
            city=facts["city"],
            country=facts["country"],
            chair=facts["chair"],
            attribution=block.spec.attribution if block else None,
            evidence=block.spec.evidence if block else "",
            pfp_intro=intro,
            pfp_intro_verbatim=block.intro if block else "",
            pfp_intro_line=line,
            corrections=corrections,
            flags=flags,
        )

    def _initiatives(self, block: BlockCut) -> list[Initiative]:
        result = []
        for session in block.sessions:
            position = 0
            for entry in session.entries:
                if entry.title_line in self.excluded:
                    continue
                position += 1
                result.append(self._initiative(block, session, entry, position))
        return result

    def _spec_for(self, entry: RawEntry) -> InitiativeSpec:
        spec = self.specs.get(entry.title_line)
        if spec is None:
            raise CatalogueSourceError(
                f"the entry '{entry.title[:60]}' is not in the curation file: "
                "give it a stable id there",
                entry.title_line,
            )
        if spec.title != entry.title:
            raise CatalogueSourceError(
                f"curation expects the title '{spec.title[:60]}' ({spec.id}), "
                f"found '{entry.title[:60]}'",
                entry.title_line,
            )
        if (entry.partners is None) != (spec.no_partners is not None):
            expected = "no partners line" if spec.no_partners else "a partners line"
            raise CatalogueSourceError(
                f"curation expects {expected} after the title of {spec.id}", entry.title_line
            )
        return spec

    def _initiative(
        self, block: BlockCut, session: SessionCut, entry: RawEntry, position: int
    ) -> Initiative:
        spec = self._spec_for(entry)
        self.raw_by_id[spec.id] = entry
        fields, corrections = self._fields(entry)
        cleaned = {f.field: text for f, text in fields}
        partners: tuple[PartnerRef, ...] = ()
        if entry.partners is not None and entry.partners_line is not None:
            partners = self.partners.resolve(entry.partners_line, cleaned["partners"])
        lines = tuple(f.line for f, _ in fields)
        flags = self._flags_for(lines)
        if spec.no_partners:
            flags = (SourceFlag(entry.title_line, spec.no_partners), *flags)
        return Initiative(
            id=spec.id,
            title=cleaned["title"],
            summit_number=block.spec.summit,
            session_label=session.label,
            session_id=_session_id(session),
            position=position,
            partners=partners,
            policy_challenge=cleaned.get("policy_challenge", ""),
            solution=cleaned.get("solution", ""),
            gcm_objectives=self.tagger.gcm_for(spec.id),
            sdg_targets=self.tagger.sdg_for(spec.id),
            related=(),
            provenance=Provenance(
                source_name=self.source.name,
                fields=tuple(f for f, _ in fields),
                attribution=block.spec.attribution,
                attribution_evidence=block.spec.evidence,
                corrections=corrections,
                flags=flags,
            ),
        )

    def _fields(
        self, entry: RawEntry
    ) -> tuple[list[tuple[SourceField, str]], tuple[Correction, ...]]:
        raw = [SourceField("title", entry.title_line, entry.title)]
        if entry.partners is not None and entry.partners_line is not None:
            raw.append(SourceField("partners", entry.partners_line, entry.partners))
        raw += [SourceField(b.field, b.line, b.text) for b in entry.bullets]
        fields: list[tuple[SourceField, str]] = []
        corrections: list[Correction] = []
        for field in raw:
            text, applied = self.errata.clean(field.line, field.field, field.verbatim)
            fields.append((field, text))
            corrections += applied
        return fields, tuple(corrections)

    def _flags_for(self, lines: tuple[int, ...]) -> tuple[SourceFlag, ...]:
        found = [self.flags[line] for line in lines if line in self.flags]
        self.used_flags.update(f.line for f in found)
        return tuple(SourceFlag(f.line, f.note) for f in found)

    def _check_curation_fully_used(self, initiatives: list[Initiative]) -> None:
        found = {i.id for i in initiatives}
        for spec in self.curation.initiatives:
            if spec.id not in found:
                raise CatalogueSourceError(
                    f"curation expects the initiative {spec.id} ('{spec.title[:50]}') here, "
                    "but no entry starts on this line",
                    spec.line,
                )
        if len(found) != len(self.curation.initiatives):
            raise CatalogueSourceError("curation file: two initiatives share an id")
        self.errata.check_all_applied()
        for line in sorted(set(self.flags) - self.used_flags):
            raise CatalogueSourceError("a flag names a line that is not part of any field", line)
        for line in sorted(
            {p.line for p in self.curation.partner_lines} - self.partners.used_overrides
        ):
            raise CatalogueSourceError("a partner_line names a line that is no partners line", line)
        self.tagger.check_covers(found)

    def _excluded(self, sessions: list[SessionCut]) -> list[ExcludedEntry]:
        entries = {e.title_line: e for s in sessions for e in s.entries}
        result = []
        for spec in self.curation.excluded:
            entry = entries.get(spec.line)
            if entry is None or entry.title != spec.title:
                raise CatalogueSourceError("the excluded entry is no longer here", spec.line)
            original = self.raw_by_id.get(spec.duplicate_of)
            if original is None or not _same_body(entry, original):
                raise CatalogueSourceError(
                    f"this entry no longer duplicates {spec.duplicate_of}: review the curation",
                    spec.line,
                )
            result.append(ExcludedEntry(spec.line, spec.title, spec.duplicate_of, spec.reason))
        return result

    def _related_groups(self, known: set[str]) -> list[RelatedGroup]:
        groups = []
        for spec in self.curation.related:
            for initiative_id in spec.initiatives:
                if initiative_id not in known:
                    raise CatalogueSourceError(
                        f"curation file: related group '{spec.label}' names unknown "
                        f"initiative {initiative_id}"
                    )
            groups.append(RelatedGroup(spec.label, spec.reason, spec.initiatives))
        return groups

    def _partners(self) -> list[Partner]:
        return [
            Partner(p.name, p.kind, tuple(p.spellings), tuple(p.members), p.note)
            for p in sorted(self.curation.partners, key=lambda p: p.name.casefold())
        ]


def _same_body(a: RawEntry, b: RawEntry) -> bool:
    return a.partners == b.partners and [(x.field, x.text) for x in a.bullets] == [
        (x.field, x.text) for x in b.bullets
    ]


def _session_id(session: SessionCut) -> int:
    """Stable session ids: summit number and position, e.g. 141 for the 14th's Part 1."""
    return session.summit * 10 + session.position


def _session(cut: SessionCut) -> PfpSession:
    return PfpSession(
        _session_id(cut), cut.summit, cut.label, cut.position, cut.intro, cut.intro_line
    )


def _with_related(
    initiative: Initiative, groups: list[RelatedGroup], all_items: list[Initiative]
) -> Initiative:
    by_id = {i.id: i for i in all_items}
    links = tuple(
        RelatedLink(other, by_id[other].title, by_id[other].summit_number, group.label)
        for group in groups
        if initiative.id in group.initiative_ids
        for other in group.initiative_ids
        if other != initiative.id
    )
    return replace(initiative, related=links)
