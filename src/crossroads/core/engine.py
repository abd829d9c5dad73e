"""The decision engine: answers in, path, reasons, plan and safety out (CONTRACTS.md).

Pure: no files, no network, no clock. Content (the words) and the screen (the
duty-of-care reading of free text) are passed in, so tests can hand it fakes.
"""

from __future__ import annotations

from collections.abc import Iterable

from crossroads.core.answers import Answers, resolve_pointer
from crossroads.core.content import Content
from crossroads.core.plans import build_plan
from crossroads.core.readings import Readings, Screen, read
from crossroads.core.resources import resources_for
from crossroads.core.result import Assessment, Reason, SafetyResult
from crossroads.core.rules import Decision, Finding, decide


def _default_screen() -> Screen:
    from crossroads.core.text.screen import screen_text

    return screen_text


def evaluate(answers: Answers, content: Content, screen: Screen | None = None) -> Assessment:
    """Decide the path for one person's answers and build their plan."""
    readings = read(answers, screen or _default_screen())
    decision = decide(readings)
    situation = answers.situation
    country = situation.country if situation else None
    return Assessment(
        path=decision.path,
        reasons=tuple(_reason(finding, content) for finding in decision.findings),
        plan=build_plan(decision, readings, content),
        safety=SafetyResult(
            self_harm=readings.self_harm,
            abuse=readings.abuse,
            resources=resources_for(content.resources, country, readings.self_harm, readings.abuse),
        ),
        unanswered=unanswered(answers, content),
    )


def _join(items: Iterable[str], content: Content) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + content.labels["_and"] + items[-1]


def _label(pointer: str, content: Content) -> str:
    """The plain name of an answer, e.g. ``/causes/2/text`` → "a reason you gave"."""
    parts = pointer.strip("/").split("/")
    for size in range(len(parts), 0, -1):
        key = "/" + "/".join(part for part in parts[:size] if not part.isdigit())
        if key in content.labels:
            return content.labels[key]
    return pointer


def _reason(finding: Finding, content: Content) -> Reason:
    text = content.reasons[finding.key]
    values: dict[str, str] = {}
    for name, value in finding.values.items():
        if name == "where" and isinstance(value, str):
            values[name] = _label(value, content)
        elif name == "causes" and isinstance(value, tuple):
            values[name] = _join((f"“{cause.strip()}”" for cause in value), content)
        elif isinstance(value, tuple):
            group = _GROUP_OF_VALUE.get(name, name)
            values[name] = _join((_label(f"/{group}/{item}", content) for item in value), content)
        else:
            values[name] = str(value)
    return Reason(ids=text.ids, because=text.because.format_map(values), rule=finding.key)


# Which answers group a list-valued finding names its items from.
_GROUP_OF_VALUE = {
    "fear": "motives",
    "healthy": "motives",
    "items": "evaluation",
    "behaviors": "behaviors",
    "missing": "",
}


def unanswered(answers: Answers, content: Content) -> tuple[str, ...]:
    """What could not be weighed: whole topics left empty by name (``chemistry``), and
    single questions of a partly answered topic as ``topic.field``. Questions that only
    apply after another answer (``ask_if``, ``skip_if``) count only when they apply; notes
    never do."""
    document = answers.to_json()
    missing_by_group: dict[str, list[str]] = {}
    asked_by_group: dict[str, int] = {}
    for question in content.questionnaire.questions():
        group, _, leaf = question.field.strip("/").partition("/")
        if group == "notes":
            continue
        if not question.applies(lambda pointer: resolve_pointer(document, pointer)):
            continue
        asked_by_group[group] = asked_by_group.get(group, 0) + 1
        value = resolve_pointer(document, question.field)
        if value is None or value == []:
            missing_by_group.setdefault(group, []).append(leaf)
    names: list[str] = []
    for group, leaves in missing_by_group.items():
        if len(leaves) == asked_by_group[group] or not leaves[0]:
            names.append(group)
        else:
            names += [f"{group}.{leaf}" for leaf in leaves]
    return tuple(names)


__all__ = ["Decision", "Readings", "evaluate", "unanswered"]
