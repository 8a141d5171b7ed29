"""Full-text search, the pure part: turning what a person types into a safe FTS5 MATCH
expression, and the hits a search returns.

Translation rules (``to_match_expression``):

- Text outside double quotes is split on whitespace into words; each word becomes one quoted
  term with a prefix ``*`` outside the quotes: ``remit`` -> ``"remit"*`` (finds "remittances").
- A word holding punctuation is split into tokens the way FTS5's unicode61 tokenizer splits
  them, and the tokens stay together as one phrase, prefix on the last token:
  ``vis-a-vis`` -> ``"vis a vis"*``, ``10.7`` -> ``"10 7"*``.
- A word ending in an English possessive ``'s`` (or ``’s``) loses it, so ``migrant's`` ->
  ``"migrant"*`` finds "migrant’s", "migrants’" and "migrants" alike.
- ``"quoted words"`` stay one exact phrase, with no prefix. A quote left open (a person still
  typing) closes at the end of the text, and its phrase keeps a prefix on its last token.
  Curly quotes count as straight ones.
- Terms are joined with ``AND``: every term must match. ``AND``, ``OR``, ``NOT``, ``NEAR``,
  ``-``, ``:``, ``*``, ``^`` and parentheses have no special meaning; operator words are
  searched as words and punctuation separates tokens.
- Only letters, digits, combining marks and unassigned or private-use characters make tokens;
  everything else (punctuation, symbols, emoji, control characters, NUL) separates them, so the
  expression never holds a quote, an operator or a character SQLite cannot take. At most
  ``MAX_TERMS`` terms of at most ``MAX_PHRASE_TOKENS`` tokens are kept. (Symbols Unicode
  added after 6.1, such as newer emoji, are token characters to unicode61 but separators
  here: they never match, which costs nothing in this catalogue.) The highlight markers are
  separators too, as they are in the index.
- Text with no token at all gives ``None``: the search is empty, not an error.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pfp_desktop.domain.text import fold_punctuation
from pfp_desktop.domain.word_forms import is_complete, spelling_variants

MAX_TERMS = 32
MAX_PHRASE_TOKENS = 32
# A word being typed longer than this is also asked for by a shorter start (see _word_term).
TYPING_CUT_FROM = 6

# Snippets mark each match with these private-use characters (the index never holds them), so
# a caller can escape the text for its own markup first and then swap the markers for tags.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
SNIPPET_ELLIPSIS = "…"
_MARKERS_AS_SPACES = str.maketrans({HIGHLIGHT_START: " ", HIGHLIGHT_END: " "})

# The parts of an initiative a search looks in, as named in SearchHit.matched_fields.
SEARCH_FIELDS = ("title", "partners", "body", "context")
# The facets facet_counts() reports, in this order.
FACETS = ("summit", "partner", "partner_kind", "gcm", "sdg")


@dataclass(frozen=True)
class SearchHit:
    """One initiative a search found, best first in a result list."""

    id: str
    title: str
    summit_number: int
    snippet: str  # matches between HIGHLIGHT_START and HIGHLIGHT_END; SNIPPET_ELLIPSIS at cuts
    score: float  # positive; higher is better (comparable within one search only)
    matched_fields: tuple[str, ...]  # from SEARCH_FIELDS, in that order
    kind: str = "initiative"  # or "summit", "session": a page found by its introduction


@dataclass(frozen=True)
class _Term:
    forms: tuple[tuple[tuple[str, ...], bool], ...]  # (tokens, prefix) of each accepted form

    def expression(self) -> str:
        # Tokens hold no quote character, so plain quoting is enough.
        parts = [f'"{" ".join(tokens)}"' + ("*" if prefix else "") for tokens, prefix in self.forms]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def to_match_expression(user_text: str, typing: bool = False) -> str | None:
    """A valid FTS5 MATCH expression for ``user_text`` (any text at all), or None when it holds
    nothing to search for. See the module docstring for the rules. ``typing``: the last word
    may be half typed ("migratio"), so ask for a shorter start of it too; for a second try when
    the text as typed found nothing (the index holds stems, "migrat", that a half-typed word
    can run past)."""
    terms = _terms(searchable_text(user_text), typing)
    if not terms:
        return None
    return " AND ".join(term.expression() for term in terms[:MAX_TERMS])


def searchable_text(text: str) -> str:
    """``text`` as the index stores it and queries read it: curly quotes and dashes folded to
    ASCII (domain.text.fold_punctuation), highlight markers turned into spaces."""
    return fold_punctuation(text).translate(_MARKERS_AS_SPACES)


def _terms(text: str, typing: bool) -> list[_Term]:
    """Words outside quotes and phrases inside them, in the order typed."""
    terms: list[_Term] = []
    pieces = text.split('"')
    for index, piece in enumerate(pieces):
        if index % 2 == 0:  # outside quotes: every word on its own
            words = piece.split()
            # The word being typed: the last, when the text ends with it (no space after).
            last = len(words) - 1 if index == len(pieces) - 1 and piece[-1:].strip() else -1
            split = [tokenize(_without_possessive(w)) for w in words]
            terms += [_word_term(t, typing and n == last) for n, t in enumerate(split) if t]
        else:  # inside quotes; an odd number of quotes leaves the last phrase open
            tokens = tokenize(piece)
            if tokens:
                unclosed = index == len(pieces) - 1
                terms.append(_Term(((tuple(tokens[:MAX_PHRASE_TOKENS]), unclosed),)))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def _word_term(tokens: list[str], typing: bool) -> _Term:
    """One typed word: its stem (the index stems too), its other spellings, and its start when
    it may be unfinished. A word of several tokens ("vis-a-vis") is a phrase, as before."""
    if len(tokens) > 1:
        return _Term(((tuple(tokens[:MAX_PHRASE_TOKENS]), True),))
    forms = []
    for word in spelling_variants(tokens[0].lower()):  # the index folds case the same way
        if is_complete(word):
            forms.append(((word,), False))
        elif typing and len(word) > TYPING_CUT_FROM:
            forms.append(((word[: max(4, len(word) - 3)],), True))
        else:
            forms.append(((word,), True))
    return _Term(tuple(dict.fromkeys(forms)))


def _without_possessive(word: str) -> str:
    # After fold_punctuation, so "’s" has become "'s" too.
    return word[:-2] if len(word) > 2 and word[-2] == "'" and word[-1] in "sS" else word


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens as FTS5's unicode61 tokenizer would: runs of letters, digits
    and marks. A run of marks alone is no token (unicode61 drops or splits on them)."""
    tokens: list[str] = []
    current: list[str] = []
    for char in text:
        if _is_token_char(char):
            current.append(char)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return [t for t in tokens if any(not unicodedata.category(c).startswith("M") for c in t)]


def _is_token_char(char: str) -> bool:
    # unicode61's token classes are "L* N* Co", plus diacritics it removes; it also keeps
    # characters Unicode 6.1 had not assigned (Cn). Keeping a character unicode61 would split
    # on costs nothing: FTS5 splits the quoted phrase again in the same way as the documents.
    category = unicodedata.category(char)
    return category[0] in "LNM" or category in ("Co", "Cn")


def highlighted(snippet: str, start: str, end: str) -> str:
    """``snippet`` with its match markers replaced by ``start`` and ``end`` (e.g. "«", "»"),
    or removed when both are empty."""
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)
