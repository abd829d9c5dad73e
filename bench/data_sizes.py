"""The sizes of the labeled data, as the tables of docs/model-card.md show them.

    .venv/bin/python bench/data_sizes.py           # rewrite the tables in the model card
    .venv/bin/python bench/data_sizes.py --check   # exit 1 if the card is out of date

Every file under data/screen and data/review is listed, training files first, then the sets
used to choose (dev, fresh) and those held out; so a new batch cannot be left out of the
card by hand, as screen train9 and review train10 were in session 6.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from train_review import NEXT_FILES as REVIEW_NEXT  # noqa: E402
from train_screen import NEXT_FILES as SCREEN_NEXT  # noqa: E402

from crossroads.core.text.review_patterns import (  # noqa: E402
    FLAG_CATEGORIES,
    STRENGTH_CATEGORIES,
)
from crossroads.evaluation import NEVER_TRAINED  # noqa: E402

CARD = ROOT / "docs" / "model-card.md"
START, END = "<!-- sizes:start -->", "<!-- sizes:end -->"
# fresh.jsonl is read while choosing designs (a second dev set since session 2).
CHOOSING = ("dev", "fresh")


USES = ("training", "next training", "choosing", "held out")


def use(kind: str, name: str) -> str:
    if name in CHOOSING:
        return "choosing"
    if name in NEVER_TRAINED:
        return "held out"
    waiting = REVIEW_NEXT if kind == "review" else SCREEN_NEXT
    return "next training" if name in waiting else "training"


def ordered(kind: str) -> list[str]:
    def key(name: str) -> tuple[int, str, int]:
        stem, number = re.fullmatch(r"(\D+)(\d*)", name).groups()  # type: ignore[union-attr]
        return USES.index(use(kind, name)), stem, int(number or 1)

    return sorted((path.stem for path in (ROOT / "data" / kind).glob("*.jsonl")), key=key)


def rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def render() -> str:
    lines = ["| screen file | use | texts | none | check_in | urgent | abuse |",
             "|---|---|---|---|---|---|---|"]
    for name in ordered("screen"):
        data = rows(ROOT / "data" / "screen" / f"{name}.jsonl")
        levels = [sum(row["self_harm"] == level for row in data)
                  for level in ("none", "check_in", "urgent")]
        abuse = sum(bool(row["abuse"]) for row in data)
        lines.append(f"| {name} | {use('screen', name)} | {len(data)} | "
                     + " | ".join(str(count) for count in (*levels, abuse)) + " |")
    heads = (*FLAG_CATEGORIES, *STRENGTH_CATEGORIES)
    lines += ["", "| review file | use | drafts | clean | " + " | ".join(heads) + " |",
              "|" + "---|" * (4 + len(heads))]
    for name in ordered("review"):
        data = rows(ROOT / "data" / "review" / f"{name}.jsonl")
        clean = sum(not row["categories"] for row in data)
        counts = [sum(head in row["categories"] or head in row["strengths"]  # type: ignore[operator]
                      for row in data) for head in heads]
        lines.append(f"| {name} | {use('review', name)} | {len(data)} | {clean} | "
                     + " | ".join(str(count) for count in counts) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the card is current")
    args = parser.parse_args()
    card = CARD.read_text(encoding="utf-8")
    before, rest = card.split(START)
    _, after = rest.split(END)
    updated = f"{before}{START}\n\n{render()}\n\n{END}{after}"
    if args.check:
        if updated != card:
            print(f"{CARD.relative_to(ROOT)}: the data tables are out of date; run "
                  "bench/data_sizes.py", file=sys.stderr)
            return 1
        return 0
    CARD.write_text(updated, encoding="utf-8")
    print(f"wrote the data tables of {CARD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
