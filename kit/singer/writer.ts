// Writes Singer messages, one JSON per line, honouring the destination's backpressure.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { SingerMessage } from './messages.js';

export class SingerWriter {
  private buffered = '';
  constructor(private readonly out: Writable = process.stdout, private readonly highWater = 64 * 1024) {}

  /** Queue one message; call `flush` (or rely on the size trigger) to push it out. */
  async write(message: SingerMessage): Promise<void> {
    this.buffered += JSON.stringify(message) + '\n';
    if (this.buffered.length >= this.highWater) await this.flush();
  }

  /**
   * Queue one message already encoded as JSON (no newline). Returns a promise only when the buffer was
   * flushed into a full destination, so the hot path of a tap does not wait on a resolved promise per row.
   */
  writeLine(json: string): Promise<void> | undefined {
    this.buffered += json + '\n';
    return this.buffered.length >= this.highWater ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (!this.buffered) return;
    const chunk = this.buffered;
    this.buffered = '';
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /**
   * A target's state output: the bare state value, one JSON per line, flushed at once. (Targets relay the
   * value, not the message; Meltano stores each line verbatim as the pipeline's new state.)
   */
  async writeStateValue(value: unknown): Promise<void> {
    this.buffered += JSON.stringify(value) + '\n';
    await this.flush();
  }
}
