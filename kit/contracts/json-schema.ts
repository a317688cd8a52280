// Contract → the JSON Schema a tap sends in SCHEMA messages (and the Singer catalog entry).
import type { JsonSchema } from '../singer/messages.js';
import type { Contract, ContractColumn } from './contract.js';

/** Lineage properties every file-based tap adds; the target uses hash + row number for process-once. */
export const FILE_LINEAGE: Record<string, JsonSchema> = {
  _source_uri: { type: 'string', description: 'Location of the source object, e.g. s3://bucket/key' },
  _source_bucket: { type: ['string', 'null'] },
  _source_key: { type: ['string', 'null'] },
  _source_version_id: { type: ['string', 'null'], description: 'Object version id (versioned buckets)' },
  _source_file_hash: { type: 'string', description: 'SHA-256 of the object bytes, computed while streaming' },
  _source_row_number: { type: 'integer', minimum: 1, maximum: 9007199254740991, description: '1-based row number in the file' },
  _source_date_extracted: { type: ['string', 'null'], description: 'Batch stamp from the file name (DateExtracted)' },
  _source_per_org_id: { type: ['string', 'null'] },
  _source_practice_id: { type: ['string', 'null'] },
  _source_checked: {
    type: ['string', 'null'],
    description:
      "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise",
  },
};

function typedSchema(col: ContractColumn): JsonSchema {
  const nullable = (t: string): string | string[] => (col.required ? t : [t, 'null']);
  const base: JsonSchema = (() => {
    switch (col.type) {
      case 'string':
        return { type: nullable('string') };
      case 'integer':
        return { type: nullable('integer') };
      case 'decimal':
        return { type: nullable('number') };
      case 'boolean':
        return { type: nullable('boolean') };
      case 'date':
        return { type: nullable('string'), format: 'date' };
      case 'timestamp':
        return { type: nullable('string'), format: 'date-time' };
      case 'json':
        return {};
    }
  })();
  if (col.domain && col.type === 'string') base.enum = col.required ? [...col.domain] : [...col.domain, null];
  if (col.description) base.description = col.description;
  return base;
}

export interface StreamSchema {
  stream: string;
  key_properties: string[];
  bookmark_properties: string[];
  schema: JsonSchema;
}

/**
 * Text landing keeps every source field as a nullable string named as in the source (raw is lossless;
 * typing happens in staging). Typed landing uses the contract's types.
 */
export function streamSchema(c: Contract, streamName: string): StreamSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const col of c.columns) {
    properties[col.source] =
      c.landing === 'text' ? { type: ['string', 'null'], ...(col.description ? { description: col.description } : {}) } : typedSchema(col);
  }
  if (c.lineage) for (const l of c.lineage) properties[l] = FILE_LINEAGE[l] ?? { type: ['string', 'null'] };
  const bySource = new Map(c.columns.map((col) => [col.name, col.source]));
  const schema: JsonSchema = { type: 'object', additionalProperties: false, properties };
  const required = c.landing === 'typed' ? c.columns.filter((x) => x.required).map((x) => x.source) : [];
  if (c.lineage) required.push(...c.lineage.filter((l) => l === '_source_file_hash' || l === '_source_row_number' || l === '_source_uri'));
  if (required.length) schema.required = required;
  return {
    stream: streamName,
    key_properties: c.natural_key.map((k) => bySource.get(k)!),
    bookmark_properties: c.replication_key ? [bySource.get(c.replication_key)!] : [],
    schema,
  };
}
