"""The detail pane's pages: what a delegate reads, safely escaped, parsed by Qt as rich text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from pfp_desktop.domain.models import (
    CatalogueInfo,
    GcmObjective,
    Initiative,
    InitiativeSummary,
    Partner,
    PartnerRef,
    PfpSession,
    SdgTarget,
    SourceFlag,
    Summit,
)
from pfp_desktop.domain.partners import PartnerProfile
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.partners import partner_profile
from pfp_desktop.ui.pages.catalogue import (
    DARK_THEME,
    LIGHT_THEME,
    PageTheme,
    gcm_html,
    initiative_html,
    link,
    parse_link,
    sdg_html,
    session_html,
    summit_dates,
    summit_html,
    summit_title,
    welcome_html,
)
from pfp_desktop.ui.pages.partner import partner_group_html, partner_html
from tests.conftest import DATA


@dataclass(frozen=True)
class Shipped:
    """Everything the pages need, read once from the shipped catalogue."""

    info: CatalogueInfo
    overview: str
    summits: dict[int, Summit]
    sessions: list[PfpSession]
    initiatives: dict[str, Initiative]
    partners: dict[str, Partner]
    gcm: dict[int, GcmObjective]
    sdg: dict[str, SdgTarget]
    profiles: dict[str, PartnerProfile]

    def summaries(self) -> list[InitiativeSummary]:
        return [
            InitiativeSummary(i.id, i.title, i.summit_number, i.session_label)
            for i in self.initiatives.values()
        ]

    def of_summit(self, number: int) -> list[InitiativeSummary]:
        return [s for s in self.summaries() if s.summit_number == number]

    def of_partner(self, name: str) -> list[InitiativeSummary]:
        ids = {i.id for i in self.initiatives.values() if any(p.name == name for p in i.partners)}
        return [s for s in self.summaries() if s.id in ids]

    def of_gcm(self, number: int) -> list[InitiativeSummary]:
        ids = {
            i.id
            for i in self.initiatives.values()
            if any(t.code == str(number) for t in i.gcm_objectives)
        }
        return [s for s in self.summaries() if s.id in ids]


@pytest.fixture(scope="module")
def shipped() -> Iterator[Shipped]:
    service = CatalogueService(DATA / "pfp.sqlite")
    yield Shipped(
        info=service.info(),
        overview=service.overview(),
        summits={s.number: s for s in service.summits()},
        sessions=service.sessions(),
        initiatives={i.id: i for i in service.initiatives()},
        partners={p.name: p for p in service.partners()},
        gcm={o.number: o for o in service.gcm_objectives()},
        sdg={t.target: t for t in service.sdg_targets()},
        profiles={p.name: partner_profile(service, p.name) for p in service.partners()},
    )
    service.close()


def page_of(shipped: Shipped, initiative_id: str, show_originals: bool = False) -> str:
    item = shipped.initiatives[initiative_id]
    return initiative_html(item, shipped.summits, LIGHT_THEME, show_originals)


def plain_text(qapp: QApplication, page: str) -> str:
    """What a person sees: the page as Qt lays it out, markup gone."""
    document = QTextDocument()
    document.setHtml(page)
    return document.toPlainText()


# -- the initiative page ---------------------------------------------------------------------


def test_an_initiative_page_shows_its_content_and_links(shipped: Shipped) -> None:
    page = page_of(shipped, "eu-diaspora-facility")
    assert "<h2" in page and "EU Diaspora Facility" in page
    assert 'href="pfp:partner/France"' in page
    assert 'href="pfp:partner/ICMPD%2FEU"' in page
    assert 'href="pfp:summit/12"' in page and "12th Summit · Quito 2020" in page
    assert "20–24 January 2020" in page
    assert "Policy challenge" in page and "Solution or approach" in page
    assert 'href="pfp:gcm/19"' in page and "GCM 19 · Migrant and diaspora contributions" in page
    assert 'href="pfp:sdg/17.17"' in page and "SDG 17.17" in page
    assert "Source: gfmd-pfp-sessions.txt · 1 correction" in page  # one quiet line
    full = page_of(shipped, "eu-diaspora-facility", show_originals=True)
    assert "Source: gfmd-pfp-sessions.txt, lines 30, 32, 34, 35." in full


def test_a_badge_explains_itself_in_its_tooltip(shipped: Shipped) -> None:
    page = page_of(shipped, "eu-diaspora-facility")
    gcm = re.search(r'<a href="pfp:gcm/19" title="([^"]*)"', page)
    sdg = re.search(r'<a href="pfp:sdg/17.17" title="([^"]*)"', page)
    assert gcm and gcm.group(1).startswith("Helps origin governments")
    assert sdg and sdg.group(1).startswith("Encourage and promote effective public")


def test_an_inferred_attribution_is_a_badge_whose_tooltip_gives_the_reasoning(
    qapp: QApplication, shipped: Shipped
) -> None:
    page = page_of(shipped, "eu-diaspora-facility")
    badge = re.search(
        r'<span title="([^"]*)"><span style="color:([^;]*);[^>]*>&nbsp;(.*?)&nbsp;', page
    )
    assert badge is not None
    tip, colour, text = badge.groups()
    assert text == "summit inferred" and colour == LIGHT_THEME.warning
    assert tip.startswith("Our best reading of the source, not stated in it. Sits between")
    shown = plain_text(qapp, page)
    assert "Sits between" not in shown  # the reasoning no longer opens the page
    assert shown.index("summit inferred") < shown.index("Policy challenge")
    full = page_of(shipped, "eu-diaspora-facility", show_originals=True)
    assert f'<span style="color:{LIGHT_THEME.warning}">Attribution inferred: Sits between' in full


@pytest.mark.parametrize(
    ("attribution", "badge", "sentence"),
    [
        ("stated", "summit stated", "Summit named in the source."),
        ("strong", "summit confirmed", "confirmed by an outside source"),
    ],
)
def test_stated_and_strong_attributions_are_named(
    shipped: Shipped, attribution: str, badge: str, sentence: str
) -> None:
    item = next(i for i in shipped.initiatives.values() if i.provenance.attribution == attribution)
    page = page_of(shipped, item.id)
    assert f"&nbsp;{badge}&nbsp;" in page and sentence not in page
    full = page_of(shipped, item.id, show_originals=True)
    assert sentence in full and "Attribution inferred" not in full


def test_the_original_text_shows_only_when_asked(shipped: Shipped) -> None:
    hidden = page_of(shipped, "eu-diaspora-facility")
    shown = page_of(shipped, "eu-diaspora-facility", show_originals=True)
    assert "1 correction" in hidden and 'href="pfp:originals/show"' in hidden
    assert "TThe" not in hidden and "1 correction applied" in shown
    assert "line 34: ‘TThe dialogue’ → ‘The dialogue’ — Doubled letter." in shown
    assert 'href="pfp:originals/hide"' in shown


def test_flags_are_shown_in_the_warning_colour(shipped: Shipped) -> None:
    item = next(i for i in shipped.initiatives.values() if i.provenance.flags)
    flag = item.provenance.flags[0]
    assert "note on the text" in page_of(shipped, item.id)
    page = page_of(shipped, item.id, show_originals=True)
    assert f'<span style="color:{LIGHT_THEME.warning}">Note on line {flag.line}: ' in page


def test_an_initiative_without_partners_says_so(shipped: Shipped) -> None:
    item = next(i for i in shipped.initiatives.values() if not i.partners)
    assert "No partners listed in the source." in page_of(shipped, item.id)


def test_the_session_is_named_only_where_a_summit_had_several(shipped: Shipped) -> None:
    part = page_of(shipped, "rising-nations-climate-mobility")
    single = page_of(shipped, "eu-diaspora-facility")
    assert "Part 1" in part
    assert "PfP session" not in single


def test_related_initiatives_name_their_summit(shipped: Shipped) -> None:
    item = next(i for i in shipped.initiatives.values() if i.related)
    page = page_of(shipped, item.id)
    other = item.related[0]
    assert "Related at other summits" in page
    assert f'href="pfp:initiative/{other.initiative_id}"' in page
    assert f" — {summit_title(shipped.summits[other.summit_number])}" in page


# -- escaping and links ----------------------------------------------------------------------


def test_markup_in_data_is_shown_literally(shipped: Shipped) -> None:
    item = dataclasses.replace(
        shipped.initiatives["eu-diaspora-facility"],
        title="<script>alert(1)</script> for R&D",
        partners=(PartnerRef('AT&T; "Quote" <b>', shipped.partners["France"].kind, "AT&T"),),
        policy_challenge="First <i>paragraph</i>.\n\nSecond & last.",
    )
    page = initiative_html(item, shipped.summits, LIGHT_THEME)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; for R&amp;D" in page
    assert "<script" not in page and "<b>" not in page and "<i>" not in page
    assert "AT&amp;T; &quot;Quote&quot; &lt;b&gt;" in page
    assert 'href="pfp:partner/AT%26T%3B%20%22Quote%22%20%3Cb%3E"' in page
    assert "First &lt;i&gt;paragraph&lt;/i&gt;.</span></p>" in page


def test_escaped_data_reads_back_exactly(qapp: QApplication, shipped: Shipped) -> None:
    title = '<script>alert("x")</script> R&D AT&T;'
    item = dataclasses.replace(shipped.initiatives["eu-diaspora-facility"], title=title)
    assert title in plain_text(qapp, initiative_html(item, shipped.summits, LIGHT_THEME))


@pytest.mark.parametrize(
    "name", ["Bosnia and Herzegovina", "ICMPD/EU", "Côte d'Ivoire", "100% & more", "10.c"]
)
def test_a_link_leads_back_to_its_key(name: str) -> None:
    url = link("partner", name)
    assert parse_link(url) == ("partner", name)
    # The detail view reads the clicked link through QUrl.toString(), which decodes some of it.
    assert parse_link(QUrl(url).toString()) == ("partner", name)
    assert parse_link(QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)) == (
        "partner",
        name,
    )


def test_a_number_key_links_as_text() -> None:
    assert link("summit", 11) == "pfp:summit/11"
    assert parse_link("pfp:summit/11") == ("summit", "11")


@pytest.mark.parametrize(
    "url", ["https://example.org", "http://pfp/partner/x", "mailto:a@b.c", "pfp:", "pfp:partner"]
)
def test_other_urls_are_not_ours(url: str) -> None:
    assert parse_link(url) is None


def test_no_page_refers_to_anything_outside_the_app(shipped: Shipped) -> None:
    pages = [
        initiative_html(item, shipped.summits, theme, show)
        for item in shipped.initiatives.values()
        for theme in (LIGHT_THEME, DARK_THEME)
        for show in (False, True)
    ]
    assert len(shipped.initiatives) == 48
    for page in pages:
        assert "http" not in page
        assert "<img" not in page and "<link" not in page and "url(" not in page
        assert all(href.startswith("pfp:") for href in re.findall(r'href="([^"]*)"', page))


# -- dates and titles ------------------------------------------------------------------------


def test_summit_titles_and_dates(shipped: Shipped) -> None:
    assert summit_title(shipped.summits[11]) == "11th Summit · Marrakesh 2018"
    assert summit_dates(shipped.summits[11]) == "5–7 December 2018"
    assert summit_dates(shipped.summits[10]) == "28–30 June 2017"
    assert summit_dates(shipped.summits[5]) == "29 November – 2 December 2011"


def test_a_summit_across_new_year_names_both_years(shipped: Shipped) -> None:
    summit = dataclasses.replace(
        shipped.summits[11], start=date(2019, 12, 30), end=date(2020, 1, 2)
    )
    assert summit_dates(summit) == "30 December 2019 – 2 January 2020"
    assert summit_dates(dataclasses.replace(summit, end=summit.start)) == "30 December 2019"


# -- summit, session, partner, taxonomy, welcome ---------------------------------------------


def test_a_summit_page_groups_its_initiatives_by_session(shipped: Shipped) -> None:
    page = summit_html(shipped.summits[14], shipped.sessions, shipped.of_summit(14), LIGHT_THEME)
    assert "14th Summit · Geneva 2024" in page and "Chair: France (GFMD 2022-2023)" in page
    assert "Summit named in the source." in page
    assert page.index(">Part 1</h3>") < page.index(">Part 2</h3>")
    assert "4 initiatives presented" in page
    assert page.count('href="pfp:initiative/') == 4
    assert "Selected proponents present groundbreaking" in page


def test_a_single_session_summit_has_no_session_headings(shipped: Shipped) -> None:
    page = summit_html(shipped.summits[12], shipped.sessions, shipped.of_summit(12), LIGHT_THEME)
    assert "<h3" not in page
    assert "Attribution inferred: Sits between the 14th and 11th blocks" in page


def test_a_summit_without_a_pfp_block_says_so(shipped: Shipped) -> None:
    page = summit_html(shipped.summits[13], shipped.sessions, [], LIGHT_THEME)
    assert "The catalogue holds no PfP session for this summit." in page
    assert "18–26 January 2021" in page


def test_a_session_page_holds_only_its_initiatives(shipped: Shipped) -> None:
    session = next(s for s in shipped.sessions if s.summit_number == 14 and s.label == "Part 2")
    items = shipped.of_summit(14)
    page = session_html(session, shipped.summits[14], items, LIGHT_THEME)
    assert "14th Summit · Geneva 2024 — Part 2" in page
    assert 'href="pfp:summit/14"' in page
    part2 = [i for i in items if i.session_label == "Part 2"]
    assert page.count('href="pfp:initiative/') == len(part2) == 2


def test_a_partner_page_lists_its_initiatives_newest_summit_first(shipped: Shipped) -> None:
    items = shipped.of_partner("IOM")
    page = partner_html(shipped.profiles["IOM"], items, shipped.summits, LIGHT_THEME)
    assert "International Organization for Migration." in page and "Organisation" in page
    assert f"{len(items)} initiatives" in page
    newest, oldest = max(i.summit_number for i in items), min(i.summit_number for i in items)
    assert page.index(f'href="pfp:summit/{newest}"') < page.index(f'href="pfp:summit/{oldest}"')
    assert page.count('href="pfp:initiative/') == len(items)


def test_a_partner_page_shows_spellings_and_members(shipped: Shipped) -> None:
    joint = partner_html(shipped.profiles["ICMPD/EU"], [], shipped.summits, LIGHT_THEME)
    spelt = shipped.profiles["OECD Development Centre"]
    assert "Joint name of: " in joint
    assert 'href="pfp:partner/ICMPD"' in joint
    assert 'href="pfp:partner/European%20Union"' in joint
    assert "Also written: OECD Development Center" in partner_html(
        spelt, [], shipped.summits, LIGHT_THEME
    )


def test_a_gcm_page_quotes_the_objective_and_lists_what_is_tagged(shipped: Shipped) -> None:
    items = shipped.of_gcm(19)
    page = gcm_html(shipped.gcm[19], items, shipped.summits, LIGHT_THEME)
    assert "GCM objective 19" in page and "Migrant and diaspora contributions" in page
    assert "Create conditions for migrants and diasporas" in page
    assert page.count('href="pfp:initiative/') == len(items) > 0
    empty = gcm_html(shipped.gcm[19], [], shipped.summits, LIGHT_THEME)
    assert "No initiative in the catalogue is tagged with this objective." in empty


def test_an_sdg_page_names_its_relation_to_migration(shipped: Shipped) -> None:
    page = sdg_html(shipped.sdg["10.c"], [], shipped.summits, LIGHT_THEME)
    assert "SDG target 10.c" in page and "Directly migration-related" in page
    assert "No initiative in the catalogue is tagged with this target." in page
    secondary = sdg_html(shipped.sdg["1.3"], [], shipped.summits, LIGHT_THEME)
    assert "Related to migration" in secondary


def test_a_partner_group_links_each_partner_with_its_count(shipped: Shipped) -> None:
    group = [(shipped.partners["Bosnia and Herzegovina"], 1), (shipped.partners["France"], 3)]
    page = partner_group_html("Countries", group, LIGHT_THEME)
    assert "Countries" in page and "2 partners" in page
    assert 'href="pfp:partner/Bosnia%20and%20Herzegovina"' in page
    assert "1 initiative<" in page and "3 initiatives" in page


def test_the_welcome_page_says_what_the_catalogue_holds(shipped: Shipped) -> None:
    counts = {"initiatives": 48, "summits": 10, "partners": 52}
    page = welcome_html(shipped.info, shipped.overview, counts, LIGHT_THEME)
    assert "PfP Desktop" in page and "was established in 2010" in page
    assert "48 initiatives · 10 summits · 52 partners" in page
    assert f"Catalogue {shipped.info.version}, built {shipped.info.build_date}" in page
    assert "Choose an item in the tree on the left." in page


# -- Qt parses every page --------------------------------------------------------------------


def test_every_page_kind_is_parsed_as_rich_text(qapp: QApplication, shipped: Shipped) -> None:
    summits = shipped.summits
    session = next(s for s in shipped.sessions if s.summit_number == 14)
    counts = {"initiatives": 48}
    pages = {
        "EU Diaspora Facility": page_of(shipped, "eu-diaspora-facility", True),
        "14th Summit · Geneva 2024": summit_html(
            summits[14], shipped.sessions, shipped.of_summit(14), LIGHT_THEME
        ),
        "— Part 1": session_html(session, summits[14], shipped.of_summit(14), LIGHT_THEME),
        "IOM": partner_html(
            shipped.profiles["IOM"], shipped.of_partner("IOM"), summits, DARK_THEME
        ),
        "GCM objective 19": gcm_html(shipped.gcm[19], shipped.of_gcm(19), summits, LIGHT_THEME),
        "SDG target 10.c": sdg_html(shipped.sdg["10.c"], [], summits, LIGHT_THEME),
        "Countries": partner_group_html("Countries", [(shipped.partners["Mali"], 1)], LIGHT_THEME),
        "PfP Desktop": welcome_html(shipped.info, shipped.overview, counts, LIGHT_THEME),
    }
    for title, page in pages.items():
        text = plain_text(qapp, page)
        assert title in text
        assert "<" not in text and "style=" not in text and "&amp;" not in text


# -- themes ----------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("theme", "base"), [(LIGHT_THEME, "#ffffff"), (DARK_THEME, "#1f2328")])
def test_theme_colours_are_readable_wcag_aa(theme: PageTheme, base: str) -> None:
    for colour in (theme.text, theme.muted, theme.accent, theme.warning):
        assert _contrast(colour, base) >= 4.5, colour
    assert _contrast(theme.gcm_badge_fg, theme.gcm_badge_bg) >= 4.5
    assert _contrast(theme.sdg_badge_fg, theme.sdg_badge_bg) >= 4.5


def test_the_dark_theme_colours_the_page(shipped: Shipped) -> None:
    page = initiative_html(shipped.initiatives["eu-diaspora-facility"], shipped.summits, DARK_THEME)
    assert f'<body style="color:{DARK_THEME.text}">' in page
    assert DARK_THEME.gcm_badge_bg in page and LIGHT_THEME.gcm_badge_bg not in page


def test_source_flag_text_is_escaped_too(shipped: Shipped) -> None:
    item = shipped.initiatives["eu-diaspora-facility"]
    flagged = dataclasses.replace(
        item,
        provenance=dataclasses.replace(
            item.provenance, flags=(SourceFlag(12, "Says <b>bold</b> & more"),)
        ),
    )
    page = initiative_html(flagged, shipped.summits, LIGHT_THEME, show_originals=True)
    assert "Note on line 12: Says &lt;b&gt;bold&lt;/b&gt; &amp; more" in page
