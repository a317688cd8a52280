// Writes Singer messages, one JSON per line, honouring the destination's backpressure. Messages collect in a
// byte buffer (strings are encoded into it; records a tap built as bytes are copied in) that goes out once
// it holds highWater bytes; the buffers the destination has finished with are reused.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { APPEND_ONLY, type SingerMessage } from './messages.js';
import { grown } from './json-rows.js';
import { stringifyExact } from './decimal.js';
import { stringifyJson } from './json.js';

export class SingerWriter {
  private buf: Buffer;
  private pos = 0;
  /** buffers whose write completed: taken before allocating a new one */
  private readonly spare: Buffer[] = [];

  constructor(
    private readonly out: Writable = process.stdout,
    private readonly highWater = 64 * 1024,
  ) {
    this.buf = Buffer.allocUnsafe(highWater * 2);
  }

  private room(n: number): void {
    this.buf = grown(this.buf, this.pos, n);
  }

  private text(s: string): void {
    this.room(s.length * 3 + 1); // a UTF-16 code unit is at most 3 UTF-8 bytes
    this.pos += this.buf.write(s, this.pos);
    this.buf[this.pos++] = 10;
  }

  /** Queue one message; call `flush` (or rely on the size trigger) to push it out. */
  async write(message: SingerMessage): Promise<void> {
    this.text(stringifyExact(message.type === 'SCHEMA' && message[APPEND_ONLY] === true ? appendOnlyInSchema(message) : message));
    if (this.pos >= this.highWater) await this.flush();
  }

  /**
   * Queue one message already encoded as JSON (no newline). Returns a promise only when the buffer was
   * flushed into a full destination, so the hot path of a tap does not wait on a resolved promise per row.
   */
  writeLine(json: string): Promise<void> | undefined {
    this.text(json);
    return this.pos >= this.highWater ? this.flush() : undefined;
  }

  /** Queue whole lines already encoded (a copy is taken: the caller may reuse `bytes` at once). */
  async writeBytes(bytes: Buffer): Promise<void> {
    this.room(bytes.length);
    this.pos += bytes.copy(this.buf, this.pos);
    if (this.pos >= this.highWater) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pos === 0) return;
    const full = this.buf;
    const chunk = full.subarray(0, this.pos);
    this.buf = this.spare.pop() ?? Buffer.allocUnsafe(Math.max(this.highWater * 2, full.length));
    this.pos = 0;
    // process.stdout calls back once the bytes are with the OS; then the memory serves a later chunk. (Other
    // streams may still hold the chunk after their callback, e.g. a PassThrough until it is read.)
    const ok = this.out.write(
      chunk,
      this.out === process.stdout
        ? (err) => {
            if (!err && this.spare.length < 4) this.spare.push(full);
          }
        : undefined,
    );
    if (!ok) await once(this.out, 'drain');
  }

  /**
   * A target's state output: the bare state value, one JSON per line, flushed at once. (Targets relay the
   * value, not the message; Meltano stores each line verbatim as the pipeline's new state.) Numbers a double
   * would change are Decimals here (messages.ts) and are written as they came.
   */
  async writeStateValue(value: unknown): Promise<void> {
    this.text(stringifyJson(value));
    await this.flush();
  }
}

/**
 * The append-only flag goes out twice: as the SCHEMA message's key, and inside its schema object. A singer-sdk
 * mapper between a tap and the target rebuilds the message from stream, schema and keys only (dropping the
 * message key) but keeps the schema's top-level keys; without the flag the target would merge a stream whose
 * raw zone keeps every version.
 */
function appendOnlyInSchema(m: Extract<SingerMessage, { type: 'SCHEMA' }>): SingerMessage {
  return m.schema[APPEND_ONLY] === true ? m : { ...m, schema: { ...m.schema, [APPEND_ONLY]: true } };
}
