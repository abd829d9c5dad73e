"""Where the words of METHOD.md's path table fall on the answers' scales.

These are product decisions ("Reading the answers" in METHOD.md). They live here,
in one declared table, each with the reason it has that value, so a counselor
reviewing the engine can find and question every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Threshold:
    name: str
    value: int
    reason: str


HIGH_DISTRESS = Threshold(
    "high_distress",
    7,
    "7 or more of 10 is where distress or desperation crowds out clear choices (D1, E1).",
)
AGREES = Threshold(
    "agrees",
    3,
    "On a 0-4 scale, 3 ('mostly') or 4 ('completely') is agreement; 2 is undecided.",
)
DISAGREES = Threshold(
    "disagrees",
    1,
    "On a 0-4 scale, 0 or 1 is disagreement (used for 'love who they are' in B1).",
)
SHORT_RELATIONSHIP_MONTHS = Threshold(
    "short_relationship_months",
    12,
    "About a year or less: dating rather than a shared life, so the ending says more "
    "about their commitment than about a fixable problem (A5, E4).",
)
RAW_BREAKUP_WEEKS = Threshold(
    "raw_breakup_weeks",
    2,
    "Within two weeks of the breakup, mourning and calming down come first (E1).",
)
SOOTHE_RELIANCE = Threshold(
    "soothe_reliance",
    3,
    "Relying on the ex to soothe one's feelings at 3+ of 4 is the neediness D1/D4 describe.",
)
TREATED_POORLY = Threshold(
    "treated_poorly",
    3,
    "Agreeing (3+ of 4) that the ex treated you poorly is a reason to let go (A7).",
)
CLEAR_YES = Threshold(
    "clear_yes",
    3,
    "Every evaluation item at 3+ of 4 is a clear yes; any at 2 or less is not (E7).",
)

REASSESS_HEAL_WEEKS = Threshold(
    "reassess_heal_weeks",
    3,
    "A few weeks of self-care is enough to feel a difference, short enough not to drift (E1, D1).",
)
REASSESS_LET_GO_WEEKS = Threshold(
    "reassess_let_go_weeks",
    6,
    "Grief needs longer before a second look is clear rather than a relapse (E12, D10).",
)

ALL = (
    HIGH_DISTRESS,
    AGREES,
    DISAGREES,
    SHORT_RELATIONSHIP_MONTHS,
    RAW_BREAKUP_WEEKS,
    SOOTHE_RELIANCE,
    TREATED_POORLY,
    CLEAR_YES,
    REASSESS_HEAL_WEEKS,
    REASSESS_LET_GO_WEEKS,
)
