"""The decision rules: which conditions of METHOD.md's path table hold for a person.

Each rule returns findings: a reason key (its words and method ids live in
``content/<language>/reasons.yaml``) and the answers it rests on, to be named in
the reason. The paths are tried in METHOD.md's priority order; the first path
with a finding wins, so a higher-priority concern is never outvoted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crossroads.core import thresholds as t
from crossroads.core.readings import Readings, agrees, high
from crossroads.core.result import Path

Value = str | int | tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """One condition that holds: ``key`` names its reason text; ``values`` fill it."""

    key: str
    values: dict[str, Value] = field(default_factory=dict)


def safety_first(r: Readings) -> list[Finding]:
    """Urgent signs of suicide or self-harm: crisis resources now (S1, B9)."""
    found = []
    thoughts = r.answers.wellbeing.self_harm_thoughts if r.answers.wellbeing else None
    if thoughts == "plan":
        found.append(Finding("self_harm_plan"))
    elif thoughts == "frequent":
        found.append(Finding("self_harm_frequent"))
    for signal in r.text_signals:
        if signal.self_harm == "urgent":
            found.append(Finding("self_harm_in_text", {"where": signal.pointer}))
    return found


def protect_yourself(r: Readings) -> list[Finding]:
    """Abuse, violence, control or doubting one's own sanity, in checkboxes or any
    free text (S2, A7, A8): never coach reconciliation with an abusive ex."""
    found = [Finding(f"abuse_{name}") for name in r.abuse_checkboxes]
    found += [Finding("abuse_in_text", {"where": s.pointer}) for s in r.abuse_in_texts]
    return found


def too_little_answered(r: Readings) -> list[Finding]:
    """What try_sincerely rests on is unanswered: the plan starts with finishing (METHOD.md)."""
    missing = []
    if not r.wellbeing_answered:
        missing.append("wellbeing")
    if not r.motives_answered:
        missing.append("motives")
    return [Finding("too_little_answered", {"missing": tuple(missing)})] if missing else []


def heal_first(r: Readings) -> list[Finding]:
    """Distress, fear-driven motives, a raw breakup, reliance on the ex to soothe, or
    passing thoughts of self-harm: caring for yourself comes first (A6, E1, E2, D1, D4, S1)."""
    found = []
    wellbeing = r.answers.wellbeing
    situation = r.answers.situation
    if wellbeing is not None:
        weeks = situation.weeks_since_breakup if situation else None
        raw = weeks is not None and weeks <= t.RAW_BREAKUP_WEEKS.value
        if high(wellbeing.distress) and raw:
            found.append(
                Finding("raw_breakup", {"distress": wellbeing.distress or 0, "weeks": weeks or 0})
            )
        elif high(wellbeing.distress):
            found.append(Finding("high_distress", {"distress": wellbeing.distress or 0}))
        if high(wellbeing.desperation):
            found.append(Finding("high_desperation", {"desperation": wellbeing.desperation or 0}))
    if r.fear_driven:
        found.append(
            Finding(
                "fear_driven",
                {
                    "fear": r.fear_motives_agreed,
                    "fear_count": len(r.fear_motives_agreed),
                    "healthy_count": len(r.healthy_motives_agreed),
                },
            )
        )
    feelings = r.answers.feelings
    if feelings is not None and (feelings.rely_on_them_to_soothe or 0) >= t.SOOTHE_RELIANCE.value:
        found.append(Finding("relies_on_them", {"value": feelings.rely_on_them_to_soothe or 0}))
    if r.self_harm_checkbox == "check_in":
        found.append(Finding("self_harm_passing"))
    for signal in r.text_signals:
        if signal.self_harm == "check_in":
            found.append(Finding("self_harm_hint_in_text", {"where": signal.pointer}))
    return found


def weigh_their_return(r: Readings) -> list[Finding]:
    """The ex wants to come back, or came back apologizing: the person holds a real
    yes-or-no choice, weighed with conditions, never assumed (A4)."""
    situation = r.answers.situation
    if situation is None:
        return []
    found = []
    if situation.ex_status == "came_back_apologizing":
        found.append(Finding("ex_came_back"))
    elif situation.ex_status == "wants_to_return":
        found.append(Finding("ex_wants_return"))
    if found and situation.ex_offers_help:
        found.append(Finding("ex_offers_help"))
    return found


def let_go(r: Readings) -> list[Finding]:
    """Conditions under which accepting the ending is the healthy path
    (A5, A7, B1, D10, E4, E5, E7, E12)."""
    found = []
    answers = r.answers
    situation = answers.situation
    if answers.want == "move_on":
        found.append(Finding("wants_to_move_on"))
    if situation is not None:
        months = situation.relationship_months
        ended_by_them = situation.who_ended in ("partner", "partner_wants_out")
        if months is not None and months <= t.SHORT_RELATIONSHIP_MONTHS.value and ended_by_them:
            found.append(Finding("short_ended_by_them", {"months": months}))
        if situation.ex_status == "said_no":
            found.append(Finding("they_said_no"))
        if situation.ex_status == "with_someone_else":
            found.append(Finding("with_someone_else"))
    if r.evaluation_low:
        found.append(Finding("not_a_clear_yes", {"items": r.evaluation_low}))
    irreversible = tuple(cause.text for cause in answers.causes or () if cause.reversible == "no")
    if irreversible:
        found.append(Finding("irreversible", {"causes": irreversible}))
    motives = answers.motives
    if answers.want == "them_to_want_me":
        found.append(Finding("wants_to_be_wanted"))
    elif (
        motives is not None
        and agrees(motives.want_them_to_want_me)
        and motives.love_who_they_are is not None
        and motives.love_who_they_are <= t.DISAGREES.value
    ):
        found.append(
            Finding(
                "wants_to_be_wanted_scores",
                {"wanted": motives.want_them_to_want_me or 0, "love": motives.love_who_they_are},
            )
        )
    safety = answers.safety
    if safety is not None and (safety.treated_poorly or 0) >= t.TREATED_POORLY.value:
        found.append(Finding("treated_poorly", {"value": safety.treated_poorly or 0}))
    return found


def try_sincerely(r: Readings) -> list[Finding]:
    """Everything it rests on holds: wellbeing answered and not high, motives answered
    and not fear-driven, and the evaluation, when answered, a clear yes (E7, E9, C7).
    Called only when no higher-priority path and no let_go condition applies."""
    wellbeing = r.answers.wellbeing
    found = [
        Finding(
            "steady_enough",
            {
                "distress": wellbeing.distress
                if wellbeing and wellbeing.distress is not None
                else "-",
                "desperation": (
                    wellbeing.desperation
                    if wellbeing and wellbeing.desperation is not None
                    else "-"
                ),
            },
        ),
        Finding("motives_healthy"),
    ]
    if r.clear_yes:
        found.append(Finding("clear_yes"))
    elif r.evaluation_answered == 0:
        found.append(Finding("evaluation_open"))
    else:
        found.append(Finding("evaluation_partly_yes"))
    situation = r.answers.situation
    if situation is not None and situation.who_ended == "partner_wants_out":
        found.append(Finding("still_together"))
    return found


def notes_for(path: Path, r: Readings) -> list[Finding]:
    """Findings worth saying on any path, beyond the ones that chose it: safety
    concerns that a higher-priority path already covers, and warnings on blame (E3, E9)."""
    notes: list[Finding] = []
    if path == "safety_first":
        notes += protect_yourself(r)
    if path in ("protect_yourself", "weigh_their_return", "let_go", "try_sincerely"):
        if r.self_harm_checkbox == "check_in":
            notes.append(Finding("self_harm_passing"))
        notes += [
            Finding("self_harm_hint_in_text", {"where": s.pointer})
            for s in r.text_signals
            if s.self_harm == "check_in"
        ]
    if r.pressure_behaviors and path not in ("safety_first", "protect_yourself"):
        notes.append(Finding("pressure_behaviors", {"behaviors": r.pressure_behaviors}))
    if path in ("weigh_their_return", "try_sincerely"):
        if r.answers.takes_all_blame:
            notes.append(Finding("takes_all_blame"))
        if r.answers.their_faults_found == 0:
            notes.append(Finding("no_faults_found"))
    return notes


PathRule = Callable[[Readings], list[Finding]]

# METHOD.md's priority order. too_little_answered sits where it does because an
# unanswered wellbeing or motives section cannot rule out heal_first.
PRIORITY: tuple[tuple[Path, PathRule], ...] = (
    ("safety_first", safety_first),
    ("protect_yourself", protect_yourself),
    ("heal_first", heal_first),
    ("weigh_their_return", weigh_their_return),
    ("let_go", let_go),
)


@dataclass(frozen=True)
class Decision:
    path: Path
    findings: tuple[Finding, ...]
    needs_more_answers: bool = False


def decide(r: Readings) -> Decision:
    """The primary path and the findings that chose it, highest priority first."""
    for path, rule in PRIORITY:
        found = rule(r)
        if found:
            if path == "heal_first":
                found = too_little_answered(r) + found
            return Decision(path, tuple(found + notes_for(path, r)), bool(too_little_answered(r)))
    unanswered = too_little_answered(r)
    if unanswered:
        return Decision("heal_first", tuple(unanswered + notes_for("heal_first", r)), True)
    found = try_sincerely(r)
    return Decision("try_sincerely", tuple(found + notes_for("try_sincerely", r)))
