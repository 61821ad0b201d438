"""The exceptions migrascope raises, grouped by what the caller can do about them.

MigrascopeError            anything we raise on purpose
├── ConfigError            fix the settings or a data file under config/
├── StoreError             the database is unreachable or in a bad state
│   └── EmbedderMismatch   the store holds vectors of another embedder: re-embed
├── InputError             the file or argument a person gave us is unusable
└── ToolError              a tool could not do what it was asked (bad request)
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EmbedderMismatch",
    "InputError",
    "MigrascopeError",
    "StoreError",
    "ToolError",
]


class MigrascopeError(Exception):
    """Base class of every error migrascope raises deliberately."""


class ConfigError(MigrascopeError, ValueError):
    """Settings or a bundled data file are invalid."""


class StoreError(MigrascopeError):
    """The PostgreSQL store cannot be reached, migrated or used."""


class EmbedderMismatch(StoreError):
    """The store's vectors come from a different embedder or dimension."""


class InputError(MigrascopeError, ValueError):
    """An input file or argument cannot be used as given."""


class ToolError(MigrascopeError):
    """A tool was asked for something it cannot do."""
