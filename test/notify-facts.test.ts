// The facts of a sync event for medi-notify's messages: gathering them must never fail the event (its notices
// would never go out, and the consumer, one event at a time, would hold every later one behind it).
import t from 'tap';
import pg from 'pg';
import { rejectsTable, syncFacts } from '../kit/notify/sync-facts.js';
import { query, runTarget, scratchDb, singer } from './helpers.js';

t.test('a third-party stream named with a dot (tap_public.patients) has no staging rejects table', async (t) => {
  t.equal(rejectsTable('tapx_public.patients'), null);
  t.equal(rejectsTable('indici_appointments'), 'stg.stg_indici__appointments__rejects');
  const url = await scratchDb('notify_facts_dotted');
  const input = singer(
    { type: 'SCHEMA', stream: 'tapx_public.patients', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] },
    { type: 'RECORD', stream: 'tapx_public.patients', record: { id: 1 } },
    { type: 'RECORD', stream: 'tapx_public.patients', record: { id: 'x' } },
  );
  const r = await runTarget({ database_url: url }, input);
  t.not(r.code, 0, 'the load fails on its bad record');
  const [run] = await query<{ id: string }>(url, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  await client.query('begin');
  const facts = await syncFacts(
    'etl.sync.failed',
    { load_run_id: run!.id, plugin: 'target-postgres-medi', streams: ['tapx_public.patients'] },
    client,
  );
  t.same(
    facts.streams.map((s) => [s.stream, s.failed]),
    [['tapx_public.patients', true]],
    'the failed stream is named, and the facts are gathered',
  );
  t.same((await client.query('select 1 as ok')).rows, [{ ok: 1 }], 'the transaction is still usable');
  await client.query('rollback');
});
