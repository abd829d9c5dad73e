"""The journal and change log (E11): entries, screening, weekly SVG charts, paging."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from crossroads.storage.journal import JournalEntry
from crossroads.web.charts import Series, bar_chart, line_chart
from tests.web_support import Clock, state, web_client

TODAY = date(2025, 3, 12)  # a Wednesday; the Clock's default day


@pytest.fixture
def client(sqlite_url: str) -> Iterator[TestClient]:
    with web_client(sqlite_url, Clock()) as client:
        yield client


def entry(**changes: object) -> dict[str, str]:
    fields = {"entry_date": TODAY.isoformat(), "period": "day",
              "actions": "called my sister instead of texting him", "mood": "6",
              "urges": "3", "acted_on_urge": "false", "note": ""}
    return {**fields, **{key: str(value) for key, value in changes.items()}}


def fill(client: TestClient, days: int, until: date = TODAY) -> None:
    state(client).journal.add_many([
        JournalEntry(0, None, until - timedelta(days=n), "day", "a walk" if n % 2 else "",  # type: ignore[arg-type]
                     n % 11, n % 4, n % 5 == 0, "")
        for n in range(days)
    ])


def test_an_entry_is_saved_and_listed(client: TestClient) -> None:
    page = client.post("/journal", data=entry()).text

    assert 'data-testid="entry-saved"' in page
    assert "called my sister instead of texting him" in page
    assert "mood 6 of 10" in page and "3 urges" in page


def test_a_mood_outside_the_scale_is_explained_next_to_the_field(client: TestClient) -> None:
    response = client.post("/journal", data=entry(mood=12))

    assert response.status_code == 422
    assert 'data-testid="error-mood"' in response.text
    assert "called my sister" in response.text  # what was written is kept


@pytest.mark.parametrize(
    ("field", "value"),
    [("entry_date", "yesterday"), ("entry_date", "2025-03-13"), ("urges", "-1"),
     ("acted_on_urge", "maybe"), ("period", "month")],
)
def test_bad_fields_are_refused_plainly(client: TestClient, field: str, value: str) -> None:
    response = client.post("/journal", data=entry(**{field: value}))

    assert response.status_code == 422
    assert f'data-testid="error-{field}"' in response.text
    assert state(client).journal.between(date(2000, 1, 1), date(2100, 1, 1)) == []


def test_the_words_of_an_entry_are_screened(client: TestClient) -> None:
    page = client.post("/journal", data=entry(note="Everyone would be better off without me")).text

    assert 'data-testid="crisis-banner"' in page


def test_an_urgent_entry_pauses_on_the_crisis_page(client: TestClient) -> None:
    response = client.post("/journal", data=entry(actions="I have a plan to end my life"),
                           follow_redirects=False)

    assert response.headers["location"].startswith("/pause?next=%2Fjournal")


def test_the_charts_are_svg_with_a_title_and_a_description(client: TestClient) -> None:
    fill(client, 30)

    page = client.get("/journal").text

    for chart in ("chart-mood", "chart-urges", "chart-actions"):
        svg = re.search(rf'<svg class="chart" id="{chart}".*?</svg>', page, re.S)
        assert svg, chart
        assert f'<title id="{chart}-title">' in svg.group(0)
        assert f'<desc id="{chart}-desc">' in svg.group(0)
        assert 'role="img"' in svg.group(0)
    assert "<polyline" in page and "<rect" in page


def test_a_page_shows_twelve_weeks_and_links_to_older_ones(client: TestClient) -> None:
    fill(client, 200)

    page = client.get("/journal").text

    dates = re.findall(r'data-testid="entry-\d+">\s*<p><strong>([^<]+)</strong>', page)
    assert len(dates) == 7 * 11 + 3  # eleven full weeks and this week up to Wednesday
    older = re.search(r'href="/journal\?until=([\d-]+)" data-testid="older"', page)
    assert older and older.group(1) == "2024-12-22"
    assert 'data-testid="newer"' not in page
    older_page = client.get(f"/journal?until={older.group(1)}").text
    assert 'data-testid="newer"' in older_page


def test_an_entry_can_be_deleted(client: TestClient) -> None:
    client.post("/journal", data=entry())
    saved = state(client).journal.between(date(2000, 1, 1), date(2100, 1, 1))[0]

    page = client.post(f"/journal/{saved.id}/delete").text

    assert 'data-testid="entry-deleted"' in page
    assert client.post(f"/journal/{saved.id}/delete").status_code == 404


def test_ten_years_of_daily_entries_cost_about_what_one_month_does(sqlite_url: str) -> None:
    """The page reads twelve weeks, whatever lies behind them (the bench times it exactly;
    here the work is counted, and the time only checked loosely so a busy machine passes)."""

    def measured(client: TestClient) -> tuple[float, int]:
        client.get("/journal")
        best, size = float("inf"), 0
        for _ in range(5):
            started = time.perf_counter()
            response = client.get("/journal")
            best = min(best, time.perf_counter() - started)
            size = len(response.text)
        return best, size

    with web_client(sqlite_url, Clock()) as client:
        fill(client, 31)
        month, month_size = measured(client)
        fill(client, 3650 - 31, until=TODAY - timedelta(days=31))
        decade, decade_size = measured(client)
        listed = client.get("/journal").text.count('data-testid="entry-')

    assert listed <= 7 * 12
    assert decade_size <= 3 * month_size
    assert decade <= 4 * month + 0.05, (month, decade)


def test_line_chart_leaves_gaps_for_weeks_without_entries() -> None:
    svg = line_chart("c", "t", "d", ["a", "b", "c", "d"],
                     Series("mood", [5, None, 6, 7], "line-mood"))

    assert svg.count("<polyline") == 1  # only c-d are joined
    assert svg.count("<circle") == 3


def test_bar_chart_escapes_its_words() -> None:
    svg = bar_chart("c", "<t>", "a & b", ["x"], [Series("<s>", [2.0])])

    assert "<t>" not in svg and "&lt;t&gt;" in svg and "a &amp; b" in svg


def test_the_urges_chart_has_a_legend_in_words(client: TestClient) -> None:
    page = client.get("/journal").text

    legend = page.split('data-testid="chart-urges-legend"', 1)[1].split("</ul>", 1)[0]
    assert "urges felt" in legend and "acted on" in legend
