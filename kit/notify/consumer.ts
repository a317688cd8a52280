// The JetStream side: a durable pull consumer on the MEDI_ETL stream (created with the stream when missing),
// explicit acks, one message in flight (max_ack_pending 1) so failure streaks are counted in the order the
// events were published. A message is acknowledged only after takeIn committed it; a notifier killed before
// that gets it again after ack_wait, and the event id (a hash of subject and payload) makes the second
// take-in a no-op. A restart resumes at the consumer's position, kept by the server. An event the warehouse
// refuses for a reason of its own (not a connection) is set aside after MAX_DELIVERIES, so it cannot block the
// events behind it.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { connectAsNotifier } from '../warehouse/roles.js';
import { requireCjs } from '../cjs.js';
import type * as Nats from 'nats';
import type { ConsumerMessages, JsMsg, NatsConnection } from 'nats';
import type { NotifyConfig } from './config.js';
import { takeIn } from './outbox.js';
import { backoffSeconds } from './deliver.js';
import { redactUrls, type Log } from './log.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const { AckPolicy, DeliverPolicy, connect, nanos } = requireCjs('nats') as typeof Nats;

/**
 * Deliveries of one event that failed for a reason of its own before it is set aside: with one message in
 * flight an event that can never be stored would hold every later one forever. Five, not one: a deadlock or a
 * brief hiccup may fail an attempt or two.
 */
export const MAX_DELIVERIES = 5;

/**
 * A failure that says nothing about the event (the warehouse down, restarting, out of connections; a deadlock):
 * retried however long it lasts, never set aside, since every event would fail the same way and be lost.
 * SQLSTATE classes 08 (connection), 53 (resources), 57P (shutdown), 40 (rollback); Node's network error codes.
 */
export function transientFailure(e: unknown): boolean {
  const code = String((e as { code?: unknown }).code ?? '');
  if (/^(08|53|57P|40)/.test(code) || /^E[A-Z]+$/.test(code)) return true;
  return /Connection terminated|connection timeout|timeout expired|not queryable/i.test((e as Error).message ?? '');
}

export function eventId(subject: string, data: Uint8Array): string {
  return createHash('sha256').update(subject).update('\n').update(data).digest('hex').slice(0, 40);
}

export class EventConsumer {
  private nc: NatsConnection | null = null;
  private messages: ConsumerMessages | null = null;
  private client: pg.Client | null = null;

  constructor(
    private readonly natsUrl: string,
    private readonly dbUrl: string,
    private readonly config: NotifyConfig,
    private readonly log: Log,
    private readonly onTakenIn: () => void = () => undefined,
  ) {}

  async open(): Promise<void> {
    try {
      this.nc = await connect({ servers: this.natsUrl, name: 'medi-notify', timeout: 5000, maxReconnectAttempts: -1 });
    } catch (e) {
      throw new Error(redactUrls(`medi-notify: cannot reach NATS at ${this.natsUrl}: ${(e as Error).message}`), { cause: e });
    }
    const jsm = await this.nc.jetstreamManager();
    const { stream, consumer } = this.config.nats;
    try {
      await jsm.streams.info(stream);
    } catch {
      await jsm.streams.add({ name: stream, subjects: ['etl.>'] });
    }
    try {
      await jsm.consumers.info(stream, consumer);
    } catch {
      await jsm.consumers.add(stream, {
        durable_name: consumer,
        ack_policy: AckPolicy.Explicit,
        max_ack_pending: 1,
        ack_wait: nanos(this.config.nats.ack_wait_s * 1000),
        deliver_policy: this.config.nats.deliver === 'all' ? DeliverPolicy.All : DeliverPolicy.New,
        filter_subject: 'etl.>',
      });
      this.log('info', 'created the durable consumer', { stream, consumer, deliver: this.config.nats.deliver });
    }
  }

  private async db(): Promise<pg.Client> {
    if (!this.client) {
      const c = new pg.Client({ connectionString: this.dbUrl });
      c.on('error', () => undefined);
      await connectAsNotifier(c);
      this.client = c;
    }
    return this.client;
  }

  /**
   * Take one message in and acknowledge it; on a warehouse error, ask for it again later (nak, with the retry
   * backoff), or set it aside (term) after MAX_DELIVERIES when the failure was the event's own.
   */
  async handle(m: JsMsg): Promise<'taken' | 'dropped' | 'error'> {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(new TextDecoder().decode(m.data)) as Record<string, unknown>;
      if (!data || typeof data !== 'object') throw new Error('not a JSON object');
    } catch (e) {
      // no rule can read it and it will never parse: say so and take it off the stream
      this.log('error', 'event is not JSON; dropped', { subject: m.subject, stream_seq: m.seq, error: (e as Error).message });
      m.term();
      return 'dropped';
    }
    const id = eventId(m.subject, m.data);
    try {
      const r = await takeIn(await this.db(), this.config, { event_id: id, subject: m.subject, data }, m.seq);
      await m.ackAck();
      this.log('info', r.duplicate ? 'event already taken in; acknowledged' : 'event taken in', {
        subject: m.subject,
        stream_seq: m.seq,
        event_id: id,
        load_run_id: data.load_run_id,
        ...r,
      });
      if (r.deliveries) this.onTakenIn();
      return 'taken';
    } catch (e) {
      await this.client?.end().catch(() => undefined);
      this.client = null;
      return this.failed(m, e as Error);
    }
  }

  private failed(m: JsMsg, e: Error): 'dropped' | 'error' {
    const deliveries = m.info.deliveryCount;
    const fields = { subject: m.subject, stream_seq: m.seq, deliveries, error: e.message };
    if (!transientFailure(e) && deliveries >= MAX_DELIVERIES) {
      // terminated, not acknowledged: the event stays in the stream (by its sequence) for a replay once fixed
      this.log('error', `could not take the event in ${deliveries} times; set aside, not retried`, fields);
      m.term();
      return 'dropped';
    }
    const wait = backoffSeconds(deliveries, this.config.retry);
    this.log('error', 'could not take the event in; it will be redelivered', { ...fields, retry_in_s: wait });
    m.nak(wait * 1000);
    return 'error';
  }

  /** Consume until stop(). */
  async run(): Promise<void> {
    const c = await this.nc!.jetstream().consumers.get(this.config.nats.stream, this.config.nats.consumer);
    this.messages = await c.consume({ max_messages: 1 });
    for await (const m of this.messages) await this.handle(m);
  }

  /** Take in every message waiting now, then return how many were taken (for `medi-notify drain`). */
  async drain(): Promise<number> {
    const c = await this.nc!.jetstream().consumers.get(this.config.nats.stream, this.config.nats.consumer);
    let n = 0;
    // messages a stopped notifier took but never acknowledged come back after ack_wait: wait that long for them
    const deadline = Date.now() + (this.config.nats.ack_wait_s + 2) * 1000;
    for (;;) {
      const info = await c.info();
      if (info.num_pending === 0 && (info.num_ack_pending === 0 || Date.now() > deadline)) return n;
      const m = await c.next({ expires: 2000 });
      if (!m) continue;
      const r = await this.handle(m);
      if (r === 'error') throw new Error('medi-notify drain: the warehouse refused an event (logged above); it stays on the stream');
      if (r === 'taken') n++;
    }
  }

  async close(): Promise<void> {
    this.messages?.stop();
    await this.nc?.drain().catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }
}
