// A singer-sdk mapper (meltano-map-transform, installed by `meltano install` from meltano.yml) between our tap
// kit's output and target-postgres-medi. The mapper rebuilds each SCHEMA message from its stream, schema and
// keys: a flag on the message itself is lost, so our taps also carry "keep every version" inside the schema
// object, whose top-level keys the mapper keeps. Without it the target merged by key and raw history collapsed.
import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseBatchConfig } from '../kit/singer/batch.js';
import { APPEND_ONLY } from '../kit/singer/messages.js';
import { SingerWriter } from '../kit/singer/writer.js';
import { ROOT, query, runTarget, scratchDb } from './helpers.js';

const MAPPER = join(ROOT, '.meltano/mappers/meltano-map-transformer/venv/bin/meltano-map-transform');
const noMapper = existsSync(MAPPER) ? false : 'meltano-map-transform is not installed (meltano install mapper meltano-map-transformer)';

/** What our taps write (the kit's SingerWriter): a keyed stream whose row 1 changes once. */
async function tapOutput(): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const w = new SingerWriter(sink);
  await w.write({
    type: 'SCHEMA',
    stream: 'mx_visits',
    schema: {
      type: 'object',
      properties: { id: { type: 'integer' }, note: { type: ['string', 'null'] }, status: { type: ['string', 'null'] } },
    },
    key_properties: ['id'],
    [APPEND_ONLY]: true,
  });
  for (const [id, status] of [
    [1, 'booked'],
    [2, 'booked'],
    [1, 'arrived'],
  ] as const)
    await w.write({ type: 'RECORD', stream: 'mx_visits', record: { id, note: `private ${id}`, status } });
  await w.write({ type: 'STATE', value: { bookmarks: { mx_visits: { id: 2 } } } });
  await w.flush();
  return Buffer.concat(chunks).toString('utf8');
}

function mapped(input: string, config: Record<string, unknown>): Promise<{ code: number | null; out: string; err: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'medi-mapper-'));
  const cfg = join(dir, 'config.json');
  writeFileSync(cfg, JSON.stringify(config));
  return new Promise((resolve) => {
    const child = spawn(MAPPER, ['--config', cfg], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, out, err });
    });
    child.stdin.end(input);
  });
}

t.test('a mapper between our tap and our target: every version is still kept', { skip: noMapper }, async (t) => {
  const url = await scratchDb('mapper_append');
  const m = await mapped(await tapOutput(), { stream_maps: { mx_visits: { note: '__NULL__' } } });
  t.equal(m.code, 0, m.err.slice(-1500));
  const schema = m.out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>)
    .find((x) => x.type === 'SCHEMA')!;
  t.notOk(APPEND_ONLY in schema, "the mapper drops the message's own flag");
  t.equal(schema.schema[APPEND_ONLY], true, 'and keeps the one inside the schema');
  t.notOk('note' in schema.schema.properties, 'the column the map removes');

  const r = await runTarget({ database_url: url }, m.out);
  t.equal(r.code, 0, r.stderr.slice(-1500));
  t.match(r.stderr, /keep every version: appending|append/);
  t.same(await query(url, 'select id::int, status from raw.mx_visits order by id, status'), [
    { id: 1, status: 'arrived' },
    { id: 1, status: 'booked' },
    { id: 2, status: 'booked' },
  ]);
  t.same(
    await query(
      url,
      `select column_name from information_schema.columns where table_schema = 'raw' and table_name = 'mx_visits' and column_name = 'note'`,
    ),
    [],
  );
});

t.test('batch_config "records": an extractor that inherits the batch lane can send RECORD messages', async (t) => {
  t.equal(parseBatchConfig({ encoding: { format: 'records' } }), undefined);
  t.equal(parseBatchConfig({ encoding: { format: 'records', compression: 'none' }, storage: { root: 'file:///tmp' } }), undefined);
  // Meltano hands an inherited and overridden object over flattened
  t.equal(parseBatchConfig({ 'encoding.format': 'records', 'encoding.compression': 'none' }), undefined);
  t.match(parseBatchConfig({ encoding: { format: 'pg-copy-binary' } }), { format: 'pg-copy-binary' });
});
