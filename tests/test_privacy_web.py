"""The web side of privacy (S5): the lock gate, unlock and lock, the Privacy page, export,
import and delete everything."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from crossroads.storage import open_database
from tests.personas import ALEX
from tests.web_support import Clock, state, web_client

PASSPHRASE = "lanterns over the harbour"
ENTRY = {"entry_date": "2025-03-12", "period": "day", "actions": "walked by the sea",
         "mood": "6", "urges": "1", "acted_on_urge": "false", "note": "calmer today"}


def new_passphrase(passphrase: str = PASSPHRASE, **changes: str) -> dict[str, str]:
    return {"new_passphrase": passphrase, "confirm_passphrase": passphrase,
            "understood": "yes", **changes}


def rows(url: str, table: str) -> int:
    with open_database(url) as database, database.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@pytest.fixture
def client(sqlite_url: str) -> Iterator[TestClient]:
    with web_client(sqlite_url, Clock()) as client:
        yield client


@pytest.fixture
def sealed(sqlite_url: str) -> str:
    """A database with a journal entry, sealed by PASSPHRASE through the Privacy page."""
    with web_client(sqlite_url, Clock()) as client:
        assert client.post("/journal", data=ENTRY).status_code == 200
        response = client.post("/privacy/passphrase", data=new_passphrase(),
                               follow_redirects=False)
        assert response.status_code == 303
    return sqlite_url


def test_without_a_passphrase_the_privacy_page_names_the_key_file_and_warns(
    client: TestClient,
) -> None:
    page = client.get("/privacy").text

    assert 'data-testid="key-file-warning"' in page and ".key" in page
    assert "Anyone who can read that file" in page
    assert 'data-testid="lost-passphrase-warning"' in page
    assert "A lost passphrase means lost data." in page
    assert 'data-testid="nav-privacy"' in page and 'data-testid="lock-button"' not in page


@pytest.mark.parametrize(
    ("form", "field"),
    [
        (new_passphrase("short"), "new_passphrase"),
        (new_passphrase(confirm_passphrase="something else entirely"), "confirm_passphrase"),
        (new_passphrase(understood=""), "understood"),
        (new_passphrase(" padded passphrase "), "new_passphrase"),
    ],
)
def test_a_bad_new_passphrase_is_explained_beside_its_field_and_nothing_changes(
    client: TestClient, form: dict[str, str], field: str
) -> None:
    response = client.post("/privacy/passphrase", data=form)

    assert response.status_code == 422
    assert f'data-testid="error-{field}"' in response.text
    assert 'data-testid="privacy-error"' in response.text
    assert state(client).database.vault.status().protection == "file"


def test_setting_a_passphrase_deletes_the_key_file_and_shows_the_lock_button(
    client: TestClient,
) -> None:
    key_file = state(client).database.vault.status().key_file
    assert key_file is not None and key_file.exists()

    page = client.post("/privacy/passphrase", data=new_passphrase())

    assert page.status_code == 200 and 'data-notice="set"' in page.text
    assert not key_file.exists()
    assert 'data-testid="lock-button"' in page.text
    assert "set-cookie" not in page.headers


def test_a_sealed_app_starts_locked_and_every_page_goes_to_unlock(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        for path in ("/", "/journal", "/outbox", "/history", "/results", "/privacy",
                     "/assessment", "/privacy/export.json"):
            response = client.get(path, follow_redirects=False)
            assert response.status_code == 303, path
            assert response.headers["location"].startswith("/unlock?next=")
        posted = client.post("/journal", data=ENTRY, follow_redirects=False)
        assert posted.status_code == 303 and posted.headers["location"].startswith("/unlock")
    assert rows(sealed, "journal_entries") == 1


def test_the_crisis_lines_and_the_api_work_while_locked(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        help_page = client.get("/help")
        assert help_page.status_code == 200 and 'data-testid="crisis-lines"' in help_page.text
        assert client.get("/pause?next=/journal").status_code == 200
        assert client.get("/healthz").status_code == 200
        assert client.get("/static/style.css").status_code == 200
        screened = client.post("/api/v1/screen", json={"text": "I want to end my life"})
        assert screened.status_code == 200 and screened.json()["self_harm"] == "urgent"
        reviewed = client.post("/api/v1/review", json={"text": "Can we talk this week?"})
        assert reviewed.status_code == 200
        evaluated = client.post("/api/v1/assessments/evaluate", json=ALEX)
        assert evaluated.status_code == 200


def test_unlocking_with_the_passphrase_opens_the_page_asked_for(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        wrong = client.post("/unlock", data={"passphrase": "not the one", "next": "/journal"})
        assert wrong.status_code == 422 and 'data-testid="unlock-error"' in wrong.text
        empty = client.post("/unlock", data={"passphrase": "", "next": "/journal"})
        assert empty.status_code == 422

        right = client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"},
                            follow_redirects=False)

        assert right.status_code == 303 and right.headers["location"] == "/journal"
        assert "set-cookie" not in right.headers  # the key lives in server memory only
        page = client.get("/journal").text
        assert "walked by the sea" in page


def test_unlock_never_sends_anyone_to_another_site(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        right = client.post("/unlock", data={"passphrase": PASSPHRASE,
                                             "next": "//evil.example/"},
                            follow_redirects=False)
        assert right.headers["location"] == "/"


def test_the_lock_button_forgets_the_key(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"})
        assert client.get("/journal", follow_redirects=False).status_code == 200

        locked = client.post("/lock", follow_redirects=False)

        assert locked.status_code == 303 and locked.headers["location"] == "/unlock"
        assert not state(client).database.vault.unlocked
        assert client.get("/journal", follow_redirects=False).status_code == 303


def test_crossroads_lock_in_the_terminal_locks_a_running_server(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"})
        with open_database(sealed) as terminal:
            terminal.vault.lock_everywhere()
        assert client.get("/journal", follow_redirects=False).status_code == 303


def test_changing_the_passphrase_on_the_page(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"})
        wrong = client.post("/privacy/passphrase/change", data={
            **new_passphrase("a second passphrase"), "current_passphrase": "nope nope"})
        assert wrong.status_code == 422 and 'data-testid="error-current_passphrase"' in wrong.text

        changed = client.post("/privacy/passphrase/change", data={
            **new_passphrase("a second passphrase"), "current_passphrase": PASSPHRASE})
        assert changed.status_code == 200 and 'data-notice="changed"' in changed.text

    with web_client(sealed, Clock()) as client:
        assert client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"}).status_code == 422
        assert client.post("/unlock", data={"passphrase": "a second passphrase", "next": "/journal"}).status_code == 200


def test_removing_the_passphrase_on_the_page(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"})
        assert client.post("/privacy/passphrase/remove",
                           data={"remove_passphrase": "wrong"}).status_code == 422
        removed = client.post("/privacy/passphrase/remove",
                              data={"remove_passphrase": PASSPHRASE})
        assert 'data-notice="removed"' in removed.text
    with web_client(sealed, Clock()) as client:
        assert client.get("/journal", follow_redirects=False).status_code == 200


def test_export_downloads_json_and_markdown(client: TestClient) -> None:
    client.post("/journal", data=ENTRY)

    exported = client.get("/privacy/export.json")
    markdown = client.get("/privacy/export.md")

    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    assert exported.headers["cache-control"] == "no-store"
    assert exported.json()["journal"][0]["note"] == "calmer today"
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "> walked by the sea" in markdown.text


def test_import_of_an_export_into_a_fresh_install_round_trips(
    client: TestClient, tmp_path: Path
) -> None:
    client.post("/journal", data=ENTRY)
    client.post("/outbox", data={"text": "Would you like to talk on Sunday?"})
    exported = client.get("/privacy/export.json").content

    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    with web_client(fresh, Clock()) as other:
        done = other.post("/privacy/import", files={"file": ("export.json", exported)})
        assert done.status_code == 200 and 'data-notice="imported"' in done.text
        assert other.get("/privacy/export.json").content == exported

        again = other.post("/privacy/import", files={"file": ("export.json", exported)})
        assert again.status_code == 422 and 'data-testid="error-replace"' in again.text
        replaced = other.post("/privacy/import", files={"file": ("export.json", exported)},
                              data={"replace": "yes"})
        assert replaced.status_code == 200


@pytest.mark.parametrize(
    "content",
    [b"not json at all", b"\xff\xfe\x00", json.dumps({"format": "other"}).encode()],
)
def test_a_bad_import_file_is_explained_and_nothing_is_written(
    client: TestClient, sqlite_url: str, content: bytes
) -> None:
    response = client.post("/privacy/import", files={"file": ("x.json", content)})

    assert response.status_code == 422 and 'data-testid="error-file"' in response.text
    assert rows(sqlite_url, "assessments") == rows(sqlite_url, "journal_entries") == 0


def test_an_import_with_no_file_chosen_is_explained(client: TestClient) -> None:
    response = client.post("/privacy/import", data={"replace": "yes"})
    assert response.status_code == 422 and 'data-testid="error-file"' in response.text


def test_delete_everything_needs_the_typed_words(client: TestClient, sqlite_url: str) -> None:
    client.post("/journal", data=ENTRY)

    refused = client.post("/privacy/delete", data={"confirm": "delete"})
    assert refused.status_code == 422 and 'data-testid="error-confirm"' in refused.text
    assert rows(sqlite_url, "journal_entries") == 1

    done = client.post("/privacy/delete", data={"confirm": "Delete everything"})
    assert done.status_code == 200 and 'data-notice="deleted"' in done.text
    assert rows(sqlite_url, "journal_entries") == 0
    assert "calmer today" not in client.get("/journal").text


def test_delete_everything_of_sealed_data_also_forgets_the_passphrase(sealed: str) -> None:
    with web_client(sealed, Clock()) as client:
        client.post("/unlock", data={"passphrase": PASSPHRASE, "next": "/journal"})
        client.post("/privacy/delete", data={"confirm": "delete everything"})
    with web_client(sealed, Clock()) as client:
        assert client.get("/journal", follow_redirects=False).status_code == 200
    assert rows(sealed, "journal_entries") == 0
