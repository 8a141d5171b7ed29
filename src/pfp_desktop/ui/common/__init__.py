"""Qt helpers shared by the feature packages: background work, the HTML view, the instance lock."""
