"""A memory of rendered pages, kept while the database has not changed.

Pure ASGI middleware (no BaseHTTPMiddleware: that one costs more than a whole cached
answer). For every GET it does two things:

- the request's database transactions begin deferred (`crossroads.storage.reading`), so
  people reading never queue behind each other for SQLite's write lock;
- pages listed in ``CACHEABLE`` are answered from memory when the same URL (path and
  query string, so the crisis banner's ``?care=`` state is part of the key) was rendered
  while the database and the day were the same as now, and ``ready()`` says the data may
  be shown (the app passes "the data key is open in this process": locking here closes
  it at once, and locking from another program writes to the database).

"The database is the same" is SQLite's ``PRAGMA data_version`` on a connection of our own
that never writes: it changes whenever any other connection, in this process or another
one (the terminal journey), commits. PostgreSQL (several processes, other machines) and
in-memory databases get no page memory at all, only the deferred reads.
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crossroads.storage import Database
from crossroads.storage.database import reading

__all__ = ["CACHEABLE", "PageCache", "SqliteVersion", "data_version_for"]

# Pages that depend only on the database, the day and the URL.
CACHEABLE = re.compile(r"^/(?:|results/\d{1,10}|journal|history)$")
MAX_PAGES = 32
MAX_BODY = 2_000_000
READ_METHODS = frozenset({"GET", "HEAD"})


class SqliteVersion:
    """``PRAGMA data_version`` of a SQLite file, read on a connection that never writes."""

    def __init__(self, path: Path) -> None:
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None
        )
        self._connection.execute("PRAGMA busy_timeout=1000")

    def __call__(self) -> int | None:
        connection = self._connection
        if connection is None:
            return None
        try:
            row = connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None  # no memory rather than a wrong page
        return int(row[0]) if row else None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def data_version_for(database: Database) -> Callable[[], int | None] | None:
    """The change counter for ``database``, or None when pages must not be kept."""
    url = make_url(database.url)
    if url.get_backend_name() != "sqlite" or url.get_driver_name() not in ("pysqlite", ""):
        return None
    name = url.database or ""
    if not name or name == ":memory:" or name.startswith("file:") or url.query:
        return None
    path = Path(name)
    if not path.is_file():
        return None
    try:
        version = SqliteVersion(path)
    except sqlite3.Error:
        return None
    if version() is None:
        version.close()
        return None
    event.listen(database.engine, "engine_disposed", lambda _engine: version.close())
    return version


@dataclass(frozen=True)
class _Page:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class PageCache:
    """Deferred reads for every GET; rendered pages kept per URL, data version and day."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], int | None] | None,
        clock: Callable[[], datetime],
        ready: Callable[[], bool] | None = None,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self.app = app
        self._version = version
        self._clock = clock
        self._ready = ready
        self._max_pages = max_pages
        self._pages: OrderedDict[Hashable, _Page] = OrderedDict()
        self._seen: Hashable = None

    def clear(self) -> None:
        """Forget every kept page (e.g. when the data is locked again)."""
        self._pages.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in READ_METHODS:
            await self.app(scope, receive, send)
            return
        with reading():
            key = self._key(scope)
            if key is None:
                await self.app(scope, receive, send)
                return
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
                await send({"type": "http.response.start", "status": page.status,
                            "headers": list(page.headers)})
                await send({"type": "http.response.body", "body": page.body})
                return
            await self.app(scope, receive, self._keeping(key, send))

    def _key(self, scope: Scope) -> Hashable | None:
        if self._version is None or scope["method"] != "GET":
            return None
        path: str = scope["path"]
        if not CACHEABLE.match(path):
            return None
        for name, _value in scope["headers"]:
            # htmx fragments and anything personal to a browser are never kept.
            if name in (b"hx-request", b"cookie", b"authorization"):
                return None
        if self._ready is not None and not self._ready():
            self._pages.clear()  # e.g. the data was locked: nothing kept, nothing answered
            return None
        version = self._version()
        if version is None:
            return None
        state = (version, self._clock().date())
        if state != self._seen:
            self._pages.clear()
            self._seen = state
        return (path, scope.get("query_string", b""), state)

    def _keeping(self, key: Hashable, send: Send) -> Send:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and start:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._store(key, start, b"".join(chunks))
            await send(message)

        return keep

    def _store(self, key: Hashable, start: dict[str, Any], body: bytes) -> None:
        headers = [(bytes(name), bytes(value)) for name, value in start.get("headers", [])]
        kinds = {name.lower(): value for name, value in headers}
        if (
            start.get("status") != 200
            or not kinds.get(b"content-type", b"").startswith(b"text/html")
            or b"set-cookie" in kinds
            or len(body) > MAX_BODY
            or key[2] != self._seen  # type: ignore[index]
            or (self._ready is not None and not self._ready())
        ):
            return
        self._pages[key] = _Page(200, headers, body)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
