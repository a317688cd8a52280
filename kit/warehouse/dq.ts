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
import type pg from 'pg';
import type { Contract, ContractColumn, QualityRule } from '../contracts/contract.js';
import { contractPath, streamName } from '../contracts/contract.js';
import { dqSettings, type DqSettings } from './dq-settings.js';
import { LATEST_FILE_RUN } from './status.js';

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
}

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

/** Run every check for the latest load run that read files, record the results, and return them. */
export async function runQualityChecks(
  client: pg.Client,
  contracts: Contract[],
  settings: DqSettings = dqSettings(contracts),
): Promise<DqRun> {
  const run = (await client.query<{ load_run_id: string }>(LATEST_FILE_RUN)).rows[0]?.load_run_id ?? null;
  if (!run) return { load_run_id: null, results: [], failing: [] };
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
  if (results.length) {
    await client.query(
      `insert into etl.dq_results (load_run_id, zone, table_name, check_name, column_name, observed, threshold, passed, details)
       select $1, r.zone, r.table_name, r.check_name, r.column_name, r.observed, r.threshold, r.passed, r.details
       from jsonb_to_recordset($2::jsonb) as r(zone text, table_name text, check_name text, column_name text, observed numeric, threshold numeric, passed boolean, details jsonb)`,
      [run, JSON.stringify(results)],
    );
  }
  const failing = settings.onFail === 'fail' ? results.filter((r) => r.check_name === 'reject_rate' && !r.passed) : [];
  return { load_run_id: run, results, failing };
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
