"""Installing a catalogue update and reporting what changed."""
