// XML-RPC (http://xmlrpc.com/spec.md) as Odoo speaks it: methodCall / methodResponse / fault. Doubles decode to
// their exact text (a Decimal) so money never passes through a double; integers beyond int32 (Odoo sends them as
// <int> or <i8>/<double> depending on the version) decode exactly, as a Decimal when a double would change them.
import { XMLParser } from 'fast-xml-parser';
import { Decimal } from '../../kit/singer/decimal.js';

export type XmlRpcValue = string | number | boolean | null | Decimal | Date | XmlRpcValue[] | { [k: string]: XmlRpcValue };

export class XmlRpcFault extends Error {
  override name = 'XmlRpcFault';
  constructor(
    readonly faultCode: number | string,
    readonly faultString: string,
  ) {
    super(`XML-RPC fault ${faultCode}`);
  }
}

export class XmlRpcParseError extends Error {
  override name = 'XmlRpcParseError';
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One value as XML-RPC text. A JS number is an <int> when it is a safe integer within int32, else a <double>. */
export function encodeValue(v: unknown): string {
  if (v === null || v === undefined) return '<value><nil/></value>';
  if (typeof v === 'boolean') return `<value><boolean>${v ? 1 : 0}</boolean></value>`;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) <= 2147483647) return `<value><int>${v}</int></value>`;
    if (!Number.isFinite(v)) throw new RangeError(`XML-RPC cannot carry ${v}`);
    return `<value><double>${String(v)}</double></value>`;
  }
  if (v instanceof Decimal) return `<value><double>${v.text}</double></value>`;
  if (typeof v === 'string') return `<value><string>${escapeXml(v)}</string></value>`;
  if (v instanceof Date) return `<value><dateTime.iso8601>${v.toISOString().replace(/[-:]|\.\d+Z$/g, '')}</dateTime.iso8601></value>`;
  if (Array.isArray(v)) return `<value><array><data>${v.map(encodeValue).join('')}</data></array></value>`;
  if (typeof v === 'object') {
    const members = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `<member><name>${escapeXml(k)}</name>${encodeValue(x)}</member>`);
    return `<value><struct>${members.join('')}</struct></value>`;
  }
  throw new TypeError(`XML-RPC cannot carry a ${typeof v}`);
}

export function encodeCall(method: string, params: unknown[]): string {
  return `<?xml version="1.0"?>\n<methodCall><methodName>${escapeXml(method)}</methodName><params>${params
    .map((p) => `<param>${encodeValue(p)}</param>`)
    .join('')}</params></methodCall>`;
}

export function encodeResponse(value: unknown): string {
  return `<?xml version="1.0"?>\n<methodResponse><params><param>${encodeValue(value)}</param></params></methodResponse>`;
}

export function encodeFault(code: number, message: string): string {
  return `<?xml version="1.0"?>\n<methodResponse><fault>${encodeValue({ faultCode: code, faultString: message })}</fault></methodResponse>`;
}

// preserveOrder keeps mixed content and member order; values stay text (no number guessing)
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

type Node = Record<string, unknown>;

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== ':@');
}

function children(n: Node): Node[] {
  const t = tagOf(n);
  return t ? ((n[t] as Node[]) ?? []) : [];
}

function textOf(nodes: Node[]): string {
  return nodes.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
}

const elements = (nodes: Node[]) => nodes.filter((c) => tagOf(c) !== '#text');

function decodeValue(valueNode: Node): XmlRpcValue {
  const inner = elements(children(valueNode));
  // <value>text</value> without a type element is a string
  if (inner.length === 0) return textOf(children(valueNode));
  const n = inner[0]!;
  const tag = tagOf(n)!;
  const text = () => textOf(children(n));
  switch (tag) {
    case 'string':
      return text();
    case 'int':
    case 'i4':
    case 'i8': {
      const t = text().trim();
      if (!/^[-+]?\d+$/.test(t)) throw new XmlRpcParseError(`<${tag}> holds "${t.slice(0, 40)}"`);
      const n2 = Number(t);
      return Number.isSafeInteger(n2) ? n2 : new Decimal(t.replace(/^\+/, ''));
    }
    case 'double': {
      const t = text().trim();
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) throw new XmlRpcParseError(`<double> holds "${t.slice(0, 40)}"`);
      // the text as sent: 1e21 style or a leading dot is normalised by Decimal's own rules
      const norm = t
        .replace(/^\+/, '')
        .replace(/^(-?)\./, '$10.')
        .replace(/\.$/, '')
        .replace(/\.(?=[eE])/, '');
      return new Decimal(norm);
    }
    case 'boolean': {
      const t = text().trim();
      if (t !== '0' && t !== '1') throw new XmlRpcParseError(`<boolean> holds "${t.slice(0, 40)}"`);
      return t === '1';
    }
    case 'nil':
      return null;
    case 'dateTime.iso8601':
      return text().trim();
    case 'base64':
      return text().replace(/\s+/g, '');
    case 'array': {
      const data = elements(children(n)).find((c) => tagOf(c) === 'data');
      return data ? elements(children(data)).map(decodeValue) : [];
    }
    case 'struct': {
      const out: Record<string, XmlRpcValue> = {};
      for (const m of elements(children(n))) {
        const parts = elements(children(m));
        const name = parts.find((c) => tagOf(c) === 'name');
        const value = parts.find((c) => tagOf(c) === 'value');
        if (!name || !value) throw new XmlRpcParseError('a <member> without <name> or <value>');
        out[textOf(children(name))] = decodeValue(value);
      }
      return out;
    }
    default:
      throw new XmlRpcParseError(`unknown XML-RPC type <${tag}>`);
  }
}

function parseDoc(xml: string): Node[] {
  try {
    return parser.parse(xml) as Node[];
  } catch (e) {
    throw new XmlRpcParseError(`not XML: ${(e as Error).message}`);
  }
}

function root(doc: Node[], name: string): Node {
  const r = elements(doc).find((n) => tagOf(n) === name);
  if (!r) throw new XmlRpcParseError(`no <${name}> element`);
  return r;
}

/** A methodResponse: the value, or an XmlRpcFault thrown. */
export function decodeResponse(xml: string): XmlRpcValue {
  const r = root(parseDoc(xml), 'methodResponse');
  const body = elements(children(r))[0];
  if (!body) throw new XmlRpcParseError('an empty <methodResponse>');
  if (tagOf(body) === 'fault') {
    const v = elements(children(body)).find((c) => tagOf(c) === 'value');
    const f = (v ? decodeValue(v) : {}) as Record<string, XmlRpcValue>;
    const code = f.faultCode instanceof Decimal ? f.faultCode.text : (f.faultCode as number | string);
    throw new XmlRpcFault(code ?? 'unknown', String(f.faultString ?? ''));
  }
  const param = elements(children(body)).find((c) => tagOf(c) === 'param');
  const v = param && elements(children(param)).find((c) => tagOf(c) === 'value');
  if (!v) throw new XmlRpcParseError('a <methodResponse> without a value');
  return decodeValue(v);
}

/** A methodCall: its name and parameters (the simulator's side). */
export function decodeCall(xml: string): { method: string; params: XmlRpcValue[] } {
  const r = root(parseDoc(xml), 'methodCall');
  const parts = elements(children(r));
  const name = parts.find((c) => tagOf(c) === 'methodName');
  if (!name) throw new XmlRpcParseError('a <methodCall> without <methodName>');
  const params = parts.find((c) => tagOf(c) === 'params');
  const values = params
    ? elements(children(params)).map((p) => {
        const v = elements(children(p)).find((c) => tagOf(c) === 'value');
        if (!v) throw new XmlRpcParseError('a <param> without <value>');
        return decodeValue(v);
      })
    : [];
  return { method: textOf(children(name)).trim(), params: values };
}
