"""The Postgres broker's consumer hands its prefetch buffer back when it closes.

Upstream's consumer claims a batch of messages and hands them out one at a time;
on close, the ones not yet handed out stayed claimed until the dead-worker reaper
(60 s and more), so a graceful stop delayed them by a minute or more. Real
dramatiq-postgres on a real database; no worker needed.
"""

from __future__ import annotations

from collections.abc import Iterator

import dramatiq
import pytest
from dramatiq_postgres.broker import PostgresConsumer

from adapters.brokers import broker_from_url
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]

QUEUE = "prefetch_probe"


@pytest.fixture
def broker(fresh_db_url: str) -> Iterator[dramatiq.Broker]:
    made = broker_from_url(fresh_db_url)
    made.declare_queue(QUEUE)
    yield made
    made.close()


def _send(broker: dramatiq.Broker, count: int) -> list[str]:
    ids = []
    for n in range(count):
        message: dramatiq.Message[None] = dramatiq.Message(
            queue_name=QUEUE, actor_name="probe", args=(n,), kwargs={}, options={}
        )
        ids.append(broker.enqueue(message).message_id)
    return ids


def _states(db_url: str) -> dict[str, str]:
    with dict_connect(db_url) as conn:
        rows = conn.execute(
            'SELECT message_id::text AS id, "state" FROM dramatiq.queue WHERE queue_name = %s',
            (QUEUE,),
        ).fetchall()
    return {r["id"]: r["state"] for r in rows}


def _first(consumer: PostgresConsumer) -> dramatiq.broker.MessageProxy:
    for _ in range(50):  # __next__ yields None while it waits for a notify
        message: dramatiq.broker.MessageProxy | None = next(consumer)
        if message is not None:
            return message
    raise AssertionError("no message delivered")


def test_closing_a_consumer_requeues_what_it_claimed_but_never_delivered(
    broker: dramatiq.Broker, fresh_db_url: str
) -> None:
    sent = _send(broker, 4)
    consumer = broker.consume(QUEUE, prefetch=4, timeout=200)
    delivered = _first(consumer)
    # one claim took all four; three wait in the consumer's buffer
    assert set(_states(fresh_db_url).values()) == {"consumed"}

    consumer.close()

    states = _states(fresh_db_url)
    assert states[delivered.message_id] == "consumed"  # Dramatiq's own requeue covers it
    assert {states[m] for m in sent if m != delivered.message_id} == {"queued"}


def test_requeued_buffer_is_delivered_to_the_next_consumer_at_once(
    broker: dramatiq.Broker, fresh_db_url: str
) -> None:
    sent = _send(broker, 3)
    first = broker.consume(QUEUE, prefetch=3, timeout=200)
    taken = _first(first)
    first.ack(taken)
    first.close()

    second = broker.consume(QUEUE, prefetch=3, timeout=200)
    got = {_first(second).message_id for _ in range(2)}
    second.close()
    assert got == set(sent) - {taken.message_id}
