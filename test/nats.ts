// A NATS JetStream server for tests that check published pipeline events, and a reader of every event stored.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, JSONCodec, AckPolicy, DeliverPolicy } from 'nats';
import { EVENT_STREAM } from '../kit/events.js';
import { reapOnExit } from '../sim/reap.js';

/** A JetStream server of this test's own (the machine's may hold other runs' events); TEST_NATS_URL otherwise. */
// portOffset: a second server in the same test process (notify's restart tests) takes another port
export async function natsServer(portOffset = 0): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.TEST_NATS_URL) return { url: process.env.TEST_NATS_URL, stop: async () => undefined };
  // Debian installs it in /usr/sbin, which a non-login PATH may leave out
  const find = 'command -v nats-server || { test -x /usr/sbin/nats-server && echo /usr/sbin/nats-server; }';
  const bin = spawnSync('sh', ['-c', find], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('test: no nats-server on PATH and no TEST_NATS_URL (the CI machine has nats-server)');
  const port = 15000 + ((process.pid + portOffset) % 5000);
  const store = mkdtempSync(join(tmpdir(), 'medi-nats-'));
  const child: ChildProcess = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
  reapOnExit(child);
  const url = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await (await connect({ servers: url, timeout: 500 })).close();
      return {
        url,
        // the store is removed once the server has exited: removed while it still flushed JetStream on SIGTERM,
        // a directory it was writing into failed the removal (ENOTEMPTY) in a CI run's teardown
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise((r) => child.once('exit', r));
            child.kill();
            const late = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(late);
          }
          rmSync(store, { recursive: true, force: true });
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`test: nats-server did not answer on ${url}`);
}

/** Every event in the stream, oldest first. */
export async function events(url: string): Promise<Array<Record<string, unknown>>> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    const { state } = await jsm.streams.info(EVENT_STREAM);
    const name = `t${Date.now()}`;
    await jsm.consumers.add(EVENT_STREAM, { durable_name: name, ack_policy: AckPolicy.None, deliver_policy: DeliverPolicy.All });
    const consumer = await nc.jetstream().consumers.get(EVENT_STREAM, name);
    const out: Array<Record<string, unknown>> = [];
    const batch = await consumer.fetch({ max_messages: state.messages, expires: 2000 });
    for await (const m of batch) {
      out.push({ ...(JSONCodec().decode(m.data) as Record<string, unknown>), _subject: m.subject });
      if (out.length === state.messages) break;
    }
    return out;
  } finally {
    await nc.close();
  }
}
