"""Compare a candidate heads file with the shipped one, per split and pooled.

    .venv/bin/python bench/compare_heads.py --screen /tmp/screen_heads.npz
    .venv/bin/python bench/compare_heads.py --review /tmp/review_heads.npz --splits blind6 fresh

The trainers write candidates with ``--out``; this prints the figures the adoption rules of
docs/model-card.md read, for the shipped heads and the candidate side by side: for the
screen, urgent texts read as urgent and given at least a check-in, check-ins flagged, false
alarms, abuse recall and abuse false alarms (hits/total); for the review, macro-F1 over the
seven flags from counts pooled over the splits, and clean drafts flagged. The rules are the
same on both sides (the code as it is). Choose on blind6 and fresh (the default); blind8
and blind9 are the figures to believe and must not be used to choose.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crossroads.core.text import review_model, screen_model  # noqa: E402
from crossroads.evaluation import PRF, PRODUCT, Ratio, evaluate_text  # noqa: E402

SCREEN_ROWS = ("urgent_as_urgent", "urgent_at_least_check_in", "check_in_recall",
               "none_false_alarms", "abuse_recall", "abuse_false_alarms")


def use_screen(path: Path) -> None:
    heads = screen_model.Heads.read(path)
    screen_model._CACHE[:] = [
        screen_model.ScreenModel(screen_model.Embedder(), heads, screen_model.read_lexical(path))
    ]


def use_review(path: Path) -> None:
    heads = review_model.Heads.read(path)
    review_model._CACHE[:] = [review_model.ReviewModel(review_model.StaticEmbedder(heads.sif_a),
                                                       heads)]


def figures(splits: list[str]) -> dict[str, dict[str, str]]:
    """Per split and pooled: the screen's ratios and the review's macro-F1 and clean rate."""
    out: dict[str, dict[str, str]] = {}
    pooled_ratios: dict[str, list[int]] = {key: [0, 0] for key in SCREEN_ROWS}
    pooled_counts: dict[str, list[int]] = {}
    pooled_clean = [0, 0]
    for split in splits:
        report = evaluate_text(split)
        column: dict[str, str] = {}
        for key in SCREEN_ROWS:
            cell = report.screen.row(key).cells[PRODUCT]
            assert isinstance(cell, Ratio)
            column[key] = f"{cell.hits}/{cell.total}"
            pooled_ratios[key][0] += cell.hits
            pooled_ratios[key][1] += cell.total
        f1s = []
        for row in report.review.rows:
            if row.key.startswith("flag."):
                counts = row.cells[PRODUCT]
                assert isinstance(counts, PRF)
                f1s.append(counts.f1)
                total = pooled_counts.setdefault(row.key, [0, 0, 0])
                total[0] += counts.tp
                total[1] += counts.fp
                total[2] += counts.fn
        clean = report.review.row("clean_false_alarms").cells[PRODUCT]
        assert isinstance(clean, Ratio)
        column["review macro-F1"] = f"{sum(f1s) / len(f1s):.3f}"
        column["clean drafts flagged"] = f"{clean.hits}/{clean.total}"
        pooled_clean[0] += clean.hits
        pooled_clean[1] += clean.total
        out[split] = column
    pooled = {key: f"{hits}/{total}" for key, (hits, total) in pooled_ratios.items()}
    f1s = [PRF(*counts).f1 for counts in pooled_counts.values()]
    pooled["review macro-F1"] = f"{sum(f1s) / len(f1s):.3f}"
    pooled["clean drafts flagged"] = f"{pooled_clean[0]}/{pooled_clean[1]}"
    out["pooled"] = pooled
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--screen", type=Path, help="a candidate screen heads file")
    parser.add_argument("--review", type=Path, help="a candidate review heads file")
    parser.add_argument("--splits", nargs="+", default=["blind6", "fresh"])
    args = parser.parse_args(argv)
    if args.screen is None and args.review is None:
        parser.error("give --screen, --review or both")
    shipped = figures(args.splits)
    if args.screen is not None:
        use_screen(args.screen)
    if args.review is not None:
        use_review(args.review)
    candidate = figures(args.splits)
    for split, column in shipped.items():
        print(f"== {split}")
        for key, value in column.items():
            print(f"  {key:26s} {value:>9s}  ->  {candidate[split][key]:>9s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
