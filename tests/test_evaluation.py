"""`crossroads eval`: metrics, baselines and the report shape, on a tiny hand-checked fixture.

The fixture (tests/data/eval) is small enough to check the keyword baseline by hand:

review (7 drafts): the keyword lists find threat (1), neediness (2), blame (6) correctly,
miss the guilt trip (7) and wrongly flag the clean draft 5 ("date", "always").
screen (10 texts): keywords catch both urgent texts and one of two check-ins, raise a
false alarm on "I could die of embarrassment" (1 of 6 none texts), catch the hit but not
the control (1 of 2 abuse texts) and misread "we hit it off" as abuse (1 of 8).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crossroads.evaluation import (
    PRF,
    Ratio,
    Report,
    Score,
    evaluate_text,
    main_eval,
    prf,
    ratio,
    render,
)

FIXTURE = Path(__file__).parent / "data" / "eval"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_text("test", FIXTURE)


def test_precision_recall_and_f1_follow_the_textbook_arithmetic() -> None:
    counts = prf([True, True, False, False, True], [True, True, True, False, False])
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)
    lopsided = PRF(tp=2, fp=1, fn=0)
    assert lopsided.f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))  # 0.8


def test_nothing_predicted_counts_as_zero_not_as_an_error() -> None:
    assert PRF(0, 0, 3).precision == 0.0
    assert PRF(0, 0, 0).f1 == 0.0
    assert Ratio(0, 0).value is None


def test_a_ratio_counts_only_the_selected_items() -> None:
    share = ratio([True, False, True, True], [True, True, False, True])
    assert (share.hits, share.total) == (2, 3)


def test_keyword_baseline_review_figures_match_the_hand_count(report: Report) -> None:
    review = report.review

    def cell(key: str) -> object:
        return review.row(key).cells["keywords"]

    assert cell("flag.threat") == PRF(1, 0, 0)
    assert cell("flag.neediness") == PRF(1, 0, 0)
    assert cell("flag.blame") == PRF(1, 0, 0)
    assert cell("flag.guilt_trip") == PRF(0, 0, 1)
    assert cell("flag.jealousy_bait") == PRF(0, 1, 0)
    assert cell("flag.over_promise") == PRF(0, 1, 0)
    keyword_macro = review.row("macro_f1").cells["keywords"]
    assert isinstance(keyword_macro, Score)
    assert keyword_macro.value == pytest.approx(3 / 7)
    assert cell("any_flag") == PRF(3, 1, 1)
    assert cell("clean_false_alarms") == Ratio(1, 3)
    assert cell("verdict_agreement") == Ratio(5, 7)
    assert cell("strength.owns_part") == PRF(1, 0, 0)


def test_keyword_baseline_screen_figures_match_the_hand_count(report: Report) -> None:
    screen = report.screen

    def cell(key: str) -> object:
        return screen.row(key).cells["keywords"]

    assert cell("urgent_as_urgent") == Ratio(2, 2)
    assert cell("urgent_at_least_check_in") == Ratio(2, 2)
    assert cell("check_in_recall") == Ratio(1, 2)
    assert cell("none_false_alarms") == Ratio(1, 6)
    assert cell("level_exact") == Ratio(8, 10)
    assert cell("abuse_recall") == Ratio(1, 2)
    assert cell("abuse_false_alarms") == Ratio(1, 8)


def test_every_baseline_sits_beside_the_product_and_missing_tasks_say_n_a(
    report: Report,
) -> None:
    for section in (report.review, report.screen):
        assert section.systems == ("product", "keywords", "vader", "rrt-advocate")
    assert all(cell is not None for cell in report.screen.row("urgent_as_urgent").cells.values())
    assert report.review.row("flag.threat").cells["rrt-advocate"] is None
    assert report.screen.row("abuse_recall").cells["vader"] is None
    assert report.screen.row("abuse_recall").cells["rrt-advocate"] is None
    table = render(report)
    for name in ("product", "keywords", "vader", "rrt-advocate", "n/a", "macro-F1"):
        assert name in table


def test_the_product_keeps_every_span_inside_its_draft(report: Report) -> None:
    assert report.review.row("spans_inside_text").cells["product"] == Ratio(7, 7)


def test_the_json_report_has_one_row_per_metric_and_one_cell_per_system(
    report: Report,
) -> None:
    document = json.loads(json.dumps(report.to_json()))
    assert document["split"] == "test"
    assert set(document) >= {"review", "screen", "baselines", "misses"}
    review_rows = document["review"]["rows"]
    assert {
        f"flag.{name}"
        for name in (
            "threat",
            "guilt_trip",
            "over_promise",
            "jealousy_bait",
            "self_abasement",
            "neediness",
            "blame",
        )
    } <= set(review_rows)
    threat = review_rows["flag.threat"]["cells"]["keywords"]
    assert set(threat) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert review_rows["flag.threat"]["cells"]["rrt-advocate"] is None
    recall = document["screen"]["rows"]["abuse_recall"]
    assert recall["target"] == {"goal": "at_least", "value": 0.9}
    assert recall["status"] in ("PASS", "MISS")
    assert set(recall["cells"]["keywords"]) == {"value", "hits", "total"}


def test_main_eval_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_eval("test", as_json=True, data_dir=FIXTURE) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["screen"]["size"] == 10


def test_main_eval_refuses_an_unknown_split_or_missing_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main_eval("holdout", data_dir=FIXTURE) == 2
    assert "holdout" in capsys.readouterr().err
    assert main_eval("dev", data_dir=tmp_path) == 2
    assert "no labeled data" in capsys.readouterr().err


def test_the_product_never_imports_the_evaluation_only_dependencies() -> None:
    code = (
        "import sys, crossroads.evaluation, crossroads.core.text.review, "
        "crossroads.core.text.screen\n"
        "from crossroads.core.text.review import review_draft\n"
        "review_draft('I need to see you tonight')\n"
        "loaded = [m for m in ('vaderSentiment', 'rrt_advocate') if m in sys.modules]\n"
        "print(','.join(loaded))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""
