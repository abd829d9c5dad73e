"""Real server processes (`crossroads serve --multi-user`): two of them on one PostgreSQL
database under parallel writes lose nothing, and a server killed with SIGKILL in the middle
of a stream of writes loses no entry it acknowledged (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest

from crossroads.storage import open_database
from crossroads.storage.accounts import Accounts
from crossroads.storage.journal import JournalRepository

PASSWORD = "a long enough password"
CROSSROADS = Path(sys.executable).with_name("crossroads")
DAY = "2025-03-12"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def server(database_url: str, key_folder: Path, log: Path) -> Iterator[tuple[str, int]]:
    """A `crossroads serve --multi-user` process; its base URL and process id."""
    port = _free_port()
    env = {**os.environ, "CROSSROADS_KEY_FOLDER": str(key_folder)}
    with log.open("ab") as output:
        process = subprocess.Popen(
            [str(CROSSROADS), "serve", "--multi-user", "--database", database_url,
             "--port", str(port)],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(f"the server stopped: {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("the server did not start within a minute")
            time.sleep(0.1)
        yield base, process.pid
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def sign_up(base: str) -> tuple[str, str]:
    """A new account; its session cookie and form token."""
    with httpx.Client(base_url=base, timeout=30) as client:
        answer = client.post("/signup", data={"username": "ann", "password": PASSWORD,
                                              "password_again": PASSWORD})
        assert answer.status_code == 303, answer.text
        cookie = client.cookies["crossroads_session"]
        page = client.get("/account")
        found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert found, page.text
        return cookie, found.group(1)


def post_entry(client: httpx.Client, csrf: str, label: str) -> bool:
    """One journal entry; True when the server acknowledged it (303 to the journal)."""
    try:
        answer = client.post("/journal", data={
            "csrf_token": csrf, "entry_date": DAY, "period": "day", "actions": label,
            "mood": "5", "urges": "0"})
    except httpx.HTTPError:
        return False
    return answer.status_code == 303 and "saved=1" in answer.headers.get("location", "")


def stored_labels(database_url: str, key_folder: Path, cookie: str) -> Counter[str]:
    with open_database(database_url, key_folder) as database:
        signed_in = Accounts(database.sessions, key_folder).resume(cookie)
        assert signed_in is not None
        journal = JournalRepository(database.sessions, vault=signed_in.vault)
        entries = journal.between(date(2025, 3, 1), date(2025, 4, 1), limit=100_000)
        return Counter(entry.actions for entry in entries)


@pytest.mark.postgres
def test_two_servers_on_one_postgresql_database_lose_no_parallel_write(
    postgres_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "servers.log"
    with server(postgres_url, tmp_path, log) as (first, _), \
            server(postgres_url, tmp_path, log) as (second, _):
        cookie, csrf = sign_up(first)  # one session, valid on both servers
        acknowledged: list[str] = []
        lock = threading.Lock()

        def writer(number: int) -> None:
            clients = [httpx.Client(base_url=base, timeout=60,
                                    cookies={"crossroads_session": cookie})
                       for base in (first, second)]
            try:
                for index in range(15):
                    label = f"entry-{number}-{index}"
                    if post_entry(clients[(number + index) % 2], csrf, label):
                        with lock:
                            acknowledged.append(label)
            finally:
                for client in clients:
                    client.close()

        threads = [threading.Thread(target=writer, args=(number,)) for number in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(acknowledged) == 8 * 15  # every write was answered
    stored = stored_labels(postgres_url, tmp_path, cookie)
    assert all(stored[label] == 1 for label in acknowledged)
    assert sum(stored.values()) == len(acknowledged)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql",
                                                            marks=pytest.mark.postgres)])
def test_a_server_killed_mid_stream_loses_no_acknowledged_entry(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url: str = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    log = tmp_path / "server.log"
    acknowledged: list[str] = []
    with server(url, tmp_path, log) as (base, pid):
        cookie, csrf = sign_up(base)
        stop = threading.Event()
        lock = threading.Lock()

        def writer(number: int) -> None:
            with httpx.Client(base_url=base, timeout=30,
                              cookies={"crossroads_session": cookie}) as client:
                index = 0
                while not stop.is_set():
                    label = f"entry-{number}-{index}"
                    if post_entry(client, csrf, label):
                        with lock:
                            acknowledged.append(label)
                    index += 1

        threads = [threading.Thread(target=writer, args=(number,)) for number in range(4)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < 40 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(pid, signal.SIGKILL)  # in the middle of the stream: writers are still posting
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join()
    assert len(acknowledged) >= 40
    stored = stored_labels(url, tmp_path, cookie)
    missing = [label for label in acknowledged if stored[label] != 1]
    assert missing == []
    assert all(count == 1 for count in stored.values())
