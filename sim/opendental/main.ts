#!/usr/bin/env node
// Build the OpenDental-shaped source database:
//   node dist/sim/opendental/main.js --dialect mysql|pg --url URL --database NAME [--scale N] [--seed S] [--money decimal|double]
// URL is the server (mysql://root@127.0.0.1:3306, postgresql://postgres@127.0.0.1:5432/postgres); NAME is dropped and
// recreated. --scale is the procedurelog row count (other tables scale from it). Prints one summary line as JSON.
import { parseArgs } from 'node:util';
import { build, type Dialect } from './build.js';

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'mysql' },
    url: { type: 'string' },
    database: { type: 'string', default: 'opendental' },
    scale: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    money: { type: 'string', default: 'decimal' },
  },
});
const dialect = values.dialect as Dialect;
if (dialect !== 'mysql' && dialect !== 'pg') throw new Error(`--dialect must be mysql or pg, not ${values.dialect}`);
const url = values.url ?? (dialect === 'mysql' ? 'mysql://root@127.0.0.1:3306' : 'postgresql://postgres@127.0.0.1:5432/postgres');
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer, not ${values.scale}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
if (values.money !== 'decimal' && values.money !== 'double') throw new Error(`--money must be decimal or double, not ${values.money}`);
const r = await build({
  dialect,
  url,
  database: values.database!,
  scale,
  seed,
  money: values.money,
  log: (l) => process.stderr.write(`${l}\n`),
});
let total = 0;
for (const n of r.rows.values()) total += n;
process.stdout.write(
  `${JSON.stringify({ database: values.database, dialect, tables: r.tables, rows: total, procedurelog: r.rows.get('procedurelog'), ms: r.ms })}\n`,
);
