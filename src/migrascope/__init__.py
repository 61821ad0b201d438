"""migrascope: turn messy IT-inventory exports into a cloud-migration plan, and learn."""

from migrascope.errors import (
    ConfigError,
    EmbedderMismatch,
    InputError,
    MigrascopeError,
    StoreError,
    ToolError,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "EmbedderMismatch",
    "InputError",
    "MigrascopeError",
    "StoreError",
    "ToolError",
    "__version__",
]
