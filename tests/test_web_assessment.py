"""The assessment in the browser: one topic per page, saved as it goes, screened on submit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from crossroads.content import load_content
from crossroads.core.answers import resolve_pointer
from crossroads.web.questionnaire import set_answer
from tests.personas import ALEX, DANA, EVE, JORDAN, RAVI
from tests.web_support import form_of, state, web_client

TOPICS = [topic.key for topic in load_content().questionnaire.topics]


@pytest.fixture
def client(sqlite_url: str) -> Iterator[TestClient]:
    with web_client(sqlite_url) as client:
        yield client


def topic_form(answers: dict[str, Any], key: str) -> dict[str, str]:
    """The fields a person would fill in on one topic page to give these answers."""
    topic = next(t for t in load_content().questionnaire.topics if t.key == key)
    part: dict[str, Any] = {}
    for question in topic.questions:
        value = resolve_pointer(answers, question.field)
        if value is not None:
            set_answer(part, question.field, value)
    return form_of(part)


def answer_all(client: TestClient, answers: dict[str, Any]) -> None:
    client.post("/assessment/start")
    for key in TOPICS:
        response = client.post(f"/assessment/{key}", data={**topic_form(answers, key),
                                                          "action": "next"})
        assert response.status_code == 200, (key, response.text[:500])


def test_starting_opens_the_first_topic(client: TestClient) -> None:
    response = client.post("/assessment/start", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"/assessment/{TOPICS[0]}"


def test_a_topic_page_has_a_progress_bar_labels_and_back_and_next(client: TestClient) -> None:
    client.post("/assessment/start")

    page = client.get("/assessment/wellbeing").text

    # The part on screen counts: the second of twelve fills two twelfths of the bar.
    assert re.search(r'<progress id="progress-bar" max="12" value="2">', page)
    assert "Part 2 of 12" in page
    assert 'data-testid="next"' in page and 'data-testid="back"' in page
    # Back comes first on screen and in the page, Next (the main button) after it.
    assert page.index('data-testid="back"') < page.index('data-testid="next"')
    assert "<legend>Over the last few days, how much pain or upset" in page
    assert 'for="q-wellbeing-support_people"' in page


def test_alex_answering_every_topic_ends_on_trying_sincerely(client: TestClient) -> None:
    answer_all(client, ALEX)

    response = client.post("/assessment/finish", follow_redirects=False)

    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert 'data-path="try_sincerely"' in page
    stored = state(client).assessments.history()[-1]
    assert stored.answers == ALEX


def test_next_saves_the_answers_and_the_position_for_later(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={**topic_form(ALEX, "situation"),
                                               "action": "next"})

    stored = state(client).assessments.in_progress()
    assert stored is not None
    assert stored.answers["situation"] == ALEX["situation"]
    assert client.get("/assessment").text.count('href="/assessment/wellbeing"') >= 1
    assert 'data-testid="resume-assessment"' in client.get("/").text


def test_save_and_stop_keeps_the_place_and_says_so(client: TestClient) -> None:
    client.post("/assessment/start")

    response = client.post("/assessment/situation",
                           data={"situation.who_ended": "partner", "action": "save"})

    assert 'data-testid="saved-notice"' in response.text
    assert 'href="/assessment/situation" data-testid="resume-assessment"' in response.text


def test_back_returns_to_the_previous_topic_keeping_what_was_answered(
    client: TestClient,
) -> None:
    client.post("/assessment/start")

    response = client.post("/assessment/wellbeing",
                           data={"wellbeing.distress": "4", "action": "back"})

    assert response.url.path == "/assessment/situation"
    page = client.get("/assessment/wellbeing").text
    assert re.search(r'name="wellbeing.distress" value="4" checked', page)


def test_a_number_out_of_range_is_explained_next_to_the_field(client: TestClient) -> None:
    client.post("/assessment/start")

    response = client.post("/assessment/situation",
                           data={"situation.relationship_months": "5000", "action": "next"})

    assert response.status_code == 422
    assert 'data-testid="error-situation.relationship_months"' in response.text
    assert "from 0 to 1200" in response.text
    assert 'aria-invalid="true"' in response.text
    assert 'value="5000"' in response.text  # what was typed is kept
    stored = state(client).assessments.in_progress()
    assert stored is not None and "situation" not in stored.answers


def test_a_country_code_can_be_typed_when_it_is_not_listed(client: TestClient) -> None:
    client.post("/assessment/start")

    client.post("/assessment/situation", data={"situation.country": "other",
                                               "situation.country.other": "es",
                                               "action": "next"})

    stored = state(client).assessments.in_progress()
    assert stored is not None and stored.answers["situation"]["country"] == "ES"


def test_a_malformed_country_code_is_refused_plainly(client: TestClient) -> None:
    client.post("/assessment/start")

    response = client.post("/assessment/situation", data={"situation.country": "other",
                                                          "situation.country.other": "E5",
                                                          "action": "next"})

    assert response.status_code == 422
    assert "two-letter country code" in response.text


def test_a_skipped_answer_is_removed_not_stored_empty(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/wellbeing", data={"wellbeing.distress": "4", "action": "next"})

    client.post("/assessment/wellbeing", data={"wellbeing.distress": "", "action": "next"})

    stored = state(client).assessments.in_progress()
    assert stored is not None and "wellbeing" not in stored.answers


def test_the_counseling_answer_is_dropped_unless_they_ask_to_return(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={"situation.ex_status": "no_contact",
                                               "action": "save"})

    stored = state(client).assessments.in_progress()
    assert stored is not None
    # Same page as the answer it depends on, so it stays visible but is dropped when it
    # does not apply.
    client.post("/assessment/situation", data={"situation.ex_status": "no_contact",
                                               "situation.ex_offers_help": "true",
                                               "action": "save"})
    stored = state(client).assessments.in_progress()
    assert stored is not None and "ex_offers_help" not in stored.answers["situation"]


def test_list_rows_keep_each_cause_with_its_details(client: TestClient) -> None:
    client.post("/assessment/start")

    client.post("/assessment/causes", data={
        "causes.rows": "3",
        "causes.0.text": "we stopped talking", "causes.0.reversible": "yes",
        "causes.0.official": "true",
        "causes.1.text": "", "causes.1.reversible": "no",
        "causes.2.text": "money worries", "causes.2.who_must_change": "both",
        "action": "more",
    })

    stored = state(client).assessments.in_progress()
    assert stored is not None
    assert stored.answers["causes"] == [
        {"text": "we stopped talking", "official": True, "reversible": "yes"},
        {"text": "money worries", "who_must_change": "both"},
    ]
    page = client.get("/assessment/causes").text
    assert 'name="causes.rows" value="4"' in page


def test_the_assessment_pages_are_reachable_by_keyboard_with_native_controls(
    client: TestClient,
) -> None:
    client.post("/assessment/start")
    for key in TOPICS:
        page = client.get(f"/assessment/{key}").text
        assert "tabindex=\"-1\"" not in page.split("<main", 1)[1].split(">", 1)[1]
        assert 'tabindex="1' not in page
        for control in re.findall(r'<input type="(?:radio|number|text)" id="([^"]+)"', page):
            assert f'for="{control}"' in page, (key, control)


def test_a_note_that_speaks_of_a_plan_pauses_on_the_crisis_page(client: TestClient) -> None:
    client.post("/assessment/start")

    response = client.post("/assessment/notes", data={"notes": EVE["notes"], "action": "next"},
                           follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"].startswith("/pause?next=%2Fassessment%2Ffinish")
    page = client.get(response.headers["location"]).text
    assert 'data-testid="urgent-pause"' in page
    assert 'href="/assessment/finish" data-testid="continue-after-pause"' in page


def test_answering_frequent_thoughts_of_self_harm_pauses_at_once(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={"situation.country": "US", "action": "next"})

    response = client.post("/assessment/wellbeing", data={
        **topic_form(JORDAN, "wellbeing"), "action": "next"})

    assert response.url.path == "/pause"
    assert response.text.index("988") < response.text.index("Everything else can wait")


def test_passing_thoughts_show_the_check_in_banner_on_the_next_page(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={"situation.country": "GB", "action": "next"})

    response = client.post("/assessment/wellbeing", data={
        **topic_form(RAVI, "wellbeing"), "action": "next"})

    assert response.url.path == "/assessment/safety"
    page = response.text
    assert 'data-testid="crisis-banner" data-level="check_in"' in page
    assert 'data-testid="check-in-question"' in page
    banner = page.split('data-testid="crisis-banner"', 1)[1]
    assert banner.index("Samaritans") < banner.index("Are you having thoughts")


def test_a_cause_that_describes_abuse_shows_the_abuse_banner(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={"situation.country": "GB", "action": "next"})

    response = client.post("/assessment/causes", data={**topic_form(DANA, "causes"),
                                                       "action": "next"})

    assert 'data-abuse="true"' in response.text
    assert "National Domestic Abuse Helpline" in response.text


def test_every_free_text_updates_the_latest_screen(client: TestClient) -> None:
    from crossroads.storage.state import LATEST_SCREEN

    client.post("/assessment/start")
    client.post("/assessment/notes", data={"notes": "I can't live without him",
                                           "action": "save"})

    assert state(client).state.get(LATEST_SCREEN)["self_harm"] == "check_in"


def test_finishing_with_nothing_answered_still_gives_a_path(client: TestClient) -> None:
    client.post("/assessment/start")

    page = client.post("/assessment/finish").text

    assert 'data-path="heal_first"' in page


def test_restart_throws_away_the_answers_in_progress(client: TestClient) -> None:
    client.post("/assessment/start")
    client.post("/assessment/situation", data={"situation.who_ended": "me", "action": "next"})

    client.post("/assessment/start", data={"restart": "1"})

    stored = state(client).assessments.in_progress()
    assert stored is not None and stored.answers == {"version": 1}


def test_a_topic_that_does_not_exist_is_a_calm_404(client: TestClient) -> None:
    client.post("/assessment/start")

    assert client.get("/assessment/nothing").status_code == 404
    assert client.post("/assessment/nothing", data={}).status_code == 404


def test_topic_pages_without_an_assessment_lead_to_the_start(client: TestClient) -> None:
    response = client.get("/assessment/situation", follow_redirects=False)

    assert response.status_code == 303 and response.headers["location"] == "/assessment"


def test_a_web_assessment_resumes_where_the_terminal_journey_stopped(
    client: TestClient,
) -> None:
    repository = state(client).assessments
    stored = repository.start("en")
    content = load_content()
    position = next(index for index, (topic, _question) in enumerate(
        (t, q) for t in content.questionnaire.topics for q in t.questions)
        if topic.key == "motives") + 2  # in the middle of the motives topic
    repository.save_progress(stored.id, {"version": 1}, position)

    page = client.get("/assessment").text

    assert 'href="/assessment/motives" data-testid="resume-assessment"' in page
