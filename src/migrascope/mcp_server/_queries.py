"""Read-side SQL the MCP tools need beyond the repositories (explanations, search, stats).

Every statement filters on ``tenant_id = %(tenant)s``: the caller's tenant, taken
from the connection, is the only one a statement can see.
"""

from __future__ import annotations

from typing import Any

from migrascope.config import load_data
from migrascope.memory import Store

__all__ = [
    "asset_rows",
    "feedback_history",
    "latest_column_decision",
    "review_assets",
    "set_asset_type",
    "stats_counts",
]

_LATEST_COLUMN_SQL = """
SELECT i.import_id, i.file_name, i.started_at, m AS decision
FROM imports i, jsonb_array_elements(i.mapping) AS m
WHERE i.tenant_id = %(tenant)s AND m->>'source' = %(column)s
ORDER BY i.import_id DESC LIMIT 1
"""
_HISTORY_SQL = """
SELECT event_id, action, proposed, corrected, confidence, actor, created_at
FROM feedback_events
WHERE tenant_id = %(tenant)s AND operation = %(operation)s AND subject = %(subject)s
ORDER BY event_id DESC LIMIT %(limit)s
"""
# Filters are optional: a NULL parameter switches its clause off, so one prepared
# shape serves every combination and nothing is spliced into the SQL text.
_ASSETS_SQL = """
SELECT *, count(*) OVER () AS total FROM assets
WHERE tenant_id = %(tenant)s
  AND (%(asset_type)s::text IS NULL OR classified_type = %(asset_type)s)
  AND (%(environment)s::text IS NULL OR lower(environment) = lower(%(environment)s))
  AND (%(application)s::text IS NULL OR lower(application_name) = lower(%(application)s))
  AND (%(name)s::text IS NULL OR hostname ILIKE %(name)s OR fqdn ILIKE %(name)s
       OR asset_id ILIKE %(name)s)
  AND (%(os)s::text IS NULL OR os_name ILIKE %(os)s)
  AND (%(import_id)s::bigint IS NULL OR import_id = %(import_id)s)
ORDER BY asset_pk
LIMIT %(limit)s OFFSET %(offset)s
"""
_SET_TYPE_SQL = """
UPDATE assets
SET classified_type = %(label)s,
    classification = classification || jsonb_build_object(
        'asset_type', %(label)s::text, 'decision', 'corrected',
        'corrected_from', classified_type, 'feedback_event', %(event)s::bigint)
WHERE tenant_id = %(tenant)s AND asset_pk = ANY(%(pks)s)
"""
_STATS_SQL = """
SELECT
  (SELECT count(*) FROM assets WHERE tenant_id = %(tenant)s) AS assets,
  (SELECT count(*) FROM imports WHERE tenant_id = %(tenant)s) AS imports,
  (SELECT coalesce(jsonb_object_agg(t, n), '{}'::jsonb) FROM (
      SELECT coalesce(classified_type, 'unclassified') AS t, count(*) AS n
      FROM assets WHERE tenant_id = %(tenant)s GROUP BY 1) s) AS by_type,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('operation', operation, 'action', action,
                                                'n', n)), '[]'::jsonb) FROM (
      SELECT operation, action, count(*) AS n
      FROM feedback_events WHERE tenant_id = %(tenant)s GROUP BY 1, 2) f) AS feedback
"""


def latest_column_decision(store: Store, tenant: str, column: str) -> dict[str, Any] | None:
    """The most recent import's decision for a column header, with where it was made."""
    rows = store.execute(_LATEST_COLUMN_SQL, {"tenant": tenant, "column": column})
    return rows[0] if rows else None


def feedback_history(
    store: Store, tenant: str, operation: str, subject: str, limit: int = 20
) -> list[dict[str, Any]]:
    """Feedback on one subject, newest first."""
    return store.execute(
        _HISTORY_SQL,
        {"tenant": tenant, "operation": operation, "subject": subject, "limit": limit},
    )


def asset_rows(
    store: Store,
    tenant: str,
    *,
    asset_type: str | None = None,
    environment: str | None = None,
    application: str | None = None,
    name_contains: str | None = None,
    os_contains: str | None = None,
    import_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Assets matching every given filter, each with the ``total`` before paging."""

    def like(text: str | None) -> str | None:
        if text is None:
            return None
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"

    return store.execute(
        _ASSETS_SQL,
        {
            "tenant": tenant,
            "asset_type": asset_type,
            "environment": environment,
            "application": application,
            "name": like(name_contains),
            "os": like(os_contains),
            "import_id": import_id,
            "limit": limit,
            "offset": offset,
        },
    )


def set_asset_type(store: Store, tenant: str, pks: list[int], label: str, event: int) -> None:
    """Record a person's corrected type on the stored assets (the old one is kept)."""
    store.execute(_SET_TYPE_SQL, {"tenant": tenant, "pks": pks, "label": label, "event": event})


def stats_counts(store: Store, tenant: str) -> dict[str, Any]:
    """Counts behind ``learning_stats``: assets, imports, types, feedback, thresholds."""
    row = store.execute(_STATS_SQL, {"tenant": tenant})[0]
    feedback: dict[str, dict[str, int]] = {}
    for item in row["feedback"]:
        feedback.setdefault(item["operation"], {})[item["action"]] = int(item["n"])
    thresholds = {
        op: store.thresholds.get(tenant, op)._asdict() for op in load_data("thresholds.toml")
    }
    return {
        "assets": int(row["assets"]),
        "imports": int(row["imports"]),
        "by_type": dict(sorted(row["by_type"].items(), key=lambda kv: -kv[1])),
        "feedback": feedback,
        "thresholds": thresholds,
    }


_REVIEW_ASSETS_SQL = """
SELECT asset_pk, hostname, fqdn, asset_id, row_number, classified_type, classification
FROM assets
WHERE tenant_id = %(tenant)s AND import_id = %(import_id)s
  AND classification->>'decision' = 'suggest'
ORDER BY (classification->>'confidence')::float, asset_pk
LIMIT %(limit)s
"""


def review_assets(
    store: Store, tenant: str, import_id: int, limit: int = 20
) -> list[dict[str, Any]]:
    """Assets of one import whose type sits in the review band, least confident first."""
    return store.execute(
        _REVIEW_ASSETS_SQL, {"tenant": tenant, "import_id": import_id, "limit": limit}
    )
