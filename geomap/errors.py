"""Exceptions: one root, each subclass also a built-in so callers can catch either."""

from __future__ import annotations


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """Bad user input: names the file and, where it applies, the line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


SHOWN_LINES = 20  # broken lines named in one error


def broken_lines(problems: list[str], path: str, error: type[ValueError] = InputError,
                 what: str = "lines") -> ValueError:
    """One error (of class `error`) naming every broken line of a file (the first SHOWN_LINES; each problem names
    its own line), not one per run."""
    if len(problems) == 1:
        return error(problems[0])
    more = f"\n  … and {len(problems) - SHOWN_LINES} more" if len(problems) > SHOWN_LINES else ""
    return error(f"{path}: {len(problems)} {what} cannot be read:\n" + "\n".join(
        f"  {p}" for p in problems[:SHOWN_LINES]) + more)


class GazetteerError(GeomapError, ValueError):
    """The gazetteer index or a custom place file is missing or malformed."""


class ExportError(GeomapError, OSError):
    """An output could not be written."""


class GeocoderError(GeomapError, RuntimeError):
    """The optional online geocoder failed (timeout, refusal, bad answer)."""
