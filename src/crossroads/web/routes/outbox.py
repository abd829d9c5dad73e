"""The outbox: write to the ex, see the review, let it rest. Nothing is ever sent.

Every draft is reviewed (C2-C6, D7, E3, E9) and screened (S1, S2) when written or
edited. A draft can be marked ready only after the cooling-off period since its last
edit, and never while the review says hold.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossroads.i18n import _
from crossroads.storage.drafts import DraftNotFound, DraftNotReady, StoredDraft
from crossroads.web.context import RowId, Web, web
from crossroads.web.highlight import highlight
from crossroads.web.rendering import render
from crossroads.web.safety import Screened, go_on, screen_texts

router = APIRouter(include_in_schema=False)

MAX_DRAFT = 10_000


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _check_text(text: str) -> str | None:
    if not text.strip():
        return _("Write your message first; an empty draft has nothing to review.")
    if len(text) > MAX_DRAFT:
        return _("Please keep the message under %(limit)s characters; it has %(count)s.") % {
            "limit": MAX_DRAFT, "count": len(text)}
    return None


def _review(text: str, raised: Screened) -> dict[str, object]:
    # Stored with the draft: the review alone (the lines come from screen_texts), with the
    # whole screen's reading of the draft, so a draft the screen finds urgent is held.
    from crossroads.core.result import ScreenResult
    from crossroads.core.text.review import review_draft

    return review_draft(text, screened=ScreenResult(raised.self_harm, raised.abuse)).to_json()



async def _text_field(request: Request) -> str:
    value = (await request.form()).get("text", "")
    return value.replace("\r\n", "\n") if isinstance(value, str) else ""


@router.get("/outbox", response_class=HTMLResponse)
def outbox(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    return _outbox_page(request, app)


def _outbox_page(request: Request, app: Web, text: str = "", error: str | None = None,
                 status_code: int = 200) -> Response:
    return render(request, "outbox.html", status_code=status_code, drafts=app.drafts.all(),
                  text=text, error=error, hours=app.settings.cooling_off_hours)


@router.post("/outbox")
async def create(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    text = await _text_field(request)
    problem = _check_text(text)
    if problem:
        return _outbox_page(request, app, text, problem, status_code=422)
    raised = screen_texts(app, [text])
    draft = app.drafts.create(text, _review(text, raised))
    return go_on(f"/outbox/{draft.id}", raised)


@router.get("/outbox/{id}", response_class=HTMLResponse)
def show(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    draft = app.drafts.get(id)
    if draft is None:
        return _missing(request)
    return _draft_page(request, app, draft)


def _draft_page(request: Request, app: Web, draft: StoredDraft, error: str | None = None,
                text: str | None = None, status_code: int = 200) -> Response:
    now = app.now()
    cooling = app.cooling_off
    left = max(draft.cooling_ends(cooling) - now, timedelta(0))
    review = draft.review
    flags = review.get("flags", []) if isinstance(review.get("flags"), list) else []
    strengths = review.get("strengths", []) if isinstance(review.get("strengths"), list) else []
    for flag in flags:
        flag["quote"] = draft.text[int(flag.get("start", 0)):int(flag.get("end", 0))]
    for strength in strengths:
        strength["quote"] = draft.text[int(strength.get("start", 0)):int(strength.get("end", 0))]
    return render(
        request, "draft.html", status_code=status_code, draft=draft,
        marked=highlight(draft.text, flags, strengths), flags=flags, strengths=strengths,
        can_be_ready=draft.can_be_ready(now, cooling), hours_left=_hours(left),
        cooling_ends=draft.cooling_ends(cooling), error=error,
        text=draft.text if text is None else text, hours=app.settings.cooling_off_hours,
    )


def _hours(left: timedelta) -> str:
    minutes = int(left.total_seconds() // 60) + (1 if left.total_seconds() % 60 else 0)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(minutes)s min") % {"minutes": minutes}


def _missing(request: Request) -> Response:
    return render(request, "error.html", status_code=404, status=404,
                  detail=_("There is no draft with that number. It may have been deleted."))


@router.post("/outbox/{id}")
async def edit(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    draft = app.drafts.get(id)
    if draft is None:
        return _missing(request)
    text = await _text_field(request)
    problem = _check_text(text)
    if problem:
        return _draft_page(request, app, draft, problem, text, status_code=422)
    raised = screen_texts(app, [text])
    app.drafts.edit(id, text, _review(text, raised))
    return go_on(f"/outbox/{id}", raised)


@router.post("/outbox/{id}/ready")
def mark_ready(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    try:
        app.drafts.mark_ready(id, app.cooling_off)
    except DraftNotFound:
        return _missing(request)
    except DraftNotReady:
        draft = app.drafts.get(id)
        if draft is None:
            return _missing(request)
        message = (_("The review says to hold this message, so it cannot be marked ready. "
                     "Rewrite it, or let it go.") if draft.verdict == "hold"
                   else _("This draft is still resting. Come back when the cooling-off "
                          "time is over."))
        return _draft_page(request, app, draft, message, status_code=409)
    return _see_other(f"/outbox/{id}")


@router.post("/outbox/{id}/unready")
def unready(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    try:
        app.drafts.back_to_draft(id)
    except DraftNotFound:
        return _missing(request)
    return _see_other(f"/outbox/{id}")


@router.post("/outbox/{id}/delete")
def delete(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    if not app.drafts.delete(id):
        return _missing(request)
    return _see_other("/outbox?deleted=1")
