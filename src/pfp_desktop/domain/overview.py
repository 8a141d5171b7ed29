"""What the catalogue covers at a glance: initiatives by GCM objective and summit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class CoverageAxis:
    """One row (a GCM objective) or column (a summit) of the overview."""

    number: int
    label: str  # "Accurate data" for an objective, "2024" for a summit
    title: str  # the full wording, for tooltips and the PDF's key


@dataclass(frozen=True)
class Coverage:
    """How many initiatives each (objective, summit) pair holds; absent pairs hold none."""

    objectives: tuple[CoverageAxis, ...]
    summits: tuple[CoverageAxis, ...]
    cells: Mapping[tuple[int, int], int]  # (objective, summit) -> initiatives

    def count(self, objective: int, summit: int) -> int:
        """Initiatives of one objective presented at one summit."""
        return self.cells.get((objective, summit), 0)

    def objective_total(self, objective: int) -> int:
        """Initiatives tagged with ``objective`` (each is presented at one summit)."""
        return sum(n for (o, _s), n in self.cells.items() if o == objective)

    @property
    def largest(self) -> int:
        """The largest cell, which the chart's darkest shade stands for (at least 1)."""
        return max(self.cells.values(), default=0) or 1

    def untouched(self) -> list[CoverageAxis]:
        """The objectives no initiative is tagged with."""
        return [o for o in self.objectives if not self.objective_total(o.number)]


def shade_step(count: int, largest: int, steps: int = 5) -> int:
    """0 for an empty cell, else 1..steps by the share of the largest cell (so one initiative
    always shows, and the largest is always the darkest)."""
    if count <= 0:
        return 0
    return max(1, min(steps, -(-count * steps // max(largest, 1))))
