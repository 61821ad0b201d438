"""A worker: one crew that claims work items, processes them and keeps beating.

Run any number of them (``migrascope worker``) on any number of machines that share
``DATABASE_URL``. A worker survives the database going away (it waits and
reconnects, giving back what it held without counting the attempt), dies without
losing anything (its crew stops beating and another worker's reaper requeues its
items), and never lets one bad batch block the rest (failed attempts back off and
end in the dead-letter state).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg

from migrascope.agents.discovery import IMPORT_KIND, DiscoveryAgent
from migrascope.agents.queue import LostClaim, WorkItem, WorkQueue
from migrascope.agents.registry import Crew, CrewRegistry
from migrascope.errors import StoreError

if TYPE_CHECKING:
    from migrascope.memory import Store

__all__ = ["Handler", "Worker", "WorkerOptions", "WorkerStats", "default_handlers"]

log = logging.getLogger(__name__)

# What "the database is unavailable" looks like from here: our own translation, or a
# psycopg error from a repository that does not translate (the pool, a COPY).
_UNAVAILABLE = (StoreError, psycopg.OperationalError, psycopg.InterfaceError)

Writer = Callable[["psycopg.Connection[Any]"], dict[str, Any]]


@dataclass
class Handler:
    """How a worker processes one kind of item.

    ``prepare`` does the CPU work and returns the writer the queue runs in the
    completing transaction; ``settled`` runs after the item is done or dead (e.g.
    to close the import once its last batch is in).
    """

    prepare: Callable[[WorkItem], Writer]
    settled: Callable[[WorkItem], None] | None = None


def default_handlers(store: Store, queue: WorkQueue) -> dict[str, Handler]:
    """The kinds every worker knows: import batches (discovery)."""
    agent = DiscoveryAgent(store)

    def settled(item: WorkItem) -> None:
        import_id = item.payload.get("import_id")
        if isinstance(import_id, int):
            agent.finish_import(item.tenant_id, import_id, queue)

    return {IMPORT_KIND: Handler(agent.prepare_batch, settled)}


@dataclass
class WorkerOptions:
    """Timings of a worker; the defaults suit a LAN and batches of seconds."""

    poll: float = 0.5
    heartbeat: float = 2.0
    timeout: float = 15.0
    steal_after: float = 2.0
    retry_delay: float = 1.0
    exit_when_idle: bool = False
    max_items: int | None = None
    tenant: str | None = None  # dedicate the worker to one tenant's items


@dataclass
class WorkerStats:
    """What a worker did before it stopped."""

    crew_id: str
    done: int = 0
    failed: int = 0
    dead: int = 0
    lost: int = 0
    released: int = 0
    store_errors: int = 0
    reaped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Worker:
    """Claims and processes items for one crew until stopped (or idle, if asked).

    Args:
        store: the shared store.
        crew: the crew this worker is; ``crew.capacity`` threads claim in parallel.
        handlers: kind → handler; defaults to :func:`default_handlers`.
        options: timings.
    """

    def __init__(
        self,
        store: Store,
        crew: Crew,
        handlers: dict[str, Handler] | None = None,
        options: WorkerOptions | None = None,
    ) -> None:
        self.store = store
        self.crew = crew
        self.options = options or WorkerOptions()
        self.queue = WorkQueue(
            store,
            timeout=self.options.timeout,
            steal_after=self.options.steal_after,
            retry_delay=self.options.retry_delay,
        )
        self.registry = CrewRegistry(store, timeout=self.options.timeout)
        self.handlers = handlers if handlers is not None else default_handlers(store, self.queue)
        self.stats = WorkerStats(crew.crew_id)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._taken = 0

    def stop(self) -> None:
        """Finish the items in hand, then stop (safe from a signal handler)."""
        self._stop.set()

    def run(self) -> WorkerStats:
        """Register, beat, work; returns the stats when stopped or idle."""
        started = time.perf_counter()
        self._retry_store(lambda: self.registry.register(self.crew))
        beat = threading.Thread(target=self._beat_loop, name="heartbeat", daemon=True)
        beat.start()
        threads = [
            threading.Thread(target=self._work_loop, name=f"work-{i}", daemon=True)
            for i in range(self.crew.capacity)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self._stop.set()
        beat.join(timeout=self.options.heartbeat + 1)
        try:
            self.registry.deregister(self.crew.crew_id)
        except _UNAVAILABLE as exc:
            log.warning("could not deregister %s: %s", self.crew.crew_id, exc)
        self.stats.seconds = round(time.perf_counter() - started, 3)
        return self.stats

    def _retry_store(self, fn: Callable[[], Any]) -> Any:
        """Call ``fn`` until the database answers (or the worker is stopped)."""
        delay = 0.2
        while True:
            try:
                return fn()
            except _UNAVAILABLE as exc:
                self.stats.store_errors += 1
                if self._stop.is_set():
                    raise
                log.warning("database unavailable (%s); retrying in %.1f s", exc, delay)
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)

    def _beat_loop(self) -> None:
        while not self._stop.is_set():
            try:
                if not self.registry.heartbeat(self.crew.crew_id):
                    # Deregistered by an operator (or a restarted database without us):
                    # register again rather than work unseen.
                    self.registry.register(self.crew)
                reaped, dead = self.registry.reap_items()
                for key, n in reaped.items():
                    self.stats.reaped[key] = self.stats.reaped.get(key, 0) + n
                for row in dead:
                    self._settle_dead(row)
            except _UNAVAILABLE as exc:
                self.stats.store_errors += 1
                log.warning("heartbeat failed: %s", exc)
            self._stop.wait(self.options.heartbeat)

    def _settle_dead(self, row: dict[str, Any]) -> None:
        """A batch that killed its workers is dead: let its kind close the job."""
        handler = self.handlers.get(row["kind"])
        if handler is None or handler.settled is None:
            return
        rows = self.store.execute(
            "SELECT item_id, tenant_id, kind, agent_type, specialisation, job, seq, payload, "
            "attempts, max_attempts FROM work_items WHERE item_id = %s",
            (row["item_id"],),
        )
        if rows:
            try:
                handler.settled(WorkItem(**rows[0]))
            except Exception as exc:
                log.warning("after dead item %s: %s", row["item_id"], exc)

    def _next(self) -> WorkItem | None:
        with self._lock:
            if self.options.max_items is not None and self._taken >= self.options.max_items:
                self._stop.set()
                return None
        item = self._retry_store(lambda: self.queue.claim(self.crew, self.options.tenant))
        if item is not None:
            with self._lock:
                self._taken += 1
        return item

    def _work_loop(self) -> None:
        idle_since: float | None = None
        while not self._stop.is_set():
            try:
                item = self._next()
            except _UNAVAILABLE:
                return
            if item is None:
                if self.options.exit_when_idle:
                    idle_since = idle_since or time.monotonic()
                    # Idle only counts once nothing is left that we could ever claim.
                    if self._nothing_left() and time.monotonic() - idle_since > 0.2:
                        return
                self._stop.wait(self.options.poll)
                continue
            idle_since = None
            self._process(item)

    def _nothing_left(self) -> bool:
        rows = self._retry_store(
            lambda: self.store.execute(
                "SELECT 1 FROM work_items WHERE agent_type = %s AND status IN ('queued', "
                "'claimed') AND (%s::text IS NULL OR tenant_id = %s) LIMIT 1",
                (self.crew.agent_type, self.options.tenant, self.options.tenant),
            )
        )
        return not rows

    def _process(self, item: WorkItem) -> None:
        handler = self.handlers.get(item.kind)
        try:
            if handler is None:
                raise LookupError(f"this worker has no handler for items of kind {item.kind!r}")
            writer = handler.prepare(item)
            self.queue.complete(item, self.crew.crew_id, writer)
            self.stats.done += 1
        except LostClaim as exc:
            self.stats.lost += 1
            log.warning("%s", exc)
            return
        except _UNAVAILABLE as exc:
            # The database went away mid-item: not the item's fault. Give it back once
            # the database answers again (we still hold it: we keep beating).
            self.stats.store_errors += 1
            log.warning("item %s interrupted by the database: %s", item.item_id, exc)
            try:
                self._retry_store(lambda: self.queue.release(item, self.crew.crew_id))
                self.stats.released += 1
            except _UNAVAILABLE:
                return
            return
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            status = self._retry_store(lambda: self.queue.fail(item, self.crew.crew_id, error))
            self.stats.failed += 1
            if status == "dead":
                self.stats.dead += 1
                log.error("item %s is dead after %s attempts: %s", item.item_id, item.attempts, exc)
            if status != "dead":
                return
        if handler is not None and handler.settled is not None:
            try:
                handler.settled(item)
            except Exception as exc:  # closing bookkeeping must not kill the worker
                log.warning("after item %s: %s", item.item_id, exc)
