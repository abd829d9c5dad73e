"""Words and pairs of neighbouring words, weighted by TF-IDF: the learned layers' second view.

Sentence vectors blur the few words that carry a message ("loaded", "the 14th", "or
everyone sees them"); a bag of words and word pairs keeps them. Both learned layers (the
screen's and the draft review's) average or add a linear score over these weights to
their vector heads. Term weight: ``(1 + log count) * idf``, each text's row L2-normalized.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = ["TermWeights", "lexical_terms"]

# Words of two or more letters or digits, as scikit-learn's default token pattern reads them.
_WORD = re.compile(r"\b\w\w+\b")


def lexical_terms(text: str) -> list[str]:
    """The words of ``text`` (lowercased) and each pair of neighbouring words."""
    words = _WORD.findall(text.lower())
    return [*words, *(f"{a} {b}" for a, b in pairwise(words))]


@dataclass(frozen=True)
class TermWeights:
    """A vocabulary of terms and their idf: text -> one normalized TF-IDF row."""

    index: dict[str, int]
    idf: FloatArray  # (terms,)

    @classmethod
    def from_arrays(cls, data: Any, prefix: str = "lexical") -> TermWeights | None:
        """Read ``{prefix}_terms`` and ``{prefix}_idf``; None when the file has none."""
        import numpy as np

        if f"{prefix}_terms" not in data:
            return None
        terms = [str(term) for term in data[f"{prefix}_terms"]]
        idf = np.asarray(data[f"{prefix}_idf"], dtype=np.float32)
        if idf.shape != (len(terms),):
            raise ValueError(f"unexpected idf for {prefix}: {idf.shape}")
        return cls({term: column for column, term in enumerate(terms)}, idf)

    @classmethod
    def fit(cls, texts: list[str], min_count: int = 2) -> TermWeights:
        """The terms found in at least ``min_count`` texts, with smoothed idf."""
        import numpy as np

        frequency: Counter[str] = Counter()
        for text in texts:
            frequency.update(set(lexical_terms(text)))
        vocabulary = sorted(term for term, count in frequency.items() if count >= min_count)
        n = len(texts)
        idf = np.array([math.log((1 + n) / (1 + frequency[t])) + 1 for t in vocabulary],
                       dtype=np.float32)
        return cls({term: column for column, term in enumerate(vocabulary)}, idf)

    def arrays(self, prefix: str = "lexical") -> dict[str, Any]:
        import numpy as np

        return {f"{prefix}_terms": np.array(sorted(self.index, key=self.index.__getitem__)),
                f"{prefix}_idf": self.idf}

    def __len__(self) -> int:
        return len(self.index)

    def entries(self, text: str) -> tuple[list[int], FloatArray]:
        """``text``'s row, sparse: the columns of its known terms and their L2-normalized
        weights (a text holds a few dozen of the thousands of terms)."""
        import numpy as np

        counts = Counter(term for term in lexical_terms(text) if term in self.index)
        columns = [self.index[term] for term in counts]
        values = np.array([1.0 + math.log(count) for count in counts.values()],
                          dtype=np.float32) * self.idf[columns]
        values /= max(float(np.linalg.norm(values)), 1e-12)
        return columns, values

    def scores(self, texts: list[str], weights: FloatArray) -> FloatArray:
        """``self.vectors(texts) @ weights``, computed from each text's own entries only,
        shape (n, weights columns)."""
        import numpy as np

        out = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            columns, values = self.entries(text)
            if columns:
                out[row] = values @ weights[columns]
        return out

    def vectors(self, texts: list[str]) -> FloatArray:
        """One L2-normalized TF-IDF row per text, shape (n, terms): ``entries``, dense."""
        import numpy as np

        rows: FloatArray = np.zeros((len(texts), len(self.index)), dtype=np.float32)
        for row, text in enumerate(texts):
            columns, values = self.entries(text)
            rows[row, columns] = values
        return rows
