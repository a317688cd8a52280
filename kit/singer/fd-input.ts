// Reading stdin into reused buffers. process.stdin allocates a new 64 KB buffer for every read (a file's
// ReadStream and a pipe's socket alike); on the 1M-row benchmark those fresh pages, their garbage and the
// PassThrough hop cost the target ~0.5 s of its ~6.5 s of CPU.
// - A regular file is read with readSync on the descriptor (FdChunks): such a read never waits for a writer.
// - A pipe or socket is read through a net.Socket in `onread` mode (SocketChunks), which libuv polls: a
//   blocking read(2) on the thread pool would keep the process from exiting (libuv joins its threads at
//   exit) when it stops early, on SIGTERM or an error, while the writer is still quiet.
import { fstatSync, readSync } from 'node:fs';
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
 * Reads a regular file's descriptor with readSync into one buffer, after letting the event loop run once (so
 * the COPY socket's writes and acknowledgements keep flowing between chunks). A file read never waits for a
 * writer, and from the page cache it is a copy: the asynchronous read(2) it replaced went through the
 * thread pool and a loop turn per chunk, and the target spent ~0.5 s of the 1M-row benchmark waiting on
 * reads it had issued a chunk ahead (wall 5.0-5.7 s against 4.7-5.0 s synchronous, same box, alternating).
 */
export class FdChunks implements ChunkSource {
  private readonly buf: Buffer;
  private done = false;

  constructor(
    private readonly fd: number,
    chunkBytes = 256 * 1024,
  ) {
    this.buf = Buffer.allocUnsafeSlow(chunkBytes);
  }

  async next(): Promise<Buffer | undefined> {
    if (this.done) return undefined;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.done) return undefined;
    const n = readSync(this.fd, this.buf, 0, this.buf.length, null);
    if (n === 0) {
      this.done = true;
      return undefined;
    }
    return this.buf.subarray(0, n);
  }

  stop(): void {
    this.done = true;
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
