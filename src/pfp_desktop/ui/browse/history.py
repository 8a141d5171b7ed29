"""Back/forward history of the pages a delegate visited (like a browser's)."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    def __init__(self, limit: int = 200) -> None:
        self._back: list[T] = []
        self._forward: list[T] = []
        self.current: T | None = None
        self._limit = limit

    def visit(self, page: T) -> None:
        """A new page: what was current goes back; the forward pages are dropped."""
        if page == self.current:
            return
        if self.current is not None:
            self._back = [*self._back, self.current][-self._limit :]
        self._forward.clear()
        self.current = page

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> T | None:
        if not self._back or self.current is None:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> T | None:
        if not self._forward or self.current is None:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
