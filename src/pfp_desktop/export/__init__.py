"""PDF briefing packs (reportlab only); input is domain objects.

``export_pack`` writes a pack; ``unsupported_characters`` says which letters the bundled fonts
cannot print, before anyone asks for a pack with boxes in it.
"""

from pfp_desktop.export.errors import MissingGlyphsError, PackExportCancelled, PackExportError
from pfp_desktop.export.fonts import unsupported_characters
from pfp_desktop.export.interruption import ExportInterrupted, stopped_by_signals
from pfp_desktop.export.writer import export_pack, export_pack_bytes, pack_texts

__all__ = [
    "ExportInterrupted",
    "MissingGlyphsError",
    "PackExportCancelled",
    "PackExportError",
    "export_pack",
    "export_pack_bytes",
    "pack_texts",
    "stopped_by_signals",
    "unsupported_characters",
]
