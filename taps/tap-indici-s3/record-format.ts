// Indici record format: headerless, fields and rows split literally on multi-character markers, no quoting.
// The supplier's e-mail and the files seen in production disagree on which marker is which and on the
// encoding, so both are detected per file (overridable), and a file that fits neither layout fails loudly.
import { StringDecoder } from 'node:string_decoder';

export type Encoding = 'utf16le' | 'utf16be' | 'utf8';
export interface Layout {
  field: string;
  row: string;
}
/** Files seen in production (UTF-16LE with BOM). */
export const PRODUCTION_LAYOUT: Layout = { field: '|^^|', row: '|~~|' };
/** What the supplier's e-mail says. */
export const EMAIL_LAYOUT: Layout = { field: '|~~|', row: '|^^|' };

export class RecordFormatError extends Error {
  override name = 'RecordFormatError';
}

/**
 * Encoding from the byte-order mark: FF FE → UTF-16LE, FE FF → UTF-16BE, EF BB BF → UTF-8. Without one, text
 * of these files (digits, Latin letters, separators) in UTF-16 has a zero byte in nearly every pair, on
 * the high side: zeros at odd offsets → UTF-16LE, at even offsets → UTF-16BE; otherwise UTF-8.
 */
export function detectEncoding(head: Buffer): { encoding: Encoding; bomLength: number } {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  const pairs = Math.min(head.length >> 1, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (pairs > 0 && oddZeros >= pairs * 0.5 && evenZeros <= pairs * 0.05) return { encoding: 'utf16le', bomLength: 0 };
  if (pairs > 0 && evenZeros >= pairs * 0.5 && oddZeros <= pairs * 0.05) return { encoding: 'utf16be', bomLength: 0 };
  return { encoding: 'utf8', bomLength: 0 };
}

/** A chunk-at-a-time decoder: Node's StringDecoder, or (for UTF-16BE, which it lacks) a streaming TextDecoder. */
interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

function chunkDecoder(encoding: Encoding): ChunkDecoder {
  if (encoding !== 'utf16be') return new StringDecoder(encoding);
  const d = new TextDecoder('utf-16be', { ignoreBOM: true }); // a BOM is skipped by the caller, like the others
  return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
}

function count(text: string, marker: string): number {
  let n = 0;
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) n++;
  return n;
}

/**
 * Which marker separates fields: in real data the field marker appears (fields − 1) times per row and the
 * row marker once. `sample` is the decoded start of the file; only whole rows in it are used.
 */
export function detectLayout(sample: string, fields: number, file: string, wholeFile = false): Layout {
  for (const layout of [PRODUCTION_LAYOUT, EMAIL_LAYOUT]) {
    const lastRow = sample.lastIndexOf(layout.row);
    // the whole file in the sample: text after the last row marker is a last row without one
    const tail = wholeFile && !/^\s*$/.test(sample.slice(lastRow < 0 ? 0 : lastRow + layout.row.length));
    if (lastRow < 0 && !tail) continue;
    const whole = tail ? sample : sample.slice(0, lastRow + layout.row.length);
    const rows = count(whole, layout.row) + (tail ? 1 : 0);
    const seps = count(whole, layout.field);
    // allow some ragged rows: the average must be close to fields − 1 per row
    if (rows > 0 && Math.abs(seps / rows - (fields - 1)) <= Math.max(1, (fields - 1) * 0.05)) return layout;
  }
  const p = count(sample, PRODUCTION_LAYOUT.field);
  const e = count(sample, EMAIL_LAYOUT.field);
  throw new RecordFormatError(`${file}: fits neither layout for ${fields} fields per row (field |^^| row |~~| as in production, or field |~~| row |^^| as in the supplier's e-mail); the first ${sample.length} characters hold ${p} "|^^|" and ${e} "|~~|"`);
}

/**
 * Splits a byte stream into rows of fields. Feed chunks with `push`, then call `end`; each yields complete
 * rows. Detection happens on the first 64 KB. (The content hash is taken once, when the object is spooled.)
 */
export class RowSplitter {
  private decoder?: ChunkDecoder;
  private head: Buffer[] = [];
  private headBytes = 0;
  private carry = '';
  private layout?: Layout;
  encoding?: Encoding;

  constructor(private readonly fields: number, private readonly file: string, private readonly overrides: { encoding?: Encoding; layout?: Layout } = {}) {}

  get detected(): { encoding?: Encoding; layout?: Layout } {
    return { ...(this.encoding ? { encoding: this.encoding } : {}), ...(this.layout ? { layout: this.layout } : {}) };
  }

  push(chunk: Buffer): string[][] {
    if (!this.decoder) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < 64 * 1024) return [];
      return this.start(Buffer.concat(this.head));
    }
    return this.split(this.decoder.write(chunk), false);
  }

  end(): string[][] {
    if (!this.decoder) return [...this.start(Buffer.concat(this.head), true), ...this.split('', true)];
    return this.split(this.decoder.end(), true);
  }

  private start(head: Buffer, wholeFile = false): string[][] {
    this.head = [];
    const bom = detectEncoding(head);
    this.encoding = this.overrides.encoding ?? bom.encoding;
    this.decoder = chunkDecoder(this.encoding);
    const text = this.decoder.write(bom.encoding === this.encoding ? head.subarray(bom.bomLength) : head);
    if (wholeFile && /^\s*$/.test(text)) {
      // an empty extract (a delta with no changes): no rows, nothing to detect
      this.layout = this.overrides.layout ?? PRODUCTION_LAYOUT;
      this.carry = '';
      return [];
    }
    this.layout = this.overrides.layout ?? detectLayout(text, this.fields, this.file, wholeFile);
    return this.split(text, false);
  }

  private split(text: string, last: boolean): string[][] {
    const { row, field } = this.layout!;
    const all = this.carry + text;
    const parts = all.split(row);
    this.carry = last ? '' : parts.pop()!;
    // the last row also ends with the row marker: drop the empty trailing split (and a final newline)
    const rows = last ? parts.filter((p, i) => !(i === parts.length - 1 && /^\s*$/.test(p))) : parts;
    // fields are kept exactly as sent (raw is lossless); staging trims blanks and line breaks
    return rows.map((r) => r.split(field));
  }
}
