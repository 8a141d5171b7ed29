"""``export_pack``: lay a pack out and write it safely.

The PDF is rendered into a temporary file beside the target and moved into place only when it
is complete, so a failure or a cancellation never leaves a partial PDF (or the temporary file)
behind, and an existing pack is replaced in one step.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus.doctemplate import LayoutError

from pfp_desktop.domain.briefing_pack import BriefingPack, PackResult
from pfp_desktop.export.document import (
    CancelCheck,
    PackDocTemplate,
    PageFurniture,
    ProgressCallback,
)
from pfp_desktop.export.errors import MissingGlyphsError, PackExportError, describe_os_error
from pfp_desktop.export.fonts import FontFamily, register_fonts, unsupported_characters
from pfp_desktop.export.interruption import new_temporary_file
from pfp_desktop.export.labels import (
    LABELS,
    gcm_tags,
    label,
    summit_dates,
    summit_heading,
    summit_place,
)
from pfp_desktop.export.pack_canvas import PackCanvas
from pfp_desktop.export.page_ledger import PageLedger
from pfp_desktop.export.story import build_story
from pfp_desktop.export.styles import PAGE_SIZES, make_styles
from pfp_desktop.locale import as_language, gcm_label, language

_NEW_FILE_MODE = 0o644  # mkstemp makes 0600; a pack is an ordinary document


def export_pack(
    pack: BriefingPack,
    target: Path,
    *,
    fonts_dir: Path,
    creator: str = "PfP Desktop",
    allow_missing_glyphs: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PackResult:
    """Write ``pack`` as a PDF to ``target``, in the fonts of ``fonts_dir``.

    ``creator`` names the program in the PDF's metadata ("PfP Desktop 0.1.0"). ``progress``
    receives (done, total) steps as initiatives are laid out; ``is_cancelled`` is asked as often
    and, once true, stops the export with ``PackExportCancelled``. Raises ``MissingGlyphsError``
    when the pack holds letters the fonts cannot print, unless ``allow_missing_glyphs``; and
    ``PackExportError`` when the file cannot be written. Either way no file is left behind.
    """
    fonts = _checked_fonts(pack, fonts_dir, allow_missing_glyphs)
    target = _checked_target(target)
    with (
        _temporary_beside(target) as (stream, temporary),
        language(as_language(pack.options.language)),
    ):
        pages, steps = _render(pack, fonts, stream, creator, (progress, is_cancelled))
        _finish(stream, temporary, target)
    if progress is not None:
        progress(steps, steps)  # the last step: the file is in place
    return PackResult(path=target, initiatives=len(pack.initiatives), pages=pages)


def export_pack_bytes(
    pack: BriefingPack,
    *,
    fonts_dir: Path,
    creator: str = "PfP Desktop",
    allow_missing_glyphs: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> tuple[bytes, int]:
    """``pack`` as a PDF in memory, and its number of pages: for standard output, which must
    receive a whole PDF or nothing. The same arguments and errors as ``export_pack``."""
    fonts = _checked_fonts(pack, fonts_dir, allow_missing_glyphs)
    stream = io.BytesIO()
    with language(as_language(pack.options.language)):
        pages, steps = _render(pack, fonts, stream, creator, (progress, is_cancelled))
    if progress is not None:
        progress(steps, steps)
    return stream.getvalue(), pages


def _checked_fonts(pack: BriefingPack, fonts_dir: Path, allow_missing_glyphs: bool) -> FontFamily:
    """The fonts registered; ``MissingGlyphsError`` if the pack holds letters they lack."""
    fonts = register_fonts(fonts_dir)
    if not allow_missing_glyphs:
        missing = unsupported_characters(pack_texts(pack), fonts_dir)
        if missing:
            raise MissingGlyphsError(missing)
    return fonts


def pack_texts(pack: BriefingPack) -> Iterator[str]:
    """Every piece of text the pack prints, to check that the fonts hold all its letters."""
    o = pack.options
    yield from (o.title, o.delegate, o.meeting, o.date, pack.catalogue.version)
    yield pack.catalogue.build_date
    for item in pack.initiatives:
        yield from (item.title, item.session_label, item.policy_challenge, item.solution)
        yield from (p.name for p in item.partners)
        yield from (f"{t.code} {t.label}" for t in (*item.gcm_objectives, *item.sdg_targets))
        yield from (link.title for link in item.related)
        yield item.provenance.source_name
        yield pack.note_for(item.id)
    with language(as_language(o.language)):  # the pack's words are printed too
        for summit in pack.summits.values():
            yield from (summit_heading(summit, summit.number), summit_dates(summit))
            yield summit_place(summit)
        yield from (label(key) for key in LABELS)
        yield from (gcm_label("objective", int(t.code), t.label) for t in gcm_tags(pack))


def _render(
    pack: BriefingPack,
    fonts: FontFamily,
    stream: BinaryIO,
    creator: str,
    hooks: tuple[ProgressCallback | None, CancelCheck | None],
) -> tuple[int, int]:
    """Lay out and save into ``stream``: (pages, progress steps taken)."""
    styles = make_styles(fonts)
    ledger = PageLedger()
    o = pack.options
    furniture = PageFurniture(
        header_left=o.title,
        header_right=label("platform"),
        footer_left=label("footer_catalogue", version=pack.catalogue.version),
    )
    doc = PackDocTemplate(
        stream, PAGE_SIZES[o.paper], styles, furniture, ledger, **_metadata(pack, creator)
    )
    doc.progress, doc.is_cancelled = hooks
    doc.total_steps = max(1, len(pack.initiatives))
    try:
        doc.build(build_story(pack, styles, ledger, creator), canvasmaker=PackCanvas)
    except LayoutError as exc:  # a bug, not the person's doing: still one clear line
        raise PackExportError(f"The pack could not be laid out: {str(exc)[:200]}") from exc
    return ledger.total, doc.total_steps


def _metadata(pack: BriefingPack, creator: str) -> dict[str, object]:
    o = pack.options
    subject = label("platform") + (f" — {o.meeting}" if o.meeting else "")
    summits = {item.summit_number: item for item in pack.initiatives}
    keywords = ["GFMD", label("platform"), label("pack_kind")]
    keywords += [summit_heading(pack.summits[n], n) for n in sorted(summits) if n in pack.summits]
    return {
        "title": o.title,
        "author": o.delegate,
        "subject": subject,
        "keywords": ", ".join(keywords),
        "creator": creator,
    }


def _checked_target(target: Path) -> Path:
    target = target.absolute()
    try:
        is_folder = target.is_dir()
    except OSError as exc:  # a folder we may not even look into
        raise PackExportError(describe_os_error(exc, target)) from exc
    if is_folder:
        raise PackExportError(f"{target} is a folder, not a file name.")
    return target


_TEMPORARY_SUFFIX = ".part"


def _temporary_prefix(target: Path) -> str:
    """The start of the temporary file's name, ".pfp-<8 hex digits of the target's name>-":
    27 bytes with mkstemp's random part and ".part", whatever the target's length (a name of
    250 bytes is valid; ".<that name>.<random>.part" was not), and still the target's own, so
    tidying up after one export never removes another's."""
    digest = hashlib.sha256(os.fsencode(target.name)).hexdigest()[:8]
    return f".pfp-{digest}-"


def is_temporary_of(name: str, target: Path) -> bool:
    """Whether ``name``, in ``target``'s folder, is a temporary file export_pack writes for
    ``target``: for whoever must tidy up after a writer that was killed before it could."""
    return name.startswith(_temporary_prefix(target)) and name.endswith(_TEMPORARY_SUFFIX)


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A new temporary file in ``target``'s folder; removed on any failure or cancellation."""

    def make() -> tuple[int, str]:
        return tempfile.mkstemp(
            prefix=_temporary_prefix(target), suffix=_TEMPORARY_SUFFIX, dir=target.parent
        )

    with contextlib.ExitStack() as stack:
        try:
            handle, temporary = stack.enter_context(new_temporary_file(make))
        except OSError as exc:
            raise PackExportError(describe_os_error(exc, target)) from exc
        try:
            with os.fdopen(handle, "wb") as stream:
                yield stream, temporary
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise PackExportError(describe_os_error(exc, target)) from exc
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def _finish(stream: BinaryIO, temporary: Path, target: Path) -> None:
    """Flush to disk (a full disk shows here, not later), close, and move into place."""
    stream.flush()
    os.fsync(stream.fileno())
    stream.close()  # Windows cannot replace a file that is still open
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _NEW_FILE_MODE
    os.chmod(temporary, mode)
    os.replace(temporary, target)
