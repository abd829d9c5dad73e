"""Derive and store the literal anchors of the draft review's and the screen's patterns.

A pattern can only match a draft that contains one of its anchors (a literal piece
of text every match must include), so the review skips, and never compiles, the
patterns whose anchors are absent. Anchors are derived from the parsed regular
expression; they are stored in ``src/crossroads/core/text/review_anchors.json`` (and the
screen's rule patterns in ``screen_anchors.json``) so that start-up does not pay for
parsing. Regenerate after editing patterns:

    .venv/bin/python tests/review_anchors.py
"""

from __future__ import annotations

import json
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ANCHORS_FILE = ROOT / "src" / "crossroads" / "core" / "text" / "review_anchors.json"
SCREEN_ANCHORS_FILE = ANCHORS_FILE.with_name("screen_anchors.json")

_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT}
if hasattr(sre_parse, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_parse.POSSESSIVE_REPEAT)


def _best(candidates: list[set[str]]) -> set[str] | None:
    usable = [c for c in candidates if c and min(len(s) for s in c) >= 2]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(items: Any) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is sre_parse.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is sre_parse.SUBPATTERN:
            found = _sequence(av[-1])
            if found:
                candidates.append(found)
        elif op is sre_parse.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                found = _sequence(alternative)
                if not found:
                    union = set()
                    break
                union |= found
            if union:
                candidates.append(union)
        elif op in _REPEATS:
            low, _high, item = av
            if low >= 1:
                found = _sequence(item)
                if found:
                    candidates.append(found)
    close_run()
    return _best(candidates)


def derive(source: str) -> list[str] | None:
    """Literal strings at least one of which is in every match of ``source``, or None."""
    found = _sequence(sre_parse.parse(source))
    return sorted(found) if found else None


def all_anchors() -> dict[str, list[str] | None]:
    sys.path.insert(0, str(ROOT / "src"))
    from crossroads.core.text.review_patterns import FLAG_PATTERNS, STRENGTH_PATTERNS

    table: dict[str, list[str] | None] = {}
    for group in (FLAG_PATTERNS, STRENGTH_PATTERNS):
        for patterns in group.values():
            for pattern in patterns:
                table[pattern.source] = derive(pattern.source)
    return table


def screen_anchors() -> dict[str, list[str] | None]:
    sys.path.insert(0, str(ROOT / "src"))
    from crossroads.core.text.screen_lexicon import ABUSE_RULES, SELF_HARM_RULES

    return {rule.pattern.pattern: derive(rule.pattern.pattern)
            for rule in (*SELF_HARM_RULES, *ABUSE_RULES)}


def write() -> None:
    ANCHORS_FILE.write_text(json.dumps(all_anchors(), indent=0, sort_keys=True) + "\n")
    SCREEN_ANCHORS_FILE.write_text(
        json.dumps(screen_anchors(), indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    write()
    print(f"wrote {ANCHORS_FILE} and {SCREEN_ANCHORS_FILE}")
