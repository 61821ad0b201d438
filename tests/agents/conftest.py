"""Helpers for agent tests: synthetic inventories and short worker timings."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrascope.agents import WorkerOptions
from migrascope.tools.synthetic import generate_estate, write_csv


@pytest.fixture
def estate_csv(tmp_path: Path):
    """Write a labelled synthetic estate of ``n`` rows as CSV; returns (path, estate)."""

    def _make(n: int, seed: int = 7, convention: str = "dash", name: str = "estate.csv"):
        estate = generate_estate(n, seed=seed, convention=convention)
        path = tmp_path / name
        write_csv(estate, path)
        return path, estate

    return _make


@pytest.fixture
def fast_options():
    """Worker timings for tests: quick polls, beats and retries."""

    def _make(tenant: str, **overrides) -> WorkerOptions:
        base = dict(
            poll=0.05,
            heartbeat=0.2,
            timeout=1.5,
            steal_after=0.5,
            retry_delay=0.02,
            exit_when_idle=True,
            tenant=tenant,
        )
        base.update(overrides)
        return WorkerOptions(**base)

    return _make
