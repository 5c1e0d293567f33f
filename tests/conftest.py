"""Shared test fixtures. `../shared` must be beside the checkout: tests that need it fail loudly, never skip."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder (bench corpora, checks, schema)."""
    if not (SHARED / "bench").is_dir():
        raise RuntimeError(f"{SHARED} is missing: tests need ../shared beside the checkout")
    return SHARED


def load_shared_module(path: Path) -> ModuleType:
    """A script from ../shared (a check or the bench scorer) imported as a module."""
    spec = importlib.util.spec_from_file_location(f"shared_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def geojson_check(shared: Path) -> ModuleType:
    """../shared/checks/geojson_check.py: `check(path, events=False)` lists RFC 7946 problems."""
    return load_shared_module(shared / "checks" / "geojson_check.py")
