"""Where typed text matches a piece of text, found the way the search found it (accents and
case folded, words by their start, "vis-a-vis" as a sequence), and snippets around it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pfp_desktop.domain.search_query import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_ELLIPSIS,
    tokenize,
)
from pfp_desktop.domain.text import fold_punctuation, fold_with_offsets
from pfp_desktop.domain.word_forms import highlight_root, spelling_variants

SNIPPET_CHARS = 120
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def quick_fold(text: str) -> str:
    """Folded text for a yes/no match, at C speed (no offsets kept)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", fold_punctuation(text))).casefold()


def matches(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches the folded ``text`` (case and accents ignored)."""
    return pattern.search(quick_fold(text)) is not None


@lru_cache(maxsize=256)  # one per keystroke, asked for again for every hit and page
def search_pattern(query: str) -> re.Pattern[str] | None:
    """A regular expression over folded text: each word by its start (words of one or two
    letters whole), in every form the search accepts (domain/word_forms.py: "policies" marks
    "policy", "labour" marks "labor"); a hyphenated word or a quoted phrase as its words in
    sequence."""
    parts = []
    for chunk in re.findall(r'"[^"]*"?|\S+', query):
        tokens = [fold_with_offsets(t)[0] for t in tokenize(chunk)]
        tokens = [t for t in tokens if t]
        if len(tokens) == 1 and not chunk.startswith('"'):
            parts += [_word_pattern(form) for form in spelling_variants(tokens[0])]
        elif tokens:
            parts.append(r"\W+".join(re.escape(t) for t in tokens) + r"\w*")
    return re.compile(r"\b(?:" + "|".join(parts) + ")") if parts else None


def _word_pattern(word: str) -> str:
    if len(word) < 3:
        return re.escape(word) + r"\b"
    return re.escape(highlight_root(word)) + r"\w*"


def match_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each match in ``text`` itself (not in its folded form)."""
    folded, offsets = fold_with_offsets(text)
    return [(offsets[m.start()], offsets[m.end() - 1] + 1) for m in pattern.finditer(folded)]


def make_snippet(text: str, pattern: re.Pattern[str]) -> str:
    """About SNIPPET_CHARS of ``text`` around its first match, matches between the highlight
    markers; "" when nothing matches."""
    first = pattern.search(quick_fold(text))
    if first is None:
        return ""
    # Offsets are costly to keep for long text: fold exactly only around the first match.
    window_start = max(0, first.start() - 2 * SNIPPET_CHARS)
    window = text[window_start : first.start() + 2 * SNIPPET_CHARS]
    spans = [(a + window_start, b + window_start) for a, b in match_spans(window, pattern)]
    if not spans:
        return ""
    begin = max(0, spans[0][0] - SNIPPET_CHARS // 3)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    end = min(len(text), begin + SNIPPET_CHARS)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    out, cursor = [], begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        out += [text[cursor:start], HIGHLIGHT_START, text[start:stop], HIGHLIGHT_END]
        cursor = stop
    out.append(text[cursor:end])
    prefix = SNIPPET_ELLIPSIS if begin else ""
    suffix = SNIPPET_ELLIPSIS if end < len(text) else ""
    return prefix + "".join(out).replace("\n", " ") + suffix
