"""PDF briefing packs (reportlab only); input is domain objects."""
