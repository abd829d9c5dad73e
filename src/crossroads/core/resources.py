"""Which crisis and abuse lines to show, by country (S1, S2)."""

from __future__ import annotations

from crossroads.core.content import Resources
from crossroads.core.result import Resource, SelfHarmLevel

INTERNATIONAL = "INT"


def resources_for(
    resources: Resources, country: str | None, self_harm: SelfHarmLevel, abuse: bool
) -> tuple[Resource, ...]:
    """The lines a person should see now: their crisis line first when self-harm is
    raised, their abuse line when abuse is, then the emergency number. A missing or
    unknown country gets the international directory and the emergency advice."""
    if self_harm == "none" and not abuse:
        return ()
    lines = resources.countries.get(country or "")
    if lines is None:
        directory = resources.directory
        return (
            Resource(directory.name, directory.contact, INTERNATIONAL, "directory"),
            Resource(
                resources.emergency_label, resources.emergency_advice, INTERNATIONAL, "emergency"
            ),
        )
    assert country is not None
    shown: list[Resource] = []
    if self_harm != "none":
        shown.append(Resource(lines.crisis.name, lines.crisis.contact, country, "crisis"))
    if abuse:
        shown.append(Resource(lines.abuse.name, lines.abuse.contact, country, "abuse"))
    shown.append(Resource(resources.emergency_label, lines.emergency, country, "emergency"))
    return tuple(shown)


def line_texts(resources: Resources, country: str | None) -> dict[str, str]:
    """The ``{crisis_line}``, ``{abuse_line}`` and ``{emergency}`` values for plan steps."""
    lines = resources.countries.get(country or "")
    if lines is None:
        directory = f"{resources.directory.name} ({resources.directory.contact})"
        return {
            "crisis_line": directory,
            "abuse_line": directory,
            "emergency": resources.local_emergency,
        }
    return {
        "crisis_line": f"{lines.crisis.name} ({lines.crisis.contact})",
        "abuse_line": f"{lines.abuse.name} ({lines.abuse.contact})",
        "emergency": lines.emergency,
    }
