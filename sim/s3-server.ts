// A real S3-API server process for tests and the demo: moto in server mode (from the project venv),
// which implements bucket versioning. Started on demand; stopped by the caller.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';

const ROOT = new URL('../../', import.meta.url).pathname;

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
}

/** Credentials moto accepts; set in the environment so the tap's standard AWS chain finds them too. */
export const S3_TEST_ENV = { AWS_ACCESS_KEY_ID: 'medi-test', AWS_SECRET_ACCESS_KEY: 'medi-test-secret', AWS_REGION: 'ap-southeast-2' };

export async function startS3Server(port = 5000 + Math.floor(Math.random() * 1000)): Promise<S3Server> {
  const child: ChildProcess = spawn(motoPython(), [MOTO_SERVER, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${log}`);
    try {
      const r = await fetch(`${url}/moto-api/`);
      if (r.ok) break;
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
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
