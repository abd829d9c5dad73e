"""Server mode's account pages: sign up, sign in, sign out, sign out everywhere, and
deleting the account with everything in it. Only mounted with `--multi-user`.

Every failed sign-in gets the same message, whether the username exists or not.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import delete
from starlette.concurrency import run_in_threadpool

from crossroads.i18n import _
from crossroads.storage.accounts import AccountError, TooManyAttempts, UserRow
from crossroads.web.accounts import COOKIE, accounts_of, clear_cookie, set_session_cookie
from crossroads.web.context import Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import safe_next

router = APIRouter(include_in_schema=False)

CONFIRM_WORDS = "delete my account"
MAX_FIELD = 1024


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


async def _fields(request: Request) -> dict[str, str]:
    form = await request.form()
    return {name: value[:MAX_FIELD] for name, value in form.items() if isinstance(value, str)}


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    if app.account is not None:
        return _see_other("/")
    return render(request, "signup.html", error=None, username="")


@router.post("/signup")
async def signup(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    username, password = fields.get("username", ""), fields.get("password", "")
    if password != fields.get("password_again", ""):
        return render(request, "signup.html", status_code=422, username=username,
                      error=_("The two passwords are not the same. Type them again."))
    try:
        signed_in = await run_in_threadpool(accounts_of(request.app).sign_up, username, password)
    except AccountError as error:
        return render(request, "signup.html", status_code=422, username=username,
                      error=str(error))
    response = _see_other("/")
    set_session_cookie(response, request, signed_in, app.settings.secure_cookies)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, app: Annotated[Web, Depends(web)], next: str = "/") -> Response:
    if app.account is not None:
        return _see_other(safe_next(next))
    return render(request, "login.html", error=None, username="", next=safe_next(next))


@router.post("/login")
async def login(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    fields = await _fields(request)
    username, password = fields.get("username", ""), fields.get("password", "")
    next_page = safe_next(fields.get("next"))
    if not username or not password:
        return render(request, "login.html", status_code=422, username=username, next=next_page,
                      error=_("Type your username and your password."))
    try:
        signed_in = await run_in_threadpool(
            accounts_of(request.app).log_in, username, password, _address(request)
        )
    except TooManyAttempts as error:
        return render(request, "login.html", status_code=429, username=username,
                      next=next_page, error=str(error))
    except AccountError as error:
        return render(request, "login.html", status_code=422, username=username,
                      next=next_page, error=str(error))
    response = _see_other(next_page)
    set_session_cookie(response, request, signed_in, app.settings.secure_cookies)
    return response


@router.post("/logout")
def logout(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    accounts_of(request.app).log_out(request.cookies.get(COOKIE, ""))
    response = _see_other("/login")
    clear_cookie(response, request, app.settings.secure_cookies)
    return response


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    assert app.account is not None  # the gate lets only signed-in people here
    sessions = accounts_of(request.app).session_count(app.account.user_id)
    return render(request, "account.html", sessions=sessions, error=None)


@router.post("/account/logout-everywhere")
def logout_everywhere(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    assert app.account is not None
    accounts_of(request.app).log_out_everywhere(app.account.user_id)
    response = _see_other("/login")
    clear_cookie(response, request, app.settings.secure_cookies)
    return response


@router.post("/account/delete")
async def delete_account(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    """Everything the person keeps, their shares, their key, their sessions and the account."""
    from crossroads.storage.portable import delete_everything

    assert app.account is not None
    fields = await _fields(request)
    if " ".join(fields.get("confirm", "").lower().split()) != CONFIRM_WORDS:
        sessions = accounts_of(request.app).session_count(app.account.user_id)
        return render(request, "account.html", status_code=422, sessions=sessions,
                      error=_("Type the words exactly as shown to confirm; nothing was deleted."))
    user_id = app.account.user_id
    app.shares.revoke_all()
    delete_everything(app.scoped_database)
    with app.database.sessions.begin() as session:
        session.execute(delete(UserRow).where(UserRow.id == user_id))
    response = _see_other("/signup")
    clear_cookie(response, request, app.settings.secure_cookies)
    return response
