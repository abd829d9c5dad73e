"""Shared fixtures: real SQLite files and a real PostgreSQL server, never mocks.

The PostgreSQL server is started by the test session itself from the Debian
binaries (package `postgresql`), on a free port of 127.0.0.1, and stopped at the
end; each test gets a database of its own. Without the binaries, PostgreSQL tests
are skipped on a laptop and fail in CI (CI=true), so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL

from crossroads.storage import Database, open_database

POSTGRES_USER = "crossroads"
# A zone far from UTC with no daylight saving: timestamps that skip UTC conversion show up.
POSTGRES_TIMEZONE = "Asia/Kolkata"


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real data folder or obeys the developer's CROSSROADS_* variables."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    for name in list(os.environ):
        if name.startswith("CROSSROADS_"):
            monkeypatch.delenv(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite database file in the test's temporary folder (created on open)."""
    return URL.create("sqlite", database=str(tmp_path / "crossroads.db")).render_as_string()


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for this test session (one per xdist worker)."""
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        _unavailable(
            "PostgreSQL server binaries not found (install the Debian package `postgresql`)"
        )
    run_as = _run_as_prefix()
    workdir = Path(tempfile.mkdtemp(prefix="crossroads-pg-"))
    try:
        if run_as:
            # initdb refuses to run as root, so the server runs as `postgres` in a folder it owns.
            shutil.chown(workdir, user="postgres", group="postgres")
        data = workdir / "data"
        _run(
            [
                *run_as,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                POSTGRES_USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        port = _start(bin_dir, run_as, workdir)
        try:
            yield PostgresServer(host="127.0.0.1", port=port, user=POSTGRES_USER)
        finally:
            _run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    with postgres_server.admin() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield postgres_server.url(name)
    finally:
        with postgres_server.admin() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def database_url(request: pytest.FixtureRequest) -> str:
    """The same test on a real SQLite file and on a real PostgreSQL database."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """An open, migrated database on both SQLite and PostgreSQL."""
    with open_database(database_url) as opened:
        yield opened


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests", pytrace=False)
    pytest.skip(reason)


def _postgres_bin_dir() -> Path | None:
    def version(initdb: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", initdb.parent.parent.name))

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=version)
    if debian:
        return debian[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _run_as_prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        _unavailable("running as root needs `runuser` to start PostgreSQL as `postgres`")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        _unavailable("running as root needs the `postgres` system user")
    return ["runuser", "-u", "postgres", "--"]


def _start(bin_dir: Path, run_as: list[str], workdir: Path) -> int:
    """Start the server on a free port; retry if another process grabs the port first."""
    for _attempt in range(3):
        port = _free_port()
        options = " ".join(
            [
                f"-p {port}",
                f"-k {workdir}",
                "-c listen_addresses=127.0.0.1",
                f"-c TimeZone={POSTGRES_TIMEZONE}",
                # Durability is pointless for a throwaway server; speed is not.
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
            ]
        )
        started = subprocess.run(
            [
                *run_as,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(workdir / "data"),
                "-l",
                str(workdir / "server.log"),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if started.returncode == 0:
            return port
    log = workdir / "server.log"
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    pytest.fail(f"PostgreSQL did not start: {started.stderr.strip()}\n{tail}", pytrace=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _run(command: list[str]) -> None:
    # The binaries are there, so a failure is a real problem: fail, never skip.
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}", pytrace=False)
