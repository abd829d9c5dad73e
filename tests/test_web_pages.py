"""The welcome and help pages, the crisis link on every page, headers and errors."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from crossroads.content import load_content
from tests.personas import ALEX
from tests.web_support import state, web_client

PAGES = ["/", "/help", "/assessment", "/results", "/history", "/outbox", "/journal",
         "/pause?next=/journal"]


@pytest.fixture
def client(sqlite_url: str) -> Iterator[TestClient]:
    with web_client(sqlite_url) as client:
        yield client


def complete(client: TestClient, answers: dict[str, object]) -> int:
    repository = state(client).assessments
    stored = repository.start("en")
    repository.complete(stored.id, answers, {"path": "heal_first"}, "heal_first")
    return stored.id


def test_the_welcome_page_says_what_crossroads_is_and_is_not(client: TestClient) -> None:
    page = client.get("/").text

    assert 'data-testid="not-therapy"' in page
    assert "self-help" in page.lower() and "not therapy" in page.lower()
    assert 'data-testid="privacy"' in page
    assert 'data-testid="start-assessment"' in page


@pytest.mark.parametrize("url", PAGES)
def test_every_page_links_to_help_now(client: TestClient, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 200
    assert 'href="/help" data-testid="crisis-link"' in response.text


def test_help_lists_the_international_directory_when_no_country_is_known(
    client: TestClient,
) -> None:
    page = client.get("/help").text

    assert "findahelpline.com" in page
    assert page.index('data-testid="line-directory"') < page.index('data-testid="line-emergency"')
    assert 'data-testid="emergency-advice"' in page


def test_help_puts_the_crisis_line_of_the_country_in_the_answers_first(
    client: TestClient,
) -> None:
    complete(client, ALEX)  # Alex lives in GB

    page = client.get("/help").text

    lines = re.findall(r'data-testid="line-(\w+)"', page)
    assert lines == ["crisis", "abuse", "emergency"]
    assert page.index("Samaritans") < page.index("National Domestic Abuse Helpline")


def test_help_falls_back_to_the_country_in_the_settings(sqlite_url: str) -> None:
    with web_client(sqlite_url, country="AU") as client:
        assert "Lifeline Australia" in client.get("/help").text


@pytest.mark.parametrize("url", ["/", "/journal", "/static/style.css", "/healthz"])
def test_every_response_carries_a_strict_content_security_policy(
    client: TestClient, url: str
) -> None:
    policy = client.get(url).headers["content-security-policy"]

    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize("url", PAGES)
def test_pages_load_nothing_from_elsewhere_and_run_no_inline_script(
    client: TestClient, url: str
) -> None:
    page = client.get(url).text

    assert not re.search(r'(?:src|action)="(?:https?:)?//', page)
    # Only links a person taps leave the app (a helpline's web site), never a resource.
    assert not re.search(r'<(?!a )[^>]*href="(?:https?:)?//', page)
    assert all("noreferrer" in link for link in re.findall(r'<a [^>]*href="https?://[^>]*>', page))
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)
    assert " style=" not in page


def test_htmx_is_served_from_the_app_with_its_license_beside_it(client: TestClient) -> None:
    script = client.get("/static/htmx.min.js")

    assert script.status_code == 200
    assert "htmx" in script.text
    assert client.get("/static/htmx.LICENSE.txt").status_code == 200


def test_an_unknown_page_gets_a_calm_not_found_page(client: TestClient) -> None:
    response = client.get("/no/such/page")

    assert response.status_code == 404
    assert 'data-testid="error-title"' in response.text
    assert 'data-testid="crisis-link"' in response.text


def test_an_unexpected_error_shows_a_calm_page_without_a_traceback(sqlite_url: str) -> None:
    with web_client(sqlite_url) as client:
        def broken() -> None:
            raise RuntimeError("secret internals")

        state(client).assessments.in_progress = broken  # type: ignore[method-assign]
        quiet = TestClient(client.app, raise_server_exceptions=False)

        response = quiet.get("/")

    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert 'data-testid="crisis-link"' in response.text


def test_a_form_posted_from_another_site_is_refused(client: TestClient) -> None:
    response = client.post("/outbox", data={"text": "hello"},
                           headers={"origin": "https://evil.example"})

    assert response.status_code == 403
    assert state(client).drafts.all() == []


def test_a_form_posted_from_the_app_itself_is_accepted(client: TestClient) -> None:
    response = client.post("/outbox", data={"text": "hello"},
                           headers={"origin": "http://testserver"}, follow_redirects=False)

    assert response.status_code == 303


def test_a_foreign_host_name_is_refused_against_dns_rebinding(client: TestClient) -> None:
    response = client.get("/journal", headers={"host": "evil.example:8000"})

    assert response.status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                  "192.168.1.20:8000"])
def test_local_addresses_are_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil"])
def test_the_pause_page_only_goes_on_within_the_app(client: TestClient, target: str) -> None:
    page = client.get("/pause", params={"next": target}).text

    assert 'href="/" data-testid="continue-after-pause"' in page


def test_the_pause_page_shows_the_urgent_words_with_the_line_first(sqlite_url: str) -> None:
    with web_client(sqlite_url, country="US") as client:
        page = client.get("/pause?next=/journal").text

    assert 'data-testid="urgent-pause"' in page
    assert page.index("988") < page.index("Everything else can wait")
    assert 'href="/journal" data-testid="continue-after-pause"' in page


def test_a_form_posted_with_a_null_origin_is_refused(client: TestClient) -> None:
    response = client.post("/journal", data={}, headers={"origin": "null"})

    assert response.status_code == 403


def test_the_referrer_policy_keeps_the_origin_on_the_apps_own_forms(client: TestClient) -> None:
    # With no-referrer, browsers would post `Origin: null` and every form would be refused.
    assert client.get("/").headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize(
    ("method", "url"),
    [("GET", "/results/99999999999999999999"), ("GET", "/outbox/99999999999999999999"),
     ("GET", "/history/compare?a=99999999999999999999&b=1"),
     ("POST", "/journal/99999999999999999999/delete"),
     ("POST", "/results/1/plan/99999999999999999999/0")],
)
def test_huge_numbers_in_addresses_are_not_found_rather_than_a_crash(
    client: TestClient, method: str, url: str
) -> None:
    assert client.request(method, url).status_code == 404


def test_help_asks_directly_after_a_text_raised_a_check_in(client: TestClient) -> None:
    client.post("/journal", data={"entry_date": "2025-03-12", "mood": "3",
                                  "note": "I can't live without him"})

    assert 'data-testid="check-in-question"' in client.get("/help").text


def test_help_without_a_country_gives_the_emergency_advice_once(client: TestClient) -> None:
    page = client.get("/help").text

    advice = load_content("en").resources.emergency_advice.split(".")[0]
    assert page.count(advice) == 1
    assert 'href="https://findahelpline.com"' in page


def test_crisis_numbers_are_links_that_call_and_texting_stays_words(sqlite_url: str) -> None:
    with web_client(sqlite_url, country="US") as client:
        page = client.get("/help").text

    assert 'href="tel:988"' in page
    assert 'href="tel:18007997233"' in page
    assert 'href="https://988lifeline.org"' in page
    assert "text START to 88788" in page and "tel:88788" not in page
