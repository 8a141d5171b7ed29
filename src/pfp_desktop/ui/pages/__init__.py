"""The page HTML: pure functions from catalogue records to HTML strings.

No Qt here (an import-linter contract checks it): pages render the same in tests, in a
briefing pack preview and in the window."""
