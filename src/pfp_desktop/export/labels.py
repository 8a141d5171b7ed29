"""Every word the PDF prints that is not data, through the ``pfp`` gettext catalogue
(pfp_desktop.locale): ``label`` looks a key up in this table and translates it into the pack's
language, set around the whole export by ``writer.export_pack``.

Labels are plain text; the story escapes them like any other text.
"""

from __future__ import annotations

from collections.abc import Iterator

from pfp_desktop.domain.briefing_pack import BriefingPack
from pfp_desktop.domain.models import Summit, TaxonomyTag
from pfp_desktop.locale import N_, _, ngettext, summit_title
from pfp_desktop.locale import summit_dates as summit_dates
from pfp_desktop.locale import summit_place as summit_place

LABELS: dict[str, str] = {
    "platform": N_("GFMD Platform for Partnerships"),
    "pack_kind": N_("Briefing pack"),
    "default_title": N_("Platform for Partnerships briefing pack"),
    "meeting": N_("Meeting"),
    "delegate": N_("Delegate"),
    "date": N_("Date"),
    "initiatives": N_("Initiatives"),
    "catalogue": N_("Catalogue"),
    "catalogue_version": N_("version {version}, released {date}"),
    "footer_catalogue": N_("PfP catalogue {version}"),
    "prepared_with": N_(
        "Prepared with {creator} from the offline PfP catalogue. Personal notes are the "
        "delegate's own and are marked as such."
    ),
    "content_language": N_(
        "Initiative titles, policy challenges, solutions and SDG target wording are given as "
        "the GFMD published them, in English."
    ),
    "single_session": N_("PfP session"),
    "contents": N_("Contents"),
    "partner_index": N_("Index of partners"),
    "partner_index_intro": N_("Each partner with the pages of the initiatives it took part in."),
    "overview": N_("The catalogue at a glance"),
    "overview_intro": N_(
        "Initiatives of the whole catalogue by GCM objective (rows) and the summit that "
        "presented them (columns, by year). Darker cells hold more initiatives."
    ),
    "overview_untouched": N_(
        "No initiative in the catalogue is tagged with objectives {objectives}."
    ),
    "overview_all": N_("All"),
    "page_of": N_("Page {page} of {pages}"),
    "partners": N_("Partners"),
    "no_partners": N_("None listed in the source"),
    "no_partners_added": N_("None given"),
    "policy_challenge": N_("Policy challenge"),
    "solution": N_("Solution or approach"),
    "gcm_objectives": N_("GCM objectives"),
    "sdg_targets": N_("SDG targets"),
    "sdg_targets_english": N_("SDG targets (official wording in English)"),
    "related": N_("Related initiatives"),
    "not_in_pack": N_("not in this pack"),
    "personal_note": N_("Personal note"),
    "image": N_("image: {alt}"),
    "image_no_alt": N_("image"),
    "source": N_("Source: {name}"),
    "attribution_stated": N_("summit stated in the source"),
    "attribution_strong": N_("summit confirmed by an outside source"),
    "attribution_inferred": N_("summit inferred, not stated in the source"),
    "edited_locally": N_("edited locally by the delegate: {fields}"),
    "added_locally": N_("Added by the delegate on this computer: not from the GFMD catalogue"),
    "field_title": N_("title"),
    "field_policy_challenge": N_("policy challenge"),
    "field_solution": N_("solution"),
    "country": N_("country"),
    "organisation": N_("organisation"),
}


def label(key: str, **values: object) -> str:
    """The printed wording for ``key`` in the pack's language, ``{placeholders}`` filled in."""
    text = _(LABELS[key])
    return text.format(**values) if values else text


def corrections(count: int) -> str:
    """'1 correction', '3 corrections', in the pack's language."""
    text = ngettext("{count} correction", "{count} corrections", count)
    return text.format(count=count)


def summit_heading(summit: Summit | None, number: int) -> str:
    """'11th Summit · Marrakesh 2018', or '9th Summit' when the summit is not known."""
    return summit_title(number, summit)


def gcm_tags(pack: BriefingPack) -> Iterator[TaxonomyTag]:
    """Every GCM objective tag the pack prints."""
    for item in pack.initiatives:
        yield from item.gcm_objectives
