"""Embedding providers: offline hashing (default) and any OpenAI-compatible API."""

from migrascope.memory.embedders._base import Embedder, make_embedder
from migrascope.memory.embedders._hashing import HashingEmbedder
from migrascope.memory.embedders._openai import OpenAIEmbedder

__all__ = ["Embedder", "HashingEmbedder", "OpenAIEmbedder", "make_embedder"]
