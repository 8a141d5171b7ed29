"""Pure text rules shared by the importer and search."""

from __future__ import annotations

import unicodedata

_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
    }
)


def fold_punctuation(text: str) -> str:
    """Fold curly quotes and dashes to ASCII, for matching only (display keeps the original)."""
    return text.translate(_FOLD)


def fold_for_matching(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of ``text`` for comparisons."""
    decomposed = unicodedata.normalize("NFKD", fold_punctuation(text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def summit_ordinal(number: int) -> str:
    """'11th', '1st', '2nd', '3rd', '12th' ..."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def sdg_target_sort_key(target: str) -> tuple[int, int, str]:
    """Numeric order of SDG targets: 1.3 < 3.8 < 3.c < 10.2 < 10.7 < 10.c < 17.3 < 17.18."""
    goal, _, item = target.partition(".")
    return (int(goal) if goal.isdigit() else 0, int(item) if item.isdigit() else 1000, item)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold_for_matching`` without collapsing spaces, and for each folded character the index
    of the original character it came from (to highlight matches in the original text)."""
    punctuation_folded = fold_punctuation(text)  # one character for one
    if punctuation_folded.isascii():  # most text: no accents, one folded character per character
        return punctuation_folded.lower(), list(range(len(text)))
    return fold_each_character(punctuation_folded)


def fold_each_character(text: str) -> tuple[str, list[int]]:
    """``fold_with_offsets`` the slow way, one character at a time (any script)."""
    folded: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(fold_punctuation(text)):
        decomposed = unicodedata.normalize("NFKD", char)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded.append(plain)
        offsets.extend([index] * len(plain))
    return "".join(folded), offsets
