"""The work queue: batches of rows or assets that any worker on any machine may take.

Guarantees, all from PostgreSQL rather than from the workers' good behaviour:

- **one holder**: a claim is ``FOR UPDATE SKIP LOCKED``, so two workers racing for
  the same item never both get it, and neither waits for the other;
- **nothing lost**: an item is held, not removed; if its crew stops beating the
  registry puts it back (``CrewRegistry.reap``); a failed attempt is retried with
  back-off; after ``max_attempts`` it goes to the dead-letter state with its errors;
- **nothing duplicated**: ``complete`` runs the item's writes and marks it done in
  one transaction, after checking (under a row lock) that this crew still holds it;
  a worker that lost its claim while it was busy has its writes rolled back.

Load balancing is a preference in the claim query: among healthy crews of the item's
agent type, a crew with the item's specialisation beats a generalist, and a less busy
crew beats a busier one. A crew defers to a preferred one for ``steal_after`` seconds,
then takes the item anyway, so nothing starves behind a slow crew.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.types.json import Jsonb

from migrascope.errors import MigrascopeError, StoreError

if TYPE_CHECKING:
    from migrascope.agents.registry import Crew
    from migrascope.memory import Store

__all__ = ["LostClaim", "WorkItem", "WorkQueue"]

_ENQUEUE_SQL = """
INSERT INTO work_items
    (tenant_id, kind, agent_type, specialisation, job, seq, payload, priority, max_attempts)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (tenant_id, job, seq) DO NOTHING
"""
_ITEM_COLS = (
    "item_id, tenant_id, kind, agent_type, specialisation, job, seq, payload, "
    "attempts, max_attempts"
)
# One statement picks and claims. `load` is each healthy crew's share of its capacity in
# use; an item is left for a strictly preferred crew (specialist over generalist, then
# less busy) that has room, unless it has waited longer than steal_after.
_CLAIM_SQL = f"""
WITH me AS (
    SELECT crew_id, agent_type, specialisations, capacity FROM crews
    WHERE crew_id = %(crew)s AND status = 'active'
), load AS (
    SELECT c.crew_id, c.specialisations,
           (SELECT count(*) FROM work_items h
             WHERE h.claimed_by = c.crew_id AND h.status = 'claimed')::float8 / c.capacity AS busy
    FROM crews c, me
    WHERE c.status = 'active' AND c.agent_type = me.agent_type
      AND c.last_heartbeat > now() - make_interval(secs => %(timeout)s)
), mine AS (
    SELECT busy FROM load WHERE crew_id = %(crew)s
), pick AS (
    SELECT w.item_id FROM work_items w, me, mine
    WHERE w.status = 'queued' AND w.available_at <= now() AND w.agent_type = me.agent_type
      AND mine.busy < 1 AND (%(tenant)s::text IS NULL OR w.tenant_id = %(tenant)s)
      AND (w.specialisation IS NULL OR cardinality(me.specialisations) = 0
           OR w.specialisation = ANY(me.specialisations))
      AND (w.available_at < now() - make_interval(secs => %(steal)s) OR NOT EXISTS (
          SELECT 1 FROM load o
          WHERE o.crew_id <> me.crew_id AND o.busy < 1
            AND (w.specialisation IS NULL OR cardinality(o.specialisations) = 0
                 OR w.specialisation = ANY(o.specialisations))
            AND (
                (w.specialisation = ANY(o.specialisations)
                 AND NOT coalesce(w.specialisation = ANY(me.specialisations), false))
                OR (coalesce(w.specialisation = ANY(o.specialisations), false)
                        = coalesce(w.specialisation = ANY(me.specialisations), false)
                    AND o.busy < mine.busy))))
    ORDER BY w.priority, w.item_id
    LIMIT 1
    FOR UPDATE OF w SKIP LOCKED
)
UPDATE work_items w SET status = 'claimed', claimed_by = %(crew)s, claimed_at = now(),
       attempts = w.attempts + 1
FROM pick WHERE w.item_id = pick.item_id
RETURNING {", ".join("w." + c.strip() for c in _ITEM_COLS.split(","))}
"""
_LOCK_HELD_SQL = """
SELECT status, claimed_by FROM work_items WHERE item_id = %s FOR UPDATE
"""
_DONE_SQL = """
UPDATE work_items SET status = 'done', result = %s, finished_at = now()
WHERE item_id = %s
"""
_CREW_DONE_SQL = "UPDATE crews SET items_done = items_done + 1 WHERE crew_id = %s"
# Back-off doubles per attempt; the last allowed attempt's failure is a dead letter.
_FAIL_SQL = """
UPDATE work_items SET
    status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
    finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
    available_at = now() + make_interval(secs => %(delay)s * power(2, attempts - 1)),
    last_error = %(error)s,
    errors = errors || jsonb_build_array(jsonb_build_object(
        'attempt', attempts, 'crew', claimed_by, 'at', now(), 'error', %(error)s::text)),
    claimed_by = NULL, claimed_at = NULL
WHERE item_id = %(item)s AND claimed_by = %(crew)s AND status = 'claimed'
RETURNING status
"""
_CREW_FAILED_SQL = "UPDATE crews SET items_failed = items_failed + 1 WHERE crew_id = %s"
# A transient fault (the database went away) is not the item's fault: give the
# attempt back.
_RELEASE_SQL = """
UPDATE work_items SET status = 'queued', claimed_by = NULL, claimed_at = NULL,
       attempts = greatest(attempts - 1, 0)
WHERE item_id = %s AND claimed_by = %s AND status = 'claimed'
"""
_STATS_SQL = """
SELECT status, count(*) AS n FROM work_items
WHERE tenant_id = %s AND (%s::text IS NULL OR job = %s) GROUP BY status
"""
_DEAD_SQL = """
SELECT item_id, kind, job, seq, attempts, last_error, errors FROM work_items
WHERE tenant_id = %s AND status = 'dead' AND (%s::text IS NULL OR job = %s)
ORDER BY item_id
"""
_REQUEUE_DEAD_SQL = """
UPDATE work_items SET status = 'queued', attempts = 0, available_at = now(), finished_at = NULL
WHERE tenant_id = %s AND status = 'dead' AND item_id = ANY(%s)
RETURNING item_id
"""

_TRANSIENT = (psycopg.OperationalError, psycopg.InterfaceError)


class LostClaim(MigrascopeError):
    """This crew no longer holds the item (it was presumed dead); its work is discarded."""


@dataclass(frozen=True)
class WorkItem:
    """One claimed batch."""

    item_id: int
    tenant_id: str
    kind: str
    agent_type: str
    specialisation: str | None
    job: str
    seq: int
    payload: dict[str, Any]
    attempts: int
    max_attempts: int


class WorkQueue:
    """Enqueue, claim, complete and fail work items in the shared database.

    Args:
        store: the open store.
        timeout: seconds of silence after which a crew no longer counts for balancing.
        steal_after: seconds an item waits for a preferred crew before anyone takes it.
        retry_delay: seconds before the first retry of a failed item (doubling).
    """

    def __init__(
        self,
        store: Store,
        *,
        timeout: float = 15.0,
        steal_after: float = 2.0,
        retry_delay: float = 1.0,
    ) -> None:
        self._pool = store.pool
        self.timeout = timeout
        self.steal_after = steal_after
        self.retry_delay = retry_delay

    def _run(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        try:
            with self._pool.connection() as conn:
                cur = conn.execute(sql, params)
                return list(cur.fetchall()) if cur.description else []
        except _TRANSIENT as exc:
            raise StoreError(f"The work queue could not reach PostgreSQL: {exc}") from exc

    def enqueue(
        self,
        tenant: str,
        *,
        kind: str,
        agent_type: str,
        job: str,
        payloads: Iterable[dict[str, Any]],
        specialisation: str | None = None,
        priority: int = 100,
        max_attempts: int = 3,
        start: int = 0,
    ) -> int:
        """Add one item per payload (seq = start + position); returns how many were new.

        Enqueueing a job again is harmless: existing (job, seq) pairs are skipped.
        """
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        rows = [
            (tenant, kind, agent_type, specialisation, job, seq, Jsonb(p), priority, max_attempts)
            for seq, p in enumerate(payloads, start)
        ]
        if not rows:
            return 0
        try:
            with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                before = cur.execute(
                    "SELECT count(*) AS n FROM work_items WHERE tenant_id = %s AND job = %s",
                    (tenant, job),
                ).fetchone()
                cur.executemany(_ENQUEUE_SQL, rows)
                after = cur.execute(
                    "SELECT count(*) AS n FROM work_items WHERE tenant_id = %s AND job = %s",
                    (tenant, job),
                ).fetchone()
        except _TRANSIENT as exc:
            raise StoreError(f"The work queue could not reach PostgreSQL: {exc}") from exc
        assert before is not None and after is not None
        return int(after["n"]) - int(before["n"])

    def claim(self, crew: Crew, tenant: str | None = None) -> WorkItem | None:
        """Take the next item this crew should do (of one tenant, if given), or None."""
        rows = self._run(
            _CLAIM_SQL,
            {
                "crew": crew.crew_id,
                "timeout": self.timeout,
                "steal": self.steal_after,
                "tenant": tenant,
            },
        )
        return WorkItem(**rows[0]) if rows else None

    def complete(
        self,
        item: WorkItem,
        crew_id: str,
        write: Callable[[psycopg.Connection[Any]], dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Run ``write`` and mark the item done, atomically; returns write's result.

        Raises:
            LostClaim: the crew no longer holds the item; nothing was written.
        """
        try:
            with self._pool.connection() as conn, conn.transaction():
                held = conn.execute(_LOCK_HELD_SQL, (item.item_id,)).fetchone()
                if held is None or held["status"] != "claimed" or held["claimed_by"] != crew_id:
                    raise LostClaim(
                        f"Work item {item.item_id} is no longer held by {crew_id} "
                        f"(status {held['status'] if held else 'missing'}); discarding its work."
                    )
                result = write(conn) if write is not None else {}
                conn.execute(_DONE_SQL, (Jsonb(result), item.item_id))
                conn.execute(_CREW_DONE_SQL, (crew_id,))
                return result
        except _TRANSIENT as exc:
            raise StoreError(f"The work queue could not reach PostgreSQL: {exc}") from exc

    def fail(self, item: WorkItem, crew_id: str, error: str) -> str | None:
        """Record a failed attempt: back to the queue, or dead after max_attempts.

        Returns the new status, or None when the crew no longer held the item.
        """
        rows = self._run(
            _FAIL_SQL,
            {
                "delay": self.retry_delay,
                "error": error[:2000],
                "item": item.item_id,
                "crew": crew_id,
            },
        )
        if rows:
            self._run(_CREW_FAILED_SQL, (crew_id,))
        return rows[0]["status"] if rows else None

    def release(self, item: WorkItem, crew_id: str) -> None:
        """Give an item back without counting the attempt (a transient fault)."""
        self._run(_RELEASE_SQL, (item.item_id, crew_id))

    def stats(self, tenant: str, job: str | None = None) -> dict[str, int]:
        """Item counts by status (queued, claimed, done, dead)."""
        out = {"queued": 0, "claimed": 0, "done": 0, "dead": 0}
        for r in self._run(_STATS_SQL, (tenant, job, job)):
            out[r["status"]] = int(r["n"])
        return out

    def dead_letters(self, tenant: str, job: str | None = None) -> list[dict[str, Any]]:
        """Items that failed every attempt, with their errors."""
        return self._run(_DEAD_SQL, (tenant, job, job))

    def requeue_dead(self, tenant: str, item_ids: Sequence[int]) -> int:
        """Give dead items a fresh set of attempts (after fixing the cause)."""
        return len(self._run(_REQUEUE_DEAD_SQL, (tenant, list(item_ids))))

    def wait(
        self, tenant: str, job: str, *, timeout: float = 600.0, poll: float = 0.2
    ) -> dict[str, int]:
        """Block until no item of the job is queued or claimed; returns the final stats."""
        deadline = time.monotonic() + timeout
        while True:
            stats = self.stats(tenant, job)
            if stats["queued"] == 0 and stats["claimed"] == 0:
                return stats
            if time.monotonic() > deadline:
                raise StoreError(
                    f"Job {job!r} still has {stats['queued']} queued and {stats['claimed']} "
                    f"claimed items after {timeout:.0f} s; are workers running "
                    "(`migrascope worker`)?"
                )
            time.sleep(poll)
