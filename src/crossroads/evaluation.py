"""`crossroads eval`: the measured evaluation of the screen and the draft review.

Reads the labeled JSON Lines sets in ``data/screen`` and ``data/review`` (one split,
``test`` unless told otherwise), runs the product and the baselines of
``evaluation_baselines`` on every text in the same run, and reports, side by side:

* review: per-category precision, recall and F1 at message level (a category counts as
  predicted when at least one flag of it is raised), macro-F1 over the seven flag
  categories, an "any flag" row, false alarms on clean drafts (share of drafts with no
  labeled category that get any flag), span sanity (every span inside its text) and
  verdict agreement (the verdict the labels imply under the contract's rule, or a
  ``verdict`` field when the data has one); the same P/R/F1 for the strengths.
* screen: recall per level (urgent read as urgent; urgent read as at least check_in;
  check_in read as check_in or urgent), false alarms on ``none`` texts (any level
  raised), abuse recall and abuse false-alarm rate.

Precision with nothing predicted and recall with nothing labeled count as 0 (and F1
then too), as in scikit-learn's ``zero_division=0``; the counts are kept beside every
figure. A baseline that cannot do a task shows ``n/a``.

This module reads files, so it lives outside ``core``. The evaluation-only
dependencies (vaderSentiment, rrt-advocate) are imported when a run starts.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from crossroads import evaluation_baselines as base

__all__ = [
    "PRF",
    "Ratio",
    "Report",
    "Row",
    "Score",
    "evaluate_text",
    "main_eval",
    "markdown",
    "render",
]

# "fresh" and "blind" to "blind9" are further sets in new wording (see docs/model-card.md).
SPLITS = ("train", "dev", "test", "fresh", "blind", "blind2", "blind3", "blind4", "blind5",
          "blind6", "blind7", "blind8", "blind9")
# Splits no training script may learn from: dev chooses thresholds, the others measure.
NEVER_TRAINED = ("dev", "test", "blind6", "blind8", "blind9")
PRODUCT = "product"
REVIEW_SYSTEMS = (PRODUCT, "keywords", "vader", "rrt-advocate")
SCREEN_SYSTEMS = (PRODUCT, "keywords", "vader", "rrt-advocate")
LEVEL_ORDER = {"none": 0, "check_in": 1, "urgent": 2}


# --- figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PRF:
    """Counts of one binary decision, with precision, recall and F1 (zero_division=0)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }

    def text(self) -> str:
        return f"{self.precision:.2f} {self.recall:.2f} {self.f1:.2f}"


@dataclass(frozen=True)
class Ratio:
    """``hits`` of ``total``: a recall, a false-alarm rate or an agreement."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        value = self.value
        return {
            "value": None if value is None else round(value, 4),
            "hits": self.hits,
            "total": self.total,
        }

    def text(self) -> str:
        value = self.value
        shown = "-" if value is None else f"{value:.2f}"
        return f"{shown} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class Score:
    """A single figure such as a macro-F1."""

    value: float

    def to_json(self) -> dict[str, Any]:
        return {"value": round(self.value, 4)}

    def text(self) -> str:
        return f"{self.value:.2f}"


Cell = PRF | Ratio | Score | None  # None: the system cannot do this task (n/a)
Goal = Literal["at_least", "at_most"]


@dataclass(frozen=True)
class Row:
    """One line of the report: a metric, its target (if any) and one cell per system."""

    key: str
    label: str
    cells: dict[str, Cell]
    goal: Goal | None = None
    target: float | None = None

    def product_value(self) -> float | None:
        cell = self.cells.get(PRODUCT)
        if isinstance(cell, PRF):
            return cell.f1
        if isinstance(cell, Ratio):
            return cell.value
        if isinstance(cell, Score):
            return cell.value
        return None

    @property
    def target_text(self) -> str:
        if self.goal is None or self.target is None:
            return ""
        return f"{'>=' if self.goal == 'at_least' else '<='} {self.target:.2f}"

    @property
    def status(self) -> str | None:
        """PASS or MISS for the product against the target; None without a target."""
        value = self.product_value()
        if self.goal is None or self.target is None or value is None:
            return None
        met = (
            value >= self.target - 1e-9 if self.goal == "at_least" else value <= self.target + 1e-9
        )
        return "PASS" if met else "MISS"

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "target": None if self.goal is None else {"goal": self.goal, "value": self.target},
            "status": self.status,
            "cells": {
                system: None if cell is None else cell.to_json()
                for system, cell in self.cells.items()
            },
        }


@dataclass(frozen=True)
class Section:
    name: str
    systems: tuple[str, ...]
    size: int
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "systems": list(self.systems),
            "rows": {row.key: row.to_json() for row in self.rows},
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Report:
    """The evaluation of one split: a review section and a screen section."""

    split: str
    data_dir: str
    review: Section
    screen: Section
    baselines: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "data_dir": self.data_dir,
            "review": self.review.to_json(),
            "screen": self.screen.to_json(),
            "baselines": dict(self.baselines),
            "misses": [
                f"{section.name}.{row.key}"
                for section in (self.review, self.screen)
                for row in section.rows
                if row.status == "MISS"
            ],
        }


# --- data ---------------------------------------------------------------------------------


def default_data_dir() -> Path:
    """``data/`` of the source checkout, else ``./data``; ``CROSSROADS_DATA_DIR`` wins."""
    explicit = os.environ.get("CROSSROADS_DATA_DIR")
    if explicit:
        return Path(explicit)
    checkout = Path(__file__).resolve().parents[2] / "data"
    if (checkout / "screen").is_dir() or (checkout / "review").is_dir():
        return checkout
    return Path.cwd() / "data"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file; blank lines are skipped, bad lines name their place."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}:{number}: expected an object with a 'text' string")
            rows.append(row)
    return rows


# --- metric helpers -----------------------------------------------------------------------


def prf(labeled: Sequence[bool], predicted: Sequence[bool]) -> PRF:
    """Counts of true positives, false positives and false negatives over paired decisions."""
    tp = sum(1 for gold, guess in zip(labeled, predicted, strict=True) if gold and guess)
    fp = sum(1 for gold, guess in zip(labeled, predicted, strict=True) if guess and not gold)
    fn = sum(1 for gold, guess in zip(labeled, predicted, strict=True) if gold and not guess)
    return PRF(tp, fp, fn)


def ratio(condition: Iterable[bool], among: Iterable[bool]) -> Ratio:
    """How many of the items selected by ``among`` satisfy ``condition``."""
    pairs = [(hit, chosen) for hit, chosen in zip(condition, among, strict=True) if chosen]
    return Ratio(sum(1 for hit, _ in pairs if hit), len(pairs))


def macro_f1(cells: Sequence[PRF]) -> Score:
    return Score(sum(cell.f1 for cell in cells) / len(cells) if cells else 0.0)


# --- review -------------------------------------------------------------------------------


def _product_review(text: str) -> base.ReviewGuess:
    from crossroads.core.text.review import review_draft

    review = review_draft(text)
    spans = tuple((flag.start, flag.end) for flag in review.flags) + tuple(
        (strength.start, strength.end) for strength in review.strengths
    )
    return base.ReviewGuess(
        categories=frozenset(flag.category for flag in review.flags),
        strengths=frozenset(strength.category for strength in review.strengths),
        verdict=review.verdict,
        spans=spans,
    )


def _spans_inside(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    return all(0 <= start < end <= len(text) for start, end in spans)


def _labeled_verdict(row: dict[str, Any]) -> str:
    verdict = row.get("verdict")
    if isinstance(verdict, str):
        return verdict
    return base.verdict_for(set(row.get("categories") or ()))


def _category_counter(
    category: str, gold_flags: list[frozenset[str]]
) -> Callable[[list[base.ReviewGuess]], Cell]:
    labeled = [category in gold for gold in gold_flags]

    def count(found: list[base.ReviewGuess]) -> Cell:
        return prf(labeled, [category in guess.categories for guess in found])

    return count


def evaluate_review(
    rows: list[dict[str, Any]], readers: dict[str, Callable[[str], base.ReviewGuess | None]]
) -> Section:
    texts = [str(row["text"]) for row in rows]
    gold_flags = [frozenset(row.get("categories") or ()) for row in rows]
    gold_strengths = [frozenset(row.get("strengths") or ()) for row in rows]
    guesses: dict[str, list[base.ReviewGuess] | None] = {}
    for system, read in readers.items():
        results = [read(text) for text in texts]
        guesses[system] = (
            None if any(r is None for r in results) else [r for r in results if r is not None]
        )

    def per_system(make: Callable[[list[base.ReviewGuess]], Cell]) -> dict[str, Cell]:
        return {system: None if found is None else make(found) for system, found in guesses.items()}

    rows_out: list[Row] = []
    category_cells: dict[str, list[PRF]] = {system: [] for system in guesses}
    for category in base.FLAG_CATEGORIES:
        cells = per_system(_category_counter(category, gold_flags))
        for system, cell in cells.items():
            if isinstance(cell, PRF):
                category_cells[system].append(cell)
        rows_out.append(Row(f"flag.{category}", f"{category} P R F1", cells))
    rows_out.append(
        Row(
            "macro_f1",
            "macro-F1 (7 flag categories)",
            {
                system: macro_f1(category_cells[system]) if found is not None else None
                for system, found in guesses.items()
            },
            "at_least",
            0.90,
        )
    )
    rows_out.append(
        Row(
            "any_flag",
            "any flag P R F1",
            per_system(
                lambda found: prf(
                    [bool(gold) for gold in gold_flags], [bool(guess.categories) for guess in found]
                )
            ),
        )
    )
    rows_out.append(
        Row(
            "clean_false_alarms",
            "false alarms on clean drafts",
            per_system(
                lambda found: ratio(
                    [bool(guess.categories) for guess in found], [not gold for gold in gold_flags]
                )
            ),
            "at_most",
            0.05,
        )
    )
    rows_out.append(
        Row(
            "spans_inside_text",
            "drafts with all spans inside text",
            {
                system: None
                if found is None or any(g.spans is None for g in found)
                else ratio(
                    [
                        _spans_inside(text, g.spans or ())
                        for text, g in zip(texts, found, strict=True)
                    ],
                    [True] * len(found),
                )
                for system, found in guesses.items()
            },
            "at_least",
            1.0,
        )
    )
    labeled_verdicts = [_labeled_verdict(row) for row in rows]
    rows_out.append(
        Row(
            "verdict_agreement",
            "verdict agreement",
            {
                system: None
                if found is None or any(g.verdict is None for g in found)
                else ratio(
                    [g.verdict == v for g, v in zip(found, labeled_verdicts, strict=True)],
                    [True] * len(found),
                )
                for system, found in guesses.items()
            },
        )
    )
    for category in base.STRENGTH_CATEGORIES:
        rows_out.append(
            Row(
                f"strength.{category}",
                f"strength {category} P R F1",
                {
                    system: None
                    if found is None or any(g.strengths is None for g in found)
                    else prf(
                        [category in gold for gold in gold_strengths],
                        [category in (g.strengths or ()) for g in found],
                    )
                    for system, found in guesses.items()
                },
            )
        )
    clean = sum(1 for gold in gold_flags if not gold)
    notes = (
        f"{len(rows)} drafts, {clean} with no labeled flag category",
        "verdict labels: the 'verdict' field when present, else the contract rule on the "
        "labeled categories (threat -> hold, any other -> revise, none -> ready)",
    )
    return Section("review", tuple(guesses), len(rows), tuple(rows_out), notes)


# --- screen -------------------------------------------------------------------------------


def _product_screen(text: str) -> base.ScreenGuess:
    from crossroads.core.text.screen import screen_text

    result = screen_text(text)
    return base.ScreenGuess(result.self_harm, result.abuse)


def evaluate_screen(
    rows: list[dict[str, Any]], readers: dict[str, Callable[[str], base.ScreenGuess]]
) -> Section:
    texts = [str(row["text"]) for row in rows]
    levels = [str(row.get("self_harm", "none")) for row in rows]
    abuse = [bool(row.get("abuse", False)) for row in rows]
    for level in levels:
        if level not in LEVEL_ORDER:
            raise ValueError(f"screen data: unknown self_harm level {level!r}")
    guesses = {system: [read(text) for text in texts] for system, read in readers.items()}

    def at_least(found: list[base.ScreenGuess], level: str) -> list[bool]:
        return [LEVEL_ORDER[g.self_harm] >= LEVEL_ORDER[level] for g in found]

    def level_ratio(predicted_at_least: str, labeled: str) -> dict[str, Cell]:
        return {
            system: ratio(at_least(found, predicted_at_least), [lv == labeled for lv in levels])
            for system, found in guesses.items()
        }

    def abuse_cells(make: Callable[[list[bool]], Ratio]) -> dict[str, Cell]:
        cells: dict[str, Cell] = {}
        for system, found in guesses.items():
            flags = [g.abuse for g in found]
            cells[system] = (
                None if any(f is None for f in flags) else make([bool(f) for f in flags])
            )
        return cells

    rows_out = (
        Row(
            "urgent_as_urgent",
            "urgent read as urgent",
            level_ratio("urgent", "urgent"),
            "at_least",
            1.0,
        ),
        Row(
            "urgent_at_least_check_in",
            "urgent read as >= check_in",
            level_ratio("check_in", "urgent"),
            "at_least",
            1.0,
        ),
        Row(
            "check_in_recall",
            "check_in read as >= check_in",
            level_ratio("check_in", "check_in"),
            "at_least",
            0.95,
        ),
        Row(
            "none_false_alarms",
            "false alarms on none texts",
            level_ratio("check_in", "none"),
            "at_most",
            0.03,
        ),
        Row(
            "level_exact",
            "exact level agreement",
            {
                system: ratio(
                    [g.self_harm == lv for g, lv in zip(found, levels, strict=True)],
                    [True] * len(found),
                )
                for system, found in guesses.items()
            },
        ),
        Row(
            "abuse_recall",
            "abuse recall",
            abuse_cells(lambda flags: ratio(flags, abuse)),
            "at_least",
            0.90,
        ),
        Row(
            "abuse_false_alarms",
            "abuse false alarms",
            abuse_cells(lambda flags: ratio(flags, [not a for a in abuse])),
            "at_most",
            0.05,
        ),
    )
    counts = {level: levels.count(level) for level in LEVEL_ORDER}
    notes = (
        f"{len(rows)} texts: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
        + f"; abuse {sum(abuse)}",
    )
    return Section("screen", tuple(guesses), len(rows), rows_out, notes)


# --- the run ------------------------------------------------------------------------------


def evaluate_text(split: str = "test", data_dir: Path | None = None) -> Report:
    """Evaluate the review and the screen on one split, with the baselines in the same run."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    review_path = root / "review" / f"{split}.jsonl"
    screen_path = root / "screen" / f"{split}.jsonl"
    for path in (review_path, screen_path):
        if not path.is_file():
            raise FileNotFoundError(f"no labeled data at {path}")
    review_rows = load_jsonl(review_path)
    screen_rows = load_jsonl(screen_path)

    vader = base.vader_scorer()
    rrt = base.rrt_screener()
    review_readers: dict[str, Callable[[str], base.ReviewGuess | None]] = {
        PRODUCT: _product_review,
        "keywords": base.keyword_review,
        "vader": lambda text: base.vader_review(vader(text)),
        "rrt-advocate": lambda text: None,
    }
    screen_readers: dict[str, Callable[[str], base.ScreenGuess]] = {
        PRODUCT: _product_screen,
        "keywords": base.keyword_screen,
        "vader": lambda text: base.vader_screen(vader(text)),
        "rrt-advocate": rrt,
    }
    return Report(
        split=split,
        data_dir=str(root),
        review=evaluate_review(review_rows, review_readers),
        screen=evaluate_screen(screen_rows, screen_readers),
        baselines=dict(base.BASELINE_NOTES),
    )


# --- output -------------------------------------------------------------------------------


def _cell_text(cell: Cell) -> str:
    return "n/a" if cell is None else cell.text()


def _render_section(section: Section, title: str) -> list[str]:
    header = ["metric", "target", *section.systems, "status"]
    lines_cells = [
        [
            row.label,
            row.target_text,
            *(_cell_text(row.cells.get(s)) for s in section.systems),
            row.status or "",
        ]
        for row in section.rows
    ]
    widths = [max(len(line[i]) for line in [header, *lines_cells]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    out = [title, line(header), "  ".join("-" * width for width in widths)]
    out.extend(line(cells).rstrip() for cells in lines_cells)
    out.extend(f"  note: {note}" for note in section.notes)
    return out


def render(report: Report) -> str:
    """A plain-text table of the report, one block per task, systems side by side."""
    lines = [f"crossroads eval: split {report.split} ({report.data_dir})", ""]
    lines += _render_section(report.review, "REVIEW (P R F1 = precision recall F1, message level)")
    lines.append("")
    lines += _render_section(report.screen, "SCREEN (rate (hits/total))")
    lines.append("")
    lines.append("baselines:")
    lines.extend(f"  {name}: {note}" for name, note in report.baselines.items())
    misses = report.to_json()["misses"]
    lines.append("")
    lines.append("product misses: " + (", ".join(misses) if misses else "none"))
    return "\n".join(lines) + "\n"


def markdown(report: Report) -> str:
    """The report as Markdown tables (used for docs/model-card.md)."""
    out: list[str] = []
    for section in (report.review, report.screen):
        header = ["metric", "target", *section.systems, "product vs target"]
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + "---|" * len(header))
        for row in section.rows:
            cells = [_cell_text(row.cells.get(system)) for system in section.systems]
            line = [row.label, row.target_text, *cells, row.status or ""]
            out.append("| " + " | ".join(line).replace(">=", "≥").replace("<=", "≤") + " |")
        out.append("")
    return "\n".join(out)


def main_eval(split: str = "test", as_json: bool = False, data_dir: Path | None = None) -> int:
    """Run the evaluation for the CLI; print the table or one JSON object; return the exit code.

    0 after a report (targets missed or not: the report says so), 2 when the split or the
    data cannot be read or the evaluation-only dependencies are missing.
    """
    try:
        report = evaluate_text(split, data_dir)
    except (FileNotFoundError, ValueError) as error:
        print(f"crossroads eval: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(
            f"crossroads eval: {error}; the evaluation needs the dev extra "
            "(pip install -e '.[dev]')",
            file=sys.stderr,
        )
        return 2
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(render(report), end="")
    return 0
