"""The full-text search index inside the catalogue: its tables, and the text they hold.

Three tables, written by the importer after every other row (raw SQL: an FTS5 virtual table
cannot be mapped by the ORM, and the other two exist only to serve it):

- ``search_index``, FTS5, one row per initiative, rowid = its ``doc`` number, with the columns
  ``title``; ``partners`` (canonical names, every spelling the source text uses, slash-name
  members); ``body`` (policy challenge and solution); ``context`` (the labels of the GCM
  objectives and the wording of the SDG targets it is tagged with, one a line). Only the
  initiative's own text: its summit's and session's introductions are no reason to list it
  (services/finder.py finds them as pages of their own), and the tag numbers are facets
  ("GCM 20" typed is the tag, domain/typed_tags.py). A regular FTS5 table: it keeps its own
  copy of the text, which snippets need. Words are indexed by their English stem (TOKENIZER).
- ``search_docs (doc, initiative_id)``: which initiative each FTS5 rowid is. A small table
  keyed by integer, so that mapping many matches costs little.
- ``search_facets (facet, doc, value)``: each initiative's summit, partners, partner kinds,
  GCM objectives and SDG targets, keyed by ``doc``, so that counting facets over thousands of
  matches never reads the FTS5 content or the wide catalogue tables (measured on 100,000
  synthetic initiatives: about 7 times faster than joining through them).

Filling the index in one pass after the rows is four times faster than keeping it in sync with
triggers; merging it into one segment ("optimize") makes the file smaller, faster to query,
and identical build to build.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sqlalchemy import Connection, text

from pfp_desktop.domain.models import CatalogueContents, Initiative, Partner
from pfp_desktop.domain.search_query import SEARCH_FIELDS, searchable_text

TABLE = "search_index"
# Titles and partners again, alone: ranking among tens of thousands of matches is cheaper on
# this small table (see storage/search_queries.py, "tiered" ranking).
TITLES_TABLE = "search_titles"
DOCS_TABLE = "search_docs"
FACETS_TABLE = "search_facets"
# porter: English stems ("migrants" and "migrant" index alike); unicode61 remove_diacritics 2
# beneath it folds case and accents (2: also letters with several diacritics, as in Việt).
TOKENIZER = "porter unicode61 remove_diacritics 2"

_CREATE = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(SEARCH_FIELDS)}, "
    f"tokenize = '{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE {TITLES_TABLE} USING fts5(title, partners, tokenize = '{TOKENIZER}')",
    f"CREATE TABLE {DOCS_TABLE} (doc INTEGER PRIMARY KEY, "
    "initiative_id TEXT NOT NULL UNIQUE REFERENCES initiatives (id))",
    f"CREATE TABLE {FACETS_TABLE} (facet TEXT NOT NULL, doc INTEGER NOT NULL "
    f"REFERENCES {DOCS_TABLE} (doc), value TEXT NOT NULL, PRIMARY KEY (facet, doc, value)) "
    "WITHOUT ROWID",
]
_INSERT_TEXT = text(
    f"INSERT INTO {TABLE} (rowid, {', '.join(SEARCH_FIELDS)}) "
    f"VALUES (:doc, {', '.join(':' + name for name in SEARCH_FIELDS)})"
)
_INSERT_DOC = text(f"INSERT INTO {DOCS_TABLE} (doc, initiative_id) VALUES (:doc, :id)")
_INSERT_FACET = text(f"INSERT INTO {FACETS_TABLE} (facet, doc, value) VALUES (:f, :doc, :v)")
_INSERT_TITLES = text(
    f"INSERT INTO {TITLES_TABLE} (rowid, title, partners) VALUES (:doc, :title, :partners)"
)
_OPTIMIZE = text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
_OPTIMIZE_TITLES = text(f"INSERT INTO {TITLES_TABLE} ({TITLES_TABLE}) VALUES ('optimize')")


def write_search_index(connection: Connection, contents: CatalogueContents) -> None:
    """Create the search tables and fill them from ``contents`` (after the catalogue rows)."""
    for statement in _CREATE:
        connection.execute(text(statement))
    docs = list(enumerate(contents.initiatives, 1))  # doc numbers follow catalogue order
    if not docs:
        return
    connection.execute(_INSERT_DOC, [{"doc": doc, "id": i.id} for doc, i in docs])
    texts = [{"doc": doc} | row for doc, row in _texts(contents)]
    connection.execute(_INSERT_TEXT, texts)
    connection.execute(
        _INSERT_TITLES, [{k: r[k] for k in ("doc", "title", "partners")} for r in texts]
    )
    kinds = {p.name: p.kind.value for p in contents.partners}
    facets = [{"f": f, "doc": doc, "v": v} for doc, i in docs for f, v in _facets(i, kinds)]
    connection.execute(_INSERT_FACET, facets)
    connection.execute(_OPTIMIZE)
    connection.execute(_OPTIMIZE_TITLES)


def _texts(contents: CatalogueContents) -> Iterator[tuple[int, dict[str, str]]]:
    """The indexed text of each initiative, by doc number."""
    partners = {p.name: p for p in contents.partners}
    for doc, initiative in enumerate(contents.initiatives, 1):
        fields = {
            "title": initiative.title,
            "partners": _partners_text(initiative, partners),
            "body": _lines(initiative.policy_challenge, initiative.solution),
            "context": _lines(
                *(tag.label for tag in initiative.gcm_objectives),
                *(tag.label for tag in initiative.sdg_targets),
            ),
        }
        # Straight and curly quotes or dashes index alike; snippet markers never occur in text.
        yield doc, {name: searchable_text(value) for name, value in fields.items()}


def _facets(initiative: Initiative, kinds: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """(facet, value) pairs of one initiative, once each (domain.search_query.FACETS)."""
    yield "summit", str(initiative.summit_number)
    names = dict.fromkeys(p.name for p in initiative.partners)
    yield from (("partner", name) for name in names)
    yield from (("partner_kind", kind) for kind in dict.fromkeys(kinds[n] for n in names))
    yield from (("gcm", tag.code) for tag in initiative.gcm_objectives)
    yield from (("sdg", tag.code) for tag in initiative.sdg_targets)


def _partners_text(initiative: Initiative, partners: Mapping[str, Partner]) -> str:
    names: list[str] = []
    for ref in initiative.partners:
        partner = partners[ref.name]
        names += [ref.name, ref.spelling, *partner.spellings, *partner.members]
    return _lines(*dict.fromkeys(names))  # once each, in the order listed


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)
