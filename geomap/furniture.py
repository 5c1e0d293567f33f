"""Page furniture inside an article's text: bylines, date lines, link lists and photo captions.

Pages saved from news sites and text pasted from them carry lines that are not the story: "By María José
Contreras", "Published: 9 February 2026", "Related: Floods in Ratnapura displace 2,000", "Read more" and the
headlines listed under it, "FILE PHOTO: Police disperse protesters in Nairobi, Kenya, June 25, 2024", "Voters
queue at a polling station on Tuesday. Pic by Nimal Jayaratne". Read as news, their places become events dated
to the story's day. `blank_furniture` overwrites such lines with spaces, so that every offset into the text
still points where it did (a byline's or date line's date is read before, see `geomap.ingest.parse_dateline`).
"""

from __future__ import annotations

import re

MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,5}))?"  # "4:12 PM EDT", "16:12 BST",
# "4:20pm", "20:14:05"
_ISO_TIME = r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # "2026-11-18T20:14:05Z"
_OUTLET = r"(?:[*_]*(?P<outlet>[\w'’&. -]{2,60}?)[*_]*\s*[·|]\s*)?"  # "*Portland Press Herald* · Updated …"
_WEEKDAY = r"(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? "  # "Thursday, ", "Sat, "
DATE_LINE = re.compile(  # "March 19, 2025", "Published: 19 March 2025", "2025-03-19", "Sat, Jan 24, 2026",
    # "Updated 4:12 PM EDT, October 8, 2026", "Thursday, 19th November 2026, 4:20pm", "Published: 2026-11-18 20:14:05"
    rf"{_OUTLET}(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:{_CLOCK},?\s+)?(?:{_WEEKDAY})?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE},? \d{{4}}|{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}){_ISO_TIME}(?:,?\s+(?:at\s+)?{_CLOCK})?\s*", re.I)
_BYLINE = re.compile(  # "By María José Contreras", "*By Special Correspondent*", "ASSOCIATED PRESS"
    r"[ \t]*[*_]*(?:By (?:[A-ZÀ-Þ][\w'’.-]*|the |staff |our )[^\n.!?]{0,150}"
    r"|(?:The )?Associated Press|ASSOCIATED PRESS|Reuters|REUTERS|AFP|Agence France-Presse)[*_]*[ \t]*")
_LINKS = re.compile(  # "Related:", "Read more", "See also: …", "Related reading: [Hurricane Mitch, 27 years on]"
    r"[ \t]*[*_]*(?:Related|Read more|Read also|Also read|See also|More on this story|Most read|Recommended|"
    r"Related (?:stories|articles|coverage|reading|content|news|links))\b[*_]*(?P<rest>[^\n]*)", re.I)
_CAPTION = re.compile(  # "FILE PHOTO: …", "FILE - …", "… (Photo: Andina/Carlos Lezama)", "… AP Photo/O. Abdul",
    r"[ \t]*(?:FILE(?: PHOTO)?\s*[:–—-]\s[^\n]*|[^\n]*(?:\((?:Photo|Pic|Picture|Image)s?\b[^\n]{0,80}\)"
    r"|\b(?:AP|AFP|Reuters|Getty) (?:Photo|Images)\s*/[^\n]{0,60}|\b(?:Photo|Pic|Picture|Image)s?(?: by|:)\s"
    r"[^\n.!?]{0,60}))[ \t]*")
_HEADLINE_ROW = re.compile(r"[ \t]*[^\n]{1,150}(?<![.!?\"”’'])[ \t]*")  # a listed headline: no sentence's end
_LISTED = 12  # headlines looked at under a bare "Related:" or "Read more"
_CAPTION_CHARS = 400  # a caption is a line of a few sentences at most


def blank_furniture(text: str) -> str:
    """`text` with its bylines, date lines, link lists and photo captions overwritten by spaces."""
    chars = list(text)
    listing = 0  # headlines still to blank under a bare link-list heading
    for m in re.finditer(r"[^\n]+", text):
        line, start, end = m.group(), m.start(), m.end()
        if not line.strip():
            continue
        links = _LINKS.fullmatch(line)
        furniture = bool(links or _BYLINE.fullmatch(line) or DATE_LINE.fullmatch(line.strip())
                         or (len(line) <= _CAPTION_CHARS and _CAPTION.fullmatch(line)))  # (not a whole article on
        # one line that ends in a photo's credit)
        if listing and not furniture:
            furniture = bool(_HEADLINE_ROW.fullmatch(line))
            listing = listing - 1 if furniture else 0
        if links:
            listing = _LISTED if not links.group("rest").strip(" \t:*_") else 0
        if furniture:
            chars[start:end] = " " * (end - start)
    return "".join(chars)
