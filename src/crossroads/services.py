"""The application layer: what the CLI and the web both do, in one place.

Entry points parse input and render output; these functions call the pure core and,
where a result is kept, the storage layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: `review --json` and `screen --json` must start fast
    from crossroads.core.answers import Answers
    from crossroads.core.result import Assessment
    from crossroads.storage import AssessmentRepository, PathChange, StoredAssessment


def screen_json(text: str, country: str | None = None, language: str = "en") -> dict[str, Any]:
    """The `screen` JSON of CONTRACTS.md, with the lines for ``country`` when raised."""
    from crossroads.content import load_resources
    from crossroads.core.resources import resources_for
    from crossroads.core.text.screen import screen_text

    result = screen_text(text)
    lines = resources_for(load_resources(language), country, result.self_harm, result.abuse)
    return {
        "self_harm": result.self_harm,
        "abuse": result.abuse,
        "resources": [line.to_json() for line in lines],
    }


def review_json(text: str, country: str | None = None) -> dict[str, Any]:
    """The `review` JSON of CONTRACTS.md."""
    from crossroads.core.text.review import review_draft

    document: dict[str, Any] = review_draft(text).to_json()
    return document


def assess_answers(
    answers: Answers, database_url: str | None = None, save: bool = True, language: str = "en"
) -> Assessment:
    """Decide the path for valid answers; keep the result in the history when ``save``."""
    from crossroads.content import load_content
    from crossroads.core.engine import evaluate

    result = evaluate(answers, load_content(language))
    if save:
        repository = assessments(database_url)
        stored = repository.start(language)
        repository.complete(stored.id, answers.to_json(), result.to_json(), result.path)
    return result


def assessments(database_url: str | None = None) -> AssessmentRepository:
    """The assessment repository on the configured (or given) database.

    Raises InvalidSettings for an unusable URL (CROSSROADS_DATABASE_URL or --database).
    """
    from crossroads.settings import load_settings
    from crossroads.storage import open_database

    return open_database(load_settings(database_url=database_url).database_url).assessments


def load_history(
    database_url: str | None = None,
) -> tuple[list[StoredAssessment], list[PathChange]]:
    """Completed assessments, oldest first, and the path changes between them."""
    from crossroads.storage.repository import path_changes

    past = assessments(database_url).history()
    return past, path_changes(past)
