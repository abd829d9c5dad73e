"""The result page (path, reasons, plan checklist) and the history with comparisons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from crossroads.content import load_content
from crossroads.core.answers import parse_answers
from crossroads.core.engine import evaluate
from tests.personas import ALEX, CHRIS, JORDAN, SAM
from tests.web_support import Clock, state, web_client


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(sqlite_url: str, clock: Clock) -> Iterator[TestClient]:
    with web_client(sqlite_url, clock) as client:
        yield client


def finished(client: TestClient, answers: dict[str, Any]) -> int:
    result = evaluate(parse_answers(answers), load_content())
    repository = state(client).assessments
    stored = repository.start("en")
    repository.complete(stored.id, answers, result.to_json(), result.path)
    return stored.id


def test_the_result_names_the_path_in_one_sentence(client: TestClient) -> None:
    id = finished(client, ALEX)

    page = client.get(f"/results/{id}").text

    summary = load_content().paths["try_sincerely"].summary
    assert 'data-path="try_sincerely"' in page
    assert f'data-testid="path-summary">{summary}</p>' in page.replace("&#39;", "'")


def test_each_reason_opens_to_show_the_answers_and_method_ids(client: TestClient) -> None:
    id = finished(client, CHRIS)  # they clearly said no

    page = client.get(f"/results/{id}").text

    reasons = re.findall(r'<details data-testid="reason-\d+">(.*?)</details>', page, re.S)
    assert reasons
    assert all("<summary>" in reason and 'data-testid="reason-ids"' in reason
               for reason in reasons)
    said_no = next(reason for reason in reasons if "E12" in reason)
    assert "plainly" in said_no  # the answer "They've told me plainly..." is shown


def test_the_plan_is_a_checklist_with_a_counter(client: TestClient) -> None:
    id = finished(client, ALEX)

    page = client.get(f"/results/{id}").text

    boxes = re.findall(r'<input type="checkbox" id="tick-(\d+)-(\d+)"', page)
    assert boxes and ("0", "0") in boxes
    assert re.search(r"0 of \d+ steps done", page)
    assert 'hx-post="/results/1/plan/0/0"' in page


def test_ticking_a_step_with_htmx_answers_the_step_and_the_counter(
    client: TestClient,
) -> None:
    id = finished(client, ALEX)

    response = client.post(f"/results/{id}/plan/0/1", data={"step": "0.1"},
                           headers={"hx-request": "true"})

    assert response.status_code == 200
    assert 'data-testid="step-0-1" data-done="true"' in response.text
    assert 'hx-swap-oob="true"' in response.text
    assert "1 of" in response.text
    assert "<html" not in response.text
    assert (0, 1) in state(client).ticks.ticks(id)


def test_unticking_with_htmx_removes_the_tick(client: TestClient) -> None:
    id = finished(client, ALEX)
    client.post(f"/results/{id}/plan/0/1", data={"step": "0.1"}, headers={"hx-request": "true"})

    response = client.post(f"/results/{id}/plan/0/1", data={}, headers={"hx-request": "true"})

    assert 'data-done="false"' in response.text
    assert state(client).ticks.ticks(id) == {}


def test_ticks_can_be_saved_without_javascript_as_one_form(client: TestClient) -> None:
    id = finished(client, ALEX)

    page = client.post(f"/results/{id}/plan", data={"step": ["0.0", "1.0", "99.9", "x"]}).text

    assert set(state(client).ticks.ticks(id)) == {(0, 0), (1, 0)}
    assert 'data-testid="ticks-saved"' in page
    assert re.search(r'id="tick-0-0" name="step" value="0.0" checked', page)
    assert "Done on Wed 12 Mar 2025" in page


def test_a_tick_keeps_the_day_it_was_first_done(client: TestClient, clock: Clock) -> None:
    id = finished(client, ALEX)
    client.post(f"/results/{id}/plan", data={"step": ["0.0"]})
    clock.advance(days=9)

    client.post(f"/results/{id}/plan", data={"step": ["0.0", "0.1"]})

    ticks = state(client).ticks.ticks(id)
    assert ticks[(0, 0)].ticked_at.day == 12 and ticks[(0, 1)].ticked_at.day == 21


def test_a_step_outside_the_plan_cannot_be_ticked(client: TestClient) -> None:
    id = finished(client, ALEX)

    assert client.post(f"/results/{id}/plan/40/0", data={"step": "40.0"}).status_code == 404


def test_jordans_result_shows_the_urgent_banner_with_his_line_first(client: TestClient) -> None:
    id = finished(client, JORDAN)

    page = client.get(f"/results/{id}").text

    banner = page.split('data-testid="crisis-banner"', 1)[1]
    assert 'data-level="urgent"' in page
    assert banner.index("988 Suicide") < banner.index("Please contact one of the helplines")


def test_sams_result_shows_the_abuse_lines(client: TestClient) -> None:
    id = finished(client, SAM)

    page = client.get(f"/results/{id}").text

    assert 'data-abuse="true"' in page and "1800RESPECT" in page


def test_an_unfinished_or_missing_assessment_has_no_result_page(client: TestClient) -> None:
    stored = state(client).assessments.start("en")

    assert client.get(f"/results/{stored.id}").status_code == 404
    assert client.get("/results/999").status_code == 404
    assert client.get("/results/abc").status_code == 404


def test_your_path_leads_to_the_latest_result(client: TestClient) -> None:
    finished(client, ALEX)
    latest = finished(client, CHRIS)

    response = client.get("/results", follow_redirects=False)

    assert response.headers["location"] == f"/results/{latest}"


def test_reassessing_starts_from_the_last_answers(client: TestClient) -> None:
    finished(client, ALEX)

    client.post("/assessment/start", data={"prefill": "latest"})

    stored = state(client).assessments.in_progress()
    assert stored is not None and stored.answers == ALEX


def test_the_history_shows_when_the_path_changed(client: TestClient, clock: Clock) -> None:
    finished(client, ALEX)
    clock.advance(weeks=4)
    finished(client, CHRIS)

    page = client.get("/history").text

    assert 'data-testid="path-change"' in page
    names = load_content().paths
    assert f"from “{names['try_sincerely'].name}” to “{names['let_go'].name}”" in page.replace(
        "&#39;", "'")


def test_two_assessments_compare_side_by_side_with_the_answers_that_changed(
    client: TestClient, clock: Clock,
) -> None:
    first = finished(client, ALEX)
    clock.advance(weeks=4)
    second = finished(client, CHRIS)

    page = client.get("/history/compare", params={"a": second, "b": first}).text

    assert 'data-testid="compare-first-path"' in page
    first_cell = page.split('data-testid="compare-first-path"', 1)[1]
    assert load_content().paths["try_sincerely"].name in first_cell.split("</td>", 1)[0]
    assert "Where do things stand with them right now?" in page
    assert "plainly" in page


def test_comparing_needs_two_finished_assessments(client: TestClient) -> None:
    response = client.get("/history/compare", follow_redirects=False)

    assert response.status_code == 303
    assert client.get("/history/compare?a=1&b=2").status_code in (303, 404)


def test_what_was_left_unanswered_is_named_by_topic(client: TestClient) -> None:
    id = finished(client, {"version": 1, "situation": {"who_ended": "partner"}})

    page = client.get(f"/results/{id}").text

    listed = page.split('data-testid="unanswered">', 1)[1].split("</ul>", 1)[0]
    titles = [topic.title for topic in load_content().questionnaire.topics]
    assert "How you are doing" in listed
    assert all(re.sub(r"<[^>]+>", "", item) in titles
               for item in re.findall(r"<li>(.*?)</li>", listed))


def test_plan_sections_fold_with_the_first_open_and_keep_their_method_ids(
    client: TestClient,
) -> None:
    id = finished(client, ALEX)
    page = client.get(f"/results/{id}").text

    sections = re.findall(r'<details class="plan-section"[^>]*>', page)
    assert len(sections) > 3
    assert " open" in sections[0] and not any(" open" in s for s in sections[1:])
    plan = evaluate(parse_answers(ALEX), load_content()).to_json()["plan"]
    for section in plan:
        assert f'<span class="ids">{", ".join(section["ids"])}</span>' in page


def test_the_open_section_is_the_first_with_a_step_still_to_do(client: TestClient) -> None:
    id = finished(client, ALEX)
    plan = evaluate(parse_answers(ALEX), load_content()).to_json()["plan"]
    state(client).ticks.replace(id, {(0, i) for i in range(len(plan[0]["steps"]))})

    sections = re.findall(r'<details class="plan-section"[^>]*>',
                          client.get(f"/results/{id}").text)

    assert " open" not in sections[0] and " open" in sections[1]
