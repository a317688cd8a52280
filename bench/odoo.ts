// `npm run bench:odoo [-- --leads 1000000 --page-size 500]`: N crm.lead records (and the models core resolves
// names from) from the Odoo simulator → tap-odoo → target-postgres-medi → dbt (Odoo staging and core), in one
// run. Reports records/s, the RPC calls made, tap and target peak RSS, and the simulator's own CPU: it runs in
// this process, which does nothing else (the tap's stdout goes straight to the target through a shell pipe).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { testDatabaseUrl, createScratchDatabase, pgEnv } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { OdooSim } from '../sim/odoo/server.js';
import { Orm } from '../sim/odoo/orm.js';
import { peakRssMb, timed } from './run.js';

const { values } = parseArgs({
  options: { leads: { type: 'string', default: '1000000' }, 'page-size': { type: 'string', default: '500' } },
});
const leads = Number(values.leads);
const out = resolve('bench/out');
mkdirSync(out, { recursive: true });
const MODELS = ['crm.lead', 'res.partner', 'res.users', 'crm.team', 'crm.stage', 'c.aws.accounts', 'res.company'];

const sim = new OdooSim({ orm: new Orm({ 'crm.lead': leads }) });
await sim.listen();
const prefix = process.env.MEDI_TEST_DB_PREFIX ?? 'medi';
const db = await createScratchDatabase(await testDatabaseUrl(), `${prefix}_bench_odoo`);
await migrate(db);
const tapCfg = join(out, 'odoo-tap.json');
const tgtCfg = join(out, 'odoo-target.json');
writeFileSync(
  tapCfg,
  JSON.stringify({
    url: sim.url,
    database: sim.database,
    username: sim.login,
    models: MODELS,
    page_size: Number(values['page-size']),
    deletion_check: 0,
  }),
);
writeFileSync(tgtCfg, JSON.stringify({ database_url: db }));
const tapErr = join(out, 'odoo-tap.err');
const tgtErr = join(out, 'odoo-target.err');

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
// the plugins' own executables, as Meltano runs them, piped to each other without passing through this process
const pipeline = spawn(
  'bash',
  [
    '-c',
    `set -o pipefail; node_modules/.bin/tap-odoo --config ${tapCfg} 2>${tapErr} | node dist/targets/target-postgres-medi/main.js --config ${tgtCfg} 2>${tgtErr} >/dev/null`,
  ],
  { stdio: 'inherit', env: { ...process.env, TAP_ODOO_API_KEY: sim.apiKey } },
);
const code = await new Promise<number | null>((r) => pipeline.on('close', r));
const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const calls = sim.calls.length;
const byMethod = new Map<string, number>();
for (const c of sim.calls) byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1);
await sim.close();
const tapLog = readFileSync(tapErr, 'utf8');
const tgtLog = readFileSync(tgtErr, 'utf8');
if (code !== 0) throw new Error(`tap → target failed (${code}): ${tapLog.slice(-1500)} ${tgtLog.slice(-1500)}`);

// as run-odoo: the APN core models that read Odoo's core need APN staging, which this bench does not load
const dbt = await timed('scripts/dbt', ['run', '--select', 'staging.odoo+', '--exclude', 'core.apn'], {
  env: { ...pgEnv(db), MEDI_NHI_HMAC_KEY: 'bench0key0not0secret' },
});
if (dbt.code !== 0) throw new Error(dbt.stdout.slice(-3000));
const total = [...tapLog.matchAll(/stream (odoo_\w+): (\d+) records/g)].reduce((n, m) => n + Number(m[2]), 0);
const simCpu = (cpu.user + cpu.system) / 1e6;
const lines = [
  `Odoo bench ${new Date().toISOString()} (${leads} crm.lead, page size ${values['page-size']}, JSON-RPC, Odoo 17.0 simulator)`,
  `sim → tap → target (raw):   ${loadSeconds.toFixed(1)} s, ${total} records, ${(total / loadSeconds).toFixed(0)} records/s`,
  `dbt Odoo staging + core:    ${dbt.seconds.toFixed(1)} s; end to end ${(loadSeconds + dbt.seconds).toFixed(1)} s`,
  `RPC calls: ${calls} (${[...byMethod].map(([m, n]) => `${m} ${n}`).join(', ')})`,
  `peak RSS: tap ${peakRssMb(tapLog)} MB, target ${peakRssMb(tgtLog)} MB (goal ≤ 200 MB)`,
  `simulator CPU: ${simCpu.toFixed(1)} s = ${((100 * simCpu) / loadSeconds).toFixed(0)}% of one core over the load (2 cores shared with other work)`,
];
console.log(lines.join('\n'));
writeFileSync(join(out, 'odoo.txt'), lines.join('\n') + '\n');
