"""Privacy (S5): unlock and lock, the passphrase, export, import, delete everything.

The data key stays in this server's memory once unlocked: never on disk, never in a
cookie. Every form answers 303 when done, or 422 with the page and a message beside
the field at fault; nothing is ever half written.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from crossroads.core.crypto import WrongPassphrase
from crossroads.i18n import _
from crossroads.storage.keys import VaultError
from crossroads.web.context import Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import safe_next

router = APIRouter(include_in_schema=False)

CONFIRM_WORDS = "delete everything"
MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_PASSPHRASE = 1024
NOTICES = {"set", "changed", "removed", "imported", "deleted"}


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


async def _fields(request: Request) -> dict[str, str]:
    form = await request.form()
    return {name: value for name, value in form.items() if isinstance(value, str)}


# -- unlock and lock ---------------------------------------------------------------------------


@router.get("/unlock", response_class=HTMLResponse)
def unlock_page(request: Request, app: Annotated[Web, Depends(web)], next: str = "/") -> Response:
    if not app.database.vault.needs_unlock():
        return _see_other(safe_next(next))
    return render(request, "unlock.html", next=safe_next(next), error=None)


@router.post("/unlock")
async def unlock(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    next_page = safe_next(fields.get("next"))
    passphrase = fields.get("passphrase", "")
    if not passphrase or len(passphrase) > MAX_PASSPHRASE:
        return render(request, "unlock.html", status_code=422, next=next_page,
                      error=_("Type your passphrase to open your data."))
    try:
        app.database.vault.unlock(passphrase)
    except (WrongPassphrase, VaultError):
        return render(request, "unlock.html", status_code=422, next=next_page,
                      error=_("That passphrase does not open your data. Check for typing "
                              "mistakes and try again."))
    return _see_other(next_page)


@router.post("/lock")
def lock(app: Annotated[Web, Depends(web)]) -> Response:
    """Forget the key (here and in any other running server); the next page asks again."""
    vault = app.database.vault
    if not vault.has_passphrase():
        return _see_other("/privacy")
    vault.lock_everywhere()
    return _see_other("/unlock")


# -- the privacy page --------------------------------------------------------------------------


@router.get("/privacy", response_class=HTMLResponse)
def privacy(request: Request, app: Annotated[Web, Depends(web)], done: str | None = None) -> Response:
    return _page(request, app, notice=done if done in NOTICES else None)


def _page(
    request: Request, app: Web, status_code: int = 200, notice: str | None = None,
    errors: dict[str, str] | None = None, problems: list[str] | None = None,
) -> Response:
    status = app.database.vault.status()
    return render(
        request, "privacy.html", status_code=status_code, status=status, notice=notice,
        errors=errors or {}, problems=problems or [], confirm_words=CONFIRM_WORDS,
    )


def _new_passphrase_errors(fields: dict[str, str]) -> dict[str, str]:
    from crossroads.storage.keys import MIN_PASSPHRASE

    new = fields.get("new_passphrase", "")
    errors: dict[str, str] = {}
    if len(new) < MIN_PASSPHRASE or len(new) > MAX_PASSPHRASE:
        errors["new_passphrase"] = _(
            "Choose a passphrase of at least %(count)s characters; a few unrelated words "
            "are easy to remember and hard to guess.") % {"count": MIN_PASSPHRASE}
    elif new != new.strip():
        errors["new_passphrase"] = _("A passphrase cannot begin or end with a space.")
    elif fields.get("confirm_passphrase", "") != new:
        errors["confirm_passphrase"] = _("The two passphrases differ; type the same one twice.")
    if fields.get("understood") != "yes":
        errors["understood"] = _(
            "Tick the box to say you know that a lost passphrase cannot be recovered.")
    return errors


@router.post("/privacy/passphrase")
async def set_passphrase(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    errors = _new_passphrase_errors(fields)
    if errors:
        return _page(request, app, 422, errors=errors)
    try:
        app.database.vault.set_passphrase(fields["new_passphrase"])
    except VaultError as error:
        return _page(request, app, 422, errors={"new_passphrase": str(error)})
    return _see_other("/privacy?done=set")


@router.post("/privacy/passphrase/change")
async def change_passphrase(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    errors = _new_passphrase_errors(fields)
    current = fields.get("current_passphrase", "")
    if not current:
        errors["current_passphrase"] = _("Type your current passphrase.")
    if errors:
        return _page(request, app, 422, errors=errors)
    try:
        app.database.vault.change_passphrase(current, fields["new_passphrase"])
    except WrongPassphrase:
        return _page(request, app, 422, errors={
            "current_passphrase": _("That is not your current passphrase; nothing changed.")})
    except VaultError as error:
        return _page(request, app, 422, errors={"new_passphrase": str(error)})
    return _see_other("/privacy?done=changed")


@router.post("/privacy/passphrase/remove")
async def remove_passphrase(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    current = fields.get("remove_passphrase", "")
    try:
        if not current:
            raise WrongPassphrase("empty")
        app.database.vault.remove_passphrase(current)
    except WrongPassphrase:
        return _page(request, app, 422, errors={
            "remove_passphrase": _("That is not your current passphrase; nothing changed.")})
    except VaultError as error:
        return _page(request, app, 422, errors={"remove_passphrase": str(error)})
    return _see_other("/privacy?done=removed")


# -- export, import, delete --------------------------------------------------------------------


def _download(body: str, media_type: str, name: str) -> Response:
    return Response(body, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store",
    })


@router.get("/privacy/export.json")
def export_json(app: Annotated[Web, Depends(web)]) -> Response:
    from crossroads.services import export_json as document_of

    body = json.dumps(document_of(app.scoped_database), ensure_ascii=False, indent=2) + "\n"
    return _download(body, "application/json", "crossroads-export.json")


@router.get("/privacy/export.md")
def export_markdown(app: Annotated[Web, Depends(web)]) -> Response:
    from crossroads.services import export_json as document_of
    from crossroads.services import export_markdown as markdown_of

    body = markdown_of(document_of(app.scoped_database))
    return _download(body, "text/markdown; charset=utf-8", "crossroads-export.md")


@router.post("/privacy/import")
async def import_data(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    from crossroads.storage.portable import DataNotEmpty, InvalidExport
    from crossroads.storage.portable import import_data as load

    form = await request.form()
    upload = form.get("file")
    replace = form.get("replace") == "yes"
    document: Any = None
    problem: str | None = None
    if not isinstance(upload, UploadFile) or not upload.filename:
        problem = _("Choose the JSON file you exported from Crossroads.")
    else:
        raw = await upload.read(MAX_IMPORT_BYTES + 1)
        if len(raw) > MAX_IMPORT_BYTES:
            problem = _("That file is too large to be a Crossroads export.")
        else:
            try:
                document = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                problem = _("That file is not a JSON export from Crossroads.")
    if problem:
        return _page(request, app, 422, errors={"file": problem})
    try:
        load(app.database, document, replace=replace)
    except InvalidExport as error:
        return _page(request, app, 422, errors={"file": _(
            "That file is not an export this version of Crossroads can read; nothing was "
            "imported.")}, problems=error.problems)
    except DataNotEmpty:
        return _page(request, app, 422, errors={"replace": _(
            "There is data here already. Tick the box to delete it and import the file "
            "instead; nothing was changed.")})
    return _see_other("/privacy?done=imported")


@router.post("/privacy/delete")
async def delete_everything(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    from crossroads.storage.portable import delete_everything as delete_all

    fields = await _fields(request)
    if " ".join(fields.get("confirm", "").lower().split()) != CONFIRM_WORDS:
        return _page(request, app, 422, errors={"confirm": _(
            "Type the words exactly as shown to confirm; nothing was deleted.")})
    delete_all(app.database)
    return _see_other("/privacy?done=deleted")
