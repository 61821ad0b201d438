"""The crew registry: who is working, on what, and whether they are still alive.

A crew is one agent type (discovery, learning, assessment, planning) with a capacity
(how many work items it holds at once) and specialisations (e.g. ``import``,
``classification``). Crews register in PostgreSQL and beat every few seconds; health
is derived from the age of the last beat, never from what a crew says of itself. A
crew that stops beating for ``timeout`` seconds is marked unavailable and the items
it held go back to the queue (``reap``), so a killed worker loses nothing.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import psycopg

from migrascope.errors import InputError, StoreError

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = [
    "AGENT_TYPES",
    "Crew",
    "CrewHealth",
    "CrewRegistry",
]

AGENT_TYPES = ("discovery", "learning", "assessment", "planning")
Health = Literal["healthy", "late", "dead", "stopped"]

_REGISTER_SQL = """
INSERT INTO crews (crew_id, agent_type, specialisations, capacity, host, pid)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (crew_id) DO UPDATE SET
    agent_type = EXCLUDED.agent_type, specialisations = EXCLUDED.specialisations,
    capacity = EXCLUDED.capacity, host = EXCLUDED.host, pid = EXCLUDED.pid,
    status = 'active', last_heartbeat = now()
"""
# A beat also revives a crew that was marked unavailable during a long pause (a
# database restart, a stopped VM): it is alive after all. Its items were requeued
# meanwhile, and its in-flight completion will notice it no longer holds them.
_BEAT_SQL = """
UPDATE crews SET last_heartbeat = now(), status = 'active'
WHERE crew_id = %s AND status <> 'stopped'
RETURNING crew_id
"""
_HEALTH_SQL = """
SELECT c.crew_id, c.agent_type, c.specialisations, c.capacity, c.host, c.pid, c.status,
       c.items_done, c.items_failed,
       extract(epoch FROM now() - c.last_heartbeat) AS silence,
       (SELECT count(*) FROM work_items w
         WHERE w.claimed_by = c.crew_id AND w.status = 'claimed') AS holding
FROM crews c
ORDER BY c.agent_type, c.registered_at
"""
# Marking dead crews and returning their items is one statement per step, both
# idempotent, so any number of workers may reap at once.
_MARK_DEAD_SQL = """
UPDATE crews SET status = 'unavailable'
WHERE status = 'active' AND last_heartbeat < now() - make_interval(secs => %s)
RETURNING crew_id
"""
# Items held by a crew that is not active go back to the queue; an item whose
# holders died max_attempts times is a poison pill (it kills workers): dead letter.
_REQUEUE_SQL = """
UPDATE work_items w SET
    status = CASE WHEN w.attempts >= w.max_attempts THEN 'dead' ELSE 'queued' END,
    finished_at = CASE WHEN w.attempts >= w.max_attempts THEN now() END,
    last_error = 'crew ' || w.claimed_by || ' stopped beating while holding this item',
    errors = w.errors || jsonb_build_array(jsonb_build_object(
        'attempt', w.attempts, 'crew', w.claimed_by, 'at', now(),
        'error', 'crew stopped beating while holding this item')),
    claimed_by = NULL, claimed_at = NULL
FROM crews c
WHERE w.claimed_by = c.crew_id AND w.status = 'claimed' AND c.status <> 'active'
RETURNING w.item_id, w.status, w.tenant_id, w.kind, w.job, w.seq
"""


@dataclass(frozen=True)
class Crew:
    """What a crew declares when it registers."""

    crew_id: str
    agent_type: str
    specialisations: tuple[str, ...] = ()
    capacity: int = 1

    @classmethod
    def new(
        cls,
        agent_type: str,
        specialisations: Sequence[str] = (),
        capacity: int = 1,
        name: str | None = None,
    ) -> Crew:
        """A crew with a unique id (``name`` or host-pid-random)."""
        if agent_type not in AGENT_TYPES:
            raise InputError(
                f"Agent type {agent_type!r} is unknown; choose one of {', '.join(AGENT_TYPES)}."
            )
        if capacity < 1:
            raise InputError(f"Crew capacity must be at least 1, not {capacity}.")
        crew_id = (
            name or f"{agent_type}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        )
        return cls(crew_id, agent_type, tuple(sorted(set(specialisations))), capacity)


@dataclass(frozen=True)
class CrewHealth:
    """A crew as the registry sees it now."""

    crew_id: str
    agent_type: str
    specialisations: tuple[str, ...]
    capacity: int
    host: str
    pid: int | None
    status: str
    health: Health
    seconds_since_beat: float
    holding: int
    items_done: int
    items_failed: int

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "specialisations": list(self.specialisations)}


class CrewRegistry:
    """Register, beat, inspect and reap crews in the shared database.

    Args:
        store: the open store (its pool is shared with the queue).
        timeout: seconds without a beat after which a crew is considered dead.
    """

    def __init__(self, store: Store, *, timeout: float = 15.0) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._pool = store.pool
        self.timeout = timeout

    def _run(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        try:
            with self._pool.connection() as conn:
                cur = conn.execute(sql, params)
                return list(cur.fetchall()) if cur.description else []
        except psycopg.OperationalError as exc:
            raise StoreError(f"The crew registry could not reach PostgreSQL: {exc}") from exc

    def register(self, crew: Crew) -> Crew:
        """Add (or re-activate) a crew."""
        self._run(
            _REGISTER_SQL,
            (
                crew.crew_id,
                crew.agent_type,
                list(crew.specialisations),
                crew.capacity,
                socket.gethostname(),
                os.getpid(),
            ),
        )
        return crew

    def heartbeat(self, crew_id: str) -> bool:
        """Record that the crew is alive; False when it was deregistered (stop working)."""
        return bool(self._run(_BEAT_SQL, (crew_id,)))

    def deregister(self, crew_id: str) -> None:
        """A clean stop: the crew's held items go back to the queue at once."""
        self._run("UPDATE crews SET status = 'stopped' WHERE crew_id = %s", (crew_id,))
        self._run(_REQUEUE_SQL)

    def reap(self) -> dict[str, int]:
        """Mark silent crews unavailable and return their items to the queue."""
        counts, _ = self.reap_items()
        return counts

    def reap_items(self) -> tuple[dict[str, int], list[dict[str, Any]]]:
        """Like :meth:`reap`, plus the items that became dead letters (a batch that
        killed its workers ``max_attempts`` times), so their job can be closed."""
        dead = self._run(_MARK_DEAD_SQL, (self.timeout,))
        moved = self._run(_REQUEUE_SQL)
        counts = {
            "crews_marked_unavailable": len(dead),
            "items_requeued": sum(1 for r in moved if r["status"] == "queued"),
            "items_dead_lettered": sum(1 for r in moved if r["status"] == "dead"),
        }
        return counts, [r for r in moved if r["status"] == "dead"]

    def health(self) -> list[CrewHealth]:
        """Every crew with its health from the age of its last beat."""
        out: list[CrewHealth] = []
        for r in self._run(_HEALTH_SQL):
            silence = float(r["silence"])
            health: Health
            if r["status"] == "stopped":
                health = "stopped"
            elif r["status"] != "active" or silence >= self.timeout:
                health = "dead"
            elif silence >= self.timeout / 3:
                health = "late"
            else:
                health = "healthy"
            out.append(
                CrewHealth(
                    crew_id=r["crew_id"],
                    agent_type=r["agent_type"],
                    specialisations=tuple(r["specialisations"]),
                    capacity=r["capacity"],
                    host=r["host"],
                    pid=r["pid"],
                    status=r["status"],
                    health=health,
                    seconds_since_beat=round(silence, 3),
                    holding=int(r["holding"]),
                    items_done=int(r["items_done"]),
                    items_failed=int(r["items_failed"]),
                )
            )
        return out
