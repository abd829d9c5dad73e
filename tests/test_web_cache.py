"""Pages kept in memory: served again only while the database and the day are unchanged,
never with another request's crisis banner; and GETs read without the write lock."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from crossroads.storage import open_database
from crossroads.storage.database import reading
from crossroads.web.cache import PageCache, data_version_for
from tests.web_support import Clock, state, web_client


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(sqlite_url: str, clock: Clock) -> Iterator[TestClient]:
    with web_client(sqlite_url, clock) as client:
        yield client


def page_cache(client: TestClient) -> PageCache:
    app = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(app, PageCache):
        app = app.app
    return app


def test_a_page_is_answered_from_memory_until_the_journal_changes(client: TestClient) -> None:
    first = client.get("/journal").text
    assert client.get("/journal").text == first
    assert page_cache(client)._pages, "the journal page was not kept"

    state(client).journal.add(entry_date=date(2025, 3, 11), period="day",
                              actions="walked by the sea", mood=6, urges=1,
                              acted_on_urge=False, note="")

    assert "walked by the sea" in client.get("/journal").text


def test_a_write_from_another_program_on_the_same_file_is_seen(
    client: TestClient, sqlite_url: str
) -> None:
    client.get("/journal")
    with open_database(sqlite_url) as terminal:  # like the terminal journey
        from crossroads.storage.journal import JournalRepository

        JournalRepository(terminal.sessions).add(
            entry_date=date(2025, 3, 10), period="day", actions="phoned my brother",
            mood=5, urges=0, acted_on_urge=False, note="")

    assert "phoned my brother" in client.get("/journal").text


def test_the_crisis_banner_of_one_address_never_shows_on_another(client: TestClient) -> None:
    plain = client.get("/journal").text
    with_banner = client.get("/journal?care=check_in").text
    again = client.get("/journal").text

    assert 'data-testid="crisis-banner"' not in plain
    assert 'data-testid="crisis-banner"' in with_banner
    assert 'data-testid="crisis-banner"' not in again
    assert 'data-testid="crisis-banner"' in client.get("/journal?care=check_in").text


def test_a_new_day_renders_the_journal_afresh(client: TestClient, clock: Clock) -> None:
    before = client.get("/journal").text
    clock.advance(days=1)
    after = client.get("/journal").text

    assert 'value="2025-03-12"' in before
    assert 'value="2025-03-13"' in after


def test_kept_pages_carry_the_security_headers(client: TestClient) -> None:
    client.get("/journal")
    response = client.get("/journal")

    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_htmx_requests_and_errors_are_never_kept(client: TestClient) -> None:
    client.get("/results/999")
    client.get("/journal", headers={"HX-Request": "true"})

    assert page_cache(client)._pages == {}


def test_postgresql_gets_no_page_memory_and_a_sqlite_file_does(tmp_path: Path) -> None:
    # Several processes on other machines may write to PostgreSQL: nothing is kept.
    shared = SimpleNamespace(url="postgresql://crossroads@db/crossroads")
    assert data_version_for(shared) is None  # type: ignore[arg-type]
    with open_database(f"sqlite:///{tmp_path / 'file.db'}") as on_disk:
        assert data_version_for(on_disk) is not None


def test_reads_begin_deferred_and_everything_else_immediate(sqlite_url: str) -> None:
    begun: list[str] = []
    with open_database(sqlite_url) as database:
        database.assessments.start("en")  # the first use also makes the data key: a write
        event.listen(database.engine, "before_cursor_execute",
                     lambda _c, _cur, statement, *_rest: begun.append(statement)
                     if statement.startswith("BEGIN") else None)
        with reading():
            database.assessments.history()
        reads, begun[:] = list(begun), []
        database.assessments.start("en")

    assert reads and set(reads) == {"BEGIN"}
    assert begun and set(begun) == {"BEGIN IMMEDIATE"}


def test_readers_are_not_held_up_by_a_writer_holding_the_lock(sqlite_url: str) -> None:
    with open_database(sqlite_url) as database:
        database.assessments.start("en")
        writer = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        try:
            done = threading.Event()

            def read() -> None:
                with reading():
                    database.assessments.in_progress()
                done.set()

            thread = threading.Thread(target=read)
            thread.start()
            assert done.wait(2), "a reader waited for the writer's lock"
            thread.join()
        finally:
            writer.execute("ROLLBACK")
            writer.close()


def test_concurrent_writers_through_the_web_app_do_not_fail(sqlite_url: str) -> None:
    errors: list[BaseException] = []
    with web_client(sqlite_url) as client:
        def write_and_read(n: int) -> None:
            try:
                for day in range(1, 8):
                    response = client.post("/journal", data={
                        "entry_date": f"2025-02-{day + 7 * n:02d}", "period": "day",
                        "actions": "", "mood": "5", "urges": "0",
                        "acted_on_urge": "false", "note": ""})
                    assert response.status_code in (200, 303), response.status_code
                    assert client.get("/journal?until=2025-02-28").status_code == 200
            except BaseException as error:  # reported in the test thread
                errors.append(error)

        threads = [threading.Thread(target=write_and_read, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        assert len(state(client).journal.between(date(2025, 2, 1), date(2025, 3, 1))) == 21


def test_nothing_is_answered_from_memory_once_the_key_is_closed(client: TestClient) -> None:
    client.get("/journal")
    client.get("/journal")
    assert page_cache(client)._pages

    state(client).database.vault.lock()  # the Lock button: the key is forgotten here
    client.get("/journal?care=check_in")

    # Rendered through the lock gate again, and every kept page forgotten meanwhile.
    assert ("/journal", b"", page_cache(client)._seen) not in page_cache(client)._pages
