"""The web application: `create_app(settings)` builds it; `crossroads serve` runs it.

Everything is served from this process: no CDN, no web fonts, no external request of
any kind, and a Content-Security-Policy that says so to the browser.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crossroads.content import load_content
from crossroads.i18n import _, set_language
from crossroads.settings import Settings, load_settings
from crossroads.storage import open_database
from crossroads.storage.database import reading
from crossroads.web.cache import READ_METHODS, PageCache, data_version_for
from crossroads.web.context import Web, utc_now
from crossroads.web.rendering import make_templates, render

__all__ = ["create_app"]

log = logging.getLogger("crossroads.web")

STATIC = Path(__file__).with_name("static")

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer browsers post forms with `Origin: null`.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
# Names that always reach this app; any IP literal does too. Other names are refused, so a
# web page cannot point its own domain at 127.0.0.1 and read someone's journal.
LOCAL_NAMES = frozenset({"localhost", "testserver"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def create_app(
    settings: Settings | None = None, *, clock: Callable[[], datetime] = utc_now
) -> FastAPI:
    """The application for ``settings`` (from the environment when None).

    Opens (and migrates) the database now, so a bad URL fails at start-up.
    """
    settings = settings or load_settings()
    set_language(settings.language)
    content = load_content(settings.language)
    database = open_database(settings.database_url, settings.key_folder)
    state = Web(settings=settings, content=content, database=database, clock=clock)
    if settings.multi_user:
        from crossroads.storage.keys import Nobody

        # Nobody's vault until someone signs in: open pages see no one's data.
        state = Web(settings=settings, content=content, database=database, clock=clock,
                    vault=Nobody(database.sessions, settings.key_folder))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="Crossroads",
        summary=_("Self-help after a partner leaves. Local-first; nothing is ever sent."),
        version=_version(),
        docs_url=None,  # the interactive docs load scripts from a CDN; the schema is enough
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.web = state
    app.state.templates = make_templates(settings.language)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    from crossroads.web.routes import (
        api,
        assessment,
        journal,
        outbox,
        pages,
        privacy,
        results,
        shares,
    )

    for module in (api, pages, assessment, results, outbox, journal, privacy, shares):
        app.include_router(module.router)

    if settings.multi_user:
        _account_gate(app, state, clock)
    else:
        _lock_gate(app)
        # In front of the lock gate (whose check costs a query per request), answering only
        # while the key is open here and the database unchanged; see crossroads.web.cache.
        app.add_middleware(PageCache, version=data_version_for(database), clock=clock,
                           ready=lambda: database.vault.unlocked)
    _guard(app, local_only=not settings.multi_user)
    _handle_errors(app)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crossroads")
    except PackageNotFoundError:
        return "0"


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/healthz", "/openapi.json")


def _host_allowed(host: str) -> bool:
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    name = name.strip("[]").lower()
    if name in LOCAL_NAMES:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _guard(app: FastAPI, local_only: bool = True) -> None:
    app.add_middleware(Guard, local_only=local_only)


class Guard:
    """Pure ASGI (BaseHTTPMiddleware is slow): refuses foreign hosts and cross-site posts,
    and puts the security headers on every answer."""

    def __init__(self, app: ASGIApp, local_only: bool = True) -> None:
        self.app = app
        # Server mode answers under its own domain name; local mode only on this machine.
        self.local_only = local_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        request = Request(scope)
        host = request.headers.get("host", "")
        refusal: Response | None = None
        if host and self.local_only and not _host_allowed(host):
            refusal = PlainTextResponse(
                "This address is not served here; open Crossroads at http://127.0.0.1.",
                status_code=400,
            )
        elif request.method in UNSAFE_METHODS and not _same_origin(request):
            refusal = PlainTextResponse(
                "Refused: this form came from another site.", status_code=403
            )
        if refusal is not None:
            await refusal(scope, receive, with_headers)
        elif request.method in READ_METHODS:
            # Everything a GET does only reads (the lock gate's check too): deferred begins.
            with reading():
                await self.app(scope, receive, with_headers)
        else:
            await self.app(scope, receive, with_headers)


def _account_gate(app: FastAPI, state: Web, clock: Callable[[], datetime]) -> None:
    """Server mode: accounts, sessions and CSRF (crossroads.web.accounts); no page memory,
    since pages differ from one person to the next."""
    from crossroads.storage.accounts import Accounts
    from crossroads.storage.keys import Locked
    from crossroads.web.accounts import AccountGate
    from crossroads.web.routes import accounts

    app.state.accounts = Accounts(state.database.sessions, state.settings.key_folder,
                                  clock=clock)
    app.include_router(accounts.router)
    app.add_middleware(AccountGate)

    @app.exception_handler(Locked)
    async def locked(request: Request, _error: Locked) -> Response:
        from fastapi.responses import RedirectResponse

        return RedirectResponse("/login", status_code=303)


# Reachable while the data is locked: the crisis lines above all, and the API, which stores nothing.
OPEN_WHEN_LOCKED = frozenset({"/help", "/pause", "/unlock", "/healthz", "/openapi.json"})
OPEN_PREFIXES_WHEN_LOCKED = ("/static/", "/api/", "/shared/")


def _lock_gate(app: FastAPI) -> None:
    from crossroads.storage.keys import Locked

    app.add_middleware(LockGate)

    @app.exception_handler(Locked)
    async def locked(request: Request, _error: Locked) -> Response:
        # Locked between the gate and the page (the Lock button in another tab).
        return _to_unlock(request)


class LockGate:
    """With a passphrase set and not given yet, every page but the open ones goes to
    /unlock; pages kept in memory are forgotten as soon as the data is found locked."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != "http"
            or path in OPEN_WHEN_LOCKED
            or path.startswith(OPEN_PREFIXES_WHEN_LOCKED)
        ):
            await self.app(scope, receive, send)
            return
        from starlette.concurrency import run_in_threadpool

        request = Request(scope)
        vault = request.app.state.web.database.vault

        def locked() -> bool:
            with reading():  # two small reads; never queue behind a writer for them
                return bool(vault.needs_unlock())

        if await run_in_threadpool(locked):
            self._forget_pages()
            await _to_unlock(request)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _forget_pages(self) -> None:
        inner: Any = self.app
        while inner is not None:
            if isinstance(inner, PageCache):
                inner.clear()
            inner = getattr(inner, "app", None)


def _to_unlock(request: Request) -> Response:
    from urllib.parse import urlencode

    from fastapi.responses import RedirectResponse

    target = request.url.path if request.method == "GET" else "/"
    if request.url.query and request.method == "GET":
        target += f"?{request.url.query}"
    return RedirectResponse(f"/unlock?{urlencode({'next': target})}", status_code=303)


def _same_origin(request: Request) -> bool:
    """Forms posted from another site (another tab, a hostile page) are refused."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        # Programs calling the API send no Origin; browsers always do for cross-site posts.
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code,
                                headers=error.headers)
        return render(request, "error.html", status_code=error.status_code,
                      status=error.status_code, detail=_page_detail(error.status_code))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = [_problem(item) for item in error.errors()]
        if _is_api(request):
            return JSONResponse(
                {"detail": "; ".join(f"{p['pointer'] or '/'}: {p['message']}" for p in problems),
                 "errors": problems},
                status_code=422,
            )
        return render(request, "error.html", status_code=404, status=404,
                      detail=_page_detail(404))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        # Logged in full for whoever runs the server; the person sees a calm page, no trace.
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        if _is_api(request):
            return JSONResponse(
                {"detail": "Something went wrong on our side. Nothing you sent was lost."},
                status_code=500,
            )
        return render(request, "error.html", status_code=500, status=500,
                      detail=_page_detail(500))


def _problem(item: Any) -> dict[str, str]:
    location = [str(part) for part in item.get("loc", ()) if part not in ("body", "query", "path")]
    pointer = "".join(f"/{part}" for part in location)
    return {"pointer": pointer, "message": str(item.get("msg", "invalid"))}


def _page_detail(status: int) -> str:
    if status == 404:
        return _("We could not find that page. It may have been deleted.")
    if status == 405:
        return _("That page cannot be opened this way.")
    if status >= 500:
        return _("Something went wrong on our side. What you saved before is safe.")
    return _("That request could not be handled.")
