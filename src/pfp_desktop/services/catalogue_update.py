"""After a newer catalogue: what a delegate wrote that no longer fits it. Nothing is deleted
unless the delegate says so."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, IssueKind, UpdateIssue
from pfp_desktop.services.catalogue_service import CatalogueService, NotFoundError
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage import user_schema as u


def find_update_issues(user: UserData, catalogue: CatalogueService) -> list[UpdateIssue]:
    """Personal items keyed to initiatives that vanished, and corrections the catalogue overtook."""
    issues: list[UpdateIssue] = []
    with user.sessions() as session:
        referenced = _referenced_initiatives(session)
    known = {s.id for s in catalogue.summaries_of(referenced)}  # only what the delegate used
    with user.sessions() as session:
        for what, table in (("note", u.NoteRow), ("star", u.StarRow), ("tags", u.TagRow)):
            query = select(table.target_key).where(table.target_kind == "initiative").distinct()
            issues += [
                UpdateIssue(IssueKind.MISSING, key, what, "")
                for key in session.scalars(query)
                if _missing(key, known)
            ]
        overrides = list(session.scalars(select(u.OverrideRow)))
    for row in overrides:
        if _missing(row.initiative_id, known):
            issues.append(UpdateIssue(IssueKind.MISSING, row.initiative_id, row.field, ""))
            continue
        current = _catalogue_value(catalogue, row.initiative_id, row.field)
        if current is not None and current != row.catalogue_value:
            issues.append(UpdateIssue(IssueKind.CHANGED, row.initiative_id, row.field, current))
    return issues


def keep(user: UserData, issue: UpdateIssue) -> None:
    """Keep the item. A correction the catalogue changed is re-based on the new text."""
    if issue.kind is IssueKind.CHANGED:
        with writing(user.sessions) as session:
            row = session.get(u.OverrideRow, (issue.initiative_id, issue.what))
            if row is not None:
                row.catalogue_value = issue.detail


def drop(user: UserData, issue: UpdateIssue) -> None:
    """Delete the item the issue is about (the delegate chose to)."""
    tables: dict[str, type[u.NoteRow] | type[u.StarRow] | type[u.TagRow]] = {
        "note": u.NoteRow,
        "star": u.StarRow,
        "tags": u.TagRow,
    }
    with writing(user.sessions) as session:
        table = tables.get(issue.what)
        if table is not None:
            mine = (table.target_kind == "initiative") & (table.target_key == issue.initiative_id)
            session.execute(delete(table).where(mine))
        else:
            row = session.get(u.OverrideRow, (issue.initiative_id, issue.what))
            if row is not None:
                session.delete(row)


def initiatives_with_personal_items(user: UserData) -> set[str]:
    """Ids of the initiatives the delegate wrote a note, star, tag or correction about."""
    with user.sessions() as session:
        return _referenced_initiatives(session)


def _referenced_initiatives(session: Session) -> set[str]:
    keys: set[str] = set()
    for table in (u.NoteRow, u.StarRow, u.TagRow):
        keys |= set(
            session.scalars(select(table.target_key).where(table.target_kind == "initiative"))
        )
    return keys | set(session.scalars(select(u.OverrideRow.initiative_id)))


def _missing(key: str, known: set[str]) -> bool:
    return key not in known and not key.startswith(LOCAL_ID_PREFIX)


def _catalogue_value(catalogue: CatalogueService, initiative_id: str, field: str) -> str | None:
    try:
        item = catalogue.initiative(initiative_id)
    except NotFoundError:
        return None
    value = getattr(item, field, None)
    return value if isinstance(value, str) else None
