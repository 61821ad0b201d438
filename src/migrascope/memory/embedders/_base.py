"""The provider interface every embedder implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from migrascope.config import Settings

__all__ = ["Embedder", "make_embedder"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension.

    ``name`` identifies the vector space: two embedders with the same name and
    dimension must produce comparable vectors, because the store keeps them side by side.
    """

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array of shape ``(len(texts), dim)``."""
        ...


def make_embedder(settings: Settings) -> Embedder:
    """Build the embedder the settings ask for."""
    from migrascope.memory.embedders._hashing import HashingEmbedder
    from migrascope.memory.embedders._openai import OpenAIEmbedder

    if settings.embedder == "openai":
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAIEmbedder(
            model=settings.embedding_model,
            dim=settings.embedding_dim,
            base_url=settings.openai_base_url,
            api_key=key,
        )
    return HashingEmbedder(dim=settings.embedding_dim)
