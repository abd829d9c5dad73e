"""Draft review: what a message to the ex does that the method warns against (C2-C7, E9).

``review_draft(text)`` finds, phrase by phrase, threats, guilt trips, over-promises,
jealousy bait, self-abasement, neediness and blame, says why each one tends to
backfire and how to say that part instead; it also notes what the draft does well.
It runs the duty-of-care screen on the same text (S1, S2).

Pure: no I/O at call time except the first read of the packaged texts
(``content/<language>/review.yaml``), which is cached.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

import yaml

from crossroads.core.result import ScreenResult, SelfHarmLevel
from crossroads.core.text.normalize import fold
from crossroads.core.text.review_patterns import (
    FLAG_CATEGORIES,
    FLAG_IDS,
    FLAG_PATTERNS,
    STRENGTH_CATEGORIES,
    STRENGTH_PATTERNS,
    FlagCategory,
    Pattern,
    StrengthCategory,
)

if TYPE_CHECKING:
    from crossroads.core.text.review_model import ReviewModel

__all__ = [
    "DraftReview",
    "Flag",
    "ReviewTexts",
    "RuleFindings",
    "Strength",
    "Verdict",
    "review_draft",
    "review_texts",
    "rule_findings",
]

Verdict = Literal["hold", "revise", "ready"]


@dataclass(frozen=True)
class Flag:
    """One stretch of the draft the method warns against, with why and a better way."""

    category: FlagCategory
    start: int
    end: int
    ids: tuple[str, ...]
    why: str
    instead: str
    key: str = ""  # the pattern family that matched, for tests and tuning

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "ids": list(self.ids),
            "why": self.why,
            "instead": self.instead,
        }


@dataclass(frozen=True)
class Strength:
    """One stretch of the draft that follows the method (E9, E12, C7, C10)."""

    category: StrengthCategory
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class DraftReview:
    """The `crossroads review` answer for one draft (CONTRACTS.md)."""

    verdict: Verdict
    flags: tuple[Flag, ...]
    strengths: tuple[Strength, ...]
    self_harm: SelfHarmLevel
    abuse: bool

    @property
    def categories(self) -> frozenset[FlagCategory]:
        return frozenset(flag.category for flag in self.flags)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "flags": [flag.to_json() for flag in self.flags],
            "strengths": [strength.to_json() for strength in self.strengths],
            "self_harm": self.self_harm,
            "abuse": self.abuse,
        }


# --- the texts shown with each flag -------------------------------------------------------


@dataclass(frozen=True)
class CategoryText:
    why: str
    instead: str
    variants: dict[str, str]  # pattern key -> a more specific "instead"

    def instead_for(self, key: str) -> str:
        return self.variants.get(key, self.instead)


@dataclass(frozen=True)
class ReviewTexts:
    categories: dict[str, CategoryText]


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"review.yaml: {where} must be a non-empty string")
    return " ".join(value.split())


@cache
def review_texts(language: str = "en") -> ReviewTexts:
    """The why/instead texts of ``content/<language>/review.yaml``, checked and cached."""
    source = resources.files("crossroads").joinpath("content", language, "review.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("flags"), dict):
        raise ValueError("review.yaml: expected a mapping with a 'flags' mapping")
    flags: dict[str, Any] = data["flags"]
    categories: dict[str, CategoryText] = {}
    for category in FLAG_CATEGORIES:
        entry = flags.get(category)
        if not isinstance(entry, dict):
            raise ValueError(f"review.yaml: flags.{category} is missing")
        variants_raw = entry.get("instead_by_pattern") or {}
        if not isinstance(variants_raw, dict):
            raise ValueError(f"review.yaml: flags.{category}.instead_by_pattern must be a mapping")
        categories[category] = CategoryText(
            why=_text(entry.get("why"), f"flags.{category}.why"),
            instead=_text(entry.get("instead"), f"flags.{category}.instead"),
            variants={
                str(key): _text(value, f"flags.{category}.instead_by_pattern.{key}")
                for key, value in variants_raw.items()
            },
        )
    unknown = set(flags) - set(FLAG_CATEGORIES)
    if unknown:
        raise ValueError(f"review.yaml: unknown flag categories {sorted(unknown)}")
    return ReviewTexts(categories)


# --- finding phrases ------------------------------------------------------------------------

# Where a clause starts, looking back from a match: negation only counts inside its clause.
_CLAUSE_START = re.compile(r"[.!?;:\n]|,\s|\b(?:but|though|although|however|and then)\b")

# Words just before a phrase that turn it around ("I'm not going to beg", "I'd never
# keep the kids from you"). Per category, because the same word can be part of a flag
# elsewhere ("I will never lie again" is the over-promise itself).
_GENERIC_NEGATION = (
    r"(?:\b(?:not|never|no|nobody|no one|without)|n't|\bcannot|\bdont|\bwont|\bcant)"
    r"\s+(?:(?:ever|even|really|just|be|to|going to|gonna|want to|try to|trying to|"
    r"have to|need to|about to)\s+)*$"
)
_NEGATION: dict[str, re.Pattern[str]] = {
    "threat": re.compile(
        r"(?:\b(?:would never|will never|'d never|never|not going to|not gonna|won'?t|wouldn'?t|"
        r"would not|not|don'?t want to|no way i(?:'d| would))\s+(?:ever\s+|even\s+|try to\s+|"
        r"want to\s+|be the one to\s+)*$|\bnot saying\b.*$|\bnot threatening\b.*$)"
    ),
    "guilt_trip": re.compile(_GENERIC_NEGATION),
    "over_promise": re.compile(
        r"(?:\b(?:not going to|not gonna|won'?t|can'?t|cannot|don'?t want to|refuse to)\s+"
        r"(?:pretend|promise|say|tell you)\b.*$|\bcan'?t promise\b.*$|\bnot promising\b.*$|"
        r"\bpromises i can'?t keep\b.*$|\bnot (?:claiming|saying)\b.*$|"
        + _GENERIC_NEGATION + ")"
    ),
    "jealousy_bait": re.compile(
        r"(?:\b(?:not|never|nobody|no one|haven'?t|hasn'?t|didn'?t|isn'?t|wasn'?t|no)\s+"
        r"(?:\w+\s+){0,2}$)"
    ),
    "self_abasement": re.compile(
        r"(?:\b(?:not going to|not gonna|won'?t|will not|refuse to|don'?t want to|not here to|"
        r"stopped|no longer|not|never)\s+(?:\w+\s+){0,1}$)"
    ),
    "neediness": re.compile(
        r"(?:\b(?:no need to|(?:you )?(?:don'?t|do not|dont) (?:have|need) to|(?:not|never) "
        r"(?:asking|expecting)(?: you)? to|(?:i'?m|im|i am) not (?:going to|gonna)|i (?:won'?t|"
        r"will not|wont|never)|no rush to|no pressure to)\s+(?:\w+\s+){0,1}$)"
    ),
    "blame": re.compile(
        r"(?:\b(?:not saying|don'?t think|do not think|never thought|never said|didn'?t mean|"
        r"wasn'?t calling you|not calling you|don'?t believe|not that|wouldn'?t say|"
        r"i'?m not saying|it'?s not that|used to (?:think|believe|say)|i once thought)\b.*$|"
        r"\b(?:not|never)\s+$)"
    ),
}
_STRENGTH_NEGATION = re.compile(
    r"(?:\b(?:not|never|no)|n't|\bdont|\bcant|\bwont)\s+(?:\w+\s+){0,1}$"
)

# Jealousy bait is defused when the same sentence says the offer was turned down,
# and nothing else in the message presents the person as in demand.
_TURNED_DOWN = re.compile(
    r"\b(?:i said no|i turned (?:him|her|them|it) down|i'?m not ready|not interested|"
    r"nothing serious|i told (?:him|her|them) no)\b"
)
_BAIT_MARKERS = re.compile(
    r"\b(?:options|just so you know|thought you should know|fyi|just saying|"
    r"wanted you to know)\b|\U0001f60f|\U0001f609"
)

# "I'll never forget our trip" remembers; it promises nothing (C4 is about vows of change).
# A sentence with "again" ("I'll never forget your birthday again") stays a promise.
_MEMORY_NOT_PROMISE = re.compile(
    r"\bi(?:'?ll| will| shall)\s+(?:never\s+forget|always\s+remember)\b(?![^.!?\n]*\bagain\b)"
)

_SENTENCE_END = re.compile(r"[.!?\n]")

# A part owned while taking all the blame is no longer "owning a part" (E9, C6).
_ALL_BLAME_KEYS = frozenset({"all_blame"})


def _clause_prefix(folded: str, start: int) -> str:
    window = folded[max(0, start - 120):start]
    cut = 0
    for found in _CLAUSE_START.finditer(window):
        cut = found.end()
    return window[cut:]


def _sentence(folded: str, start: int, end: int) -> str:
    left = start
    while left > 0 and not _SENTENCE_END.match(folded[left - 1]):
        left -= 1
    found = _SENTENCE_END.search(folded, end)
    right = found.end() if found else len(folded)
    return folded[left:right]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends on spaces or punctuation."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "?!":
        end -= 1
    return start, end


@dataclass(frozen=True)
class _Hit:
    category: str
    key: str
    start: int
    end: int


def _is_negated(category: str, folded: str, start: int) -> bool:
    negation = _NEGATION.get(category)
    return negation is not None and negation.search(_clause_prefix(folded, start)) is not None


@cache
def _anchors() -> dict[str, tuple[str, ...] | None]:
    """Pattern source -> literal anchors, one of which every match contains."""
    source = resources.files("crossroads").joinpath("core", "text", "review_anchors.json")
    raw: dict[str, list[str] | None] = json.loads(source.read_text(encoding="utf-8"))
    return {key: tuple(value) if value else None for key, value in raw.items()}


def _may_match(pattern: Pattern, folded: str) -> bool:
    anchors = _anchors().get(pattern.source)
    return anchors is None or any(anchor in folded for anchor in anchors)


def _find(patterns: tuple[Pattern, ...], folded: str, *, use_anchors: bool = True) -> list[_Hit]:
    hits: list[_Hit] = []
    for pattern in patterns:
        if use_anchors and not _may_match(pattern, folded):
            continue
        for found in pattern.regex.finditer(folded):
            if found.end() > found.start():
                hits.append(_Hit(pattern.category, pattern.key, found.start(), found.end()))
    return hits


def _flag_hits(folded: str) -> tuple[list[_Hit], list[_Hit]]:
    """The rule hits kept, and those a negation or a turned-down offer defused."""
    kept: list[_Hit] = []
    defused: list[_Hit] = []
    for category in FLAG_CATEGORIES:
        for hit in _find(FLAG_PATTERNS[category], folded):
            if _is_negated(category, folded, hit.start) or (
                category == "jealousy_bait"
                and _TURNED_DOWN.search(_sentence(folded, hit.start, hit.end))
                and not _BAIT_MARKERS.search(folded)
            ):
                defused.append(hit)
                continue
            kept.append(hit)
    return kept, defused


def _strength_hits(folded: str, flag_hits: list[_Hit]) -> list[_Hit]:
    all_blame = any(hit.key in _ALL_BLAME_KEYS for hit in flag_hits)
    kept: list[_Hit] = []
    for category in STRENGTH_CATEGORIES:
        if category == "owns_part" and all_blame:
            continue
        for hit in _find(STRENGTH_PATTERNS[category], folded):
            if _STRENGTH_NEGATION.search(_clause_prefix(folded, hit.start)):
                continue
            kept.append(hit)
    return kept


def _merge(text: str, hits: list[_Hit]) -> list[_Hit]:
    """One span per overlapping run of hits of the same category, trimmed to words."""
    merged: list[_Hit] = []
    by_category: dict[str, list[_Hit]] = {}
    for hit in hits:
        by_category.setdefault(hit.category, []).append(hit)
    for category, group in by_category.items():
        group.sort(key=lambda hit: (hit.start, -hit.end))
        current = group[0]
        for hit in group[1:]:
            if hit.start < current.end:
                current = _Hit(category, current.key, current.start, max(current.end, hit.end))
            else:
                merged.append(current)
                current = hit
        merged.append(current)
    spans: list[_Hit] = []
    for hit in merged:
        start, end = _trim(text, hit.start, hit.end)
        if end <= start:
            start, end = hit.start, hit.end
        spans.append(_Hit(hit.category, hit.key, start, end))
    spans.sort(key=lambda hit: (hit.start, hit.end, hit.category))
    return spans


def _screen(text: str, screened: ScreenResult | None) -> tuple[SelfHarmLevel, bool]:
    # S1, S2. Without the caller's reading, the screen's rules alone: its learned layer
    # loads a transformer (about half a second, once) and adds ~9 ms a draft, which would
    # break the review's budgets for a single draft (≤ 5 ms warm, fast start). Callers that
    # can afford the whole screen (a person at the terminal, a batch, the web app) run it
    # themselves, usually for other reasons too, and pass its reading in.
    if screened is None:
        from crossroads.core.text.screen import screen_rules

        screened = screen_rules(text)
    return screened.self_harm, screened.abuse


def _verdict(flags: tuple[Flag, ...], self_harm: SelfHarmLevel) -> Verdict:
    if self_harm == "urgent" or any(flag.category == "threat" for flag in flags):
        return "hold"
    return "revise" if flags else "ready"


@dataclass(frozen=True)
class RuleFindings:
    """What the rules found in a draft: merged spans, and the phrases negation defused."""

    flags: tuple[_Hit, ...]
    strengths: tuple[_Hit, ...]
    defused: tuple[_Hit, ...]


def rule_findings(text: str) -> RuleFindings:
    """The rule layer alone (also used by ``bench/train_review.py`` to label sentences)."""
    folded = fold(text)
    if len(folded) != len(text):  # fold keeps lengths; guard the offsets regardless
        folded = text.lower() if len(text.lower()) == len(text) else text
    flag_hits, defused = _flag_hits(folded)
    # The learned layer defers to these, as to a negated phrase.
    defused += [_Hit("over_promise", "memory", found.start(), found.end())
                for found in _MEMORY_NOT_PROMISE.finditer(folded)]
    return RuleFindings(
        flags=tuple(_merge(text, flag_hits)),
        strengths=tuple(_merge(text, _strength_hits(folded, flag_hits))),
        defused=tuple(defused),
    )


def _overlaps(hit: _Hit, start: int, end: int) -> bool:
    return hit.start < end and start < hit.end


def _model_hits(
    text: str, rules: RuleFindings, model: ReviewModel | None = None
) -> tuple[list[_Hit], list[_Hit]]:
    """Flags and strengths the learned layer adds where the rules found nothing.

    A sentence gets a category when its probability passes the category's threshold and no
    rule span of that category, kept or defused by negation, touches the sentence: the
    rules stay authoritative for their own phrases and for "I'm not going to beg".
    """
    if model is None:
        from crossroads.core.text import review_model

        model = review_model.load()
    thresholds = model.thresholds
    flags: list[_Hit] = []
    strengths: list[_Hit] = []
    all_blame = any(hit.key in _ALL_BLAME_KEYS for hit in rules.flags)
    for scored in model.score(text):
        start, end = _trim(text, scored.unit.start, scored.unit.end)
        if end <= start:
            start, end = scored.unit.start, scored.unit.end
        known = {
            hit.category
            for hit in (*rules.flags, *rules.defused, *rules.strengths)
            if _overlaps(hit, start, end)
        }
        for category, probability in scored.probabilities.items():
            if category in known or probability < thresholds[category]:
                continue
            hit = _Hit(category, _MODEL_KEY, start, end)
            if category in FLAG_CATEGORIES:
                flags.append(hit)
            elif not (category == "owns_part" and all_blame):
                strengths.append(hit)
    return flags, strengths


# The key of a flag raised by the learned layer (review.yaml has no variant for it).
_MODEL_KEY = "model"


def review_draft(
    text: str, *, language: str = "en", model: bool = True,
    screened: ScreenResult | None = None,
) -> DraftReview:
    """Review a message the person wants to send to their ex. Nothing is ever sent.

    ``model=False`` reviews with the rules alone (for measurement). ``screened`` is the
    caller's reading of the same draft by the whole screen (``screen_text``); without it
    the draft is read for self-harm and abuse by the screen's rules alone.
    """
    texts = review_texts(language)
    rules = rule_findings(text)
    flag_hits = list(rules.flags)
    strength_hits = list(rules.strengths)
    if model:
        extra_flags, extra_strengths = _model_hits(text, rules)
        flag_hits += extra_flags
        strength_hits += extra_strengths
    flag_hits.sort(key=lambda hit: (hit.start, hit.end, hit.category))
    strength_hits.sort(key=lambda hit: (hit.start, hit.end, hit.category))
    flags: list[Flag] = []
    for hit in flag_hits:
        category: FlagCategory = _as_flag_category(hit.category)
        words = texts.categories[category]
        flags.append(Flag(
            category=category,
            start=hit.start,
            end=hit.end,
            ids=FLAG_IDS[category],
            why=words.why,
            instead=words.instead_for(hit.key),
            key=hit.key,
        ))
    strengths = tuple(
        Strength(_as_strength_category(hit.category), hit.start, hit.end)
        for hit in strength_hits
    )
    self_harm, abuse = _screen(text, screened)
    frozen_flags = tuple(flags)
    return DraftReview(
        verdict=_verdict(frozen_flags, self_harm),
        flags=frozen_flags,
        strengths=strengths,
        self_harm=self_harm,
        abuse=abuse,
    )


def _as_flag_category(name: str) -> FlagCategory:
    for category in FLAG_CATEGORIES:
        if category == name:
            return category
    raise ValueError(f"unknown flag category {name!r}")


def _as_strength_category(name: str) -> StrengthCategory:
    for category in STRENGTH_CATEGORIES:
        if category == name:
            return category
    raise ValueError(f"unknown strength category {name!r}")
