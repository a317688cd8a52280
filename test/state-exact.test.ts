// A STATE's value goes back out exactly as it came: a third-party tap's bookmark beyond a double's precision (a bigint
// id, a log sequence number) rounded by the target would make the next run skip or repeat rows. Both targets, real
// processes: target-postgres-medi against the real PostgreSQL, target-files-medi (its manifest too, and the resend of
// a batch recognised by that exact STATE).
import t from 'tap';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTarget, scratchDb } from './helpers.js';
import { runFilesTarget } from './files.js';

// the tokens a double would change: past 2^53 (odd, so rounding is visible), a trailing zero, an exponent past a
// double's range, a negative zero; and ones it keeps, beside them
const VALUE =
  '{"bookmarks":{"visits":{"replication_key":"id","replication_key_value":9007199254740993,"lsn":18446744073709551615,' +
  '"ratio":1.10,"huge":1e400,"neg0":-0,"plain":42,"text":"9007199254740993"}}}';
const SCHEMA = JSON.stringify({
  type: 'SCHEMA',
  stream: 'visits',
  schema: { properties: { id: { type: 'integer' }, note: { type: ['string', 'null'] } } },
  key_properties: ['id'],
});
const input = [SCHEMA, '{"type":"RECORD","stream":"visits","record":{"id":1,"note":"a"}}', `{"type": "STATE", "value": ${VALUE}}`, ''].join(
  '\n',
);
const lastLine = (stdout: string) => stdout.trim().split('\n').at(-1);

t.test('target-postgres-medi emits the STATE value exactly as sent', async (t) => {
  const url = await scratchDb('state_exact');
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.equal(lastLine(r.stdout), VALUE);
});

t.test('target-files-medi emits it exactly, keeps it exactly in the manifest, and knows a resend of that batch', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'medi-state-exact-'));
  const cfg = { root, source: 'clinic' };
  const first = await runFilesTarget(cfg, input);
  t.equal(first.code, 0, first.stderr.slice(-2000));
  t.equal(lastLine(first.stdout), VALUE);
  const batches = join(root, 'raw/clinic/_batches');
  const [batch] = readdirSync(batches);
  const manifest = readFileSync(join(batches, batch!, '_manifest.json'), 'utf8');
  t.ok(manifest.includes(VALUE), 'the manifest holds the STATE as sent');
  // the same input again (a crash kept that STATE from Meltano): recognised as the last batch resent, written once
  const again = await runFilesTarget(cfg, input);
  t.equal(again.code, 0, again.stderr.slice(-2000));
  t.match(again.stderr, /resent the 1 rows of batch/);
  t.equal(readdirSync(batches).length, 1, 'no second batch');
  t.equal(lastLine(again.stdout), VALUE);
});
