// `npm run bench:tally [-- --mb 500]`: a voucher export of about that size from the Tally simulator (its own
// process, UTF-16 like real Tally), streamed tap → target into a scratch database. Reports the export size,
// a bare download of the same export (the floor), the tap → target time, MB/s and both plugins' peak RSS.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { testDatabaseUrl, createScratchDatabase } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { collectionEnvelope } from '../taps/tap-tally-tdl/tdl.js';
import { peakRssMb, relay } from './run.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '500' }, port: { type: 'string', default: '9390' } } });
const targetMb = Number(values.mb);
const out = resolve('bench/out');
mkdirSync(out, { recursive: true });
const COMPANY = 'Al Shifa Medical Centre LLC';

async function startSim(vouchers: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn('node', ['dist/sim/tally/main.js', '--port', values.port!, '--vouchers', String(vouchers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: line.toString().trim(), stop: () => child.kill('SIGTERM') };
}

/** Bytes of the full voucher export (one request, every field the tap fetches), read and discarded. */
async function download(url: string): Promise<{ bytes: number; seconds: number }> {
  const xml = collectionEnvelope({
    id: 'MediVouchers',
    type: 'Voucher',
    company: COMPANY,
    fetch: ['*'],
    filters: { MediLive: 'NOT $IsCancelled AND NOT $IsOptional' },
  });
  const t0 = process.hrtime.bigint();
  const res = await request(url, {
    method: 'POST',
    body: Buffer.from(xml, 'utf16le'),
    headers: { 'content-type': 'text/xml;charset=utf-16' },
    headersTimeout: 600_000,
    bodyTimeout: 600_000,
  });
  let bytes = 0;
  for await (const c of res.body) bytes += (c as Buffer).length;
  return { bytes, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

// size the books: probe 2,000 vouchers, then scale to the requested export size
const probe = await startSim(2000);
const p = await download(probe.url);
probe.stop();
const vouchers = Math.round((targetMb * 1024 * 1024) / (p.bytes / 2000));
console.log(`probe: ${(p.bytes / 2000).toFixed(0)} bytes per voucher (UTF-16) → ${vouchers} vouchers for ~${targetMb} MB`);

const sim = await startSim(vouchers);
try {
  const bare = await download(sim.url);
  const mb = bare.bytes / 1024 / 1024;
  console.log(`export: ${mb.toFixed(1)} MB; bare download ${bare.seconds.toFixed(2)} s (${(mb / bare.seconds).toFixed(1)} MB/s)`);

  const db = await createScratchDatabase(await testDatabaseUrl(), 'medi_bench_tally');
  await migrate(db);
  const tapCfg = join(out, 'tally-tap.json');
  const tgtCfg = join(out, 'tally-target.json');
  writeFileSync(tapCfg, JSON.stringify({ url: sim.url, companies: [COMPANY], request_timeout_seconds: 600 }));
  writeFileSync(tgtCfg, JSON.stringify({ database_url: db }));
  const t0 = process.hrtime.bigint();
  // the plugin's own executable, as Meltano runs it (its shebang sets the node flags)
  const tap = spawn('node_modules/.bin/tap-tally-tdl', ['--config', tapCfg]);
  const target = spawn('node', ['dist/targets/target-postgres-medi/main.js', '--config', tgtCfg]);
  const { tapErr, targetErr } = await relay(tap, target);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const records = [...tapErr.matchAll(/stream (tally_\w+): (\d+) records/g)].map((m) => `${m[1]} ${m[2]}`);
  const lines = [
    `Tally bench ${new Date().toISOString()} (${vouchers} vouchers, ${mb.toFixed(1)} MB UTF-16 export)`,
    `bare download of the export:      ${bare.seconds.toFixed(2)} s  (${(mb / bare.seconds).toFixed(1)} MB/s)`,
    `tap → target (Tally → raw):       ${seconds.toFixed(2)} s  (${(mb / seconds).toFixed(1)} MB/s of export)`,
    `peak RSS: tap ${peakRssMb(tapErr)} MB, target ${peakRssMb(targetErr)} MB (goal ≤ 200 MB)`,
    `records: ${records.join(', ')}`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(out, 'tally.txt'), lines.join('\n') + '\n');
} finally {
  sim.stop();
}
