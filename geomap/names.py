"""Name keys: the one normalisation shared by the gazetteer index and the recogniser.

A key is the name folded to lower-case ASCII with punctuation dropped, so "Türkiye", "Turkiye" and
"TURKIYE" meet, "Khar'kov" meets "Kharkov", and "Ivano-Frankivsk" meets "Ivano Frankivsk". A final
period is kept ("Ga." -> "ga."), so abbreviations only match when written as abbreviations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['’ʼ`´‘]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lower-case ASCII key of a name (empty when nothing alphanumeric is left)."""
    ascii_text = anyascii(_APOSTROPHES.sub("", name)).lower()
    key = _NON_WORD.sub(" ", ascii_text).strip()
    return key + "." if key and name.endswith(".") else key


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (alternate names in other scripts are skipped)."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name if ch.isalpha())


def article_respelled(key: str) -> str | None:
    """A folded Arabic place name with its article "el" written "al", or "al" written "el" ("deir el balah" ->
    "deir al balah"), None when it has neither."""
    words = key.split(" ")
    swapped = [{"el": "al", "al": "el"}.get(w, w) for w in words]
    return " ".join(swapped) if swapped != words else None
