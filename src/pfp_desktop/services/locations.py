"""Where the shipped files are: inside the installed package, or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_SHIPPED = "shipped"  # folder the wheel packs data/ and resources/ into (see pyproject.toml)


def _source_checkout_root() -> Path:
    # src/pfp_desktop/services/locations.py -> the repository root.
    return Path(__file__).resolve().parents[3]


def shipped_catalogue_path() -> Path:
    """The catalogue that ships with the app (read-only)."""
    packed = resources.files("pfp_desktop").joinpath(_SHIPPED, "pfp.sqlite")
    if packed.is_file():
        return Path(str(packed))
    # An editable install (pip install -e .) runs from the checkout, where data/ is the source.
    return _source_checkout_root() / "data" / "pfp.sqlite"


def shipped_resource(path: str) -> Path:
    """A file or folder of the shipped resources, e.g. ``shipped_resource("fonts")``.

    ``path`` is relative to the checkout's ``resources/`` folder, which a wheel packs as
    ``pfp_desktop/shipped/resources/``.
    """
    packed = resources.files("pfp_desktop").joinpath(_SHIPPED, "resources", *path.split("/"))
    if packed.is_file() or packed.is_dir():
        return Path(str(packed))
    return _source_checkout_root() / "resources" / path


def catalogue_source_dir() -> Path:
    """data/ of a source checkout: the source text, reference tables and curation file."""
    return _source_checkout_root() / "data"


def partner_relations_path() -> Path:
    """The curated "see also" relations between partners (data/source/partner-relations.csv,
    packed beside the shipped catalogue)."""
    packed = resources.files("pfp_desktop").joinpath(_SHIPPED, "partner-relations.csv")
    if packed.is_file():
        return Path(str(packed))
    return _source_checkout_root() / "data" / "source" / "partner-relations.csv"
