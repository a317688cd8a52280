// The spool thread (see spool.ts): hashes and writes the pieces of spooled bodies, and hands each piece's
// memory back for the next one.
import { parentPort } from 'node:worker_threads';
import { closeSync, openSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import type { SpoolIn, SpoolOut } from './spool.js';

const port = parentPort!;
const open = new Map<number, { fd: number; hash: Hash }>();
const say = (m: SpoolOut, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

port.on('message', (m: SpoolIn) => {
  const f = open.get(m.id);
  try {
    if (m.op === 'open') {
      open.set(m.id, { fd: openSync(m.path, 'wx', 0o600), hash: createHash('sha256') });
    } else if (m.op === 'write') {
      if (!f) return say({ id: m.id, op: 'ack', piece: m.piece }, [m.piece]); // failed or aborted before
      const bytes = new Uint8Array(m.piece, 0, m.length);
      f.hash.update(bytes);
      for (let off = 0; off < bytes.length;) off += writeSync(f.fd, bytes, off);
      say({ id: m.id, op: 'ack', piece: m.piece }, [m.piece]);
    } else if (m.op === 'end') {
      if (!f) return;
      open.delete(m.id);
      closeSync(f.fd);
      say({ id: m.id, op: 'done', sha256: f.hash.digest('hex') });
    } else if (f) {
      open.delete(m.id);
      closeSync(f.fd);
    }
  } catch (e) {
    if (f) {
      open.delete(m.id);
      try {
        closeSync(f.fd);
      } catch {
        // closed already
      }
    }
    say({ id: m.id, op: 'error', message: (e as Error).message });
    if (m.op === 'write') say({ id: m.id, op: 'ack', piece: m.piece }, [m.piece]);
  }
});
