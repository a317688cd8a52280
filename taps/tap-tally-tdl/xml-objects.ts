// Streaming reader for Tally collection replies: a small tag scanner walks the whole document (checking that
// every tag closes in order) and hands each object under ENVELOPE/BODY/DATA/COLLECTION, one at a time, to
// fast-xml-parser. Memory is bounded by the largest single object, whatever the reply size. A DOCTYPE is
// refused outright, so entity expansion (XML bombs) cannot happen; Tally never sends one.
import { XMLParser } from 'fast-xml-parser';

export class TallyXmlError extends Error {
  override name = 'TallyXmlError';
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`${reason} (at character ${offset} of the reply)`);
  }
}

/** Tally's LINEERROR or a non-1 STATUS: the request was understood as wrong, not garbled in transit. */
export class TallyLineError extends Error {
  override name = 'TallyLineError';
}

/** Marks a reserved (system) name: Tally prefixes those with character 4, written `&#4;`. */
export const RESERVED_MARK = '\uE004';

const parser = new XMLParser({
  ignoreAttributes: (name: string) => name === 'TYPE',
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name: string) => name.endsWith('.LIST'),
});

const CONTROL_REF = /&#(?:x([0-9a-fA-F]+)|(\d+));/g;
// raw C0 control characters other than tab, line feed and carriage return are not allowed in XML 1.0
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Tally writes character references to control characters (`&#4;` marks reserved names) that XML 1.0
 * forbids. `&#4;` becomes a private-use marker the value parsers understand; other control references are
 * dropped; tab, CR and LF references are kept (narration line breaks survive, unlike the reference loader).
 */
export function sanitize(xml: string): string {
  let s = xml;
  if (s.includes('&#')) {
    s = s.replace(CONTROL_REF, (ref, hex: string | undefined, dec: string | undefined) => {
      const cp = hex ? parseInt(hex, 16) : Number(dec);
      if (cp === 4) return RESERVED_MARK;
      if (cp < 32 && cp !== 9 && cp !== 10 && cp !== 13) return '';
      return ref;
    });
  }
  return s.replace(RAW_CONTROL, (c) => (c === '\u0004' ? RESERVED_MARK : ''));
}

export type TallyNode = Record<string, unknown>;

export interface TallyObject {
  /** element name, e.g. LEDGER */
  element: string;
  node: TallyNode;
  /** the object's XML as it came in the reply (what is quarantined when one of its values cannot be read) */
  xml?: string;
}

const OBJECT_PATH = ['ENVELOPE', 'BODY', 'DATA', 'COLLECTION'];
const MAX_OBJECT_CHARS = 64 * 1024 * 1024;
/** A tag (name and attributes) longer than this is no Tally reply's: refused, not scanned without end */
const MAX_TAG_CHARS = 1024 * 1024;

/**
 * Objects from a reply, given as decoded text chunks. Throws TallyXmlError for malformed XML (naming the
 * offset), TallyLineError for LINEERROR / STATUS other than 1.
 */
export async function* tallyObjects(chunks: AsyncIterable<string>): AsyncGenerator<TallyObject> {
  let buf = '';
  let base = 0; // offset in the whole reply of buf[0]
  let pos = 0;
  const stack: string[] = [];
  let objStart = -1;
  let textStart = -1;
  let status: string | undefined;
  let lineError: string | undefined;
  let sawEnvelope = false;
  // a tag not closed in the text read so far: where it starts, how far it was scanned and the quote open there, so
  // the next chunk resumes the scan (restarting it at every chunk was quadratic in a long tag)
  let tagAt = -1;
  let tagScanned = 0;
  let tagQuote = '';

  const fail = (reason: string, at: number): never => {
    throw new TallyXmlError(reason, base + at);
  };
  // objects are parsed in batches: fast-xml-parser's per-call set-up costs more than a small object's parse
  const batch = new ObjectBatch();

  for await (const chunk of chunks) {
    buf += chunk;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        pos = buf.length;
        break;
      }
      if (lt + 1 >= buf.length) break;
      const c = buf[lt + 1];
      if (c === '?') {
        const end = buf.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      if (c === '!') {
        if (buf.length < lt + 9) break;
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
        fail('a DOCTYPE or other declaration is not accepted in a Tally reply (entity expansion is refused)', lt);
      }
      // find the end of the tag, skipping quoted attribute values
      let gt = -1;
      const resume = lt === tagAt;
      let quote = resume ? tagQuote : '';
      for (let i = resume ? tagScanned : lt + 1; i < buf.length; i++) {
        const ch = buf[i];
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') {
          gt = i;
          break;
        } else if (ch === '<') fail('"<" inside a tag', i);
      }
      if (gt < 0) {
        if (buf.length - lt > MAX_TAG_CHARS) fail(`a tag longer than ${MAX_TAG_CHARS} characters`, lt);
        tagAt = lt;
        tagScanned = buf.length;
        tagQuote = quote;
        break;
      }
      tagAt = -1;
      if (gt - lt > MAX_TAG_CHARS) fail(`a tag longer than ${MAX_TAG_CHARS} characters`, lt);
      if (c === '/') {
        const name = buf.slice(lt + 2, gt).trim();
        const open = stack.pop();
        if (open !== name) fail(open ? `</${name}> closes <${open}>` : `</${name}> without an opening tag`, lt);
        if (textStart >= 0) {
          const text = buf.slice(textStart, lt).trim();
          if (name === 'STATUS') status = text;
          if (name === 'LINEERROR') lineError = text;
          textStart = -1;
        }
        if (objStart >= 0 && stack.length === OBJECT_PATH.length) {
          if (batch.other(name)) yield* batch.flush();
          if (batch.add(buf.slice(objStart, gt + 1), name, base + objStart)) yield* batch.flush();
          objStart = -1;
        }
      } else {
        const selfClosing = buf[gt - 1] === '/';
        const name = buf.slice(lt + 1, selfClosing ? gt - 1 : gt).match(/^[^\s/>]+/)?.[0];
        if (!name) fail('empty tag name', lt);
        if (stack.length === 0) {
          if (name !== 'ENVELOPE') fail(`reply starts with <${name}>, not <ENVELOPE>`, lt);
          sawEnvelope = true;
        }
        const isObject = objStart < 0 && stack.length === OBJECT_PATH.length && OBJECT_PATH.every((p, i) => stack[i] === p);
        if (selfClosing) {
          if (isObject && batch.other(name!)) yield* batch.flush();
          if (isObject && batch.add(buf.slice(lt, gt + 1), name!, base + lt)) yield* batch.flush();
        } else {
          stack.push(name!);
          if (isObject) objStart = lt;
          if ((name === 'STATUS' && stack.length === 3) || name === 'LINEERROR') textStart = gt + 1;
        }
      }
      pos = gt + 1;
    }
    // drop what has been consumed; keep an object being read, or a small text being captured
    const keep = objStart >= 0 ? objStart : textStart >= 0 ? Math.min(textStart, pos) : pos;
    if (keep > 0) {
      buf = buf.slice(keep);
      base += keep;
      pos -= keep;
      if (objStart >= 0) objStart -= keep;
      if (textStart >= 0) textStart -= keep;
      if (tagAt >= 0) {
        tagAt -= keep;
        tagScanned -= keep;
      }
    }
    if (objStart >= 0 && buf.length > MAX_OBJECT_CHARS) fail(`one object is larger than ${MAX_OBJECT_CHARS} characters`, objStart);
  }
  if (lineError !== undefined) throw new TallyLineError(`Tally LINEERROR: ${unescapeText(lineError)}`);
  if (stack.length === 0) yield* batch.flush();
  if (!sawEnvelope) fail('reply has no <ENVELOPE> (empty or not XML)', 0);
  if (stack.length) fail(`reply ends inside <${stack.join('><')}> (truncated)`, buf.length);
  if (status !== undefined && status !== '1') throw new TallyLineError(`Tally STATUS ${status} without a LINEERROR`);
}

/** Character data as XML means it: the five entities and character references (LINEERROR text is read raw). */
export function unescapeText(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return sanitize(s)
    .replace(
      /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
      (ref, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name) return named[name]!;
        const cp = hex ? parseInt(hex, 16) : Number(dec);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : ref;
      },
    )
    .replace(RESERVED_MARK, '');
}

const BATCH_CHARS = 256 * 1024;

/** Consecutive objects of one element type, parsed together (and one by one only to locate an error). */
class ObjectBatch {
  private parts: string[] = [];
  private offsets: number[] = [];
  private element = '';
  private chars = 0;

  /** True when the batch holds objects of another element type (flush first). */
  other(element: string): boolean {
    return this.parts.length > 0 && element !== this.element;
  }

  /** Add an object; true when the batch should be flushed now. */
  add(xml: string, element: string, offset: number): boolean {
    if (this.parts.length && element !== this.element) throw new Error('flush before changing element');
    this.element = element;
    this.parts.push(xml);
    this.offsets.push(offset);
    this.chars += xml.length;
    return this.chars >= BATCH_CHARS;
  }

  *flush(): Generator<TallyObject> {
    if (!this.parts.length) return;
    const { parts, offsets, element } = this;
    this.parts = [];
    this.offsets = [];
    this.chars = 0;
    let nodes: TallyNode[];
    try {
      const doc = parser.parse(sanitize(`<R>${parts.join('')}</R>`)) as { R?: Record<string, TallyNode | TallyNode[]> };
      const v = doc.R?.[element];
      nodes = Array.isArray(v) ? v : v ? [v] : [];
    } catch {
      nodes = [];
    }
    if (nodes.length !== parts.length) {
      // find the object that fails, to report where it is
      nodes = parts.map((p, i) => parseObject(p, element, offsets[i]!).node);
    }
    for (let i = 0; i < nodes.length; i++) yield { element, node: nodes[i]!, xml: parts[i] };
  }
}

function parseObject(xml: string, element: string, offset: number): TallyObject {
  try {
    const doc = parser.parse(sanitize(xml)) as Record<string, TallyNode>;
    return { element, node: doc[element] ?? {} };
  } catch (e) {
    throw new TallyXmlError(`<${element}> could not be parsed: ${(e as Error).message}`, offset);
  }
}
