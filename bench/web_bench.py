"""How fast the web pages are, next to a bare Starlette app on the same machine.

Run: `.venv/bin/python bench/web_bench.py` (about a minute and a half; prints figures).

It seeds SQLite files through the storage repositories (one completed assessment and a
year of daily journal entries; ten years; one month), starts the app and a bare Starlette
"hello" app with uvicorn (one worker each, same flags, no access log), and loads them
from this process with `wrk` (Debian package `wrk`) or, without it, with httpx in threads.
Every load is bounded in time and in count and stays on 127.0.0.1.

Targets: the result and journal pages serve at least 30% of bare Starlette's requests per
second; the journal page with ten years of entries takes at most twice as long as with one
month. The app keeps rendered pages in memory while the database is unchanged, so the
"not kept" rows (a new query string on every request) show the cost of a real render,
and the ten-years-against-one-month times are always real renders.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

RESULT_TARGET = 0.30  # share of bare Starlette's requests per second
JOURNAL_GROWTH_TARGET = 2.0  # ten years vs one month, page time

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.6f, "errors": %d, "bad_status": %d, '
    .. '"p50_ms": %.3f, "p99_ms": %.3f, "mean_ms": %.3f}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout,
    e.status, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.mean / 1e3))
end
"""
# Every request a new query string, so the app's page memory never answers: the cost of
# rendering the page from the database (a first visit, or the first after a change).
WRK_FRESH = """
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "?fresh=" .. n)
end
"""


# --- the bare app -------------------------------------------------------------------------


def hello_app() -> Any:
    """uvicorn factory: the smallest Starlette app, the yardstick."""
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def hello(_request: Any) -> PlainTextResponse:
        return PlainTextResponse("hello")

    return Starlette(routes=[Route("/", hello)])


# --- seeding ------------------------------------------------------------------------------


def seed(path: Path, days: int, *, with_assessment: bool) -> tuple[str, int | None]:
    """A SQLite file with `days` daily journal entries ending today; returns (url, id)."""
    sys.path.insert(0, str(ROOT))
    from tests.personas import ALEX

    from crossroads.content import load_content
    from crossroads.core.answers import parse_answers
    from crossroads.core.engine import evaluate
    from crossroads.storage import open_database
    from crossroads.storage.journal import JournalEntry, JournalRepository

    url = f"sqlite:///{path}"
    assessment_id = None
    with open_database(url) as database:
        if with_assessment:
            answers = parse_answers(ALEX)
            result = evaluate(answers, load_content("en"))
            repository = database.assessments
            started = repository.start("en")
            repository.complete(started.id, answers.to_json(), result.to_json(), result.path)
            assessment_id = started.id
        rng = random.Random(days)
        today = date.today()
        entries = []
        for back in range(days):
            urges = rng.choice((0, 0, 1, 2, 3))
            entries.append(
                JournalEntry(
                    id=0,
                    created_at=None,  # type: ignore[arg-type]  # ignored by add_many
                    entry_date=today - timedelta(days=back),
                    period="day",
                    actions=rng.choice(
                        (
                            "",
                            "walked for an hour",
                            "called my sister",
                            "went to the climbing gym",
                            "cooked a proper meal",
                        )
                    ),
                    mood=rng.randint(2, 8),
                    urges=urges,
                    acted_on_urge=urges > 0 and rng.random() < 0.2,
                    note=rng.choice(("", "a quieter day", "hard evening, better morning")),
                )
            )
        JournalRepository(database.sessions).add_many(entries)
    return url, assessment_id


# --- servers ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    name: str
    base_url: str
    process: subprocess.Popen[bytes]


@contextmanager
def serving(name: str, target: str, env: dict[str, str], folder: Path) -> Iterator[Server]:
    """uvicorn with one worker on a free loopback port, stopped on exit."""
    import httpx

    port = free_port()
    log_path = folder / f"{name}.log"
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        target,
        "--app-dir",
        str(HERE),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "1",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env={**os.environ, **env}, cwd=folder, stdout=log, stderr=subprocess.STDOUT
        )
    server = Server(name, f"http://127.0.0.1:{port}", process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"{name} exited early:\n{log_path.read_text()}")
            try:
                if httpx.get(server.base_url + "/", timeout=2).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{name} did not start:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- load ---------------------------------------------------------------------------------


@dataclass
class Load:
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float
    mean_ms: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def load(url: str, seconds: float, connections: int, folder: Path, fresh: bool = False) -> Load:
    """Requests to `url` for `seconds` over `connections` keep-alive connections
    (`fresh`: a new query string each time, so nothing is answered from memory)."""
    if shutil.which("wrk"):
        return _load_wrk(url, seconds, connections, folder, fresh)
    return _load_httpx(url, seconds, connections, fresh=fresh)


def _load_wrk(url: str, seconds: float, connections: int, folder: Path, fresh: bool) -> Load:
    script = folder / "report.lua"
    script.write_text(WRK_REPORT + (WRK_FRESH if fresh else ""))
    output = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    report = json.loads(output.strip().splitlines()[-1])
    return Load(
        requests=report["requests"],
        seconds=report["seconds"],
        errors=report["errors"] + report["bad_status"],
        p50_ms=report["p50_ms"],
        p99_ms=report["p99_ms"],
        mean_ms=report["mean_ms"],
    )


def _load_httpx(
    url: str, seconds: float, connections: int, limit: int = 200_000, fresh: bool = False
) -> Load:
    import httpx

    timings: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors
        with httpx.Client(timeout=5) as client:
            while time.monotonic() < stop_at and len(timings) < limit:
                began = time.perf_counter()
                target = f"{url}?fresh={began}" if fresh else url
                try:
                    ok = client.get(target).status_code == 200
                except httpx.HTTPError:
                    ok = False
                took = (time.perf_counter() - began) * 1000
                with lock:
                    timings.append(took)
                    errors += not ok

    began = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    timings.sort()
    return Load(
        requests=len(timings),
        seconds=elapsed,
        errors=errors,
        p50_ms=timings[len(timings) // 2],
        p99_ms=timings[int(len(timings) * 0.99)],
        mean_ms=statistics.fmean(timings),
    )


def page_time(url: str, count: int) -> tuple[float, float]:
    """Median and p90 of `count` requests one after another (ms), after a warm-up; each
    with its own query string, so the page is rendered from the database every time."""
    import httpx

    timings = []
    with httpx.Client(timeout=10) as client:
        for index in range(count + 10):
            began = time.perf_counter()
            response = client.get(f"{url}?fresh={index}")
            took = (time.perf_counter() - began) * 1000
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            if index >= 10:
                timings.append(took)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9)]


def check(url: str) -> None:
    import httpx

    response = httpx.get(url, timeout=10)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}:\n{response.text[:500]}")


# --- main ---------------------------------------------------------------------------------


RESULT_PATH = "/results/{id}"
JOURNAL_PATH = "/journal"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each load run")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--samples", type=int, default=150, help="requests per page-time run")
    args = parser.parse_args()

    began = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="crossroads-bench-"))
    quiet = {
        name: value for name, value in os.environ.items() if not name.startswith("CROSSROADS_")
    }
    os.environ.clear()
    os.environ.update(quiet)
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg")
    try:
        year_url, assessment_id = seed(folder / "year.db", 365, with_assessment=True)
        decade_url, _ = seed(folder / "decade.db", 3653, with_assessment=True)
        month_url, _ = seed(folder / "month.db", 30, with_assessment=True)
        seeded = time.monotonic() - began
        app_target = "crossroads.web.app:create_app"
        with (
            serving("bare", "web_bench:hello_app", {}, folder) as bare,
            serving("year", app_target, {"CROSSROADS_DATABASE_URL": year_url}, folder) as year,
        ):
            result_url = year.base_url + RESULT_PATH.format(id=assessment_id)
            journal_url = year.base_url + JOURNAL_PATH
            for url in (result_url, journal_url):
                check(url)
            runs = {}
            for label, url, fresh in (
                ("bare Starlette GET /", bare.base_url + "/", False),
                ("result page", result_url, False),
                ("journal page (1 year)", journal_url, False),
                ("result, not kept", result_url, True),
                ("journal, not kept", journal_url, True),
            ):
                load(url, 1, args.connections, folder, fresh)  # warm-up
                runs[label] = load(url, args.seconds, args.connections, folder, fresh)
        with (
            serving("decade", app_target, {"CROSSROADS_DATABASE_URL": decade_url}, folder) as a,
            serving("month", app_target, {"CROSSROADS_DATABASE_URL": month_url}, folder) as b,
        ):
            decade = page_time(a.base_url + JOURNAL_PATH, args.samples)
            month = page_time(b.base_url + JOURNAL_PATH, args.samples)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    tool = "wrk" if shutil.which("wrk") else "httpx threads"
    print(
        f"Crossroads web bench: {os.cpu_count()} CPUs, load by {tool}, "
        f"{args.connections} connections, {args.seconds:.0f}s a run, one uvicorn worker each"
    )
    print(f"(seeding took {seeded:.1f}s)")
    print()
    bare_rate = runs["bare Starlette GET /"].per_second
    print(f"{'target':<24}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}{'vs bare':>10}")
    for label, run in runs.items():
        share = run.per_second / bare_rate if bare_rate else 0.0
        print(
            f"{label:<24}{run.per_second:>10.0f}{run.p50_ms:>10.2f}{run.p99_ms:>10.2f}"
            f"{run.errors:>8}{share:>9.0%}"
        )
    print()
    verdicts = []
    for label in ("result page", "journal page (1 year)"):
        share = runs[label].per_second / bare_rate if bare_rate else 0.0
        ok = share >= RESULT_TARGET
        verdicts.append(ok)
        print(
            f"{label}: {share:.0%} of bare Starlette (target ≥ {RESULT_TARGET:.0%}) "
            f"{'OK' if ok else 'MISSED'}"
        )
    growth = decade[0] / month[0]
    ok = growth <= JOURNAL_GROWTH_TARGET
    verdicts.append(ok)
    print(
        f"journal page, one at a time: 10 years {decade[0]:.2f} ms (p90 {decade[1]:.2f}), "
        f"1 month {month[0]:.2f} ms (p90 {month[1]:.2f}): {growth:.2f}× "
        f"(target ≤ {JOURNAL_GROWTH_TARGET:.0f}×) {'OK' if ok else 'MISSED'}"
    )
    print(f"total {time.monotonic() - began:.0f}s")
    sys.exit(0 if all(verdicts) else 1)


if __name__ == "__main__":
    main()
