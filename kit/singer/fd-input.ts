// Reading stdin into reused buffers. process.stdin allocates a new 64 KB buffer for every read (a file's
// ReadStream and a pipe's socket alike); on the 1M-row benchmark those fresh pages, their garbage and the
// PassThrough hop cost the target ~0.5 s of its ~6.5 s of CPU.
// - A regular file is read with read(2) on the descriptor (FdChunks): such a read never waits for a writer.
// - A pipe or socket is read through a net.Socket in `onread` mode (SocketChunks), which libuv polls: a
//   blocking read(2) on the thread pool would keep the process from exiting (libuv joins its threads at
//   exit) when it stops early, on SIGTERM or an error, while the writer is still quiet.
import { fstatSync, read } from 'node:fs';
import { Socket, type OnReadOpts, type SocketConstructorOpts } from 'node:net';

/** A source of input chunks; a chunk stays valid only until the next call to next(). */
export interface ChunkSource {
  /** The next chunk, or undefined at end of input (or after stop()). */
  next(): Promise<Buffer | string | undefined>;
  /** End the input early: a pending next() resolves to undefined, later ones too. */
  stop(): void;
}

/** How `fd` is best read: 'file' (read(2)), 'stream' (a pipe or socket: polled), or undefined (a TTY, or not open). */
export function fdKind(fd: number): 'file' | 'stream' | undefined {
  try {
    const st = fstatSync(fd);
    return st.isFile() ? 'file' : st.isFIFO() || st.isSocket() ? 'stream' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a regular file's descriptor with one read always in flight ahead of the consumer, alternating
 * between two buffers: the chunk handed out lives in one while the next read fills the other.
 */
export class FdChunks implements ChunkSource {
  private readonly bufs: [Buffer, Buffer];
  private turn = 0;
  private ahead: Promise<number> | undefined;
  private waiter: ((chunk: Buffer | undefined) => void) | undefined;
  private stopped = false;
  private ended = false;

  constructor(private readonly fd: number, chunkBytes = 256 * 1024) {
    this.bufs = [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
  }

  private readInto(buf: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      read(this.fd, buf, 0, buf.length, null, (err, n) => (err ? reject(err) : resolve(n)));
    });
  }

  next(): Promise<Buffer | undefined> {
    if (this.stopped || this.ended) return Promise.resolve(undefined);
    const buf = this.bufs[this.turn]!;
    const pending = this.ahead ?? this.readInto(buf);
    this.ahead = undefined;
    return new Promise<Buffer | undefined>((resolve, reject) => {
      this.waiter = resolve;
      pending.then(
        (n) => {
          if (this.waiter !== resolve) return; // stopped meanwhile
          this.waiter = undefined;
          if (n === 0) {
            this.ended = true;
            resolve(undefined);
            return;
          }
          // the previous chunk (the other buffer) is released by this call: read ahead into it
          this.turn ^= 1;
          this.ahead = this.readInto(this.bufs[this.turn]!);
          this.ahead.catch(() => undefined); // surfaced by the next next()
          resolve(buf.subarray(0, n));
        },
        (e: Error) => {
          if (this.waiter !== resolve) return;
          this.waiter = undefined;
          reject(e);
        },
      );
    });
  }

  stop(): void {
    this.stopped = true;
    const w = this.waiter;
    this.waiter = undefined;
    w?.(undefined);
  }
}

/**
 * Reads a pipe or socket descriptor into one reused buffer: each read is handed over and reading pauses until
 * the consumer asks for the next chunk (which frees the buffer). Data the writer sends meanwhile waits in
 * the pipe, so the writer feels the consumer's pace (backpressure).
 */
export class SocketChunks implements ChunkSource {
  private readonly socket: Socket;
  private ready: Buffer | undefined;
  private waiter: { resolve: (chunk: Buffer | undefined) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  private done = false;

  constructor(fd: number, chunkBytes = 256 * 1024) {
    const buffer = Buffer.allocUnsafeSlow(chunkBytes);
    // `onread` works on a socket made from a descriptor (lib/net.js reads it in the constructor); the type
    // definitions only declare it for connect()
    const opts: SocketConstructorOpts & { onread: OnReadOpts } = {
      fd,
      readable: true,
      writable: false,
      onread: {
        buffer,
        callback: (n: number, buf: Uint8Array) => {
          this.socket.pause();
          this.deliver(Buffer.from(buf.buffer, buf.byteOffset, n));
          return true;
        },
      },
    };
    this.socket = new Socket(opts);
    this.socket.pause();
    this.socket.on('end', () => this.finish());
    this.socket.on('close', () => this.finish());
    this.socket.on('error', (e: Error) => {
      this.failure = e;
      this.finish();
    });
  }

  private deliver(chunk: Buffer): void {
    const w = this.waiter;
    this.waiter = undefined;
    if (w) w.resolve(chunk);
    else this.ready = chunk;
  }

  private finish(): void {
    this.done = true;
    const w = this.waiter;
    this.waiter = undefined;
    if (w && this.failure) w.reject(this.failure);
    else w?.resolve(undefined);
  }

  next(): Promise<Buffer | undefined> {
    if (this.ready) {
      const chunk = this.ready;
      this.ready = undefined;
      return Promise.resolve(chunk);
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.socket.resume();
    });
  }

  stop(): void {
    this.ready = undefined;
    this.socket.destroy();
    this.finish();
  }
}
