"""The shared checks every Crossroads change must pass: no sentence taken from the source
articles (originality), every method id named in src/ (method-coverage), and the helpline
facts carried over exactly. They live in the sibling folder ``../shared``; on a laptop
without it these tests are skipped, in CI (CI=true) they fail instead, so CI can never
pass by skipping."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from crossroads.content import load_content

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file in ../shared, or a skip (laptop) / failure (CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.is_file():
        message = f"{path} is missing: the shared checks cannot run"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_tool(name: str) -> subprocess.CompletedProcess[str]:
    tool = shared_file("tools", name)
    return subprocess.run(
        [sys.executable, str(tool), str(REPO)], capture_output=True, text=True, timeout=120
    )


def test_no_text_shares_a_run_of_words_with_the_source_articles() -> None:
    result = run_tool("originality")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_method_id_is_named_somewhere_in_src() -> None:
    result = run_tool("method-coverage")
    assert result.returncode == 0, result.stdout + result.stderr


def test_helplines_are_carried_over_exactly_from_the_shared_list() -> None:
    shared = yaml.safe_load(shared_file("method", "resources.yaml").read_text(encoding="utf-8"))
    resources = load_content("en").resources

    assert resources.directory.model_dump() == shared["international"]["directory"]
    assert {
        code: lines.model_dump() for code, lines in resources.countries.items()
    } == shared["countries"]
