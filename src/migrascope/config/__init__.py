"""Settings and the data files (schema, taxonomy, lexicons, rules, thresholds)."""

from migrascope.config._data import (
    CANONICAL_FIELDS,
    TAXONOMY,
    FieldSpec,
    canonical_schema,
    data_path,
    load_data,
)
from migrascope.config._settings import Settings, load_settings

__all__ = [
    "CANONICAL_FIELDS",
    "TAXONOMY",
    "FieldSpec",
    "Settings",
    "canonical_schema",
    "data_path",
    "load_data",
    "load_settings",
]
