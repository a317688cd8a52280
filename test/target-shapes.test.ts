// The fast path's byte-level text and number handling (scanText: escapes decoded in the scan, four bytes a step
// over plain runs; copyWords for short tokens; one UTF-8 check per line) must store what the general path
// (JSON.parse + encoders) stores. The values are those of bench:target's wide-text and numeric shapes and their
// edges: every JSON escape, \u escapes COPY has its own escape for, surrogate pairs, a lone surrogate and \u0000
// (left to the general path), runs of every length around the four-byte step, invalid UTF-8, exponents, -0,
// 20-digit integers, scale 12. Each stream is loaded four times (fast path on/off × binary/text COPY) and every
// column is compared as PostgreSQL prints it.
import t from 'tap';
import { query, runTarget, scratchDb } from './helpers.js';

const schema = (stream: string, properties: Record<string, unknown>) =>
  JSON.stringify({ type: 'SCHEMA', stream, schema: { type: 'object', properties }, key_properties: ['id'] });

// JSON string tokens as sent (quotes included)
const TEXTS: string[] = [
  JSON.stringify('ok kaumātua "urgent" BP HbA1c meds, stable naïve line\nbreak Tēnā whānau 🙂 C:\\notes\\x dose\t2× —'),
  JSON.stringify('no escapes at all, but macrons: Tēnā koe, whānau, kaumātua — and an emoji 🙂 to end'),
  JSON.stringify('"'),
  JSON.stringify('\\'),
  JSON.stringify(''),
  JSON.stringify('a"'),
  JSON.stringify('ab"'),
  JSON.stringify('abc"'),
  JSON.stringify('abcd"'),
  JSON.stringify('abcde\\'),
  JSON.stringify('"abcdefgh'),
  JSON.stringify('x'.repeat(61) + '\n' + 'y'.repeat(70)),
  JSON.stringify('é'.repeat(33) + '\\' + '🙂'.repeat(9)),
  JSON.stringify('tab\tcr\rnl\nbs\\q"'),
  '"\\u005c|\\u000a|\\u000d|\\u0009|\\u00e9|\\ud83d\\ude00|\\/|\\b|\\f|\\\\N|\\u0041\\u00E9\\u4e2d"',
  '"\\ud83d\\ude00"',
  '"abc\\u00e9def\\n\\u005C"',
  '"\\u0022quoted\\u0022 and \\"quoted\\""',
  JSON.stringify('\\N'),
  JSON.stringify('a\u007fb'),
  JSON.stringify('a\u0001b\u001fc'),
  // sanitised: U+FFFD on both paths
  '"nul \\u0000 inside"',
  // left to the general path
  '"lone \\ud83d surrogate"',
  '"lone low \\ude00"',
];
// invalid UTF-8 inside a text value (latin1 byte E9 alone), written as bytes
const BAD_UTF8 = Buffer.from([0x22, 0x63, 0x61, 0x66, 0xe9, 0x22]);

const NUMBERS = [
  '96435762.97',
  '-346937.768872580000',
  '96735002300366635194',
  '-96735002300366635194',
  '0.000000000001',
  '-0.000000000001',
  '123456.123456789012',
  '0',
  '-0',
  '-0.0',
  '1.50',
  '1e3',
  '1E-3',
  '-1.5e+2',
  '12345.6789e-2',
  '1e-12',
  '0.1',
];
const BIGINTS = ['-970690214227852', '1263824843264232', '9223372036854775807', '-9223372036854775808', '0', '-1'];

function lines(): Buffer {
  const out: Buffer[] = [
    Buffer.from(
      schema('notes', {
        id: { type: 'integer' },
        note: { type: ['string', 'null'] },
        other: { type: ['string', 'null'] },
      }) + '\n',
    ),
  ];
  let id = 0;
  for (const tok of TEXTS) {
    // each value alone, and beside another one (the scratch holds a record's values one after another)
    out.push(Buffer.from(`{"type":"RECORD","stream":"notes","record":{"id":${++id},"note":${tok},"other":null}}\n`));
    out.push(Buffer.from(`{"type":"RECORD","stream":"notes","record":{"id":${++id},"note":${tok},"other":${TEXTS[0]}}}\n`));
  }
  out.push(Buffer.concat([Buffer.from(`{"type":"RECORD","stream":"notes","record":{"id":${++id},"note":`), BAD_UTF8, Buffer.from('}}\n')]));
  out.push(Buffer.from(`{"type":"RECORD","stream":"notes","record":{"id":${id + 1},"note":"last","other":"x"}}\n`));
  const numProps: Record<string, unknown> = { id: { type: 'integer' } };
  for (let k = 1; k <= 4; k++) numProps[`n_${k}`] = { type: ['number', 'null'] };
  numProps.i_1 = { type: 'integer' };
  out.push(Buffer.from(schema('nums', numProps) + '\n'));
  for (let r = 0; r < NUMBERS.length; r++) {
    const n = (k: number) => NUMBERS[(r + k) % NUMBERS.length]!;
    out.push(
      Buffer.from(
        `{"type":"RECORD","stream":"nums","record":{"id":${r + 1},"n_1":${n(0)},"n_2":${n(5)},"n_3":${r % 4 === 0 ? 'null' : n(9)},"n_4":${n(13)},"i_1":${BIGINTS[r % BIGINTS.length]}},"time_extracted":"2025-11-01T00:00:00Z"}\n`,
      ),
    );
  }
  return Buffer.concat(out);
}

t.test('fast path and general path store the same texts and numbers, binary and text COPY', async (t) => {
  const url = await scratchDb('target_shapes');
  const input = lines();
  const loaded: Record<string, unknown[]> = {};
  for (const copy_format of ['binary', 'text']) {
    for (const fast of [true, false]) {
      const name = `raw_${copy_format}_${fast ? 'fast' : 'general'}`;
      const r = await runTarget(
        {
          database_url: url,
          copy_format,
          fast_path: fast,
          default_target_schema: name,
          load_method: 'append-only',
          sanitize_null_text_characters: true,
        },
        input,
      );
      t.equal(r.code, 0, `${name}: exit code`, { stderr: r.stderr.slice(-800) });
      const fastRecords = Number(/"fast_path_records":(\d+)/.exec(r.stderr)?.[1] ?? 0);
      // the lone surrogates and the invalid UTF-8 line (5 lines) go to the general path
      if (fast) t.equal(fastRecords, TEXTS.length * 2 + 2 + NUMBERS.length - 5, `${name}: the others took the fast path`);
      else t.equal(fastRecords, 0, `${name}: no fast path`);
      loaded[`${name}.notes`] = await query(
        url,
        `SELECT id, note, other, encode(convert_to(note, 'UTF8'), 'hex') AS hex FROM ${name}.notes ORDER BY id`,
      );
      loaded[`${name}.nums`] = await query(
        url,
        `SELECT id, n_1::text, n_2::text, n_3::text, n_4::text, i_1::text, _sdc_extracted_at::text FROM ${name}.nums ORDER BY id`,
      );
    }
  }
  const base = 'raw_text_general';
  t.equal(loaded[`${base}.notes`]!.length, TEXTS.length * 2 + 2, 'every text record loaded');
  t.equal(loaded[`${base}.nums`]!.length, NUMBERS.length, 'every number record loaded');
  for (const name of ['raw_binary_fast', 'raw_binary_general', 'raw_text_fast']) {
    for (const table of ['notes', 'nums']) {
      const [a, b] = [loaded[`${name}.${table}`]!, loaded[`${base}.${table}`]!];
      t.equal(a.length, b.length, `${name}.${table}: row count`);
      for (let i = 0; i < b.length; i++) t.same(a[i], b[i], `${name}.${table} row ${i + 1}`);
    }
  }
});

t.test('\\u0000 in a text value without sanitising: the same error on both paths', async (t) => {
  const url = await scratchDb('target_shapes_nul');
  const input =
    [
      schema('notes', { id: { type: 'integer' }, note: { type: ['string', 'null'] } }),
      '{"type":"RECORD","stream":"notes","record":{"id":1,"note":"C:\\\\notes\\\\x \\"urgent\\""}}',
      '{"type":"RECORD","stream":"notes","record":{"id":2,"note":"nul \\u0000 inside"}}',
    ].join('\n') + '\n';
  const errors: string[] = [];
  for (const fast of [true, false]) {
    const r = await runTarget({ database_url: url, fast_path: fast, default_target_schema: fast ? 'raw_fast' : 'raw_general' }, input);
    t.not(r.code, 0, `fast_path ${fast}: the run fails`);
    errors.push(/error: (.*)/.exec(r.stderr)?.[1] ?? '');
  }
  t.match(errors[0], /line 3: .*NUL/, 'the NUL line is named');
  t.equal(errors[0], errors[1], 'same message');
});

t.test('a line cut anywhere (the buffer ending there) goes to the general path, never throws', async (t) => {
  const { FastLines, RecordScanner, compileFastPlan } = await import('../targets/target-postgres-medi/fast-path.js');
  const { createAjv } = await import('../kit/singer/ajv.js');
  const props = { id: { type: 'integer' }, note: { type: ['string', 'null'] }, n: { type: ['number', 'null'] } };
  const shape = {
    schema: 'raw',
    table: 'notes',
    keyColumns: ['id'],
    columns: [
      { property: 'id', name: 'id', type: 'bigint' as const },
      { property: 'note', name: 'note', type: 'text' as const },
      { property: 'n', name: 'n', type: 'numeric' as const },
    ],
  };
  const line = `{"type":"RECORD","stream":"notes","record":{"id":7,"note":${TEXTS[0]},"n":-346937.768872580000},"time_extracted":"2025-11-01T00:00:00Z"}`;
  for (const binary of [undefined, { zonelessUtc: true }]) {
    const plan = compileFastPlan({ type: 'object', properties: props }, shape, ['id'], [], createAjv(), true, binary)!;
    const lines = new FastLines(false);
    lines.set('notes', new RecordScanner(plan));
    const whole = Buffer.from(line);
    t.ok(lines.accept(whole, 0, whole.length), `${binary ? 'binary' : 'text'}: the whole line is accepted`);
    let thrown = 0;
    let accepted = 0;
    for (let k = 1; k < whole.length; k++) {
      const cut = Buffer.from(whole.subarray(0, k)); // a buffer of its own: nothing past the cut
      try {
        if (lines.accept(cut, 0, cut.length)) accepted++;
      } catch {
        thrown++;
      }
    }
    t.equal(thrown, 0, `${binary ? 'binary' : 'text'}: no cut throws`);
    t.equal(accepted, 0, `${binary ? 'binary' : 'text'}: no cut is accepted`);
  }
});
