"""The journal and change log (E11): a day or a week at a time, the actions that show
the change, mood, and urges to contact the ex, with weekly charts.

A page covers twelve weeks, read by date range and summed in SQL, so the page costs
the same with ten years of entries as with one month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from crossroads.i18n import _
from crossroads.storage.journal import WeekSummary, week_start
from crossroads.web.charts import Series, bar_chart, line_chart
from crossroads.web.context import RowId, Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import go_on, screen_texts

router = APIRouter(include_in_schema=False)

WEEKS_PER_PAGE = 12
MAX_TEXT = 4000
MAX_URGES = 1000
EARLIEST = date(1970, 1, 1)


@dataclass
class EntryForm:
    values: dict[str, str]
    errors: dict[str, str]
    entry: dict[str, Any]


def _today(app: Web) -> date:
    return app.now().date()


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def read_entry(form: dict[str, str], today: date) -> EntryForm:
    """The journal form as an entry, with a plain message for each field at fault."""
    errors: dict[str, str] = {}
    entry: dict[str, Any] = {}
    day = _parse_day(form.get("entry_date", "").strip())
    if day is None:
        errors["entry_date"] = _("Please give the date as year-month-day, e.g. 2025-03-14.")
    elif not EARLIEST <= day <= today:
        errors["entry_date"] = _("Please pick a date that is not in the future.")
    else:
        entry["entry_date"] = day
    period = form.get("period", "day")
    if period not in ("day", "week"):
        errors["period"] = _("Please choose a day or a week.")
    entry["period"] = period
    for name in ("actions", "note"):
        text = form.get(name, "").replace("\r\n", "\n").strip()
        if len(text) > MAX_TEXT:
            errors[name] = _("Please keep this under %(limit)s characters.") % {"limit": MAX_TEXT}
        entry[name] = text
    mood = form.get("mood", "").strip()
    if not mood.isdigit() or not 0 <= int(mood) <= 10:
        errors["mood"] = _("Please choose your mood from 0 to 10.")
    else:
        entry["mood"] = int(mood)
    urges = form.get("urges", "0").strip() or "0"
    if not urges.isdigit() or int(urges) > MAX_URGES:
        errors["urges"] = _("Please give a whole number, 0 or more.")
    else:
        entry["urges"] = int(urges)
    acted = form.get("acted_on_urge", "false")
    if acted not in ("true", "false"):
        errors["acted_on_urge"] = _("Please choose yes or no.")
    entry["acted_on_urge"] = acted == "true"
    return EntryForm(values=form, errors=errors, entry=entry)


def _window(until: date) -> tuple[date, date]:
    """The first Monday and the day after the last Sunday of the twelve weeks up to ``until``."""
    last = week_start(until)
    return last - timedelta(weeks=WEEKS_PER_PAGE - 1), last + timedelta(weeks=1)


def _charts(weeks: list[WeekSummary], start: date) -> dict[str, Markup]:
    by_week = {week.week_start: week for week in weeks}
    mondays = [start + timedelta(weeks=n) for n in range(WEEKS_PER_PAGE)]
    labels = [f"{monday.day} {monday:%b}" for monday in mondays]
    rows = [by_week.get(monday) for monday in mondays]
    moods = [round(row.mood, 1) if row else None for row in rows]
    urges = [float(row.urges) if row else 0.0 for row in rows]
    acted = [float(row.acted_on) if row else 0.0 for row in rows]
    actions = [float(row.actions) if row else 0.0 for row in rows]
    first, last = labels[0], labels[-1]

    def said(values: list[float | None]) -> str:
        return ", ".join(f"{label}: {'–' if value is None else f'{value:g}'}"
                         for label, value in zip(labels, values, strict=True))

    return {
        "mood": Markup(line_chart(
            "chart-mood", _("Average mood per week"),
            _("Average mood from 0 to 10, weeks from %(first)s to %(last)s. %(values)s")
            % {"first": first, "last": last, "values": said(list(moods))},
            labels, Series(_("mood"), moods, "line-mood"), top=10)),
        "urges": Markup(bar_chart(
            "chart-urges", _("Urges to contact them, per week"),
            _("Urges counted, and entries where one was acted on. %(values)s")
            % {"values": said(list(urges))},
            labels, [Series(_("urges"), urges, "bar"),
                     Series(_("acted on"), acted, "bar-acted")], top=5)),
        "actions": Markup(bar_chart(
            "chart-actions", _("Entries with actions that show the change, per week"),
            _("Number of entries naming an action. %(values)s")
            % {"values": said(list(actions))},
            labels, [Series(_("entries with actions"), actions, "bar")], top=5)),
    }


@router.get("/journal", response_class=HTMLResponse)
def journal(
    request: Request, app: Annotated[Web, Depends(web)], until: str | None = None
) -> Response:
    today = _today(app)
    return _page(request, app, _parse_day(until) or today, today)


def _page(request: Request, app: Web, until: date, today: date,
          form: EntryForm | None = None, status_code: int = 200) -> Response:
    until = min(until, today)
    start, end = _window(until)
    weeks = app.journal.weeks(start, end)
    entries = app.journal.between(start, end)
    older = start - timedelta(days=1) if app.journal.any_before(start) else None
    newer = min(today, until + timedelta(weeks=WEEKS_PER_PAGE)) if end <= today else None
    values = form.values if form else {"entry_date": today.isoformat(), "period": "day",
                                       "urges": "0", "acted_on_urge": "false"}
    return render(
        request, "journal.html", status_code=status_code, charts=_charts(weeks, start),
        entries=entries, start=start, end=end - timedelta(days=1), older=older, newer=newer,
        values=values, errors=form.errors if form else {}, today=today,
    )


@router.post("/journal")
async def add_entry(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    today = _today(app)
    form = {key: value for key, value in (await request.form()).items()
            if isinstance(value, str)}
    submitted = read_entry(form, today)
    if submitted.errors:
        return _page(request, app, today, today, submitted, status_code=422)
    entry = submitted.entry
    raised = screen_texts(app, [entry["actions"], entry["note"]])
    saved = app.journal.add(**entry)
    url = "/journal?saved=1" + (f"&until={saved.entry_date.isoformat()}"
                                if saved.entry_date < week_start(today) else "")
    return go_on(url, raised)



@router.post("/journal/{id}/delete")
def delete_entry(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    if not app.journal.delete(id):
        return render(request, "error.html", status_code=404, status=404,
                      detail=_("There is no journal entry with that number."))
    return RedirectResponse("/journal?deleted=1", status_code=303)
