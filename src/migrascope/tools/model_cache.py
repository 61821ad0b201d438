"""Trained models kept on disk, so only the first process on a machine pays for training.

The header model and the reranker are trained from bundled data files (a few seconds).
A CLI call or a 100,000-row import should not spend that every time, so the trained
object is pickled under the user's cache directory, keyed by everything that shapes it:
the data files, the code that builds it and the library versions. Any change to one of
them is a new key; a damaged or unreadable cache entry is rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy
import sklearn

from migrascope.config import data_path

__all__ = ["cache_dir", "cached_model", "warm"]

T = TypeVar("T")


def cache_dir() -> Path:
    """``MIGRASCOPE_CACHE_DIR``, else ``$XDG_CACHE_HOME/migrascope``, else ``~/.cache/migrascope``."""
    explicit = os.environ.get("MIGRASCOPE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "migrascope"


def _key(name: str, data_files: Sequence[str], code_files: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for part in (name, sys.version, numpy.__version__, sklearn.__version__):
        digest.update(part.encode())
    for path in [data_path(f) for f in data_files] + [Path(f) for f in code_files]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached_model(
    name: str, data_files: Sequence[str], code_files: Sequence[str], build: Callable[[], T]
) -> T:
    """The model ``build`` makes, from the disk cache when the same inputs made it before."""
    if os.environ.get("MIGRASCOPE_NO_MODEL_CACHE"):
        return build()
    path = cache_dir() / f"{name}-{_key(name, data_files, code_files)}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    model = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fresh:
            pickle.dump(model, fresh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fresh.name, path)
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still maps, it only trains again next time
    return model


def warm() -> list[Path]:
    """Train the bundled header model and reranker into the cache now.

    Setup (``make``) runs it, so the first import on a machine does not wait the twenty
    seconds the two trainings take; anything already cached for the same inputs is kept.
    """
    # Imported here: both modules use this one to cache what they train.
    from migrascope.tools import mapping_model, mapping_rerank

    mapping_model.default_model.__wrapped__()
    mapping_rerank.default_reranker.__wrapped__()
    return sorted(cache_dir().glob("*.pickle"))


if __name__ == "__main__":
    for trained in warm():
        print(f"model cache: {trained}")
