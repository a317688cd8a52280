#!/usr/bin/env node
// Emit a simulated Indici batch as the Singer stream tap-indici-s3 sends: SCHEMA from the generated
// contract, RECORDs by source name with file lineage, a file manifest, STATE. Used by the demo and bench.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SingerWriter } from '../../kit/singer/writer.js';
import * as indici from '../../generated/contracts/indici.js';
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';
import { indiciRows, PER_ORG_ID, PRACTICE_ID, type DirtyKind } from './rows.js';

const { values } = parseArgs({
  options: {
    stream: { type: 'string', default: 'appointments' },
    rows: { type: 'string', default: '1000' },
    'date-extracted': { type: 'string', default: '2508181044' },
    dirty: { type: 'string', default: '0' },
  },
});
const gen = (indici as Record<string, GeneratedContract>)[values.stream!.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())];
if (!gen) throw new Error(`no Indici contract for stream "${values.stream}"`);
const { contract, singer } = gen;
const count = Number(values.rows);
const de = values['date-extracted']!;
const dirtyEvery = Number(values.dirty);
const kinds: DirtyKind[] = ['bad_date', 'bad_integer', 'missing_key', 'duplicate_key'];
const { rows } = indiciRows(contract, { dateExtracted: de, firstKey: 1, count, ...(dirtyEvery ? { dirty: { every: dirtyEvery, kinds } } : {}) });
const token = contract.source_format?.file_token ?? contract.stream;
const key = `indici/${PER_ORG_ID}_${PRACTICE_ID}_${token}_20${de.slice(0, 6)}0000_20${de}_${de}`;
const hash = createHash('sha256').update(rows.map((r) => r.join('|^^|')).join('|~~|')).digest('hex');
const out = new SingerWriter();
const lineage = { _source_uri: `s3://medi-demo/${key}`, _source_bucket: 'medi-demo', _source_key: key, _source_version_id: 'sim-v1', _source_file_hash: hash, _source_date_extracted: de, _source_per_org_id: PER_ORG_ID, _source_practice_id: PRACTICE_ID };
await out.write({ type: 'SCHEMA', stream: singer.stream, schema: singer.schema, key_properties: singer.key_properties, bookmark_properties: singer.bookmark_properties });
await out.write({ type: 'SCHEMA', stream: '_medi_files', schema: { type: 'object', properties: { stream: { type: 'string' } } }, key_properties: [] });
const cols = contract.columns.map((c) => c.source);
for (let i = 0; i < rows.length; i++) {
  const record: Record<string, unknown> = {};
  cols.forEach((c, j) => (record[c] = rows[i]![j] ?? null));
  Object.assign(record, lineage, { _source_row_number: i + 1 });
  await out.write({ type: 'RECORD', stream: singer.stream, record });
}
await out.write({ type: 'RECORD', stream: '_medi_files', record: { stream: singer.stream, source_uri: lineage._source_uri, source_version_id: 'sim-v1', file_hash: hash, status: 'processed', rows_read: rows.length, rows_rejected: 0 } });
await out.write({ type: 'STATE', value: { bookmarks: { [singer.stream]: { processed: [{ version_id: 'sim-v1', file_hash: hash }] } } } });
await out.flush();
