"""The briefing pack panel: the list, its options, export and printing."""
