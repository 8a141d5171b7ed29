"""A partner's page: who it is, what it joins, what it sums up, and its initiatives.

Qt-free like the other pages. A joint name ("ICMPD/EU") links its members and each member's
page lists the joint initiative, marked as joint; curated relations show as "See also".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pfp_desktop.domain.models import InitiativeSummary, Partner, PartnerKind, Summit
from pfp_desktop.domain.partners import PartnerProfile
from pfp_desktop.locale import _
from pfp_desktop.ui.pages.page import (
    PageTheme,
    anchor,
    esc,
    heading,
    link,
    page,
    para,
    plural,
    section_label,
    span,
    text_paragraphs,
)
from pfp_desktop.ui.pages.parts import bullet_list, by_summit_html, summit_name


def _partner_link(name: str, theme: PageTheme, title: str = "") -> str:
    return anchor(link("partner", name), esc(name), theme.accent, title=title)


def _labelled_links(label: str, links: Sequence[str], theme: PageTheme) -> str:
    if not links:
        return ""
    return para(
        span(esc(_("{label}: ").format(label=label)), theme.muted) + ", ".join(links), bottom=4
    )


def _counted(href: str, label: str, count: int, theme: PageTheme) -> str:
    return anchor(href, esc(label), theme.accent) + span(esc(f" ({count})"), theme.muted)


def _identity(profile: PartnerProfile, theme: PageTheme) -> list[str]:
    partner = profile.partner
    kind = _("Country") if partner.kind is PartnerKind.COUNTRY else _("Organisation")
    parts = [heading(2, esc(partner.name), theme), para(span(esc(kind), theme.muted), bottom=10)]
    if partner.note:
        parts.append(text_paragraphs(partner.note, theme))
    if partner.spellings:
        also = _("Also written: {names}").format(names=", ".join(partner.spellings))
        parts.append(para(span(esc(also), theme.muted), bottom=4))
    members = [_partner_link(m, theme) for m in partner.members]
    parts.append(_labelled_links(_("Joint name of"), members, theme))
    joints = [_partner_link(j, theme) for j in profile.member_of]
    parts.append(_labelled_links(_("Also presents jointly as"), joints, theme))
    see_also = [_partner_link(r.related, theme, title=r.reason) for r in profile.see_also]
    parts.append(_labelled_links(_("See also (a distinct partner)"), see_also, theme))
    return parts


def _summary(profile: PartnerProfile, summits: Mapping[int, Summit], theme: PageTheme) -> str:
    rows = [
        (
            _("Summits"),
            [
                _counted(link("summit", n), summit_name(n, summits), c, theme)
                for n, c in profile.summits
            ],
        ),
        (
            _("GCM objectives"),
            [
                _counted(link("gcm", n), _("Objective {number}").format(number=n), c, theme)
                for n, c in profile.gcm_objectives
            ],
        ),
        (
            _("SDG targets"),
            [_counted(link("sdg", target), target, c, theme) for target, c in profile.sdg_targets],
        ),
        (
            _("Co-partners"),
            [_counted(link("partner", name), name, c, theme) for name, c in profile.co_partners],
        ),
    ]
    return "".join(_labelled_links(label, links, theme) for label, links in rows)


def partner_html(
    profile: PartnerProfile,
    initiatives: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
) -> str:
    """The page of one partner: kind, note, spellings, members, joint names, "see also", a
    summary (summits, themes, co-partners) and its initiatives by summit, joint ones marked."""
    joint = {i: _("joint, as {name}").format(name=name) for i, name in profile.joint_as}
    parts = _identity(profile, theme)
    label = plural(len(initiatives), "initiative")
    if joint:
        label += " " + _("({count} joint)").format(count=len(joint))
    if initiatives:
        parts.append(section_label(_("At a glance"), theme) + _summary(profile, summits, theme))
    parts.append(section_label(label, theme))
    parts.append(by_summit_html(initiatives, summits, theme, joint))
    return page(theme, parts)


def partner_group_html(
    title: str, partners: Sequence[tuple[Partner, int]], theme: PageTheme
) -> str:
    """A group of partners ('Countries'), each a link followed by its number of initiatives."""
    rows = "".join(
        f'<li style="margin-bottom:4px">'
        f"{anchor(link('partner', p.name), esc(p.name), theme.accent, underline=False)}"
        f"{span(esc(' · ' + plural(count, 'initiative')), theme.muted)}</li>"
        for p, count in partners
    )
    parts = [
        heading(2, esc(title), theme),
        para(span(esc(plural(len(partners), "partner")), theme.muted), bottom=10),
        bullet_list(rows, bottom=8),
    ]
    return page(theme, parts)
