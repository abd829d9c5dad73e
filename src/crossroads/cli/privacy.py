"""Privacy commands (S5): passphrase, lock, export, import, delete.

Each command only parses, asks, calls storage or services, and prints. Bad input exits
with code 2 and one plain line; nothing is ever half written (each change is one
transaction). Passphrases come from CROSSROADS_PASSPHRASE (and CROSSROADS_NEW_PASSPHRASE
for a change) or are typed on the terminal, never echoed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from crossroads.i18n import _

if TYPE_CHECKING:
    from crossroads.storage import Database

__all__ = ["register"]

DatabaseOption = Annotated[str | None, typer.Option("--database", help=_("Database URL."))]
# An export bigger than this is not one of ours; refused before it is read.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
CONFIRM_WORDS = "delete everything"

passphrase_app = typer.Typer(
    help=_("Seal your data with a passphrase, change it, or remove it."),
    no_args_is_help=False,
    invoke_without_command=True,
)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"


def _fail(message: str) -> NoReturn:
    from crossroads.cli import fail

    fail(message)


@contextmanager
def _opened(database_url: str | None) -> Iterator[Database]:
    """The database and its vault, with every storage or key problem as one plain line."""
    from crossroads.cli import storage_errors
    from crossroads.services import open_storage

    with storage_errors():
        database = open_storage(database_url)
        try:
            yield database
        finally:
            database.close()


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _current_passphrase() -> str:
    from crossroads.services import passphrase_from_environment_or_terminal

    return passphrase_from_environment_or_terminal(prompt=_("Current passphrase: "))


def _new_passphrase(variable: str) -> str:
    """A new passphrase: from ``variable``, else typed twice on the terminal."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        _fail(_("give the new passphrase in {variable} (no terminal to ask on)").format(
            variable=variable))
    import getpass

    first = getpass.getpass(_("New passphrase: "))
    if getpass.getpass(_("The same passphrase again: ")) != first:
        _fail(_("the two passphrases differ; nothing was changed"))
    return first


@passphrase_app.callback()
def passphrase_status(
    context: typer.Context, database: DatabaseOption = None
) -> None:
    """Where the key to your data is: in a key file, or sealed by your passphrase."""
    if context.invoked_subcommand is not None:
        return
    from crossroads.services import KEY_FILE_WARNING

    with _opened(database) as opened:
        status = opened.vault.status()
    if status.protection == "file":
        print(KEY_FILE_WARNING.format(path=status.key_file))
    else:
        print(_("Your data is sealed by your passphrase. Without it, nobody can read it."))


@passphrase_app.command("set")
def passphrase_set(database: DatabaseOption = None) -> None:
    """Seal your data with a passphrase; the key file is then deleted."""
    from crossroads.services import LOST_PASSPHRASE_WARNING, PASSPHRASE_VARIABLE

    _say(LOST_PASSPHRASE_WARNING)
    with _opened(database) as opened:
        if opened.vault.has_passphrase():
            _fail(_("a passphrase is already set; use `crossroads passphrase change`"))
        if sys.stdin.isatty() and not os.environ.get(PASSPHRASE_VARIABLE):
            typer.confirm(_("Set a passphrase, knowing it cannot be recovered?"), abort=True)
        new = _new_passphrase(PASSPHRASE_VARIABLE)
        opened.vault.set_passphrase(new)
    _say(_("Passphrase set. The key file is deleted; your passphrase now opens your data."))


@passphrase_app.command("change")
def passphrase_change(database: DatabaseOption = None) -> None:
    """Change the passphrase (CROSSROADS_PASSPHRASE, then CROSSROADS_NEW_PASSPHRASE)."""
    from crossroads.services import LOST_PASSPHRASE_WARNING, NEW_PASSPHRASE_VARIABLE

    with _opened(database) as opened:
        if not opened.vault.has_passphrase():
            _fail(_("no passphrase is set yet; use `crossroads passphrase set`"))
        current = _current_passphrase()
        _say(LOST_PASSPHRASE_WARNING)
        new = _new_passphrase(NEW_PASSPHRASE_VARIABLE)
        opened.vault.change_passphrase(current, new)
    _say(_("Passphrase changed. The old one no longer opens your data."))


@passphrase_app.command("remove")
def passphrase_remove(database: DatabaseOption = None) -> None:
    """Put the key back in a key file: no passphrase needed, but the file opens your data."""
    from crossroads.services import KEY_FILE_WARNING

    with _opened(database) as opened:
        if not opened.vault.has_passphrase():
            _fail(_("no passphrase is set"))
        path = opened.vault.remove_passphrase(_current_passphrase())
    _say(KEY_FILE_WARNING.format(path=path))


def lock(database: DatabaseOption = None) -> None:
    """Lock your data: a running `crossroads serve` forgets the key and asks again."""
    with _opened(database) as opened:
        if not opened.vault.has_passphrase():
            _fail(_("there is no passphrase to lock with; set one first "
                    "(crossroads passphrase set)"))
        opened.vault.lock_everywhere()
    _say(_("Locked. The web app will ask for your passphrase again."))


def export(
    format: Annotated[
        Format, typer.Option("--format", help=_("json (for programs) or markdown (for people)."))
    ] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", help=_("File to write (default: stdout)."))
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Everything you wrote, decrypted, as JSON or Markdown. Keep the file private."""
    from crossroads.services import export_json, export_markdown

    with _opened(database) as opened:
        document = export_json(opened)
    if format is Format.json:
        body = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    else:
        body = export_markdown(document)
    if output is None:
        sys.stdout.write(body)
        return
    try:
        # 0600 from the start: the export is the person's words in plaintext.
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(body)
    except OSError as error:
        _fail(_("cannot write {path}: {reason}").format(path=output, reason=error.strerror))
    _say(_("Exported to {path}. It is not encrypted: keep it private.").format(path=output))


def import_(
    file: Annotated[Path, typer.Argument(help=_("A JSON file from `crossroads export`."))],
    replace: Annotated[
        bool, typer.Option("--replace", help=_("Delete the data here first, then import."))
    ] = False,
    database: DatabaseOption = None,
) -> None:
    """Load an export into this (empty) install; --replace deletes what is here first."""
    from crossroads.storage.portable import DataNotEmpty, InvalidExport, import_data

    try:
        if file.stat().st_size > MAX_IMPORT_BYTES:
            _fail(_("{path} is too large to be a Crossroads export").format(path=file))
        document = json.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        _fail(_("cannot read {path}: {reason}").format(path=file, reason=error.strerror))
    except UnicodeDecodeError:
        _fail(_("{path} is not UTF-8 text").format(path=file))
    except json.JSONDecodeError as error:
        _fail(_("{path} is not JSON: {reason} (line {line})").format(
            path=file, reason=error.msg, line=error.lineno))
    with _opened(database) as opened:
        try:
            counts = import_data(opened, document, replace=replace)
        except InvalidExport as error:
            for problem in error.problems:
                _say(f"crossroads: {problem}")
            raise typer.Exit(2) from None
        except DataNotEmpty as error:
            _fail(str(error))
    _say(_("Imported {assessments} assessments, {drafts} drafts, {journal} journal "
           "entries.").format(**counts))


def delete(
    yes: Annotated[bool, typer.Option("--yes", help=_("Do not ask; delete at once."))] = False,
    database: DatabaseOption = None,
) -> None:
    """Delete everything you wrote, and the key, for good. There is no undo."""
    if not yes:
        if not sys.stdin.isatty():
            _fail(_("deleting everything needs --yes, or a terminal to confirm on"))
        typed = typer.prompt(
            _("This deletes every assessment, draft and journal entry for good. "
              "Type '{words}' to go on").format(words=CONFIRM_WORDS), default="",
            show_default=False,
        )
        if typed.strip().lower() != CONFIRM_WORDS:
            _fail(_("nothing was deleted"))
    from crossroads.storage.portable import delete_everything

    with _opened(database) as opened:
        delete_everything(opened)
    _say(_("Everything is deleted."))


def register(app: typer.Typer) -> None:
    """Add the privacy commands to the `crossroads` command."""
    app.add_typer(passphrase_app, name="passphrase")
    app.command()(lock)
    app.command()(export)
    app.command("import")(import_)
    app.command()(delete)
