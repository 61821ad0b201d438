"""Synthetic IT estates with ground-truth labels.

Why: migrascope's mapper, classifier and planner need (a) labelled inputs of any size for
evals and regression tests, and (b) very large files (up to 1,000,000 rows) for ingest
benchmarks.  Real customer exports can't be shipped, so this module fabricates estates that
behave like real ones: hosts grouped into applications with web/app/db tiers, dependencies
web -> app -> db plus app -> shared services (ldap, dns, smtp), environments encoded in
hostnames, and OS / vendor / sizing that match the asset type.  Each estate can be rendered
with the column headers of a real tool (ServiceNow, RVTools, Azure Migrate) or a generic
spreadsheet, together with the truth: header -> canonical field, and per-row labels.

Everything is driven by one ``random.Random(seed)``, so a seed always yields the same
estate; ``iter_rows`` streams the very same rows as ``generate_estate`` without keeping
them in memory (only the handful of shared-service hosts are remembered).
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from migrascope.config import CANONICAL_FIELDS as _SCHEMA_FIELDS
from migrascope.config import TAXONOMY

__all__ = [
    "ASSET_TYPES",
    "CANONICAL_FIELDS",
    "CONVENTIONS",
    "HEADER_STYLES",
    "SyntheticAsset",
    "SyntheticEstate",
    "generate_estate",
    "iter_rows",
    "write_csv",
    "write_truth",
]

# The schema and taxonomy are data (config/data/*.toml); re-exported here for callers
# of the generator.
ASSET_TYPES: tuple[str, ...] = TAXONOMY
CANONICAL_FIELDS: tuple[str, ...] = _SCHEMA_FIELDS

ENVIRONMENTS: tuple[str, ...] = ("production", "staging", "test", "development", "dr")

# Naming conventions: the template is what a human would write in a naming standard.
# {env}/{app}/{role}/{site} are convention-specific codes (see _ENV_CODES / _role_code).
CONVENTIONS: dict[str, str] = {
    "dash": "{env}-{app}-{role}{nn:02d}",  # prd-pay-web01
    "compact": "{site}{env}{role}{nn:03d}",  # LONPRDSQL014
    "underscore": "{app}_{role}_{env}_{nn:02d}",  # pay_app_p_03
    "dotted": "{role}{nn:02d}.{app}.{env}.corp.local",  # web01.pay.prod.corp.local
}
_ENV_CODES: dict[str, dict[str, str]] = {
    "dash": {
        "production": "prd",
        "staging": "stg",
        "test": "tst",
        "development": "dev",
        "dr": "dr",
    },
    "compact": {
        "production": "PRD",
        "staging": "STG",
        "test": "TST",
        "development": "DEV",
        "dr": "DRS",
    },
    "underscore": {"production": "p", "staging": "s", "test": "t", "development": "d", "dr": "r"},
    "dotted": {
        "production": "prod",
        "staging": "stage",
        "test": "test",
        "development": "dev",
        "dr": "dr",
    },
}
# role -> (lower-case code, 3-letter upper code for the compact convention)
_ROLE_CODES: dict[str, tuple[str, str]] = {
    "web": ("web", "WEB"),
    "app": ("app", "APP"),
    "mssql": ("sql", "SQL"),
    "oracle": ("ora", "ORA"),
    "postgres": ("pg", "PGS"),
    "mysql": ("mysql", "MYS"),
    "ldap": ("ldap", "LDP"),
    "dns": ("dns", "DNS"),
    "smtp": ("smtp", "SMT"),
    "esx": ("esx", "ESX"),
    "k8s": ("k8s", "K8S"),
    "sw": ("sw", "SWI"),
    "rtr": ("rtr", "RTR"),
    "fw": ("fw", "FWL"),
    "lb": ("lb", "LBL"),
    "nas": ("nas", "NAS"),
    "ups": ("ups", "UPS"),
    "prn": ("prn", "PRN"),
}
_SITES: tuple[tuple[str, str, str], ...] = (
    ("LON", "London", "LD5"),
    ("NYC", "New York", "NY2"),
    ("FRA", "Frankfurt", "FR4"),
    ("SIN", "Singapore", "SG1"),
)
_APPS: tuple[tuple[str, str, str], ...] = (
    ("pay", "payments", "Finance"),
    ("crm", "crm", "Sales"),
    ("hr", "hr-portal", "HR"),
    ("erp", "erp", "Finance"),
    ("bil", "billing", "Finance"),
    ("inv", "inventory", "Operations"),
    ("wms", "warehouse-management", "Logistics"),
    ("pos", "point-of-sale", "Retail"),
    ("mes", "manufacturing-execution", "Manufacturing"),
    ("trd", "trading", "Markets"),
    ("kyc", "kyc", "Compliance"),
    ("lms", "loan-management", "Lending"),
    ("dwh", "data-warehouse", "Analytics"),
    ("cms", "content-management", "Marketing"),
    ("ecom", "ecommerce", "Digital"),
    ("shp", "shipping", "Logistics"),
)
_SHARED: tuple[tuple[str, str], ...] = (
    ("ldap", "directory"),
    ("dns", "dns"),
    ("smtp", "smtp-relay"),
)
# infra role -> app-slot code used in the hostname, asset type
_INFRA: dict[str, tuple[str, str]] = {
    "esx": ("vmw", "server"),
    "k8s": ("k8s", "container_platform"),
    "sw": ("net", "network_device"),
    "rtr": ("net", "network_device"),
    "fw": ("sec", "firewall"),
    "lb": ("ltm", "load_balancer"),
    "nas": ("stor", "storage"),
    "ups": ("fac", "other"),
    "prn": ("fac", "other"),
}
_INFRA_WEIGHTS: dict[str, float] = {
    "esx": 4,
    "k8s": 3,
    "sw": 4,
    "rtr": 1,
    "fw": 1.5,
    "lb": 1,
    "nas": 1,
    "ups": 0.7,
    "prn": 0.7,
}
_PEOPLE = (
    "Alice Carter",
    "Bob Nguyen",
    "Chen Wei",
    "Dana Okafor",
    "Erik Larsson",
    "Fatima Khan",
    "Giulia Rossi",
    "Hiro Tanaka",
    "Ivan Petrov",
    "Julia Schmidt",
)

# (os_name, os_version, rvtools guest id)
_WIN = (
    (
        "Microsoft Windows Server 2012 R2 Standard",
        "6.3.9600",
        "Microsoft Windows Server 2012 (64-bit)",
    ),
    (
        "Microsoft Windows Server 2016 Standard",
        "10.0.14393",
        "Microsoft Windows Server 2016 or later (64-bit)",
    ),
    (
        "Microsoft Windows Server 2019 Datacenter",
        "10.0.17763",
        "Microsoft Windows Server 2019 (64-bit)",
    ),
    (
        "Microsoft Windows Server 2022 Datacenter",
        "10.0.20348",
        "Microsoft Windows Server 2022 (64-bit)",
    ),
)
_LNX = (
    ("Red Hat Enterprise Linux 7.9 (Maipo)", "7.9", "Red Hat Enterprise Linux 7 (64-bit)"),
    ("Red Hat Enterprise Linux 8.8 (Ootpa)", "8.8", "Red Hat Enterprise Linux 8 (64-bit)"),
    ("Red Hat Enterprise Linux 9.2 (Plow)", "9.2", "Red Hat Enterprise Linux 9 (64-bit)"),
    ("Ubuntu 20.04.6 LTS", "20.04", "Ubuntu Linux (64-bit)"),
    ("Ubuntu 22.04.3 LTS", "22.04", "Ubuntu Linux (64-bit)"),
    ("SUSE Linux Enterprise Server 15 SP4", "15.4", "SUSE Linux Enterprise 15 (64-bit)"),
    ("CentOS Linux 7.9.2009 (Core)", "7.9", "CentOS 7 (64-bit)"),
)
_PHYS = (
    ("Dell Inc.", "PowerEdge R740", "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 20),
    ("Dell Inc.", "PowerEdge R750", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 32),
    ("HPE", "ProLiant DL380 Gen10", "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", 20),
    ("HPE", "ProLiant DL360 Gen10 Plus", "Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", 16),
)
# infra role -> (manufacturer, model, os name, os version)
_DEVICES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "sw": (
        ("Cisco", "C9300-48P", "Cisco IOS-XE", "17.6.4"),
        ("Cisco", "N9K-C93180YC-EX", "Cisco NX-OS", "9.3(10)"),
        ("Juniper Networks", "EX4300-48T", "Junos OS", "21.4R3"),
    ),
    "rtr": (
        ("Cisco", "ASR1001-X", "Cisco IOS-XE", "17.3.5"),
        ("Juniper Networks", "MX204", "Junos OS", "22.2R1"),
    ),
    "fw": (
        ("Palo Alto Networks", "PA-5220", "PAN-OS", "10.2.4"),
        ("Palo Alto Networks", "PA-3220", "PAN-OS", "10.1.9"),
        ("Fortinet", "FortiGate-600E", "FortiOS", "7.2.5"),
    ),
    "lb": (
        ("F5 Networks", "BIG-IP i5800", "F5 TMOS", "15.1.8"),
        ("Citrix", "NetScaler MPX 8905", "Citrix ADC", "13.1"),
    ),
    "nas": (
        ("NetApp", "FAS8200", "NetApp ONTAP", "9.12.1"),
        ("Pure Storage", "FlashArray//X70R3", "Purity//FA", "6.3.5"),
    ),
    "ups": (("APC", "Smart-UPS SRT 5000", "", ""),),
    "prn": (("HP", "LaserJet Enterprise M607", "", ""),),
}
_VIRTUAL_APPLIANCE = {
    "fw": ("PAN-OS (VM-Series)", "10.2.4", "Other 3.x or later Linux (64-bit)"),
    "lb": ("F5 BIG-IP VE TMOS", "16.1.3", "Other 3.x or later Linux (64-bit)"),
}
_DB_ENGINES = {
    "mssql": "Microsoft SQL Server",
    "oracle": "Oracle Database",
    "postgres": "PostgreSQL",
    "mysql": "MySQL",
}
_ENV_SHORT = {
    "production": "PROD",
    "staging": "STG",
    "test": "TEST",
    "development": "DEV",
    "dr": "DR",
}
_USED_FOR = {
    "production": "Production",
    "staging": "Staging",
    "test": "QA",
    "development": "Development",
    "dr": "Disaster recovery",
}

# Column layouts per header style: (header, canonical field or None, unit or None, getter).
_Getter = Callable[["_Host"], str]


@dataclass(slots=True)
class _Host:
    """Internal mutable host record; rendered to a row by the header style."""

    name: str
    role: str
    asset_type: str
    env: str
    app: str | None
    dept: str
    site: tuple[str, str, str]
    virtual: bool
    ip: str = ""
    mac: str = ""
    os_name: str = ""
    os_version: str = ""
    vmx_os: str = ""
    manufacturer: str = ""
    model: str = ""
    cpu_model: str = ""
    sockets: int = 0
    cores_per_socket: int = 0
    mem_mb: int = 0
    disks: tuple[int, ...] = ()
    used_gb: int = 0
    powered_on: bool = True
    owner: str = ""
    vhost: str = ""
    cluster: str = ""
    serial: str = ""
    uid: int = 0
    desc: str = ""
    deps: list[str] = field(default_factory=list)


def _s(v: int) -> str:
    return str(v) if v else ""


def _os_family_class(h: _Host) -> str:
    if h.role == "esx":
        return "ESX Server"
    if h.asset_type in ("network_device",):
        return "IP Switch" if h.role == "sw" else "IP Router"
    return {
        "firewall": "IP Firewall",
        "load_balancer": "Load Balancer",
        "storage": "Storage Device",
        "other": "Hardware",
    }.get(h.asset_type, "Windows Server" if h.os_name.startswith("Microsoft") else "Linux Server")


_LAYOUTS: dict[str, list[tuple[str, str | None, str | None, _Getter]]] = {
    "servicenow": [
        ("Name", "hostname", None, lambda h: h.name),
        ("Class", "asset_type", None, _os_family_class),
        ("Operating System", "os_name", None, lambda h: h.os_name),
        ("OS Version", "os_version", None, lambda h: h.os_version),
        ("Manufacturer", "manufacturer", None, lambda h: h.manufacturer),
        ("Model ID", "model", None, lambda h: h.model),
        ("Serial number", "serial_number", None, lambda h: h.serial),
        ("CPU type", "cpu_model", None, lambda h: h.cpu_model),
        ("CPU count", "cpu_sockets", None, lambda h: _s(h.sockets)),
        ("CPU core count", "cpu_cores", None, lambda h: _s(h.cores_per_socket)),  # per socket!
        ("RAM (MB)", "memory_gb", "MB", lambda h: _s(h.mem_mb)),
        ("Disk space (GB)", "storage_gb", "GB", lambda h: _s(sum(h.disks))),
        ("IP Address", "ip_address", None, lambda h: h.ip),
        ("MAC Address", "mac_address", None, lambda h: h.mac),
        ("Location", "location", None, lambda h: f"{h.site[1]} - {h.site[2]}"),
        ("Used for", "environment", None, lambda h: _USED_FOR[h.env]),
        ("Assigned to", "technical_owner", None, lambda h: h.owner),
        ("Department", "department", None, lambda h: h.dept),
        ("Virtual", "is_virtual", None, lambda h: "true" if h.virtual else "false"),
        (
            "Install Status",
            "status",
            None,
            lambda h: "Installed" if h.powered_on else "In maintenance",
        ),
        ("Short description", "description", None, lambda h: h.desc),
        ("Sys ID", "asset_id", None, lambda h: f"{h.uid:032x}"),
    ],
    "rvtools": [
        ("VM", "hostname", None, lambda h: h.name),
        (
            "Powerstate",
            "power_state",
            None,
            lambda h: "poweredOn" if h.powered_on else "poweredOff",
        ),
        ("Template", None, None, lambda h: "False"),
        (
            "DNS Name",
            "fqdn",
            None,
            lambda h: (
                (h.name if "." in h.name else f"{h.name.lower()}.corp.local")
                if h.powered_on
                else ""
            ),
        ),
        ("CPUs", "cpu_cores", None, lambda h: str(h.sockets * h.cores_per_socket)),
        ("Memory", "memory_gb", "MiB", lambda h: str(h.mem_mb)),
        ("NICs", None, None, lambda h: "1"),
        ("Disks", None, None, lambda h: str(len(h.disks))),
        ("Primary IP Address", "ip_address", None, lambda h: h.ip if h.powered_on else ""),
        ("Provisioned MiB", "storage_gb", "MiB", lambda h: str(sum(h.disks) * 1024 + h.mem_mb)),
        ("In Use MiB", "storage_used_gb", "MiB", lambda h: str(h.used_gb * 1024)),
        ("Annotation", "description", None, lambda h: h.desc),
        ("Datacenter", "datacenter", None, lambda h: h.site[2]),
        ("Cluster", "cluster", None, lambda h: h.cluster),
        ("Host", "virtualization_host", None, lambda h: h.vhost),
        ("OS according to the configuration file", "os_name", None, lambda h: h.vmx_os),
        (
            "OS according to the VMware Tools",
            "os_name",
            None,
            lambda h: h.os_name if h.powered_on else "",
        ),
        ("VM ID", "asset_id", None, lambda h: f"vm-{h.uid % 100000000}"),
        ("VM UUID", None, None, lambda h: f"{h.uid:032x}"),
    ],
    "azure": [
        ("*Server name", "hostname", None, lambda h: h.name),
        ("IP addresses", "ip_address", None, lambda h: h.ip),
        ("*Cores", "cpu_cores", None, lambda h: str(h.sockets * h.cores_per_socket)),
        ("*Memory (In MB)", "memory_gb", "MB", lambda h: str(h.mem_mb)),
        ("*OS name", "os_name", None, lambda h: h.os_name),
        ("OS version", "os_version", None, lambda h: h.os_version),
        ("OS architecture", None, None, lambda h: "x64"),
        ("Number of disks", None, None, lambda h: str(len(h.disks))),
        ("Disk 1 size (In GB)", "storage_gb", "GB", lambda h: _s(h.disks[0] if h.disks else 0)),
        (
            "Disk 2 size (In GB)",
            "storage_gb",
            "GB",
            lambda h: _s(h.disks[1] if len(h.disks) > 1 else 0),
        ),
        (
            "Disk 3 size (In GB)",
            "storage_gb",
            "GB",
            lambda h: _s(h.disks[2] if len(h.disks) > 2 else 0),
        ),
        ("Virtual machine ID", "asset_id", None, lambda h: f"{h.uid:032x}" if h.virtual else ""),
        ("MAC address", "mac_address", None, lambda h: h.mac),
    ],
    "generic": [
        ("Hostname", "hostname", None, lambda h: h.name),
        ("IP", "ip_address", None, lambda h: h.ip),
        ("OS", "os_name", None, lambda h: f"{h.os_name} {h.os_version}".strip()),
        ("Manufacturer", "manufacturer", None, lambda h: h.manufacturer),
        ("Model", "model", None, lambda h: h.model),
        ("vCPU", "cpu_cores", None, lambda h: _s(h.sockets * h.cores_per_socket)),
        ("RAM GB", "memory_gb", "GB", lambda h: _s(h.mem_mb // 1024)),
        ("Storage GB", "storage_gb", "GB", lambda h: _s(sum(h.disks))),
        ("Env", "environment", None, lambda h: _ENV_SHORT[h.env]),
        ("App", "application_name", None, lambda h: h.app or ""),
        ("Owner", "business_owner", None, lambda h: h.owner),
        ("Site", "location", None, lambda h: h.site[1]),
        ("Physical/Virtual", "is_virtual", None, lambda h: "Virtual" if h.virtual else "Physical"),
        ("Depends On", "dependencies", None, lambda h: ", ".join(h.deps)),
        ("Notes", "description", None, lambda h: h.desc),
    ],
}
HEADER_STYLES: tuple[str, ...] = tuple(_LAYOUTS)
# Styles whose source tool only ever lists VMs / servers: restricts what the estate contains.
_VM_ONLY = {"rvtools"}
_SERVERS_ONLY = {"azure"}


@dataclass(frozen=True)
class SyntheticAsset:
    """One labelled row: the raw values an export would contain plus the truth about it."""

    row: dict[str, str]
    asset_type: str
    environment: str | None
    application: str | None
    hostname: str


@dataclass(frozen=True)
class SyntheticEstate:
    """A whole labelled estate: rows, column truth, dependency edges, naming standard."""

    columns: list[str]
    assets: list[SyntheticAsset]
    truth_columns: dict[str, str | None]
    dependencies: list[tuple[str, str]]
    naming_template: str
    header_style: str = "servicenow"
    units: dict[str, str] = field(default_factory=dict)


class _Builder:
    """Stateful generator of host blocks (shared services, app stacks, infra batches).

    Only counters, the app pool and the shared-service hosts are kept, so streaming a
    million rows uses constant memory.
    """

    def __init__(
        self,
        *,
        seed: int,
        convention: str,
        header_style: str,
        n_apps: int | None,
        dependency_density: float,
        n_total: int,
    ) -> None:
        if convention not in CONVENTIONS:
            raise ValueError(
                f"unknown convention {convention!r}; choose from {sorted(CONVENTIONS)}"
            )
        if header_style not in _LAYOUTS:
            raise ValueError(f"unknown header_style {header_style!r}; choose from {HEADER_STYLES}")
        if dependency_density < 0:
            raise ValueError("dependency_density must be >= 0")
        self.rng = random.Random(seed)
        self.conv = convention
        self.style = header_style
        self.density = dependency_density
        self.counters: dict[tuple[str, ...], int] = {}
        self.vm_only = header_style in _VM_ONLY
        self.servers_only = header_style in _SERVERS_ONLY
        n = n_apps if n_apps is not None else max(2, n_total // 15)
        if n < 1:
            raise ValueError("n_apps must be >= 1")
        self.apps: list[tuple[str, str, str]] = []
        for i in range(n):
            code, name, dept = _APPS[i % len(_APPS)]
            k = i // len(_APPS)
            self.apps.append(
                (code, name, dept) if k == 0 else (f"{code}{k + 1}", f"{name}-{k + 1}", dept)
            )
        self.shared: dict[str, list[str]] = {}

    # -- naming ---------------------------------------------------------------------------
    def _name(self, env: str, app_code: str, role: str, site: tuple[str, str, str]) -> str:
        lower, upper = _ROLE_CODES[role]
        envc = _ENV_CODES[self.conv][env]
        if self.conv == "compact":
            key: tuple[str, ...] = (site[0], envc, upper)
        else:
            key = (envc, app_code, lower)
        nn = self.counters.get(key, 0) + 1
        self.counters[key] = nn
        if self.conv == "dash":
            return f"{envc}-{app_code}-{lower}{nn:02d}"
        if self.conv == "compact":
            return f"{site[0]}{envc}{upper}{nn:03d}"
        if self.conv == "underscore":
            return f"{app_code}_{lower}_{envc}_{nn:02d}"
        return f"{lower}{nn:02d}.{app_code}.{envc}.corp.local"

    # -- host factory ---------------------------------------------------------------------
    def _host(
        self,
        role: str,
        env: str,
        app: tuple[str, str, str] | None,
        app_code: str,
        site: tuple[str, str, str],
        virtual: bool,
    ) -> _Host:
        rng = self.rng
        if role in _DB_ENGINES:
            atype = "database"
        elif role in _INFRA:
            atype = _INFRA[role][1]
        else:
            atype = "virtual_machine" if virtual else "server"
        h = _Host(
            name=self._name(env, app_code, role, site),
            role=role,
            asset_type=atype,
            env=env,
            app=app[1] if app else None,
            dept=app[2] if app else "IT",
            site=site,
            virtual=virtual,
            owner=rng.choice(_PEOPLE),
            uid=rng.getrandbits(128),
        )
        octet = _SITES.index(site) * 10 + 10
        h.ip = (
            f"10.{octet}.{ENVIRONMENTS.index(env) * 16 + rng.randrange(16)}.{rng.randrange(2, 254)}"
        )
        if role in _DEVICES and not (virtual and role in _VIRTUAL_APPLIANCE):
            h.manufacturer, h.model, h.os_name, h.os_version = rng.choice(_DEVICES[role])
            h.serial = f"{rng.getrandbits(40):010X}"
            if role == "nas":
                h.disks = (rng.choice((50, 100, 200)) * 1024,)
                h.used_gb = int(h.disks[0] * rng.uniform(0.4, 0.85))
            if role in ("fw", "lb"):
                h.mem_mb = rng.choice((16, 32, 64)) * 1024
            h.desc = {
                "sw": "switch",
                "rtr": "WAN router",
                "fw": "perimeter firewall",
                "lb": "load balancer",
                "nas": "storage array",
                "ups": "UPS",
                "prn": "printer",
            }[role]
            h.mac = f"00:1E:BD:{rng.getrandbits(24):06X}"
            h.mac = h.mac[:9] + ":".join((h.mac[9:11], h.mac[11:13], h.mac[13:15]))
            return h
        # compute: VMs, physical servers, DBs, ESXi, k8s, virtual appliances
        if role in _VIRTUAL_APPLIANCE:
            h.os_name, h.os_version, h.vmx_os = _VIRTUAL_APPLIANCE[role]
            h.desc = "BIG-IP VE" if role == "lb" else "VM-Series firewall"
        elif role == "esx":
            h.os_name, h.os_version, h.vmx_os = "VMware ESXi 7.0.3", "7.0.3", ""
            h.desc = "ESXi host"
        elif role == "mssql" or (role in ("web", "app") and rng.random() < 0.45):
            h.os_name, h.os_version, h.vmx_os = rng.choice(_WIN)
        elif role in ("ldap", "dns", "smtp", "k8s", "web", "app", "oracle", "postgres", "mysql"):
            h.os_name, h.os_version, h.vmx_os = rng.choice(_LNX[:3] if role == "oracle" else _LNX)
        if role in _DB_ENGINES:
            h.desc = f"{_DB_ENGINES[role]} for {h.app}"
        elif role == "k8s":
            h.desc = rng.choice(("Kubernetes worker node", "OpenShift worker"))
        elif role in ("web", "app"):
            h.desc = f"{h.app} {role} tier"
        elif role in ("ldap", "dns", "smtp"):
            h.desc = {"ldap": "LDAP directory", "dns": "DNS resolver", "smtp": "SMTP relay"}[role]
        if virtual:
            h.manufacturer, h.model = "VMware, Inc.", "VMware Virtual Platform"
            h.cpu_model = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"
            total = rng.choice((4, 8, 16, 16, 32) if atype == "database" else (2, 2, 4, 4, 8, 16))
            h.sockets = 2 if total >= 8 and rng.random() < 0.3 else 1
            h.cores_per_socket = total // h.sockets
            h.mem_mb = (
                rng.choice((32, 64, 128, 256) if atype == "database" else (4, 8, 16, 32)) * 1024
            )
            h.serial = f"VMware-42 {h.uid >> 64:016x}"
            h.mac = f"00:50:56:{rng.randrange(256):02x}:{rng.randrange(256):02x}:{rng.randrange(256):02x}"
            esx = rng.randrange(1, 17)
            h.vhost = f"{site[0].lower()}-esx-{esx:02d}.corp.local"
            h.cluster = f"{site[0]}-CL{1 + esx % 2}"
            h.powered_on = rng.random() > 0.03
        else:
            man, model, cpu, cps = rng.choice(_PHYS)
            h.manufacturer, h.model, h.cpu_model = man, model, cpu
            h.sockets, h.cores_per_socket = 2, cps
            h.mem_mb = rng.choice((256, 384, 512, 768, 1024)) * 1024
            h.serial = f"{rng.getrandbits(35):07X}"
            h.mac = f"F4:8E:38:{rng.randrange(256):02X}:{rng.randrange(256):02X}:{rng.randrange(256):02X}"
        nd = 1 + (rng.random() < 0.6) + (atype == "database")
        h.disks = (
            rng.choice((40, 60, 80, 100)),
            *tuple(rng.choice((100, 200, 500, 1024)) for _ in range(nd - 1)),
        )
        h.used_gb = int(sum(h.disks) * rng.uniform(0.2, 0.9))
        return h

    # -- blocks ---------------------------------------------------------------------------
    def shared_block(self) -> list[_Host]:
        """Shared services every app may depend on (created once, remembered)."""
        out = []
        for role, name in _SHARED:
            hosts = [
                self._host(role, "production", (role, name, "IT"), role, _SITES[i], True)
                for i in range(2)
            ]
            self.shared[role] = [h.name for h in hosts]
            out.extend(hosts)
        return out

    def app_block(self) -> list[_Host]:
        """One application stack in one environment: web -> app -> db (+ shared services)."""
        rng = self.rng
        app = rng.choice(self.apps)
        env = rng.choices(ENVIRONMENTS, (5, 1.5, 2, 2, 1))[0]
        site = rng.choice(_SITES)
        big = env == "production"
        vr = 1.0 if self.vm_only else 0.8
        webs = [
            self._host("web", env, app, app[0], site, rng.random() < vr)
            for _ in range(rng.choice((0, 1, 2, 2, 3) if big else (0, 1, 1)))
        ]
        apps = [
            self._host("app", env, app, app[0], site, rng.random() < vr)
            for _ in range(rng.choice((1, 2, 3, 4) if big else (1, 1, 2)))
        ]
        engine = rng.choices(("mssql", "oracle", "postgres", "mysql"), (4, 3, 2, 1))[0]
        dbs = [
            self._host(engine, env, app, app[0], site, rng.random() < vr)
            for _ in range(rng.choice((1, 1, 2) if big else (1,)))
        ]
        d = self.density
        if d > 0:
            k = max(1, round(d))
            for w in webs:
                w.deps = [a.name for a in rng.sample(apps, min(k, len(apps)))]
            for a in apps:
                a.deps = [db.name for db in dbs[:k]]
                extra = d - 1.0
                for role in ("ldap", "dns", "smtp"):
                    if self.shared and extra > 0 and rng.random() < min(1.0, extra / 2):
                        a.deps.append(rng.choice(self.shared[role]))
        return webs + apps + dbs

    def infra_block(self) -> list[_Host]:
        """A few infrastructure devices (respecting what the header style's tool can see)."""
        rng = self.rng
        roles = list(_INFRA_WEIGHTS)
        if self.vm_only:
            roles = ["k8s", "fw", "lb"]
        elif self.servers_only:
            roles = ["esx", "k8s"]
        weights = [_INFRA_WEIGHTS[r] for r in roles]
        out = []
        for _ in range(rng.randrange(1, 4)):
            role = rng.choices(roles, weights)[0]
            virtual = self.vm_only or (role == "k8s" and rng.random() < 0.5)
            out.append(
                self._host(role, "production", None, _INFRA[role][0], rng.choice(_SITES), virtual)
            )
        return out


def _stream(
    n_rows: int,
    *,
    seed: int,
    convention: str,
    header_style: str,
    n_apps: int | None,
    dependency_density: float,
) -> Iterator[_Host]:
    """Yield exactly ``n_rows`` hosts; dependencies only point at hosts already emitted or
    emitted in the same block (dangling edges from truncation are removed)."""
    if n_rows < 0:
        raise ValueError("n_rows must be >= 0")
    b = _Builder(
        seed=seed,
        convention=convention,
        header_style=header_style,
        n_apps=n_apps,
        dependency_density=dependency_density,
        n_total=n_rows,
    )
    emitted = 0
    blocks: list[Callable[[], list[_Host]]] = [b.app_block, b.infra_block]
    first = b.shared_block() if n_rows >= 12 else []
    while emitted < n_rows:
        block = first or (blocks[0] if b.rng.random() < 0.7 else blocks[1])()
        first = []
        block = block[: n_rows - emitted]
        names = {h.name for h in block}
        shared = {n for v in b.shared.values() for n in v}
        for h in block:
            if h.deps:
                h.deps = [d for d in h.deps if d in names or d in shared]
            yield h
        emitted += len(block)


def _render(h: _Host, layout: list[tuple[str, str | None, str | None, _Getter]]) -> dict[str, str]:
    return {hdr: get(h) for hdr, _f, _u, get in layout}


def iter_rows(
    n_rows: int, *, seed: int = 0, convention: str = "dash", header_style: str = "servicenow"
) -> Iterator[dict[str, str]]:
    """Stream raw rows (header -> value) for benchmark files without holding them in memory.

    Yields exactly the rows ``generate_estate(n_rows, seed=..., ...)`` would contain.
    """
    layout = _LAYOUTS.get(header_style)
    if layout is None:
        raise ValueError(f"unknown header_style {header_style!r}; choose from {HEADER_STYLES}")
    for h in _stream(
        n_rows,
        seed=seed,
        convention=convention,
        header_style=header_style,
        n_apps=None,
        dependency_density=1.5,
    ):
        yield _render(h, layout)


def generate_estate(
    n_assets: int,
    *,
    seed: int = 0,
    convention: str = "dash",
    header_style: str = "servicenow",
    n_apps: int | None = None,
    dependency_density: float = 1.5,
) -> SyntheticEstate:
    """Build a labelled estate of exactly ``n_assets`` rows.

    ``dependency_density`` ~ outgoing edges per web/app host (0 disables dependencies;
    values above 1 add app -> shared-service edges).  ``n_apps`` caps distinct applications.
    """
    if header_style not in _LAYOUTS:
        raise ValueError(f"unknown header_style {header_style!r}; choose from {HEADER_STYLES}")
    layout = _LAYOUTS[header_style]
    assets: list[SyntheticAsset] = []
    deps: list[tuple[str, str]] = []
    for h in _stream(
        n_assets,
        seed=seed,
        convention=convention,
        header_style=header_style,
        n_apps=n_apps,
        dependency_density=dependency_density,
    ):
        assets.append(
            SyntheticAsset(
                row=_render(h, layout),
                asset_type=h.asset_type,
                environment=h.env,
                application=h.app,
                hostname=h.name,
            )
        )
        deps.extend((h.name, d) for d in h.deps)
    # shared services can be referenced before truncation removed them: keep only real hosts
    names = {a.hostname for a in assets}
    deps = [(s, t) for s, t in deps if t in names]
    return SyntheticEstate(
        columns=[c[0] for c in layout],
        assets=assets,
        truth_columns={c[0]: c[1] for c in layout},
        dependencies=deps,
        naming_template=CONVENTIONS[convention],
        header_style=header_style,
        units={c[0]: c[2] for c in layout if c[2]},
    )


def write_csv(estate: SyntheticEstate, path: Path) -> None:
    """Write the estate's rows as a UTF-8 CSV with the estate's header order."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=estate.columns, lineterminator="\n")
        w.writeheader()
        for a in estate.assets:
            w.writerow(a.row)


def write_truth(estate: SyntheticEstate, path: Path) -> None:
    """Write truth.json in the evals/datasets format (plus dependencies and naming template)."""
    name_col = estate.columns[0]
    truth = {
        "tool": f"synthetic_{estate.header_style}",
        "description": "Generated by migrascope.tools.synthetic.generate_estate",
        "columns": estate.truth_columns,
        "units": estate.units,
        "rows": [
            {
                "row": i,
                "name": a.row.get(name_col, a.hostname),
                "asset_type": a.asset_type,
                "environment": a.environment,
                "application": a.application,
            }
            for i, a in enumerate(estate.assets, 1)
        ],
        "pair": None,
        "naming_template": estate.naming_template,
        "dependencies": [list(e) for e in estate.dependencies],
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
