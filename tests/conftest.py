"""Shared test fixtures. `../shared` must be beside the checkout: tests that need it fail loudly, never skip."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder (bench corpora, checks, schema)."""
    if not (SHARED / "bench").is_dir():
        raise RuntimeError(f"{SHARED} is missing: tests need ../shared beside the checkout")
    return SHARED
