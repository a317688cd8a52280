// The delivery loop: per channel, the oldest delivery (by when it was made) is locked, sent and marked sent in one transaction
// (FOR UPDATE SKIP LOCKED, so two notifiers never send the same row). A failure leaves it pending with its
// next attempt pushed back exponentially (capped), and holds the whole channel for that long: a channel
// that is down is tried once per backoff step, not once per message, and each message goes out once when it
// is back. A refusal (SMTP 5xx, webhook 4xx) marks the delivery failed and is logged: a retry cannot help.
import pg from 'pg';
import { connectAsNotifier } from '../warehouse/roles.js';
import type { NotifyConfig } from './config.js';
import { DeliveryError, type Channel, type Delivery } from './channels/channel.js';
import type { Log } from './log.js';

export type Outcome = 'sent' | 'retry' | 'refused' | 'idle';

/** Seconds before attempt `attempts + 1`, after `attempts` failures (≥ 1). */
export function backoffSeconds(attempts: number, retry: NotifyConfig['retry']): number {
  return Math.min(retry.max_s, retry.initial_s * 2 ** Math.max(0, attempts - 1));
}

export class DeliveryLoop {
  private stopped = false;
  private readonly notBefore = new Map<string, number>();
  private readonly wakers = new Set<() => void>();
  private readonly runs: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly config: NotifyConfig,
    private readonly channels: Map<string, Channel>,
    private readonly log: Log,
  ) {}

  /** Try one due delivery of `channel`. */
  async deliverOne(client: pg.Client, channel: string): Promise<Outcome> {
    if ((this.notBefore.get(channel) ?? 0) > Date.now()) return 'idle';
    const sender = this.channels.get(channel);
    if (!sender) return 'idle';
    await client.query('BEGIN');
    let d: Delivery | undefined;
    try {
      d = (
        await client.query<Delivery>(
          `select delivery_key, rule, channel, severity, subject, subject_ar, body_en, body_ar, next_attempt_at, attempts,
                  next_attempt_at <= now() as due
           from app.notify_deliveries where channel = $1 and status = 'pending' and (next_attempt_at <= now() or attempts > 0)
           order by created_at, delivery_key limit 1 for update skip locked`,
          [channel],
        )
      ).rows[0];
      // the channel's oldest message waits for its retry: the newer ones wait behind it, so that once the channel
      // is back on-call reads them in the order they were made (not "Recovered" before the "FAILED" it recovers
      // from); one held back on purpose (quiet hours, grouping: never tried yet) is not in this line
      if (!d || !(d as Delivery & { due: boolean }).due) {
        await client.query('COMMIT');
        d = undefined;
        return 'idle';
      }
      await sender.send(d, client);
      await client.query(
        `update app.notify_deliveries set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null
         where delivery_key = $1`,
        [d.delivery_key],
      );
      await client.query('COMMIT');
      this.notBefore.delete(channel);
      this.log('info', 'delivered', { channel, delivery_key: d.delivery_key, attempts: d.attempts + 1 });
      return 'sent';
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (!d) throw e;
      const attempts = d.attempts + 1;
      const permanent = e instanceof DeliveryError && e.permanent;
      const wait = backoffSeconds(attempts, this.config.retry);
      const message = (e as Error).message.slice(0, 1000);
      await client.query(
        `update app.notify_deliveries set attempts = $2, last_error = $3, status = $4,
           next_attempt_at = now() + make_interval(secs => $5::float8) where delivery_key = $1`,
        [d.delivery_key, attempts, message, permanent ? 'failed' : 'pending', wait],
      );
      if (permanent) {
        this.log('error', 'delivery refused; not retried', { channel, delivery_key: d.delivery_key, error: message });
        return 'refused';
      }
      this.notBefore.set(channel, Date.now() + wait * 1000);
      this.log('warn', 'delivery failed; will retry', {
        channel,
        delivery_key: d.delivery_key,
        attempts,
        retry_in_s: wait,
        error: message,
      });
      return 'retry';
    }
  }

  /** Deliver everything due now, channel by channel, until each is idle or failing. */
  async drain(): Promise<Record<Outcome, number>> {
    const counts: Record<Outcome, number> = { sent: 0, retry: 0, refused: 0, idle: 0 };
    const client = new pg.Client({ connectionString: this.url });
    await connectAsNotifier(client);
    try {
      for (const channel of this.channels.keys()) {
        for (;;) {
          const o = await this.deliverOne(client, channel);
          counts[o]++;
          if (o === 'idle' || o === 'retry') break;
        }
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    return counts;
  }

  /** Run a loop per channel until stop(). */
  start(): void {
    for (const channel of this.channels.keys()) this.runs.push(this.loop(channel));
  }

  wake(): void {
    for (const w of this.wakers) w();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await Promise.all(this.runs);
    for (const c of this.channels.values()) c.close?.();
  }

  private async loop(channel: string): Promise<void> {
    let client: pg.Client | null = null;
    while (!this.stopped) {
      let outcome: Outcome = 'idle';
      try {
        if (!client) {
          client = new pg.Client({ connectionString: this.url });
          client.on('error', () => undefined);
          await connectAsNotifier(client);
        }
        outcome = await this.deliverOne(client, channel);
      } catch (e) {
        this.log('error', 'delivery loop: warehouse error; retrying', { channel, error: (e as Error).message });
        await client?.end().catch(() => undefined);
        client = null;
      }
      if (outcome === 'sent' || outcome === 'refused') continue;
      const hold = (this.notBefore.get(channel) ?? 0) - Date.now();
      await this.sleep(Math.max(50, Math.min(this.config.poll_s * 1000, hold > 0 ? hold : Infinity)), hold > 0);
    }
    await client?.end().catch(() => undefined);
  }

  /** Sleep `ms`, or until woken (new deliveries) unless the channel is holding off after a failure. */
  private sleep(ms: number, holding: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const wake = () => (holding && !this.stopped ? undefined : done());
      const timer = setTimeout(done, ms);
      this.wakers.add(wake);
    });
  }
}
