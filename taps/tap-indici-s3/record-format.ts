// Indici record format: headerless, fields and rows split literally on multi-character markers, no quoting.
// The supplier's e-mail and the files seen in production disagree on which marker is which and on the
// encoding, so both are detected per file (overridable), and a file that fits neither layout fails loudly.
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { decodeWindows1252 } from '../../kit/text/windows-1252.js';
import { MarkerScanner } from '../../kit/text/marker-scan.js';

export type Encoding = 'utf16le' | 'utf16be' | 'utf8' | 'windows1252';
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

function count(text: string, marker: string): number {
  let n = 0;
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) n++;
  return n;
}

/** Field counts of the rows of `sample` in `layout`, blank rows (whitespace between two row markers) aside. */
function rowFieldCounts(sample: string, layout: Layout, wholeFile: boolean): number[] {
  const parts = sample.split(layout.row);
  // text after the last row marker is a row only when the sample is the whole file (a last row without one)
  const rows = wholeFile ? parts : parts.slice(0, -1);
  return rows.filter((r) => !/^\s*$/.test(r)).map((r) => count(r, layout.field) + 1);
}

/** "50 rows of 65 fields, 2 of 64" from rows per field count (the commonest counts first). */
export function describeCounts(by: ReadonlyMap<number, number>): string {
  if (by.size === 0) return 'no whole row';
  const top = [...by].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const said = top
    .slice(0, 3)
    .map(([n, rows], i) => `${rows}${i === 0 ? (rows === 1 ? ' row' : ' rows') : ''} of ${n} field${n === 1 ? '' : 's'}`);
  return said.join(', ') + (top.length > 3 ? `, ${top.length - 3} other count(s)` : '');
}

/**
 * Which marker separates fields: in real data the field marker appears (fields − 1) times per row and the
 * row marker once. `sample` is the decoded start of the file; only whole rows in it are used, blank ones aside.
 * A layout fits when at least half of those rows have a field count of the contract: a few ragged rows are
 * allowed, a file of another extract type (one field more or fewer on every row, or a field separator after
 * every row's last field) is not. `fields` may list more than one count (a contract whose files may leave
 * columns out); any of them fits.
 */
export function detectLayout(sample: string, fields: number | readonly number[], file: string, wholeFile = false): Layout {
  const counts = typeof fields === 'number' ? [fields] : fields;
  const seen: string[] = [];
  for (const [name, layout] of [
    ['production', PRODUCTION_LAYOUT],
    ['e-mail', EMAIL_LAYOUT],
  ] as const) {
    const rows = rowFieldCounts(sample, layout, wholeFile);
    const fit = rows.filter((n) => counts.includes(n)).length;
    if (rows.length > 0 && fit * 2 >= rows.length) return layout;
    const by = new Map<number, number>();
    for (const n of rows) by.set(n, (by.get(n) ?? 0) + 1);
    seen.push(`read as the ${name} layout it has ${describeCounts(by)}`);
  }
  const p = count(sample, PRODUCTION_LAYOUT.field);
  const e = count(sample, EMAIL_LAYOUT.field);
  throw new RecordFormatError(
    `${file}: fits neither layout for ${counts.join(' or ')} fields per row (field |^^| row |~~| as in production, or field |~~| row |^^| as in the supplier's e-mail); the first ${sample.length} characters hold ${p} "|^^|" and ${e} "|~~|": ${seen.join('; ')}`,
  );
}

const REPLACEMENT = Buffer.from('\ufffd');

function replacements(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(REPLACEMENT); i !== -1; i = b.indexOf(REPLACEMENT, i + 3)) n++;
  return n;
}

/** How many well-formed UTF-8 multi-byte sequences `b` holds (Windows-1252 text almost never has one). */
function utf8Sequences(b: Buffer): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0xc2 || c > 0xf4) continue;
    const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    let ok = i + need < b.length;
    for (let k = 1; ok && k <= need; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      n++;
      i += need;
    }
  }
  return n;
}

/**
 * Converts a byte stream in the detected encoding to UTF-8, chunk by chunk: a code unit, surrogate pair or
 * UTF-8 sequence cut by a chunk boundary waits for the next chunk. What cannot be represented (a lone
 * surrogate, invalid UTF-8) becomes U+FFFD, as decoding to a string and encoding it again would make it, and
 * is counted in `replaced` so the file's log line can say so.
 *
 * `guess` (a file without a byte-order mark that is not UTF-16): UTF-8 until the first chunk with a byte above
 * 0x7F (the first chunk is the 64 KB head). If that chunk is not valid UTF-8 and holds no well-formed UTF-8
 * sequence at all, the file is Windows-1252 (a Windows export; the ASCII before it reads the same in both), so
 * "é" arrives as "é" instead of U+FFFD. Otherwise it is UTF-8, and its invalid bytes become U+FFFD.
 */
class Utf8Converter {
  private pending: Buffer | undefined;
  private decided: boolean;
  replaced = 0;
  nuls = 0;

  constructor(
    public encoding: Encoding,
    guess = false,
  ) {
    this.decided = !guess || encoding !== 'utf8';
  }

  write(chunk: Buffer): Buffer {
    const b = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    const usable = this.complete(b);
    this.pending = usable < b.length ? Buffer.from(b.subarray(usable)) : undefined;
    return this.withoutNul(this.convert(b.subarray(0, usable)));
  }

  end(): Buffer {
    return this.withoutNul(this.rest());
  }

  /**
   * NUL (U+0000) decodes, but PostgreSQL text cannot hold it, and one NUL would fail the whole load: it becomes
   * U+FFFD, counted in `nuls`. (A memchr per chunk when there is none.)
   */
  private withoutNul(b: Buffer): Buffer {
    let at = b.indexOf(0);
    if (at === -1) return b;
    const parts: Buffer[] = [];
    let from = 0;
    for (; at !== -1; at = b.indexOf(0, from)) {
      parts.push(b.subarray(from, at), REPLACEMENT);
      this.nuls++;
      from = at + 1;
    }
    parts.push(b.subarray(from));
    return Buffer.concat(parts);
  }

  private rest(): Buffer {
    const rest = this.pending;
    this.pending = undefined;
    if (!rest) return Buffer.alloc(0);
    if (this.encoding === 'utf8' || this.encoding === 'windows1252') return this.convert(rest);
    // a lone high surrogate, and a last odd byte (half a code unit), each become U+FFFD: nothing vanishes
    // (what is held back is at most those, so every U+FFFD here is a replacement)
    const even = rest.length & ~1;
    const out = Buffer.from(this.le(rest.subarray(0, even)).toString('utf16le') + (even < rest.length ? '\ufffd' : ''));
    this.replaced += replacements(out);
    return out;
  }

  /** How many leading bytes of `b` hold whole characters. */
  private complete(b: Buffer): number {
    if (this.encoding === 'windows1252') return b.length;
    if (this.encoding === 'utf8') {
      // back over continuation bytes to the start of the last sequence; keep it back when it is short
      let i = b.length - 1;
      while (i >= 0 && i >= b.length - 4 && (b[i]! & 0xc0) === 0x80) i--;
      if (i < 0) return b.length;
      const lead = b[i]!;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      return i + need > b.length ? i : b.length;
    }
    let n = b.length & ~1;
    if (n >= 2) {
      const last = this.encoding === 'utf16le' ? b.readUInt16LE(n - 2) : b.readUInt16BE(n - 2);
      if (last >= 0xd800 && last <= 0xdbff) n -= 2; // a high surrogate waits for its pair
    }
    return n;
  }

  private le(b: Buffer): Buffer {
    return this.encoding === 'utf16be' ? Buffer.from(b).swap16() : b;
  }

  private convert(b: Buffer): Buffer {
    if (b.length === 0) return b;
    if (this.encoding === 'windows1252') return decodeWindows1252(b);
    if (this.encoding === 'utf8') {
      if (isUtf8(b)) {
        if (!this.decided && !isAscii(b)) this.decided = true;
        return b;
      }
      if (!this.decided) {
        this.decided = true;
        if (utf8Sequences(b) === 0) {
          this.encoding = 'windows1252';
          return this.convert(b);
        }
      }
      const out = Buffer.from(b.toString('utf8'));
      this.replaced += replacements(out) - replacements(b);
      return out;
    }
    const le = this.le(b);
    try {
      return transcode(le, 'utf16le', 'utf8');
    } catch {
      // a lone surrogate: ICU refuses it, the string round trip replaces it
      const out = Buffer.from(le.toString('utf16le'));
      let sent = 0; // U+FFFD the file itself holds
      for (let i = 0; i + 1 < le.length; i += 2) if (le[i] === 0xfd && le[i + 1] === 0xff) sent++;
      this.replaced += replacements(out) - sent;
      return out;
    }
  }
}

/** A row as byte ranges of UTF-8 text: field j is buf[starts[j], ends[j]); the row itself is buf[start, end). */
export interface ByteRow {
  buf: Buffer;
  start: number;
  end: number;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** the file's last row, and no row marker ends it: the file was cut short (every row of a whole file ends with one) */
  unterminated: boolean;
}

const EMPTY = Buffer.alloc(0);

/** Bytes read before the encoding is decided (BOM, zero bytes), and the least UTF-8 text the layout is detected on. */
const HEAD = 64 * 1024;
/**
 * The most UTF-8 text held while looking for the end of the first row (in either layout) before detecting the
 * layout: a first row longer than this cannot be told apart from a file in neither layout.
 */
export const SAMPLE_CAP = 64 * 1024 * 1024;
/** Both layouts' markers: the layout is detected once each has appeared (then either layout has a whole row). */
const MARKERS = [Buffer.from(PRODUCTION_LAYOUT.field), Buffer.from(PRODUCTION_LAYOUT.row)] as const;

/**
 * Splits a byte stream into rows of fields, as UTF-8 bytes. Feed chunks with `pushBytes`, then call
 * `endBytes`; each calls `onRow` for every complete row (the row object and its buffer are reused: copy what
 * you keep). Nothing of a chunk is kept past the call (what waits for the next chunk is copied), so the caller may
 * read into the same buffer again. The encoding is detected on the first 64 KB; the layout on the first 64 KB of
 * text, or more when the first row is longer: text is held until both markers have appeared (up to SAMPLE_CAP), and
 * the sample is cut at the same place whatever the chunks, so the outcome does not depend on how the bytes arrive.
 * Fields are kept exactly as sent (raw is lossless; staging trims blanks and line breaks). (The content hash is
 * taken once, when the object is spooled.)
 */
export class RowSplitter {
  private converter?: Utf8Converter;
  private head: Buffer[] = [];
  private headBytes = 0;
  /** UTF-8 text held until the layout is detected */
  private sample: Buffer[] = [];
  private sampleBytes = 0;
  /** the sample's last 3 bytes, to find a marker that straddles two chunks */
  private sampleTail = EMPTY;
  /** where the first "|^^|" and the first "|~~|" end in the sample; -1 before they appear */
  private readonly firstEnd = [-1, -1];
  private carry = EMPTY;
  private layout?: Layout;
  private scanner?: MarkerScanner;
  private rowMarker = Buffer.alloc(0);
  private fieldMarker = Buffer.alloc(0);
  /** 1 for the bytes either marker contains */
  private readonly inMarker = new Uint8Array(256);
  private readonly row: ByteRow = {
    buf: Buffer.alloc(0),
    start: 0,
    end: 0,
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    count: 0,
    unterminated: false,
  };

  constructor(
    private readonly fields: number | readonly number[],
    private readonly file: string,
    /** `scan: 'js'` keeps the JavaScript scan even where the WebAssembly one runs (tests compare the two) */
    private readonly overrides: { encoding?: Encoding; layout?: Layout; scan?: 'js' } = {},
  ) {}

  /** The file's encoding once known (a BOM-less file read as UTF-8 may turn out to be Windows-1252). */
  get encoding(): Encoding | undefined {
    return this.converter?.encoding;
  }

  /** Characters that could not be decoded and became U+FFFD (invalid UTF-8, lone UTF-16 surrogates). */
  get replaced(): number {
    return this.converter?.replaced ?? 0;
  }

  /** NUL characters, which PostgreSQL text cannot hold, read as U+FFFD. */
  get nuls(): number {
    return this.converter?.nuls ?? 0;
  }

  get detected(): { encoding?: Encoding; layout?: Layout } {
    return { ...(this.encoding ? { encoding: this.encoding } : {}), ...(this.layout ? { layout: this.layout } : {}) };
  }

  pushBytes(chunk: Buffer, onRow: (row: ByteRow) => void): void {
    if (!this.converter) {
      this.head.push(Buffer.from(chunk)); // kept past this call: the caller may read into `chunk` again
      this.headBytes += chunk.length;
      if (this.headBytes < HEAD) return;
      this.feed(this.open(Buffer.concat(this.head)), false, onRow);
      return;
    }
    this.feed(this.converter.write(chunk), false, onRow);
  }

  endBytes(onRow: (row: ByteRow) => void): void {
    if (!this.converter) {
      const bytes = this.open(Buffer.concat(this.head));
      this.feed(Buffer.concat([bytes, this.converter!.end()]), true, onRow);
    } else this.feed(this.converter.end(), true, onRow);
  }

  /** pushBytes with the rows as arrays of strings. */
  push(chunk: Buffer): string[][] {
    const rows: string[][] = [];
    this.pushBytes(chunk, (r) => rows.push(fieldsOf(r)));
    return rows;
  }

  /** endBytes with the rows as arrays of strings. */
  end(): string[][] {
    const rows: string[][] = [];
    this.endBytes((r) => rows.push(fieldsOf(r)));
    return rows;
  }

  /** Decide the encoding on the head; returns the head as UTF-8. */
  private open(head: Buffer): Buffer {
    this.head = [];
    const bom = detectEncoding(head);
    const encoding = this.overrides.encoding ?? bom.encoding;
    // neither a BOM nor a setting says UTF-8: Windows-1252 stays possible until the first non-ASCII byte
    this.converter = new Utf8Converter(encoding, !this.overrides.encoding && encoding === 'utf8' && bom.bomLength === 0);
    if (this.overrides.layout) this.setLayout(this.overrides.layout);
    return this.converter.write(bom.encoding === encoding ? head.subarray(bom.bomLength) : head);
  }

  /** UTF-8 text in order: split once the layout is known, else held in the sample until it can be detected. */
  private feed(bytes: Buffer, last: boolean, onRow: (row: ByteRow) => void): void {
    if (this.layout) {
      this.split(bytes, last, onRow);
      return;
    }
    if (bytes.length) {
      const kept = Buffer.from(bytes); // the converter may hand back the caller's own chunk
      const joined = this.sampleTail.length ? Buffer.concat([this.sampleTail, kept]) : kept;
      const base = this.sampleBytes - this.sampleTail.length;
      MARKERS.forEach((m, k) => {
        if (this.firstEnd[k]! >= 0) return;
        const at = joined.indexOf(m);
        if (at !== -1) this.firstEnd[k] = base + at + m.length;
      });
      this.sample.push(kept);
      this.sampleBytes += kept.length;
      this.sampleTail = Buffer.from(joined.subarray(Math.max(0, joined.length - 3)));
    }
    const both = this.firstEnd[0]! >= 0 && this.firstEnd[1]! >= 0;
    const rowEnds = Math.max(this.firstEnd[0]!, this.firstEnd[1]!);
    // a marker that ends within the cap lies in the first SAMPLE_CAP bytes: past them, whichever is missing will not
    if (both ? rowEnds > SAMPLE_CAP : this.sampleBytes >= SAMPLE_CAP) {
      const [p, e] = this.firstEnd.map((at) => (at >= 0 && at <= SAMPLE_CAP ? 'a' : 'no'));
      throw new RecordFormatError(
        `${this.file}: no row ends in the first ${SAMPLE_CAP / 1024 / 1024} MB in either layout (they hold ${p} "|^^|" and ${e} "|~~|"): the first row is longer than ${SAMPLE_CAP / 1024 / 1024} MB, or the file is in neither layout; if its rows are that long, set layout (production or email) to read it without detection`,
      );
    }
    // the sample: the first 64 KB of text, or up to the end of the first row in either layout when that is later
    const upTo = both ? Math.max(HEAD, rowEnds) : Infinity;
    if (!last && this.sampleBytes < upTo) return;
    const all = this.sample.length === 1 ? this.sample[0]! : Buffer.concat(this.sample);
    this.sample = [];
    this.sampleTail = EMPTY;
    const wholeFile = last && upTo >= all.length;
    const text = all.toString('utf8', 0, Math.min(upTo, all.length));
    if (wholeFile && /^\s*$/.test(text)) {
      // an empty extract (a delta with no changes): no rows, nothing to detect
      this.setLayout(PRODUCTION_LAYOUT);
      return;
    }
    this.setLayout(detectLayout(text, this.fields, this.file, wholeFile));
    this.split(all, last, onRow);
  }

  private setLayout(layout: Layout): void {
    // fieldsAt compares four bytes at a time: both layouts' markers are four ASCII characters
    if (Buffer.byteLength(layout.field) !== 4 || Buffer.byteLength(layout.row) !== 4)
      throw new RecordFormatError(`${this.file}: separators must be 4 bytes long`);
    this.layout = layout;
    this.rowMarker = Buffer.from(layout.row);
    this.fieldMarker = Buffer.from(layout.field);
    this.inMarker.fill(0);
    for (const c of [...this.rowMarker, ...this.fieldMarker]) this.inMarker[c] = 1;
    this.scanner = this.overrides.scan === 'js' ? undefined : MarkerScanner.create(this.fieldMarker, this.rowMarker);
  }

  /**
   * Rows of the input so far. The semantics are String.split's: the text splits on the row marker first
   * (leftmost match, non-overlapping), then each row on the field marker. Only the row that straddles the
   * chunk boundary is joined with the carry (joining whole chunks copied every byte once more).
   */
  private split(bytes: Buffer, last: boolean, onRow: (row: ByteRow) => void): void {
    let from = 0;
    if (this.carry.length) {
      const r = bytes.indexOf(this.rowMarker);
      const k = r === -1 ? bytes.length : r + 4;
      const head = Buffer.concat([this.carry, bytes.subarray(0, k)]);
      const p = this.rowsOf(head, onRow);
      if (p < this.carry.length) {
        // no row ended in this chunk's bytes (then r was -1 and head holds all of them)
        this.carry = Buffer.from(head.subarray(p));
        from = bytes.length;
      } else {
        this.carry = EMPTY;
        from = p - (head.length - k);
      }
    }
    if (from < bytes.length) {
      const rest = this.scan(bytes, from, onRow);
      this.carry = this.carry.length ? Buffer.concat([this.carry, bytes.subarray(rest)]) : Buffer.from(bytes.subarray(rest));
    }
    if (!last) return;
    const tail = this.carry;
    this.carry = EMPTY;
    const p = this.rowsOf(tail, onRow);
    // the last row also ends with the row marker: what follows it (a final newline) is no row; anything else is
    // a last row cut short (an interrupted upload), handed over marked so
    if (p < tail.length && !/^\s*$/.test(tail.toString('utf8', p))) this.fieldsAt(tail, p, tail.length, onRow, true);
  }

  /** The rows of b that end with a row marker; returns where the rest begins. */
  private rowsOf(b: Buffer, onRow: (row: ByteRow) => void): number {
    let pos = 0;
    for (let r = b.indexOf(this.rowMarker); r !== -1; r = b.indexOf(this.rowMarker, pos)) {
      this.fieldsAt(b, pos, r, onRow);
      pos = r + 4;
    }
    return pos;
  }

  /**
   * Rows and their fields in one pass over b from `pos`, with rowsOf + fieldsAt's outcome: a field marker
   * that a row marker overlaps is no field boundary (the row ends first). Stops 7 bytes short of the end,
   * where an overlap cannot be ruled out yet; returns where the unfinished row begins.
   */
  private scan(b: Buffer, pos: number, onRow: (row: ByteRow) => void): number {
    const sc = this.scanner;
    if (!sc) return this.scanJs(b, pos, onRow);
    let rowStart = pos;
    let from = pos;
    let n = 0;
    for (let at = pos; at <= b.length - 7; at = sc.resume) {
      const count = sc.scan(b, at);
      const { entries, base } = sc;
      for (let k = 0; k < count; k++) {
        const e = entries[k]!;
        const p = base + (e & 0x7fffffff);
        if (e < 0) {
          this.emit(b, rowStart, p, this.field(n, from, p), onRow);
          n = 0;
          rowStart = from = p + 4;
        } else {
          n = this.field(n, from, p);
          from = p + 4;
        }
      }
    }
    return rowStart;
  }

  /** scan in JavaScript, a byte at a time (where WebAssembly SIMD is not available, and in tests). */
  private scanJs(b: Buffer, pos: number, onRow: (row: ByteRow) => void): number {
    const fm = this.fieldMarker;
    const rm = this.rowMarker;
    const f0 = fm[0]!,
      f1 = fm[1]!,
      f2 = fm[2]!,
      f3 = fm[3]!;
    const r0 = rm[0]!,
      r1 = rm[1]!,
      r2 = rm[2]!,
      r3 = rm[3]!;
    const inMarker = this.inMarker;
    const stop = b.length - 7;
    let rowStart = pos;
    let from = pos;
    let n = 0;
    let i = pos;
    while (i <= stop) {
      // no marker byte at i + 3: no marker starts at i, i + 1, i + 2 or i + 3 (a skip of 4 for most bytes)
      if (inMarker[b[i + 3]!] === 0) {
        i += 4;
        continue;
      }
      const c = b[i];
      if (c === r0 && b[i + 1] === r1 && b[i + 2] === r2 && b[i + 3] === r3) {
        this.emit(b, rowStart, i, this.field(n, from, i), onRow);
        n = 0;
        i += 4;
        rowStart = from = i;
        continue;
      }
      if (c === f0 && b[i + 1] === f1 && b[i + 2] === f2 && b[i + 3] === f3 && !this.rowMarkerWithin(b, i + 1)) {
        n = this.field(n, from, i);
        i += 4;
        from = i;
        continue;
      }
      i++;
    }
    return rowStart;
  }

  /** A row marker starts at j, j + 1 or j + 2 (overlapping a field marker that starts at j - 1). */
  private rowMarkerWithin(b: Buffer, j: number): boolean {
    const m = this.rowMarker;
    for (let k = j; k < j + 3; k++) if (b[k] === m[0] && b[k + 1] === m[1] && b[k + 2] === m[2] && b[k + 3] === m[3]) return true;
    return false;
  }

  /** Split b[s, e) on the field marker (leftmost first, as String.split) and hand the row over. */
  private fieldsAt(b: Buffer, s: number, e: number, onRow: (row: ByteRow) => void, unterminated = false): void {
    const m = this.fieldMarker;
    const m0 = m[0]!,
      m1 = m[1]!,
      m2 = m[2]!,
      m3 = m[3]!;
    const inMarker = this.inMarker;
    let n = 0;
    let from = s;
    for (let i = s; i + 4 <= e;) {
      if (inMarker[b[i + 3]!] === 0) {
        i += 4;
      } else if (b[i] === m0 && b[i + 1] === m1 && b[i + 2] === m2 && b[i + 3] === m3) {
        n = this.field(n, from, i);
        i += 4;
        from = i;
      } else {
        i++;
      }
    }
    this.emit(b, s, e, this.field(n, from, e), onRow, unterminated);
  }

  /** Record field n as [from, end); returns the field count. */
  private field(n: number, from: number, end: number): number {
    if (n + 1 >= this.row.starts.length) this.grow();
    this.row.starts[n] = from;
    this.row.ends[n] = end;
    return n + 1;
  }

  /** Hand over the row b[s, e) of `count` recorded fields. */
  private emit(b: Buffer, s: number, e: number, count: number, onRow: (row: ByteRow) => void, unterminated = false): void {
    const row = this.row;
    row.unterminated = unterminated;
    row.buf = b;
    row.start = s;
    row.end = e;
    row.count = count;
    onRow(row);
  }

  private grow(): void {
    const starts = new Int32Array(this.row.starts.length * 2);
    const ends = new Int32Array(this.row.ends.length * 2);
    starts.set(this.row.starts);
    ends.set(this.row.ends);
    this.row.starts = starts;
    this.row.ends = ends;
  }
}

function fieldsOf(r: ByteRow): string[] {
  const out: string[] = [];
  for (let j = 0; j < r.count; j++) out.push(r.buf.toString('utf8', r.starts[j], r.ends[j]));
  return out;
}
