"""What the answers say, read once against the declared thresholds (METHOD.md,
"Reading the answers"). The decision rules and the plan builder work from these
readings, never from raw scale numbers, so each threshold is applied in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crossroads.core import thresholds as t
from crossroads.core.answers import Answers, Motives
from crossroads.core.result import ScreenResult, SelfHarmLevel, worst

# The eight unhealthy reasons of A6, as answer fields.
FEAR_DRIVEN_MOTIVES = (
    "deserve_poor_treatment",
    "their_behavior_my_fault",
    "alone_forever",
    "can_change_them",
    "being_wanted_over_quality",
    "used_as_loved",
    "fear_of_being_alone",
    "worth_needs_relationship",
)
HEALTHY_MOTIVES = ("love_who_they_are", "shared_values_future")
EVALUATION_ITEMS = ("matched_ideal", "needs_respected", "limits_respected", "real_future")
CHEMISTRY_ELEMENTS = ("physical", "intellectual", "friendship")
PATTERN_ITEMS = (
    "cling_when_rejected",
    "stay_when_needs_unmet",
    "fear_abandonment",
    "love_addiction",
    "must_be_perfect",
)
PRESSURE_BEHAVIORS = (
    "complaining",
    "acting_needy",
    "pleading_tone",
    "threats_ultimatums",
    "pursuing",
    "jealousy_games",
    "begging",
)
ABUSE_CHECKBOXES = ("ex_physical_violence", "ex_threats", "ex_control", "doubt_own_sanity")

Screen = Callable[[str], ScreenResult]


def agrees(value: int | None) -> bool:
    return value is not None and value >= t.AGREES.value


def high(value: int | None) -> bool:
    return value is not None and value >= t.HIGH_DISTRESS.value


@dataclass(frozen=True)
class TextSignal:
    """A free text whose screen raised a level: where it is, and what it raised."""

    pointer: str
    self_harm: SelfHarmLevel
    abuse: bool


@dataclass(frozen=True)
class Readings:
    answers: Answers
    self_harm_checkbox: SelfHarmLevel
    text_signals: tuple[TextSignal, ...]
    abuse_checkboxes: tuple[str, ...]
    fear_motives_agreed: tuple[str, ...]
    healthy_motives_agreed: tuple[str, ...]
    evaluation_low: tuple[str, ...]  # items at 2 or less
    evaluation_answered: int
    patterns_agreed: tuple[str, ...]
    pressure_behaviors: tuple[str, ...]  # used often (3+)
    chemistry_ranking: tuple[str, ...] | None  # strongest to weakest, when all three rated

    @property
    def self_harm(self) -> SelfHarmLevel:
        return worst(self.self_harm_checkbox, *(signal.self_harm for signal in self.text_signals))

    @property
    def abuse_in_texts(self) -> tuple[TextSignal, ...]:
        return tuple(signal for signal in self.text_signals if signal.abuse)

    @property
    def abuse(self) -> bool:
        return bool(self.abuse_checkboxes or self.abuse_in_texts)

    @property
    def fear_driven(self) -> bool:
        """More of the eight A6 reasons agreed with than of the two healthy ones (A6, E2)."""
        return len(self.fear_motives_agreed) > len(self.healthy_motives_agreed)

    @property
    def motives_answered(self) -> bool:
        motives = self.answers.motives
        if motives is None:
            return False
        return any(
            getattr(motives, name) is not None for name in (*FEAR_DRIVEN_MOTIVES, *HEALTHY_MOTIVES)
        )

    @property
    def wellbeing_answered(self) -> bool:
        wellbeing = self.answers.wellbeing
        return wellbeing is not None and (
            wellbeing.distress is not None or wellbeing.desperation is not None
        )

    @property
    def clear_yes(self) -> bool:
        """All four evaluation items at 3 or more (E7)."""
        return self.evaluation_answered == len(EVALUATION_ITEMS) and not self.evaluation_low

    @property
    def chemistry_weakest(self) -> str | None:
        return self.chemistry_ranking[-1] if self.chemistry_ranking else None


def _agreed(motives: Motives | None, names: tuple[str, ...]) -> tuple[str, ...]:
    if motives is None:
        return ()
    return tuple(name for name in names if agrees(getattr(motives, name)))


def _self_harm_from_checkbox(answers: Answers) -> SelfHarmLevel:
    thoughts = answers.wellbeing.self_harm_thoughts if answers.wellbeing else None
    if thoughts in ("frequent", "plan"):
        return "urgent"
    if thoughts == "passing":
        return "check_in"
    return "none"


def _chemistry_ranking(answers: Answers) -> tuple[str, ...] | None:
    chemistry = answers.chemistry
    if chemistry is None:
        return None
    scores = {name: getattr(chemistry, name) for name in CHEMISTRY_ELEMENTS}
    if any(score is None for score in scores.values()):
        return None
    # Strongest first; ties keep the order of C8 (physical, intellectual, friendship),
    # so the element listed last among equals becomes the focus.
    order = {name: index for index, name in enumerate(CHEMISTRY_ELEMENTS)}
    return tuple(sorted(scores, key=lambda name: (-scores[name], order[name])))


def read(answers: Answers, screen: Screen) -> Readings:
    """Read the answers once: thresholds applied, every free text screened (S1, S2)."""
    signals = []
    for pointer, text in answers.free_texts():
        result = screen(text)
        if result.self_harm != "none" or result.abuse:
            signals.append(TextSignal(pointer, result.self_harm, result.abuse))

    safety = answers.safety
    abuse_checkboxes = tuple(
        name for name in ABUSE_CHECKBOXES if safety is not None and getattr(safety, name) is True
    )
    evaluation = answers.evaluation
    evaluation_scores = [
        (name, getattr(evaluation, name)) for name in EVALUATION_ITEMS if evaluation is not None
    ]
    answered = [(name, score) for name, score in evaluation_scores if score is not None]
    patterns = answers.patterns
    behaviors = answers.behaviors
    return Readings(
        answers=answers,
        self_harm_checkbox=_self_harm_from_checkbox(answers),
        text_signals=tuple(signals),
        abuse_checkboxes=abuse_checkboxes,
        fear_motives_agreed=_agreed(answers.motives, FEAR_DRIVEN_MOTIVES),
        healthy_motives_agreed=_agreed(answers.motives, HEALTHY_MOTIVES),
        evaluation_low=tuple(name for name, score in answered if score < t.CLEAR_YES.value),
        evaluation_answered=len(answered),
        patterns_agreed=tuple(
            name
            for name in PATTERN_ITEMS
            if patterns is not None and agrees(getattr(patterns, name))
        ),
        pressure_behaviors=tuple(
            name
            for name in PRESSURE_BEHAVIORS
            if behaviors is not None and agrees(getattr(behaviors, name))
        ),
        chemistry_ranking=_chemistry_ranking(answers),
    )
