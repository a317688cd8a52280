// Interop: a third-party Python Singer tap (MeltanoLabs tap-postgres) into target-postgres-medi under
// `meltano run`, incremental on updated_at; rows land, Meltano keeps the state, a rerun resumes from it.
import t from 'tap';
import { query, scratchDb } from './helpers.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('meltano run tap-postgres target-postgres-medi', async (t) => {
  const src = await scratchDb('interop_src');
  const dst = await scratchDb('interop_dst');
  await query(src, `create schema interop;
    create table interop.people (id int primary key, name text not null, born date, updated_at timestamptz not null);
    insert into interop.people values (1, 'Aroha', '1980-02-29', '2025-01-01T00:00:00Z'), (2, 'James', null, '2025-01-02T00:00:00Z'), (3, 'Mere', '1999-12-31', '2025-01-03T00:00:00Z')`);
  const u = new URL(src);
  const env = meltanoEnv({
    INTEROP_PGHOST: u.hostname, INTEROP_PGPORT: u.port || '5432', INTEROP_PGUSER: decodeURIComponent(u.username),
    // the tap insists on a password; trust-auth servers ignore it
    INTEROP_PGPASSWORD: decodeURIComponent(u.password) || 'unused', INTEROP_PGDATABASE: u.pathname.slice(1),
    DATABASE_URL: dst, TARGET_POSTGRES_MEDI_LOAD_METHOD: 'upsert',
  });

  const first = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
  t.equal(first.code, 0, 'exit status', { output: first.stderr.slice(-3000) });
  t.same(await query(dst, 'select id::int, name, born::text from raw.interop_people order by id'), [
    { id: 1, name: 'Aroha', born: '1980-02-29' }, { id: 2, name: 'James', born: null }, { id: 3, name: 'Mere', born: '1999-12-31' },
  ]);
  const stateOut = await meltano(['state', 'get', 'dev:tap-postgres-to-target-postgres-medi'], env);
  t.equal(stateOut.code, 0, 'exit status', { output: stateOut.stderr.slice(-1000) });
  const state = JSON.parse(stateOut.stdout.slice(stateOut.stdout.indexOf('{')));
  t.notOk('type' in state.singer_state, 'Meltano stored the bare state value (not a message wrapper)');
  t.match(state.singer_state.bookmarks['interop-people'], { replication_key: 'updated_at', replication_key_value: /^2025-01-03/ }, 'bookmark is the max updated_at');

  await query(src, `update interop.people set name = 'James T', updated_at = '2025-02-01T00:00:00Z' where id = 2;
    insert into interop.people values (4, 'Tama', null, '2025-02-02T00:00:00Z')`);
  const second = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
  t.equal(second.code, 0, 'exit status', { output: second.stderr.slice(-3000) });
  t.same(await query(dst, 'select id::int, name from raw.interop_people order by id'), [
    { id: 1, name: 'Aroha' }, { id: 2, name: 'James T' }, { id: 3, name: 'Mere' }, { id: 4, name: 'Tama' },
  ]);
  const runs = await query<{ status: string; rows_loaded: number }>(dst, 'select status, rows_loaded::int from etl.load_runs order by started_at');
  t.same(runs.map((r) => r.status), ['succeeded', 'succeeded']);
  t.ok(runs[1]!.rows_loaded < 4, `second run read only changed rows from the bookmark (${runs[1]!.rows_loaded})`);
});
