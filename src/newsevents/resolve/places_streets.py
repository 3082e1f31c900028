"""Streets, roads and numbered highways: "Main Street", "W. Bridge St.", "Interstate 45".

They are toponyms (geoparsing corpora mark them) but GeoNames has no entry for them, so
they come back without an id or coordinates, with the GeoNames feature class for roads
(R).  Found by the English street-name pattern: capitalised words (or an ordinal) before a
street word, or a highway word before a number.
"""

from __future__ import annotations

import re

from newsevents.records import Place

ROAD_FEATURE_CLASS = "R"

_STREET_WORDS = (
    r"Street|St\.(?!\s+[A-Z][a-z])|Avenue|Ave\.|Road|Rd\.|Drive|Lane|Boulevard|Blvd\.|"
    r"Parkway|Pkwy\.|Highway(?!\s+Patrol)|Hwy\.|Circle|Trail|Pike|Turnpike|Expressway|Freeway|"
    r"Square"
)
#: A capitalised word, a short abbreviation ("W.", "Jr.") or an ordinal; a longer word with
#: a dot ends a sentence ("College Avenue. Lane" is no street).
_NAME_WORD = r"(?:[A-Z][A-Za-z'’-]*(?<!\.)(?!\.)|[A-Z][a-z]{0,2}\.|\d+(?:st|nd|rd|th))"
#: Not inside a dotted abbreviation ("S.C. Highway 9" is no "C. Highway").
_NAMED = re.compile(rf"(?<![\w.])(?:{_NAME_WORD}\s+){{1,4}}(?:{_STREET_WORDS})(?![\w-])")
_NUMBERED = re.compile(
    r"\b(?:(?:State|U\.S\.|US|County)\s+)?(?:Highway|Hwy\.?|Interstate|Route|Rte\.?)\s+\d+[A-Z]?\b"
    r"|\b(?:I|US|SR)-\d+\b"
)
#: Capitalised words that start a sentence or a phrase and are no part of a street name.
_LEADING = frozenset(
    {"the", "a", "an", "on", "at", "in", "of", "and", "or", "from", "to", "near", "along", "off",
     "by", "for", "with", "into", "onto", "across", "between", "down", "up", "past", "via",
     "this", "that", "but", "when", "while", "after", "before"}
)  # fmt: skip


def find_streets(text: str) -> list[Place]:
    """Street and road names in ``text``, in text order, without overlaps."""
    found: list[tuple[int, int]] = []
    for m in _NUMBERED.finditer(text):
        found.append(m.span())
    for m in _NAMED.finditer(text):
        start, end = m.span()
        words = list(re.finditer(r"\S+", text[start:end]))
        k = 0
        while k < len(words) - 1 and words[k].group().lower() in _LEADING:
            k += 1
        for j in range(k, len(words) - 1):
            if re.search(r"['’]s\Z", words[j].group()):
                k = j + 1  # a possessive names the town: "Augusta's Highland Avenue"
        if k == len(words) - 1:
            continue  # nothing but "On Street"
        start += words[k].start()
        if not any(s < end and start < e for s, e in found):
            found.append((start, end))
    found.sort()
    return [
        Place(text[s:e], s, e, text[s:e], None, None, None, None, ROAD_FEATURE_CLASS)
        for s, e in found
    ]
