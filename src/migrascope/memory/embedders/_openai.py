"""Any OpenAI-compatible embeddings endpoint (a hosted gte-large, vLLM, TEI...)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from migrascope.errors import ConfigError, StoreError

__all__ = ["OpenAIEmbedder"]


class OpenAIEmbedder:
    """Calls ``/v1/embeddings`` of any base URL with the ``openai`` client."""

    def __init__(
        self,
        model: str,
        dim: int,
        base_url: str | None = None,
        api_key: str | None = None,
        batch_size: int = 256,
    ) -> None:
        import openai

        self.model = model
        self.dim = dim
        self.name = f"openai:{model}"
        self._batch_size = batch_size
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "unused")

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import openai

        out: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            chunk = list(texts[start : start + self._batch_size])
            try:
                response = self._client.embeddings.create(model=self.model, input=chunk)
            except openai.OpenAIError as exc:
                raise StoreError(
                    f"Embedding request to {self._client.base_url} failed: {exc}"
                ) from exc
            out.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        if not out:
            return np.zeros((0, self.dim), dtype=np.float32)
        arr = np.asarray(out, dtype=np.float32)
        if arr.shape[1] != self.dim:
            raise ConfigError(
                f"Embedding model {self.model!r} returns dimension {arr.shape[1]}, "
                f"but MIGRASCOPE_EMBEDDING_DIM is {self.dim}; set it to {arr.shape[1]}."
            )
        norms = np.linalg.norm(arr, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return arr / norms
