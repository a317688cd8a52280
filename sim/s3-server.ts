// A real S3-API server process for tests and the demo: moto in server mode (from the project venv),
// which implements bucket versioning. Started on demand; stopped by the caller.
import { spawn, type ChildProcess } from 'node:child_process';
import { reapOnExit } from './reap.js';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';

const ROOT = new URL('../../', import.meta.url).pathname;
// the SDK's Node 22 notice, which the plugins turn off (kit/singer/cli.ts), in the test and bench processes too
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** moto's server with its ListObjectVersions no longer copying object bodies (sim/moto_server.py says why). */
export const MOTO_SERVER = join(ROOT, 'sim/moto_server.py');

/** The project venv's Python, which has moto. */
export function motoPython(): string {
  const python = join(ROOT, '.venv/bin/python');
  if (!existsSync(join(ROOT, '.venv/bin/moto_server'))) throw new Error('moto not found in .venv: run scripts/setup');
  return python;
}

export interface S3Server {
  url: string;
  client: S3Client;
  stop(): Promise<void>;
  /** Leave the server running after this process exits (it is reaped on exit otherwise). */
  keep(): void;
}

/** Credentials moto accepts; set in the environment so the tap's standard AWS chain finds them too. */
export const S3_TEST_ENV = { AWS_ACCESS_KEY_ID: 'medi-test', AWS_SECRET_ACCESS_KEY: 'medi-test-secret', AWS_REGION: 'ap-southeast-2' };

/** A TCP port nobody holds at this moment, from the OS (bind port 0, read it, close). */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve, reject) => srv.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * A moto S3 server on `port`, or on a free port the OS names. Test files run two at a time, so a port chosen by
 * chance can be taken by the time moto binds it: without a port given, a bind failure is retried on another.
 */
export async function startS3Server(port?: number): Promise<S3Server> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(port ?? (await freePort()));
    } catch (e) {
      if (port !== undefined || attempt >= 5 || !/in use/i.test((e as Error).message)) throw e;
    }
  }
}

async function startOn(port: number): Promise<S3Server> {
  const child: ChildProcess = spawn(motoPython(), [MOTO_SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const spare = reapOnExit(child);
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${log}`);
    if (i >= 100) {
      child.kill();
      throw new Error(`moto_server did not answer on ${url}: ${log}`);
    }
    try {
      const r = await fetch(`${url}/moto-api/`);
      // answered: ours only if it is still running (a server of another test on this port would answer too)
      await new Promise((res) => setTimeout(res, 50));
      if (r.ok && child.exitCode === null) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  Object.assign(process.env, S3_TEST_ENV);
  const client = new S3Client({
    region: S3_TEST_ENV.AWS_REGION,
    endpoint: url,
    forcePathStyle: true,
    credentials: { accessKeyId: S3_TEST_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: S3_TEST_ENV.AWS_SECRET_ACCESS_KEY },
  });
  return {
    url,
    client,
    keep: () => {
      spare();
      child.stderr!.destroy(); // its log has nowhere to go once this process is gone (moto ignores a broken stderr)
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
