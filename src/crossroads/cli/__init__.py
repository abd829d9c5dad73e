"""The `crossroads` command (CONTRACTS.md): thin commands that parse, call the core, render.

Heavy imports wait inside each command, so `crossroads screen --json` and
`crossroads review --json` start fast for programs that call them line by line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from crossroads.i18n import _

app = typer.Typer(
    name="crossroads",
    help=_(
        "Crossroads: see clearly and act well after a partner leaves. "
        "Self-help, not therapy. In danger right now? Call your local emergency number."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JsonFlag = Annotated[bool, typer.Option("--json", help=_("Print one JSON object (for programs)."))]
JsonlFlag = Annotated[
    bool,
    typer.Option(
        "--jsonl", help=_('Read JSON Lines {"text": ...} on stdin, write one result a line.')
    ),
]
CountryOption = Annotated[
    str | None,
    typer.Option("--country", help=_("ISO country code (e.g. GB) for crisis and abuse lines.")),
]


def fail(message: str) -> NoReturn:
    """Bad input: a message on stderr that names the problem, and exit code 2."""
    print(f"crossroads: {message}", file=sys.stderr)
    raise typer.Exit(2)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Settings and database problems as one plain line, never a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from crossroads.core.crypto import CryptoError
    from crossroads.settings import InvalidSettings
    from crossroads.storage import DatabaseTooNew
    from crossroads.storage.keys import VaultError

    try:
        yield
    except (InvalidSettings, VaultError, CryptoError) as error:
        fail(str(error))
    except DatabaseTooNew as error:
        print(f"crossroads: {error}", file=sys.stderr)
        raise typer.Exit(1) from None
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(
            _("crossroads: cannot use the database: {reason}").format(reason=reason),
            file=sys.stderr,
        )
        raise typer.Exit(1) from None


def emit(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")


def read_jsonl_texts(stream: Any) -> list[str]:
    """Every ``{"text": ...}`` line of stdin, all checked before any is processed."""
    texts: list[str] = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            fail(
                _("line {number}: not valid JSON ({error})").format(number=number, error=error.msg)
            )
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            fail(
                _('line {number}: expected an object like {{"text": "..."}}').format(number=number)
            )
        texts.append(item["text"])
    return texts


def country_code(country: str | None) -> str | None:
    if country is None:
        return None
    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        fail(_("--country: {value!r} is not a two-letter country code").format(value=country))
    return code


def run_text_command(
    analyse: Callable[[str], dict[str, Any]],
    json_out: bool,
    jsonl: bool,
    render: Callable[[str, dict[str, Any]], None],
    empty_message: str | None,
) -> None:
    if jsonl:
        for text in read_jsonl_texts(sys.stdin):
            emit(analyse(text))
        return
    text = sys.stdin.read()
    if empty_message and not text.strip():
        fail(empty_message)
    result = analyse(text)
    if json_out:
        emit(result)
    else:
        render(text, result)


# The terminal renderers import rich and the content models: only for people, not --json.
def _render_screen(text: str, result: dict[str, Any]) -> None:
    from crossroads.cli.render import render_screen

    render_screen(text, result)


def _render_review(text: str, result: dict[str, Any]) -> None:
    from crossroads.cli.render import render_review

    render_review(text, result)


@app.command()
def screen(
    json_out: JsonFlag = False, jsonl: JsonlFlag = False, country: CountryOption = None
) -> None:
    """Read a text on stdin for signs of self-harm or abuse (S1, S2)."""
    from crossroads.services import screen_json

    code = country_code(country)
    run_text_command(lambda text: screen_json(text, code), json_out, jsonl, _render_screen, None)


@app.command()
def review(
    json_out: JsonFlag = False, jsonl: JsonlFlag = False, country: CountryOption = None
) -> None:
    """Review a draft message to your ex, read on stdin. Nothing is ever sent."""
    from crossroads.services import review_json

    code = country_code(country)
    # One draft as --json reads it with the screen's rules alone, to start fast; a person
    # at the terminal and a --jsonl batch get the whole screen.
    whole_screen = jsonl or not json_out
    run_text_command(
        lambda text: review_json(text, code, whole_screen=whole_screen),
        json_out,
        jsonl,
        _render_review,
        _("the draft is empty: write the message on stdin"),
    )


@app.command()
def assess(
    answers: Annotated[
        str | None,
        typer.Option("--answers", help=_("Answers file (schema v1), or - for stdin.")),
    ] = None,
    json_out: JsonFlag = False,
    save: Annotated[bool, typer.Option(help=_("Keep the result in your history."))] = True,
    database: Annotated[str | None, typer.Option("--database", help=_("Database URL."))] = None,
    restart: Annotated[
        bool, typer.Option("--restart", help=_("Discard an unfinished assessment and start over."))
    ] = False,
) -> None:
    """Find your path. Without --answers: the questions, one at a time, resumable."""
    if answers is None:
        from crossroads.cli.journey import run_journey

        with storage_errors():
            code = run_journey(database, restart=restart)
        raise typer.Exit(code)

    from crossroads.core.answers import InvalidAnswers, parse_answers_json

    try:
        text = sys.stdin.read() if answers == "-" else Path(answers).read_text(encoding="utf-8")
    except OSError as error:
        fail(_("cannot read {path}: {reason}").format(path=answers, reason=error.strerror))
    except UnicodeDecodeError:
        fail(_("{path} is not UTF-8 text").format(path=answers))
    try:
        parsed = parse_answers_json(text)
    except InvalidAnswers as error:
        for problem in error.errors:
            print(f"crossroads: {problem}", file=sys.stderr)
        raise typer.Exit(2) from None

    from crossroads.services import assess_answers
    from crossroads.storage.keys import Locked

    with storage_errors():
        try:
            result = assess_answers(parsed, database_url=database, save=save)
        except Locked as locked:
            # The advice still matters more than the history: give it, and say what was not kept.
            result = assess_answers(parsed, save=False)
            print(
                _("crossroads: not saved to your history: {reason}").format(reason=locked),
                file=sys.stderr,
            )
    if json_out:
        emit(result.to_json())
    else:
        from crossroads.cli.render import console, render_assessment
        from crossroads.content import load_content

        render_assessment(console(), result, load_content())


@app.command(name="eval")
def evaluate_text(
    split: Annotated[
        str, typer.Option(help=_("Which labeled split to measure: test (default), dev, train, fresh, blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8 or blind9."))
    ] = "test",
    json_out: JsonFlag = False,
) -> None:
    """Measure the screen and the draft review on labeled data, beside baselines."""
    from crossroads.evaluation import main_eval

    raise typer.Exit(main_eval(split, json_out))


@app.command()
def history(
    database: Annotated[str | None, typer.Option("--database", help=_("Database URL."))] = None,
    json_out: JsonFlag = False,
) -> None:
    """Your past assessments, and how your path changed between them."""
    from crossroads.cli.render import console, render_history
    from crossroads.services import load_history

    with storage_errors():
        past, changes = load_history(database)
    if json_out:
        emit(
            {
                "assessments": [
                    {
                        "id": item.id,
                        "completed_at": (item.completed_at or item.updated_at).isoformat(),
                        "path": item.path,
                    }
                    for item in past
                ],
                "changes": [
                    {"from": change.from_path, "to": change.to_path, "at": change.when.isoformat()}
                    for change in changes
                ],
            }
        )
    else:
        render_history(console(), past, changes)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help=_("Address to listen on."))] = "127.0.0.1",
    port: Annotated[int, typer.Option(help=_("Port to listen on."))] = 8000,
    database: Annotated[str | None, typer.Option("--database", help=_("Database URL."))] = None,
    multi_user: Annotated[bool | None, typer.Option(
        "--multi-user/--single-user",
        help=_("Server mode: accounts with passwords, each person's data sealed by their own "
               "key (default: one person, no account; or CROSSROADS_MULTI_USER)."),
    )] = None,
) -> None:
    """Start the web application (http://127.0.0.1:8000 by default)."""
    import uvicorn

    from crossroads.settings import InvalidSettings, load_settings
    from crossroads.web.app import create_app

    try:
        settings = load_settings(database_url=database, multi_user=multi_user)
    except InvalidSettings as error:
        fail(str(error))
    uvicorn.run(create_app(settings), host=host, port=port)


from crossroads.cli import privacy as _privacy  # noqa: E402  (its commands join `app`)

_privacy.register(app)


def main() -> None:
    app()
