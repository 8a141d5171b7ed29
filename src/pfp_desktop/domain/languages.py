"""The languages the window and the briefing packs are offered in."""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "fr", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "es")
