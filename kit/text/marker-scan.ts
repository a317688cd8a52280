// Where two 4-byte markers (a field and a row separator) occur in a byte buffer, found by a WebAssembly SIMD
// scan (marker-scan.wat) sixteen bytes at a time. The Indici tap split rows with a JavaScript loop that was a
// quarter of its CPU; this does the same work in about a third of the time. Where WebAssembly SIMD cannot run
// (V8 needs SSE4.1), `MarkerScanner.create` returns undefined and the caller keeps its JavaScript loop.
import { WASM } from '../../generated/wasm/marker-scan.js';

/** Bytes scanned per call: bounds the module's memory (about twice this) whatever the caller's buffer. */
const WINDOW = 1 << 20;
const ROW = 0x80000000;

interface Module {
  scan: (n: number, start: number, out: number, field: number, row: number) => number;
  memory: WebAssembly.Memory;
}
let loaded: Module | null | undefined;

function load(): Module | null {
  if (loaded === undefined) {
    try {
      const { exports } = new WebAssembly.Instance(new WebAssembly.Module(WASM));
      loaded = { scan: exports.scan as Module['scan'], memory: exports.memory as WebAssembly.Memory };
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/**
 * The markers of a buffer, a window at a time. Semantics are String.split's on the row marker, then on the field
 * marker: leftmost non-overlapping matches, and a field marker that a row marker overlaps is no boundary. Only
 * markers starting at least 7 bytes before the buffer's end are reported (whether such a field marker is a boundary
 * depends on bytes not seen yet). One module instance is shared: use each scan's entries before the next scan.
 */
export class MarkerScanner {
  /** positions relative to `base`; a row marker's has bit 31 set (the entry is negative) */
  entries = new Int32Array(0);
  /** where the entries' positions count from */
  base = 0;
  /** where the next window starts; past `b.length - 7` when the buffer is done */
  resume = 0;
  private readonly field: number;
  private readonly row: number;

  private constructor(
    private readonly mod: Module,
    field: Buffer,
    row: Buffer,
  ) {
    this.field = field.readInt32LE(0);
    this.row = row.readInt32LE(0);
  }

  /** A scanner for these markers (4 bytes each), or undefined where WebAssembly SIMD is not available. */
  static create(field: Buffer, row: Buffer): MarkerScanner | undefined {
    if (field.length !== 4 || row.length !== 4) throw new Error('markers must be 4 bytes long');
    const mod = load();
    return mod ? new MarkerScanner(mod, field, row) : undefined;
  }

  /** Scans b from `at` (at most one window); returns the number of entries. */
  scan(b: Uint8Array, at: number): number {
    const len = Math.min(b.length - at, WINDOW + 7);
    const outAt = (len + 16 + 15) & ~15; // the scan reads up to 15 bytes past len
    const need = outAt + 4 * ((len >> 2) + 1);
    const { memory } = this.mod;
    if (memory.buffer.byteLength < need) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
    new Uint8Array(memory.buffer, 0, len).set(b.subarray(at, at + len));
    const count = this.mod.scan(len, 0, outAt, this.field, this.row);
    this.entries = new Int32Array(memory.buffer, outAt, count);
    this.base = at;
    // the next window starts after the last marker found, or where this one stopped reporting
    const last = count > 0 ? (this.entries[count - 1]! & ~ROW) + 4 : 0;
    this.resume = at + Math.max(last, len - 6);
    return count;
  }
}
