"""What the engine and the text analysis return: plain, frozen values (CONTRACTS.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Path = Literal[
    "safety_first",
    "protect_yourself",
    "heal_first",
    "weigh_their_return",
    "let_go",
    "try_sincerely",
]
PATHS: tuple[Path, ...] = (
    "safety_first",
    "protect_yourself",
    "heal_first",
    "weigh_their_return",
    "let_go",
    "try_sincerely",
)
SelfHarmLevel = Literal["none", "check_in", "urgent"]
SELF_HARM_ORDER: dict[SelfHarmLevel, int] = {"none": 0, "check_in": 1, "urgent": 2}


def worst(*levels: SelfHarmLevel) -> SelfHarmLevel:
    """The most serious of several self-harm levels."""
    return max(levels, key=SELF_HARM_ORDER.__getitem__, default="none")


@dataclass(frozen=True)
class Resource:
    name: str
    contact: str
    country: str  # ISO code, or "INT" for the international directory and advice
    kind: Literal["crisis", "abuse", "emergency", "directory"] = "crisis"

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "contact": self.contact, "country": self.country}


@dataclass(frozen=True)
class ScreenResult:
    """The duty-of-care reading of one text (S1, S2)."""

    self_harm: SelfHarmLevel = "none"
    abuse: bool = False
    # Why, for people and tests: the phrases that raised a level. Not part of the contract.
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    ids: tuple[str, ...]
    because: str
    rule: str = ""  # the engine rule that produced it, for tracing

    def to_json(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "because": self.because}


@dataclass(frozen=True)
class PlanSection:
    title: str
    ids: tuple[str, ...]
    steps: tuple[str, ...]
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "ids": list(self.ids), "steps": list(self.steps)}


@dataclass(frozen=True)
class SafetyResult:
    self_harm: SelfHarmLevel
    abuse: bool
    resources: tuple[Resource, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "self_harm": self.self_harm,
            "abuse": self.abuse,
            "resources": [resource.to_json() for resource in self.resources],
        }


@dataclass(frozen=True)
class Assessment:
    """The engine's decision for one set of answers: the `assess` JSON of CONTRACTS.md."""

    path: Path
    reasons: tuple[Reason, ...]
    plan: tuple[PlanSection, ...]
    safety: SafetyResult
    unanswered: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "reasons": [reason.to_json() for reason in self.reasons],
            "plan": [section.to_json() for section in self.plan],
            "safety": self.safety.to_json(),
            "unanswered": list(self.unanswered),
        }


__all__ = [
    "PATHS",
    "Assessment",
    "Path",
    "PlanSection",
    "Reason",
    "Resource",
    "SafetyResult",
    "ScreenResult",
    "SelfHarmLevel",
    "asdict",
    "worst",
]
