"""Jinja2 templates with gettext (crossroads.i18n) and the context every page shares."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from crossroads.i18n import translations
from crossroads.web.context import Web, web
from crossroads.web.safety import Banner, banner, from_query, person_country

TEMPLATES = Path(__file__).with_name("templates")


def make_templates(language: str, *, auto_reload: bool | None = None) -> Jinja2Templates:
    """The templates; they are re-read when edited only in development
    (``CROSSROADS_DEV_RELOAD=1``): checking the files costs time on every page."""
    if auto_reload is None:
        auto_reload = os.environ.get("CROSSROADS_DEV_RELOAD", "") not in ("", "0")
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        auto_reload=auto_reload,
        autoescape=select_autoescape(["html", "svg"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    catalog = translations(language)
    environment.install_gettext_callables(  # type: ignore[attr-defined]
        catalog.gettext, catalog.ngettext, newstyle=True
    )
    environment.filters["day"] = _day
    environment.filters["contact"] = contact_links
    environment.filters["when"] = _when
    environment.globals["language"] = language
    return Jinja2Templates(env=environment)


# A phone number: digits with spaces or dashes between, at least three digits in all.
_PHONE = r"(?<![\w.+])\+?\d(?:[ \-]?\d)+(?![\w.]*[A-Za-z])"
# A web address written without its scheme: name.tld, maybe a path.
_WEB = r"(?<![\w@/.])[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?:/[^\s,;)]*)?"
_CONTACT = re.compile(f"(?P<phone>{_PHONE})|(?P<web>{_WEB})")
# "text START to 88788": a number to text a word to is an instruction, not a call.
_TEXT_TO = re.compile(r"\bto\s*$", re.IGNORECASE)


def contact_links(contact: str) -> Markup:
    """A helpline's contact with its phone numbers as ``tel:`` links (digits only) and its
    web addresses as ``https://`` links; texting instructions stay plain text."""
    parts: list[str] = []
    last = 0
    for found in _CONTACT.finditer(contact):
        before = contact[last:found.start()]
        parts.append(str(escape(before)))
        value = found.group(0)
        if found.group("phone"):
            digits = re.sub(r"\D", "", value)
            if len(digits) < 3 or _TEXT_TO.search(contact[:found.start()]):
                parts.append(str(escape(value)))
            else:
                parts.append(f'<a class="tel" href="tel:{"+" if value.startswith("+") else ""}'
                             f'{digits}">{escape(value)}</a>')
        else:
            parts.append(f'<a href="https://{escape(value)}" rel="noreferrer">{escape(value)}</a>')
        last = found.end()
    parts.append(str(escape(contact[last:])))
    return Markup("".join(parts))


def local_when(value: datetime | None) -> str:
    """A moment in the server's local time zone (the person's own, in local mode), e.g.
    "Sun 22 Nov, 05:10"; the year is added when it is not this year."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    if local.year != datetime.now(local.tzinfo).year:
        return local.strftime("%a %d %b %Y, %H:%M")
    return local.strftime("%a %d %b, %H:%M")


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%a %d %b %Y")


def _when(value: datetime | None) -> str:
    return local_when(value)


def render(
    request: Request,
    name: str,
    status_code: int = 200,
    care: Banner | None = None,
    **context: Any,
) -> HTMLResponse:
    """A page. A crisis banner shows when ``care`` is given or the URL carries one (?care=)."""
    app: Web = web(request)
    if care is None:
        raised = from_query(request.query_params.get("care"), request.query_params.get("abuse"))
        if raised.raised:
            care = banner(app.content, person_country(app), raised)
    templates: Jinja2Templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        request,
        name,
        {"content": app.content, "care": care, "path": request.url.path,
         "account": app.account, **context},
        status_code=status_code,
    )
    return response
