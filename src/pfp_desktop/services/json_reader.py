"""The JSON of `pfp summits --json` and `pfp show ID --json`, read with the standard library's
sqlite3 alone, the delegate's part of `show` too (from a notes database at the newest schema;
any other goes through services/user_data.py, which migrates or recovers it).

A script that asks for one record should not wait for SQLAlchemy's ORM to import (~300 ms, 20
times the read itself), so these two commands read the rows here, in the shape of
services/json_views.py, and nothing else does. The ORM path stays the reference:
tests/services/test_json_reader.py shows both give the same JSON, record by record, on the
shipped catalogue and on a synthetic one. The connection comes from the catalogue check
(storage/catalogue_check.open_checked), like every other way of opening a catalogue.
"""

from __future__ import annotations

import sqlite3
from typing import Any

_SUMMITS = """
SELECT s.number, s.start, s."end", s.city, s.country, s.chair, s.attribution, s.evidence,
       (SELECT count(*) FROM initiatives i JOIN sessions se ON i.session_id = se.id
        WHERE se.summit_number = s.number)
FROM summits s ORDER BY s.number
"""
_INITIATIVE = """
SELECT i.id, i.title, se.summit_number, se.label, i.policy_challenge, i.solution,
       m.attribution, m.evidence
FROM initiatives i JOIN sessions se ON i.session_id = se.id
JOIN summits m ON se.summit_number = m.number
WHERE i.id = ?
"""
_PARTNERS = """
SELECT p.partner_name, k.kind, p.spelling FROM initiative_partners p
JOIN partners k ON k.name = p.partner_name WHERE p.initiative_id = ? ORDER BY p.position
"""
_GCM = """
SELECT g.objective, o.short_label, g.reason FROM initiative_gcm_objectives g
JOIN gcm_objectives o ON o.number = g.objective WHERE g.initiative_id = ? ORDER BY g.position
"""
_SDG = """
SELECT g.target, t.wording, g.reason FROM initiative_sdg_targets g
JOIN sdg_targets t ON t.target = g.target WHERE g.initiative_id = ? ORDER BY g.position
"""
_RELATED = """
SELECT m.group_id, m.initiative_id, i.title, se.summit_number, g.label
FROM related_members m JOIN related_groups g ON m.group_id = g.id
JOIN initiatives i ON m.initiative_id = i.id JOIN sessions se ON i.session_id = se.id
WHERE m.group_id IN (SELECT group_id FROM related_members WHERE initiative_id = ?)
ORDER BY m.group_id, m.position
"""
_FIELDS = "SELECT field, line, verbatim FROM source_fields WHERE initiative_id = ? ORDER BY line"
_CORRECTIONS = (
    "SELECT line, field, original, corrected, reason FROM corrections WHERE line = ? ORDER BY id"
)
_FLAGS = "SELECT line, note FROM source_flags WHERE line = ? ORDER BY id"


def summits_json(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every summit, oldest first, as json_views.summit_json writes it."""
    return [
        {
            "number": number,
            "start": start,
            "end": end,
            "city": city,
            "country": country,
            "chair": chair,
            "attribution": attribution or None,
            "attribution_evidence": evidence,
            "initiatives": count,
        }
        for number, start, end, city, country, chair, attribution, evidence, count in (
            connection.execute(_SUMMITS)
        )
    ]


def initiative_json(connection: sqlite3.Connection, initiative_id: str) -> dict[str, Any] | None:
    """One initiative as json_views.initiative_json writes it; None if there is none."""
    row = connection.execute(_INITIATIVE, (initiative_id,)).fetchone()
    if row is None:
        return None
    item_id, title, summit, session, challenge, solution, attribution, evidence = row
    rows = connection.execute
    return {
        "id": item_id,
        "title": title,
        "summit": summit,
        "session": session,
        "partners": [
            {"name": name, "kind": kind, "as_written": spelling}
            for name, kind, spelling in rows(_PARTNERS, (item_id,))
        ],
        "policy_challenge": challenge,
        "solution": solution,
        "gcm_objectives": [
            {"number": number, "label": label, "reason": reason}
            for number, label, reason in rows(_GCM, (item_id,))
        ],
        "sdg_targets": [
            {"target": target, "wording": wording, "reason": reason}
            for target, wording, reason in rows(_SDG, (item_id,))
        ],
        "related": _related(connection, item_id),
        "provenance": _provenance(connection, item_id, attribution or "inferred", evidence),
    }


def _related(connection: sqlite3.Connection, item_id: str) -> list[dict[str, Any]]:
    """The other members of each related group the initiative is in, group by group."""
    return [
        {"id": other, "title": title, "summit": summit, "group": label}
        for _group, other, title, summit, label in connection.execute(_RELATED, (item_id,))
        if other != item_id
    ]


def _provenance(
    connection: sqlite3.Connection, item_id: str, attribution: str, evidence: str
) -> dict[str, Any]:
    fields = connection.execute(_FIELDS, (item_id,)).fetchall()
    lines = [line for _field, line, _verbatim in fields]
    corrections = [c for line in lines for c in connection.execute(_CORRECTIONS, (line,))]
    flags = [f for line in lines for f in connection.execute(_FLAGS, (line,))]
    source = connection.execute("SELECT value FROM catalogue_info WHERE key = 'source_name'")
    return {
        "source": (source.fetchone() or ("",))[0] or "",
        "lines": sorted(set(lines)),
        "attribution": attribution,
        "attribution_evidence": evidence,
        "verbatim": {field: verbatim for field, _line, verbatim in fields},
        "corrections": [
            {"line": line, "field": field, "original": old, "corrected": new, "reason": why}
            for line, field, old, new, why in corrections
        ],
        "flags": [{"line": line, "note": note} for line, note in flags],
    }


_NOTE = "SELECT text, updated_at FROM notes WHERE target_kind = ? AND target_key = ?"
_STAR = "SELECT 1 FROM stars WHERE target_kind = ? AND target_key = ?"
_TAGS = "SELECT tag FROM tags WHERE target_kind = ? AND target_key = ? ORDER BY tag"
_OVERRIDES = """
SELECT field, value, catalogue_value, updated_at FROM overrides WHERE initiative_id = ?
ORDER BY field
"""


def personal_json(user_db: sqlite3.Connection, initiative_id: str) -> dict[str, Any]:
    """The delegate's part of an initiative, as services/personal.Personal.initiative_json
    writes it, from a connection on the notes database."""
    target = ("initiative", initiative_id)
    note = user_db.execute(_NOTE, target).fetchone()
    tags = [tag for (tag,) in user_db.execute(_TAGS, target)]
    return {
        "note": note[0] if note else "",
        "note_updated_at": note[1] if note else None,
        "overrides": [
            {"field": field, "value": value, "catalogue_value": before, "updated_at": when}
            for field, value, before, when in user_db.execute(_OVERRIDES, (initiative_id,))
        ],
        "starred": user_db.execute(_STAR, target).fetchone() is not None,
        "tags": sorted(tags, key=str.casefold),
    }
