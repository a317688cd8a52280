// JSON Schema draft-04 as pipelinewise taps write it: exclusiveMaximum / exclusiveMinimum as booleans beside the
// bound (pipelinewise-tap-postgres does so for every numeric column). The target read them as draft-06 numbers and
// refused the stream; now they are the bound, exclusive, on both targets' paths.
import t from 'tap';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { query, runTarget, scratchDb } from './helpers.js';
import { manifests, runFilesTarget } from './files.js';

// the shape of pipelinewise-tap-postgres 2.x's SCHEMA for `numeric(12,2)` (its own output, with its spacing)
const SCHEMA =
  '{"type": "SCHEMA", "stream": "public-payments", "schema": {"type": "object", "properties": {"id": {"type": ["integer"], ' +
  '"minimum": -2147483648, "maximum": 2147483647}, "amount": {"type": ["null", "number"], "exclusiveMaximum": true, ' +
  '"maximum": 10000000000, "multipleOf": 0.01, "exclusiveMinimum": true, "minimum": -10000000000}}, ' +
  '"definitions": {"sdc_recursive_integer_array": {"type": ["null", "integer", "array"], "items": {"$ref": "#/definitions/sdc_recursive_integer_array"}}}}, ' +
  '"key_properties": ["id"], "bookmark_properties": []}';
const rec = (id: number, amount: string) =>
  `{"type": "RECORD", "stream": "public-payments", "record": {"id": ${id}, "amount": ${amount}}, "version": 1}`;

t.test('target-postgres-medi loads draft-04 exclusive bounds and holds them exclusive', async (t) => {
  const url = await scratchDb('draft4');
  const input = [SCHEMA, rec(1, '123.45'), rec(2, '9999999999.99'), rec(3, '10000000000'), '{"type": "STATE", "value": {"n": 3}}', ''].join(
    '\n',
  );
  const r = await runTarget({ database_url: url, invalid_record_action: 'reject' }, input);
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.same(await query(url, 'select id::int, amount::text from raw.public_payments order by id'), [
    { id: 1, amount: '123.45' },
    { id: 2, amount: '9999999999.99' },
  ]);
  const rejects = await query(url, 'select input_line::int, errors::text from raw.public_payments__rejects');
  t.equal(rejects.length, 1, 'the bound itself is out: exclusive');
  t.match(rejects[0]!.errors, /amount/);
});

t.test('target-files-medi takes the same SCHEMA', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'files-draft4-'));
  const r = await runFilesTarget({ root, source: 'pw' }, [SCHEMA, rec(1, '123.45'), '{"type": "STATE", "value": {"n": 1}}', ''].join('\n'));
  t.equal(r.code, 0, r.stderr.slice(-2000));
  const [m] = manifests(root, 'raw', 'pw');
  t.same(
    m!.files[0]!.columns,
    [
      { name: 'id', type: 'BIGINT' },
      { name: 'amount', type: 'DECIMAL(12,2)' },
    ],
    'the exclusive maximum sizes the decimal as the inclusive one did',
  );
});
