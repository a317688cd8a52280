// The spool thread (see spool.ts): hashes the pieces of spooled bodies and has them written (libuv's thread pool,
// each at its offset, so hashing the next piece does not wait for the disk), and hands each piece's memory back
// once it is written.
import { parentPort } from 'node:worker_threads';
import { close, openSync, write } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import type { SpoolIn, SpoolOut } from './spool.js';

interface Open {
  /** the file, or -1 when the body is only hashed */
  fd: number;
  hash: Hash;
  /** where the next piece goes */
  at: number;
  /** pieces not written yet */
  writing: number;
  /** the body has ended (the hash is due once the writes have landed) or was abandoned */
  ending?: 'end' | 'abort';
  failed?: boolean;
  closed?: boolean;
}

const port = parentPort!;
const open = new Map<number, Open>();
const say = (m: SpoolOut, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

function fail(id: number, f: Open, e: Error): void {
  if (f.failed) return;
  f.failed = true;
  say({ id, op: 'error', message: e.message });
  settle(id, f);
}

/** Close the file once nothing is being written to it, and say the hash if the body ended well. */
function settle(id: number, f: Open): void {
  if (f.closed || f.writing > 0 || !(f.ending || f.failed)) return;
  f.closed = true;
  open.delete(id);
  const ok = f.ending === 'end' && !f.failed;
  if (f.fd < 0) {
    if (ok) say({ id, op: 'done', sha256: f.hash.digest('hex') });
    return;
  }
  close(f.fd, (e) => {
    if (!ok) return;
    if (e) say({ id, op: 'error', message: e.message });
    else say({ id, op: 'done', sha256: f.hash.digest('hex') });
  });
}

function writePiece(id: number, f: Open, piece: ArrayBuffer, length: number): void {
  const bytes = new Uint8Array(piece, 0, length);
  f.hash.update(bytes);
  if (f.fd < 0) {
    say({ id, op: 'ack', piece }, [piece]);
    return;
  }
  const at = f.at;
  f.at += length;
  f.writing++;
  const done = (e: Error | null) => {
    f.writing--;
    say({ id, op: 'ack', piece }, [piece]);
    if (e) fail(id, f, e);
    settle(id, f);
  };
  const from = (off: number) =>
    write(f.fd, bytes, off, length - off, at + off, (e, n) => {
      if (e || f.failed) done(e);
      else if (off + n < length) from(off + n);
      else done(null);
    });
  from(0);
}

port.on('message', (m: SpoolIn) => {
  const f = open.get(m.id);
  if (m.op === 'open') {
    try {
      open.set(m.id, { fd: m.path === undefined ? -1 : openSync(m.path, 'wx', 0o600), hash: createHash('sha256'), at: 0, writing: 0 });
    } catch (e) {
      say({ id: m.id, op: 'error', message: (e as Error).message });
    }
  } else if (m.op === 'write') {
    if (!f || f.failed || f.ending) say({ id: m.id, op: 'ack', piece: m.piece }, [m.piece]);
    else writePiece(m.id, f, m.piece, m.length);
  } else if (f && !f.ending) {
    f.ending = m.op;
    settle(m.id, f);
  }
});
