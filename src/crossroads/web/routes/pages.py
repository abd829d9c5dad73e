"""The welcome page, the help page (crisis lines) and the pause after an urgent screen."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from crossroads.web.context import Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import banner, help_lines, latest_screen, person_country, safe_next

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def welcome(request: Request, app: Annotated[Web, Depends(web)]) -> HTMLResponse:
    in_progress = app.assessments.in_progress()
    history = app.assessments.history()
    return render(
        request, "welcome.html", in_progress=in_progress,
        latest=history[-1] if history else None,
    )


@router.get("/help", response_class=HTMLResponse)
def help_page(request: Request, app: Annotated[Web, Depends(web)]) -> HTMLResponse:
    country = person_country(app)
    return render(
        request, "help.html",
        lines=help_lines(app.content, country), country=country,
        latest=latest_screen(app),
    )


@router.get("/pause", response_class=HTMLResponse)
def pause(
    request: Request, app: Annotated[Web, Depends(web)], next: str | None = None,
    abuse: str | None = None,
) -> HTMLResponse:
    """After an urgent screen: the crisis message, line first; going on is the person's choice."""
    from crossroads.web.safety import Screened

    message = banner(app.content, person_country(app), Screened("urgent", abuse == "1"))
    return render(request, "pause.html", urgent=message, next=safe_next(next))
