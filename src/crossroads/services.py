"""The application layer: what the CLI and the web both do, in one place.

Entry points parse input and render output; these functions call the pure core and,
where a result is kept, the storage layer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: `review --json` and `screen --json` must start fast
    from crossroads.core.answers import Answers
    from crossroads.core.result import Assessment, SelfHarmLevel
    from crossroads.storage import AssessmentRepository, Database, PathChange, StoredAssessment

# Programs and tests give the passphrase here; people are asked for it on the terminal.
PASSPHRASE_VARIABLE = "CROSSROADS_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "CROSSROADS_NEW_PASSPHRASE"
LOST_PASSPHRASE_WARNING = (
    "A lost passphrase means lost data. Nobody, not even Crossroads, can open your data "
    "without it, and there is no way to recover or reset it. Keep it somewhere safe."
)
KEY_FILE_WARNING = (
    "Your data is encrypted, but its key is kept in the file {path}. Anyone who can read "
    "that file can read everything you wrote. Set a passphrase to seal the key instead: "
    "crossroads passphrase set"
)


def screen_json(text: str, country: str | None = None, language: str = "en") -> dict[str, Any]:
    """The `screen` JSON of CONTRACTS.md, with the lines for ``country`` when raised."""
    from crossroads.core.text.screen import screen_text

    result = screen_text(text)
    return {
        "self_harm": result.self_harm,
        "abuse": result.abuse,
        "resources": _lines_json(language, country, result.self_harm, result.abuse),
    }


def _lines_json(language: str, country: str | None, self_harm: SelfHarmLevel,
                abuse: bool) -> list[dict[str, str]]:
    """The lines to show, as JSON. The resources file is read only when something is raised:
    most texts raise nothing, and the single-draft ``--json`` commands count every
    millisecond of their start."""
    if self_harm == "none" and not abuse:
        return []
    from crossroads.content import load_resources
    from crossroads.core.resources import resources_for

    lines = resources_for(load_resources(language), country, self_harm, abuse)
    return [line.to_json() for line in lines]


def review_json(
    text: str, country: str | None = None, language: str = "en", whole_screen: bool = True
) -> dict[str, Any]:
    """The `review` JSON of CONTRACTS.md, extended like the `screen` JSON with the lines for
    ``country`` when the draft raises self-harm or abuse.

    ``whole_screen=False`` reads the draft with the screen's rules alone: the single-draft
    ``crossroads review --json`` does, to start within its budget.
    """
    from crossroads.core.text.review import review_draft
    from crossroads.core.text.screen import screen_text

    screened = screen_text(text) if whole_screen else None
    review = review_draft(text, screened=screened)
    document: dict[str, Any] = review.to_json()
    document["resources"] = _lines_json(language, country, review.self_harm, review.abuse)
    return document


def assess_answers(
    answers: Answers, database_url: str | None = None, save: bool = True, language: str = "en"
) -> Assessment:
    """Decide the path for valid answers; keep the result in the history when ``save``."""
    from crossroads.content import load_content
    from crossroads.core.engine import evaluate

    result = evaluate(answers, load_content(language))
    if save:
        assessments(database_url).record(language, answers.to_json(), result.to_json(), result.path)
    return result


def assessments(database_url: str | None = None) -> AssessmentRepository:
    """The assessment repository on the configured (or given) database.

    Raises InvalidSettings for an unusable URL (CROSSROADS_DATABASE_URL or --database).
    A passphrase, when one is set, is asked for when the data is first read or written.
    """
    return open_storage(database_url).assessments


def open_storage(
    database_url: str | None = None, ask: Callable[[], str] | None = None
) -> Database:
    """The configured (or given) database, with its vault; ``ask`` gives the passphrase
    when one is needed (default: CROSSROADS_PASSPHRASE, else a prompt on a terminal)."""
    from crossroads.settings import load_settings
    from crossroads.storage import open_database

    settings = load_settings(database_url=database_url)
    database = open_database(settings.database_url, settings.key_folder)
    database.vault.ask = ask or passphrase_from_environment_or_terminal
    return database


def passphrase_from_environment_or_terminal(
    variable: str = PASSPHRASE_VARIABLE, prompt: str = "Passphrase: "
) -> str:
    """The passphrase from ``variable``, else typed on the terminal (never echoed).

    Raises Locked when neither is possible (a program with no terminal).
    """
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        from crossroads.storage.keys import Locked

        raise Locked(f"your data is locked by a passphrase; give it in {variable}")
    import getpass

    return getpass.getpass(prompt)


def export_json(database: Database) -> dict[str, Any]:
    """All of the person's data as the versioned export document (see storage.portable)."""
    from crossroads.storage.portable import export_data

    return export_data(database)


def export_markdown(document: dict[str, Any]) -> str:
    """The export for people: what was written, by date, in plain Markdown."""
    lines = [
        "# Crossroads: everything you wrote",
        "",
        "This file is not encrypted. Keep it somewhere private, and delete it when you no "
        "longer need it.",
    ]
    ticks: dict[int, list[str]] = {}
    for tick in document["plan_ticks"]:
        ticks.setdefault(tick["assessment_id"], []).append(
            f"{tick['section'] + 1}.{tick['step'] + 1}"
        )
    lines += ["", f"## Assessments ({len(document['assessments'])})"]
    for item in document["assessments"]:
        when = (item["completed_at"] or item["updated_at"])[:10]
        state = "finished" if item["status"] == "complete" else "not finished"
        lines += ["", f"### Assessment {item['id']}, {when} ({state})", ""]
        if item["path"]:
            lines.append(f"- Path: {item['path'].replace('_', ' ')}")
        if item["id"] in ticks:
            lines.append(f"- Plan steps done: {', '.join(ticks[item['id']])}")
        answers = item["answers"]
        for key, title in (("causes", "Causes"), ("own_part", "Your own part")):
            for row in answers.get(key) or []:
                if isinstance(row, dict) and row.get("text"):
                    lines.append(f"- {title}: {_one_line(row['text'])}")
        if answers.get("notes"):
            lines += ["", "Notes:", "", *_quoted(answers["notes"])]
    lines += ["", f"## Drafts to your ex ({len(document['drafts'])}), never sent"]
    for draft in document["drafts"]:
        lines += [
            "",
            f"### Draft {draft['id']}, edited {draft['edited_at'][:10]} "
            f"(review: {draft['verdict']}; {draft['status']})",
            "",
            *_quoted(draft["text"]),
        ]
    lines += ["", f"## Journal ({len(document['journal'])} entries)"]
    for entry in document["journal"]:
        urge = "acted on an urge" if entry["acted_on_urge"] else "did not act on an urge"
        lines += [
            "",
            f"### {entry['entry_date']} ({entry['period']}): mood {entry['mood']} of 10, "
            f"{entry['urges']} urges, {urge}",
        ]
        if entry["actions"]:
            lines += ["", "Actions:", "", *_quoted(entry["actions"])]
        if entry["note"]:
            lines += ["", "Note:", "", *_quoted(entry["note"])]
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.splitlines()] or [">"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def load_history(
    database_url: str | None = None,
) -> tuple[list[StoredAssessment], list[PathChange]]:
    """Completed assessments, oldest first, and the path changes between them."""
    from crossroads.storage.repository import path_changes

    past = assessments(database_url).history()
    return past, path_changes(past)
