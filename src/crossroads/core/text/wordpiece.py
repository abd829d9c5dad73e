"""The WordPiece tokenizer of all-MiniLM-L6-v2, shared by the screen and the review models.

The vocabulary (``model/vocab.txt``, Apache-2.0, see ``model/NOTICE``) ships beside this
module; ``tokenizers`` builds the BERT uncased tokenizer from it, so no tokenizer file is
downloaded. ``tokenizers`` is imported only when a tokenizer is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["MODEL_DIR", "VOCAB_PATH", "bert_tokenizer", "read_vocab"]

MODEL_DIR = Path(__file__).resolve().parent / "model"
VOCAB_PATH = MODEL_DIR / "vocab.txt"


def read_vocab(path: Path = VOCAB_PATH) -> dict[str, int]:
    """Each word piece and its id (its line number in the file)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line: index for index, line in enumerate(lines)}


def bert_tokenizer(vocab: dict[str, int], *, special_tokens: bool = False) -> Any:
    """A BERT uncased WordPiece tokenizer over ``vocab``; with ``special_tokens`` it wraps
    each encoding in [CLS] … [SEP]."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    if special_tokens:
        tokenizer.post_processor = processors.BertProcessing(
            ("[SEP]", vocab["[SEP]"]), ("[CLS]", vocab["[CLS]"])
        )
    return tokenizer
