// Data-quality checks after a sync (DESIGN: "Data quality and observability"), derived from the contracts:
// for every stream the latest load run read, over what that run brought in —
//   reject_rate            stg   rows rejected, for any reason, as a share of the rows read (at most the stream's
//                                 threshold, kit/warehouse/dq-settings.ts); over it, the job fails (dq_on_fail)
//   domain_coverage        stg   per column with a domain: rows rejected for a value outside it, listing each
//                                 such value with its rows and the contract that declares the domain
//   required_missing_rate  stg   rows rejected because a required field was empty, per required column,
//                                 as a share of the rows read (at most MISSING_RATE_MAX)
//   duplicate_natural_key  core  natural keys with more than one row (current row, for an SCD2 dimension)
//   referential_integrity  core  rows whose `references` column names no row of the referenced core model
//   non_negative / non_zero / not_future  core  rows breaking a column's declared `quality` rule
//   row_count_delta        raw   rows read against the previous run that read the stream (a drop beyond
//                                 ROW_DROP_MAX is an alert)
// Every result, passed or not, goes to etl.dq_results with the load run; failed ones are the alerts that
// kit/events.ts publishes. A check never changes data.
//
// Which load runs a step checks. Meltano passes the step no load run id, and jobs overlap (one still loading while
// another's step runs), so "the job's own load" is: every finished load run that read files, that no step has
// checked yet, and that the last recorded build read in full (it had finished when that build began reading:
// build-marker.ts BuildStart) — normally the job's own load, and also any earlier one whose job's step could not
// check it. A run still running, or that finished after the build began, is left to the next step (whose build
// reads it; build-marker.ts idle and check keep that step from skipping). Each is checked, recorded and announced
// once; a reject rate over its threshold fails the job whose step checked it. Progress is kept in etl.config
// (status.ts DQ_STATE_KEY), run by run: a run's results and its `checked` mark commit together, and it is marked
// `announced` after its events are published (finishDq), so a step that failed between the two leaves the next
// step to announce what was recorded, not to check the run again. When no run waits, the step checks the latest
// run the build read again (as after a contract fix: README runbook), recorded and announced again.
// Steps take an advisory lock for their length, so two (a scheduled one and one run by hand) never interleave.
import type pg from 'pg';
import type { Contract, ContractColumn, QualityRule } from '../contracts/contract.js';
import { contractPath, streamName } from '../contracts/contract.js';
import { dqSettings, type DqSettings } from './dq-settings.js';
import { awaitingDq, DQ_STATE, DQ_STATE_KEY } from './status.js';

export const MISSING_RATE_MAX = 0.01;
export const ROW_DROP_MAX = 0.5;
/** unknown values listed per column (each cut to UNKNOWN_VALUE_CHARS): enough for any real domain change */
const UNKNOWN_VALUES_LISTED = 100;
const UNKNOWN_VALUE_CHARS = 200;

export interface DqResult {
  zone: 'raw' | 'stg' | 'core';
  table_name: string;
  check_name: string;
  column_name: string | null;
  observed: number;
  threshold: number;
  passed: boolean;
  details: Record<string, unknown>;
}

export interface DqRun {
  /** the load run checked; null when no load run read any file yet */
  load_run_id: string | null;
  results: DqResult[];
  /** failed checks that fail the job (reject_rate, with dq_on_fail = fail) */
  failing: DqResult[];
  /**
   * `checked`: checked by this step (its first check); `earlier`: checked by an earlier step that could not announce
   * it, announced now with the results it recorded (they fail no job again); `again`: nothing waited, so the latest
   * run the build read was checked again
   */
  kind: 'checked' | 'earlier' | 'again';
}

export interface DqStep {
  /** the runs this step checked or announces, oldest first */
  runs: DqRun[];
  /** load runs that read files but are left to a later step: still running, or finished after the build began */
  waiting: string[];
}

interface DqState {
  through: string | null;
  runs: Record<string, 'checked' | 'announced'>;
}

/** the data-quality step's advisory lock (a session lock: held until finishDq, or until the connection ends) */
const DQ_LOCK = `hashtextextended('medi-dq-step', 0)`;

const q = (ident: string) => '"' + ident.replace(/"/g, '""') + '"';

const RULE_SQL: Record<QualityRule, (col: string) => string> = {
  non_negative: (col) => `${col} < 0`,
  non_zero: (col) => `${col} = 0`,
  // a day's slack: source stamps are local time, and a clock a little ahead is not a data error
  not_future: (col) => `${col} > now() + interval '1 day'`,
};

async function count(client: pg.Client, sql: string, params: unknown[]): Promise<number> {
  return Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
}

/**
 * The data-quality step: check each finished load run that read files and waits for its checks (see the top of this
 * file), record the results, and return them with what is left waiting. With `announce` the caller publishes the
 * runs' events and then calls finishDq with their ids; without it there is nothing to publish, and runs are done as
 * soon as recorded. The step's lock is held until finishDq (or the connection ends).
 */
export async function runQualityChecks(
  client: pg.Client,
  contracts: Contract[],
  settings: DqSettings = dqSettings(contracts),
  opts: { announce?: boolean } = {},
): Promise<DqStep> {
  await client.query(`select pg_advisory_lock(${DQ_LOCK})`);
  const state = await readState(client);
  const awaiting = await awaitingDq(client);
  const runs: DqRun[] = [];
  const failingOf = (results: DqResult[]) =>
    settings.onFail === 'fail' ? results.filter((r) => r.check_name === 'reject_rate' && !r.passed) : [];
  for (const w of awaiting.filter((a) => a.covered)) {
    await client.query('begin');
    try {
      let run: DqRun;
      if (w.phase === 'checked') {
        // recorded by a step that could not announce it: announce what it recorded (no second check)
        run = { load_run_id: w.load_run_id, results: await recorded(client, w.load_run_id), failing: [], kind: 'earlier' };
      } else {
        const results = await checkRun(client, contracts, settings, w.load_run_id);
        await record(client, w.load_run_id, results);
        run = { load_run_id: w.load_run_id, results, failing: failingOf(results), kind: 'checked' };
      }
      state.runs[w.load_run_id] = opts.announce ? 'checked' : 'announced';
      await saveState(client, state);
      await client.query('commit');
      runs.push(run);
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    }
  }
  if (!runs.length) {
    // nothing waits: the latest run the build read, checked again (after a contract fix, say)
    const latest = (
      await client.query<{ load_run_id: string }>(
        `select r.load_run_id::text from etl.load_runs r left join etl.config b on b.key = 'dbt_last_build'
         where r.status <> 'running' and exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
           and (b.value->>'started_at' is null or (r.started_at <= (b.value->>'started_at')::timestamptz
                and not coalesce(b.value->'running' ? r.load_run_id::text, false)))
         order by r.started_at desc limit 1`,
      )
    ).rows[0]?.load_run_id;
    if (latest) {
      const results = await checkRun(client, contracts, settings, latest);
      await record(client, latest, results);
      runs.push({ load_run_id: latest, results, failing: failingOf(results), kind: 'again' });
    }
  }
  const waiting = (
    await client.query<{ load_run_id: string }>(
      `select r.load_run_id::text from etl.load_runs r
       where r.status = 'running' and exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id)
       order by r.started_at`,
    )
  ).rows.map((r) => r.load_run_id);
  return { runs, waiting: [...awaiting.filter((a) => !a.covered).map((a) => a.load_run_id), ...waiting] };
}

/**
 * End the step: mark `announced` the runs whose events were published, forget runs done long enough ago, and release
 * the step's lock. A run's id is kept until every run that started before it is done (and for a day at least, so a
 * load run whose first row is not yet visible is never taken as done); the older ones are summed up by `through`.
 */
export async function finishDq(client: pg.Client, announced: string[]): Promise<void> {
  const state = await readState(client);
  for (const id of announced) state.runs[id] = 'announced';
  const done = Object.keys(state.runs).filter((id) => state.runs[id] === 'announced');
  // the oldest run not done yet: running (it may read files), or a file-reading run not announced
  const through = (
    await client.query<{ through: string | null }>(
      `with x as (select greatest($1::timestamptz, least(now() - interval '1 day', (
         select min(r.started_at) from etl.load_runs r
         where r.status = 'running'
           or (r.started_at > coalesce($1::timestamptz, '-infinity') and not r.load_run_id::text = any($2::text[])
               and exists (select 1 from etl.load_run_files f where f.last_load_run_id = r.load_run_id))))) as at)
       select to_jsonb(x.at) #>> '{}' as through from x`,
      [state.through, done],
    )
  ).rows[0]!.through;
  const kept = new Set(
    (
      await client.query<{ id: string }>(
        `select load_run_id::text as id from etl.load_runs where load_run_id::text = any($1::text[]) and started_at > $2::timestamptz`,
        [Object.keys(state.runs), through],
      )
    ).rows.map((r) => r.id),
  );
  await saveState(client, { through, runs: Object.fromEntries(Object.entries(state.runs).filter(([id]) => kept.has(id))) });
  await client.query(`select pg_advisory_unlock(${DQ_LOCK})`);
}

async function readState(client: pg.Client): Promise<DqState> {
  const v = (await client.query<{ v: Partial<DqState> }>(`select ${DQ_STATE} as v`)).rows[0]!.v;
  // through as ISO 8601 text from PostgreSQL (microseconds kept: a JavaScript Date would drop them)
  const through = v.through
    ? (await client.query<{ t: string }>(`select to_jsonb($1::timestamptz) #>> '{}' as t`, [v.through])).rows[0]!.t
    : null;
  return { through, runs: { ...(v.runs ?? {}) } };
}

async function saveState(client: pg.Client, state: DqState): Promise<void> {
  await client.query(
    `insert into etl.config (key, value, updated_at) values ($1, $2, now())
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [DQ_STATE_KEY, JSON.stringify(state)],
  );
}

async function record(client: pg.Client, run: string, results: DqResult[]): Promise<void> {
  if (!results.length) return;
  await client.query(
    `insert into etl.dq_results (load_run_id, zone, table_name, check_name, column_name, observed, threshold, passed, details)
     select $1, r.zone, r.table_name, r.check_name, r.column_name, r.observed, r.threshold, r.passed, r.details
     from jsonb_to_recordset($2::jsonb) as r(zone text, table_name text, check_name text, column_name text, observed numeric, threshold numeric, passed boolean, details jsonb)`,
    [run, JSON.stringify(results)],
  );
}

/** The results the run's latest check recorded (one step's insert: one checked_at), in the order checked. */
async function recorded(client: pg.Client, run: string): Promise<DqResult[]> {
  return (
    await client.query<DqResult>(
      `select zone, table_name, check_name, column_name, observed::float8 as observed, threshold::float8 as threshold, passed, details
       from etl.dq_results where load_run_id = $1
         and checked_at = (select max(checked_at) from etl.dq_results where load_run_id = $1)
       order by dq_result_id`,
      [run],
    )
  ).rows;
}

/** Every check for one load run that read files, over what it brought in. */
async function checkRun(client: pg.Client, contracts: Contract[], settings: DqSettings, run: string): Promise<DqResult[]> {
  const read = new Map(
    (
      await client.query<{ stream: string; rows_read: string }>(
        `select stream, sum(rows_read)::bigint as rows_read from etl.load_run_files where last_load_run_id = $1 group by stream`,
        [run],
      )
    ).rows.map((r) => [r.stream, Number(r.rows_read)]),
  );
  const results: DqResult[] = [];
  for (const c of contracts) {
    // file-delivered streams with core (Indici); a typed (tap-sql) stream's checks are its staging's dbt tests
    if (!c.core || c.landing === 'typed' || !read.has(streamName(c))) continue;
    results.push(...(await checkStream(client, c, contracts, settings, run, read.get(streamName(c))!)));
  }
  return results;
}

async function checkStream(
  client: pg.Client,
  c: Contract,
  contracts: Contract[],
  settings: DqSettings,
  run: string,
  rowsRead: number,
): Promise<DqResult[]> {
  const out: DqResult[] = [];
  const core = `core.${q(c.core!.model)}`;
  const coreName = `core.${c.core!.model}`;
  const keys = c.natural_key.map(q).join(', ');
  const rejectsName = `stg.stg_${c.source}__${c.stream}__rejects`;
  const rejects = `stg.${q(`stg_${c.source}__${c.stream}__rejects`)}`;

  // every reject of this run (a row failing checks in staging, or one the tap could not split), and the fields named
  const counted = (
    await client.query<{ rejected: string; fields: Record<string, number> }>(
      `select (select count(*) from ${rejects} where load_run_id = $1) as rejected,
       (select coalesce(jsonb_object_agg(field, n), '{}') from (
          select e.field, count(*) as n from ${rejects} r, jsonb_object_keys(r.field_errors) e(field) where r.load_run_id = $1 group by 1
        ) f) as fields`,
      [run],
    )
  ).rows[0]!;
  const rejected = Number(counted.rejected);
  const rate = rowsRead > 0 ? rejected / rowsRead : 0;
  const limit = settings.rejectRateMax(c);
  out.push({
    zone: 'stg',
    table_name: rejectsName,
    check_name: 'reject_rate',
    column_name: null,
    observed: rate,
    threshold: limit.max,
    passed: rate <= limit.max,
    details: { rejected, rows_read: rowsRead, threshold_from: limit.from, on_fail: settings.onFail, rejects_by_field: counted.fields },
  });

  // domains: each value outside a column's domain, as the check reads it (trimmed), with its rows
  const domains = c.columns.filter((col) => col.domain);
  if (domains.length) {
    // (column, value as landed) per domain column; the value is trimmed as the staging check trims it
    const pairs = domains.map((col) => `('${col.name}', btrim(r.source_row->>'${col.source.replace(/'/g, "''")}', E' \\t\\r\\n'))`);
    const unknown = (
      await client.query<{ col: string; value: string; n: string }>(
        `select d.col, left(d.value, ${UNKNOWN_VALUE_CHARS}) as value, count(*) as n
       from ${rejects} r cross join lateral (values ${pairs.join(', ')}) d(col, value)
       where r.load_run_id = $1 and r.field_errors->>d.col = 'not in domain'
       group by 1, 2 order by 1, 3 desc, 2`,
        [run],
      )
    ).rows;
    const file = contractPath(c);
    for (const col of domains) {
      const values = unknown.filter((u) => u.col === col.name).map((u) => ({ value: u.value, rows: Number(u.n) }));
      const n = values.reduce((sum, v) => sum + v.rows, 0);
      const fix =
        `add each value to the domain of ${col.name} in ${file} and run npm run codegen: the next build types these rows again ` +
        'from raw (README: a new domain value appeared)';
      out.push({
        zone: 'stg',
        table_name: `stg.stg_${c.source}__${c.stream}`,
        check_name: 'domain_coverage',
        column_name: col.name,
        observed: n,
        threshold: 0,
        passed: n === 0,
        details: {
          source_column: col.source,
          contract: file,
          rows_read: rowsRead,
          unknown_values: values.slice(0, UNKNOWN_VALUES_LISTED),
          ...(values.length > UNKNOWN_VALUES_LISTED ? { values_not_listed: values.length - UNKNOWN_VALUES_LISTED } : {}),
          ...(n ? { fix } : {}),
        },
      });
    }
  }

  // required fields: rejects of this run whose reason for the column is 'required'
  const missing = new Map(
    (
      await client.query<{ col: string; n: string }>(
        `select e.key as col, count(*) as n from ${rejects} r, jsonb_each_text(r.field_errors) e
     where r.load_run_id = $1 and e.value = 'required' group by e.key`,
        [run],
      )
    ).rows.map((r) => [r.col, Number(r.n)]),
  );
  for (const col of c.columns.filter((x) => x.required)) {
    const n = missing.get(col.name) ?? 0;
    const rate = rowsRead > 0 ? n / rowsRead : 0;
    out.push({
      zone: 'stg',
      table_name: `stg.stg_${c.source}__${c.stream}`,
      check_name: 'required_missing_rate',
      column_name: col.name,
      observed: rate,
      threshold: MISSING_RATE_MAX,
      passed: rate <= MISSING_RATE_MAX,
      details: { missing: n, rows_read: rowsRead },
    });
  }

  // duplicates on the natural key (the unique index makes this 0 for facts; an SCD2 dimension may not have one)
  const scd2 = c.scd.type === 2;
  const dups = await count(
    client,
    `select count(*) as n from (select 1 from ${core}${scd2 ? ' where is_current' : ''} group by ${keys} having count(*) > 1) d`,
    [],
  );
  out.push({
    zone: 'core',
    table_name: coreName,
    check_name: 'duplicate_natural_key',
    column_name: null,
    observed: dups,
    threshold: 0,
    passed: dups === 0,
    details: { key: c.natural_key, ...(scd2 ? { rows: 'current versions' } : {}) },
  });

  // references and value ranges, over the core rows this run brought in; the rows and every range rule are
  // counted in one scan
  const rules = c.columns.flatMap((col) => (col.quality ?? []).map((rule) => ({ col, rule })));
  const counts = (
    await client.query<Record<string, string>>(
      `select count(*) as n${rules.map(({ col, rule }, i) => `, count(*) filter (where ${RULE_SQL[rule](`c.${q(col.name)}`)}) as r${i}`).join('')}
     from ${core} c where c.load_run_id = $1`,
      [run],
    )
  ).rows[0]!;
  const coreRows = Number(counts.n);
  for (const col of c.columns.filter((x) => x.references))
    out.push(await referenceCheck(client, c, col, contracts, core, coreName, run, coreRows));
  rules.forEach(({ col, rule }, i) => {
    const n = Number(counts[`r${i}`]);
    out.push({
      zone: 'core',
      table_name: coreName,
      check_name: rule,
      column_name: col.name,
      observed: n,
      threshold: 0,
      passed: n === 0,
      details: { rows_checked: coreRows },
    });
  });

  // row count against the previous run that read this stream
  const previous = (
    await client.query<{ rows_read: string; load_run_id: string }>(
      `select f.last_load_run_id as load_run_id, sum(f.rows_read)::bigint as rows_read
     from etl.load_run_files f join etl.load_runs r on r.load_run_id = f.last_load_run_id
     where f.stream = $1 and f.last_load_run_id <> $2 and r.started_at < (select started_at from etl.load_runs where load_run_id = $2)
     group by f.last_load_run_id, r.started_at order by r.started_at desc limit 1`,
      [streamName(c), run],
    )
  ).rows[0];
  if (previous && Number(previous.rows_read) > 0) {
    const change = rowsRead / Number(previous.rows_read) - 1;
    out.push({
      zone: 'raw',
      table_name: `raw.${streamName(c)}`,
      check_name: 'row_count_delta',
      column_name: null,
      observed: change,
      threshold: -ROW_DROP_MAX,
      passed: change >= -ROW_DROP_MAX,
      details: { rows_read: rowsRead, previous_rows_read: Number(previous.rows_read), previous_load_run_id: previous.load_run_id },
    });
  }
  return out;
}

async function referenceCheck(
  client: pg.Client,
  c: Contract,
  col: ContractColumn,
  contracts: Contract[],
  core: string,
  coreName: string,
  run: string,
  coreRows: number,
): Promise<DqResult> {
  const parent = contracts.find((p) => p.source === c.source && p.stream === col.references)!;
  const [parentKey, ...rest] = parent.natural_key;
  const match = [`p.${q(parentKey!)} = c.${q(col.name)}`, ...rest.map((k) => `p.${q(k)} = c.${q(k)}`)].join(' and ');
  const orphans = await count(
    client,
    `select count(*) as n from ${core} c where c.load_run_id = $1 and c.${q(col.name)} is not null
     and not exists (select 1 from core.${q(parent.core!.model)} p where ${match})`,
    [run],
  );
  return {
    zone: 'core',
    table_name: coreName,
    check_name: 'referential_integrity',
    column_name: col.name,
    observed: orphans,
    threshold: 0,
    passed: orphans === 0,
    details: { references: `core.${parent.core!.model}`, rows_checked: coreRows },
  };
}
