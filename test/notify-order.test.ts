// medi-notify's delivery order: a channel that was down delivers, once back, in the order its messages were made,
// whatever each was tried (the retried ones' next attempt is later than newer ones' first), and a notifier
// restarted meanwhile keeps that order.
import t from 'tap';
import { DeliveryLoop } from '../kit/notify/deliver.js';
import { DeliveryError, type Channel, type Delivery } from '../kit/notify/channels/channel.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { query, scratchDb } from './helpers.js';

t.test('after an outage, a channel delivers its messages oldest first', async (t) => {
  const db = await scratchDb('notify_order');
  await migrate(db);
  let up = false;
  const sent: string[] = [];
  const channel: Channel = {
    send: async (d: Delivery) => {
      if (!up) throw new DeliveryError('mail', 'connection refused');
      sent.push(d.subject);
    },
  };
  const config = { retry: { initial_s: 0.4, max_s: 0.4 } } as ConstructorParameters<typeof DeliveryLoop>[1];
  const loop = () => new DeliveryLoop(db, config, new Map([['mail', channel]]), () => undefined);
  const add = (n: number) =>
    query(
      db,
      `insert into app.notify_deliveries (delivery_key, rule, channel, event_id, severity, subject, subject_ar, body_en, body_ar, created_at)
       values ($1, 'r', 'mail', $1, 'warning', $1, $1, $1, $1, now() + make_interval(secs => $2::float8))`,
      [`m${n}`, n / 1000],
    );
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // a failure summary is tried while the channel is down; then an alert and a recovery are made
  await add(1);
  await loop().drain();
  await add(2);
  await add(3);
  // the channel is back before the first one's retry is due; a new notifier (a restart) drains at once, then again
  up = true;
  await loop().drain();
  t.same(sent, [], 'nothing overtakes the oldest message while it waits for its retry');
  await sleep(600);
  await loop().drain();
  // a message held on purpose (quiet hours: never tried, due later) does not hold the line
  await query(
    db,
    `insert into app.notify_deliveries (delivery_key, rule, channel, event_id, severity, subject, subject_ar, body_en, body_ar, next_attempt_at)
     values ('held', 'r', 'mail', 'held', 'info', 'held', 'held', 'held', 'held', now() + interval '1 hour')`,
  );
  await add(6);
  await loop().drain();
  t.same(sent, ['m1', 'm2', 'm3', 'm6'], 'in the order they were made; the held one waits for its time');
  t.same(await query(db, `select delivery_key from app.notify_deliveries where status <> 'sent'`), [{ delivery_key: 'held' }], 'each once');
});
