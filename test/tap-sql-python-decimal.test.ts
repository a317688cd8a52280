// tap-sql's decimals into a Python target. A decimal column with a declared scale carries `multipleOf: 10^-scale`
// (our targets size DECIMAL(p,s) in Parquet and check the scale from it), but a Python target validating with
// jsonschema on Python's Decimal (28-digit context: target-jsonl, singer-sdk targets) computes value % multipleOf
// and raises decimal.InvalidOperation (DivisionImpossible) on any value of 29 or more significant digits. With
// `decimal_multiple_of: up_to_28_digits` multipleOf is kept only for columns of at most 28 digits of precision;
// the values stay the source's exact digits either way.
import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, DB_PREFIX, mariadb } from './helpers.js';
import { runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const TARGET_JSONL = join(ROOT, '.meltano/loaders/target-jsonl/venv/bin/target-jsonl');
const DB = `${DB_PREFIX}_tapsql_pydec`;

/** target-jsonl 0.1.4 (singer-python 5.8, jsonschema's Draft 4 validator) fed `input`: its exit code, stderr, lines. */
function targetJsonl(input: string): Promise<{ code: number | null; stderr: string; lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'medi-pydec-'));
  const cfg = join(dir, 'config.json');
  writeFileSync(cfg, JSON.stringify({ destination_path: dir, do_timestamp_file: false }));
  return new Promise((resolve) => {
    const child = spawn(TARGET_JSONL, ['--config', cfg]);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    child.on('close', (code) => {
      const f = join(dir, 'pd_amounts.jsonl');
      resolve({ code, stderr, lines: existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : [] });
    });
    child.stdin.end(input);
  });
}

t.test(
  'decimals of 29+ digits into target-jsonl (Python Decimal, 28-digit context)',
  { skip: !existsSync(TARGET_JSONL) && 'target-jsonl not installed' },
  async (t) => {
    mariadb(`DROP DATABASE IF EXISTS \`${DB}\`; CREATE DATABASE \`${DB}\`;
    CREATE TABLE \`${DB}\`.amounts (id int PRIMARY KEY, wide decimal(38,10), whole decimal(38,0), cents decimal(12,2), edge decimal(28,10));
    INSERT INTO \`${DB}\`.amounts VALUES
      (1, 1234567890123456789.0123456789, 12345678901234567890123456789012345678, 1234567890.12, 123456789012345678.0123456789),
      (2, -0.0000000001, -1, -0.01, NULL);`);
    t.teardown(() => void mariadb(`DROP DATABASE IF EXISTS \`${DB}\``));
    const config = { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: DB, source: 'pd', lag_seconds: 0 };
    const schemaOf = (stdout: string) =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .find((m) => m.type === 'SCHEMA' && m.stream === 'pd_amounts').schema.properties;

    // the default, for our targets: every declared scale as multipleOf (target-files-medi: DECIMAL(38,10), not its default 38,9)
    const ours = await runTapAlone(TAP, config);
    t.equal(ours.code, 0, { stderr: ours.stderr.slice(-2000) });
    t.match(schemaOf(ours.stdout), {
      wide: { multipleOf: 1e-10 },
      whole: { multipleOf: 1 },
      cents: { multipleOf: 0.01 },
      edge: { multipleOf: 1e-10 },
    });
    const crashed = await targetJsonl(ours.stdout);
    t.not(crashed.code, 0, 'target-jsonl fails on the 29-digit value with the default');
    t.match(crashed.stderr, /DivisionImpossible/);

    const safe = await runTapAlone(TAP, { ...config, decimal_multiple_of: 'up_to_28_digits' });
    t.equal(safe.code, 0, { stderr: safe.stderr.slice(-2000) });
    const props = schemaOf(safe.stdout);
    t.notOk('multipleOf' in props.wide, 'decimal(38,10): no multipleOf');
    t.notOk('multipleOf' in props.whole, 'decimal(38,0): no multipleOf');
    t.same(props.cents, { type: ['number', 'null'], multipleOf: 0.01 }, 'decimal(12,2) keeps it');
    t.same(props.edge, { type: ['number', 'null'], multipleOf: 1e-10 }, 'decimal(28,10) keeps it: 28 digits divide within the context');
    const landed = await targetJsonl(safe.stdout);
    t.equal(landed.code, 0, 'target-jsonl takes every record', { stderr: landed.stderr.slice(-2000) });
    t.same(
      landed.lines,
      [
        '{"id": 1, "wide": 1234567890123456789.0123456789, "whole": 12345678901234567890123456789012345678, "cents": 1234567890.12, "edge": 123456789012345678.0123456789}',
        '{"id": 2, "wide": -1E-10, "whole": -1, "cents": -0.01, "edge": null}',
      ],
      'the exact digits, as Python wrote the Decimals it read',
    );
    t.match(
      safe.stdout,
      /"wide":1234567890123456789\.0123456789,"whole":12345678901234567890123456789012345678,"cents":1234567890\.12,"edge":123456789012345678\.0123456789/,
      'the tap writes the source digits, as with the default',
    );
  },
);
