"""Every word the PDF prints that is not data: one small catalogue, so French and Spanish packs
can follow by adding a table, and the summit wording used on the page.

Labels are plain text; the story escapes them like any other text.
"""

from __future__ import annotations

from pfp_desktop.domain.models import Summit
from pfp_desktop.domain.text import summit_ordinal

ENGLISH: dict[str, str] = {
    "platform": "GFMD Platform for Partnerships",
    "pack_kind": "Briefing pack",
    "meeting": "Meeting",
    "delegate": "Delegate",
    "date": "Date",
    "initiatives": "Initiatives",
    "catalogue": "Catalogue",
    "catalogue_version": "version {version}, released {date}",
    "prepared_with": "Prepared with {creator} from the offline PfP catalogue. Personal notes are "
    "the delegate's own and are marked as such.",
    "contents": "Contents",
    "partner_index": "Index of partners",
    "partner_index_intro": "Each partner with the pages of the initiatives it took part in.",
    "overview": "The catalogue at a glance",
    "overview_intro": "Initiatives of the whole catalogue by GCM objective (rows) and the summit "
    "that presented them (columns, by year). Darker cells hold more initiatives.",
    "overview_untouched": "No initiative in the catalogue is tagged with objectives {objectives}.",
    "overview_all": "All",
    "page_of": "Page {page} of {pages}",
    "partners": "Partners",
    "no_partners": "None listed in the source",
    "no_partners_added": "None given",
    "policy_challenge": "Policy challenge",
    "solution": "Solution or approach",
    "gcm_objectives": "GCM objectives",
    "sdg_targets": "SDG targets",
    "related": "Related initiatives",
    "not_in_pack": "not in this pack",
    "personal_note": "Personal note",
    "image": "image: {alt}",
    "image_no_alt": "image",
    "source": "Source: {name}",
    "attribution_stated": "summit stated in the source",
    "attribution_strong": "summit confirmed by an outside source",
    "attribution_inferred": "summit inferred, not stated in the source",
    "edited_locally": "edited locally by the delegate: {fields}",
    "added_locally": "Added by the delegate on this computer: not from the GFMD catalogue",
    "field_title": "title",
    "field_policy_challenge": "policy challenge",
    "field_solution": "solution",
    "correction": "1 correction",
    "corrections": "{count} corrections",
    "country": "country",
    "organisation": "organisation",
}


def label(key: str, **values: object) -> str:
    """The printed wording for ``key``, with ``{placeholders}`` filled in from ``values``."""
    text = ENGLISH[key]
    return text.format(**values) if values else text


def summit_heading(summit: Summit | None, number: int) -> str:
    """'11th Summit · Marrakesh 2018', or '9th Summit' when the summit is not known."""
    return summit.title if summit else f"{summit_ordinal(number)} Summit"


def summit_dates(summit: Summit) -> str:
    """'5–7 December 2018', '29 November – 2 December 2011' (plain text)."""
    return summit.dates


def summit_place(summit: Summit) -> str:
    """'Marrakesh, Morocco', or 'Online, hosted by United Arab Emirates' (plain text)."""
    return summit.place
