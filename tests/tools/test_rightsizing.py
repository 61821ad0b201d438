"""Right-sizing against the bundled AWS/Azure/GCP catalogue."""

from __future__ import annotations

import pytest

from migrascope.tools.rightsizing import Instance, catalogue, pick_instance, right_size, utilisation


def test_catalogue_names_its_source_and_date_for_every_provider():
    meta, instances = catalogue()
    assert set(instances) == {"aws", "azure", "gcp"}
    for provider, spec in meta["providers"].items():
        assert spec["source"].startswith("https://")
        assert spec["figures_date"]
        assert len(instances[provider]) >= 20
        assert {i.family for i in instances[provider]} >= {"general", "compute", "memory"}
    assert meta["currency"] == "USD" and meta["hours_per_month"] == 730


def test_memory_heavy_server_gets_a_memory_family_and_a_monthly_price():
    sized = right_size({"classified_type": "virtual_machine", "cpu_cores": 2, "memory_gb": 16})
    assert sized["need"] == {"vcpu": 3, "memory_gb": 19.2}  # headroom 1.2
    aws = sized["targets"]["aws"]
    assert (aws["instance"], aws["family"], aws["fits"]) == ("r6i.xlarge", "memory", True)
    assert aws["monthly"] == pytest.approx(0.252 * 730)
    assert sized["targets"]["azure"]["instance"] == "Standard_E4s_v5"
    assert sized["targets"]["gcp"]["instance"] == "n2-highmem-4"


def test_utilisation_shrinks_the_target():
    full = right_size({"classified_type": "server", "cpu_cores": 16, "memory_gb": 64})
    used = right_size({"classified_type": "server", "cpu_cores": 16, "memory_gb": 64,
                       "extra": {"CPU Usage %": "25", "Memory utilisation": "0.5"}})  # fmt: skip
    assert used["need"] == {"vcpu": 5, "memory_gb": 38.4}
    assert "CPU utilisation 25%" in used["basis"] and "memory utilisation 50%" in used["basis"]
    assert used["targets"]["aws"]["monthly"] < full["targets"]["aws"]["monthly"]


def test_headroom_factor_is_applied_and_checked():
    a = right_size({"classified_type": "server", "cpu_cores": 4, "memory_gb": 16}, headroom=1.0)
    assert a["need"] == {"vcpu": 4, "memory_gb": 16.0}
    assert a["targets"]["aws"]["instance"] == "m6i.xlarge"
    with pytest.raises(ValueError, match="headroom must be >= 1"):
        right_size({"classified_type": "server", "cpu_cores": 4}, headroom=0.5)


@pytest.mark.parametrize(
    ("asset", "reason"),
    [
        ({"classified_type": "network_device", "cpu_cores": 4}, "network_device is not sized"),
        ({"classified_type": "server"}, "CPU and memory unknown in the export"),
    ],
)
def test_what_cannot_be_sized_says_why(asset, reason):
    out = right_size(asset)
    assert out["sized"] is False and out["reason"].startswith(reason)


def test_too_big_for_the_catalogue_is_flagged():
    out = right_size({"classified_type": "server", "cpu_cores": 512, "memory_gb": 8192})
    for target in out["targets"].values():
        assert target["fits"] is False and "larger than the catalogue" in target["note"]


def test_unpriced_instances_fall_back_to_the_smallest_fit():
    pool = [
        Instance("x", "big", "memory", 64, 2048, None),
        Instance("x", "huge", "memory", 224, 6144, None),
    ]
    inst, fits = pick_instance(pool, 32, 1000)
    assert (inst.name, fits) == ("big", True)


def test_utilisation_reads_percent_and_fractions_from_unmapped_columns():
    assert utilisation({"extra": {"Peak CPU %": "80%", "RAM usage": "45.5"}}) == (80.0, 45.5)
    assert utilisation({"extra": {"cpu_util": "0.3"}}) == (30.0, None)
    assert utilisation({"extra": {"Owner": "x"}}) == (None, None)


def test_socket_count_stands_in_for_vcpu_and_says_so():
    out = right_size({"classified_type": "virtual_machine", "cpu_sockets": 4, "memory_gb": 8})
    assert out["need"]["vcpu"] == 5
    assert out["basis"][0] == "vCPU taken from the CPU (socket) count"
