"""Duty of care on every page (S1, S2): screening what the person writes, and the crisis
banner with their own line first.

Every free text the web app stores passes through :func:`screen_texts` before it is
saved; a raised level is remembered (the latest screen) and shown at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi.responses import RedirectResponse

from crossroads.core.content import Content, SafetyMessage
from crossroads.core.resources import resources_for
from crossroads.core.result import Resource, SelfHarmLevel, worst
from crossroads.storage.keys import Locked
from crossroads.storage.state import LATEST_SCREEN
from crossroads.web.context import Web

LEVELS: tuple[SelfHarmLevel, ...] = ("none", "check_in", "urgent")


@dataclass(frozen=True)
class Screened:
    """The worst reading over several texts."""

    self_harm: SelfHarmLevel = "none"
    abuse: bool = False

    @property
    def raised(self) -> bool:
        return self.self_harm != "none" or self.abuse

    def and_(self, other: Screened) -> Screened:
        return Screened(worst(self.self_harm, other.self_harm), self.abuse or other.abuse)


@dataclass(frozen=True)
class Banner:
    """What the crisis banner shows: the lines first, then the words for the level."""

    self_harm: SelfHarmLevel
    abuse: bool
    lines: tuple[Resource, ...]
    messages: tuple[SafetyMessage, ...]


def screen_texts(app: Web, texts: Iterable[str]) -> Screened:
    """Screen every non-empty text; remember the result when anything was read."""
    from crossroads.core.text.screen import screen_text

    result = Screened()
    read_any = False
    for text in texts:
        if not text or not text.strip():
            continue
        read_any = True
        reading = screen_text(text)
        result = result.and_(Screened(reading.self_harm, reading.abuse))
    if read_any:
        remember(app, result)
    return result


def remember(app: Web, result: Screened) -> None:
    app.state.put(
        LATEST_SCREEN,
        {"self_harm": result.self_harm, "abuse": result.abuse, "at": app.now().isoformat()},
    )


def latest_screen(app: Web) -> Screened:
    try:
        value: Any = app.state.get(LATEST_SCREEN)
    except Locked:  # the help page works without the passphrase
        return Screened()
    if not isinstance(value, dict) or value.get("self_harm") not in LEVELS:
        return Screened()
    return Screened(value["self_harm"], bool(value.get("abuse")))


def person_country(app: Web) -> str | None:
    """The country from the most recent answers that name one, else the settings."""
    candidates = []
    try:
        current = app.assessments.in_progress()
        history = app.assessments.history()
    except Locked:  # the crisis lines never wait for the passphrase
        return app.settings.country
    if current is not None:
        candidates.append(current)
    candidates.extend(reversed(history))
    candidates.sort(key=lambda stored: stored.updated_at, reverse=True)
    for stored in candidates:
        country = (stored.answers.get("situation") or {}).get("country")
        if isinstance(country, str) and country:
            return country
    return app.settings.country


def banner(content: Content, country: str | None, result: Screened) -> Banner | None:
    """The banner for a raised screen, or None when nothing was raised."""
    if not result.raised:
        return None
    lines = resources_for(content.resources, country, result.self_harm, result.abuse)
    messages: list[SafetyMessage] = []
    if result.self_harm == "urgent":
        messages.append(content.safety.urgent)
    elif result.self_harm == "check_in":
        messages.append(content.safety.check_in)
    if result.abuse:
        messages.append(content.safety.abuse)
    return Banner(result.self_harm, result.abuse, lines, tuple(messages))


def help_lines(content: Content, country: str | None) -> tuple[Resource, ...]:
    """For the help page: the crisis line first, then the abuse line and emergency number."""
    return resources_for(content.resources, country, "check_in", True)


def care_query(result: Screened) -> str:
    """The query string that carries a raised screen to the next page (``care``, ``abuse``)."""
    params: dict[str, str] = {}
    if result.self_harm != "none":
        params["care"] = result.self_harm
    if result.abuse:
        params["abuse"] = "1"
    return urlencode(params)


def from_query(care: str | None, abuse: str | None) -> Screened:
    level: SelfHarmLevel = "none"
    for known in LEVELS:
        if care == known:
            level = known
    return Screened(level, abuse == "1")


def with_query(url: str, query: str) -> str:
    if not query:
        return url
    return f"{url}{'&' if '?' in url else '?'}{query}"


def safe_next(url: str | None, default: str = "/") -> str:
    """A local path to go on to; anything that could leave the app becomes ``default``."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return default
    return url


def go_on(url: str, raised: Screened) -> RedirectResponse:
    """After saving a screened text: an urgent level pauses on the crisis page first (going
    on is the person's choice); check-in and abuse show the banner on the next page."""
    if raised.self_harm == "urgent":
        query = {"next": url, **({"abuse": "1"} if raised.abuse else {})}
        return RedirectResponse(f"/pause?{urlencode(query)}", status_code=303)
    return RedirectResponse(with_query(url, care_query(raised)), status_code=303)
