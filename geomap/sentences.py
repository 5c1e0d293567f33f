"""Sentence spans: enough for news prose, aware of abbreviations ("Mr.", "U.S.", "Feb.", "St.")."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[ \t]*[-•*][ \t])")  # or a list item
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Rev|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|No|vs"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan"
    r"|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$")


# "at 4:17 a.m. (0117 GMT)", "at 2 p.m. Tuesday": a clock time goes on with its zone, day or date
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.I)
_CLOCK_GOES_ON = re.compile(
    r"\s+(?:\(|(?:GMT|UTC|[ECMP][SD]?T|local time)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!['’])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; offsets index into `text`."""
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
