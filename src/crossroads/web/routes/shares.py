"""Counselor shares: the person makes a read-only link to a result and plan (and, if they
choose, the change log), sees their links, and revokes them; whoever has a link sees
exactly what was shared, on a page with no way into anything else.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossroads.i18n import _
from crossroads.storage.repository import StoredAssessment
from crossroads.storage.shares import MAX_DAYS, open_share
from crossroads.web.context import Web, web
from crossroads.web.rendering import render

router = APIRouter(include_in_schema=False)

DEFAULT_DAYS = 14
JOURNAL_DAYS = 365
SHARED_HEADERS = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow"}


def _page(request: Request, app: Web, status_code: int = 200, **context: Any) -> Response:
    completed = [item for item in app.assessments.history() if item.result is not None]
    context.setdefault("errors", {})
    context.setdefault("created", None)
    return render(request, "share.html", status_code=status_code,
                  completed=list(reversed(completed)), shares=app.shares.all(),
                  paths=app.content.paths, max_days=MAX_DAYS, default_days=DEFAULT_DAYS,
                  **context)


@router.get("/share", response_class=HTMLResponse)
def share_page(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    return _page(request, app, revoked=request.query_params.get("revoked") == "1")


@router.post("/share")
async def create_share(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    form = await request.form()
    fields = {name: value for name, value in form.items() if isinstance(value, str)}
    errors: dict[str, str] = {}
    stored: StoredAssessment | None = None
    raw_id = fields.get("assessment", "")
    if raw_id.isdigit() and len(raw_id) < 11:
        found = app.assessments.get(int(raw_id))
        if found is not None and found.is_complete and found.result is not None:
            stored = found
    if stored is None:
        errors["assessment"] = _("Choose one of your finished assessments to share.")
    raw_days = fields.get("days", "")
    days = int(raw_days) if raw_days.isdigit() and len(raw_days) < 4 else 0
    if not 1 <= days <= MAX_DAYS:
        errors["days"] = _("A link can last from 1 to %(max)s days.") % {"max": MAX_DAYS}
    if errors or stored is None:
        return _page(request, app, 422, errors=errors)
    include_journal = fields.get("journal") == "yes"
    share, token = app.shares.create(
        stored.id, _snapshot(app, stored, include_journal), days, include_journal
    )
    link = str(request.base_url).rstrip("/") + f"/shared/{token}"
    return _page(request, app, 201, created={"link": link, "share": share})


@router.post("/share/{share_id}/revoke")
def revoke_share(share_id: str, request: Request,
                 app: Annotated[Web, Depends(web)]) -> Response:
    if len(share_id) > 32 or not app.shares.revoke(share_id):
        return render(request, "error.html", status_code=404, status=404,
                      detail=_("We could not find that link. It may have been revoked."))
    return RedirectResponse("/share?revoked=1", status_code=303)


@router.get("/shared/{token}", response_class=HTMLResponse)
def shared(token: str, request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    opened = open_share(app.database.sessions, token, app.now())
    if opened is None:
        gone = render(request, "shared_gone.html", status_code=404)
        gone.headers.update(SHARED_HEADERS)
        return gone
    share, snapshot = opened
    response = render(request, "shared.html", share=share, snapshot=snapshot)
    response.headers.update(SHARED_HEADERS)
    return response


def _snapshot(app: Web, stored: StoredAssessment, include_journal: bool) -> dict[str, Any]:
    """What the link shows, fixed now: the path, the reasons, the plan with its ticks, and
    the last year of the journal when the person chose to include it."""
    result = stored.result or {}
    ticks = app.ticks.ticks(stored.id)
    path_text = app.content.paths.get(stored.path or "")
    snapshot: dict[str, Any] = {
        "version": 1,
        "completed_at": (stored.completed_at or stored.updated_at).isoformat(),
        "path": stored.path,
        "path_name": path_text.name if path_text else stored.path,
        "path_summary": path_text.summary if path_text else "",
        "reasons": [reason.get("because", "") for reason in result.get("reasons", [])],
        "plan": [
            {"title": section.get("title", ""),
             "steps": [{"text": text, "done": (s, i) in ticks}
                       for i, text in enumerate(section.get("steps", []))]}
            for s, section in enumerate(result.get("plan", []))
        ],
        "journal": None,
    }
    if include_journal:
        today: date = app.now().date()
        entries = app.journal.between(today - timedelta(days=JOURNAL_DAYS),
                                      today + timedelta(days=1))
        snapshot["journal"] = [
            {"date": entry.entry_date.isoformat(), "period": entry.period,
             "actions": entry.actions, "mood": entry.mood, "urges": entry.urges,
             "acted_on_urge": entry.acted_on_urge, "note": entry.note}
            for entry in entries
        ]
    return snapshot
