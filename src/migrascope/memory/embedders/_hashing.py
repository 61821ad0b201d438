"""Offline embedder: word tokens and character n-grams hashed to a fixed dimension.

It needs no model download, is deterministic across processes (murmurhash), and
puts "ServerName", "Server Name" and "server_name" next to each other, which is
what field names and host names need.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

__all__ = ["HashingEmbedder", "normalise_text"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_WORD = re.compile(r"[\W_]+")  # Unicode: for text in another script
_DIGIT_ALPHA = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")


def normalise_text(text: str) -> str:
    """Lower-case words split on camelCase, digits and punctuation.

    Headers in another script (NAVER Cloud's Korean console export: ``서버 인스턴스 번호``;
    Cyrillic, Greek, CJK) keep their own letters: reduced to ASCII they would be empty or
    collapse onto their Latin part (``서버 IP`` and ``공인 IP`` both ``ip``), and could be
    neither taught nor told apart. Latin text, accents included, reads as it always has,
    so the keys of patterns already stored do not change.
    """
    spaced = _CAMEL.sub(" ", text)
    if any(_is_other_script(c) for c in spaced):
        return " ".join(_NON_WORD.sub(" ", spaced.lower()).split())
    lowered = _NON_ALNUM.sub(" ", spaced.lower())
    return " ".join(_DIGIT_ALPHA.sub(" ", lowered).split())


def _is_other_script(char: str) -> bool:
    """A letter that is neither ASCII nor Latin (Hangul, Cyrillic, Han, Greek, ...)."""
    return (
        not char.isascii() and char.isalpha() and not unicodedata.name(char, "").startswith("LATIN")
    )


class HashingEmbedder:
    """Character 2–4-grams plus whole words, hashed into ``dim`` signed buckets."""

    def __init__(self, dim: int = 384) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim
        self.name = "hashing-v1"
        self._chars = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 4),
            n_features=dim,
            alternate_sign=True,
            norm="l2",
        )
        self._words = HashingVectorizer(
            analyzer="word",
            token_pattern=r"[a-z0-9]+",
            n_features=dim,
            alternate_sign=True,
            norm="l2",
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        normal = [normalise_text(t) for t in texts]
        mixed = self._chars.transform(normal) * 0.7 + self._words.transform(normal) * 0.3
        dense = np.asarray(mixed.todense(), dtype=np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return dense / norms
