// app.notification_queue: one row per user, written on the transaction that marks the delivery sent, so it
// is there exactly once; the application reads the rows and sets their status.
import type { ChannelConfig } from '../config.js';
import type { Channel } from './channel.js';

export function queueChannel(c: ChannelConfig): Channel {
  return {
    async send(d, client) {
      await client.query(
        `insert into app.notification_queue (user_id, channel, subject, body_en, body_ar, status, scheduled_at, delivery_key)
         select u, $2, $3, $4, $5, 'pending', $6, $7 from unnest($1::text[]) as u
         on conflict (delivery_key, user_id) do nothing`,
        [c.user_ids, c.queue_channel, d.subject, d.body_en, d.body_ar, d.next_attempt_at, d.delivery_key],
      );
    },
  };
}
