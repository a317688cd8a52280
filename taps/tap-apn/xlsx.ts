// A streaming XLSX reader for export files that never turns a cell into a JS number: the first worksheet's rows
// with each cell as the text the workbook stores (the `<v>` of the sheet XML), so 1234567.89, 0.30000000000000004
// and 12345678901234567 arrive exactly as written. Numbers in exponent form are written out in plain digits by
// string arithmetic; date and time cells (a serial number under a date/time number format) become
// YYYY-MM-DD / YYYY-MM-DD HH:MM:SS[.mmm] / HH:MM:SS by integer arithmetic in the workbook's date system (1900 with
// its phantom 1900-02-29, or 1904). The ZIP is read from a local file: the central directory by random access,
// each part inflated as a stream and parsed by saxes, so memory holds one chunk of the sheet, not the sheet (the
// shared-string table, which the format makes every cell refer to, is held whole, as any reader must).
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { civilDate } from '../../kit/singer/pg-binary.js';

export class XlsxError extends Error {
  override name = 'XlsxError';
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  headerOffset: number;
}

/** The ZIP's central directory (names, methods, sizes, offsets). */
async function centralDirectory(path: string): Promise<Map<string, Entry>> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0 && eocd < 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) eocd = i;
    if (eocd < 0) throw new XlsxError('not a ZIP file (no end of central directory)');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new XlsxError('ZIP64 workbooks are not supported');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = new Map<string, Entry>();
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new XlsxError('damaged ZIP central directory');
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const headerOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      entries.set(name, { name, method, compressedSize, headerOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** One part's bytes, inflated as they are read. */
async function openEntry(path: string, e: Entry): Promise<Readable> {
  const fh = await open(path, 'r');
  const h = Buffer.alloc(30);
  try {
    await fh.read(h, 0, 30, e.headerOffset);
  } finally {
    await fh.close();
  }
  if (h.readUInt32LE(0) !== 0x04034b50) throw new XlsxError(`damaged ZIP entry ${e.name}`);
  const start = e.headerOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  if (e.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + e.compressedSize - 1, highWaterMark: 256 * 1024 });
  if (e.method === 0) return raw;
  if (e.method !== 8) throw new XlsxError(`ZIP entry ${e.name}: compression method ${e.method} is not supported`);
  const inflate = createInflateRaw();
  raw.on('error', (err) => inflate.destroy(err));
  return raw.pipe(inflate);
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parse one part with saxes, chunk by chunk; `each` runs after every chunk so a caller can hand on what the
 * handlers collected (the generator yields then, holding one chunk's rows at a time).
 */
async function* parsePart(
  path: string,
  e: Entry,
  handlers: { open?(tag: SaxesTagPlain): void; close?(name: string): void; text?(t: string): void },
): AsyncGenerator<void> {
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (err) => {
    throw new XlsxError(`${e.name}: ${err.message}`);
  });
  if (handlers.open) p.on('opentag', (t) => handlers.open!(t as SaxesTagPlain));
  if (handlers.close) p.on('closetag', (t) => handlers.close!(local(t.name)));
  if (handlers.text) {
    p.on('text', handlers.text);
    p.on('cdata', handlers.text);
  }
  const dec = new StringDecoder('utf8');
  for await (const chunk of await openEntry(path, e)) {
    p.write(dec.write(chunk as Buffer));
    yield;
  }
  p.write(dec.end());
  p.close();
  yield;
}

async function drain(g: AsyncGenerator<void>): Promise<void> {
  for await (const _ of g);
}

// ---- numbers, dates ----

/** A stored number's text in plain decimal digits ("1.5E-3" → "0.0015"); null when it is not a number. */
export function plainNumber(v: string): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(v.trim());
  if (!m || (!m[2] && !m[3])) return null;
  const sign = m[1] === '-' ? '-' : '';
  let int = m[2] ?? '';
  let frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 1000) return null;
  if (exp > 0) {
    frac = frac.padEnd(exp, '0');
    int += frac.slice(0, exp);
    frac = frac.slice(exp);
  } else if (exp < 0) {
    int = int.padStart(-exp + 1, '0');
    frac = int.slice(int.length + exp) + frac;
    int = int.slice(0, int.length + exp);
  }
  if (!m[4]) return sign + (m[2] ?? '') + (m[3] !== undefined ? `.${m[3]}` : ''); // as stored, untouched
  int = int.replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30 and the East Asian ids Excel uses). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_CODE: Record<number, string> = {
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

export type DateKind = 'date' | 'datetime' | 'time' | null;

/** What a number format shows: a date, a date and time, a time of day, or none of these. */
export function formatKind(code: string): DateKind {
  // quoted text, escaped characters, colours/conditions/locales in brackets (elapsed [h] [m] [s] kept) do not count
  const s = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .toLowerCase();
  const date = /[dy]/.test(s) || (/m/.test(s) && !/[hs]/.test(s));
  const time = /[hs]/.test(s);
  return date && time ? 'datetime' : date ? 'date' : time ? 'time' : null;
}

const p2 = (n: bigint) => n.toString().padStart(2, '0');

/**
 * A serial number as the date/time it shows, exactly: whole days by integer arithmetic, the fraction of the day
 * (as the digits stored) to the nearest millisecond. Null when it cannot be a date (negative, phantom 1900-02-29).
 */
export function serialToText(v: string, kind: Exclude<DateKind, null>, date1904: boolean): string | null {
  const n = plainNumber(v);
  if (n === null || n.startsWith('-')) return null;
  const [intPart, fracPart = ''] = n.split('.') as [string, string?];
  let days = Number(intPart);
  if (!Number.isSafeInteger(days)) return null;
  let ms = fracPart ? (BigInt(fracPart) * 86_400_000n * 2n + 10n ** BigInt(fracPart.length)) / (2n * 10n ** BigInt(fracPart.length)) : 0n;
  if (ms >= 86_400_000n) {
    ms -= 86_400_000n;
    days += 1;
  }
  // days since 1970-01-01: 1904 system counts from 1904-01-01; the 1900 system from 1899-12-31 up to its phantom
  // 1900-02-29 (serial 60), from 1899-12-30 after it
  let epochDays: number;
  if (date1904) epochDays = days - 24107;
  else if (days === 60 && kind !== 'time') return null;
  else epochDays = days < 60 ? days - 25568 : days - 25569;
  const h = ms / 3_600_000n;
  const mi = (ms / 60_000n) % 60n;
  const s = (ms / 1000n) % 60n;
  const milli = ms % 1000n;
  const time = `${p2(h)}:${p2(mi)}:${p2(s)}${milli ? `.${milli.toString().padStart(3, '0')}` : ''}`;
  if (kind === 'time') return time;
  const d = civilDate(epochDays);
  return kind === 'date' && ms === 0n ? d : `${d} ${time}`;
}

const colIndex = (ref: string): number => {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
};

export interface SheetRow {
  /** the sheet's row number (1-based, as Excel shows it) */
  line: number;
  cells: Array<string | null>;
}

/** The first worksheet's rows, read as a stream from the XLSX at `path`. */
export async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const entries = await centralDirectory(path);
  const part = (name: string) => entries.get(name) ?? entries.get(`/${name}`);

  // workbook: date system and the first sheet's relationship id
  const wb = part('xl/workbook.xml');
  if (!wb) throw new XlsxError('no xl/workbook.xml');
  let date1904 = false;
  let firstSheetRel: string | undefined;
  await drain(
    parsePart(path, wb, {
      open(t) {
        const n = local(t.name);
        if (n === 'workbookPr') date1904 = ['1', 'true'].includes(String(t.attributes.date1904 ?? '').toLowerCase());
        else if (n === 'sheet' && firstSheetRel === undefined)
          firstSheetRel = Object.entries(t.attributes).find(([k]) => local(k) === 'id')?.[1] as string | undefined;
      },
    }),
  );
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels && firstSheetRel) {
    await drain(
      parsePart(path, rels, {
        open(t) {
          if (local(t.name) === 'Relationship' && t.attributes.Id === firstSheetRel) {
            const target = String(t.attributes.Target);
            sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
          }
        },
      }),
    );
  }

  // styles: which cell formats show dates or times
  const xfKind: DateKind[] = [];
  const styles = part('xl/styles.xml');
  if (styles) {
    const custom = new Map<number, string>();
    let inXfs = false;
    const xfIds: number[] = [];
    await drain(
      parsePart(path, styles, {
        open(t) {
          const n = local(t.name);
          if (n === 'numFmt') custom.set(Number(t.attributes.numFmtId), String(t.attributes.formatCode ?? ''));
          else if (n === 'cellXfs') inXfs = true;
          else if (n === 'xf' && inXfs) xfIds.push(Number(t.attributes.numFmtId ?? 0));
        },
        close(n) {
          if (n === 'cellXfs') inXfs = false;
        },
      }),
    );
    for (const id of xfIds) {
      const code = custom.get(id);
      xfKind.push(code !== undefined ? formatKind(code) : BUILTIN_DATE.has(id) ? formatKind(BUILTIN_CODE[id] ?? 'yyyy-mm-dd') : null);
    }
  }

  // shared strings: every string cell refers to this table
  const shared: string[] = [];
  const sst = part('xl/sharedStrings.xml');
  if (sst) {
    let cur = '';
    let inT = false;
    let inPhonetic = false;
    await drain(
      parsePart(path, sst, {
        open(t) {
          const n = local(t.name);
          if (n === 'si') cur = '';
          else if (n === 't') inT = true;
          else if (n === 'rPh') inPhonetic = true;
        },
        close(n) {
          if (n === 't') inT = false;
          else if (n === 'rPh') inPhonetic = false;
          else if (n === 'si') shared.push(cur);
        },
        text(x) {
          if (inT && !inPhonetic) cur += x;
        },
      }),
    );
  }

  const sheet = part(sheetPath);
  if (!sheet) throw new XlsxError(`no ${sheetPath}`);
  const out: SheetRow[] = [];
  let rowNo = 0;
  let cells: Array<string | null> = [];
  let col = -1;
  let type = 'n';
  let style = 0;
  let v = '';
  let hasV = false;
  let inline = '';
  let reading: 'v' | 't' | null = null;
  let inIs = false;
  let inPhonetic = false;
  const value = (): string | null => {
    switch (type) {
      case 's': {
        const s = shared[Number(v)];
        if (s === undefined) throw new XlsxError(`${sheetPath} row ${rowNo}: shared string ${v} does not exist`);
        return s;
      }
      case 'inlineStr':
        return inline;
      case 'b':
        return !hasV ? null : v.trim() === '1' ? 'true' : v.trim() === '0' ? 'false' : v;
      case 'str':
      case 'e':
      case 'd':
        return hasV ? v : null;
      default: {
        if (!hasV) return null;
        const kind = xfKind[style] ?? null;
        if (kind) return serialToText(v, kind, date1904) ?? v;
        return plainNumber(v) ?? v;
      }
    }
  };
  for await (const _ of parsePart(path, sheet, {
    open(t) {
      const n = local(t.name);
      const a = t.attributes;
      if (n === 'row') {
        rowNo = a.r !== undefined ? Number(a.r) : rowNo + 1;
        cells = [];
        col = -1;
      } else if (n === 'c') {
        col = a.r !== undefined ? colIndex(String(a.r)) : col + 1;
        type = String(a.t ?? 'n');
        style = Number(a.s ?? 0);
        v = '';
        hasV = false;
        inline = '';
      } else if (n === 'v') {
        reading = 'v';
        hasV = true;
      } else if (n === 'is') inIs = true;
      else if (n === 'rPh') inPhonetic = true;
      else if (n === 't' && inIs) reading = 't';
    },
    close(n) {
      if (n === 'v' || n === 't') reading = null;
      else if (n === 'is') inIs = false;
      else if (n === 'rPh') inPhonetic = false;
      else if (n === 'c') {
        const x = value();
        while (cells.length < col) cells.push(null);
        cells[col] = x;
      } else if (n === 'row') {
        if (cells.some((x) => x !== null)) out.push({ line: rowNo, cells });
      }
    },
    text(x) {
      if (reading === 'v') v += x;
      else if (reading === 't' && !inPhonetic) inline += x;
    },
  })) {
    if (out.length) yield* out.splice(0);
  }
}
