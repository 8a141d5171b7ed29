"""Word forms a delegate may type for the same thing: English endings and UK/US spellings.

The index stems words itself (FTS5's ``porter`` tokenizer, storage/search_index.py); what is
here decides, for each typed word, which forms to ask for and which to highlight:

- ``is_complete(word)``: a word with an ending the stemmer takes off ("migrants",
  "organisation") is a whole word, matched by its stem only; any other word ("remit",
  "diaspora") may still be being typed and is matched by its start as well.
- ``spelling_variants(word)``: the word with UK and US spellings swapped at its start
  (``labourers`` -> ``laborers``), from the small list ``SPELLING_PAIRS``.
- ``highlight_root(word)``: the part of a word every form shares ("polic" for "policies"),
  which a highlight matches as a word start.
"""

from __future__ import annotations

from pfp_desktop.domain.porter import stem

MIN_ROOT = 3  # letters a highlighted word start keeps at least ("is" stays whole)

# (UK, US) spellings of the start of a word: every word starting with one also means the word
# starting with the other ("organisations" <-> "organizations"). Kept to words a delegate is
# likely to type about migration policy; tests/domain/test_word_forms.py checks each pair.
SPELLING_PAIRS = (
    ("labour", "labor"),
    ("programme", "program"),
    ("organis", "organiz"),
    ("centre", "center"),
    ("mobilis", "mobiliz"),
    ("recognis", "recogniz"),
    ("prioritis", "prioritiz"),
    ("regularis", "regulariz"),
    ("harmonis", "harmoniz"),
    ("formalis", "formaliz"),
    ("digitalis", "digitaliz"),
    ("institutionalis", "institutionaliz"),
    ("utilis", "utiliz"),
    ("minimis", "minimiz"),
    ("maximis", "maximiz"),
    ("capitalis", "capitaliz"),
    ("favour", "favor"),
    ("behaviour", "behavior"),
    ("neighbour", "neighbor"),
    ("honour", "honor"),
    ("defence", "defense"),
    ("licence", "license"),
    ("catalogue", "catalog"),
    ("travell", "travel"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("analyse", "analyze"),
    ("paediatric", "pediatric"),
)


def is_complete(word: str) -> bool:
    """Whether ``word`` (lower case) has an ending the stemmer takes off ("migrants",
    "organisation"), so is a whole word, not one still being typed ("remit", "diaspora")."""
    return stem(word) != word


def highlight_root(word: str) -> str:
    """The start every form of ``word`` (lower case) shares: what it has in common with its
    stem ("polic" for "policies", stem "polici"), or the word itself when that is too short."""
    stemmed = stem(word)
    shared = next((n for n, (a, b) in enumerate(zip(word, stemmed, strict=False)) if a != b), None)
    root = word[: min(len(word), len(stemmed)) if shared is None else shared]
    if root.endswith("i") and root == stemmed:  # the stemmer's y -> i: "polici" is "policy" too
        root = root[:-1]
    return root if len(root) >= MIN_ROOT else word


def spelling_variants(word: str) -> tuple[str, ...]:
    """``word`` (folded) and its other spellings, ``word`` first."""
    forms = [word]
    for uk, us in SPELLING_PAIRS:
        for mine, other in ((uk, us), (us, uk)):
            if word.startswith(mine) and not word.startswith(
                other if len(other) > len(mine) else "\0"
            ):
                forms.append(other + word[len(mine) :])
    return tuple(dict.fromkeys(forms))
