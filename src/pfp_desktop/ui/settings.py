"""Typed settings over QSettings: each key declared once, with its type and default."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray, QByteArray())
DETAIL_SPLITTER_STATE = Setting("window/detail_splitter", QByteArray, QByteArray())
GROUPING = Setting("navigation/grouping", str, "summit")
SELECTED_KIND = Setting("navigation/selected_kind", str, "")
SELECTED_KEY = Setting("navigation/selected_key", str, "")
RECENT_INITIATIVES = Setting("navigation/recent", str, "")  # ids, latest first, one a line
TEXT_ZOOM = Setting("view/text_zoom", int, 0)  # steps above or below the system font size
LANGUAGE = Setting("view/language", str, "")  # "en", "fr", "es"; "" follows the system

SETTINGS_VERSION = 1
# Ordered upgrade steps: UPGRADES[n] turns version n into n + 1. Empty while at version 1.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class AppSettings:
    """The app's settings. Values of the wrong type (a hand-edited file) fall back to defaults."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        self._upgrade()

    def get(self, setting: Setting[T]) -> T:
        value = _coerce(self.store.value(setting.key, setting.default), setting.type)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def _upgrade(self) -> None:
        stored = str(self.store.value("settings/version", 0))
        version = int(stored) if stored.isdigit() else 0
        if version == 0:  # a new settings file: nothing to upgrade
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            UPGRADES[version](self.store)
            version += 1
        self.store.setValue("settings/version", SETTINGS_VERSION)


def _coerce(value: object, kind: type) -> object:
    """Ini files store every value as text: read back "true" and "12" as their types."""
    if isinstance(value, str) and kind is bool:
        return value == "true"
    if isinstance(value, str) and kind is int:
        return int(value) if re.fullmatch(r"-?\d+", value) else None
    return value
