"""Training rows as a dense block beside a sparse block, for the trainers' gradient steps.

A text or sentence holds a few dozen of the 14,000 to 20,000 TF-IDF terms. As one dense
matrix, the rows of a training run took one to two gigabytes and every gradient step read
all of it, so a run took an hour or more; as row/column/value triplets the same products
take milliseconds and give the same numbers (up to the order of float additions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from crossroads.core.text.lexical import TermWeights


@dataclass
class Rows:
    """``dense`` (rows, dims) beside a sparse block of ``width`` columns, as triplets."""

    dense: np.ndarray
    row: np.ndarray  # (entries,) the row of each sparse entry
    column: np.ndarray  # (entries,) its column in the sparse block
    value: np.ndarray  # (entries,)
    width: int

    @classmethod
    def of_terms(cls, terms: TermWeights | None, texts: Sequence[str],
                 dense: np.ndarray | None = None, weight: float = 1.0,
                 dtype: type = np.float32) -> Rows:
        """Each text's TF-IDF row over ``terms`` (times ``weight``; none without terms),
        after ``dense`` when given."""
        rows: list[int] = []
        columns: list[int] = []
        values: list[np.ndarray] = []
        if terms is not None:
            for index, text in enumerate(texts):
                found, weights = terms.entries(text)
                rows += [index] * len(found)
                columns += found
                values.append(weight * weights)
        return cls(
            np.zeros((len(texts), 0), dtype) if dense is None else dense.astype(dtype),
            np.array(rows, dtype=np.int64),
            np.array(columns, dtype=np.int64),
            np.concatenate(values).astype(dtype) if values else np.zeros(0, dtype),
            len(terms) if terms is not None else 0,
        )

    @property
    def rows(self) -> int:
        return int(self.dense.shape[0])

    @property
    def columns(self) -> int:
        return int(self.dense.shape[1]) + self.width

    def __matmul__(self, weights: np.ndarray) -> np.ndarray:
        """``rows @ weights`` for weights of shape (columns,) or (columns, heads)."""
        if weights.ndim == 1:
            column: np.ndarray = (self @ weights[:, None])[:, 0]
            return column
        dims = self.dense.shape[1]
        out: np.ndarray = self.dense @ weights[:dims]
        if self.value.size:
            part = self.value[:, None] * weights[dims + self.column]
            for head in range(weights.shape[1]):
                out[:, head] += np.bincount(
                    self.row, weights=part[:, head], minlength=self.rows
                ).astype(out.dtype)
        return out

    def transposed_matmul(self, error: np.ndarray) -> np.ndarray:
        """``rows.T @ error`` for error of shape (rows,) or (rows, heads)."""
        if error.ndim == 1:
            return self.transposed_matmul(error[:, None])[:, 0]
        sparse = np.zeros((self.width, error.shape[1]), error.dtype)
        if self.value.size:
            part = self.value[:, None] * error[self.row]
            for head in range(error.shape[1]):
                sparse[:, head] = np.bincount(self.column, weights=part[:, head],
                                              minlength=self.width)
        return np.vstack([self.dense.T @ error, sparse])

    @classmethod
    def stack(cls, parts: Sequence[Rows]) -> Rows:
        offsets = np.cumsum([0, *(part.rows for part in parts[:-1])])
        return cls(
            np.vstack([part.dense for part in parts]),
            np.concatenate([part.row + offset for part, offset in zip(parts, offsets, strict=True)]),
            np.concatenate([part.column for part in parts]),
            np.concatenate([part.value for part in parts]),
            parts[0].width,
        )
