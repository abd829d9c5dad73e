"""The JSON API of CONTRACTS.md, through the app factory on a temporary SQLite file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.personas import ALEX, JORDAN, MAYA, SAM, persona
from tests.web_support import web_client


@pytest.fixture
def client(sqlite_url: str) -> Iterator[TestClient]:
    with web_client(sqlite_url) as client:
        yield client


def test_healthz_says_ok(client: TestClient) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_evaluate_returns_the_assess_json_for_valid_answers(client: TestClient) -> None:
    response = client.post("/api/v1/assessments/evaluate", json=ALEX)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"path", "reasons", "plan", "safety", "unanswered"}
    assert body["path"] == "try_sincerely"
    assert body["reasons"] and all(set(r) == {"ids", "because"} for r in body["reasons"])
    assert set(body["safety"]) == {"self_harm", "abuse", "resources"}


def test_evaluate_puts_safety_first_for_jordan(client: TestClient) -> None:
    body = client.post("/api/v1/assessments/evaluate", json=JORDAN).json()

    assert body["path"] == "safety_first"
    assert body["safety"]["self_harm"] == "urgent"
    assert body["safety"]["resources"][0]["country"] == "US"


def test_evaluate_never_coaches_sam_back_to_a_violent_ex(client: TestClient) -> None:
    assert client.post("/api/v1/assessments/evaluate", json=SAM).json()["path"] == (
        "protect_yourself"
    )


def test_evaluate_names_the_field_at_fault_by_json_pointer(client: TestClient) -> None:
    bad = persona(MAYA, wellbeing={"distress": 11})

    response = client.post("/api/v1/assessments/evaluate", json=bad)

    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["pointer"] == "/wellbeing/distress"
    assert "10" in body["errors"][0]["message"]
    assert "/wellbeing/distress" in body["detail"]


def test_evaluate_names_an_unknown_field(client: TestClient) -> None:
    response = client.post("/api/v1/assessments/evaluate", json={"version": 1, "mood": 3})

    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/mood"


def test_evaluate_refuses_text_that_is_not_json_with_a_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/assessments/evaluate", content=b"{not json",
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == ""


@pytest.mark.parametrize("body", [[], "text", 3, None, {"version": 2}])
def test_evaluate_refuses_documents_that_are_not_answers(client: TestClient, body: object) -> None:
    assert client.post("/api/v1/assessments/evaluate", json=body).status_code == 422


def test_evaluate_stores_nothing(client: TestClient) -> None:
    client.post("/api/v1/assessments/evaluate", json=ALEX)

    assert client.get("/history").text.count("history-item-") == 0


def test_review_returns_the_review_json(client: TestClient) -> None:
    text = "If you leave me you will regret it."

    response = client.post("/api/v1/review", json={"text": text})

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"verdict", "flags", "strengths", "self_harm", "abuse", "resources"}
    assert body["verdict"] == "hold"
    assert body["flags"][0]["category"] == "threat"
    assert body["resources"] == []


def test_review_of_a_veiled_goodbye_holds_it_and_gives_the_crisis_line(client: TestClient) -> None:
    # The rules find nothing here; the API reads drafts with the whole screen.
    text = ("Sent everyone I love a message tonight that just said thank you for everything. "
            "My brother called and I let it ring. Everything's sorted. The tank's full.")

    body = client.post("/api/v1/review", json={"text": text, "country": "GB"}).json()

    assert (body["self_harm"], body["verdict"]) == ("urgent", "hold")
    assert body["resources"][0]["name"] == "Samaritans"


def test_screen_returns_the_screen_json_with_lines_for_the_country(client: TestClient) -> None:
    response = client.post(
        "/api/v1/screen", json={"text": "I want to kill myself", "country": "GB"}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["self_harm"] == "urgent"
    assert body["resources"][0]["name"] == "Samaritans"


def test_screen_of_ordinary_sadness_raises_nothing(client: TestClient) -> None:
    body = client.post("/api/v1/screen", json={"text": "I miss her so much today"}).json()

    assert body == {"self_harm": "none", "abuse": False, "resources": []}


@pytest.mark.parametrize(
    ("route", "body", "pointer"),
    [
        ("/api/v1/review", {}, "/text"),
        ("/api/v1/screen", {"text": 5}, "/text"),
        ("/api/v1/screen", {"text": "hi", "country": "Spain"}, "/country"),
        ("/api/v1/review", {"text": "hi", "extra": 1}, "/extra"),
    ],
)
def test_text_routes_name_the_bad_field(
    client: TestClient, route: str, body: dict[str, object], pointer: str
) -> None:
    response = client.post(route, json=body)

    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == pointer


def test_a_body_that_is_not_json_gets_a_422_not_a_crash(client: TestClient) -> None:
    response = client.post(
        "/api/v1/screen", content=b"nope", headers={"content-type": "application/json"}
    )

    assert response.status_code == 422


def test_openapi_describes_every_api_route_and_the_answers_body(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    paths = schema["paths"]
    assert {"/api/v1/assessments/evaluate", "/api/v1/review", "/api/v1/screen"} <= set(paths)
    body = paths["/api/v1/assessments/evaluate"]["post"]["requestBody"]
    answers = body["content"]["application/json"]["schema"]
    assert "wellbeing" in answers["properties"]
    assert "$defs" not in str(answers)
    assert not any(path.startswith(("/assessment", "/outbox", "/journal")) for path in paths)


def test_no_interactive_docs_are_served_because_they_would_load_a_cdn(
    client: TestClient,
) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_unknown_api_routes_answer_in_json(client: TestClient) -> None:
    response = client.get("/api/v1/nothing")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
