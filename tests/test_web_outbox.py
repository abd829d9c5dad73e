"""The outbox: drafts to the ex, reviewed, highlighted, cooled off, and never sent."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from crossroads.web.highlight import highlight
from tests.web_support import Clock, state, web_client

THREAT = "If you leave me you will regret it."
CALM = "I have been thinking about us. I would like to talk when you are ready."
PLEA = "Why aren't you answering? I need to see you tonight."


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(sqlite_url: str, clock: Clock) -> Iterator[TestClient]:
    with web_client(sqlite_url, clock) as client:
        yield client


def write(client: TestClient, text: str) -> int:
    response = client.post("/outbox", data={"text": text}, follow_redirects=False)
    assert response.status_code == 303
    match = re.match(r"/outbox/(\d+)", response.headers["location"])
    assert match
    return int(match.group(1))


def test_the_outbox_says_crossroads_never_sends_anything(client: TestClient) -> None:
    page = client.get("/outbox").text

    assert 'data-testid="never-sends"' in page
    assert "never sends anything" in page


def test_a_draft_is_kept_with_its_review(client: TestClient) -> None:
    id = write(client, PLEA)

    page = client.get(f"/outbox/{id}").text

    assert 'data-verdict="revise"' in page
    assert 'data-category="neediness"' in page
    assert "Why:" in page and "Instead:" in page
    assert f'data-testid="draft-item-{id}"' in client.get("/outbox").text


def test_flagged_phrases_are_marked_where_the_review_found_them(client: TestClient) -> None:
    id = write(client, THREAT)

    page = client.get(f"/outbox/{id}").text

    marked = page.split('data-testid="draft-marked">', 1)[1].split("</div>", 1)[0]
    assert re.search(r'<mark class="flag" data-category="threat">If you leave me', marked)


def test_what_the_person_wrote_is_escaped_not_run(client: TestClient) -> None:
    id = write(client, "<script>alert(1)</script> If you leave me you will regret it.")

    page = client.get(f"/outbox/{id}").text

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_highlight_cuts_overlapping_spans_without_losing_a_character() -> None:
    text = "a <b> & c"
    flags = [{"start": 0, "end": 5, "category": "threat"},
             {"start": 2, "end": 9, "category": "blame"}]

    html = str(highlight(text, flags, [{"start": 6, "end": 9, "category": "owns_part"}]))

    assert re.sub(r"<[^>]+>", "", html) == "a &lt;b&gt; &amp; c"
    assert '<mark class="flag" data-category="blame threat">&lt;b&gt;</mark>' in html
    assert "strength" not in html  # a flag outranks a strength on the same characters


def test_highlight_ignores_spans_outside_the_text() -> None:
    assert str(highlight("hi", [{"start": 5, "end": 9, "category": "threat"}])) == "hi"


def test_a_draft_cannot_be_marked_ready_while_it_rests(client: TestClient, clock: Clock) -> None:
    id = write(client, CALM)
    clock.advance(hours=23, minutes=59)

    response = client.post(f"/outbox/{id}/ready")

    assert response.status_code == 409
    assert 'data-testid="draft-error"' in response.text
    assert state(client).drafts.get(id).status == "draft"  # type: ignore[union-attr]


def test_after_24_hours_a_calm_draft_can_be_marked_ready(client: TestClient, clock: Clock) -> None:
    id = write(client, CALM)
    assert 'data-status="cooling"' in client.get(f"/outbox/{id}").text
    clock.advance(hours=24)

    page = client.post(f"/outbox/{id}/ready").text

    assert 'data-status="ready"' in page
    assert state(client).drafts.get(id).status == "ready"  # type: ignore[union-attr]


def test_a_draft_on_hold_can_never_be_marked_ready(client: TestClient, clock: Clock) -> None:
    id = write(client, THREAT)
    clock.advance(days=30)

    response = client.post(f"/outbox/{id}/ready")

    assert response.status_code == 409
    assert 'data-status="hold"' in response.text
    assert re.search(r'data-testid="mark-ready" disabled', response.text)


def test_a_draft_the_whole_screen_finds_urgent_is_held(client: TestClient, clock: Clock) -> None:
    # The screen's rules find nothing in this goodbye; its learned layer does.
    veiled = ("Sent everyone I love a message tonight that just said thank you for "
              "everything. My brother called and I let it ring. Everything's sorted. "
              "The tank's full.")
    response = client.post("/outbox", data={"text": veiled}, follow_redirects=False)
    assert response.headers["location"].startswith("/pause?")
    (draft,) = state(client).drafts.all()
    clock.advance(days=30)

    response = client.post(f"/outbox/{draft.id}/ready")

    assert response.status_code == 409
    assert 'data-status="hold"' in response.text
    assert draft.review["verdict"] == "hold"


def test_editing_restarts_the_cooling_off_and_reviews_again(
    client: TestClient, clock: Clock
) -> None:
    id = write(client, THREAT)
    clock.advance(hours=30)

    client.post(f"/outbox/{id}", data={"text": CALM})

    draft = state(client).drafts.get(id)
    assert draft is not None and draft.text == CALM and draft.verdict != "hold"
    assert client.post(f"/outbox/{id}/ready").status_code == 409
    clock.advance(hours=24)
    assert client.post(f"/outbox/{id}/ready").status_code == 200


def test_the_cooling_off_period_comes_from_the_settings(sqlite_url: str) -> None:
    clock = Clock()
    with web_client(sqlite_url, clock, cooling_off_hours=2) as client:
        id = write(client, CALM)
        clock.advance(hours=2)
        assert client.post(f"/outbox/{id}/ready").status_code == 200


def test_an_empty_draft_is_explained_next_to_the_field(client: TestClient) -> None:
    response = client.post("/outbox", data={"text": "   "})

    assert response.status_code == 422
    assert 'data-testid="draft-error"' in response.text
    assert state(client).drafts.all() == []


def test_a_draft_can_be_deleted(client: TestClient) -> None:
    id = write(client, CALM)

    page = client.post(f"/outbox/{id}/delete").text

    assert 'data-testid="deleted-notice"' in page
    assert state(client).drafts.get(id) is None
    assert client.get(f"/outbox/{id}").status_code == 404


def test_a_draft_that_speaks_of_ending_ones_life_pauses_on_the_crisis_page(
    client: TestClient,
) -> None:
    response = client.post("/outbox", data={"text": "Without you I am going to kill myself."},
                           follow_redirects=False)

    assert response.headers["location"].startswith("/pause?next=%2Foutbox%2F")


def test_a_draft_with_an_ambiguous_sign_shows_the_check_in_banner(client: TestClient) -> None:
    page = client.post("/outbox", data={"text": "I can't live without you."}).text

    assert 'data-testid="crisis-banner" data-level="check_in"' in page


def test_missing_drafts_are_calm_404s(client: TestClient) -> None:
    for response in (client.get("/outbox/5"), client.post("/outbox/5", data={"text": "x"}),
                     client.post("/outbox/5/ready"), client.post("/outbox/5/delete"),
                     client.post("/outbox/5/unready")):
        assert response.status_code == 404


def test_the_draft_list_shows_local_times_and_a_badge_for_a_draft_on_hold(
    client: TestClient,
) -> None:
    client.post("/outbox", data={"text": THREAT})

    page = client.get("/outbox").text

    assert '<span class="badge badge-hold">on hold</span>' in page
    assert "UTC" not in page
    assert re.search(r"last changed \w{3} \d{2} \w{3}(?: \d{4})?, \d{2}:\d{2}", page)
