"""Baselines for `crossroads eval`: simple readers the product is measured against.

Three comparisons run beside the product in the same evaluation:

* ``keywords``: a short, naive word list per screen level, for abuse and per review
  category. Written once from common sense, never tuned on any split: it shows what
  plain word spotting achieves.
* ``vader``: VADER sentiment (``vaderSentiment``, MIT) with fixed thresholds on the
  compound score. Screen: compound <= -0.80 gives ``urgent``, <= -0.50 gives
  ``check_in``, otherwise ``none``. Review: compound <= -0.50 flags the draft, and a
  flagged draft counts as predicting every flag category (VADER has no notion of
  categories). VADER cannot tell abuse or strengths: those cells are n/a.
* ``rrt-advocate``: the offline crisis detection engine of the PyPI package
  ``rrt-advocate`` (Apache-2.0), run message by message with a fresh session.
  Its self-harm keyword field (which forces the ``emergency`` level) gives ``urgent``;
  any other level from ``high`` up (aggregate confidence >= 0.4) gives ``check_in``;
  ``stable`` and ``elevated`` give ``none``. It has no abuse output and no draft review:
  those cells are n/a.

``vaderSentiment`` and ``rrt_advocate`` are evaluation-only dependencies (the ``dev``
extra): they are imported inside the functions that use them, never by the product.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["none", "check_in", "urgent"]

FLAG_CATEGORIES: tuple[str, ...] = (
    "threat",
    "guilt_trip",
    "over_promise",
    "jealousy_bait",
    "self_abasement",
    "neediness",
    "blame",
)
STRENGTH_CATEGORIES: tuple[str, ...] = ("owns_part", "respects_choice", "invites_talk")

VADER_URGENT_AT = -0.80
VADER_CHECK_IN_AT = -0.50
VADER_REVIEW_FLAG_AT = -0.50


@dataclass(frozen=True)
class ScreenGuess:
    """What a screen reader says about one text; ``abuse`` is None when it cannot tell."""

    self_harm: Level
    abuse: bool | None


@dataclass(frozen=True)
class ReviewGuess:
    """What a review reader says about one draft; None where it cannot tell."""

    categories: frozenset[str]
    strengths: frozenset[str] | None
    verdict: str | None
    spans: tuple[tuple[int, int], ...] | None = None


# --- keyword lists ---------------------------------------------------------------------

KEYWORDS_URGENT = (
    "kill myself",
    "suicide",
    "suicidal",
    "end my life",
    "end it all",
    "take my life",
    "overdose",
    "hang myself",
    "pills",
    "slit",
)
KEYWORDS_CHECK_IN = (
    "die",
    "dead",
    "hopeless",
    "no point",
    "burden",
    "can't go on",
    "give up",
    "disappear",
    "worthless",
    "no reason to live",
)
KEYWORDS_ABUSE = (
    "hit",
    "hits",
    "hit me",
    "slapped",
    "pushed",
    "choked",
    "threat",
    "threatened",
    "threatens",
    "abuse",
    "abusive",
    "scared of him",
    "scared of her",
    "afraid of him",
    "afraid of her",
    "controls",
    "hurt me",
)
KEYWORDS_FLAGS: dict[str, tuple[str, ...]] = {
    "threat": ("regret", "or else", "lawyer", "you'll be sorry", "never see", "tell everyone"),
    "guilt_trip": ("after everything", "because of you", "how could you", "crying", "you did this"),
    "over_promise": ("i promise", "i'll change", "never again", "always", "better than ever"),
    "jealousy_bait": ("date", "asked me out", "someone else", "flirting", "options"),
    "self_abasement": ("i'm nothing", "anything", "my fault", "i beg", "worthless"),
    "neediness": ("please", "answer me", "need to see you", "call me", "tonight"),
    "blame": ("your fault", "you always", "you never", "selfish", "liar", "pathetic"),
}
KEYWORDS_STRENGTHS: dict[str, tuple[str, ...]] = {
    "owns_part": ("i was wrong", "my part", "i should have", "i take responsibility"),
    "respects_choice": ("your choice", "your decision", "i respect", "if you say no"),
    "invites_talk": ("talk", "coffee", "counseling", "counselling", "therapist"),
}


def _word_list(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b")


def _plain(text: str) -> str:
    return text.lower().replace("\u2019", "'")


_URGENT_RE = _word_list(KEYWORDS_URGENT)
_CHECK_IN_RE = _word_list(KEYWORDS_CHECK_IN)
_ABUSE_RE = _word_list(KEYWORDS_ABUSE)
_FLAG_RES = {name: _word_list(words) for name, words in KEYWORDS_FLAGS.items()}
_STRENGTH_RES = {name: _word_list(words) for name, words in KEYWORDS_STRENGTHS.items()}


def keyword_screen(text: str) -> ScreenGuess:
    """Urgent words give ``urgent``, check-in words ``check_in``; abuse words give abuse."""
    plain = _plain(text)
    level: Level = "none"
    if _URGENT_RE.search(plain):
        level = "urgent"
    elif _CHECK_IN_RE.search(plain):
        level = "check_in"
    return ScreenGuess(level, _ABUSE_RE.search(plain) is not None)


def keyword_review(text: str) -> ReviewGuess:
    """A category is predicted when one of its words appears anywhere in the draft."""
    plain = _plain(text)
    categories = frozenset(name for name, regex in _FLAG_RES.items() if regex.search(plain))
    strengths = frozenset(name for name, regex in _STRENGTH_RES.items() if regex.search(plain))
    spans = (
        tuple(
            (found.start(), found.end())
            for regex in _FLAG_RES.values()
            for found in regex.finditer(plain)
        )
        if len(plain) == len(text)
        else None
    )
    return ReviewGuess(categories, strengths, verdict_for(categories), spans)


def verdict_for(categories: frozenset[str] | set[str]) -> str:
    """The contract's verdict rule applied to a set of flag categories (self-harm aside)."""
    if "threat" in categories:
        return "hold"
    return "revise" if categories else "ready"


# --- VADER -----------------------------------------------------------------------------


def vader_scorer() -> Callable[[str], float]:
    """The compound score of VADER, loaded on first use (evaluation-only dependency)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def compound(text: str) -> float:
        return float(analyzer.polarity_scores(text)["compound"])

    return compound


def vader_screen(compound: float) -> ScreenGuess:
    level: Level = "none"
    if compound <= VADER_URGENT_AT:
        level = "urgent"
    elif compound <= VADER_CHECK_IN_AT:
        level = "check_in"
    return ScreenGuess(level, None)


def vader_review(compound: float) -> ReviewGuess:
    categories = frozenset(FLAG_CATEGORIES) if compound <= VADER_REVIEW_FLAG_AT else frozenset()
    return ReviewGuess(categories, None, None)


# --- rrt-advocate ------------------------------------------------------------------------


def rrt_screener() -> Callable[[str], ScreenGuess]:
    """The rrt-advocate crisis engine as a screen, loaded on first use (evaluation only)."""
    import logging

    from rrt_advocate import CrisisEngine, CrisisLevel

    logging.getLogger("rrt_advocate").setLevel(logging.ERROR)
    engine: Any = CrisisEngine("crossroads-eval")
    raised = {CrisisLevel.ORANGE, CrisisLevel.RED, CrisisLevel.BLACK}

    def screen(text: str) -> ScreenGuess:
        engine.reset_session()  # one message at a time, no history between texts
        assessment = engine.assess(text)
        level: Level = "none"
        if assessment.context_factors.get("self_harm_risk"):
            level = "urgent"
        elif assessment.crisis_level in raised:
            level = "check_in"
        return ScreenGuess(level, None)

    return screen


BASELINE_NOTES: dict[str, str] = {
    "keywords": "naive word lists per level, abuse and category; a word anywhere flags the text",
    "vader": (
        f"VADER compound <= {VADER_URGENT_AT} urgent, <= {VADER_CHECK_IN_AT} check_in; "
        f"review: <= {VADER_REVIEW_FLAG_AT} predicts every flag category; no abuse, no strengths"
    ),
    "rrt-advocate": (
        "rrt-advocate CrisisEngine, fresh session per text: self-harm field -> urgent, "
        "level high or above -> check_in; no abuse, no review"
    ),
}
