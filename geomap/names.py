"""Name keys: the one normalisation shared by the gazetteer index and the recogniser.

A key is the name folded to lower-case ASCII with punctuation dropped, so "Türkiye", "Turkiye" and
"TURKIYE" meet, "Khar'kov" meets "Kharkov", and "Ivano-Frankivsk" meets "Ivano Frankivsk". A final
period is kept ("Ga." -> "ga."), so abbreviations only match when written as abbreviations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

ADMIN_SUFFIXES = ("region", "province", "oblast", "governorate", "prefecture", "state", "county", "parish", "district",
                  "department")  # the words after an admin region's name ("Sagaing Region", "Mzimba District")
CALLS_GAP_RE = re.compile(  # between two names of one place: "Derry, which unionists call Londonderry",
    r",? (?:which|that|the (?:city|town|village|region|place)(?: that)?) (?:[\w'’-]+ ){0,3}"  # "Artemivsk, the
    r"(?:calls?|called|knows? as|refers? to as) |,? (?:also|formerly|once) (?:known as|called) | \(")  # city Russia
# calls Bakhmut", "Mumbai (Bombay)"
_APOSTROPHES = re.compile(r"['’ʼ`´‘ʻ]")  # also the ʻokina, written ‘ or ʻ ("Nukuʻalofa")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lower-case ASCII key of a name (empty when nothing alphanumeric is left)."""
    ascii_text = anyascii(_APOSTROPHES.sub("", name)).lower()
    key = _NON_WORD.sub(" ", ascii_text).strip()
    return key + "." if key and name.endswith(".") else key


_PROVINCE_OF = re.compile(r"provincia d(?:e|el|ella|i|a) (.+)")


def province_town(key: str) -> str | None:
    """The town a province is named after, in the Romance form GeoNames gives Spain's, Italy's and the Andes'
    provinces: "provincia de malaga" -> "malaga", "provincia di bari" -> "bari" (folded keys)."""
    return m[1] if (m := _PROVINCE_OF.fullmatch(key)) else None


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (alternate names in other scripts are skipped)."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name if ch.isalpha())


def article_respelled(key: str) -> str | None:
    """A folded Arabic place name with its article "el" written "al", or "al" written "el" ("deir el balah" ->
    "deir al balah"), None when it has neither."""
    words = key.split(" ")
    swapped = [{"el": "al", "al": "el"}.get(w, w) for w in words]
    return " ".join(swapped) if swapped != words else None


_ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ash|ad|ath) ")  # "An Nuşayrāt", "Al Ḩasakah", "Ash Shati"
_VOWELS = re.compile(r"[aeiouyhw]+")  # vowels and the letters transliterations drop or add ("Nuseirat", "Nusayrat")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """A name's consonants, as transliterations agree on them: no Arabic article, vowels, h, w or y, doubled
    letters once, q and c as k ("An Nuşayrāt" and "Nuseirat" -> "nsrt"; "Pahlgām" and "Pahalgam" -> "plgm")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", _unprefixed(name).replace(" ", "")))


def respelled(written: str, name: str) -> bool:
    """Whether `written` is another transliteration of `name` (its first letter and at least three consonants
    alike): "Nuseirat" of "An Nuşayrāt", "Metula" of "Metulla"; not "Kaliningrad" of "Korolev"."""
    return len(skeleton(written)) >= 3 and spelled_alike(written, name)


def spelled_alike(written: str, name: str) -> bool:
    """Whether `written` has the first letter and the consonants of `name`, however few: "Kiev" of "Kyiv",
    "Hodeidah" of "Al Ḩudaydah"; not "Tana" of "Antananarivo" (a looser `respelled`)."""
    a = skeleton(written)
    return bool(a) and a == skeleton(name) and _unprefixed(written)[:1] == _unprefixed(name)[:1]


def _unprefixed(name: str) -> str:
    """The folded name without an Arabic article, q and c written k."""
    return _ARTICLE.sub("", fold(name)).replace("q", "k").replace("c", "k")
