"""Deterministic tools over the store: reading, mapping, classifying, importing."""
