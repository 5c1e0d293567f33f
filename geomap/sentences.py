"""Sentence spans: enough for news prose, aware of abbreviations ("Mr.", "U.S.", "Feb.", "St.")."""

from __future__ import annotations

import re

from geomap.tokens import UPPER

_END = re.compile(rf"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[{UPPER}0-9])|\n\s*\n|\n(?=[ \t]*[-•*][ \t])")  # or a list
# item; a capital of any script starts the next sentence ("… on Monday. Émile Dupont said …")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Rev|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Coun|Cllr"
    r"|Supt|Insp|Det|Cpl|Pte|Adm|Brig|Maj|Cmdr|Atty|Hon"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan"
    r"|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$")


# "at 4:17 a.m. (0117 GMT)", "at 2 p.m. Tuesday": a clock time goes on with its zone, day or date
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.I)
_CLOCK_GOES_ON = re.compile(
    r"\s+(?:\(|(?:GMT|UTC|[ECMP][SD]?T|local time)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!['’])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


MAX_SENTENCE = 1500  # characters; longer runs (a table or list pasted without stops) are cut at clause breaks
_BREAKS = (re.compile(r"[,;:]\s"), re.compile(r"\s[-–—]\s"), re.compile(r"\s"))  # where to cut, best first


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; offsets index into `text`. A sentence longer than
    MAX_SENTENCE characters is cut at its last comma, semicolon or dash (else space) in the second half of
    the limit, so the work per sentence, which grows with its square, stays bounded."""
    return [piece for s, e in _spans(text) for piece in _cut(text, s, e)]


def _cut(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    while e - s > MAX_SENTENCE:
        half = s + MAX_SENTENCE // 2
        at = next((ends[-1] for pattern in _BREAKS
                   if (ends := [m.end() for m in pattern.finditer(text, half, s + MAX_SENTENCE)])), s + MAX_SENTENCE)
        end = at
        while end > s and text[end - 1].isspace():
            end -= 1
        out.append((s, end))
        s = at
        while s < e and text[s].isspace():
            s += 1
    return [*out, (s, e)] if e > s else out


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentences ended by stops, blank lines and list items."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and (_ABBREV.search(text[max(0, m.start() - 12): m.start() + 1]) or (
                _CLOCK.search(text, max(0, m.start() - 4), m.start() + 1) and _CLOCK_GOES_ON.match(text, m.end()))):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
