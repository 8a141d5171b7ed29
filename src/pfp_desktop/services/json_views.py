"""The stable JSON form of domain objects (documented in the README; change only additively)."""

from __future__ import annotations

from typing import Any

from pfp_desktop.domain.models import Initiative, Partner, Provenance, Summit
from pfp_desktop.domain.personal import LocalInitiative


def initiative_json(item: Initiative) -> dict[str, Any]:
    """The stable JSON form of an initiative (``--json`` output)."""
    return {
        "id": item.id,
        "title": item.title,
        "summit": item.summit_number,
        "session": item.session_label,
        "partners": [
            {"name": p.name, "kind": p.kind.value, "as_written": p.spelling} for p in item.partners
        ],
        "policy_challenge": item.policy_challenge,
        "solution": item.solution,
        "gcm_objectives": [
            {"number": int(t.code), "label": t.label, "reason": t.reason}
            for t in item.gcm_objectives
        ],
        "sdg_targets": [
            {"target": t.code, "wording": t.label, "reason": t.reason} for t in item.sdg_targets
        ],
        "related": [
            {
                "id": r.initiative_id,
                "title": r.title,
                "summit": r.summit_number,
                "group": r.group_label,
            }
            for r in item.related
        ],
        "provenance": provenance_json(item.provenance),
    }


def provenance_json(p: Provenance) -> dict[str, Any]:
    """The stable JSON form of where a record came from in the source."""
    return {
        "source": p.source_name,
        "lines": list(p.lines),
        "attribution": p.attribution.value,
        "attribution_evidence": p.attribution_evidence,
        "verbatim": {f.field: f.verbatim for f in p.fields},
        "corrections": [
            {
                "line": c.line,
                "field": c.field,
                "original": c.original,
                "corrected": c.corrected,
                "reason": c.reason,
            }
            for c in p.corrections
        ],
        "flags": [{"line": f.line, "note": f.note} for f in p.flags],
    }


def summit_json(summit: Summit, initiative_count: int) -> dict[str, Any]:
    """The stable JSON form of a summit, with its number of initiatives."""
    return {
        "number": summit.number,
        "start": summit.start.isoformat(),
        "end": summit.end.isoformat(),
        "city": summit.city,
        "country": summit.country,
        "chair": summit.chair,
        "attribution": summit.attribution.value if summit.attribution else None,
        "attribution_evidence": summit.evidence,
        "initiatives": initiative_count,
    }


def partner_json(partner: Partner) -> dict[str, Any]:
    """The stable JSON form of a partner organisation."""
    return {
        "name": partner.name,
        "kind": partner.kind.value,
        "spellings": list(partner.spellings),
        "members": list(partner.members),
        "note": partner.note,
    }


def added_initiative_json(item: LocalInitiative, summit_title: str, session: str) -> dict[str, Any]:
    """The JSON form of an initiative the delegate added, in the keys of initiative_json where
    they mean the same (``summit_title``: the catalogue's or the delegate's own summit)."""
    return {
        "id": item.id,
        "title": item.title,
        "summit": item.summit_number,
        "summit_title": summit_title,
        "session": session,
        "partners": [{"name": name} for name in item.partners],
        "policy_challenge": item.policy_challenge,
        "solution": item.solution,
        "added": {"created_at": item.created_at, "updated_at": item.updated_at},
    }
