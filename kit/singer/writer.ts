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

  async flush(): Promise<void> {
    if (!this.buffered) return;
    const chunk = this.buffered;
    this.buffered = '';
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Write and flush immediately: STATE must not sit in a buffer after it is safe to emit. */
  async writeNow(message: SingerMessage): Promise<void> {
    await this.write(message);
    await this.flush();
  }
}
