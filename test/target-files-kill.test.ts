// Crash safety of target-files-medi: SIGKILL at several points (after some STATE lines, and at each step of a
// batch's commit: file staged, manifest written, files promoted), rerun from the last STATE the target emitted (as a
// tap resuming from Meltano's state would), and check that no row is missing, none is duplicated, no partial or
// staged file is visible, and every file matches its manifest.
import t from 'tap';
import type { Test } from 'tap';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { FILES_TARGET, manifests, readWithDuckdb, runFilesTarget } from './files.js';
import { configFile } from './helpers.js';

const ROWS = 12_000;
const STATE_EVERY = 500;

function stream(): { lines: string[]; stateAt: Map<number, number> } {
  const lines: string[] = [];
  const stateAt = new Map<number, number>();
  lines.push(
    JSON.stringify({
      type: 'SCHEMA',
      stream: 'visits',
      schema: { properties: { id: { type: 'integer' }, fee: { type: 'number', multipleOf: 0.01 }, payload: { type: 'string' } } },
      key_properties: ['id'],
    }),
  );
  for (let i = 1; i <= ROWS; i++) {
    lines.push(
      `{"type":"RECORD","stream":"visits","record":{"id":${i},"fee":${i}.${String(i % 100).padStart(2, '0')},"payload":"زيارة ${i} ${'x'.repeat(40)}"}}`,
    );
    if (i % STATE_EVERY === 0) {
      lines.push(JSON.stringify({ type: 'STATE', value: { position: i } }));
      stateAt.set(i, lines.length - 1);
    }
  }
  return { lines, stateAt };
}

const { lines, stateAt } = stream();
const resumeFrom = (position: number) =>
  (position === 0 ? lines : [lines[0]!, ...lines.slice(stateAt.get(position)! + 1)]).join('\n') + '\n';

async function check(t: Test, root: string) {
  const all = readdirSync(root, { recursive: true }).map(String);
  t.same(
    all.filter((p) => p.endsWith('.tmp')),
    [],
    'no staged file left',
  );
  const files = manifests(root, 'raw', 'clinic').flatMap((m) => m.files);
  const onDisk = all.filter((p) => p.endsWith('.parquet')).sort();
  t.same(onDisk, files.map((f) => f.path).sort(), 'every data file belongs to a manifest, and every manifest file exists');
  let bad = 0;
  for (const f of files)
    if (
      createHash('sha256')
        .update(readFileSync(join(root, f.path)))
        .digest('hex') !== f.sha256
    )
      bad++;
  t.equal(bad, 0, 'every file has its manifest SHA-256 (complete)');
  const ids = new Map<string, number>();
  for (const f of files) {
    const rows = await readWithDuckdb('parquet', join(root, f.path), [
      { name: 'id', type: 'BIGINT' },
      { name: 'fee', type: 'DECIMAL(18,2)' },
    ]);
    if (rows.length !== f.rows) t.fail(`${f.path}: ${rows.length} rows, manifest says ${f.rows}`);
    for (const r of rows) ids.set(r.id!, (ids.get(r.id!) ?? 0) + 1);
  }
  const dup = [...ids.values()].filter((n) => n > 1).length;
  t.equal(dup, 0, 'no row duplicated');
  t.equal(ids.size, ROWS, 'no row missing');
}

t.test('SIGKILL after some STATE lines, then resume: every row once', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-kill-'));
  const config = { root, source: 'clinic', batch_size_rows: 1_500 };
  let position = 0;
  let kills = 0;
  for (const killAfterStates of [2, 3, 5, 1]) {
    const r = await runFilesTarget(config, resumeFrom(position), {
      onStdout: (out, child) => {
        if (out.split('\n').filter(Boolean).length >= killAfterStates) child.kill('SIGKILL');
      },
    });
    const states = r.states as Array<{ position: number }>;
    if (r.signal === 'SIGKILL') kills++;
    if (states.length) position = states.at(-1)!.position;
    if (r.code === 0) break;
  }
  t.ok(kills >= 2, `target was killed mid-stream ${kills} times`);
  if (position < ROWS) {
    const r = await runFilesTarget(config, resumeFrom(position));
    t.equal(r.code, 0, 'exit status', { output: r.stderr.slice(-1000) });
    t.same(r.states.at(-1), { position: ROWS }, 'last state covers every row');
  }
  await check(t, root);
});

for (const point of ['staged', 'manifest', 'promoted'] as const) {
  t.test(`SIGKILL in the second batch's commit (${point}), then resume: every row once`, async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'files-kill-'));
    const config = { root, source: 'clinic', batch_size_rows: 1_500 };
    const first = await runFilesTarget(config, resumeFrom(0), { env: { MEDI_TEST_CRASH_AT: `${point}:2` } });
    t.equal(first.signal, 'SIGKILL', 'killed at the crash point');
    const states = first.states as Array<{ position: number }>;
    const position = states.at(-1)?.position ?? 0;
    t.equal(position, 1500, 'only the first batch was acknowledged');
    const r = await runFilesTarget(config, resumeFrom(position));
    t.equal(r.code, 0, 'rerun exit status', { output: r.stderr.slice(-1000) });
    t.same(r.states.at(-1), { position: ROWS }, 'last state covers every row');
    if (point === 'staged') t.match(r.stderr, /removed .*\.tmp: a file of a batch that never committed/, 'the uncommitted file is removed');
    else t.match(r.stderr, /the input resent the 1500 rows of batch .*-00002/, 'the resent batch is recognised and skipped');
    if (point === 'manifest') t.match(r.stderr, /promoted after a crash/, 'the committed batch is finished');
    await check(t, root);
  });
}

t.test('SIGTERM with records past the last STATE: they are not delivered; a rerun from an older state adds each row once', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-term-'));
  const config = { root, source: 'clinic', batch_size_rows: 1_500 };
  // the input up to STATE 3000 and 400 records after it; stdin stays open, as a tap still reading would keep it
  const head = lines.slice(0, stateAt.get(3000)! + 1 + 400).join('\n') + '\n';
  const child = spawn(process.execPath, [FILES_TARGET, '--config', configFile(config)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.write(head);
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  while (!stdout.includes('"position":3000')) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000)); // the 400 records after it read meanwhile
  child.kill('SIGTERM');
  t.equal(await closed, 0, 'a graceful stop', { stderr: stderr.slice(-1500) });
  const last = stdout.trim().split('\n').at(-1)!;
  t.same(JSON.parse(last), { position: 3000 }, 'the last state it released');
  const delivered = manifests(root, 'raw', 'clinic').reduce((n, m) => n + m.files.reduce((k, f) => k + f.rows, 0), 0);
  t.equal(delivered, 3000, 'exactly the rows that state covers: none past it under an older state');
  // Meltano had saved only the state before (it was stopped too): the rerun sends 1501-3000 again, then the rest
  const r = await runFilesTarget(config, resumeFrom(1500));
  t.equal(r.code, 0, 'the rerun', { output: r.stderr.slice(-1000) });
  await check(t, root);
});
