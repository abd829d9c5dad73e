"""The duty-of-care screen (S1, S2, B9, A7, A8): hand-picked cases per level, and measured
figures on the labeled splits in data/screen/ as a regression guard. ``screen_text`` is the
full screen (rules + learned layer); tests/test_screen_model.py covers the learned layer."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from crossroads.core.result import ScreenResult
from crossroads.core.text import screen_many, screen_text
from crossroads.core.text.normalize import fold, normalize, split_sentences
from crossroads.core.text.screen import screen_rules

DATA = Path(__file__).resolve().parents[1] / "data" / "screen"


# -- hand-picked cases -----------------------------------------------------------------------

URGENT = [
    "I want to kill myself",
    "i wanna kms",
    "I no longer want to live.",
    "I don't want to be alive anymore.",
    "I've been stockpiling my pills for weeks.",
    "I've written a note for my kids and picked the night.",
    "I cut myself again last night.",
    "thinking about hanging myself in the garage",
    "im going to end my life tonight",
    "i want to dieeee",
    "I can't stop thinking about killing myself.",
    "lol i'm fine, just going to take every pill in the cabinet tonight",
]
CHECK_IN = [
    "I can't live without him.",
    "Everyone would be better off without me.",
    "I wish I could go to sleep and never wake up.",
    "What's the point of living anymore?",
    "I feel completely hopeless.",
    "I gave away my cat and my guitar, I won't need them anymore.",
    "I feel like such a burden to my family.",
    "I wish I had never been born.",
    "I'm not saying I'm suicidal, but I think about dying a lot lately.",
]
FIGURES_AND_SADNESS = [
    "this is killing me",
    "I could kill him for forgetting my birthday",
    "dying to know who she is",
    "LMAO he liked my post from 2019 i'm dead 💀",
    "I'd rather die than text him first.",
    "I'm bored to death without him.",
    "That dress is to die for.",
    "I killed it at my presentation today.",
    "My phone died right when he called.",
    "I miss him so much it physically hurts.",
    "I'm heartbroken and I cry every night.",
    "I'm done with him for good.",
    "I want to end it with him face to face.",
    "I'm tired of waiting for him to text.",
]
NEGATED = [
    "I'm not suicidal, just sad.",
    "I would never kill myself, my kids need me.",
    "I don't want to die, I want this to hurt less.",
    "Killing myself has never crossed my mind.",
    "I'd never do anything to harm myself.",
]
ABOUT_SOMEONE_ELSE_IN_FICTION_OR_PAST = [
    "the movie where he kills himself",
    "The book I'm reading is about a man who kills himself.",
    "My uncle died by suicide and I think of him since the breakup.",
    "I went to a suicide prevention training at work today.",
]
ABUSE = [
    "he hit me last night",
    "He checks my phone every night.",
    "He controls my money and gives me an allowance.",
    "He won't let me see my friends.",
    "He makes me feel like I'm crazy.",
    "He keeps showing up outside my flat.",
    "He threatened to post my private photos if I didn't come back.",
    "I walk on eggshells around him.",
    "I'm scared of him.",
    "he never hit me but he threw things at me",
]
NOT_ABUSE = [
    "he never hit me",
    "We argued a lot.",
    "He left me for someone else.",
    "She cheated on me and lied about it.",
    "It hit me hard when he left.",
    "hit me up later",
    "He pushed me to go to therapy, which was good.",
    "I keep stalking her instagram.",
    "I check my phone constantly hoping he texted.",
    "My dad hit me as a kid and I'm working on that in therapy.",
    "He hurt me so much when he left.",
]


# Veiled wording (families added after a batch of texts in new phrasing): acquiring or holding
# the means, self-injury just done, going to the place, a decision and a day, farewell letters.
VEILED_URGENT = [
    "got two boxes of paracetamol from different pharmacies so no one would ask",
    "my tablets are hidden in a sock, I've been saving them for weeks",
    "blade in hand",
    "made some small cuts on my arm after he called",
    "swallowed half a strip of sleeping tablets",
    "Walked to the bridge again tonight and worked out the drop.",
    "I left letters for my brother and dad. They'll find them once I'm gone.",
    "I've decided. I'm going to do it on Saturday while everyone is out.",
    # Session 4: research, doses worked out, a date settled with affairs in order, a note for after.
    "up half the night reading about which methods are the least painful",
    "I've been working out the doses from the leaflet.",
    "Everything is arranged. My affairs are in order and I have settled on a day.",
    "wrote a long note to my mum so she understands, for when I'm gone",
]
INDIRECT_CHECK_IN = [
    "Kind of disappointed I woke up again today.",
    "I wouldn't fight it if something happened to me in my sleep.",
    "I'm just a drain on everyone around me.",
    "I can't imagine any future for myself.",
    "My sister keeps saying she wants to disappear.",
    "i keep picturing the people at my funeral and feeling relieved",
    # Session 4: no point carrying on, lived long enough, nothing to look forward to, not getting
    # up, not coming home, the children better off elsewhere, not caring if it stops.
    "Honestly I don't see much point in going on at my age.",
    "I think I've lived long enough, if I'm truthful.",
    "i cant think of one thing left to look forward to",
    "Some days it would be a relief if I just never got up.",
    "part of me hopes this trip is the one I don't come back from",
    "the girls would probably be better off with their gran",
    "don't even care if it all ends",
]
LOOKALIKES = [
    "I've decided. I'm keeping the flat.",
    "Sorry to whoever reads this long rant.",
    "Bought a new kitchen knife, the old one was blunt.",
    "Swallowed half a bottle of wine and fell asleep on the sofa.",
    "My doctor asked whether I'd thought about suicide. I said no, I'm just exhausted.",
    # Session 8, from out-of-fold false alarms: a question asked again, an answer given
    # with "truthfully", a denial of "thoughts".
    "the nurse asks every time if I've had thoughts of hurting myself. No, just the grief.",
    "Counsellor asked whether I'd thought of harming myself. I told her honestly that I haven't.",
    "Note for my GP appointment: no thoughts of harming myself, just can't sleep.",
    "My brother tried to take his life years ago; he's doing well now.",
    "I gave my books to my sister, she loves thrillers.",
    "The heroine wants to die in chapter three and I had to put the book down.",
    "We settled on a date for the house move, finally.",
    "I've lived long enough to know he won't change.",
    "Sat on the bridge for a while watching the rowers.",
    "I can't think of anything to look forward to this weekend, it's all work.",
    "It would be fine if I didn't get up early on Sunday for once.",
    "I don't care if it stops raining, I'm going out anyway.",
]
SECOND_PERSON_AND_VEILED_ABUSE = [
    "you shoved me into the wardrobe door",
    "you read my texts every night while I slept",
    "you told me I was imagining it every single time",
    "you made me beg for money for the kids' shoes",
    "He keeps my passport in his desk and says I don't need it.",
    "If I leave, she says she'll hurt herself, and it's all on me.",
    "He'd say it never happened and I'd end up apologising.",
]
NOT_ABUSE_LOOKALIKES = [
    "He checks my Instagram stories, whatever.",
    "She was controlling about the heating, that's all.",
    "He yelled at me when I scratched his car, which was fair.",
    "You always make me laugh, I miss that.",
]


@pytest.mark.parametrize("text", VEILED_URGENT)
def test_the_rules_read_veiled_means_rehearsal_and_farewells_as_urgent(text: str) -> None:
    assert screen_rules(text).self_harm == "urgent"


@pytest.mark.parametrize("text", INDIRECT_CHECK_IN)
def test_the_rules_ask_to_check_in_on_passive_wishes_and_a_lost_future(text: str) -> None:
    assert screen_rules(text).self_harm in ("check_in", "urgent")


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_of_the_veiled_wording_stay_none(text: str) -> None:
    assert screen_rules(text).self_harm == "none"


@pytest.mark.parametrize("text", [
    "my GP asks every time if I have thoughts of killing myself. I told her honestly yes.",
    "she asked again whether I'd hurt myself and I said no, but I have the pills ready",
])
def test_a_screening_question_answered_yes_or_hedged_still_counts(text: str) -> None:
    assert screen_rules(text).self_harm == "urgent"


@pytest.mark.parametrize("text", SECOND_PERSON_AND_VEILED_ABUSE)
def test_abuse_told_to_the_ex_in_the_second_person_or_veiled_is_recognized(text: str) -> None:
    assert screen_rules(text).abuse is True


@pytest.mark.parametrize("text", NOT_ABUSE_LOOKALIKES)
def test_public_posts_trifles_and_one_fair_outburst_are_not_abuse(text: str) -> None:
    assert screen_rules(text).abuse is False


def test_a_partners_threat_of_self_harm_is_leverage_not_the_writers_risk() -> None:
    result = screen_rules("Whenever I tried to go he'd say he'd jump off the bridge and I'd be to blame.")
    assert (result.self_harm, result.abuse) == ("none", True)


@pytest.mark.parametrize("text", URGENT)
def test_it_reads_explicit_thoughts_intent_plan_and_self_harm_as_urgent(text: str) -> None:
    assert screen_text(text).self_harm == "urgent"


@pytest.mark.parametrize("text", CHECK_IN)
def test_it_asks_to_check_in_on_indirect_signs(text: str) -> None:
    assert screen_text(text).self_harm in ("check_in", "urgent")


@pytest.mark.parametrize("text", FIGURES_AND_SADNESS)
def test_it_treats_figures_of_speech_and_ordinary_sadness_as_none(text: str) -> None:
    assert screen_text(text).self_harm == "none"


@pytest.mark.parametrize("text", NEGATED)
def test_it_respects_negation(text: str) -> None:
    assert screen_text(text).self_harm == "none"


@pytest.mark.parametrize("text", ABOUT_SOMEONE_ELSE_IN_FICTION_OR_PAST)
def test_it_does_not_flag_deaths_in_stories_or_past_losses(text: str) -> None:
    assert screen_text(text).self_harm == "none"


def test_a_friend_at_risk_asks_for_a_check_in_not_an_emergency() -> None:
    assert screen_text("my friend said she wants to die").self_harm == "check_in"


def test_a_past_attempt_with_recovery_is_still_a_check_in() -> None:
    text = "two years ago I tried to end my life, now I'm doing better"
    assert screen_text(text).self_harm == "check_in"


def test_a_past_attempt_that_is_happening_again_stays_urgent() -> None:
    text = "Years ago I tried to kill myself, and I'm thinking about it again this week."
    assert screen_text(text).self_harm == "urgent"


@pytest.mark.parametrize("text", ABUSE)
def test_it_recognizes_violence_threats_control_and_gaslighting(text: str) -> None:
    assert screen_text(text).abuse is True


@pytest.mark.parametrize("text", NOT_ABUSE)
def test_it_does_not_call_conflict_heartbreak_or_own_behavior_abuse(text: str) -> None:
    assert screen_text(text).abuse is False


def test_a_text_can_carry_both_abuse_and_urgent_self_harm() -> None:
    result = screen_text("He strangled me again. I want to end it all before he can.")
    assert (result.self_harm, result.abuse) == ("urgent", True)


def test_it_names_the_phrases_that_raised_a_level() -> None:
    result = screen_text("I can't live without him. He checks my phone.")
    assert any("live without him" in phrase for phrase in result.evidence)
    assert any("checks my phone" in phrase for phrase in result.evidence)


def test_an_empty_or_blank_text_is_none() -> None:
    assert screen_text("") == ScreenResult()
    assert screen_text("   \n ") == ScreenResult()


def test_screen_many_keeps_the_order() -> None:
    results = screen_many(["I want to die", "this is killing me", "he hit me"])
    assert [(r.self_harm, r.abuse) for r in results] == [
        ("urgent", False), ("none", False), ("none", True)
    ]


def test_a_very_long_text_is_read_to_the_end_quickly() -> None:
    text = "We talked about the house and the kids again. " * 400 + "I want to kill myself."
    start = time.perf_counter()
    assert screen_text(text).self_harm == "urgent"
    assert time.perf_counter() - start < 1.0


# -- normalization (shared with the draft review) ---------------------------------------------

def test_fold_keeps_every_offset() -> None:
    text = "He said “I’m DONE” — İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("he said \"i'm done\" -")


def test_normalize_expands_shorthand_and_shortens_stretched_letters() -> None:
    assert normalize("Im soooo done, dont care, kms") == "i'm soo done, don't care, kill myself"
    assert normalize("pleeeease", keep_repeats=1) == "please"


def test_split_sentences_cuts_on_end_marks_and_lines() -> None:
    assert split_sentences("one. two!\nthree?") == ["one", "two", "three"]


# -- measured figures on the labeled splits ----------------------------------------------------

# Every file bench/train_screen.py reads (dev for thresholds).
TRAINING_FILES = ("train", "more", "train2", "train3", "train4", "blind", "blind2", "blind3",
                  "blind4", "train5", "train6", "blind5", "train7", "train8", "train9",
                  "blind7", "train10", "train11", "dev")


@pytest.mark.parametrize("path", sorted(DATA.glob("*.jsonl")), ids=lambda path: path.stem)
def test_every_labeled_screen_file_is_well_formed(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows
    for row in rows:
        assert set(row) <= {"text", "self_harm", "abuse", "note"}
        assert str(row["text"]).strip()
        assert row["self_harm"] in ("none", "check_in", "urgent")
        assert isinstance(row["abuse"], bool)


# blind6.jsonl was committed in session 5 and measured in session 6; blind8.jsonl and
# blind9.jsonl were committed in sessions 7 and 8 before anything was measured on them.
@pytest.mark.parametrize("split", ["test", "fresh", "blind6", "blind8", "blind9"])
def test_the_held_out_texts_are_not_in_any_training_file(split: str) -> None:
    # Their form is checked with every other file, above.
    def texts(name: str) -> list[dict[str, object]]:
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    seen = {str(row["text"]).strip().lower() for name in TRAINING_FILES for row in texts(name)}
    held_out = texts(split)
    for row in held_out:
        assert str(row["text"]).strip().lower() not in seen
    assert {row["self_harm"] for row in held_out} == {"none", "check_in", "urgent"}

@dataclass(frozen=True)
class Figures:
    urgent_recall: float
    check_in_flagged: float
    none_false_alarms: float
    abuse_recall: float
    abuse_false_alarms: float
    ms_per_message: float


def measure(split: str) -> Figures:
    rows = [json.loads(line) for line in (DATA / f"{split}.jsonl").read_text().splitlines()]
    start = time.perf_counter()
    results = screen_many(row["text"] for row in rows)
    elapsed = (time.perf_counter() - start) * 1000 / len(rows)
    pairs = list(zip(rows, results, strict=True))

    def share(want: str, hit: tuple[str, ...]) -> float:
        picked = [result for row, result in pairs if row["self_harm"] == want]
        return sum(result.self_harm in hit for result in picked) / len(picked)

    abusive = [result.abuse for row, result in pairs if row["abuse"]]
    not_abusive = [result.abuse for row, result in pairs if not row["abuse"]]
    return Figures(
        urgent_recall=share("urgent", ("urgent",)),
        check_in_flagged=share("check_in", ("check_in", "urgent")),
        none_false_alarms=share("none", ("check_in", "urgent")),
        abuse_recall=sum(abusive) / len(abusive),
        abuse_false_alarms=sum(not_abusive) / len(not_abusive),
        ms_per_message=elapsed,
    )


def meets_targets(figures: Figures) -> bool:
    """The targets of issue 3."""
    return (
        figures.urgent_recall == 1.0
        and figures.check_in_flagged >= 0.95
        and figures.none_false_alarms <= 0.03
        and figures.abuse_recall >= 0.90
        and figures.abuse_false_alarms <= 0.05
    )


@pytest.mark.parametrize("split", ["train", "dev", "more", "train2"])
def test_the_splits_it_was_tuned_on_meet_the_targets(split: str) -> None:
    figures = measure(split)
    # more.jsonl: one veiled case is knowingly left to the model (looking up the timetable of
    # a train that does not stop), 38/39. train2.jsonl (session 2): 125/130, five veiled
    # cases ("I've picked the 14th" alone, hoarding read as recovery) no wording in it could
    # catch without alarms elsewhere.
    assert figures.urgent_recall >= (0.96 if split == "train2" else 0.97)
    assert figures.check_in_flagged >= 0.95
    assert figures.none_false_alarms <= 0.03
    assert figures.abuse_recall >= 0.95
    # The trainer's abuse budget (4 %, a point under the 5 % target); dev is at 6/198 since
    # session 7 (5/198 before).
    assert figures.abuse_false_alarms <= 0.04


# Floors on the held-out splits: (urgent read as urgent, check_in flagged, none false alarms,
# abuse recall, abuse false alarms), rules + learned layer, as last measured. They guard
# against getting worse; the history is in each comment.
#
# test.jsonl: measured after each round of changes, never tuned on. Session 1: 20/22,
# 20/23, 2/76, 26/27, 3/94, then 20/22, 21/23, 2/76, 26/27, 2/94. Session 2 (rules widened
# on train2.jsonl, heads retrained): 20/22, 21/23, 2/76, 24/27, 2/94 (the abuse threshold
# tightened on harder out-of-fold negatives); abuse budget at 4 %: 20/22, 21/23, 2/76,
# 26/27, 3/94; lexical heads, then a third training batch from new writers (train3):
# 20/22, 22/23, 1/76, 26/27, 3/94. Session 3 (a lower urgent bar beside a means or plan
# word): 21/22, 22/23, 1/76, 26/27, 3/94. Session 4 (rules read off blind2's misses, then
# the heads retrained with train4, blind and blind2 and every sentence of a negative text as a
# negative): 21/22, 22/23, 1/76, 26/27, 3/94 with the rules alone changed, then as below: one
# check_in text fewer is flagged (22/23 to 21/23), while blind3 gained four (49/60 to 53/60).
# Session 5 (heads retrained with blind3, blind4, train5 and train6): the same but for abuse
# false alarms, 3/94 to 2/94. Session 6 (heads retrained with blind5, train7, train8 and train9, self-harm
# budget 3 %): the same but for abuse false alarms, 2/94 to 3/94.
#
# blind.jsonl (session 2) and blind2.jsonl (session 3) were the unseen sets of their
# sessions (history in docs/model-card.md); since session 4 both are training files.
#
# blind3.jsonl and blind4.jsonl (session 4) were measured in docs/model-card.md and are
# training files since session 5.
#
# blind5.jsonl and blind7.jsonl (the unseen sets of sessions 5 and 6) are training files since
# sessions 6 and 7.
#
# blind6.jsonl: 200 texts by another writer who saw only the labeling guidelines, committed
# in session 5 before anything was measured on it; its misses were not read. The product as
# session 5 left it: 53/60, 44/60, 8/80, 54/55, 6/145. Retrained in session 6 with the old
# 2 % false-alarm budget: 53/60, 40/60, 8/80, 54/55, 4/145; that loss of check-ins led to
# the 3 % budget (a choice made with blind6 in view, so it is a diagnostic set now): 55/60,
# 52/60, 9/80, 54/55, 4/145. Session 7 (1,400 more training texts): 56/60, 53/60, 9/80,
# 54/55, 5/145. Session 8 (the learned layer's urgent head, the story and negation guards,
# screening questions answered no; chosen out of fold on the training files and adopted on
# blind6 + fresh): as below.
#
# blind8.jsonl: 200 texts by two more writers, committed in session 7 before anything was
# measured on it, measured on session 6's product at the start (54/60, 56/60, 4/80, 55/56,
# 4/144) and on session 7's at the end (54/60, 56/60, 4/80, 56/56, 4/144; 2 urgent given no
# level); session 8: as below (2 given no level). Its misses were not read.
#
# blind9.jsonl: 199 texts by two more writers, committed in session 8 before anything was
# measured on it; session 7's product: 54/59, 53/60, 4/80, 55/56, 3/143; session 8's: as
# below. Its misses were not read.
#
# fresh.jsonl: 100 texts held out in session 1 from one batch of 330 (the rest is
# more.jsonl): 7/17, 17/22, 5/61, 27/30, 6/70 before the batch was in view, 13/17, 21/22,
# 4/61, 30/30, 4/70 after. A second dev set since session 2, so no longer unseen; session 2
# ended at 16/17, 19/22, 1/61, 30/30, 2/70, session 7 (retrained) at the floors below.
FLOORS = {
    "test": ((21, 22), (21, 23), (1, 76), (26, 27), (3, 94)),
    "blind6": ((57, 60), (56, 60), (7, 80), (54, 55), (5, 145)),
    "blind8": ((55, 60), (56, 60), (4, 80), (56, 56), (4, 144)),
    "blind9": ((54, 59), (54, 60), (4, 80), (55, 56), (3, 143)),
    "fresh": ((17, 17), (19, 22), (1, 61), (30, 30), (3, 70)),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_the_held_out_splits_stay_at_least_where_they_were_measured(split: str) -> None:
    urgent, check_in, none_alarms, abuse, abuse_alarms = (a / b for a, b in FLOORS[split])
    figures = measure(split)
    assert figures.urgent_recall >= urgent
    assert figures.check_in_flagged >= check_in
    assert figures.none_false_alarms <= none_alarms
    assert figures.abuse_recall >= abuse
    assert figures.abuse_false_alarms <= abuse_alarms


MISSED = {
    "test": "urgent 21/22 read as urgent, the other given no level (target: all); check_in "
    "21/23 flagged (target 95 %); the false-alarm and abuse targets are met",
    "blind6": "urgent 57/60 read as urgent (2 given no level), check_in 56/60 flagged, false "
    "alarms 7/80 (target 3 %); the abuse targets are met",
    "blind8": "urgent 55/60 read as urgent (2 given no level), check_in 56/60 flagged, false "
    "alarms 4/80 (target 3 %); the abuse targets are met",
    "blind9": "urgent 54/59 read as urgent (3 given no level), check_in 54/60 flagged, false "
    "alarms 4/80 (target 3 %); the abuse targets are met",
    "fresh": "check_in 19/22 flagged; the urgent (17/17), false-alarm and abuse targets are "
    "met",
}


@pytest.mark.parametrize("split", [
    pytest.param(split, marks=pytest.mark.xfail(strict=True, reason=f"{split}: {reason}"))
    for split, reason in sorted(MISSED.items())
])
def test_the_held_out_splits_meet_the_targets(split: str) -> None:
    assert meets_targets(measure(split))


# -- anchors: the rules compile lazily and skip what cannot match --------------------------


def test_the_stored_screen_anchors_match_the_rule_patterns() -> None:
    from tests.review_anchors import SCREEN_ANCHORS_FILE, screen_anchors

    stored = json.loads(SCREEN_ANCHORS_FILE.read_text(encoding="utf-8"))
    assert stored == screen_anchors(), "run: .venv/bin/python tests/review_anchors.py"


def test_skipping_by_anchors_never_changes_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    from crossroads.core.text.anchored import AnchoredPattern

    texts = [row["text"] for split in ("train2", "dev", "test")
             for row in map(json.loads, (DATA / f"{split}.jsonl").read_text().splitlines())]
    with_anchors = [screen_rules(text) for text in texts]
    monkeypatch.setattr(AnchoredPattern, "may_match", lambda self, text: True)
    assert [screen_rules(text) for text in texts] == with_anchors


def test_importing_the_screen_compiles_no_rule_pattern() -> None:
    import subprocess
    import sys

    code = (
        "from crossroads.core.text.screen_lexicon import SELF_HARM_RULES, ABUSE_RULES\n"
        "from crossroads.core.text.anchored import AnchoredPattern\n"
        "rules = [r for r in (*SELF_HARM_RULES, *ABUSE_RULES) "
        "if isinstance(r.pattern, AnchoredPattern)]\n"
        "print(len(rules), sum(r.pattern._regex is not None for r in rules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    total, compiled = map(int, done.stdout.split())
    assert total >= 80 and compiled == 0
