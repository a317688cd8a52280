// The outbox: an event taken in becomes, in one transaction, a row in app.notify_events (so a redelivered
// NATS message is recognised), the rules' state changes, and one delivery per notice and channel in
// app.notify_deliveries, keyed `rule|event id|channel`. The NATS message is acknowledged after that commit:
// from then on the delivery loop owns it, and nothing acknowledged can be lost.
import type pg from 'pg';
import type { NotifyConfig } from './config.js';
import { releaseAt } from './quiet-hours.js';
import { evaluate, type IncomingEvent, type Notice } from './rules.js';
import { ltr, render, type TemplateId } from './templates.js';
import { ruleState } from './state.js';

export interface StoredFacts {
  template: TemplateId;
  values: Record<string, string | number>;
  items: Array<{ en: string; ar: string }>;
  group: string | null;
  fingerprint: string | null;
}

export interface TakeInResult {
  duplicate: boolean;
  notices: number;
  suppressed: number;
  deliveries: number;
}

/**
 * The event with U+0000 replaced by U+FFFD in every string and key: PostgreSQL text and jsonb cannot hold NUL
 * (`invalid byte sequence for encoding "UTF8": 0x00`), and an error text quoting a binary file may carry one.
 * U+FFFD rather than removal, so a reader sees that something was there.
 */
export function withoutNul(v: unknown): unknown {
  if (typeof v === 'string') return v.replaceAll('\0', '\uFFFD');
  if (Array.isArray(v)) return v.map(withoutNul);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [withoutNul(k), withoutNul(x)]));
  return v;
}

function rendered(f: StoredFacts) {
  const values = { ...f.values };
  if (f.items.length) {
    values.count = f.items.length;
    values.checks_en = f.items.map((i) => i.en).join('\n');
    values.checks_ar = f.items.map((i) => i.ar).join('\n');
  }
  return render(f.template, values);
}

/** Take one event in: record it, apply the rules, enqueue deliveries. Idempotent by event id. */
export async function takeIn(
  client: pg.Client,
  config: NotifyConfig,
  incoming: IncomingEvent,
  streamSeq: number | null,
  now = new Date(),
): Promise<TakeInResult> {
  const result: TakeInResult = { duplicate: false, notices: 0, suppressed: 0, deliveries: 0 };
  const e = { ...incoming, data: withoutNul(incoming.data) as Record<string, unknown> };
  await client.query('BEGIN');
  try {
    const fresh = await client.query(
      `insert into app.notify_events (event_id, subject, stream_seq) values ($1, $2, $3) on conflict do nothing`,
      [e.event_id, e.subject, streamSeq],
    );
    if (fresh.rowCount === 0) {
      result.duplicate = true;
      await client.query('COMMIT');
      return result;
    }
    for (const notice of await evaluate(config.rules, e, client)) {
      const repeats = await deduplicate(client, notice, now);
      if (repeats === null) {
        result.suppressed++;
        continue;
      }
      result.notices++;
      if (repeats.count > 0) {
        notice.values.repeats_en = `Seen ${repeats.count} more time(s) since ${repeats.since} without a message (de-duplicated).`;
        notice.values.repeats_ar = `تكرر هذا ${repeats.count} مرة أخرى منذ ${ltr(repeats.since)} دون رسالة (أُزيل التكرار).`;
      }
      for (const channel of notice.rule.channels) result.deliveries += await enqueue(client, config, notice, channel, e.event_id, now);
    }
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/**
 * Identical notices (same rule and fingerprint) within the rule's window collapse: the first goes out, the
 * rest are counted, and the count rides on the next one sent after the window. Null: suppress this one.
 */
async function deduplicate(client: pg.Client, n: Notice, now: Date): Promise<{ count: number; since: string } | null> {
  if (!n.fingerprint || n.rule.dedup_window_s <= 0) return { count: 0, since: '' };
  const state = ruleState(client, n.rule.name);
  const key = `dedup:${n.fingerprint}`;
  const prev = await state.get<{ sent_at: string; suppressed: number; first_suppressed_at?: string }>(key);
  if (prev && now.getTime() - Date.parse(prev.sent_at) < n.rule.dedup_window_s * 1000) {
    await state.set(key, { ...prev, suppressed: prev.suppressed + 1, first_suppressed_at: prev.first_suppressed_at ?? now.toISOString() });
    return null;
  }
  await state.set(key, { sent_at: now.toISOString(), suppressed: 0 });
  return { count: prev?.suppressed ?? 0, since: prev?.first_suppressed_at ?? '' };
}

async function enqueue(client: pg.Client, config: NotifyConfig, n: Notice, channel: string, eventId: string, now: Date): Promise<number> {
  if (n.group) {
    // a pending message of the same group (quality alerts of one load run) takes this notice's lines
    const pending = (
      await client.query<{ delivery_key: string; facts: StoredFacts }>(
        `select delivery_key, facts from app.notify_deliveries
         where rule = $1 and channel = $2 and status = 'pending' and facts->>'group' = $3
       order by created_at limit 1 for update`,
        [n.rule.name, channel, n.group],
      )
    ).rows[0];
    if (pending) {
      const facts: StoredFacts = { ...pending.facts, items: [...pending.facts.items, ...n.items] };
      const r = rendered(facts);
      await client.query(
        `update app.notify_deliveries set facts = $2, subject = $3, subject_ar = $4, body_en = $5, body_ar = $6
         where delivery_key = $1`,
        [pending.delivery_key, JSON.stringify(facts), r.subject_en, r.subject_ar, r.body_en, r.body_ar],
      );
      return 0;
    }
  }
  const facts: StoredFacts = { template: n.template, values: n.values, items: n.items, group: n.group, fingerprint: n.fingerprint };
  const r = rendered(facts);
  const due = releaseAt(new Date(now.getTime() + (n.group ? n.rule.group_s * 1000 : 0)), n.urgency ?? n.severity, config);
  const ins = await client.query(
    `insert into app.notify_deliveries
       (delivery_key, rule, channel, event_id, severity, subject, subject_ar, body_en, body_ar, facts, next_attempt_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (delivery_key) do nothing`,
    [
      `${n.rule.name}|${eventId}|${channel}`,
      n.rule.name,
      channel,
      eventId,
      n.severity,
      r.subject_en,
      r.subject_ar,
      r.body_en,
      r.body_ar,
      JSON.stringify(facts),
      due,
    ],
  );
  return ins.rowCount ?? 0;
}
