"""Browser fixtures: the real app served by `crossroads serve`, driven by Debian's Chromium.

The server runs in a subprocess on a free port of 127.0.0.1 with a SQLite file in a
temporary folder, exactly as a person would start it. Chromium is the Debian package at
/usr/bin/chromium; Playwright only drives it and never downloads a browser of its own.
Accessibility is checked with axe-core from node_modules (`npm ci` installs it).

Without Chromium or axe-core the tests are skipped on a laptop and fail in CI (CI=true),
so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import URL

from tests.browser.support import AXE_SCRIPT, CHROMIUM, CHROMIUM_FLAGS, DESKTOP, ROOT, unavailable

STARTUP_SECONDS = 60.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


# --- the app under test -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def crossroads_command() -> list[str]:
    script = Path(sys.executable).parent / "crossroads"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from crossroads.cli import main; main()"]


@dataclass
class LiveServer:
    base_url: str
    database_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def url(self, path: str) -> str:
        return self.base_url + path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(folder: Path) -> LiveServer:
    """Start `crossroads serve` on a free loopback port with a fresh SQLite file in `folder`."""
    database_url = URL.create("sqlite", database=str(folder / "crossroads.db")).render_as_string()
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not name.startswith("CROSSROADS_")}
    env.update(
        CROSSROADS_DATABASE_URL=database_url,
        CROSSROADS_LANGUAGE="en",
        XDG_DATA_HOME=str(folder / "xdg-data"),
        PYTHONUNBUFFERED="1",
    )
    log_path = folder / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*crossroads_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(f"http://127.0.0.1:{port}", database_url, process, log_path)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the app exited with code {process.returncode}:\n{server.log()}")
        try:
            response = httpx.get(server.url("/healthz"), timeout=2.0)
            if response.status_code == 200 and response.json() == {"status": "ok"}:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    pytest.fail(f"the app did not answer /healthz within {STARTUP_SECONDS:.0f}s:\n{server.log()}")


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    """One app for the whole browser session, on its own SQLite file."""
    folder = Path(tempfile.mkdtemp(prefix="crossroads-browser-"))
    server = start_server(folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[LiveServer]:
    """An app of its own for a test that needs an empty database."""
    server = start_server(tmp_path)
    try:
        yield server
    finally:
        server.stop()


# --- the browser ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} not found (install the Debian package `chromium`)")
    if not AXE_SCRIPT.exists():
        unavailable(f"{AXE_SCRIPT.relative_to(ROOT)} not found (run `npm ci`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # A plain launch gives every run a new, empty profile in a temporary folder.
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


_CALL_FAILED = pytest.StashKey[bool]()


def _new_page(request: pytest.FixtureRequest, browser: Any, server: LiveServer) -> Iterator[Any]:
    context = browser.new_context(base_url=server.base_url, viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))
    # The app's CSP and its own scripts must agree: a blocked resource is a bug.
    page.on(
        "console",
        lambda message: (
            problems.append(f"console {message.type} on {page.url}: {message.text}")
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    page.on(
        "response",
        lambda response: (
            problems.append(f"{response.status} from {response.url}")
            if response.status >= 500
            else None
        ),
    )
    log_start = len(server.log())
    try:
        yield page
    finally:
        context.close()
    if request.node.stash.get(_CALL_FAILED, False):
        print(f"--- app log during the test ---\n{server.log()[log_start:][-4000:]}")
    if problems:
        pytest.fail("problems seen in the browser:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def page(request: pytest.FixtureRequest, browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """A fresh browser tab (own cookies) on the session's app, 1280×800."""
    yield from _new_page(request, browser, live_server)


@pytest.fixture
def fresh_page(
    request: pytest.FixtureRequest, browser: Any, fresh_server: LiveServer
) -> Iterator[Any]:
    """A fresh browser tab on an app with an empty database of its own."""
    yield from _new_page(request, browser, fresh_server)
