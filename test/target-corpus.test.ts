// Replays every test/corpus/*.singer through the real target against real PostgreSQL and checks the
// expectations beside it (exit code, error message, relayed states, table contents).
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, query, runTarget, scratchDb } from './helpers.js';

const dir = join(ROOT, 'test/corpus');
const cases = readdirSync(dir).filter((f) => f.endsWith('.singer')).map((f) => f.replace(/\.singer$/, '')).sort();

interface Expect {
  config?: Record<string, unknown>;
  exit: number;
  stderr?: string;
  states?: unknown[];
  sql?: Array<[string, unknown[]]>;
}

t.ok(cases.length >= 15, 'corpus has a case for every behaviour');

// Every case runs twice: with the byte-level fast path (default) and with every line JSON-parsed. The
// expectations are the same, so the fast path is held to the general path's outcome, case by case.
for (const name of cases) {
  for (const fast of [true, false]) {
    t.test(`${name}${fast ? '' : ' (fast_path off)'}`, async (t) => {
      const expect = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as Expect;
      const url = await scratchDb(`corpus_${name}`);
      const input = readFileSync(join(dir, `${name}.singer`), 'utf8').replaceAll('@CORPUS@', dir);
      const r = await runTarget({ database_url: url, ...expect.config, fast_path: fast }, input);
      t.equal(r.code, expect.exit, 'exit code', { stderr: r.stderr.slice(-600) });
      if (expect.stderr) t.match(r.stderr, new RegExp(expect.stderr), 'error names stream and line');
      if (expect.states) t.same(r.states, expect.states, 'states relayed after commit, in order');
      t.equal(r.stdout.split('\n').filter(Boolean).length, r.states.length, 'stdout carries only state values, one JSON per line');
      for (const [sql, rows] of expect.sql ?? []) t.same(await query(url, sql), rows, sql);
      const fastRecords = Number(/"fast_path_records":(\d+)/.exec(r.stderr)?.[1] ?? 0);
      if (!fast) t.equal(fastRecords, 0, 'fast path off: every line parsed');
      else if (name === 'fast-path') t.equal(fastRecords, 5, 'the fast path took the five records it can prove valid');
    });
  }
}
