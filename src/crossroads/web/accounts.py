"""Server mode's gate (`crossroads serve --multi-user`): who is asking, and may they.

Pure ASGI middleware, in place of local mode's lock gate. For every request it

- finds the session of the cookie, opens that person's vault with the key wrapped for the
  session, and leaves a Web of their own for the handlers (``crossroads.web.context.web``);
- sends anyone not signed in to /login, except on the open pages (help, sign-up, a
  counselor's shared link, the stateless API, static files);
- checks the CSRF token of every form posted by a signed-in person: a hidden field
  ``csrf_token`` (or the ``X-CSRF-Token`` header htmx sends), derived from the session's
  secret token; the same-origin check of the Guard still runs before this one;
- writes that token into every form of the HTML pages it answers, so templates need no
  change, and marks personal pages ``Cache-Control: no-store``.
"""

from __future__ import annotations

import hmac
import re
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import PlainTextResponse, RedirectResponse
from markupsafe import escape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crossroads.storage.accounts import SESSION_LIFETIME, Accounts, SignedIn
from crossroads.storage.database import reading
from crossroads.web.context import USER_WEB, Web

__all__ = ["COOKIE", "CSRF_FIELD", "AccountGate", "clear_cookie", "set_session_cookie"]

COOKIE = "crossroads_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
OPEN_PATHS = frozenset({"/help", "/pause", "/login", "/signup", "/healthz", "/openapi.json"})
OPEN_PREFIXES = ("/static/", "/api/", "/shared/")
# Local mode's passphrase pages: in server mode the password opens each person's key.
LOCAL_ONLY = frozenset({"/unlock", "/lock", "/privacy/passphrase", "/privacy/passphrase/change",
                        "/privacy/passphrase/remove", "/privacy/import", "/privacy",
                        "/privacy/delete"})
MAX_FORM_BYTES = 60 * 1024 * 1024
_FORM = re.compile(rb"(<form\b[^>]*\bmethod=[\"']?post[\"']?[^>]*>)", re.IGNORECASE)
_BODY = re.compile(rb"<body\b", re.IGNORECASE)


def set_session_cookie(response: Any, request: Request, signed_in: SignedIn,
                       secure_setting: bool) -> None:
    response.set_cookie(
        COOKIE, signed_in.token, httponly=True, samesite="lax", path="/",
        secure=secure_setting or request.url.scheme == "https",
        max_age=int(SESSION_LIFETIME.total_seconds()),
    )


def clear_cookie(response: Any, request: Request, secure_setting: bool) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax",
                           secure=secure_setting or request.url.scheme == "https")


def accounts_of(app: Any) -> Accounts:
    accounts: Accounts = app.state.accounts
    return accounts


class AccountGate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path: str = scope.get("path", "")
        base: Web = request.app.state.web
        if path in LOCAL_ONLY:
            await _not_here(scope, receive, send)
            return
        token = request.cookies.get(COOKIE, "")
        signed_in: SignedIn | None = None
        if token:
            accounts = accounts_of(request.app)

            def resume() -> SignedIn | None:
                with reading():
                    return accounts.resume(token)

            signed_in = await run_in_threadpool(resume)
        is_open = path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)
        if signed_in is None and not is_open:
            target = path + (f"?{request.url.query}" if request.url.query else "")
            login = "/login" + (f"?{urlencode({'next': target})}"
                                if request.method == "GET" and path != "/" else "")
            await RedirectResponse(login, status_code=303)(scope, receive, send)
            return
        if signed_in is not None:
            scope.setdefault("state", {})[USER_WEB] = base.for_user(signed_in)
        if (
            request.method in UNSAFE
            and signed_in is not None
            and not path.startswith("/api/")
        ):
            receive, good = await _check_csrf(scope, receive, signed_in.csrf_token)
            if not good:
                await PlainTextResponse(
                    "Refused: this form has expired or did not come from your session. "
                    "Go back, reload the page and send it again.", status_code=403,
                )(scope, receive, send)
                return
        if signed_in is None:
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _with_token(send, signed_in.csrf_token))


async def _not_here(scope: Scope, receive: Receive, send: Send) -> None:
    await PlainTextResponse(
        "Not found: this page belongs to single-user mode.", status_code=404
    )(scope, receive, send)


async def _check_csrf(
    scope: Scope, receive: Receive, expected: str
) -> tuple[Receive, bool]:
    """Whether the form (or header) carries the session's token; the body is read here
    and handed on unchanged."""
    headers = {key.decode("latin-1").lower(): value.decode("latin-1")
               for key, value in scope.get("headers", [])}
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return _replay(b"", receive), False
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    given = headers.get(CSRF_HEADER, "")
    if not given:
        form_request = Request(scope, receive=_replay(body, receive))
        try:
            form = await form_request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else ""
            await form.close()
        except Exception:  # an unreadable body has no token
            given = ""
    good = bool(given) and hmac.compare_digest(given.encode(), expected.encode())
    return _replay(body, receive), good


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _with_token(send: Send, token: str) -> Send:
    """HTML answers get the CSRF token in every posted form and in htmx's headers."""
    field = (f'<input type="hidden" name="{CSRF_FIELD}" value="{escape(token)}">').encode()
    hx = f' hx-headers=\'{{"X-CSRF-Token": "{escape(token)}"}}\''.encode()
    start: Message | None = None
    chunks: list[bytes] = []

    async def sending(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            headers["cache-control"] = "no-store"
            if headers.get("content-type", "").startswith("text/html"):
                start = message
                return
            await send(message)
            return
        if start is None or message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = _FORM.sub(lambda found: found.group(1) + field, b"".join(chunks))
        body = _BODY.sub(lambda found: found.group(0) + hx, body, count=1)
        headers = MutableHeaders(scope=start)
        headers["content-length"] = str(len(body))
        await send(start)
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return sending
