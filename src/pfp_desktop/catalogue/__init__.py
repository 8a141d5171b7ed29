"""The importer: parses the source text, applies the curation file, writes data/pfp.sqlite."""
