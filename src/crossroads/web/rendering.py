"""Jinja2 templates with gettext (crossroads.i18n) and the context every page shares."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from crossroads.i18n import translations
from crossroads.web.context import Web
from crossroads.web.safety import Banner, banner, from_query, person_country

TEMPLATES = Path(__file__).with_name("templates")


def make_templates(language: str) -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
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
    environment.filters["when"] = _when
    environment.globals["language"] = language
    return Jinja2Templates(env=environment)


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%a %d %b %Y")


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d %b %Y, %H:%M UTC")


def render(
    request: Request,
    name: str,
    status_code: int = 200,
    care: Banner | None = None,
    **context: Any,
) -> HTMLResponse:
    """A page. A crisis banner shows when ``care`` is given or the URL carries one (?care=)."""
    app: Web = request.app.state.web
    if care is None:
        raised = from_query(request.query_params.get("care"), request.query_params.get("abuse"))
        if raised.raised:
            care = banner(app.content, person_country(app), raised)
    templates: Jinja2Templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        request,
        name,
        {"content": app.content, "care": care, "path": request.url.path, **context},
        status_code=status_code,
    )
    return response
