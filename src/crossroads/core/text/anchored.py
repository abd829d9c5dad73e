"""Regular expressions compiled on first use and skipped when their anchors are absent.

The screen's phrase families are long alternations; compiling all of them costs about a
third of a second, which every command that screens text (``crossroads review`` too) would
pay at start. An anchor is a literal piece of text that every match of a pattern contains,
derived from the parsed pattern ahead of time (``tests/review_anchors.py`` writes them to
``screen_anchors.json``, and a test keeps the file in step with the patterns). A pattern
whose anchors are all absent from a text cannot match it, so it is neither run nor
compiled; a pattern without known anchors always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["AnchoredPattern"]


class AnchoredPattern:
    """The parts of :class:`re.Pattern` the screen uses, behind an anchor check."""

    __slots__ = ("_anchors", "_regex", "pattern")

    def __init__(self, source: str, anchors: tuple[str, ...] | None) -> None:
        self.pattern = source
        self._anchors = anchors
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex

    def may_match(self, text: str) -> bool:
        return self._anchors is None or any(anchor in text for anchor in self._anchors)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None
