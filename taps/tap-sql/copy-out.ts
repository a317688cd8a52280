// PostgreSQL `COPY … TO STDOUT` read straight off a pg client's socket: each CopyData message's row is handed over
// where it lies in the socket's chunk. pg-copy-streams takes the socket over the same way, but makes a Buffer per
// row and copies every chunk's rows into a Readable's chunk; profiled on bench:sql (500k procedurelog rows), that
// was ~0.4 s of the tap's ~1.3 s of CPU before a single row was encoded.
import type { Socket } from 'node:net';

/** What this needs of pg's Connection (pg/lib/connection.js). */
interface PgConnection {
  stream: Socket;
  query(text: string): void;
}

// backend message codes (protocol-message-formats)
const COPY_DATA = 0x64; // d
const ERROR_RESPONSE = 0x45; // E
// messages the backend may send before or among CopyData: CopyOutResponse, NoticeResponse, ParameterStatus,
// NotificationResponse (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-COPY)
const SKIPPED = new Set([0x48, 0x4e, 0x53, 0x41]);

/**
 * A pg submittable (`client.query(new CopyOut(…))`) that reads the COPY's rows off the connection's socket and
 * gives the socket back to pg for the messages after CopyDone (CommandComplete, ReadyForQuery) or from an
 * ErrorResponse on. `row(b, start, nl)`: one row's text, `b[nl]` its newline, called from the socket's data
 * events; once it throws, the rest of the rows are read and dropped, and `end` gets that error. `chunk()` after
 * each socket chunk; `end(error)` once the statement is over and the connection ready for the next.
 */
export class CopyOut {
  private stream: Socket | undefined;
  private pgData: ((b: Buffer) => void) | undefined;
  private carry: Buffer | undefined;
  private over = false;
  /** the first error from `row` (or a malformed message): later rows are dropped */
  private failed: Error | undefined;

  constructor(
    readonly text: string,
    private readonly row: (b: Buffer, start: number, nl: number) => void,
    private readonly chunk: () => void,
    private readonly end: (error?: Error) => void,
  ) {}

  /** Called by pg when the statement's turn comes. */
  submit(connection: PgConnection): Error | undefined {
    const s = connection.stream;
    const listeners = s.listeners('data') as Array<(b: Buffer) => void>;
    if (listeners.length !== 1) return new Error(`COPY TO: pg's connection has ${listeners.length} data listeners, expected 1`);
    this.pgData = listeners[0];
    s.removeListener('data', this.pgData!);
    s.on('data', this.onData);
    this.stream = s;
    connection.query(this.text);
    return undefined;
  }

  /** The socket, while its data is ours (pause and resume it for backpressure). */
  get socket(): Socket | undefined {
    return this.pgData ? this.stream : undefined;
  }

  private readonly onData = (chunk: Buffer): void => {
    let b = chunk;
    let i = 0;
    if (this.carry) {
      // a message split between chunks: only that message is copied whole
      const c = this.carry;
      const want = c.length >= 5 ? 1 + c.readUInt32BE(1) : 5;
      this.carry = undefined;
      if (c.length + chunk.length < want) {
        this.carry = Buffer.concat([c, chunk]);
        return;
      }
      if (want === 5) {
        // only the header was wanted: the message's length is now known
        this.carry = Buffer.concat([c, chunk.subarray(0, 5 - c.length)]);
        this.onData(chunk.subarray(5 - c.length));
        return;
      }
      if (c[0] === COPY_DATA || SKIPPED.has(c[0]!)) {
        i = want - c.length;
        this.frames(Buffer.concat([c, chunk.subarray(0, i)]), 0);
      } else b = Buffer.concat([c, chunk]); // the copy's end (once per statement): read on as one
    }
    if (!this.frames(b, i)) return;
    this.chunk();
  };

  /** The whole messages in `b` from `i`; a partial one at the end is carried. False once the socket is pg's again. */
  private frames(b: Buffer, i: number): boolean {
    while (i + 5 <= b.length) {
      const code = b[i]!;
      if (code === ERROR_RESPONSE) {
        // pg parses the error (and the ReadyForQuery after it) and fails the statement: handleError
        this.detach(b.subarray(i));
        return false;
      }
      // the message's length, big-endian (bytes read inline: readUInt32BE's checks were a tenth of this loop)
      const next = i + 1 + (((b[i + 1]! << 24) | (b[i + 2]! << 16) | (b[i + 3]! << 8) | b[i + 4]!) >>> 0);
      if (next > b.length) break;
      if (code === COPY_DATA) {
        // one row per CopyData message, as the backend sends them, newline-terminated
        if (this.failed) {
          // dropped: read on to the end, so the connection can be used or closed
        } else if (next - 1 < i + 5 || b[next - 1] !== 10) this.failed = new Error('COPY TO: a CopyData message that is not one whole row');
        else
          try {
            this.row(b, i + 5, next - 1);
          } catch (e) {
            this.failed = e as Error;
          }
      } else if (!SKIPPED.has(code)) {
        // CopyDone (or anything else, which ends the copy as pg-copy-streams does): pg reads on from here
        this.detach(b.subarray(next));
        return false;
      }
      i = next;
    }
    if (i < b.length) this.carry = b.subarray(i);
    return true;
  }

  private detach(rest: Buffer): void {
    const s = this.stream!;
    const pg = this.pgData!;
    this.pgData = undefined;
    s.removeListener('data', this.onData);
    s.on('data', pg);
    if (rest.length) pg(rest);
    // a paused socket stays paused when a listener is added
    if (s.isPaused()) s.resume();
  }

  /** The consumer is gone: the remaining rows are read and dropped, so the connection can be used or closed. */
  stop(): void {
    this.failed ??= new Error('COPY TO: stopped');
    const s = this.socket;
    if (s?.isPaused()) s.resume();
  }

  private finish(error?: Error): void {
    if (this.over) return;
    this.over = true;
    this.end(error);
  }

  // pg's callbacks for the messages it reads after the copy (client.js)
  handleError(error: Error): void {
    if (this.pgData) this.detach(Buffer.alloc(0));
    this.finish(error);
  }
  handleCommandComplete(): void {}
  handleReadyForQuery(): void {
    this.finish(this.failed);
  }
}
