#!/usr/bin/env node
// `medi-notify`: pipeline events on NATS → rules → e-mail, Slack, Teams and app.notification_queue.
//   medi-notify run   [--rules FILE]  the service: consume and deliver until SIGTERM / SIGINT
//   medi-notify drain [--rules FILE]  take in the events waiting, deliver what is due, exit (cron, a job step)
//   medi-notify check [--rules FILE]  read the rules file, print the rules and channels, exit
// Settings: MEDI_NOTIFY_RULES (the rules file), MEDI_NATS_URL, DATABASE_URL (the warehouse, which holds the
// queue and the notifier's state), MEDI_NOTIFY_SMTP_URL, MEDI_NOTIFY_RUN_MIGRATIONS (default true).
import { loadNotifyConfig, type NotifyConfig } from './config.js';
import type { Channel } from './channels/channel.js';
import { emailChannel } from './channels/email.js';
import { slackChannel } from './channels/slack.js';
import { teamsChannel } from './channels/teams.js';
import { queueChannel } from './channels/queue.js';
import { EventConsumer } from './consumer.js';
import { DeliveryLoop } from './deliver.js';
import { notifyLog, redactUrls } from './log.js';
import { eventsUrl } from '../events.js';
import { warehouseUrl } from '../warehouse/database.js';
import { migrate } from '../warehouse/migrate.js';

function channels(config: NotifyConfig): Map<string, Channel> {
  const make = { email: emailChannel, slack: slackChannel, teams: teamsChannel, queue: queueChannel };
  return new Map([...config.channels.values()].map((c) => [c.name, make[c.type](c)]));
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'run';
  const i = argv.indexOf('--rules');
  const rulesFile = i >= 0 ? argv[i + 1] : process.env.MEDI_NOTIFY_RULES;
  if (!['run', 'drain', 'check'].includes(command) || !rulesFile) {
    process.stderr.write('usage: medi-notify run|drain|check --rules FILE (or MEDI_NOTIFY_RULES)\n');
    return 2;
  }
  const config = loadNotifyConfig(rulesFile);
  if (command === 'check') {
    for (const r of config.rules) {
      process.stdout.write(
        `rule ${r.name}: ${r.kind} on ${r.on.join(', ')} → ${r.channels.join(', ')} (${r.severity}` +
          `${r.threshold ? `, threshold ${r.threshold}` : ''}${r.dedup_window_s ? `, dedup ${r.dedup_window_s}s` : ''})\n`,
      );
    }
    for (const c of config.channels.values()) process.stdout.write(`channel ${c.name}: ${c.type}\n`);
    return 0;
  }
  const log = notifyLog();
  const natsUrl = eventsUrl();
  if (!natsUrl) throw new Error('medi-notify: MEDI_NATS_URL is not set (the NATS server the pipeline publishes to)');
  const db = await warehouseUrl();
  if (process.env.MEDI_NOTIFY_RUN_MIGRATIONS !== 'false') await migrate(db);
  const loop = new DeliveryLoop(db, config, channels(config), log);
  const consumer = new EventConsumer(natsUrl, db, config, log, () => loop.wake());
  await consumer.open();
  if (command === 'drain') {
    try {
      const taken = await consumer.drain();
      const counts = await loop.drain();
      log('info', 'drained', { events: taken, ...counts });
      return 0;
    } finally {
      await consumer.close();
      await loop.stop();
    }
  }
  loop.start();
  log('info', 'running', {
    consumer: config.nats.consumer,
    stream: config.nats.stream,
    rules: config.rules.length,
    channels: [...config.channels.keys()],
  });
  const stop = new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  const consuming = consumer.run();
  await Promise.race([stop, consuming]);
  await consumer.close();
  await consuming.catch(() => undefined);
  await loop.stop();
  log('info', 'stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    // any URL in the message (NATS, the warehouse, SMTP) may carry a password
    process.stderr.write(redactUrls(`${e.name === 'Error' ? '' : `${e.name}: `}${e.message}\n`));
    process.exit(1);
  },
);
