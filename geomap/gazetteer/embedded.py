"""The index that ships with the package: xz-compressed in `geomap/data/`, unpacked once into a cache.

The cache file is named by the archive's SHA-256 (read from the sidecar written at build time), written to
a temporary file and renamed into place, so concurrent first runs are safe and later runs only open it.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from geomap.errors import GazetteerError
from geomap.gazetteer.custom import CustomPlaces
from geomap.gazetteer.index import Fallback, Gazetteer

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite.xz"
INDEX_SUFFIXES = (".sqlite", ".db")
KEPT_INDEXES = 3  # unpacked indexes kept in the cache, this version's included (other checkouts may use the rest)


def cache_dir() -> Path:
    """$GEOMAP_CACHE_DIR, else $XDG_CACHE_HOME/geomap, else ~/.cache/geomap."""
    if env := os.environ.get("GEOMAP_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geomap"


def digest_of(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def pack(index: Path, archive: Path) -> None:
    """Compress a built index into the package archive and write its digest sidecar (atomically)."""
    tmp = archive.with_name(archive.name + ".tmp")
    with index.open("rb") as src, lzma.open(tmp, "wb", preset=9 | lzma.PRESET_EXTREME) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(tmp, archive)
    archive.with_name(archive.name + ".sha256").write_text(digest_of(archive) + "\n", encoding="ascii")


def unpacked_index(archive: Path = PACKAGED) -> Path:
    """Path of the unpacked index, unpacking it on first use."""
    sidecar = archive.with_name(archive.name + ".sha256")
    try:
        digest = sidecar.read_text(encoding="ascii").strip()
    except OSError as exc:
        raise GazetteerError(f"{sidecar}: embedded gazetteer missing; rebuild it (gazetteer/README.md)") from exc
    target = cache_dir() / f"gazetteer-{digest[:16]}.sqlite"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as dst, lzma.open(archive, "rb") as src:
            shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(tmp, target)
    except (OSError, lzma.LZMAError) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GazetteerError(f"{archive}: cannot unpack the embedded gazetteer into {target.parent}: {exc}") from exc
    _prune(target)
    return target


def _prune(kept: Path) -> None:
    """Delete the unpacked indexes of other versions but the KEPT_INDEXES newest (41 MB each: upgrades would
    otherwise pile them up in the cache). A process still reading one keeps its open file."""
    others = sorted((p for p in kept.parent.glob("gazetteer-*.sqlite") if p != kept),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEPT_INDEXES - 1:]:
        old.unlink(missing_ok=True)


def open_gazetteer(paths: Sequence[Path] = (), fallback: Fallback | None = None) -> Gazetteer:
    """The embedded index, or an index file given in `paths` (.sqlite/.db), plus custom place files
    (.csv/.geojson) from `paths`, later files winning."""
    index: Path | None = None
    custom = CustomPlaces()
    for path in paths:
        if path.suffix.lower() in INDEX_SUFFIXES:
            index = path
        elif path.is_file():
            custom.load(path)
        else:
            raise GazetteerError(f"{path}: no such gazetteer file")
    return Gazetteer(index or unpacked_index(), custom, fallback)
