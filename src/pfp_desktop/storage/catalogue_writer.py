"""Writing a CatalogueContents to a new SQLite file, atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from pfp_desktop.domain.models import CatalogueContents, Initiative, PfpSession, Summit
from pfp_desktop.storage import catalogue_schema as t
from pfp_desktop.storage.search_index import write_search_index


def write_catalogue(contents: CatalogueContents, path: Path) -> None:
    """Write ``contents`` to ``path``: built beside it, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".pfp-build-", suffix=".sqlite", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()
        _write(contents, temp)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _write(contents: CatalogueContents, path: Path) -> None:
    from pfp_desktop.storage.engines import writable_engine

    engine = writable_engine(path)
    try:
        t.CatalogueBase.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            for group in _row_groups(contents):
                session.add_all(list(group))
                session.flush()
        with engine.begin() as connection:
            write_search_index(connection, contents)
        with engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def _row_groups(c: CatalogueContents) -> Iterator[Iterator[t.CatalogueBase]]:
    """Rows in dependency order, each group flushed before the next."""
    yield _info_rows(c)
    yield (
        t.GcmObjectiveRow(number=o.number, short_label=o.short_label, title=o.title)
        for o in c.gcm_objectives
    )
    yield (t.GuidingPrincipleRow(number=p.number, label=p.label) for p in c.guiding_principles)
    yield (
        t.SdgTargetRow(target=s.target, relation=s.relation, wording=s.wording)
        for s in c.sdg_targets
    )
    yield (_summit_row(s) for s in c.summits)
    yield (_session_row(s) for s in c.sessions)
    yield (t.PartnerRow(name=p.name, kind=p.kind, note=p.note) for p in c.partners)
    yield _partner_rows(c)
    yield (_initiative_row(i) for i in c.initiatives)
    yield (row for i in c.initiatives for row in _initiative_detail_rows(i))
    yield _source_note_rows(c)
    yield (
        t.RelatedGroupRow(id=n, label=g.label, reason=g.reason) for n, g in enumerate(c.related, 1)
    )
    yield _related_rows(c)
    yield (
        t.ExcludedEntryRow(line=e.line, title=e.title, duplicate_of=e.duplicate_of, reason=e.reason)
        for e in c.excluded
    )


def _session_row(s: PfpSession) -> t.SessionRow:
    return t.SessionRow(
        id=s.id,
        summit_number=s.summit_number,
        label=s.label,
        position=s.position,
        intro=s.intro,
        intro_line=s.intro_line,
    )


def _info_rows(c: CatalogueContents) -> Iterator[t.InfoRow]:
    info = c.info
    values = {
        "version": info.version,
        "build_date": info.build_date,
        "source_name": info.source_name,
        "source_sha256": info.source_sha256,
        "curation_sha256": info.curation_sha256,
        "overview": c.overview,
    }
    return (t.InfoRow(key=k, value=v) for k, v in sorted(values.items()))


def _summit_row(s: Summit) -> t.SummitRow:
    return t.SummitRow(
        number=s.number,
        start=s.start.isoformat(),
        end=s.end.isoformat(),
        city=s.city,
        country=s.country,
        chair=s.chair,
        attribution=s.attribution,
        evidence=s.evidence,
        pfp_intro=s.pfp_intro,
        pfp_intro_raw=s.pfp_intro_verbatim,
        pfp_intro_line=s.pfp_intro_line,
    )


def _partner_rows(c: CatalogueContents) -> Iterator[t.CatalogueBase]:
    for p in c.partners:
        for spelling in p.spellings:
            yield t.PartnerSpellingRow(spelling=spelling, partner_name=p.name)
        for position, member in enumerate(p.members, 1):
            yield t.PartnerMemberRow(partner_name=p.name, position=position, member_name=member)


def _initiative_row(i: Initiative) -> t.InitiativeRow:
    return t.InitiativeRow(
        id=i.id,
        session_id=i.session_id,
        position=i.position,
        title=i.title,
        policy_challenge=i.policy_challenge,
        solution=i.solution,
    )


def _initiative_detail_rows(i: Initiative) -> Iterator[t.CatalogueBase]:
    for f in i.provenance.fields:
        yield t.SourceFieldRow(initiative_id=i.id, field=f.field, line=f.line, verbatim=f.verbatim)
    for position, p in enumerate(i.partners, 1):
        yield t.InitiativePartnerRow(
            initiative_id=i.id, position=position, partner_name=p.name, spelling=p.spelling
        )
    for position, g in enumerate(i.gcm_objectives, 1):
        yield t.InitiativeGcmRow(
            initiative_id=i.id, objective=int(g.code), position=position, reason=g.reason
        )
    for position, s in enumerate(i.sdg_targets, 1):
        yield t.InitiativeSdgRow(
            initiative_id=i.id, target=s.code, position=position, reason=s.reason
        )


def _source_note_rows(c: CatalogueContents) -> Iterator[t.CatalogueBase]:
    """Corrections and flags, once each, ordered by line (an initiative finds them by line)."""
    # dict.fromkeys: once each, keeping the order in which they were applied within a line.
    corrections = dict.fromkeys(
        [x for i in c.initiatives for x in i.provenance.corrections]
        + [x for s in c.summits for x in s.corrections]
    )
    flags = dict.fromkeys(
        [x for i in c.initiatives for x in i.provenance.flags]
        + [x for s in c.summits for x in s.flags]
    )
    for x in sorted(corrections, key=lambda x: x.line):
        yield t.CorrectionRow(
            line=x.line,
            field=x.field,
            original=x.original,
            corrected=x.corrected,
            reason=x.reason,
        )
    for f in sorted(flags, key=lambda f: f.line):
        yield t.FlagRow(line=f.line, note=f.note)


def _related_rows(c: CatalogueContents) -> Iterator[t.CatalogueBase]:
    for group_id, group in enumerate(c.related, 1):
        for position, initiative_id in enumerate(group.initiative_ids, 1):
            yield t.RelatedMemberRow(
                group_id=group_id, initiative_id=initiative_id, position=position
            )
