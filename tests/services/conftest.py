"""A private user database per test, on the shipped catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from tests.conftest import DATA


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "user-data"


@pytest.fixture
def personal(data_dir: Path) -> Iterator[Personal]:
    user = open_user_data(data_dir)
    yield Personal.of(user)
    user.close()


@pytest.fixture
def catalogue() -> CatalogueService:
    return CatalogueService(DATA / "pfp.sqlite")
