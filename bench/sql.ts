// `npm run bench:sql [-- --rows 1000000 --python-rows 200000 --skip-python --keep]`: a procedurelog-shaped table (OpenDental's columns
// and types: keys, money as DECIMAL, dates, a TIMESTAMP cursor, text) in PostgreSQL and in MariaDB, read in the same
// run by: the source's own bulk export (`psql \copy (select …) to`, `mariadb --batch -e select …`), tap-sql alone
// (to /dev/null), tap-sql → target-postgres-medi, and MeltanoLabs tap-postgres / pipelinewise-tap-mysql →
// target-postgres-medi. Prints rows/s, the ratios the issue sets as goals, and tap-sql's peak RSS. Not a test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { testDatabaseUrl, createScratchDatabase } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { psqlTimed } from './run.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    'python-rows': { type: 'string' },
    'skip-python': { type: 'boolean', default: false },
    // leave the MariaDB source database in place (the PostgreSQL one always stays): for profiling runs afterwards
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const pyRows = Math.min(rows, Number(values['python-rows'] ?? Math.min(rows, 200_000)));
const out = resolve('bench/out');
mkdirSync(out, { recursive: true });
const prefix = (process.env.MEDI_TEST_DB_PREFIX ?? 'medi_bench').toLowerCase().replace(/[^a-z0-9_]/g, '_');
const MY_DB = `${prefix}_bench_sql`;
const MELTANO_VENVS = resolve('.meltano/extractors');

type D = 'mysql' | 'pg';
const days = (base: string, e: string, d: D) =>
  d === 'mysql' ? `DATE_ADD('${base}', INTERVAL (${e}) DAY)` : `(date '${base}' + (${e})::int)`;
const secs = (base: string, e: string, d: D) =>
  d === 'mysql' ? `DATE_ADD('${base}', INTERVAL (${e}) SECOND)` : `(timestamp '${base}' + make_interval(secs => ${e}))`;
const text = (e: string, d: D) => (d === 'mysql' ? `CAST(${e} AS CHAR)` : `(${e})::text`);

// procedurelog's shape: 30 columns as OpenDental declares them (Procedure.cs), money as DECIMAL(20,2)
const COLUMNS: Array<[string, string, string, (n: string, d: D) => string]> = [
  // name, MySQL type, PostgreSQL type, generator (SQL expression over the row number n)
  ['ProcNum', 'bigint NOT NULL AUTO_INCREMENT', 'bigint NOT NULL', (n) => n],
  ['PatNum', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `(${n} * 7919) % 50000 + 1`],
  ['AptNum', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `(${n} * 31) % 100000`],
  ['OldCode', 'varchar(15) NOT NULL', 'varchar(15) NOT NULL', (n, d) => `concat('D', lpad(${text(`${n} % 9000`, d)}, 4, '0'))`],
  ['ProcDate', 'date NOT NULL', 'date NOT NULL', (n, d) => days('2015-01-01', `${n} % 3650`, d)],
  ['ProcFee', 'decimal(20,2) NOT NULL', 'numeric(20,2) NOT NULL', (n) => `((${n} * 137) % 250000) / 100.0`],
  ['Surf', 'varchar(10) NOT NULL', 'varchar(10) NOT NULL', (n) => `case when ${n} % 3 = 0 then 'MOD' else '' end`],
  ['ToothNum', 'varchar(2) NOT NULL', 'varchar(2) NOT NULL', (n, d) => text(`(${n} % 32) + 1`, d)],
  ['ToothRange', 'varchar(100) NOT NULL', 'varchar(100) NOT NULL', () => `''`],
  ['Priority', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `${n} % 5`],
  ['ProcStatus', 'tinyint NOT NULL', 'smallint NOT NULL', (n) => `(${n} % 7) + 1`],
  ['ProvNum', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `(${n} % 40) + 1`],
  ['Dx', 'bigint NOT NULL', 'bigint NOT NULL', () => '0'],
  ['PlannedAptNum', 'bigint NOT NULL', 'bigint NOT NULL', () => '0'],
  ['PlaceService', 'tinyint NOT NULL', 'smallint NOT NULL', () => '0'],
  ['Prosthesis', 'char(1) NOT NULL', 'char(1) NOT NULL', () => `''`],
  ['DateOriginalProsth', 'date NOT NULL', 'date NOT NULL', () => `'0001-01-01'`],
  [
    'ClaimNote',
    'varchar(80) NOT NULL',
    'varchar(80) NOT NULL',
    (n) => `case when ${n} % 10 = 0 then 'see x-ray, tooth sensitive to cold' else '' end`,
  ],
  ['DateEntryC', 'date NOT NULL', 'date NOT NULL', (n, d) => days('2015-01-02', `${n} % 3650`, d)],
  ['ClinicNum', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `${n} % 4`],
  ['MedicalCode', 'varchar(255) NOT NULL', 'varchar(255) NOT NULL', () => `''`],
  ['DiagnosticCode', 'varchar(255) NOT NULL', 'varchar(255) NOT NULL', (n) => `case when ${n} % 4 = 0 then 'K02.52' else '' end`],
  ['IsPrincDiag', 'tinyint NOT NULL', 'smallint NOT NULL', () => '0'],
  ['CodeNum', 'bigint NOT NULL', 'bigint NOT NULL', (n) => `(${n} % 700) + 1`],
  ['UnitQty', 'int NOT NULL', 'integer NOT NULL', () => '1'],
  ['BaseUnits', 'int NOT NULL', 'integer NOT NULL', () => '0'],
  ['SecDateEntry', 'datetime NOT NULL', 'timestamp NOT NULL', (n, d) => secs('2015-01-01 08:00:00', `${n} * 60`, d)],
  [
    'DateComplete',
    'date NOT NULL',
    'date NOT NULL',
    (n, d) => `case when ${n} % 2 = 0 then ${days('2015-01-03', `${n} % 3650`, d)} else '0001-01-01' end`,
  ],
  ['Discount', 'double NOT NULL', 'double precision NOT NULL', (n) => `(${n} % 5) * 2.5`],
  [
    'DateTStamp',
    'timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()',
    'timestamptz NOT NULL',
    (n, d) => secs('2020-03-14 02:00:00', `${n} % 86400`, d),
  ],
];

/** plainlog's columns: procedurelog's integers and texts (every property a plain integer or string) */
const PLAIN = [
  'ProcNum',
  'PatNum',
  'AptNum',
  'OldCode',
  'Surf',
  'ToothNum',
  'ToothRange',
  'Priority',
  'ProcStatus',
  'ProvNum',
  'ClaimNote',
  'DiagnosticCode',
  'CodeNum',
  'UnitQty',
];

const gen = (d: D, n: string) => COLUMNS.map(([, , , g]) => g(n, d)).join(', ');

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed: ${r.stderr}`);
}

const mysql = (sql: string) => sh('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', sql]);

async function buildSources(pgUrl: string): Promise<void> {
  const names = COLUMNS.map(([c]) => c).join(', ');
  console.log(`building procedurelog (${rows} rows) in MariaDB ${MY_DB} and PostgreSQL …`);
  mysql(`DROP DATABASE IF EXISTS \`${MY_DB}\`; CREATE DATABASE \`${MY_DB}\`; USE \`${MY_DB}\`; SET time_zone = '+00:00'; SET sql_mode = '';
    CREATE TABLE procedurelog (${COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}, PRIMARY KEY (ProcNum), KEY (DateTStamp), KEY (PatNum)) ENGINE=InnoDB;
    INSERT INTO procedurelog (${names}) SELECT ${gen('mysql', 'seq')} FROM seq_1_to_${rows};
    ANALYZE TABLE procedurelog;
    CREATE USER IF NOT EXISTS 'medi_bench'@'%' IDENTIFIED BY 'bench'; CREATE USER IF NOT EXISTS 'medi_bench'@'localhost' IDENTIFIED BY 'bench';
    GRANT SELECT ON \`${MY_DB}\`.* TO 'medi_bench'@'%'; GRANT SELECT ON \`${MY_DB}\`.* TO 'medi_bench'@'localhost';`);
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`CREATE TABLE procedurelog (${COLUMNS.map(([n, , t]) => `"${n}" ${t}`).join(', ')}, PRIMARY KEY ("ProcNum"))`);
  await c.query(`INSERT INTO procedurelog SELECT ${gen('pg', '(n::bigint)')} FROM generate_series(1, ${rows}) n`);
  await c.query(`CREATE INDEX ON procedurelog ("DateTStamp", "ProcNum"); ANALYZE procedurelog`);
  // procedurelog's integer and text columns alone: a stream pg-copy-binary can carry on the batch lane
  await c.query(`CREATE TABLE plainlog AS SELECT ${PLAIN.map((n) => `"${n}"`).join(', ')} FROM procedurelog;
    ALTER TABLE plainlog ADD PRIMARY KEY ("ProcNum"); ANALYZE plainlog`);
  await c.end();
}

interface Timed {
  seconds: number;
  rows: number;
  rssMb?: number;
  detail?: string;
  /** CPU seconds (user + sys) of the tap and of the target */
  tapCpu?: number;
  targetCpu?: number;
}

/**
 * `tap | target` (or `tap > /dev/null` without a target); returns wall time, the tap's peak RSS and both sides'
 * CPU time. Rows are its RECORD messages, or on the batch lane (no RECORD) the count the tap logs per stream.
 */
function run(tap: string[], target: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<Timed & { err: string }> {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    // GNU time reports the tap's peak RSS and CPU time whatever language it is written in
    const p = spawn('/usr/bin/time', ['-f', 'MAXRSS %M CPU %U %S', ...tap], { env });
    let err = '';
    let all = '';
    p.stderr.on('data', (d: Buffer) => {
      err = (err + d).slice(-20000);
      all = (all + d).slice(-200000);
    });
    let records = 0;
    let carry = '';
    let t: ReturnType<typeof spawn> | undefined;
    let targetErr = '';
    if (target) {
      t = spawn('/usr/bin/time', ['-f', 'TARGET CPU %U %S', 'node', 'dist/targets/target-postgres-medi/main.js', '--config', target], {
        env,
      });
      t.stderr!.on('data', (d: Buffer) => (targetErr = (targetErr + d).slice(-20000)));
      t.stdout!.resume();
    }
    p.stdout.on('data', (d: Buffer) => {
      // a record may straddle two chunks: count matches that end past the carried tail (those inside it were counted)
      const s = carry + d.toString('latin1');
      // ours write `"type":"RECORD"`, singer-python `"type": "RECORD"`
      // (tap-sql's row-counts control stream, one record per table, is not a row: `records` goes down by those)
      for (const [pattern, add] of [
        ['"type":"RECORD"', 1],
        ['"type": "RECORD"', 1],
        ['__row_counts","record"', -1],
      ] as const) {
        let i = -1;
        while ((i = s.indexOf(pattern, i + 1)) >= 0) if (i + pattern.length > carry.length) records += add;
      }
      carry = s.slice(-24);
      if (t && !t.stdin!.write(d)) {
        p.stdout.pause();
        t.stdin!.once('drain', () => p.stdout.resume());
      }
    });
    p.stdout.on('end', () => t?.stdin!.end());
    const closed = [new Promise((r) => p.on('close', r)), t ? new Promise((r) => t!.on('close', r)) : Promise.resolve()];
    void Promise.all(closed).then(() => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /MAXRSS (\d+) CPU ([\d.]+) ([\d.]+)/.exec(err);
      const tc = /TARGET CPU ([\d.]+) ([\d.]+)/.exec(targetErr);
      // the batch lane sends no RECORD: the rows the tap says it read (tap-sql logs each stream's count)
      if (records === 0) for (const c of all.matchAll(/stream \S+: (\d+) records/g)) records += Number(c[1]);
      done({
        seconds,
        rows: records,
        err: err + targetErr,
        ...(m ? { rssMb: Math.round(Number(m[1]) / 1024), tapCpu: Number(m[2]) + Number(m[3]) } : {}),
        ...(tc ? { targetCpu: Number(tc[1]) + Number(tc[2]) } : {}),
      });
    });
  });
}

function exportTime(cmd: string, args: string[], file: string): Timed {
  const t0 = process.hrtime.bigint();
  sh(cmd, args);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const bytes = statSync(file).size;
  rmSync(file);
  return { seconds, rows, detail: `${(bytes / 1024 / 1024).toFixed(0)} MB` };
}

const rate = (r: Timed) => Math.round(r.rows / r.seconds);
const line = (name: string, r: Timed) =>
  `${name.padEnd(44)} ${r.seconds.toFixed(2).padStart(8)} s ${String(rate(r)).padStart(9)} rows/s  ${r.rows} rows${r.rssMb ? `  peak RSS ${r.rssMb} MB` : ''}` +
  `${r.tapCpu !== undefined ? `  tap CPU ${r.tapCpu.toFixed(2)} s` : ''}${r.targetCpu !== undefined ? `  target CPU ${r.targetCpu.toFixed(2)} s` : ''}${r.detail ? `  ${r.detail}` : ''}`;

const base = await testDatabaseUrl();
const src = await createScratchDatabase(base, `${prefix}_bench_sql_src`);
await buildSources(src);
const dst = await createScratchDatabase(base, `${prefix}_bench_sql_dst`);
await migrate(dst);
const tgtCfg = join(out, 'sql-target.json');
writeFileSync(tgtCfg, JSON.stringify({ database_url: dst }));
const cfg = (name: string, c: Record<string, unknown>) => {
  const f = join(out, name);
  writeFileSync(f, JSON.stringify(c));
  return f;
};
const sqlPg = cfg('sql-pg.json', {
  dialect: 'postgres',
  url: src,
  schemas: ['public'],
  tables: ['procedurelog'],
  source: 'benchpg',
  lag_seconds: 0,
});
const sqlMy = cfg('sql-my.json', { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: MY_DB, source: 'benchmy', lag_seconds: 0 });
// the batch lane (batch_config, as tap-sql--opendental sends it): pg-copy-binary where a stream's SCHEMA allows it
// (procedurelog's integers, texts, decimals, floats, dates and timestamps do), else jsonl
const batchConfig = { encoding: { format: 'pg-copy-binary' } };
const withBatch = (file: string) => {
  const c = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return cfg(
    file
      .replace(/\.json$/, '-batch.json')
      .split('/')
      .pop()!,
    { ...c, batch_config: batchConfig },
  );
};
const results: string[] = [];
const report = (name: string, r: Timed) => {
  const l = line(name, r);
  results.push(l);
  console.log(l);
};

for (const [label, tapCfg, exp] of [
  [
    'PostgreSQL',
    sqlPg,
    () => exportTime('psql', [src, '-c', `\\copy (select * from procedurelog) to '${join(out, 'pg.tsv')}'`], join(out, 'pg.tsv')),
  ],
  [
    'MariaDB',
    sqlMy,
    () => {
      const file = join(out, 'my.tsv');
      const t0 = process.hrtime.bigint();
      const r = spawnSync('sh', ['-c', `mariadb -h 127.0.0.1 -u root --batch -e 'select * from procedurelog' ${MY_DB} > ${file}`]);
      if (r.status !== 0) throw new Error(`mariadb export failed: ${r.stderr}`);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const bytes = statSync(file).size;
      rmSync(file);
      return { seconds, rows, detail: `${(bytes / 1024 / 1024).toFixed(0)} MB` };
    },
  ],
] as const) {
  console.log(`\n${label}`);
  const e = exp();
  report(`${label} bulk export`, e);
  const alone = await run(['node', 'dist/taps/tap-sql/main.js', '--config', tapCfg], undefined);
  if (alone.rows !== rows) throw new Error(`tap-sql alone read ${alone.rows} of ${rows} rows: ${alone.err.slice(-2000)}`);
  report(`tap-sql alone (${label})`, alone);
  const piped = await run(['node', 'dist/taps/tap-sql/main.js', '--config', tapCfg], tgtCfg);
  if (piped.rows !== rows) throw new Error(`tap-sql → target read ${piped.rows} of ${rows} rows: ${piped.err.slice(-2000)}`);
  report(`tap-sql → target-postgres-medi (${label})`, piped);
  const batched = await run(['node', 'dist/taps/tap-sql/main.js', '--config', withBatch(tapCfg)], tgtCfg);
  if (batched.rows !== rows)
    throw new Error(`tap-sql → target (batch lane) read ${batched.rows} of ${rows} rows: ${batched.err.slice(-2000)}`);
  report(`tap-sql → target, batch lane (${label})`, batched);
  const floor = await loadFloor(`${label === 'PostgreSQL' ? 'benchpg' : 'benchmy'}_procedurelog`);
  report(`PostgreSQL's own load of those rows (${label})`, floor);
  const goal = (x: number) => `${x.toFixed(2)}× (goal >= 0.5: ${x >= 0.5 ? 'met' : 'NOT met'})`;
  results.push(
    `  tap-sql alone / export: ${goal(rate(alone) / rate(e))}; tap → target / export: RECORD lines ${goal(rate(piped) / rate(e))}` +
      `, batch lane ${goal(rate(batched) / rate(e))}`,
    `  PostgreSQL's own load / export: ${(rate(floor) / rate(e)).toFixed(2)}× (no tap → target can pass it);` +
      ` tap → target / that load: ${(rate(piped) / rate(floor)).toFixed(2)}×; tap-sql peak RSS ${alone.rssMb} MB (goal <= 200)`,
  );
  console.log(results.slice(-2).join('\n'));
  if (values['skip-python']) continue;
  const python = label === 'PostgreSQL' ? await pythonPostgres(src) : await pythonMysql();
  if (python) {
    report(python.name, python);
    const x = rate(piped) / rate(python);
    results.push(`  tap-sql → target / ${python.name.split(' ')[0]}: ${x.toFixed(1)}× (goal >= 10: ${x >= 10 ? 'met' : 'NOT met'})`);
    console.log(results.at(-1));
  }
}

// the batch lane where it pays: plainlog's tuples go as pg-copy-binary files, which the target copies as they are
{
  console.log('\nPostgreSQL plainlog (integers and texts only)');
  const plainCfg = cfg('sql-pl.json', { ...JSON.parse(readFileSync(sqlPg, 'utf8')), tables: ['plainlog'], source: 'benchpl' });
  const recordLane = await run(['node', 'dist/taps/tap-sql/main.js', '--config', plainCfg], tgtCfg);
  const batchLane = await run(['node', 'dist/taps/tap-sql/main.js', '--config', withBatch(plainCfg)], tgtCfg);
  for (const r of [recordLane, batchLane])
    if (r.rows !== rows) throw new Error(`plainlog: ${r.rows} of ${rows} rows: ${r.err.slice(-2000)}`);
  report('tap-sql → target, record lane (plainlog)', recordLane);
  report('tap-sql → target, pg-copy-binary (plainlog)', batchLane);
}

/**
 * PostgreSQL alone loading what the target landed: raw's rows as they are (lineage included) copied out and back
 * into a table like it by psql in binary, COPY's cheapest form. The most any tap → target into this warehouse can do.
 */
async function loadFloor(table: string): Promise<Timed> {
  const file = join(out, 'sql-raw-as-landed.copy');
  await psqlTimed(dst, `\\copy raw.${table} TO '${file}' WITH (FORMAT binary)`);
  const c = new pg.Client({ connectionString: dst });
  await c.connect();
  await c.query(`drop table if exists public.floor_raw; create table public.floor_raw (like raw.${table} including defaults)`);
  const t = await psqlTimed(dst, `\\copy public.floor_raw FROM '${file}' WITH (FORMAT binary)`);
  const n = Number((await c.query('select count(*)::int n from public.floor_raw')).rows[0].n);
  await c.query('drop table public.floor_raw');
  await c.end();
  rmSync(file, { force: true });
  return { seconds: t.seconds, rows: n };
}

/** MeltanoLabs tap-postgres (singer-sdk) on the first `pyRows` rows (a view), every stream selected, FULL_TABLE. */
async function pythonPostgres(url: string): Promise<(Timed & { name: string }) | undefined> {
  const exe = join(MELTANO_VENVS, 'tap-postgres/venv/bin/tap-postgres');
  if (!existsSync(exe)) return void console.log('MeltanoLabs tap-postgres not installed (meltano install): skipped');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE SCHEMA IF NOT EXISTS pybench; DROP TABLE IF EXISTS pybench.procedurelog;
    CREATE TABLE pybench.procedurelog AS SELECT * FROM procedurelog WHERE "ProcNum" <= ${pyRows}; ALTER TABLE pybench.procedurelog ADD PRIMARY KEY ("ProcNum")`);
  await c.end();
  const u = new URL(url);
  const conf = cfg('py-pg.json', {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    filter_schemas: ['pybench'],
  });
  const disc = spawnSync(exe, ['--config', conf, '--discover'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (disc.status !== 0) throw new Error(`tap-postgres --discover: ${disc.stderr.slice(-2000)}`);
  const cat = JSON.parse(disc.stdout);
  for (const s of cat.streams)
    for (const m of s.metadata)
      if (m.breadcrumb.length === 0) Object.assign(m.metadata, { selected: true, 'replication-method': 'FULL_TABLE' });
  const catFile = cfg('py-pg-catalog.json', cat);
  const r = await run([exe, '--config', conf, '--catalog', catFile], tgtCfg);
  if (r.rows !== pyRows) throw new Error(`tap-postgres read ${r.rows} of ${pyRows}: ${r.err.slice(-2000)}`);
  return { ...r, name: 'tap-postgres (MeltanoLabs) → target-postgres-medi' };
}

/** pipelinewise-tap-mysql on the first `pyRows` rows, FULL_TABLE. */
async function pythonMysql(): Promise<(Timed & { name: string }) | undefined> {
  const exe = join(MELTANO_VENVS, 'tap-mysql/venv/bin/tap-mysql');
  if (!existsSync(exe)) return void console.log('pipelinewise-tap-mysql not installed (meltano install): skipped');
  const db = `${MY_DB}_py`;
  mysql(`DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`;
    CREATE TABLE \`${db}\`.procedurelog LIKE \`${MY_DB}\`.procedurelog;
    INSERT INTO \`${db}\`.procedurelog SELECT * FROM \`${MY_DB}\`.procedurelog WHERE ProcNum <= ${pyRows};
    GRANT SELECT ON \`${db}\`.* TO 'medi_bench'@'%'; GRANT SELECT ON \`${db}\`.* TO 'medi_bench'@'localhost';`);
  const conf = cfg('py-my.json', { host: '127.0.0.1', port: 3306, user: 'medi_bench', password: 'bench', filter_dbs: db });
  const disc = spawnSync(exe, ['--config', conf, '--discover'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (disc.status !== 0) throw new Error(`tap-mysql --discover: ${disc.stderr.slice(-2000)}`);
  const cat = JSON.parse(disc.stdout);
  for (const s of cat.streams)
    for (const m of s.metadata)
      if (m.breadcrumb.length === 0) Object.assign(m.metadata, { selected: true, 'replication-method': 'FULL_TABLE' });
  const catFile = cfg('py-my-catalog.json', cat);
  const r = await run([exe, '--config', conf, '--properties', catFile], tgtCfg);
  mysql(`DROP DATABASE IF EXISTS \`${db}\``);
  if (r.rows !== pyRows) throw new Error(`tap-mysql read ${r.rows} of ${pyRows}: ${r.err.slice(-2000)}`);
  return { ...r, name: 'tap-mysql (pipelinewise) → target-postgres-medi' };
}

console.log(`\nsummary (${rows} rows; Python taps on ${pyRows})\n${results.join('\n')}`);
if (!values.keep) mysql(`DROP DATABASE IF EXISTS \`${MY_DB}\``);
