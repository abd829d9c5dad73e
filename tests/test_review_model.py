"""The draft review's learned layer: static vectors, logistic heads, and how they join the rules."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossroads.core.text import review_model
from crossroads.core.text.review import DraftReview, review_draft, review_texts
from crossroads.core.text.review_patterns import FLAG_CATEGORIES, FLAG_IDS, STRENGTH_CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "review"
PACKAGE = ROOT / "src" / "crossroads"
# Every file bench/train_review.py reads (dev for thresholds).
TRAINING_FILES = ("train", "more", "train2", "train3", "blind", "blind2", "blind3", "blind4",
                  "train5", "train6", "train7", "blind5", "train8", "train9", "train10",
                  "dev")


def load(split: str) -> list[dict[str, Any]]:
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def model_flags(result: DraftReview) -> list[str]:
    return [flag.category for flag in result.flags if flag.key == "model"]


def check_spans(text: str, result: DraftReview) -> None:
    for item in (*result.flags, *result.strengths):
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end].strip() == text[item.start:item.end]


# --- the files ----------------------------------------------------------------------------------


def test_the_model_loads_from_files_inside_the_package() -> None:
    for path in (review_model.STATIC_PATH, review_model.HEADS_PATH, review_model.VOCAB_PATH):
        assert path.is_file()
        assert path.resolve().is_relative_to(PACKAGE.resolve())
    model = review_model.load()
    assert set(model.thresholds) == {*FLAG_CATEGORIES, *STRENGTH_CATEGORIES}
    assert model.embedder.dims == review_model.load().heads.weights.shape[0]


def test_the_shipped_model_files_stay_small() -> None:
    sizes = [review_model.STATIC_PATH.stat().st_size, review_model.HEADS_PATH.stat().st_size]
    assert sum(sizes) < 10_000_000


def test_the_npz_files_are_declared_as_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"**/*.npz"' in pyproject


def test_importing_the_review_does_not_load_the_model() -> None:
    code = (
        "import crossroads.core.text.review, sys\n"
        "from crossroads.core.text import review_model\n"
        "assert not review_model.is_loaded()\n"
        "assert 'tokenizers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the sentence units and vectors --------------------------------------------------------------


def test_sentences_are_trimmed_spans_of_the_text() -> None:
    text = "  Hi there.  You'll be sorry!!\n\nok  "
    pieces = [text[u.start:u.end] for u in review_model.units(text)]
    assert pieces == ["Hi there.", "You'll be sorry!!", "ok"]


def test_punctuation_and_emoji_alone_are_not_sentences() -> None:
    assert review_model.units("... !!! 😢😢 ?") == []


def test_a_sentence_vector_is_normalized_and_close_for_close_meanings() -> None:
    embedder = review_model.load().embedder
    a, b, c = embedder.embed(["I will call you tonight", "I'll phone you this evening",
                              "The tax form is due on Friday"])
    assert abs(float((a * a).sum()) - 1.0) < 1e-4
    assert float(a @ b) > float(a @ c)


def test_text_with_no_known_piece_gives_a_zero_vector() -> None:
    vectors = review_model.load().embedder.embed(["", "   "])
    assert not vectors.any()


# --- joining the rules --------------------------------------------------------------------------


def test_a_model_flag_covers_one_sentence_and_explains_itself() -> None:
    flagged = 0
    for row in load("fresh"):
        text = row["text"]
        result = review_draft(text)
        check_spans(text, result)
        texts = review_texts("en")
        for flag in result.flags:
            if flag.key != "model":
                continue
            flagged += 1
            assert flag.ids == FLAG_IDS[flag.category]
            assert flag.why == texts.categories[flag.category].why
            assert flag.instead == texts.categories[flag.category].instead
            assert any(u.start <= flag.start and flag.end <= u.end
                       for u in review_model.units(text))
    assert flagged >= 1


def test_the_rules_stay_authoritative_for_their_own_phrases() -> None:
    text = "You're going to regret this. I'll make sure of it."
    result = review_draft(text)
    rule_spans = {(f.start, f.end) for f in result.flags if f.key != "model"}
    for flag in result.flags:
        if flag.key == "model":
            assert not any(s < flag.end and flag.start < e for s, e in rule_spans
                           if flag.category == "threat")


@pytest.mark.parametrize("text", [
    "I'm not going to beg you to come back.",
    "I won't show up at your work, I promise.",
    "I'd never keep the kids from you.",
    "I don't think you're a bad person.",
])
def test_negation_the_rules_read_is_not_overruled(text: str) -> None:
    assert review_draft(text).flags == ()


CLEAN = [
    "Happy birthday. I hope today is kind to you.",
    "Can you pick Leo up from swimming at five on Thursday?",
    "The landlord wants the keys back by the end of the month.",
    "I'm sad, and I respect your decision.",
    "I told my sister we separated. She sends her love.",
    "Thank you for the photos of the kids at the beach.",
    "I know I was short with you when things got hard. I'm sorry for that.",
    "If you'd ever like to talk things through, I'm open to it. If not, I understand.",
    "Your mail keeps arriving here, should I forward it to your new address?",
    "I hope the new job is going well.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_drafts_stay_clean(text: str) -> None:
    result = review_draft(text)
    assert result.flags == ()
    assert result.verdict == "ready"


# --- odd input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "",
    " ",
    "\n\n\n",
    "...",
    "😢😢😢",
    "😢. 😡! 🙏?",
    "you'll regret this 😏😏😏",
    "\u0000\u0001 hi",
    "lone \ud800 surrogate. You will regret this",
    "İİİ ß ﬁ you'll regret this",
    "a" * 5000,
    "Please. " * 700,
    ("I need you. " * 300) + "You will regret leaving.",
    "word " * 1000,
])
def test_odd_input_never_crashes_and_spans_stay_inside(text: str) -> None:
    result = review_draft(text)
    for item in (*result.flags, *result.strengths):
        assert 0 <= item.start < item.end <= len(text)
    json.dumps(result.to_json())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from([
        "I'll change.", "please answer", "you ruined it", "someone asked me out 😏",
        "i'm nothing", "or else", "\n", ". ", "!!", "I'm sorry I yelled.", "no pressure",
    ]),
), max_size=12).map(" ".join))
def test_spans_stay_inside_any_text_with_the_model_on(text: str) -> None:
    check_spans(text, review_draft(text))


# --- measured on drafts in new phrasing ----------------------------------------------------------


def scores(rows: list[dict[str, Any]], model: bool) -> tuple[float, float]:
    counts: dict[str, Counter[str]] = {c: Counter() for c in FLAG_CATEGORIES}
    clean = flagged = 0
    for row in rows:
        gold = set(row["categories"])
        found = {f.category for f in review_draft(row["text"], model=model).flags}
        for category in FLAG_CATEGORIES:
            key = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
                (category in gold, category in found))
            if key:
                counts[category][key] += 1
        if not gold:
            clean += 1
            flagged += bool(found)
    f1 = [2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0
          for c in counts.values()]
    return sum(f1) / len(f1), flagged / clean


def test_the_model_never_costs_recall_on_fresh_drafts_nor_flags_clean_ones() -> None:
    """data/review/fresh.jsonl is never trained on (since session 2 it is a second dev set).

    In session 1 the layer added about 0.03 macro-F1 over the rules here; once the rules
    were widened in session 2 they explain almost all it found (0.883 rules, 0.885 both,
    also after training on train3). Session 3's word pairs and F1 thresholds: 0.917 both,
    1/29 clean drafts flagged. Session 5, retrained on four more files: 0.891 and 2/29, then
    0.918 and 1/29 once train7.jsonl (clean look-alikes, asked for after those two flags were
    seen, so this figure flatters) was added.
    """
    rows = load("fresh")
    assert len(rows) >= 60
    rules_f1, _ = scores(rows, model=False)
    both_f1, both_clean = scores(rows, model=True)
    assert both_f1 >= rules_f1
    assert both_f1 >= 0.91
    assert both_clean <= 0.05


def test_the_model_keeps_dev_drafts_as_the_rules_had_them() -> None:
    rows = load("dev")
    both_f1, both_clean = scores(rows, model=True)
    assert both_f1 >= 0.95
    assert both_clean <= 0.02


# blind6.jsonl was committed in session 5 and measured in session 6, blind7.jsonl in session 6
# (the review has not been trained on it yet); blind8.jsonl and blind9.jsonl were committed in
# sessions 7 and 8 before anything was measured on them.
@pytest.mark.parametrize("split", ["fresh", "blind6", "blind7", "blind8", "blind9"])
def test_the_held_out_drafts_are_well_formed_and_not_in_any_training_file(split: str) -> None:
    held_out = load(split)
    seen = {row["text"] for name in TRAINING_FILES for row in load(name)}
    for row in held_out:
        assert set(row["categories"]) <= set(FLAG_CATEGORIES)
        assert set(row["strengths"]) <= set(STRENGTH_CATEGORIES)
        assert row["text"] not in seen
    assert sum(not row["categories"] for row in held_out) >= 20
