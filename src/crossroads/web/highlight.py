"""A reviewed draft as HTML: flagged phrases in <mark>, every character escaped.

Spans come as Python string offsets and may overlap; the text is cut at every span
edge and each piece is marked by the spans covering it, so nothing is lost or doubled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape


def _spans(items: Iterable[Mapping[str, Any]], length: int) -> list[tuple[int, int, str]]:
    spans = []
    for item in items:
        start, end = int(item.get("start", 0)), int(item.get("end", 0))
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if start < end:
            spans.append((start, end, str(item.get("category", ""))))
    return spans


def highlight(text: str, flags: Iterable[Mapping[str, Any]],
              strengths: Iterable[Mapping[str, Any]] = ()) -> Markup:
    """``text`` with flags marked ``<mark class="flag">`` and strengths ``<mark class="strength">``.

    Where a flag and a strength overlap, the flag wins: a warning matters more.
    """
    flag_spans = _spans(flags, len(text))
    strength_spans = _spans(strengths, len(text))
    cuts = sorted({0, len(text), *(edge for span in flag_spans + strength_spans
                                   for edge in span[:2])})
    pieces: list[str] = []
    for start, end in pairwise(cuts):
        piece = escape(text[start:end])
        covering = sorted({category for s, e, category in flag_spans if s <= start and end <= e})
        if covering:
            names = " ".join(covering)
            pieces.append(f'<mark class="flag" data-category="{escape(names)}">{piece}</mark>')
            continue
        good = sorted({category for s, e, category in strength_spans if s <= start and end <= e})
        if good:
            names = " ".join(good)
            pieces.append(f'<mark class="strength" data-category="{escape(names)}">{piece}</mark>')
        else:
            pieces.append(str(piece))
    return Markup("".join(pieces))
