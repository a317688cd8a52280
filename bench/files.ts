// `npm run bench:files [-- --rows N]`: target-files-medi writing N records to Parquet (zstd) against DuckDB itself
// reading the same records as NDJSON and writing the same Parquet (same column types), in the same run. Prints
// records/s of both, their ratio and the target's peak RSS, each with its goal. Not a test.
import { createWriteStream, mkdirSync, existsSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { benchRow, BENCH_SCHEMA, BENCH_STREAM } from './generate.js';
import { timed } from './run.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000000' } } });
const rows = Number(values.rows);
const out = resolve('bench/out');
mkdirSync(out, { recursive: true });
const singerFile = join(out, `files-${rows}.singer`);
const ndjsonFile = join(out, `files-${rows}.ndjson`);

async function put(s: WriteStream, text: string): Promise<void> {
  if (!s.write(text)) await once(s, 'drain');
}

if (!existsSync(singerFile) || !existsSync(ndjsonFile)) {
  process.stderr.write(`generating ${rows} records…\n`);
  const singer = createWriteStream(singerFile);
  const nd = createWriteStream(ndjsonFile);
  await put(singer, JSON.stringify({ type: 'SCHEMA', stream: BENCH_STREAM, schema: BENCH_SCHEMA, key_properties: ['id'] }) + '\n');
  let sBuf = '';
  let nBuf = '';
  for (let i = 0; i < rows; i++) {
    const rec = JSON.stringify(benchRow(i));
    sBuf += `{"type":"RECORD","stream":"${BENCH_STREAM}","record":${rec}}\n`;
    nBuf += rec + '\n';
    if ((i + 1) % 10_000 === 0 || i === rows - 1) sBuf += `{"type":"STATE","value":{"position":${i + 1}}}\n`;
    if (sBuf.length > 1 << 20) {
      await put(singer, sBuf);
      await put(nd, nBuf);
      sBuf = nBuf = '';
    }
  }
  await put(singer, sBuf);
  await put(nd, nBuf);
  singer.end();
  nd.end();
  await Promise.all([once(singer, 'finish'), once(nd, 'finish')]);
}

// the column types the target gives BENCH_SCHEMA (type-map.ts): numbers without multipleOf are DECIMAL(decimal_default): 38,16 here, as
// the generated latitudes carry a double's digits (-35.196039999999996)
const TYPES: Record<string, string> = {
  id: 'BIGINT',
  practice_id: 'BIGINT',
  patient_id: 'BIGINT',
  first_name: 'VARCHAR',
  family_name: 'VARCHAR',
  email: 'VARCHAR',
  status: 'VARCHAR',
  notes: 'VARCHAR',
  amount: 'DECIMAL(38,16)',
  copayment: 'DECIMAL(38,16)',
  duration_minutes: 'BIGINT',
  latitude: 'DECIMAL(38,16)',
  is_active: 'BOOLEAN',
  is_deleted: 'BOOLEAN',
  scheduled_at: 'TIMESTAMPTZ',
  updated_at: 'TIMESTAMPTZ',
  dob: 'DATE',
  address: 'JSON',
  codes: 'JSON',
  provider: 'VARCHAR',
};

// 1. DuckDB alone: NDJSON → Parquet, same types and compression, default threads (both cores)
const duckOut = join(out, 'files-duckdb.parquet');
rmSync(duckOut, { force: true });
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
await c.run(`SET TimeZone = 'UTC'`);
const spec = Object.entries(TYPES)
  .map(([k, v]) => `'${k}': '${v}'`)
  .join(', ');
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
await c.run(
  `COPY (SELECT * FROM read_json('${ndjsonFile}', format = 'newline_delimited', columns = {${spec}})) TO '${duckOut}' (FORMAT parquet, COMPRESSION zstd)`,
);
const duckSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const duckCpu = (cpu.user + cpu.system) / 1e6;
c.closeSync();
db.closeSync();

// 2. target-files-medi, default settings (a batch per 100,000 rows)
const root = join(out, 'files-target');
rmSync(root, { recursive: true, force: true });
const cfg = join(out, 'files-config.json');
writeFileSync(cfg, JSON.stringify({ root, source: 'bench', partition_by: { '*': '_extracted' }, decimal_default: '38,16' }));
const children0 = childCpuSeconds();
const target = await timed(process.execPath, ['dist/targets/target-files-medi/main.js', '--config', cfg], { inputFile: singerFile });
if (target.code !== 0) throw new Error(`target failed: ${target.stderr.slice(-2000)}`);
const targetCpu = childCpuSeconds() - children0;
const written = /"rows_written":(\d+)/.exec(target.stderr);
if (!written || Number(written[1]) !== rows) throw new Error(`target wrote ${written?.[1]} rows, expected ${rows}`);

const rate = (s: number) => Math.round(rows / s).toLocaleString('en');
const ratio = duckSeconds / target.seconds;
process.stdout.write(
  [
    `records: ${rows.toLocaleString('en')} (Parquet, zstd)`,
    `DuckDB NDJSON → Parquet:  ${duckSeconds.toFixed(1)} s  ${rate(duckSeconds)} records/s  (CPU ${duckCpu.toFixed(1)} s)`,
    `target-files-medi:        ${target.seconds.toFixed(1)} s  ${rate(target.seconds)} records/s  (CPU ${targetCpu.toFixed(1)} s)`,
    `ratio target/DuckDB:      ${ratio.toFixed(2)}x   (goal >= 0.50x: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
    `target peak RSS:          ${target.peakRssMb} MB   (goal <= 250 MB: ${target.peakRssMb <= 250 ? 'met' : 'NOT met'})`,
    '',
  ].join('\n'),
);

/**
 * CPU seconds (user + system) of this process's waited-for children: /proc/self/stat fields cutime and cstime, in
 * clock ticks (100 a second on Linux). The figure that still compares runs on a loaded machine, where wall time does not.
 */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}
