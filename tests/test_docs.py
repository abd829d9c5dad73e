"""The docs tell the truth: every `crossroads` command and option the README shows exists,
every command exists in the README, and the model card's data tables match the data."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import typer
from typer.main import get_command

from crossroads.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CLI = get_command(app)
assert isinstance(CLI, typer.core.TyperGroup)


def shown_invocations() -> list[list[str]]:
    """Each `crossroads ...` line of the README's shell blocks, as words before any comment."""
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    lines = [line.split("#", 1)[0] for block in blocks for line in block.splitlines()]
    found = []
    for line in lines:
        match = re.search(r"\bcrossroads (.+)", line)
        if match:
            found.append(match.group(1).split())
    return found


def test_the_readme_shows_commands() -> None:
    assert len(shown_invocations()) >= 8


def test_every_command_in_the_readme_exists_with_its_options() -> None:
    for words in shown_invocations():
        command = CLI.commands.get(words[0])
        assert command is not None, f"README shows an unknown command: {words[0]}"
        known = {option for param in command.params for option in getattr(param, "opts", [])}
        for word in words[1:]:
            option = word.strip("[]").split("=")[0]
            if option.startswith("--"):
                assert option in known, f"`crossroads {words[0]}` has no option {option}"
        if isinstance(command, typer.core.TyperGroup):
            subcommands = [w for w in words[1:] if not w.startswith(("-", "[")) and w.islower()]
            if subcommands:
                assert subcommands[0] in command.commands, f"no `{words[0]} {subcommands[0]}`"


def test_every_command_is_in_the_readme() -> None:
    shown = {words[0] for words in shown_invocations()}
    assert set(CLI.commands) <= shown, f"not in the README: {set(CLI.commands) - shown}"


def test_the_model_card_lists_every_data_file_with_its_sizes() -> None:
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "bench" / "data_sizes.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_heads_comparison_reads_the_candidate_file(tmp_path: Path) -> None:
    # bench/compare_heads.py, for the adoption rules: the shipped review heads against a copy
    # with every threshold out of reach (the rules alone), which must read fresh.jsonl worse.
    import numpy as np

    root = Path(__file__).resolve().parent.parent
    shipped = np.load(root / "src" / "crossroads" / "core" / "text" / "model" / "review_heads.npz")
    candidate = tmp_path / "review_heads.npz"
    np.savez(candidate, **{**shipped, "thresholds": np.full_like(shipped["thresholds"], 1.01)})
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "compare_heads.py"), "--review", str(candidate),
         "--splits", "fresh"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = {}
    for line in done.stdout.splitlines():
        if "->" in line:
            name, after = line.split("->")
            figures.setdefault(name.rsplit(None, 1)[0].strip(), []).append(
                (name.split()[-1], after.strip()))
    assert len(figures) == 8  # six screen figures, the review's macro-F1 and clean drafts
    (split, pooled) = figures["review macro-F1"]
    assert split == pooled
    assert float(split[1]) < float(split[0])  # fresh: rules alone 0.883, with heads 0.927
    assert figures["urgent_as_urgent"][0][0] == figures["urgent_as_urgent"][0][1]
