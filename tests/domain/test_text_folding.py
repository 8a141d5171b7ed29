"""Folding text for matching, with the offsets that map a match back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pfp_desktop.domain.text import fold_each_character, fold_with_offsets

ASCII_AND_QUOTES = st.text(st.one_of(st.characters(max_codepoint=127), st.sampled_from("’‘“”–—‐")))


@given(st.one_of(ASCII_AND_QUOTES, st.text()))
def test_the_fast_path_folds_exactly_like_the_slow_one(text: str) -> None:
    assert fold_with_offsets(text) == fold_each_character(text)


def test_offsets_point_back_into_the_original_text() -> None:
    text = "Éducation “Migrants’ Rights” – ÀB"
    folded, offsets = fold_with_offsets(text)
    assert folded == 'education "migrants\' rights" - ab'
    start = folded.index("rights")
    assert text[offsets[start] : offsets[start + len("rights") - 1] + 1] == "Rights"
