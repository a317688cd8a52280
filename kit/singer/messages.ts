// The Singer message union and its parser: the one protocol module every tap and target uses.
import { MalformedMessageError, SchemaWithoutPropertiesError } from './errors.js';
import { parseJsonLossless } from './json.js';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  enum?: unknown[];
  maximum?: number;
  minimum?: number;
  required?: string[];
  [k: string]: unknown;
};

/** The SCHEMA message key of the append-only extension (see SchemaMessage); also a top-level key of its schema. */
export const APPEND_ONLY = 'x-medi-append-only';

export interface SchemaMessage {
  type: 'SCHEMA';
  stream: string;
  schema: JsonSchema;
  key_properties: string[];
  bookmark_properties?: string[];
  /**
   * Medi extension: land every record as a new row even where the target's default merges keyed streams (our
   * taps' raw zone is history: staging picks the newest version per key, SCD2 is derived from all of them).
   * Other targets ignore unknown message keys.
   */
  [APPEND_ONLY]?: boolean;
}
export interface RecordMessage {
  type: 'RECORD';
  stream: string;
  record: Record<string, unknown>;
  version?: number;
  time_extracted?: string;
}
export interface StateMessage {
  type: 'STATE';
  value: unknown;
}
export interface ActivateVersionMessage {
  type: 'ACTIVATE_VERSION';
  stream: string;
  version: number;
}
export interface BatchMessage {
  type: 'BATCH';
  stream: string;
  /** 'jsonl' (singer-sdk's) or an encoding a target declares in --about batch_encodings (batch.ts) */
  encoding: { format: string; compression?: 'gzip' | 'none' | null };
  manifest: string[];
  /** Medi extension: when the file's first record was read (its records' _sdc_extracted_at) */
  time_extracted?: string;
  /** Medi extension (batch.ts HANDOVER): the target removes the files once loaded and committed */
  'x-medi-handover'?: boolean;
}
export type SingerMessage = SchemaMessage | RecordMessage | StateMessage | ActivateVersionMessage | BatchMessage;

/** A parsed message plus, when the line held integers beyond 2^53, a lossless copy of the record. */
export interface ParsedLine {
  message: SingerMessage;
  /** The record with big numbers kept as digit strings; set only when JSON.parse would have rounded. */
  losslessRecord?: Record<string, unknown>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need(cond: unknown, line: number, what: string): asserts cond {
  if (!cond) throw new MalformedMessageError(line, what);
}

/** Parse and shape-check one line of Singer input. `line` is 1-based and goes into every error. */
export function parseMessage(text: string, line: number): ParsedLine {
  let raw: unknown;
  let lossless: unknown;
  try {
    const parsed = parseJsonLossless(text);
    raw = parsed.value;
    lossless = parsed.lossless;
  } catch (e) {
    throw new MalformedMessageError(line, `invalid JSON (${(e as Error).message})`);
  }
  need(isObject(raw), line, 'a message must be a JSON object');
  const type = raw.type;
  switch (type) {
    case 'RECORD': {
      need(typeof raw.stream === 'string' && raw.stream, line, 'RECORD needs a "stream" string');
      need(isObject(raw.record), line, `RECORD for stream "${String(raw.stream)}" needs a "record" object`);
      if (raw.version !== undefined) need(typeof raw.version === 'number', line, 'RECORD "version" must be a number');
      const out: ParsedLine = { message: raw as unknown as RecordMessage };
      if (lossless !== undefined) out.losslessRecord = (lossless as { record: Record<string, unknown> }).record;
      return out;
    }
    case 'SCHEMA': {
      need(typeof raw.stream === 'string' && raw.stream, line, 'SCHEMA needs a "stream" string');
      const stream = raw.stream as string;
      need(isObject(raw.schema), line, `SCHEMA for stream "${stream}" needs a "schema" object`);
      const schema = raw.schema as JsonSchema;
      if (!isObject(schema.properties)) throw new SchemaWithoutPropertiesError(stream, line);
      draft4Bounds(schema);
      const keys = raw.key_properties ?? [];
      need(
        Array.isArray(keys) && keys.every((k) => typeof k === 'string'),
        line,
        `SCHEMA for stream "${stream}": "key_properties" must be a list of strings`,
      );
      for (const k of keys as string[]) {
        need(k in schema.properties, line, `SCHEMA for stream "${stream}": key property "${k}" is not in "properties"`);
      }
      const msg: SchemaMessage = { type: 'SCHEMA', stream, schema, key_properties: keys as string[] };
      if (Array.isArray(raw.bookmark_properties)) msg.bookmark_properties = raw.bookmark_properties as string[];
      // the flag inside the schema object survives a mapper that rebuilds the message (writer.ts)
      if (raw[APPEND_ONLY] === true || schema[APPEND_ONLY] === true) msg[APPEND_ONLY] = true;
      return { message: msg };
    }
    case 'STATE':
      need('value' in raw, line, 'STATE needs a "value"');
      // a bookmark beyond a double's precision (a bigint id, an LSN) goes back out exactly as it came (writer.ts)
      if (lossless !== undefined) return { message: { type: 'STATE', value: (lossless as { value: unknown }).value } };
      return { message: raw as unknown as StateMessage };
    case 'ACTIVATE_VERSION':
      need(typeof raw.stream === 'string' && raw.stream, line, 'ACTIVATE_VERSION needs a "stream" string');
      need(typeof raw.version === 'number', line, 'ACTIVATE_VERSION needs a numeric "version"');
      return { message: raw as unknown as ActivateVersionMessage };
    case 'BATCH': {
      need(typeof raw.stream === 'string' && raw.stream, line, 'BATCH needs a "stream" string');
      need(isObject(raw.encoding) && typeof raw.encoding.format === 'string', line, 'BATCH needs an "encoding" with a "format"');
      need(Array.isArray(raw.manifest) && raw.manifest.every((u) => typeof u === 'string'), line, 'BATCH needs a "manifest" list of URIs');
      return { message: raw as unknown as BatchMessage };
    }
    default:
      throw new MalformedMessageError(line, `unknown message type ${JSON.stringify(type)}`);
  }
}

/**
 * JSON Schema draft-04's exclusive bounds are booleans beside minimum/maximum (pipelinewise-tap-postgres writes them
 * for every numeric column); draft-06 on, the bound itself. Rewritten in place to the later form, which the
 * validators read: `{"maximum": 1e38, "exclusiveMaximum": true}` → `{"exclusiveMaximum": 1e38}`.
 */
export function draft4Bounds(node: unknown, depth = 0): void {
  if (depth > 200 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) draft4Bounds(x, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof o[flag] !== 'boolean') continue;
    if (o[flag] === true && typeof o[bound] === 'number') {
      o[flag] = o[bound];
      delete o[bound];
    } else delete o[flag];
  }
  for (const [k, v] of Object.entries(o)) {
    if (v === null || typeof v !== 'object') continue;
    // a map of names to schemas: its values are schemas, the map itself is none (a property may be named
    // `exclusiveMaximum`, with the schema `true`)
    if (SCHEMA_MAPS.has(k) && !Array.isArray(v)) for (const x of Object.values(v)) draft4Bounds(x, depth + 1);
    else draft4Bounds(v, depth + 1);
  }
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
