"""Counselor shares: a read-only, revocable, expiring link to a result, its plan and, if
chosen, the journal; in local mode and in server mode."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from crossroads.web.context import Web
from tests.personas import ALEX
from tests.test_web_multi_user import finished, sign_up, user_web
from tests.web_support import Clock, state, web_client

NOTE = "PANGOLIN-JOURNAL-5521"
DRAFT = "PANGOLIN-DRAFT-9904"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["local", "multi_user"])
def setup(request: pytest.FixtureRequest, sqlite_url: str,
          clock: Clock) -> Iterator[tuple[TestClient, Web, str]]:
    """A client with one finished assessment, a journal entry and a draft; the person's
    Web and the form token ("" in local mode)."""
    multi = request.param == "multi_user"
    with web_client(sqlite_url, clock, multi_user=multi) as client:
        token = sign_up(client, "ann") if multi else ""
        app = user_web(client) if multi else state(client)
        yield client, app, token


def make_link(client: TestClient, app: Web, token: str, journal: bool = False,
              days: int = 7) -> tuple[int, str]:
    assessment = finished(app, ALEX)
    app.ticks.mark(assessment, 0, 0, True)
    app.journal.add(date(2025, 3, 10), "day", "walked by the river", 6, 1, False, note=NOTE)
    app.drafts.create(DRAFT, {"verdict": "revise", "flags": []})
    form = {"assessment": str(assessment), "days": str(days), "csrf_token": token}
    if journal:
        form["journal"] = "yes"
    created = client.post("/share", data=form)
    assert created.status_code == 201, created.text
    found = re.search(r'value="(http[^"]+/shared/[^"]+)"[^>]*data-testid="share-link"',
                      created.text)
    assert found, created.text
    return assessment, found.group(1).split("testserver", 1)[1]


def test_the_shared_page_shows_the_path_and_plan_and_nothing_else(
    setup: tuple[TestClient, Web, str],
) -> None:
    client, app, token = setup
    _, link = make_link(client, app, token)
    visitor = TestClient(client.app)
    page = visitor.get(link)
    assert page.status_code == 200
    assert 'data-testid="shared-plan"' in page.text and 'data-done="yes"' in page.text
    assert NOTE not in page.text and DRAFT not in page.text  # the journal was not chosen
    assert "shared-journal" not in page.text
    assert 'href="/' not in page.text.replace('href="/static/', "")  # no way into the app
    assert page.headers["cache-control"] == "no-store"


def test_the_journal_is_shared_only_when_chosen(setup: tuple[TestClient, Web, str]) -> None:
    client, app, token = setup
    _, link = make_link(client, app, token, journal=True)
    page = TestClient(client.app).get(link)
    assert NOTE in page.text and DRAFT not in page.text


def test_the_snapshot_is_sealed_by_the_links_token(setup: tuple[TestClient, Web, str]) -> None:
    client, app, token = setup
    _, link = make_link(client, app, token, journal=True)
    secret = link.rsplit("/", 1)[1]
    with app.database.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT token_hash, snapshot FROM shares").all()
    assert len(rows) == 1
    assert secret not in rows[0][0] and NOTE not in rows[0][1] and "river" not in rows[0][1]
    assert TestClient(client.app).get(link[:-2] + "xx").status_code == 404


def test_revoking_a_link_takes_effect_at_once(setup: tuple[TestClient, Web, str]) -> None:
    client, app, token = setup
    _, link = make_link(client, app, token)
    visitor = TestClient(client.app)
    assert visitor.get(link).status_code == 200
    share_id = re.search(r'data-share-id="([0-9a-f]+)"', client.get("/share").text)
    assert share_id
    revoked = client.post(f"/share/{share_id.group(1)}/revoke", data={"csrf_token": token},
                          follow_redirects=False)
    assert revoked.status_code == 303
    gone = visitor.get(link)
    assert gone.status_code == 404 and 'data-testid="shared-gone"' in gone.text
    assert client.post(f"/share/{share_id.group(1)}/revoke",
                       data={"csrf_token": token}).status_code == 404


def test_a_link_stops_working_when_it_expires(
    setup: tuple[TestClient, Web, str], clock: Clock
) -> None:
    client, app, token = setup
    _, link = make_link(client, app, token, days=2)
    visitor = TestClient(client.app)
    clock.advance(days=1, hours=23)
    assert visitor.get(link).status_code == 200
    clock.advance(hours=2)
    assert visitor.get(link).status_code == 404
    assert 'data-testid="share-none"' in client.get("/share").text


def test_bad_share_forms_get_clear_messages(setup: tuple[TestClient, Web, str]) -> None:
    client, app, token = setup
    assessment = finished(app, ALEX)
    for form, field in (({"assessment": "abc", "days": "7"}, "error-assessment"),
                        ({"assessment": "999999", "days": "7"}, "error-assessment"),
                        ({"assessment": str(assessment), "days": "0"}, "error-days"),
                        ({"assessment": str(assessment), "days": "9999"}, "error-days")):
        answer = client.post("/share", data={**form, "csrf_token": token})
        assert answer.status_code == 422 and f'data-testid="{field}"' in answer.text
    with app.database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM shares").scalar_one() == 0
