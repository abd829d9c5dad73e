"""Helpers for the web tests: the app on a temporary SQLite file, and a clock to move."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from crossroads.settings import load_settings
from crossroads.web.app import create_app
from crossroads.web.context import Web


@dataclass
class Clock:
    """A clock that stands still until a test moves it."""

    now: datetime = field(default_factory=lambda: datetime(2025, 3, 12, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@contextmanager
def web_client(database_url: str, clock: Clock | None = None, **settings: Any) -> Iterator[TestClient]:
    app = create_app(load_settings(database_url=database_url, **settings), clock=clock or Clock())
    with TestClient(app, raise_server_exceptions=True) as client:
        yield client


def state(client: TestClient) -> Web:
    web: Web = client.app.state.web  # type: ignore[attr-defined]
    return web


def form_of(answers: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Answers (one topic's part of a persona) as the form fields the topic page posts."""
    fields: dict[str, str] = {}
    for key, value in answers.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            fields.update(form_of(value, f"{name}."))
        elif isinstance(value, list):
            fields[f"{name}.rows"] = str(len(value))
            for row, item in enumerate(value):
                fields.update(form_of(item, f"{name}.{row}."))
        elif isinstance(value, bool):
            fields[name] = "true" if value else "false"
        else:
            fields[name] = str(value)
    return fields
