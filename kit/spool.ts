// Copy a source body to a temporary file, hashing and counting the bytes on the way: taps that need a
// content hash before (or besides) reading the content, or that must keep a reply for quarantine, read the
// source once and keep memory bounded.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Spooled {
  path: string;
  bytes: number;
  sha256: string;
  /** Delete the file and its directory. */
  remove(): Promise<void>;
}

export async function spool(body: Readable | AsyncIterable<Uint8Array>, prefix: string): Promise<Spooled> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'body');
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(
      body,
      new Transform({
        transform(chunk: Buffer, _enc, cb) {
          hash.update(chunk);
          bytes += chunk.length;
          cb(null, chunk);
        },
      }),
      createWriteStream(path),
    );
  } catch (e) {
    await remove();
    throw e;
  }
  return { path, bytes, sha256: hash.digest('hex'), remove };
}
