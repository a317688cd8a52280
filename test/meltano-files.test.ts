// `meltano run` of tap-hims (against the HIMS simulator) into target-files-medi: Meltano finds the loader by its
// lockfile, the files land under <root>/raw/hims/<stream>/, DuckDB reads back every record the tap sent, and a
// rerun from Meltano's saved state adds no row.
import t from 'tap';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { meltano, meltanoEnv } from './meltano.js';
import { manifests } from './files.js';

t.test('meltano run tap-hims--daily target-files-medi: Parquet per stream, every record once, rerun adds nothing', async (t) => {
  const sim = new HimsSim({ apiKey: 'k3y', hospital: new Hospital({ patients: 60, appointments: 150 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const root = mkdtempSync(join(tmpdir(), 'files-meltano-'));
  const env = meltanoEnv({
    TAP_HIMS_BASE_URL: `${sim.url}/fhir`,
    TAP_HIMS_AUTH_TYPE: 'api_key',
    TAP_HIMS_API_KEY: 'k3y',
    TAP_HIMS_PAGE_SIZE: '40',
    TARGET_FILES_MEDI_ROOT: root,
    TARGET_FILES_MEDI_PARTITION_BY: JSON.stringify({ '*': '_extracted' }),
  });
  const run = await meltano(['run', 'tap-hims--daily', 'target-files-medi'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });
  const ms = manifests(root, 'raw', 'hims');
  t.ok(ms.length >= 1, 'a batch committed');
  const files = ms.flatMap((m) => m.files);
  const streams = [...new Set(files.map((f) => f.stream))].sort();
  t.same(streams, ['hims_medications', 'hims_patients', 'hims_practitioners'], 'one folder per stream that had records, under raw/hims');
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const count = async (stream: string) => {
    const r = await db.runAndReadAll(
      `select count(*)::int n, count(distinct id)::int ids from read_parquet('${root}/raw/hims/${stream}/*/*.parquet')`,
    );
    return r.getRowObjectsJson()[0] as { n: number; ids: number };
  };
  t.same(await count('hims_patients'), { n: 60, ids: 60 }, 'every patient the simulator holds, once');
  const metricRows = (stream: string) =>
    [...run.stderr.matchAll(/METRIC: (\{.*\})/g)]
      .map((m) => JSON.parse(m[1]!) as { metric: string; value: number; tags?: { stream?: string } })
      .filter((m) => m.metric === 'record_count' && m.tags?.stream === stream)
      .reduce((n, m) => n + m.value, 0);
  for (const s of streams) {
    const sent = metricRows(s);
    const got = await count(s);
    if (sent > 0) t.equal(got.n, sent, `${s}: as many rows as the tap counted (${sent})`);
    t.equal(
      got.n,
      files.filter((f) => f.stream === s).reduce((n, f) => n + f.rows, 0),
      `${s}: the manifests count the rows the files hold`,
    );
  }
  const again = await meltano(['run', 'tap-hims--daily', 'target-files-medi'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.same(await count('hims_patients'), { n: 60, ids: 60 }, 'rerun from the saved state: no patient twice');
});
