"""The draft review (`crossroads review`): what it flags, what it lets through, and why."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossroads.core.text import review
from crossroads.core.text.normalize import fold
from crossroads.core.text.review import DraftReview, review_draft, review_texts
from crossroads.core.text.review_patterns import (
    FLAG_CATEGORIES,
    FLAG_IDS,
    FLAG_PATTERNS,
    STRENGTH_CATEGORIES,
    STRENGTH_PATTERNS,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "review"


def categories(text: str) -> set[str]:
    return {flag.category for flag in review_draft(text).flags}


def strengths(text: str) -> set[str]:
    return {strength.category for strength in review_draft(text).strengths}


def evidence(text: str, category: str) -> list[str]:
    return [text[f.start:f.end] for f in review_draft(text).flags if f.category == category]


# --- one category at a time, with the near-misses that must stay clean -----------------------

FLAGGED = [
    ("threat", "If you leave, you'll never see the kids again."),
    ("threat", "you will regret this, trust me"),
    ("threat", "Come home by Sunday or we're done for good."),
    ("threat", "I'll tell your mother exactly what you did."),
    ("threat", "Walk out and you won't get a single penny from me."),
    ("guilt_trip", "After everything I did for you, this is how you repay me?"),
    ("guilt_trip", "I can't eat, I can't sleep. I hope you're happy."),
    ("guilt_trip", "The kids cry every night since you left."),
    ("over_promise", "I'll change everything, I promise."),
    ("over_promise", "It will never happen again, ever."),
    ("over_promise", "We'll be better than ever, I swear."),
    ("jealousy_bait", "Guess who asked me out today 😏"),
    ("jealousy_bait", "I've been seeing someone. He actually listens."),
    ("self_abasement", "I'm begging you, I'll do anything."),
    ("self_abasement", "It was all my fault, every bit of it."),
    ("self_abasement", "I'm nothing without you."),
    ("neediness", "Why aren't you answering me??"),
    ("neediness", "I need to see you tonight."),
    ("neediness", "please please please text me back"),
    ("blame", "This is all your fault."),
    ("blame", "You're a selfish coward."),
    ("blame", "You ruined everything we had."),
    # Veiled warnings and stock contempt (session 4).
    ("threat", "Go ahead and block me. You'll see what happens."),
    ("threat", "Think hard about how you want this to play out."),
    ("threat", "It would be a shame if your boss heard about that night."),
    ("threat", "Either you tell your parents by Sunday or I will."),
    ("threat", "I'm done being nice about the flat."),
    ("threat", "I've still got the key to your place, just so you know."),
    ("guilt_trip", "Don't worry about me though, I'll just eat Christmas dinner on my own then."),
    ("guilt_trip", "Guess I was never worth the effort."),
    ("blame", "You didn't even have the decency to call."),
    ("blame", "Funny how you always had time for your friends."),
]


@pytest.mark.parametrize(("category", "text"), FLAGGED)
def test_it_flags_what_the_method_warns_against(category: str, text: str) -> None:
    assert category in categories(text)


NEAR_MISSES = [
    # Hard topics named sincerely are not threats or guilt trips (C2, C3).
    "I know the kids miss you, can we talk about a schedule?",
    "I'm sad, and I respect your decision.",
    "The lawyer says we should split the savings evenly. Does that seem fair?",
    "I told my sister we separated. She sends her love.",
    "I'll tell the kids you said hi.",
    "If you don't mind, I'll grab my records on Saturday.",
    # Promises that are not sweeping vows (C4).
    "I'll never forget our trip to Lisbon. Thank you for that.",
    "I promise I'll return your books by Friday.",
    "I'm not going to pretend I'll become a different person overnight, but I'm working on it.",
    # Other people mentioned without baiting (C5).
    "My friend asked me out and I said no, I'm not ready. Can you grab Mia at 3?",
    "I was sad to hear about you and Chris. I hope he treats you well.",
    # Refusing to beg is the opposite of begging (C6).
    "I'm not going to beg. I just want to say sorry for the way I spoke to you.",
    "I don't blame you for leaving. I wasn't easy to live with.",
    # Logistics are not neediness (D11).
    "I need you to sign the tax form by Friday.",
    "Please call the vet back about Max's surgery.",
    "Sorry I didn't answer yesterday, my phone died.",
    # Naming a hurt is not blaming (E3).
    "I don't think you're a bad person. We were bad at being together.",
    "I used to think it was all your fault. I don't anymore.",
    # Stock phrases in their harmless senses (session 4).
    "Let's try the new schedule for a month and see what happens.",
    "Think carefully about what you want for the holidays and let me know.",
    "I'd hate for the kids to miss the school play, can you swap weekends?",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_it_leaves_sincere_messages_alone(text: str) -> None:
    assert categories(text) == set()


def test_a_memory_is_not_a_promise_but_never_again_still_is() -> None:
    def memory_guards(text: str) -> list[str]:
        found = review.rule_findings(text)
        return [text[hit.start:hit.end] for hit in found.defused if hit.key == "memory"]

    assert memory_guards("I'll never forget our trip to Lisbon.") == ["I'll never forget"]
    assert memory_guards("i will always remember how kind you were to my dad") == [
        "i will always remember"]
    assert memory_guards("I'll never forget your birthday again, I swear.") == []


def test_refusing_to_beg_counts_as_respecting_their_choice() -> None:
    assert "respects_choice" in strengths("I won't push. Take all the time you need.")


def test_a_message_can_carry_several_categories() -> None:
    text = "I'm sorry, it was all me, I'll change everything, please just come back, I need you"
    assert {"self_abasement", "over_promise", "neediness"} <= categories(text)


def test_one_span_can_carry_two_categories() -> None:
    result = review_draft("I'll show up at your work every day until you talk to me.")
    spans = {(f.start, f.end) for f in result.flags}
    assert {"threat", "neediness"} <= result.categories
    assert len(spans) >= 1


def test_the_evidence_is_the_phrase_itself() -> None:
    text = "Hi. You're going to regret this. Anyway, the kids are fine."
    assert evidence(text, "threat") == ["You're going to regret"]


def test_typos_and_missing_capitals_are_read_too() -> None:
    assert "neediness" in categories("why wont u answer me")
    assert "threat" in categories("if u dont come back ill tell everyone what u did")
    assert "self_abasement" in categories("im nothing without u")


# --- strengths ----------------------------------------------------------------------------


def test_it_notices_what_the_draft_does_well() -> None:
    text = (
        "I know I shut down when we argued, and I'm sorry for that. Would you be open to "
        "talking with a counselor? If not, I'll respect it."
    )
    assert strengths(text) == {"owns_part", "invites_talk", "respects_choice"}
    assert categories(text) == set()


def test_taking_all_the_blame_is_not_owning_a_part() -> None:
    assert "owns_part" not in strengths("I'm sorry I yelled. It was all my fault, all of it.")


# --- verdict --------------------------------------------------------------------------------


def test_a_threat_puts_the_draft_on_hold() -> None:
    assert review_draft("Come back or else.").verdict == "hold"


def test_urgent_self_harm_puts_the_draft_on_hold_even_without_flags() -> None:
    result = review_draft("I'm going to kill myself tonight.")
    assert result.self_harm == "urgent"
    assert result.verdict == "hold"


def test_other_flags_ask_for_a_revision() -> None:
    assert review_draft("Why aren't you answering me?").verdict == "revise"


def test_a_clean_draft_is_ready() -> None:
    result = review_draft("Happy birthday. I hope today is kind to you.")
    assert result.verdict == "ready"
    assert result.flags == ()


@pytest.mark.parametrize("text", [
    "My ex hit me and I still want him back.",
    "I don't want to be here anymore without you.",
    "Happy birthday.",
])
def test_it_carries_the_duty_of_care_screen_of_the_same_text(text: str) -> None:
    from crossroads.core.text.screen import screen_text

    screened, reviewed = screen_text(text), review_draft(text)
    assert (reviewed.self_harm, reviewed.abuse) == (screened.self_harm, screened.abuse)


# --- the contract ---------------------------------------------------------------------------


def test_the_json_has_exactly_the_contract_fields() -> None:
    answer = review_draft("You'll regret this. I'm sorry I yelled at you.").to_json()
    assert set(answer) == {"verdict", "flags", "strengths", "self_harm", "abuse"}
    flag = answer["flags"][0]
    assert set(flag) == {"category", "start", "end", "ids", "why", "instead"}
    assert flag["ids"] == ["C2", "D7"]
    assert set(answer["strengths"][0]) == {"category", "start", "end"}
    json.dumps(answer)


def test_every_flag_explains_itself_in_one_sentence_and_offers_a_better_way() -> None:
    for text, _category in ((t, c) for c, t in FLAGGED):
        for flag in review_draft(text).flags:
            assert flag.why.endswith(".") and flag.why.count(". ") == 0
            assert len(flag.instead) > 20
            assert flag.ids == FLAG_IDS[flag.category]


def test_the_texts_cover_every_category_and_only_known_pattern_keys() -> None:
    texts = review_texts("en")
    assert set(texts.categories) == set(FLAG_CATEGORIES)
    for category, words in texts.categories.items():
        keys = {pattern.key for pattern in FLAG_PATTERNS[category]}
        assert set(words.variants) <= keys, category


def check_invariants(text: str, result: DraftReview) -> None:
    for item in (*result.flags, *result.strengths):
        assert 0 <= item.start < item.end <= len(text)
    assert {s.category for s in result.strengths} <= set(STRENGTH_CATEGORIES)
    has_threat = any(flag.category == "threat" for flag in result.flags)
    if result.self_harm == "urgent" or has_threat:
        assert result.verdict == "hold"
    elif result.flags:
        assert result.verdict == "revise"
    else:
        assert result.verdict == "ready"


WORDS = st.sampled_from([
    "you", "u", "I'll", "never", "again", "regret", "kids", "please", "answer", "me", "fault",
    "all", "my", "your", "begging", "date", "asked", "out", "or", "else", "!", "?", "??", ",",
    ".", "\n", "İ", "ß", "😏", "’", "“", "I’m", "nothing", "without", "tonight", "need", "see",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join)))
def test_any_text_gives_a_consistent_review_with_spans_inside_it(text: str) -> None:
    result = review_draft(text)
    check_invariants(text, result)
    assert set(result.to_json()) == {"verdict", "flags", "strengths", "self_harm", "abuse"}


def test_spans_stay_inside_texts_whose_lowercase_changes_length() -> None:
    text = "İİİ you'll regret this ß"
    result = review_draft(text)
    check_invariants(text, result)
    assert len(fold(text)) == len(text)


# --- the labeled drafts ---------------------------------------------------------------------


def load(split: str) -> list[dict[str, Any]]:
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("split", sorted(path.stem for path in DATA.glob("*.jsonl")))
def test_the_labeled_drafts_are_well_formed(split: str) -> None:
    rows = load(split)
    for row in rows:
        assert set(row) <= {"text", "categories", "strengths", "note"}
        assert row["text"].strip()
        assert set(row["categories"]) <= set(FLAG_CATEGORIES)
        assert set(row["strengths"]) <= set(STRENGTH_CATEGORIES)
    clean = sum(1 for row in rows if not row["categories"])
    assert clean / len(rows) >= 0.25


def scores(split: str) -> tuple[dict[str, float], float, float]:
    counts: dict[str, Counter[str]] = {c: Counter() for c in FLAG_CATEGORIES}
    clean = false_alarms = 0
    for row in load(split):
        gold, found = set(row["categories"]), categories(row["text"])
        for category in FLAG_CATEGORIES:
            outcome = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
                (category in gold, category in found)
            )
            if outcome:
                counts[category][outcome] += 1
        if not gold:
            clean += 1
            false_alarms += bool(found)
    f1 = {}
    for category, c in counts.items():
        f1[category] = 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0
    return f1, sum(f1.values()) / len(f1), false_alarms / clean


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_review_meets_its_targets_on_held_out_drafts(split: str) -> None:
    """The rules were written while reading dev (and reach about 1.0 there), so these splits
    flatter them; drafts in new phrasing score lower (rules alone about 0.75 macro-F1 on
    data/review/fresh.jsonl). tests/test_review_model.py measures that set, rules against
    rules plus the learned layer."""
    per_category, macro_f1, false_alarm_rate = scores(split)
    assert macro_f1 >= 0.90, per_category
    assert false_alarm_rate <= 0.05


# Floors on the unseen drafts: (macro-F1, clean drafts flagged), rules + learned layer, as
# last measured; each file's misses were never read. (The unseen sets before them, blind to
# blind5, are training files now; their history is in docs/model-card.md.)
#
# blind6.jsonl: 120 drafts by a writer who saw only the labeling guidelines, committed in
# session 5 before anything was measured on it. Session 5's product: 0.85, 2/42; retrained
# in session 6: 0.88 (threat F1 0.90 to 0.97, guilt trips 0.74 to 0.69), 2/42. A diagnostic
# set since (docs/model-card.md says why).
#
# blind7.jsonl: 120 drafts by one more writer, committed in session 6 before anything was
# measured on it and measured once, at the end of session 6. Session 5's product: 0.80,
# 2/42; session 6's (1,020 more training drafts): 0.78 (guilt trips 0.84 to 0.71), 3/42.
# Its misses were read in session 7; the review's next training run takes it in.
#
# blind8.jsonl: 120 drafts by one more writer, committed in session 7 before anything was
# measured on it; the review was not retrained in session 7, so its one measurement is of
# session 6's product: 0.86 (threats 0.77, guilt trips 0.73), 2/42.
#
# blind9.jsonl: 120 drafts by one more writer, committed in session 8 before anything was
# measured on it; the review's retraining was not adopted in session 8, so this is session
# 6's heads again: 0.89 (threats 0.75: recall 0.60 at precision 1.00), 1/42.
UNSEEN_FLOORS = {"blind6": (0.87, 2 / 42), "blind7": (0.78, 3 / 42), "blind8": (0.85, 2 / 42),
                 "blind9": (0.88, 1 / 42)}
UNSEEN_MISSED = {
    "blind6": "macro-F1 0.88 (target 0.90): guilt trips in wording nobody on the project had "
    "seen are found about half the time (recall 0.56, F1 0.69); clean drafts 2/42 flagged",
    "blind7": "macro-F1 0.78 (target 0.90): threats, guilt trips and blame in wording nobody "
    "on the project had seen are found about half the time (recall 0.44, 0.59, 0.62); clean "
    "drafts 3/42 flagged (target 5 %)",
    "blind8": "macro-F1 0.86 (target 0.90): threats and guilt trips in wording nobody on the "
    "project had seen are found two times in three (recall 0.62, 0.69)",
    "blind9": "macro-F1 0.89 (target 0.90): threats in wording nobody on the project had seen "
    "are found three times in five (recall 0.60)",
}


@pytest.mark.parametrize("split", sorted(UNSEEN_FLOORS))
def test_the_unseen_drafts_stay_at_least_where_they_were_measured(split: str) -> None:
    floor, clean_flagged = UNSEEN_FLOORS[split]
    per_category, macro_f1, false_alarm_rate = scores(split)
    assert macro_f1 >= floor, per_category
    assert false_alarm_rate <= clean_flagged + 1e-9


@pytest.mark.parametrize("split", [
    pytest.param(split, marks=pytest.mark.xfail(strict=True, reason=f"{split}: {reason}"))
    for split, reason in sorted(UNSEEN_MISSED.items())
])
def test_the_unseen_drafts_meet_the_targets(split: str) -> None:
    _, macro_f1, false_alarm_rate = scores(split)
    assert macro_f1 >= 0.90
    assert false_alarm_rate <= 0.05


def test_every_span_in_the_labeled_drafts_is_inside_its_text() -> None:
    for path in sorted(DATA.glob("*.jsonl")):
        for row in load(path.stem):
            check_invariants(row["text"], review_draft(row["text"]))


# --- speed and the anchor shortcut ----------------------------------------------------------


def test_the_stored_anchors_match_the_patterns() -> None:
    from tests.review_anchors import all_anchors

    stored = json.loads(
        (Path(review.__file__).parent / "review_anchors.json").read_text(encoding="utf-8")
    )
    assert stored == all_anchors(), "run: .venv/bin/python tests/review_anchors.py"


def test_skipping_patterns_by_anchor_never_changes_what_is_found() -> None:
    groups = (*FLAG_PATTERNS.values(), *STRENGTH_PATTERNS.values())
    for split in ("train", "dev", "test"):
        for row in load(split):
            folded = fold(row["text"])
            for patterns in groups:
                with_anchors = review._find(patterns, folded)
                without = review._find(patterns, folded, use_anchors=False)
                assert with_anchors == without, row["text"]
