"""Fields read from the last segment of a path header are weighed by their own curve.

On an API export the mapper has not seen, a leaf like ``MacAddress`` under
``DeviceManagement`` is as often the sub-object's as the asset's, so such readings are
offered for review rather than applied; a flat header with the same values, a path
labelled in a bundled export, and a taught path are not guesses. No database needed but for
the taught path.
"""

from __future__ import annotations

from migrascope.memory import default_thresholds
from migrascope.tools.mapping import MappingResult, calibrate, learned_hints, map_columns
from migrascope.tools.mapping_model import load_examples

T = default_thresholds("field_mapping")
N = 40
NAMES = [f"srv{i:03d}" for i in range(N)]
MACS = [f"00:1a:2b:3c:4d:{i:02x}" for i in range(N)]


def _map(headers: list[str], column: list[str], **kwargs) -> MappingResult:
    return map_columns(
        headers, thresholds=T, sample=[[n, v] for n, v in zip(NAMES, column, strict=True)], **kwargs
    )


def test_a_path_reading_is_calibrated_below_the_same_raw_score_of_a_flat_header():
    for raw in (0.6, 0.75, 0.9):
        assert calibrate(raw, from_path=True) < calibrate(raw)
    # Still a probability, and still monotone in the evidence.
    assert 0.0 <= calibrate(0.3, from_path=True) <= calibrate(0.9, from_path=True) <= 1.0


def test_a_leaf_under_a_sub_object_is_suggested_where_the_flat_header_is_applied():
    flat = _map(["name", "MacAddress"], MACS).columns[1]
    nested = _map(["name", "Controller.MacAddress"], MACS).columns[1]
    assert flat.target == nested.target == "mac_address"
    assert flat.decision == "auto"
    assert nested.decision == "suggest"
    assert nested.confidence < flat.confidence
    assert any("path's last segment" in r for r in nested.reasons)
    assert not any("path's last segment" in r for r in flat.reasons)


def test_a_path_labelled_in_a_bundled_export_is_no_guess():
    # A nested MAC column of the shipped labelled exports (Nutanix, Puppet, Ansible...).
    header = next(e.header for e in load_examples() if "." in e.header and e.field == "mac_address")
    column = _map(["name", header], MACS).columns[1]
    assert column.target == "mac_address"
    assert not any("path's last segment" in r for r in column.reasons)
    assert column.confidence > _map(["name", "Controller.MacAddress"], MACS).columns[1].confidence


def test_a_taught_path_is_applied_whatever_its_leaf(store, tenant):
    headers = ["name", "Controller.MacAddress"]
    store.mapping_patterns.teach(tenant, "Controller.MacAddress", "mac_address")
    column = _map(headers, MACS, hints=learned_hints(store, tenant, headers)).columns[1]
    assert column.target == "mac_address"
    assert column.decision == "auto"
    assert not any("path's last segment" in r for r in column.reasons)
