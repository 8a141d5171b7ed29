"""A picture of the window's first screen (the tree's first level, the page on show, the status
line), kept in the data folder at quit so that the next start shows the catalogue in the first
paint, before SQLAlchemy and the catalogue have loaded (~0.5 s later, the live tree and page take
its place).

It is shown only when nothing it depends on has changed since it was taken: the app, the
catalogue file, the delegate's database (both stamped by size and modification time, so a note
written by `pfp` or another window in between makes it stale), and the window's language,
palette, grouping and page. A file that is stale, damaged or of another format is ignored: the
window then starts as it always did. Standard library only: this runs before the first paint.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pfp_desktop import __version__
from pfp_desktop.domain.navigation import NavNode, NodeKind, OpenRows
from pfp_desktop.storage.user_files import USER_DB_NAME

FILE_NAME = "first-screen.json"
FORMAT = 2  # 2: the rows of the groups open above the page's row
USER_FILES = (USER_DB_NAME, f"{USER_DB_NAME}-wal")


@dataclass(frozen=True)
class FirstScreen:
    roots: tuple[NavNode, ...]  # the tree's first level
    page: tuple[str, str]  # (kind, key) of the page on show, ("", "") for none
    page_html: str
    status: str
    # The rows of each group open above the page's row, outermost first (the start opens them)
    opened: OpenRows = ()


def screen_key(catalogue: Path, data_dir: Path, view: dict[str, str]) -> str:
    """What the first screen depends on, as one digest. ``view``: the window's own choices
    (language, palette, grouping, page), as the window names them."""
    parts = {
        "app": __version__,
        "format": FORMAT,
        "catalogue": _stamp(catalogue),
        "notes": [_stamp(data_dir / name) for name in USER_FILES],
        "view": view,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _stamp(path: Path) -> list[int | str]:
    try:
        stat = path.stat()
    except OSError:
        return ["absent"]
    return [str(path.resolve()), stat.st_size, stat.st_mtime_ns]


def save_first_screen(data_dir: Path, key: str, screen: FirstScreen) -> bool:
    """Keep ``screen`` for the next start (atomically). A picture that cannot be written (a
    read-only or full data folder) only costs the next start its head start: False, no error."""
    body = {
        "roots": [_node(n) for n in screen.roots],
        "opened": [[k.value, key, [_node(n) for n in rows]] for (k, key), rows in screen.opened],
        "page": list(screen.page),
        "page_html": screen.page_html,
        "status": screen.status,
    }
    from pfp_desktop.services.text_files import write_text_atomically  # at quit, not at start

    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    document = {"format": FORMAT, "key": key, "sha256": _digest(text), "body": text}
    try:
        write_text_atomically(data_dir / FILE_NAME, json.dumps(document, ensure_ascii=False))
    except OSError:
        return False
    return True


def load_first_screen(data_dir: Path, key: str) -> FirstScreen | None:
    """The picture kept at the last quit, if it is whole and still true for ``key``."""
    try:
        document = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("key") != key:
            return None
        text = document["body"]
        if document.get("sha256") != _digest(text):
            return None
        return _screen(json.loads(text))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # absent, damaged or of another shape: start as without it


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _node(node: NavNode) -> dict[str, Any]:
    return {
        "kind": node.kind.value,
        "key": node.key,
        "label": node.label,
        "detail": node.detail,
        "has_children": node.has_children,
        "tooltip": node.tooltip,
    }


def _screen(body: dict[str, Any]) -> FirstScreen:
    opened = tuple(
        ((NodeKind(kind), str(key)), tuple(_nav_node(n) for n in rows))
        for kind, key, rows in body["opened"]
    )
    kind, key = body["page"]
    roots = tuple(_nav_node(n) for n in body["roots"])
    page = (str(kind), str(key))
    return FirstScreen(roots, page, str(body["page_html"]), str(body["status"]), opened)


def _nav_node(n: dict[str, Any]) -> NavNode:
    return NavNode(
        NodeKind(n["kind"]),
        str(n["key"]),
        str(n["label"]),
        str(n["detail"]),
        bool(n["has_children"]),
        str(n["tooltip"]),
    )
