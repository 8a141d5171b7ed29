"""The Porter stemmer (M. F. Porter, 1980), the algorithm of SQLite FTS5's ``porter``
tokenizer, so that what the window highlights and reports as matched is what the index matched
("migration" and "migrate" are both "migrat"). Lower-case ASCII words only; any other word is
returned as it is, as FTS5 does. tests/domain/test_porter.py compares it with SQLite's own.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def _consonant(word: str, i: int) -> bool:
    char = word[i]
    if char in _VOWELS:
        return False
    if char == "y":
        return i == 0 or not _consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """m in [C](VC){m}[V]: how many vowel-consonant sequences ``stem`` holds."""
    forms = "".join("c" if _consonant(stem, i) else "v" for i in range(len(stem)))
    collapsed = "".join(f for n, f in enumerate(forms) if n == 0 or forms[n - 1] != f)
    return collapsed.count("vc")


def _has_vowel(stem: str) -> bool:
    return any(not _consonant(stem, i) for i in range(len(stem)))


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _consonant(word, len(word) - 1)


def _cvc(word: str) -> bool:
    if len(word) < 3 or word[-1] in "wxy":
        return False
    n = len(word)
    return _consonant(word, n - 3) and not _consonant(word, n - 2) and _consonant(word, n - 1)


def _rules(text: str) -> tuple[tuple[str, str], ...]:
    # "suffix:replacement" words keep the tables as compact as Porter's paper prints them.
    return tuple((suffix, new) for suffix, _, new in (rule.partition(":") for rule in text.split()))


_STEP2 = _rules(
    "ational:ate tional:tion enci:ence anci:ance izer:ize bli:ble alli:al entli:ent eli:e"
    " ousli:ous ization:ize ation:ate ator:ate alism:al iveness:ive fulness:ful ousness:ous"
    " aliti:al iviti:ive biliti:ble logi:log"
)
_STEP3 = _rules("icate:ic ative: alize:al iciti:ic ical:ic ful: ness:")
_STEP4_TEXT = "al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize"
_STEP4 = tuple(_STEP4_TEXT.split())


def stem(word: str) -> str:
    """The Porter stem of ``word`` (lower-case ASCII letters; anything else is kept)."""
    if len(word) <= 2 or not (word.isascii() and word.isalpha() and word.islower()):
        return word
    word = _step1(word)
    word = _longest(word, _STEP2, 0)
    word = _longest(word, _STEP3, 0)
    word = _step4(word)
    return _step5(word)


def _longest(word: str, rules: tuple[tuple[str, str], ...], minimum: int) -> str:
    # Porter takes the longest matching suffix of the list (the lists hold no suffix of
    # another that could match first wrongly, except by length: sort by it).
    for suffix, replacement in sorted(rules, key=lambda rule: -len(rule[0])):
        if word.endswith(suffix):
            stem_ = word[: len(word) - len(suffix)]
            return stem_ + replacement if _measure(stem_) > minimum else word
    return word


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        word = word[:-1] if _measure(word[:-3]) > 0 else word
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = _step1b_tidy(word[: -len(suffix)])
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _step1b_tidy(word: str) -> str:
    if word.endswith(("at", "bl", "iz")):
        return word + "e"
    if _double_consonant(word) and word[-1] not in "lsz":
        return word[:-1]
    if _measure(word) == 1 and _cvc(word):
        return word + "e"
    return word


def _step4(word: str) -> str:
    for suffix in sorted(_STEP4, key=len, reverse=True):
        if word.endswith(suffix):
            stem_ = word[: len(word) - len(suffix)]
            if suffix == "ion" and not stem_.endswith(("s", "t")):
                return word
            return stem_ if _measure(stem_) > 1 else word
    return word


def _step5(word: str) -> str:
    if word.endswith("e"):
        stem_ = word[:-1]
        m = _measure(stem_)
        if m > 1 or (m == 1 and not _cvc(stem_)):
            word = stem_
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word
