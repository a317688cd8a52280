// target-postgres-medi's catalog snapshot (connector.ts): a run whose tables are in place reads the target schema's
// catalog once, not several times per stream, and still meets every change: new tables, new columns, widened
// types, indexes and rejects tables made by this run or found from an earlier one; a change made by another session
// after the snapshot is met by IF NOT EXISTS and a fresh read, never by a wrong shape.
import t from 'tap';
import { Connector } from '../targets/target-postgres-medi/connector.js';
import type { JsonSchema, SchemaMessage } from '../kit/singer/messages.js';
import { query, scratchDb } from './helpers.js';

const msg = (stream: string, properties: Record<string, JsonSchema>, key: string[] = ['id']): SchemaMessage => ({
  type: 'SCHEMA',
  stream,
  schema: { type: 'object', properties },
  key_properties: key,
});
const PROPS: Record<string, JsonSchema> = {
  id: { type: 'integer' },
  name: { type: ['string', 'null'] },
  amount: { type: ['number', 'null'], multipleOf: 0.01 },
};

/** a connector whose client counts the statements sent */
async function counted(url: string): Promise<{ c: Connector; sent: string[] }> {
  const c = new Connector(url);
  await c.connect();
  const sent: string[] = [];
  const client = c.client as unknown as { query: (...a: unknown[]) => unknown };
  const q = client.query.bind(client);
  client.query = (...a: unknown[]) => {
    sent.push(typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string }).text));
    return q(...a);
  };
  return { c, sent };
}

/** each stream's table (upserted but for a_three) and rejects table, as the loader asks for them at a SCHEMA */
async function ensureAll(c: Connector, streams: string[]) {
  const shapes = [];
  for (const s of streams) {
    shapes.push(await c.ensureTable(msg(s, PROPS), 'raw', { metadata: true, upsert: s !== 'a_three' }));
    await c.ensureRejectsTable('raw', s);
  }
  await c.close();
  return shapes;
}

const columnsOf = (url: string, table: string) =>
  query<{ column_name: string; data_type: string }>(
    url,
    `select column_name, data_type from information_schema.columns where table_schema = 'raw' and table_name = $1 order by ordinal_position`,
    [table],
  );

t.test('tables in place: one catalog read for every stream, and the same shapes as the first run made', async (t) => {
  const url = await scratchDb('target_catalog_once');
  const streams = ['a_one', 'a_two', 'a_three'];
  const first = await counted(url);
  const made = await ensureAll(first.c, streams);
  t.ok(
    first.sent.some((q) => /CREATE SCHEMA/.test(q)),
    'the first run made the schema',
  );
  t.equal(first.sent.filter((q) => /CREATE TABLE IF NOT EXISTS/.test(q)).length, 6, 'three tables and three rejects tables');
  t.equal(first.sent.filter((q) => /CREATE UNIQUE INDEX/.test(q)).length, 2, 'natural keys of the upserted streams');
  t.equal(first.sent.filter((q) => /USING brin/.test(q)).length, 3, 'a load index each');
  t.same(
    first.sent.filter((q) => /ALTER TABLE/.test(q)),
    [],
    'tables it made need no change',
  );

  const again = await counted(url);
  const shapes = await ensureAll(again.c, streams);
  t.equal(again.sent.length, 1, `one statement for three streams: ${JSON.stringify(again.sent.map((q) => q.slice(0, 40)))}`);
  t.same(shapes, made, 'the same shapes (columns, types, keys, binary) as when the tables were made');
});

t.test('changes after the snapshot: a new property, a widened type, a new stream, a table another session made', async (t) => {
  const url = await scratchDb('target_catalog_changes');
  const setup = await counted(url);
  await setup.c.ensureTable(msg('b_one', PROPS), 'raw', { metadata: true, upsert: true });
  await setup.c.close();

  const run = await counted(url);
  // the snapshot is taken here, at this run's first SCHEMA
  await run.c.ensureTable(msg('b_one', PROPS), 'raw', { metadata: true, upsert: true });
  // another session makes a table and adds a column to b_one after it
  await query(url, `create table raw.b_other (id bigint, legacy text)`);
  await query(url, `alter table raw.b_one add column added_elsewhere text`);

  // a new property and a widened type (numeric → text) on b_one
  const widened = await run.c.ensureTable(
    msg('b_one', { ...PROPS, amount: { type: ['string', 'null'] }, note: { type: ['string', 'null'] } }),
    'raw',
    { metadata: true, upsert: true },
  );
  t.equal(widened.columns.find((c) => c.name === 'note')?.type, 'text', 'the new property is a column');
  t.equal(widened.columns.find((c) => c.name === 'amount')?.type, 'text', 'numeric widened to text');
  t.match(await columnsOf(url, 'b_one'), [
    { column_name: 'id', data_type: 'bigint' },
    { column_name: 'name', data_type: 'text' },
    { column_name: 'amount', data_type: 'text' },
  ]);
  t.ok((await columnsOf(url, 'b_one')).some((c) => c.column_name === 'note'));

  // the table the other session made: not in the snapshot, so CREATE … IF NOT EXISTS, then read as it is
  const other = await run.c.ensureTable(msg('b_other', { id: { type: 'integer' }, fresh: { type: ['string', 'null'] } }), 'raw', {
    metadata: false,
    upsert: false,
  });
  t.same(
    other.columns.map((c) => c.name),
    ['id', 'fresh'],
  );
  t.same(
    (await columnsOf(url, 'b_other')).map((c) => c.column_name),
    ['id', 'legacy', 'fresh'],
    'its own column kept, ours added',
  );
  t.ok(await run.c.tableExists('raw', 'b_other'));
  t.notOk(await run.c.tableExists('raw', 'b_never'));

  // a stream this run meets first: made, with its indexes, and seen by tableExists
  await run.c.ensureTable(msg('b_new', PROPS), 'raw', { metadata: true, upsert: true });
  t.ok(await run.c.tableExists('raw', 'b_new'));
  const idx = await query<{ indexname: string }>(
    url,
    `select indexname from pg_indexes where schemaname = 'raw' and tablename = 'b_new' order by 1`,
  );
  t.same(
    idx.map((i) => i.indexname),
    ['b_new__batched_at', 'b_new__natural_key'],
  );
  await run.c.close();
});
