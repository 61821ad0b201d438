"""Build ``config/data/mapping_replays.jsonl``: the mapper's blind runs on tools new to it.

Each round of held-out tools was written without reading the mapper, and the mapper of
that day met it once before anyone studied its mistakes. This script re-creates those
meetings: for every round it checks out the commit that was still blind to it (a git
worktree under ``$TMPDIR``), maps the round's files with that commit's code, and keeps
what the reranker learns from (``tools/mapping_rerank.py``): each column's candidates,
scores, decision, value kinds and true field. The header model's reading is added with
today's model trained on every labelled example except the tool's own, as it would read
a tool it never saw.

The rounds still held out (``split: held-out`` in index.json) are never replayed: they
are what the reranker is measured on. Run from the repository root:

    PYTHONPATH=src python evals/build_mapping_replays.py
    PYTHONPATH=src python evals/build_mapping_replays.py --relabel  # labels changed only
    PYTHONPATH=src python evals/build_mapping_replays.py --missing  # new rounds only
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "evals" / "datasets"
OUT = ROOT / "src" / "migrascope" / "config" / "data" / "mapping_replays.jsonl"

# (commit blind to the round, the round's tools). Each commit predates any rule written
# from the listed tools' mistakes (see the git log: "measured once", "moved to dev").
REPLAYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "d28636d",
        "rounds 4-6",
        (
            "puppetdb", "ovirt", "sccm", "solarwinds", "oci_cli", "ansible_facts",
            "hpe_oneview", "defender_endpoint", "qualys_vmdr", "rapid7_insightvm",
            "datadog", "terraform_state",
        ),
    ),
    (
        "c80e6fb",
        "rounds 7-9",
        (
            "xen_orchestra", "alibaba_ecs", "kubernetes", "dell_ome", "hetzner_cloud",
            "ibm_cloud_vpc", "cisco_intersight", "tanium", "digitalocean", "bmc_discovery",
            "lenovo_xclarity", "intune",
        ),
    ),
    (
        "de7ecb5",
        "rounds 10-14",
        (
            "linode", "scaleway", "vmware_cloud_director", "jamf_pro", "crowdstrike_falcon",
            "vultr", "chef_infra", "sentinelone", "salt", "equinix_metal", "ovhcloud",
            "ninjaone", "datto_rmm", "redhat_insights", "logicmonitor", "rubrik", "aws_config",
            "gcp_asset_inventory", "entra_id",
        ),
    ),
    (
        "a5122c7",
        "rounds 15-23",
        (
            "nautobot", "scvmm", "opennms", "redfish", "icinga2", "prtg", "ralph", "uyuni",
            "aws_ssm", "tenable", "checkmk", "maas", "wazuh", "librenms", "dynatrace",
            "automox", "bigfix", "rundeck", "xenserver", "tencent_cvm", "azure_arc",
            "huawei_ecs", "idoit", "consul", "infoblox", "catalyst_center",
            "connectwise_automate", "jumpcloud", "kandji", "zenoss", "vsphere_rest", "ibm_hmc",
            "cisco_ucsm", "nagios_xi", "kubevirt",
        ),
    ),
    (
        "78515bd",
        "rounds 24-35",
        (
            "atera", "wiz", "snow_atlas", "kaseya_vsa", "scom", "morpheus", "observium",
            "ucmdb", "oracle_em", "bmc_helix_cmdb", "ivanti_neurons", "veeam", "turbonomic",
            "pulumi", "mosyle", "runzero", "fleet", "pdq_inventory", "meraki", "open_audit",
            "axonius", "spiceworks", "awx", "newrelic_infra", "elastic_fleet",
            "sophos_central", "carbon_black_cloud", "cloudstack", "opennebula", "upcloud",
            "topdesk", "netdisco", "cherwell", "eset_protect", "site24x7", "ionos_cloud",
            "exoscale", "civo", "lxd", "rudder", "cfengine", "landscape", "kace_sma",
            "centreon", "whatsup_gold", "dctrack", "appdynamics",
        ),
    ),
    (
        "8359c64",
        "rounds 36-39",
        (
            "scsm", "hpe_ilo_amplifier", "auvik", "snow_license_manager",
            "migration_evaluator", "oracle_vm", "commvault", "zerto", "ncentral", "syncro",
            "scale_hypercore", "azure_local", "ibm_powervs", "yandex_cloud",
        ),
    ),
    (
        "7df5b12",
        "rounds 40-42",
        (
            "ms_map_toolkit", "vmware_aria_operations", "flexera_itv", "cohesity",
            "active_directory", "freshservice", "jira_assets", "ocs_inventory", "harvester",
            "fusioncompute", "otrs_itsm_cmdb", "phpipam",
        ),
    ),
    (
        "903923d",
        "rounds 43-44",
        (
            "aws_ec2", "manageengine_endpoint_central", "manageengine_servicedesk_plus",
            "sysaid", "armis", "forescout", "extrahop", "netbackup",
        ),
    ),
    (
        "519bd5e",
        "rounds 46-47",
        (
            "citrix_cvad", "omnissa_horizon", "azure_virtual_desktop", "amazon_workspaces",
            "prometheus", "sensu", "netdata_cloud", "pandora_fms",
        ),
    ),
    (
        "73be6ab",
        "rounds 45 and 48",
        (
            "flexera_cloudscape", "cloudamize", "densify", "tidal_migrations", "haloitsm",
            "matrix42", "easyvista", "asset_panda",
        ),
    ),
    (
        "7521346",
        "rounds 49-50",
        (
            "greenbone", "cortex_xdr", "trellix_epo", "trend_vision_one",
            "manageengine_assetexplorer", "invgate_insight", "solarwinds_service_desk",
            "ivanti_epm",
        ),
    ),
    (
        "e7bdcdf",
        "rounds 51-52",
        (
            "aws_application_discovery", "azure_resource_graph", "open_telekom_cloud",
            "stackit_server", "opmanager", "tactical_rmm", "action1", "pulseway",
        ),
    ),
    (
        "acccc4a",
        "rounds 53, 54, 56, 59",
        (
            "aws_mgn", "autotask_psa", "itglue", "hudu", "racktables", "opendcim", "cmdbuild",
            "redhat_satellite", "osquery", "cloudquery", "steampipe", "glpi_agent",
            "xurrent_4me", "solarwinds_whd", "opentext_smax", "advanced_ip_scanner",
        ),
    ),
    (
        "220913d",
        "rounds 55, 57, 58",
        (
            "domotz", "addigy", "superops", "syxsense", "workspace_one", "hexnode",
            "bitdefender_gravityzone", "kaspersky_ksc", "acronis_cyber_protect", "druva",
            "libvirt", "virtualbox",
        ),
    ),
    (
        "63f8bdf",
        "rounds 60-63",
        (
            "arista_cloudvision", "juniper_mist", "unifi", "fortimanager", "gcore_cloud",
            "cloudsigma", "leaseweb", "cherry_servers", "oomnitza", "ezofficeinventory", "reftab",
            "manageengine_admanager", "vmware_aria_automation", "openstack_ironic", "tinkerbell",
            "racadm",
        ),
    ),
    (
        "1d04682",
        "rounds 64-66",
        (
            "microsoft_defender_for_cloud", "lacework", "orca_security", "prisma_cloud", "cacti",
            "opsview", "snmp_inventory", "pdq_connect", "nutanix_move", "vmware_hcx",
            "azure_site_recovery", "carbonite_migrate",
        ),
    ),
    (
        "1189624",
        "rounds 67-68",
        (
            "faddom", "google_migrate_to_vms", "movere", "aria_operations_for_networks",
            "virtuozzo", "vergeos", "hpe_simplivity", "truenas_vms",
        ),
    ),
    (
        "5757d8e",
        "rounds 69-70",
        (
            "total_network_inventory", "gfi_languard", "n_sight", "xcitium_endpoint_manager",
            "outscale", "naver_cloud", "kamatera", "contabo",
        ),
    ),
    (
        "d417ce7",
        "rounds 71-72",
        (
            "nakivo", "arcserve_udp", "hycu", "unitrends",
            "instana", "sumo_logic", "splunk_itsi", "applications_manager",
        ),
    ),
    (
        "f1d123c",
        "rounds 73-76",
        (
            "bareos", "proxmox_backup_server", "powerprotect_dm", "storware",
            "connectwise_psa", "nlyte", "virima", "hyperview",
            "sakura_cloud", "selectel", "hostinger_vps", "atlantic_net",
            "cisco_secure_endpoint", "malwarebytes_nebula", "huntress", "withsecure_elements",
        ),
    ),
    (
        "1574d11",
        "rounds 77-80",
        (
            "bluecat", "efficientip_solidserver", "micetro", "ip_fabric",
            "xcat", "cobbler", "warewulf", "metal3",
            "maas360", "scalefusion", "miradore", "parallels_ras",
            "nomad", "rancher", "octopus_deploy", "portainer",
        ),
    ),
    (
        "9fc5d0f",
        "rounds 81-84",
        (
            "cloudhealth", "cloudbolt", "cloudability", "vantage",
            "graylog_sidecar", "kolide", "teleport", "tailscale",
            "oci_os_management_hub", "google_os_config", "azure_update_manager", "tuxcare",
            "rivermeadow", "aws_drs", "veeam_recovery_orchestrator", "azure_backup",
        ),
    ),
    (
        "ba68086",
        "rounds 85-88",
        (
            "baidu_bcc", "volcengine_ecs", "phoenixnap_bmc", "latitude_sh",
            "jupiterone", "claroty_xdome", "nozomi_networks", "defender_for_iot",
            "sciencelogic_sl1", "opsramp", "ecostruxure_it", "teamviewer_rm",
            "oci_cloud_migrations", "cloudendure", "aws_backup", "hornetsecurity_vm_backup",
        ),
    ),
    (
        "e09acdf",
        "rounds 89-92",
        (
            "joyent_triton", "lambda_cloud", "hivelocity", "sddc_manager",
            "absolute_secure_endpoint", "simplemdm", "google_endpoint_management", "ivanti_epmm",
            "cisco_ise", "aruba_clearpass", "aruba_central", "extreme_xiq",
            "fix_inventory", "backstage", "docker_engine", "aws_compute_optimizer",
        ),
    ),
)  # fmt: skip

# Run inside the old checkout (its own code and benchmark), against today's datasets.
_DUMP = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
import bench_mapping as bm
bm.DATASETS = Path(sys.argv[1])
try:  # a checkout that has a reranker replays its rules alone: those are what it learns on
    from migrascope.tools import mapping_rerank
    mapping_rerank.enabled_reranker = lambda: None
except ImportError:
    pass
tools = set(sys.argv[2].split(","))
for name, tool, path, truth in bm.datasets():
    if tool not in tools:
        continue
    _, result, _ = bm.map_file_cold(path)
    with bm.open_table(path) as table:
        sample = [r.values for r in table.sample]
    agree = agreements([c.target for c in result.columns], sample)
    columns = []
    for c, agreement in zip(result.columns, agree):
        if c.source not in truth["columns"]:
            continue
        p = c.profile
        columns.append({
            "header": c.source, "truth": truth["columns"][c.source], "target": c.target,
            "conf": round(c.confidence, 4), "decision": c.decision, "combine": c.combine,
            "cands": [[k.target, round(k.score, 4), k.source, round(getattr(k, "own", k.score), 4)]
                      for k in c.candidates[:6]],
            "kinds": {k: round(v, 3) for k, v in (p.kinds if p else {}).items()},
            "dominant": p.dominant if p else "empty",
            "fill": round(p.fill_ratio, 3) if p else 0.0,
            "distinct": round(p.distinct_ratio, 3) if p else 0.0,
            "list_share": round(getattr(p, "list_share", 0.0), 3) if p else 0.0,
            "ncols": len(result.columns),
            "agree": {k: round(v, 3) for k, v in agreement.items()},
        })
    print(json.dumps({"tool": tool, "file": name, "columns": columns}))
"""


def _held_out_tools() -> set[str]:
    index = json.loads((DATASETS / "index.json").read_text(encoding="utf-8"))
    return {d["tool"] for d in index if d.get("split") == "held-out"}


def _replay(commit: str, tools: tuple[str, ...], scratch: Path) -> list[dict]:
    tree = scratch / commit
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    from migrascope.tools import mapping_rerank

    # The feature code the product runs, run as it is inside the old checkout.
    script = "\n".join(
        [
            "from collections.abc import Sequence",
            inspect.getsource(mapping_rerank.value_agreement),
            inspect.getsource(mapping_rerank.agreements),
            _DUMP,
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(DATASETS), ",".join(tools)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _add_model_readings(files: list[dict]) -> None:
    """Today's header model, trained without the tool's own examples, reads each column."""
    from migrascope.tools.mapping_model import HeaderModel, kinds_text_of, load_examples

    examples = load_examples()
    for tool in sorted({f["tool"] for f in files}):
        model = HeaderModel([e for e in examples if e.tool != tool])
        for f in (f for f in files if f["tool"] == tool):
            kinds = [kinds_text_of(c["kinds"], bool(c["fill"])) for c in f["columns"]]
            readings = model.read_kinds(
                [(c["header"], k) for c, k in zip(f["columns"], kinds, strict=True)], 5
            )
            for c, rs in zip(f["columns"], readings, strict=True):
                c["model"] = [[r.target, round(r.probability, 4)] for r in rs]


def _read() -> list[dict]:
    """The replays file as it stands: one dict per replayed file."""
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line]


def _write(files: list[dict], summary: str = "") -> None:
    """The replays file: one JSON object per file, in file-name order."""
    files = sorted(files, key=lambda f: f["file"])
    OUT.write_text("".join(json.dumps(f, sort_keys=True) + "\n" for f in files), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(files)} files{summary}")


def relabel() -> None:
    """Refresh the replays' true fields (and the header model's readings) from today's labels.

    The old checkouts' mapping of a file does not depend on its labels, so after labels
    change (``evals/LABELLING_GUIDE.md``) only each column's ``truth`` and the header
    model, trained on the relabelled examples, need redoing: minutes instead of a replay.
    """
    files = _read()
    changed = 0
    for f in files:
        truth = json.loads((DATASETS / f["file"] / "truth.json").read_text(encoding="utf-8"))
        for c in f["columns"]:
            label = truth["columns"].get(c["header"], c["truth"])
            changed += label != c["truth"]
            c["truth"] = label
    _add_model_readings(files)
    _write(files, f", {changed} labels changed")


def _replay_rounds(rounds: Sequence[tuple[str, str, tuple[str, ...]]]) -> list[dict]:
    """Replay each round at its blind commit (a worktree removed afterwards)."""
    held_out = _held_out_tools()
    files: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="replays-") as tmp:
        scratch = Path(tmp)
        try:
            for commit, label, tools in rounds:
                leaked = held_out.intersection(tools)
                if leaked:
                    raise SystemExit(f"{label}: held-out tools must not be replayed: {leaked}")
                replayed = _replay(commit, tools, scratch)
                right = sum(c["target"] == c["truth"] for f in replayed for c in f["columns"])
                total = sum(len(f["columns"]) for f in replayed)
                print(f"{label} at {commit}: {len(replayed)} files, {right}/{total} right")
                files.extend(replayed)
        finally:
            for commit, _, _ in rounds:
                if (scratch / commit).exists():
                    subprocess.run(
                        [
                            "git",
                            "-C",
                            str(ROOT),
                            "worktree",
                            "remove",
                            "--force",
                            str(scratch / commit),
                        ],
                        check=False,
                    )
    return files


def missing() -> None:
    """Replay only the rounds none of whose tools the file has yet (rounds just moved to
    dev), keep every other file as it is and refresh the header model's readings: a
    replay of the old rounds would give the same output (their commits and, after
    ``--relabel``, their labels are fixed), so minutes instead of a full rebuild."""
    files = _read()
    have = {f["tool"] for f in files}
    rounds = [r for r in REPLAYS if not have.intersection(r[2])]
    if not rounds:
        raise SystemExit("every round of REPLAYS is in the replays already")
    files.extend(_replay_rounds(rounds))
    _add_model_readings(files)
    _write(files, f", {len(rounds)} new round(s): {', '.join(r[1] for r in rounds)}")


def main() -> None:
    if sys.argv[1:] == ["--relabel"]:
        relabel()
        return
    if sys.argv[1:] == ["--missing"]:
        missing()
        return
    files = _replay_rounds(REPLAYS)
    _add_model_readings(files)
    _write(files)


if __name__ == "__main__":
    main()
