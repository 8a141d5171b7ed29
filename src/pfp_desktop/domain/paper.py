"""The paper sizes a briefing pack prints on (a module of its own: `pfp export --help` lists
them without loading the pack's dataclasses)."""

from __future__ import annotations

from typing import Literal

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")
