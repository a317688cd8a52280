#!/usr/bin/env node
// Demo feed: start (if needed) a moto S3 server in the background and upload a full Indici delivery plus a
// delta, as the supplier would. Prints shell exports for the tap (bucket, endpoint, credentials).
import { writeFileSync, readFileSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { S3_TEST_ENV, MOTO_SERVER, motoPython } from '../s3-server.js';
import { ensureBucket, uploadBatch } from './feed.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const port = Number(process.env.DEMO_S3_PORT ?? 54340);
const url = `http://127.0.0.1:${port}`;
const rows = Number(process.env.DEMO_ROWS ?? 2000);
mkdirSync(join(ROOT, '.demo'), { recursive: true });

async function up(): Promise<boolean> {
  try {
    return (await fetch(`${url}/moto-api/`)).ok;
  } catch {
    return false;
  }
}
if (!(await up())) {
  const log = openSync(join(ROOT, '.demo/s3-server.log'), 'a');
  const child = spawn(motoPython(), [MOTO_SERVER, '-H', '127.0.0.1', '-p', String(port)], { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  writeFileSync(join(ROOT, '.demo/s3-server.pid'), `${child.pid}\n`); // a line of its own: the stop command cats several pid files
  for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await up())) {
    const tail = readFileSync(join(ROOT, '.demo/s3-server.log'), 'utf8').trim().split('\n').slice(-3).join('\n');
    throw new Error(
      `demo: the S3 server (moto) did not answer on ${url}; if another process holds port ${port}, set DEMO_S3_PORT to a free port. .demo/s3-server.log ends:\n${tail}`,
    );
  }
}
const s3 = new S3Client({
  region: S3_TEST_ENV.AWS_REGION,
  endpoint: url,
  forcePathStyle: true,
  credentials: { accessKeyId: S3_TEST_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: S3_TEST_ENV.AWS_SECRET_ACCESS_KEY },
});
const bucket = 'medi-demo-indici';
const marker = join(ROOT, '.demo/feed-uploaded');
if (!existsSync(marker) || readFileSync(marker, 'utf8') !== `${url} ${rows}`) {
  await ensureBucket(s3, bucket);
  const all = [
    'patient',
    'appointments',
    'provider',
    'practice_info',
    'immunisation',
    'invoices',
    'invoice_detail',
    'diagnosis',
    'measurements',
    'recalls',
    'vaccine',
    'medicine',
    'inbox',
    'inbox_detail',
    'next_of_kin',
    'allergies',
    'appointment_medications',
    'patient_alerts',
  ];
  // a full delivery with some dirty rows (ragged, bad dates, bad numbers, missing keys, duplicates) …
  await uploadBatch(s3, bucket, {
    streams: all,
    dateExtracted: '2508171200',
    kind: 'full',
    rows,
    dirty: { every: 97, kinds: ['ragged', 'bad_date', 'bad_integer', 'missing_key', 'duplicate_key'] },
  });
  // … and a week later a delta (UTF-8, the e-mail's separators) that changes and adds patients and appointments
  await uploadBatch(s3, bucket, {
    streams: ['patient', 'appointments'],
    dateExtracted: '2508241200',
    kind: 'delta',
    rows: Math.ceil(rows / 10),
    firstKey: rows - Math.floor(rows / 20),
    version: 3,
    encoding: 'utf8',
    layout: 'email',
  });
  writeFileSync(marker, `${url} ${rows}`);
}
const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
const exports = { ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: url, TAP_INDICI_S3_MODE: 'backfill' };
process.stdout.write(
  Object.entries(exports)
    .map(([k, v]) => `export ${k}=${sh(v)}`)
    .join('\n') + '\n',
);
