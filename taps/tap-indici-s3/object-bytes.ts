// An Indici object's bytes for its stream: the SHA-256 first (lineage carries it on every row, and process-once
// decides on it before any row goes out), then the bytes themselves, either from a temporary copy written while
// hashing (`download: spool`, one read) or from a second read of the same object (`download: twice`: no
// temporary file, and the rows leave while the second read arrives).
import { open } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { digest, spool } from '../../kit/spool.js';
import { openVersion, S3AccessError, type ObjectVersion, type OpenedVersion } from './s3.js';

export interface ObjectBytes {
  sha256: string;
  bytes: number;
  /** The bytes in order; a chunk is the caller's only until it asks for the next. */
  chunks(): AsyncGenerator<Buffer>;
  /** Drops what is held: the temporary copy, or a second read not taken. */
  remove(): Promise<void>;
}

/** One read, hashed and written to a temporary file on the spool thread; the rows are read from the file. */
export async function spooledBytes(s3: S3Client, bucket: string, v: ObjectVersion): Promise<ObjectBytes> {
  const spooled = await spool((await pinnedRead(s3, bucket, v)()).body, 'indici', { offThread: true });
  return {
    sha256: spooled.sha256,
    bytes: spooled.bytes,
    async *chunks() {
      // one buffer read into again and again: a stream's fresh 256 KB buffer per read cost twice the CPU (page
      // faults), and nothing downstream keeps the bytes it is given (RowSplitter copies what it holds)
      const fh = await open(spooled.path, 'r');
      try {
        const chunk = Buffer.allocUnsafe(1024 * 1024);
        for (let got; (got = (await fh.read(chunk, 0, chunk.length, null)).bytesRead) > 0;) yield chunk.subarray(0, got);
      } finally {
        await fh.close();
      }
    },
    remove: () => spooled.remove(),
  };
}

/**
 * Reads of one object pinned to the content that was listed: by its version id ("null" too) and by its ETag
 * (If-Match: S3 answers 412 if the null version was overwritten since, which it is in a bucket whose versioning is
 * off or suspended; rows loaded under the listed identity would otherwise be the new content's, loaded again under
 * its own identity next run).
 */
export function pinnedRead(s3: S3Client, bucket: string, v: ObjectVersion): (from?: number) => Promise<OpenedVersion> {
  return (from = 0) => openVersion(s3, bucket, v, { ...(v.etag ? { ifMatch: v.etag } : {}), from });
}

/** Times a second read is opened again (from where it stopped) after its connection failed. */
const RESUMES = 3;

export interface HashedOnce {
  bytes: number;
  sha256: string;
  etag: string;
}

/** The first of two reads: size and SHA-256 only (on the spool thread), nothing kept. */
export async function hashedOnce(read: () => Promise<OpenedVersion>): Promise<HashedOnce> {
  const first = await read();
  return { ...(await digest(first.body, { offThread: true })), etag: first.etag };
}

/**
 * The second read's bytes, after the first gave size and hash. `early` is a second read already under way (opened
 * beside the first, so the server's time to a first byte overlaps the hashing, while its connection waits). A
 * read whose connection fails is opened again from the byte where it stopped (a Range request on the same pinned
 * content), up to RESUMES times; its length and ETag must match the first read's.
 */
export function secondRead(
  uri: string,
  first: HashedOnce,
  read: (from?: number) => Promise<OpenedVersion>,
  early?: Promise<OpenedVersion>,
): ObjectBytes {
  let pending = early;
  // it may fail before anyone waits for it: that is handled when it is taken (or dropped), not a crash
  early?.catch(() => undefined);
  let taken = false;
  return {
    sha256: first.sha256,
    bytes: first.bytes,
    async *chunks() {
      taken = true;
      let got = 0;
      for (let resumes = 0; ; resumes++) {
        const opening = pending ?? read(got);
        pending = undefined;
        try {
          const opened = await opening;
          if (first.etag && opened.etag && opened.etag !== first.etag)
            throw new ObjectChangedError(`${uri}: the second read has ETag ${opened.etag} where the first had ${first.etag}`);
          for await (const c of opened.body) {
            got += (c as Buffer).length;
            yield c as Buffer;
          }
          break;
        } catch (e) {
          // S3 refusing (412 after an overwrite, 403, 404…, after the SDK's own retries) is an answer, not a dropped connection
          if (e instanceof ObjectChangedError || e instanceof S3AccessError || resumes >= RESUMES) throw e;
        }
      }
      if (got !== first.bytes)
        throw new ObjectChangedError(`${uri}: the second read gave ${got} bytes where the first gave ${first.bytes}`);
    },
    async remove() {
      if (taken || !pending) return;
      const p = pending;
      pending = undefined;
      const opened = await p.catch(() => undefined);
      opened?.body.destroy();
    },
  };
}

/** The second read is not the content the first one hashed. */
export class ObjectChangedError extends Error {
  override name = 'ObjectChangedError';
}
