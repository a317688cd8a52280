// SCD2 dimensions: tracked attributes open history rows (type 2); every other column is overwritten on the
// row it belongs to (type 1), so the current row is the newest staged version in every column, lineage
// included. Checked for every SCD2 dimension against stg_indici__<stream> after in-order loads and again after
// an older batch arrives last (which only inserts history before the current row), and against a full rebuild
// (the dimensions are built incrementally).
import { isDeepStrictEqual } from 'node:util';
import t from 'tap';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, encodeFile, fileName, CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const OLDER = '2508041044';
const A = '2508111044';
const B = '2508181044';
const C = '2508251044';

/** Per SCD2 stream: a tracked column, and untracked ones a delta may change alone (a patient's city, phone, e-mail). */
const DIMS: Record<string, { model: string; tracked: string; untracked: string[] }> = {
  patient: { model: 'dim_patient', tracked: 'family_name', untracked: ['email', 'permanent_address_city', 'cell_number'] },
  provider: { model: 'dim_provider', tracked: 'full_name', untracked: ['city', 'email'] },
  practice_info: { model: 'dim_practice', tracked: 'practice_name', untracked: ['primary_phone', 'primary_email'] },
  medicine: { model: 'dim_medicine', tracked: 'medicine_name', untracked: ['medicine_short_name'] },
  vaccine: { model: 'dim_vaccine', tracked: 'vaccine_name', untracked: ['long_description'] },
};
const STREAMS = Object.keys(DIMS);
const KEYS = 6;

/**
 * The rows one file of `dateExtracted` sends for `keys`: the stream's generated rows for that batch (so its
 * timestamps, updated_at and LoadedDateTime, are the batch's), with `edits` applied by key. Tracked columns are
 * the same in every batch unless edited: the generator draws them from the key alone.
 */
function rows(stream: string, dateExtracted: string, keys: number[], edits: Record<number, Record<string, string>> = {}): string[][] {
  const c = CONTRACTS[stream]!;
  const all = indiciRows(c, { dateExtracted, firstKey: 1, count: KEYS }).rows;
  return keys.map((k) => {
    const row = [...all[k - 1]!];
    for (const [col, value] of Object.entries(edits[k] ?? {})) row[c.columns.findIndex((x) => x.name === col)] = value;
    return row;
  });
}

/** Untracked columns of `stream` set to values marked `tag`, as one key's edits. */
const untracked = (stream: string, tag: string): Record<string, string> =>
  Object.fromEntries(DIMS[stream]!.untracked.map((col) => [col, col.includes('mail') ? `${tag}@example.co.nz` : `${col} ${tag}`]));

async function deliver(
  s3: Awaited<ReturnType<typeof startS3Server>>,
  bucket: string,
  dateExtracted: string,
  kind: 'full' | 'delta',
  make: (stream: string) => string[][],
): Promise<void> {
  for (const stream of STREAMS) {
    const key = `indici/${fileName(CONTRACTS[stream]!.source_format!.file_token!, dateExtracted, kind)}`;
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: encodeFile(make(stream)) }));
  }
}

t.test('SCD2: the current row is the newest staged version in every column; an older batch only adds history', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-scd2';
  await ensureBucket(s3.client, bucket);

  // A: a first delivery, a full load of keys 1-6 and a delta with the same DateExtracted that re-sends key 6
  // with other untracked values (staging takes the delta's)
  await deliver(s3, bucket, A, 'full', (s) => rows(s, A, [1, 2, 3, 4, 5, 6]));
  await deliver(s3, bucket, A, 'delta', (s) => rows(s, A, [6], { 6: untracked(s, 'a-delta') }));
  const renamed = (s: string, tag: string, name: string) => ({ ...untracked(s, tag), [DIMS[s]!.tracked]: name });
  // B: key 1 changes only untracked columns; key 2 a tracked one too; key 3 is re-sent as it was
  await deliver(s3, bucket, B, 'delta', (s) => rows(s, B, [1, 2, 3], { 1: untracked(s, 'b'), 2: renamed(s, 'b', 'Renamed in B') }));
  // C: keys 1 and 2 change only untracked columns again
  await deliver(s3, bucket, C, 'delta', (s) => rows(s, C, [1, 2], { 1: untracked(s, 'c'), 2: renamed(s, 'c', 'Renamed in B') }));
  // an older batch, backfilled last: key 1 had another tracked value then; keys 3 and 4 other untracked values
  const older = (s: string) =>
    rows(s, OLDER, [1, 3, 4], {
      1: renamed(s, 'older', 'Named before A'),
      3: untracked(s, 'older'),
      4: untracked(s, 'older'),
    });

  const db = await scratchDb('indici_scd2');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  // the session the hashes are computed in carries the key, as the pipeline's connections do
  const withNhiKey = `${db}${db.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c medi.nhi_hmac_key=${env.MEDI_NHI_HMAC_KEY}`)}`;
  const load = async (batch: string) => {
    const r = await meltano(['run', 'tap-indici-s3--backfill', 'target-postgres-medi'], {
      ...env,
      TAP_INDICI_S3__BACKFILL_BACKFILL_FROM: batch,
      TAP_INDICI_S3__BACKFILL_BACKFILL_TO: batch,
      TAP_INDICI_S3_BACKFILL_FROM: batch,
      TAP_INDICI_S3_BACKFILL_TO: batch,
    });
    t.equal(r.code, 0, `batch ${batch} loaded`, { output: r.stderr.slice(-3000) });
  };
  const models = STREAMS.map((s) => DIMS[s]!.model);
  const build = async (what: string) => {
    const select = STREAMS.flatMap((s) => [`+stg_indici__${s}`, `+${DIMS[s]!.model}`]);
    const r = await meltano(['invoke', 'dbt-postgres', 'run', '--select', ...select], env);
    t.equal(r.code, 0, `${what}: dbt run`, { output: r.stdout.slice(-3000) + r.stderr.slice(-2000) });
    const tested = await meltano(['invoke', 'dbt-postgres', 'test', '--select', ...models], env);
    t.equal(tested.code, 0, `${what}: the dimensions' dbt tests (one current row per key, unique keys)`, {
      output: tested.stdout.slice(-3000),
    });
  };

  /** Every column of each current dimension row against staging's row for the same key; [] when all agree. */
  const currentVsStaging = async (stream: string): Promise<string[]> => {
    const c = CONTRACTS[stream]!;
    const on = c.natural_key.map((k) => `d."${k}" = s."${k}"`).join(' and ');
    // core keeps an NHI only as its keyed hash and format: staging's value passed through the same functions
    const nhi = c.columns
      .filter((col) => col.pii === 'nhi')
      .flatMap(({ name }) => [
        `'${name}_hash', etl.nhi_hash(s."${name}")`,
        `'${name}_format', coalesce(etl.nhi_format(s."${name}"), case when s."${name}" is not null then 'invalid' end)`,
      ]);
    const id = c.natural_key[0]!;
    type Pair = { dim: Record<string, unknown> | null; stg: Record<string, unknown> | null };
    const pairs = await query<Pair>(
      withNhiKey,
      `select
        case when d."${id}" is not null then to_jsonb(d) end as dim,
        case when s."${id}" is not null then to_jsonb(s) || jsonb_build_object(${nhi.join(', ')}) end as stg
      from (select * from core.${DIMS[stream]!.model} where is_current) d full join stg.stg_indici__${stream} s on ${on}`,
    );
    const problems: string[] = [];
    for (const { dim, stg } of pairs) {
      const key = c.natural_key.map((k) => (dim ?? stg)![k]).join('/');
      if (!dim || !stg) {
        problems.push(`${stream} ${key}: ${dim ? 'not in staging' : 'no current dimension row'}`);
        continue;
      }
      for (const col of Object.keys(dim)) {
        if (col.endsWith('_sk') || ['valid_from', 'valid_to', 'is_current'].includes(col)) continue;
        const [got, staged] = [JSON.stringify(dim[col]), JSON.stringify(stg[col])];
        if (!(col in stg)) problems.push(`${stream} ${key}: ${col} is not a staging column`);
        else if (!isDeepStrictEqual(dim[col], stg[col])) problems.push(`${stream} ${key}: ${col} is ${got}, staged ${staged}`);
      }
    }
    t.ok(pairs.length >= KEYS, `${stream}: ${pairs.length} current rows compared`);
    return problems;
  };
  // current rows but for what an older batch may move: the start of the run and the surrogate key made from it
  const current = () =>
    Promise.all(
      models.map((m) =>
        query(
          db,
          `select to_jsonb(d) - '${m.replace(/^dim_/, '')}_sk' - 'valid_from' as row
    from core.${m} d where is_current order by row`,
        ),
      ),
    );

  /** Keys 1-4's history rows: [key, valid_from, valid_to, is_current, tracked, first untracked column, date_extracted]. */
  const history = async (stream: string) => {
    const {
      model,
      tracked,
      untracked: [col],
    } = DIMS[stream]!;
    const id = CONTRACTS[stream]!.natural_key[0]!;
    const stamp = (ts: string) => `to_char(${ts} at time zone 'Pacific/Auckland', 'YYMMDDHH24MI')`;
    return (
      await query<{ h: unknown[] }>(
        db,
        `select json_build_array("${id}"::int, ${stamp('valid_from')}, ${stamp('valid_to')},
        is_current, "${tracked}", "${col}", date_extracted) as h
      from core.${model} where "${id}" <= 4 order by "${id}", valid_from`,
      )
    ).map((r) => r.h);
  };
  /** The full load's value of `column` for `key` (what no later batch changed). */
  const base = (stream: string, key: number, column: string) =>
    rows(stream, A, [key])[0]![CONTRACTS[stream]!.columns.findIndex((x) => x.name === column)] || null;

  for (const batch of [A, B, C]) await load(batch);
  await build('in order');
  for (const s of STREAMS) t.same(await currentVsStaging(s), [], `${DIMS[s]!.model}: current rows equal staging after in-order loads`);
  const currentBefore = await current();
  for (const s of STREAMS) {
    const {
      tracked,
      untracked: [col],
    } = DIMS[s]!;
    const [u, name, was] = [(tag: string) => untracked(s, tag)[col!]!, (k: number) => base(s, k, tracked), (k: number) => base(s, k, col!)];
    t.same(
      await history(s),
      [
        // key 1: untracked columns changed twice, no new history: one row, valid since A, with C's values
        [1, A, null, true, name(1), u('c'), C],
        // key 2: B's tracked change opened a row; C's untracked change is overwritten on it
        [2, A, B, false, name(2), was(2), A],
        [2, B, null, true, 'Renamed in B', u('c'), C],
        // key 3: re-sent unchanged in B: B's version (its lineage), valid since A
        [3, A, null, true, name(3), was(3), B],
        [4, A, null, true, name(4), was(4), A],
      ],
      `${DIMS[s]!.model}: history after in-order loads`,
    );
  }

  await deliver(s3, bucket, OLDER, 'delta', older);
  await load(OLDER);
  await build('an older batch last');
  for (const s of STREAMS) t.same(await currentVsStaging(s), [], `${DIMS[s]!.model}: current rows equal staging after an older batch`);
  t.same(await current(), currentBefore, 'the older batch changed no current value or lineage');
  for (const s of STREAMS) {
    const {
      tracked,
      untracked: [col],
    } = DIMS[s]!;
    const [u, name, was] = [(tag: string) => untracked(s, tag)[col!]!, (k: number) => base(s, k, tracked), (k: number) => base(s, k, col!)];
    t.same(
      await history(s),
      [
        // key 1: the older tracked value is history before A, with the older batch's values
        [1, OLDER, A, false, 'Named before A', u('older'), OLDER],
        [1, A, null, true, name(1), u('c'), C],
        [2, A, B, false, name(2), was(2), A],
        [2, B, null, true, 'Renamed in B', u('c'), C],
        // keys 3 and 4: the same tracked values since the older batch: valid from it, values still the newest
        [3, OLDER, null, true, name(3), was(3), B],
        [4, OLDER, null, true, name(4), was(4), A],
      ],
      `${DIMS[s]!.model}: history after an older batch arrived last`,
    );
  }

  // the dimensions are incremental (a build rebuilds only the keys new typed rows name): what a full build gives
  const all = () => Promise.all(models.map((m) => query(db, `select to_jsonb(d) as row from core.${m} d order by 1`)));
  const incremental = await all();
  const full = await meltano(['invoke', 'dbt-postgres', 'run', '--full-refresh', '--select', ...models], env);
  t.equal(full.code, 0, 'full rebuild of the dimensions', { output: full.stdout.slice(-2000) });
  t.same(await all(), incremental, 'every dimension row is what a full rebuild gives');

  // surrogate keys and validity are instants written in UTC, not in the build session's zone: a rebuild from a
  // session in another zone (PGTZ, as a client's environment may set it) gives the same rows, keys included
  const elsewhere = await meltano(['invoke', 'dbt-postgres', 'run', '--full-refresh', '--select', ...models], {
    ...env,
    PGTZ: 'Pacific/Auckland',
  });
  t.equal(elsewhere.code, 0, 'full rebuild of the dimensions in a session in Pacific/Auckland', { output: elsewhere.stdout.slice(-2000) });
  t.same(await all(), incremental, 'the same surrogate keys and validity whatever the session zone');
});
