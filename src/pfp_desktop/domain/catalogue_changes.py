"""What changed between two catalogues, initiative by initiative (pure comparison)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pfp_desktop.domain.models import Initiative

# The fields a delegate reads; where a text sits in the source (provenance, position) is not
# news to them.
COMPARED_FIELDS = (
    "title",
    "summit_number",
    "session_label",
    "partners",
    "policy_challenge",
    "solution",
    "gcm_objectives",
    "sdg_targets",
    "related",
)


@dataclass(frozen=True)
class ChangedInitiative:
    id: str
    title: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class RemovedInitiative:
    id: str
    title: str
    had_personal_items: bool  # a note, star, tag or correction of the delegate's


@dataclass(frozen=True)
class CatalogueChanges:
    old_version: str
    new_version: str
    added: tuple[tuple[str, str], ...]  # (id, title), in the new catalogue's page order
    changed: tuple[ChangedInitiative, ...]
    removed: tuple[RemovedInitiative, ...]

    @property
    def empty(self) -> bool:
        """Whether nothing was added, changed or removed."""
        return not (self.added or self.changed or self.removed)


def compare(
    versions: tuple[str, str],
    old: Iterable[Initiative],
    new: Iterable[Initiative],
    personal_ids: set[str],
) -> CatalogueChanges:
    """The changes from ``old`` to ``new``; ``personal_ids``: initiatives the delegate wrote
    something about."""
    before = {item.id: item for item in old}
    after = list(new)
    after_ids = {item.id for item in after}
    changed = []
    for item in after:
        was = before.get(item.id)
        fields = tuple(f for f in COMPARED_FIELDS if was and getattr(was, f) != getattr(item, f))
        if fields:
            changed.append(ChangedInitiative(item.id, item.title, fields))
    removed = tuple(
        RemovedInitiative(i.id, i.title, i.id in personal_ids)
        for i in before.values()
        if i.id not in after_ids
    )
    added = tuple((i.id, i.title) for i in after if i.id not in before)
    return CatalogueChanges(*versions, added, tuple(changed), removed)
