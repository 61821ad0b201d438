"""Crew registry (heartbeats, health, reaping) and load-balancing preferences."""

from __future__ import annotations

import time
import uuid

import pytest

from migrascope.agents import Crew, CrewRegistry, WorkQueue
from migrascope.errors import InputError


def _spec() -> str:
    # A specialisation unique to the test keeps other tests' crews out of the contest.
    return f"spec-{uuid.uuid4().hex[:8]}"


def test_crew_validation():
    with pytest.raises(InputError, match="Agent type 'pilot' is unknown"):
        Crew.new("pilot")
    with pytest.raises(InputError, match="capacity must be at least 1"):
        Crew.new("discovery", capacity=0)


def test_health_follows_heartbeats_and_silent_crews_are_reaped(store, tenant):
    registry = CrewRegistry(store, timeout=0.6)
    queue = WorkQueue(store, timeout=0.6)
    alive = registry.register(Crew.new("assessment", capacity=2))
    silent = registry.register(Crew.new("assessment", capacity=2))
    queue.enqueue(tenant, kind="k", agent_type="assessment", job="h", payloads=[{}, {}])
    held = queue.claim(silent, tenant)
    assert held is not None
    health = {h.crew_id: h for h in registry.health()}
    assert health[silent.crew_id].health == "healthy" and health[silent.crew_id].holding == 1

    time.sleep(0.7)
    assert registry.heartbeat(alive.crew_id)
    reaped = registry.reap()
    assert reaped["crews_marked_unavailable"] >= 1 and reaped["items_requeued"] >= 1
    health = {h.crew_id: h for h in registry.health()}
    assert health[alive.crew_id].health == "healthy"
    assert health[silent.crew_id].health == "dead"
    assert health[silent.crew_id].status == "unavailable"
    assert queue.stats(tenant, "h") == {"queued": 2, "claimed": 0, "done": 0, "dead": 0}

    # A late crew finishing the item it lost is refused, and nothing is written.
    from migrascope.agents import LostClaim

    with pytest.raises(LostClaim, match="no longer held"):
        queue.complete(held, silent.crew_id, lambda conn: {"wrote": True})
    # A crew that beats again is alive after all.
    assert registry.heartbeat(silent.crew_id)
    assert {h.crew_id: h for h in registry.health()}[silent.crew_id].status == "active"
    registry.deregister(alive.crew_id)
    registry.deregister(silent.crew_id)
    assert {h.crew_id: h for h in registry.health()}[alive.crew_id].health == "stopped"


def test_specialist_is_preferred_then_others_may_steal(store, tenant):
    spec = _spec()
    registry = CrewRegistry(store)
    queue = WorkQueue(store, steal_after=0.5)
    specialist = registry.register(Crew.new("planning", [spec]))
    generalist = registry.register(Crew.new("planning"))
    other = registry.register(Crew.new("planning", [_spec()]))
    queue.enqueue(
        tenant, kind="k", agent_type="planning", job="s", payloads=[{}], specialisation=spec
    )
    assert queue.claim(other, tenant) is None  # wrong specialisation: never
    assert queue.claim(generalist, tenant) is None  # defers to the idle specialist
    time.sleep(0.6)
    item = queue.claim(generalist, tenant)  # waited long enough: anyone able may take it
    assert item is not None
    for crew in (specialist, generalist, other):
        registry.deregister(crew.crew_id)


def test_less_busy_crew_is_preferred_and_capacity_is_respected(store, tenant):
    spec = _spec()
    registry = CrewRegistry(store)
    queue = WorkQueue(store, steal_after=30)
    busy = registry.register(Crew.new("learning", [spec], capacity=2))
    idle = registry.register(Crew.new("learning", [spec], capacity=2))
    queue.enqueue(
        tenant, kind="k", agent_type="learning", job="b", payloads=[{}] * 5, specialisation=spec
    )
    assert queue.claim(busy, tenant) is not None  # equal load: first come
    assert queue.claim(busy, tenant) is None  # now busier than idle: leaves it
    assert queue.claim(idle, tenant) is not None
    assert queue.claim(idle, tenant) is not None  # equal again, then idle is busier
    assert queue.claim(busy, tenant) is not None  # busy 2/2: full
    assert queue.claim(busy, tenant) is None  # at capacity
    assert queue.claim(idle, tenant) is None  # at capacity
    assert queue.stats(tenant, "b")["claimed"] == 4
    for crew in (busy, idle):
        registry.deregister(crew.crew_id)
    assert queue.stats(tenant, "b")["queued"] == 5
