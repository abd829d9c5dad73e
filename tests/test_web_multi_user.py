"""Server mode (`crossroads serve --multi-user`): accounts, sessions, CSRF, sign-in limits,
and an authorization walk over every route of the app as another user."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Route

from crossroads.content import load_content
from crossroads.core.answers import parse_answers
from crossroads.core.engine import evaluate
from crossroads.storage.accounts import Accounts
from crossroads.web.context import Web
from tests.personas import ALEX
from tests.web_support import Clock, state, web_client

PASSWORD = "a long enough password"
MARKER = "QUOKKA-PRIVATE-7731"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(sqlite_url: str, clock: Clock) -> Iterator[TestClient]:
    with web_client(sqlite_url, clock, multi_user=True) as client:
        yield client


def sign_up(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign up (the client keeps the cookie); the session's CSRF token."""
    answer = client.post("/signup", data={"username": name, "password": password,
                                           "password_again": password},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return csrf_of(client)


def csrf_of(client: TestClient) -> str:
    page = client.get("/account")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def accounts(client: TestClient) -> Accounts:
    found: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    return found


def user_web(client: TestClient) -> Web:
    signed_in = accounts(client).resume(client.cookies["crossroads_session"])
    assert signed_in is not None
    return state(client).for_user(signed_in)


def second_client(client: TestClient) -> TestClient:
    return TestClient(client.app, raise_server_exceptions=True)


def finished(app: Web, answers: dict[str, Any]) -> int:
    result = evaluate(parse_answers(answers), load_content())
    stored = app.assessments.start("en")
    app.assessments.complete(stored.id, answers, result.to_json(), result.path)
    return stored.id


# -- accounts and sessions -------------------------------------------------------------------


def test_every_page_but_the_open_ones_asks_to_sign_in_first(client: TestClient) -> None:
    for path in ("/", "/journal", "/outbox", "/results", "/history", "/share", "/account"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    for path in ("/help", "/login", "/signup", "/healthz"):
        assert client.get(path).status_code == 200


def test_the_session_cookie_is_httponly_and_samesite_lax(client: TestClient) -> None:
    answer = client.post("/signup", data={"username": "ann", "password": PASSWORD,
                                          "password_again": PASSWORD}, follow_redirects=False)
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # plain http here


def test_the_session_cookie_is_secure_behind_https(sqlite_url: str, clock: Clock) -> None:
    with web_client(sqlite_url, clock, multi_user=True) as client:
        https = TestClient(client.app, base_url="https://testserver")
        answer = https.post("/signup", data={"username": "ann", "password": PASSWORD,
                                             "password_again": PASSWORD},
                            follow_redirects=False)
        assert "secure" in answer.headers["set-cookie"].lower()
    with web_client(sqlite_url, clock, multi_user=True, secure_cookies=True) as client:
        answer = client.post("/signup", data={"username": "bea", "password": PASSWORD,
                                              "password_again": PASSWORD},
                             follow_redirects=False)
        assert "secure" in answer.headers["set-cookie"].lower()


def test_the_database_keeps_only_a_hash_of_the_session_token(client: TestClient) -> None:
    sign_up(client, "ann")
    token = client.cookies["crossroads_session"]
    with state(client).database.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT token_hash, wrapped_key FROM sessions").all()
    assert len(rows) == 1
    assert token not in rows[0][0] and token not in rows[0][1]


def test_a_form_without_the_csrf_token_is_refused_and_changes_nothing(
    client: TestClient,
) -> None:
    token = sign_up(client, "ann")
    entry = {"entry_date": "2025-03-12", "period": "day", "actions": MARKER, "mood": "5",
             "urges": "0"}
    refused = client.post("/journal", data=entry, follow_redirects=False)
    wrong = client.post("/journal", data={**entry, "csrf_token": "0" * 64},
                        follow_redirects=False)
    assert refused.status_code == 403 and wrong.status_code == 403
    assert MARKER not in client.get("/journal").text
    accepted = client.post("/journal", data={**entry, "csrf_token": token},
                           follow_redirects=False)
    assert accepted.status_code == 303
    assert MARKER in client.get("/journal").text


def test_htmx_sends_the_token_as_a_header(client: TestClient) -> None:
    token = sign_up(client, "ann")
    page = client.get("/journal")
    assert f'hx-headers=\'{{"X-CSRF-Token": "{token}"}}\'' in page.text
    entry = {"entry_date": "2025-03-12", "period": "day", "actions": "", "mood": "5",
             "urges": "0"}
    answer = client.post("/journal", data=entry, headers={"X-CSRF-Token": token},
                         follow_redirects=False)
    assert answer.status_code == 303


def test_a_wrong_password_and_an_unknown_name_get_the_same_message(
    client: TestClient,
) -> None:
    sign_up(client, "ann")
    other = second_client(client)
    wrong = other.post("/login", data={"username": "ann", "password": "not the password"})
    unknown = other.post("/login", data={"username": "nobody", "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 422
    message = re.compile(r'data-testid="login-error">([^<]+)<')
    assert message.findall(wrong.text) == message.findall(unknown.text) != []


def test_five_failures_lock_the_account_for_a_quarter_of_an_hour(
    client: TestClient, clock: Clock
) -> None:
    sign_up(client, "ann")
    other = second_client(client)
    for _ in range(5):
        assert other.post("/login", data={"username": "ann", "password": "guess"}).status_code \
            == 422
    blocked = other.post("/login", data={"username": "ann", "password": PASSWORD})
    assert blocked.status_code == 429 and "15 minutes" in blocked.text
    clock.advance(minutes=16)
    assert other.post("/login", data={"username": "ann", "password": PASSWORD},
                      follow_redirects=False).status_code == 303


def test_the_limit_is_kept_in_the_database_so_every_process_sees_it(
    client: TestClient,
) -> None:
    sign_up(client, "ann")
    database = state(client).database
    first = Accounts(database.sessions, database.vault.key_folder)
    second = Accounts(database.sessions, database.vault.key_folder)
    for attempt in range(5):
        with pytest.raises(ValueError):
            (first if attempt % 2 else second).log_in("ann", "guess", "10.0.0.9")
    with pytest.raises(ValueError, match="Too many attempts"):
        second.log_in("ann", PASSWORD, "10.0.0.9")


def test_one_address_trying_many_accounts_is_limited_too(client: TestClient) -> None:
    other = second_client(client)
    for number in range(5):
        other.post("/login", data={"username": f"user{number}", "password": "guess"})
    assert other.post("/login", data={"username": "user9", "password": "guess"}).status_code \
        == 429


def test_signing_out_everywhere_ends_every_session_of_the_account(client: TestClient) -> None:
    sign_up(client, "ann")
    laptop = second_client(client)
    laptop.post("/login", data={"username": "ann", "password": PASSWORD})
    assert laptop.get("/journal", follow_redirects=False).status_code == 200
    bea = second_client(client)
    sign_up(bea, "bea")
    token = csrf_of(client)
    client.post("/account/logout-everywhere", data={"csrf_token": token})
    assert laptop.get("/journal", follow_redirects=False).status_code == 303
    assert client.get("/journal", follow_redirects=False).status_code == 303
    assert bea.get("/journal", follow_redirects=False).status_code == 200


def test_signing_out_ends_this_session_only(client: TestClient) -> None:
    token = sign_up(client, "ann")
    laptop = second_client(client)
    laptop.post("/login", data={"username": "ann", "password": PASSWORD})
    client.post("/logout", data={"csrf_token": token})
    assert client.get("/journal", follow_redirects=False).status_code == 303
    assert laptop.get("/journal", follow_redirects=False).status_code == 200


def test_a_session_expires(client: TestClient, clock: Clock) -> None:
    sign_up(client, "ann")
    clock.advance(days=15)
    assert client.get("/journal", follow_redirects=False).status_code == 303


def test_sign_up_explains_what_is_wrong(client: TestClient) -> None:
    short = client.post("/signup", data={"username": "ann", "password": "short",
                                         "password_again": "short"})
    assert short.status_code == 422 and "8 characters" in short.text
    differ = client.post("/signup", data={"username": "ann", "password": PASSWORD,
                                          "password_again": PASSWORD + "x"})
    assert differ.status_code == 422 and "not the same" in differ.text
    sign_up(client, "ann")
    again = second_client(client).post("/signup", data={
        "username": "Ann", "password": PASSWORD, "password_again": PASSWORD})
    assert again.status_code == 422 and "choose another" in again.text


def test_each_persons_text_is_sealed_by_their_own_key(client: TestClient) -> None:
    sign_up(client, "ann")
    ann = user_web(client)
    ann.journal.add(date(2025, 3, 12), "day", MARKER, 5, 0, False, note=MARKER)
    bea_client = second_client(client)
    sign_up(bea_client, "bea")
    bea = user_web(bea_client)
    assert ann.owner_vault.key() != bea.owner_vault.key()
    with ann.database.engine.connect() as connection:
        keys = connection.exec_driver_sql(
            "SELECT owner, protection, wrapped_key FROM data_keys WHERE owner != 'local'").all()
        texts = connection.exec_driver_sql("SELECT actions, note FROM journal_entries").all()
    assert {row[1] for row in keys} == {"passphrase"} and len(keys) == 2
    assert all(MARKER not in value for row in texts for value in row)


def test_deleting_the_account_removes_its_data_and_its_sessions(client: TestClient) -> None:
    token = sign_up(client, "ann")
    user_web(client).journal.add(date(2025, 3, 12), "day", MARKER, 5, 0, False)
    kept = client.post("/account/delete", data={"csrf_token": token, "confirm": "no"})
    assert kept.status_code == 422
    client.post("/account/delete", data={"csrf_token": token, "confirm": "delete my account"})
    with state(client).database.engine.connect() as connection:
        counts = [connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                  for table in ("users", "sessions", "journal_entries")]
    assert counts == [0, 0, 0]
    assert client.get("/journal", follow_redirects=False).status_code == 303


def test_local_mode_has_no_accounts(sqlite_url: str, clock: Clock) -> None:
    with web_client(sqlite_url, clock) as client:
        assert client.get("/login").status_code == 404
        assert client.get("/journal").status_code == 200
        assert "nav-account" not in client.get("/journal").text


# -- the authorization walk ------------------------------------------------------------------


@dataclass
class Owned:
    """What user A owns, by identifier."""

    assessment: int
    second_assessment: int
    draft: int
    entry: int
    share: str
    share_token: str


def seed_ann(client: TestClient) -> Owned:
    ann = user_web(client)
    first = finished(ann, ALEX)
    second = finished(ann, ALEX)
    ann.ticks.mark(first, 0, 0, True)
    ann.assessments.start("en")
    draft = ann.drafts.create(f"{MARKER} in a draft", {"verdict": "revise", "flags": []})
    entry = ann.journal.add(date(2025, 3, 12), "day", f"{MARKER} action", 6, 1, False,
                            note=f"{MARKER} note")
    ann.state.put("latest_screen", {"self_harm": "none", "abuse": False, "note": MARKER})
    share, token = ann.shares.create(first, {"version": 1, "path": "stay", "path_name": MARKER,
                                             "path_summary": "", "reasons": [], "plan": [],
                                             "journal": None}, 7, False)
    return Owned(first, second, draft.id, entry.id, share.id, token)


# Routes that end B's session come last, so the walk covers everything else first.
LAST = ("/account/delete", "/logout", "/account/logout-everywhere")


def fill(path: str, owned: Owned) -> str | None:
    """The route's path with A's identifiers in it; None when it takes none."""
    values = {
        "id": str(owned.draft if path.startswith("/outbox")
                  else owned.entry if path.startswith("/journal")
                  else owned.assessment),
        "share_id": owned.share, "token": owned.share, "section": "0", "step": "0",
    }
    names = re.findall(r"{(\w+)}", path)
    if not names or names == ["key"]:
        return None
    for name in names:
        path = path.replace(f"{{{name}}}", values[name])
    return path


def every_route(routes: list[Any], prefix: str = "") -> list[Any]:
    """The app's routes, with those of included routers (FastAPI may keep them nested)."""
    found: list[Any] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found += every_route(inner.routes, prefix + inner.prefix)
        elif isinstance(route, APIRoute | Route) and route.methods:
            found.append(route)
    return found


def test_user_b_never_reaches_user_as_data_on_any_route(client: TestClient) -> None:
    sign_up(client, "ann")
    owned = seed_ann(client)
    ann_token = client.cookies["crossroads_session"]
    bea = second_client(client)
    csrf = sign_up(bea, "bea")
    routes = every_route(client.app.routes)  # type: ignore[attr-defined]
    routes.sort(key=lambda route: LAST.index(route.path) + 1 if route.path in LAST else 0)
    assert len(routes) > 30 and {"/share/{share_id}/revoke", "/journal/{id}/delete"} <= {
        route.path for route in routes}
    walked: list[str] = []
    for route in routes:
        for method in sorted(route.methods - {"HEAD"}):
            filled = fill(route.path, owned)
            path = filled or route.path.replace("{key}", "situation")
            if route.path == "/history/compare":
                path += f"?a={owned.assessment}&b={owned.second_assessment}"
            data = {"csrf_token": csrf, "text": "hello", "confirm": "no", "step": "0.0",
                    "assessment": str(owned.assessment), "days": "3"}
            if method == "GET":
                answer = bea.get(path, follow_redirects=False)
            elif path.startswith("/api/"):
                answer = bea.post(path, json={"text": "hello"})
            else:
                answer = bea.request(method, path, data=data, follow_redirects=False)
            walked.append(f"{method} {path} {answer.status_code}")
            assert answer.status_code < 500, walked[-1]
            assert MARKER not in answer.text, walked[-1]
            if filled is not None:
                assert answer.status_code in (403, 404), walked[-1]
            if route.path == "/share" and method == "POST":
                assert answer.status_code == 422  # A's assessment is not B's to share
    # Nothing of A's was changed or removed by B, and A is still signed in.
    ann = user_web(client)
    assert client.cookies["crossroads_session"] == ann_token
    assert ann.drafts.get(owned.draft) is not None
    assert ann.journal.get(owned.entry) is not None
    assert ann.assessments.get(owned.assessment) is not None
    assert ann.ticks.ticks(owned.assessment).keys() == {(0, 0)}
    assert [share.id for share in ann.shares.all()] == [owned.share]
    assert client.get(f"/outbox/{owned.draft}").status_code == 200


def test_repositories_scope_every_read_and_write_to_their_owner(client: TestClient) -> None:
    sign_up(client, "ann")
    owned = seed_ann(client)
    bea_client = second_client(client)
    sign_up(bea_client, "bea")
    bea = user_web(bea_client)
    assert bea.assessments.get(owned.assessment) is None
    assert bea.assessments.history() == [] and bea.assessments.in_progress() is None
    assert bea.drafts.get(owned.draft) is None and bea.drafts.all() == []
    assert not bea.drafts.delete(owned.draft)
    assert bea.journal.get(owned.entry) is None and not bea.journal.delete(owned.entry)
    assert bea.journal.between(date(2025, 1, 1), date(2026, 1, 1)) == []
    assert bea.journal.weeks(date(2025, 1, 1), date(2026, 1, 1)) == []
    assert bea.ticks.ticks(owned.assessment) == {}
    with pytest.raises(LookupError):
        bea.ticks.mark(owned.assessment, 0, 1, True)
    with pytest.raises(LookupError):
        bea.assessments.save_progress(owned.assessment, {"version": 1}, 0)
    assert bea.state.get("latest_screen") is None
    assert bea.shares.all() == [] and not bea.shares.revoke(owned.share)
