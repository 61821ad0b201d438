"""Trained models on disk: reused while their inputs are the same, rebuilt when not."""

from __future__ import annotations

import os
import subprocess
import sys

from migrascope.tools.model_cache import cache_dir, cached_model


def _counting_builder(calls: list[int]):
    def build() -> dict[str, int]:
        calls.append(1)
        return {"weights": len(calls)}

    return build


def test_a_second_process_loads_what_the_first_trained(tmp_path, monkeypatch):
    monkeypatch.setenv("MIGRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    code = tmp_path / "model_code.py"
    code.write_text("VERSION = 1\n")
    calls: list[int] = []
    first = cached_model("toy", ["mapping_model.toml"], [str(code)], _counting_builder(calls))
    second = cached_model("toy", ["mapping_model.toml"], [str(code)], _counting_builder(calls))
    assert first == second == {"weights": 1}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in cache_dir().iterdir()] == ["toy"]


def test_changed_code_is_a_new_model_and_the_stale_one_goes(tmp_path, monkeypatch):
    monkeypatch.setenv("MIGRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    code = tmp_path / "model_code.py"
    code.write_text("VERSION = 1\n")
    calls: list[int] = []
    cached_model("toy", [], [str(code)], _counting_builder(calls))
    code.write_text("VERSION = 2\n")
    rebuilt = cached_model("toy", [], [str(code)], _counting_builder(calls))
    assert rebuilt == {"weights": 2} and len(calls) == 2
    assert len(list(cache_dir().glob("toy-*.pickle"))) == 1


def test_a_damaged_cache_entry_is_rebuilt_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("MIGRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[int] = []
    cached_model("toy", [], [], _counting_builder(calls))
    (entry,) = cache_dir().glob("toy-*.pickle")
    entry.write_bytes(b"\x80\x05truncated")
    again = cached_model("toy", [], [], _counting_builder(calls))
    assert again == {"weights": 2} and len(calls) == 2


def test_an_unwritable_cache_still_gives_the_model(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("MIGRASCOPE_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []
    assert cached_model("toy", [], [], _counting_builder(calls)) == {"weights": 1}
    assert cached_model("toy", [], [], _counting_builder(calls)) == {"weights": 2}


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("MIGRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MIGRASCOPE_NO_MODEL_CACHE", "1")
    calls: list[int] = []
    cached_model("toy", [], [], _counting_builder(calls))
    cached_model("toy", [], [], _counting_builder(calls))
    assert len(calls) == 2 and not (tmp_path / "cache").exists()


def test_setup_warms_the_bundled_models_into_the_cache(tmp_path):
    env = {**os.environ, "MIGRASCOPE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MIGRASCOPE_NO_MODEL_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-m", "migrascope.tools.model_cache"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    names = sorted(p.name.rsplit("-", 1)[0] for p in (tmp_path / "cache").glob("*.pickle"))
    assert names == ["header-model", "reranker"]
    assert done.stdout.count("model cache:") == 2
