"""Train the screen's learned layer and choose its thresholds (reproducible, no randomness).

    .venv/bin/python bench/train_screen.py            # writes the heads, prints dev figures
    .venv/bin/python bench/train_screen.py --dry-run  # prints only

1. Every text of the training files (data/screen/train.jsonl, more.jsonl, train2.jsonl, ...)
   and of dev.jsonl is embedded the way the product embeds it (``screen_model.model_units``
   + ``Embedder``: each sentence and the whole text).
2. Three L2-regularized logistic regressions (Newton's method, class-balanced) are fitted on
   the whole-text vectors of the training files: ``flag`` (check_in or urgent), ``urgent`` and
   ``abuse``; with ``--negative-units`` (the default since session 4) every sentence of a
   text that is negative for a head is one more negative example, since the product keeps
   a text's highest sentence score. With ``--knn K`` (the default), each head's logit is
   averaged with a nearest-neighbour margin over the train vectors (mean similarity to the
   K closest positive examples minus the K closest negative ones), stored in the same file.
   With ``--lexical-c C`` (the default, 8; 4 until session 4), three lexical heads over
   TF-IDF words and word pairs are fitted too (``screen_model.LexicalHeads``); the product
   averages the two logits.
3. Thresholds are chosen for the combination in ``screen.combine``, on held-out scores only:
   the lowest ones that keep false alarms within budget (self-harm on ``none`` texts: 3 %,
   the target itself since session 6, 2 % before; abuse on non-abuse texts: 4 %, one point
   under its target; counting what the rules already raise) and that raise no text to ``urgent`` that is not urgent, both on the dev
   split and on out-of-fold scores of the training files (5 folds; each text scored by
   heads fitted without it). Each threshold is the higher of the two. The out-of-fold check
   was added when a batch of texts in new phrasing showed that dev alone (in the style of
   train) let through about three times the false alarms on unseen wording; for urgent, the
   out-of-fold check allows 1 %. Beside a means, a plan, a time or preparation
   (``screen._MEANS_OR_PLAN``), a lower urgent bar (``urgent_cued``) may raise up to
   ``--cued-urgent-share`` (2 %) of the flagged texts that are not urgent. The test,
   blind6, blind8 and blind9 splits are never read here (``crossroads.evaluation.NEVER_TRAINED``;
   blind and blind2 are training files since session 4, blind3 and blind4 since session 5,
   blind5 since session 6, blind7 since session 7);
   ``--probe`` prints fresh.jsonl, a second dev set since session 2.

more.jsonl and fresh.jsonl come from one batch of 330 texts written in new phrasing, split
once and for all: within each (self_harm, abuse) label group the texts were ordered by the
SHA-256 of their text and the first 30 % (rounded) went to fresh.jsonl, the rest stayed in
more.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sparse_rows import Rows  # noqa: E402

from crossroads.core.text import screen, screen_model  # noqa: E402
from crossroads.core.text.lexical import TermWeights  # noqa: E402
from crossroads.evaluation import NEVER_TRAINED  # noqa: E402

DATA = ROOT / "data" / "screen"
FloatArray = np.ndarray

LABELS: dict[str, Callable[[dict[str, object]], bool]] = {
    "flag": lambda row: row["self_harm"] != "none",
    "urgent": lambda row: row["self_harm"] == "urgent",
    "abuse": lambda row: bool(row["abuse"]),
}
# Budgets against the issue-3 targets (self-harm false alarms ≤ 3 %, abuse ≤ 5 %), the
# rules' own false alarms included. Self-harm sat one point under its target until session
# 6; there, with harder harmless texts in training, 2 % pushed the flag bar from 0.90 to 0.94
# and cost 298 of 1,924 check-ins out of fold for 24 of 2,873 false alarms, so the budget is
# the target itself: a needless gentle question costs less than a missed check-in.
MAX_FALSE_ALARMS = 0.03
MAX_ABUSE_FALSE_ALARMS = 0.04
TRAIN_FILES = ("train", "more", "train2", "train3", "train4", "blind", "blind2", "blind3",
               "blind4", "train5", "train6", "blind5", "train7", "train8", "train9", "blind7",
               "train10", "train11")
# Written in session 8; a run with it was not adopted (docs/model-card.md, session 8): the
# next training run adds it to TRAIN_FILES with whatever else is new.
NEXT_FILES = ("train12",)


def read(split: str) -> list[dict[str, object]]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def fit_logistic(x: FloatArray, y: FloatArray, l2: float, steps: int = 40) -> FloatArray:
    """Class-balanced logistic regression with an L2 penalty (bias not penalized)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))]).astype(np.float64)
    positives = max(float(y.sum()), 1.0)
    weight = np.where(y == 1, n / (2 * positives), n / (2 * max(n - positives, 1.0)))
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0
    w = np.zeros(d + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        gradient = xb.T @ (weight * (p - y)) + penalty @ w
        hessian = (xb * (weight * p * (1 - p))[:, None]).T @ xb + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


@dataclass
class Embedded:
    rows: list[dict[str, object]]
    units: list[FloatArray]  # per text: (units, 384), whole text last
    unit_texts: list[list[str]]  # per text: the same units as text

    @property
    def whole(self) -> FloatArray:
        return np.stack([u[-1] for u in self.units])

    @property
    def whole_texts(self) -> list[str]:
        return [texts[-1] if texts else "" for texts in self.unit_texts]

    def subset(self, keep: Sequence[int]) -> Embedded:
        return Embedded([self.rows[i] for i in keep], [self.units[i] for i in keep],
                        [self.unit_texts[i] for i in keep])


def embed(rows: list[dict[str, object]], embedder: screen_model.Embedder) -> Embedded:
    texts = [str(row["text"]) for row in rows]
    return Embedded(rows, [embedder.embed_units(text) for text in texts],
                    [screen_model.model_units(text) for text in texts])


def lexical_arrays(texts: list[str], labels: np.ndarray, c: float) -> dict[str, np.ndarray]:
    """Lexical heads (see ``screen_model.LexicalHeads``): the terms found in at least two
    training texts, their smoothed idf, and one class-balanced logistic regression per head
    (L2 with scikit-learn's C convention, fitted by full-batch Adam)."""
    terms = TermWeights.fit(texts)
    n = len(texts)
    arrays: dict[str, np.ndarray] = {
        **terms.arrays(),
        "lexical_weights": np.zeros((len(terms), len(screen_model.HEADS)), np.float32),
        "lexical_bias": np.zeros(len(screen_model.HEADS), np.float32),
    }
    x = Rows.of_terms(terms, texts, dtype=np.float64)
    for column in range(len(screen_model.HEADS)):
        w, b = fit_adam(x, labels[:, column].astype(np.float64), l2=1.0 / (c * n))
        arrays["lexical_weights"][:, column] = w
        arrays["lexical_bias"][column] = b
    return arrays


def fit_adam(x: Rows, y: FloatArray, l2: float, steps: int = 600) -> tuple[FloatArray, float]:
    """Class-balanced logistic regression, mean loss plus ``l2 / 2 * |w|^2``, by Adam."""
    positives = max(float(y.sum()), 1.0)
    negatives = max(float(len(y) - y.sum()), 1.0)
    sample = np.where(y == 1.0, len(y) / (2 * positives), len(y) / (2 * negatives))
    w, b = np.zeros(x.columns), 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        error = (p - y) * sample / len(y)
        g_w, g_b = x.transposed_matmul(error) + l2 * w, float(error.sum())
        m_w, m_b = beta1 * m_w + (1 - beta1) * g_w, beta1 * m_b + (1 - beta1) * g_b
        v_w, v_b = beta2 * v_w + (1 - beta2) * g_w**2, beta2 * v_b + (1 - beta2) * g_b**2
        c1, c2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m_w / c1) / (np.sqrt(v_w / c2) + eps)
        b -= rate * (m_b / c1) / (np.sqrt(v_b / c2) + eps)
    return w, b


def lowest_threshold(scores: Sequence[float], allowed: int, floor: float = 0.5) -> float:
    """The lowest threshold that lets at most ``allowed`` of ``scores`` pass (and ≥ floor)."""
    ordered = sorted(scores, reverse=True)
    if allowed >= len(ordered):
        return floor
    return max(floor, float(np.nextafter(np.float32(ordered[allowed]), np.float32(1.0))))


def figures(rows: list[dict[str, object]], results: list[tuple[str, bool]]) -> str:
    def share(want: str, hit: tuple[str, ...]) -> str:
        picked = [level for row, (level, _) in zip(rows, results, strict=True)
                  if row["self_harm"] == want]
        return f"{sum(level in hit for level in picked)}/{len(picked)}"

    abusive = [abuse for row, (_, abuse) in zip(rows, results, strict=True) if row["abuse"]]
    clean = [abuse for row, (_, abuse) in zip(rows, results, strict=True) if not row["abuse"]]
    return (
        f"urgent {share('urgent', ('urgent',))}, "
        f"check_in flagged {share('check_in', ('check_in', 'urgent'))}, "
        f"none false alarms {share('none', ('check_in', 'urgent'))}, "
        f"abuse recall {sum(abusive)}/{len(abusive)}, abuse FA {sum(clean)}/{len(clean)}"
    )


def fit_heads(data: Embedded, labels: np.ndarray, args: argparse.Namespace
              ) -> dict[str, np.ndarray]:
    """The arrays of a heads file (without thresholds), fitted on whole texts and labels."""
    x = data.whole
    columns, biases = [], []
    for index, _head in enumerate(screen_model.HEADS):
        y = labels[:, index].astype(np.float64)
        x_head = x
        if args.negative_units:
            # The product scores every sentence and keeps the highest probability, so every
            # sentence of a text that is negative for this head is a negative example too.
            extra = [u[:-1] for u, positive in zip(data.units, y, strict=True)
                     if not positive and len(u) > 1]
            if extra:
                more = np.concatenate(extra)
                x_head = np.concatenate([x, more])
                y = np.concatenate([y, np.zeros(len(more))])
        w = fit_logistic(x_head, y, args.l2)
        columns.append(w[:-1])
        biases.append(w[-1])
    return {
        "heads": np.array(screen_model.HEADS),
        "weights": np.stack(columns, axis=1).astype(np.float32),
        "bias": np.array(biases, dtype=np.float32),
        "knn": np.array(args.knn, dtype=np.int64),
        "knn_scale": np.array(args.knn_scale, dtype=np.float32),
        **(screen_model.quantized_prototypes(x) if args.knn
           else {"prototypes": np.zeros((0, 384), np.int8),
                 "prototype_scales": np.zeros(0, np.float16)}),
        "prototype_labels": labels if args.knn else np.zeros((0, 3), bool),
        **(lexical_arrays(*lexical_examples(data, labels, args.negative_units), args.lexical_c)
           if args.lexical_c else {}),
    }


def lexical_examples(data: Embedded, labels: np.ndarray, negative_units: bool
                     ) -> tuple[list[str], np.ndarray]:
    """Whole texts, plus (with ``negative_units``) each sentence of a text that is negative
    for every head, labeled negative for all three."""
    texts, rows = list(data.whole_texts), [labels]
    if negative_units:
        for unit_texts, row in zip(data.unit_texts, labels, strict=True):
            if not row.any() and len(unit_texts) > 1:
                texts.extend(unit_texts[:-1])
                rows.append(np.zeros((len(unit_texts) - 1, labels.shape[1]), labels.dtype))
    return texts, np.concatenate(rows)


PROVISIONAL = screen_model.Thresholds(1.0, 1.0, 1.0, 1.0, 1.0)


def score(arrays: dict[str, np.ndarray], data: Embedded) -> FloatArray:
    heads = screen_model.Heads.from_arrays(arrays, PROVISIONAL)
    lexical = screen_model.LexicalHeads.from_arrays(arrays)
    return np.stack([screen_model.combined_probabilities(heads, lexical, vectors, texts)
                     for vectors, texts in zip(data.units, data.unit_texts, strict=True)])


def out_of_fold(train: Embedded, labels: np.ndarray, args: argparse.Namespace,
                folds: int = 5) -> FloatArray:
    """Each training text scored by heads fitted on the other folds (fold = index mod 5)."""
    fold = np.arange(len(train.rows)) % folds
    scores = np.zeros((len(train.rows), len(screen_model.HEADS)), dtype=np.float32)
    for k in range(folds):
        keep = fold != k
        arrays = fit_heads(train.subset(np.flatnonzero(keep)), labels[keep], args)
        held = np.flatnonzero(~keep)
        scores[held] = score(arrays, train.subset(held))
    return scores


def _is_cued(row: dict[str, object]) -> bool:
    return screen._MEANS_OR_PLAN.search(screen.normalize(str(row["text"]))) is not None


def choose_thresholds(rows: list[dict[str, object]], scores: FloatArray,
                      readings: list[screen._Reading], urgent_share: float,
                      max_false_alarms: float = MAX_FALSE_ALARMS,
                      max_abuse_false_alarms: float = MAX_ABUSE_FALSE_ALARMS,
                      cued_urgent_share: float = 0.0) -> screen_model.Thresholds:
    """The lowest thresholds that keep these held-out texts within the false-alarm budget.

    ``urgent_cued`` (for texts naming a means, a plan, a time or preparation) may raise at
    most ``cued_urgent_share`` of the flagged texts that are not urgent, counting those the
    plain ``urgent`` bar already raises.
    """
    none_rows = [i for i, row in enumerate(rows) if row["self_harm"] == "none"]
    allowed = int(max_false_alarms * len(none_rows))
    ruled = [i for i in none_rows if readings[i].level != "none"]
    open_none = [i for i in none_rows if readings[i].level == "none"]
    free = [i for i in open_none if not readings[i].self_harm_guards]
    guarded = [i for i in open_none if readings[i].self_harm_guards]
    room = max(allowed - len(ruled), 0)
    flag = lowest_threshold([scores[i, 0] for i in free], room)
    used = sum(scores[i, 0] >= flag for i in free)
    flag_guarded = max(flag, lowest_threshold([scores[i, 0] for i in guarded],
                                              max(room - used, 0), floor=0.9))
    # Urgent: (almost) no text that is not urgent may be raised to urgent by the model. The
    # plain bar applies to every text no guard holds back (``screen.combine``).
    not_urgent = [i for i, row in enumerate(rows)
                  if row["self_harm"] != "urgent" and readings[i].level != "urgent"
                  and not readings[i].self_harm_guards]
    urgent = lowest_threshold([scores[i, 1] for i in not_urgent],
                              int(urgent_share * len(not_urgent)), floor=0.9)
    # Beside a means or plan word, a lower bar on flagged texts, within its own small share.
    raised = sum(scores[i, 1] >= urgent for i in not_urgent)
    flagged = [i for i in not_urgent if scores[i, 0] >= flag]
    cued_open = [i for i in flagged if scores[i, 1] < urgent and _is_cued(rows[i])]
    urgent_cued = min(urgent, lowest_threshold(
        [scores[i, 1] for i in cued_open],
        max(int(cued_urgent_share * len(flagged)) - raised, 0), floor=0.5))

    clean = [i for i, row in enumerate(rows) if not row["abuse"]]
    allowed = int(max_abuse_false_alarms * len(clean))
    ruled_abuse = [i for i in clean if readings[i].abuse]
    open_clean = [i for i in clean if not readings[i].abuse]
    free = [i for i in open_clean if not readings[i].abuse_guards]
    guarded = [i for i in open_clean if readings[i].abuse_guards]
    room = max(allowed - len(ruled_abuse), 0)
    abuse = lowest_threshold([scores[i, 2] for i in free], room)
    used = sum(scores[i, 2] >= abuse for i in free)
    abuse_guarded = max(abuse, lowest_threshold([scores[i, 2] for i in guarded],
                                                max(room - used, 0), floor=0.9))
    return screen_model.Thresholds(flag, urgent, abuse, flag_guarded, abuse_guarded,
                                   urgent_cued)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--knn", type=int, default=3, help="neighbours; 0 for plain LR")
    parser.add_argument("--knn-scale", type=float, default=30.0)
    parser.add_argument("--lexical-c", type=float, default=8.0,
                        help="inverse L2 strength of the lexical heads; 0 leaves them out")
    parser.add_argument("--out", type=Path, default=screen_model.HEADS_PATH)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--max-false-alarms", type=float, default=MAX_FALSE_ALARMS,
                        help="false-alarm budget per source of held-out scores")
    parser.add_argument("--max-abuse-false-alarms", type=float, default=MAX_ABUSE_FALSE_ALARMS)
    parser.add_argument("--encoder", type=Path, default=None,
                        help="ONNX encoder (default: the one the product ships)")
    parser.add_argument("--cued-urgent-share", type=float, default=0.02,
                        help="share of flagged texts that are not urgent which a means or "
                             "plan word may let the model raise to urgent")
    parser.add_argument("--probe", action="store_true",
                        help="also print figures on fresh.jsonl (a second dev set since session 2)")
    parser.add_argument("--negative-units", action=argparse.BooleanOptionalAction, default=True,
                        help="also fit on each sentence of a negative text, as a negative")
    parser.add_argument("--train", nargs="*", default=list(TRAIN_FILES),
                        help="training files (default: %(default)s)")
    parser.add_argument("--also", nargs="*", default=[],
                        help="more splits to print (e.g. fresh or blind2; diagnosis only)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    embedder = screen_model.Embedder(args.encoder)
    if refused := sorted(set(NEVER_TRAINED) & set(args.train)):
        parser.error(f"never trained on: {', '.join(refused)}")
    train_rows = [row for name in args.train for row in read(name)]
    train, dev = embed(train_rows, embedder), embed(read("dev"), embedder)
    print(f"embedded {len(train.rows)} train and {len(dev.rows)} dev texts "
          f"in {time.perf_counter() - started:.1f} s")

    labels = np.array([[LABELS[h](row) for h in screen_model.HEADS] for row in train.rows])
    arrays = fit_heads(train, labels, args)
    dev_scores = score(arrays, dev)
    readings = [screen._rules_reading(str(row["text"])) for row in dev.rows]

    # -- thresholds: dev and out-of-fold training scores, the stricter of the two ----------
    on_dev = choose_thresholds(dev.rows, dev_scores, readings, urgent_share=0.0,
                               max_false_alarms=args.max_false_alarms,
                               max_abuse_false_alarms=args.max_abuse_false_alarms,
                               cued_urgent_share=args.cued_urgent_share)
    oof = out_of_fold(train, labels, args)
    train_readings = [screen._rules_reading(str(row["text"])) for row in train.rows]
    on_oof = choose_thresholds(train.rows, oof, train_readings, urgent_share=0.01,
                               max_false_alarms=args.max_false_alarms,
                               max_abuse_false_alarms=args.max_abuse_false_alarms,
                               cued_urgent_share=args.cued_urgent_share)
    print("thresholds on dev:         ", on_dev)
    print("thresholds on out-of-fold: ", on_oof)
    thresholds = screen_model.Thresholds(
        *(max(a, b) for a, b in zip(astuple(on_dev), astuple(on_oof), strict=True)))
    flag, urgent, abuse = thresholds.flag, thresholds.urgent, thresholds.abuse
    print("thresholds:", thresholds)

    # -- figures, rules alone and combined -------------------------------------------------
    def combined(rows: list[dict[str, object]], scores: FloatArray) -> list[tuple[str, bool]]:
        out = []
        for row, values in zip(rows, scores, strict=True):
            probabilities = screen_model.Probabilities(*(float(v) for v in values))
            result = screen.combine(screen._rules_reading(str(row["text"])), str(row["text"]),
                                    probabilities, thresholds)
            out.append((result.self_harm, result.abuse))
        return out

    print("dev, rules alone:   ", figures(dev.rows, [(r.level, r.abuse) for r in readings]))
    print("dev, rules + model: ", figures(dev.rows, combined(dev.rows, dev_scores)))
    print("train files, out-of-fold, rules + model: ", figures(train.rows, combined(train.rows, oof)))
    for head, column in zip(screen_model.HEADS, dev_scores.T, strict=True):
        truth = np.array([LABELS[head](row) for row in dev.rows])
        bar = {"flag": flag, "urgent": urgent, "abuse": abuse}[head]
        print(f"dev, model alone, {head}: recall {np.mean(column[truth] >= bar):.2f}, "
              f"false alarms {np.mean(column[~truth] >= bar):.3f} at {bar:.3f}")

    for name in (["fresh"] if args.probe else []) + args.also:
        probe = embed(read(name), embedder)
        probe_scores = score(arrays, probe)
        print(f"{name}, rules + model: ", figures(probe.rows, combined(probe.rows, probe_scores)))

    if not args.dry_run:
        arrays["threshold_names"] = np.array(["flag", "urgent", "abuse", "flag_guarded",
                                              "abuse_guarded", "urgent_cued"])
        arrays["thresholds"] = np.array(astuple(thresholds), dtype=np.float32)
        np.savez_compressed(args.out, **arrays)
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
