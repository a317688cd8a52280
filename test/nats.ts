// A JetStream server of a test's own (the machine's may hold other runs' events); TEST_NATS_URL otherwise.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';

export async function natsServer(portOffset = 0): Promise<{ url: string; stop(): void }> {
  if (process.env.TEST_NATS_URL) return { url: process.env.TEST_NATS_URL, stop: () => undefined };
  // Debian installs it in /usr/sbin, which a non-login PATH may leave out
  const bin = spawnSync('sh', ['-c', 'command -v nats-server || { test -x /usr/sbin/nats-server && echo /usr/sbin/nats-server; }'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (!bin) throw new Error('no nats-server on PATH and no TEST_NATS_URL (the CI machine has nats-server)');
  const port = 20000 + ((process.pid + portOffset) % 5000);
  const store = mkdtempSync(join(tmpdir(), 'medi-nats-'));
  const child: ChildProcess = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
  const url = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await (await connect({ servers: url, timeout: 500 })).close();
      return {
        url,
        stop: () => {
          child.kill();
          rmSync(store, { recursive: true, force: true });
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`nats-server did not answer on ${url}`);
}
