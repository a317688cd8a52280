// Binary COPY must store exactly what COPY text stores. The same records — edge values of every type the
// binary form covers, and values it must leave to text — are loaded once per copy_format, and every column
// (but the per-run lineage) is compared as PostgreSQL prints it.
import t from 'tap';
import { laneLine } from './batch-lane.js';
import { query, runTarget, scratchDb } from './helpers.js';

const schema = (stream: string, properties: Record<string, unknown>) =>
  JSON.stringify({ type: 'SCHEMA', stream, schema: { type: 'object', properties }, key_properties: ['id'] });

const PROPS = {
  id: { type: 'integer' },
  ts: { type: ['string', 'null'], format: 'date-time' },
  d: { type: ['string', 'null'], format: 'date' },
  n: { type: ['number', 'null'] },
  // eslint-disable-next-line no-loss-of-precision -- the int64 bounds as taps write them (read as doubles, as JSON.parse does)
  big: { type: ['integer', 'null'], minimum: -9223372036854775808, maximum: 9223372036854775807 },
  unbounded: { type: ['integer', 'null'] },
  flag: { type: ['boolean', 'null'] },
  txt: { type: ['string', 'null'] },
  doc: { type: ['object', 'null'] },
};

const TIMESTAMPS = [
  '2024-02-29T23:59:59.999999Z',
  '2024-02-29T23:59:59.9999995Z',
  '2020-01-01T00:00:00+13:45',
  '2020-01-01T00:00:00-00:30',
  '2020-01-01 10:00:00z',
  '2020-01-01t10:00Z',
  '2020-01-01T10:00:00',
  '2016-12-31T23:59:60Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999Z',
  '1969-07-20T20:17:40.5+00:00',
  '1600-03-01T00:00:00Z',
  '2400-01-01T00:00:00+15:59',
  '2000-01-01T00:00:00.000001-1200',
  '1999-12-31T23:59:59.9+01',
  '2285-06-01T12:00:00Z',
  '1714-06-01T12:00:00Z',
];
const DATES = ['2000-01-01', '1999-12-31', '0001-01-01', '9999-12-31', '2024-02-29', '1600-02-29', '1970-01-01'];
const NUMBERS = [
  '0',
  '-0',
  '-0.0',
  '0.000',
  '1.50',
  '1e3',
  '1E-3',
  '1.5e+2',
  '-1.5e-7',
  '123456789012345678901234567890.123456789012',
  '0.0001',
  '10000',
  '9999.9999',
  '100000000',
  '1e100',
  '1e-100',
  '12345.6789e-2',
  '5e-324',
  '1e1000',
  '-7',
  '0.1',
  '3.14159265358979323846',
];
const BIGINTS = [
  '9223372036854775807',
  '-9223372036854775808',
  '0',
  '-1',
  '4294967296',
  '-4294967297',
  '1234567890123456',
  '-999999999999999',
];
const UNBOUNDED = ['0', '-1', '9007199254740993', '123456789012345678901234567890', '-98765432109876543210'];
// `raw:` entries are sent as written (escapes JSON.stringify would not choose: \u for COPY's own escapes, \/ \b \f)
const TEXTS = [
  '',
  'tab\there',
  'nl\nx',
  'raw:"\\u005c|\\u000a|\\u000d|\\u0009|\\u00e9|\\ud83d\\ude00|\\/|\\b|\\f|\\\\N"',
  'cr\rx',
  'back\\slash',
  'quote"',
  'é中😀',
  '\\N',
  'a\u0001b',
  '/slash',
  'ä\\t',
  'x'.repeat(300),
];
const DOCS = [{ a: 'x\\y', b: 'é', c: [1, 2.5, { d: null }] }, {}, { s: 'tab\tnl\n' }];

function records(): string[] {
  const out: string[] = [];
  const n = Math.max(TIMESTAMPS.length, DATES.length, NUMBERS.length, BIGINTS.length, UNBOUNDED.length, TEXTS.length, DOCS.length);
  for (let i = 0; i < n; i++) {
    // numbers spelled as sent (JSON.stringify would normalise them)
    const num = (list: string[]) => (i < list.length ? list[i]! : 'null');
    const str = (list: string[]) => (i >= list.length ? 'null' : list[i]!.startsWith('raw:') ? list[i]!.slice(4) : JSON.stringify(list[i]));
    const fields = [
      `"id":${i}`,
      `"ts":${str(TIMESTAMPS)}`,
      `"d":${str(DATES)}`,
      `"n":${num(NUMBERS)}`,
      `"big":${num(BIGINTS)}`,
      `"unbounded":${num(UNBOUNDED)}`,
      `"flag":${i % 3 === 2 ? 'null' : String(i % 2 === 0)}`,
      `"txt":${str(TEXTS)}`,
    ];
    if (i < DOCS.length) fields.push(`"doc":${JSON.stringify(DOCS[i])}`);
    const time =
      i % 4 === 0
        ? ''
        : `,"time_extracted":"${['', '2025-11-01T00:00:00Z', '2025-11-01T13:00:00+13:00', '2025-11-01 00:00:00.123456'][i % 4]}"`;
    out.push(`{"type":"RECORD","stream":"edge","record":{${fields.join(',')}}${time}${i % 5 === 0 ? ',"version":1732000000000' : ''}}`);
  }
  return out;
}

const COMPARE = `SELECT id, ts::text, d::text, n::text, big::text, unbounded::text, flag::text, txt, doc::text,
  _sdc_extracted_at::text, _sdc_deleted_at::text, _sdc_table_version::text FROM %s.edge ORDER BY id`;

t.test('binary and text COPY store the same values', async (t) => {
  const url = await scratchDb('target_binary');
  const input = [schema('edge', PROPS), ...records()].join('\n') + '\n';
  const loaded: Record<string, unknown[]> = {};
  for (const copy_format of ['binary', 'text']) {
    const r = await runTarget({ database_url: url, copy_format, default_target_schema: `raw_${copy_format}` }, input);
    t.equal(r.code, 0, `${copy_format}: exit code`, { stderr: r.stderr.slice(-800) });
    const binaryRecords = Number(/"binary_copy_records":(\d+)/.exec(r.stderr)?.[1]);
    // five go as text: a 7-digit fraction and a leap second (PostgreSQL rounds / rolls those over), three
    // integers past 15 digits against bounds, which the fast path leaves to ajv, and the first value past int64
    // in `unbounded` (bigint until then: the general path widens the column to numeric)
    if (copy_format === 'binary') t.equal(binaryRecords, records().length - 5, 'the others went binary');
    else t.equal(binaryRecords, 0, 'text: no binary records');
    loaded[copy_format] = await query(url, COMPARE.replace('%s', `raw_${copy_format}`));
  }
  t.equal(loaded.binary!.length, records().length, 'every record loaded');
  for (let i = 0; i < loaded.text!.length; i++) t.same(loaded.binary![i], loaded.text![i], `record ${i}`);
});

t.test('generated decimals and 16-19 digit integers: binary stores what text stores', async (t) => {
  // the binary encoders have a path per token shape (plain decimal with its point known from the scan, exponent
  // form, integers past 15 digits without BigInt): thousands of tokens of every length and alignment
  const url = await scratchDb('target_binary_numbers');
  let seed = 20261206;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const digits = (n: number, lead: boolean) =>
    Array.from({ length: n }, (_, k) => (k === 0 && lead && n > 1 ? 1 + rnd(9) : rnd(10))).join('');
  const sign = () => (rnd(2) ? '-' : '');
  const lines: string[] = [];
  for (let id = 0; id < 3000; id++) {
    let n = sign() + (rnd(4) === 0 ? '0' : digits(1 + rnd(30), true));
    if (rnd(3)) n += `.${rnd(3) === 0 ? '0'.repeat(rnd(9)) : ''}${digits(1 + rnd(20), false)}${rnd(4) === 0 ? '0'.repeat(rnd(6)) : ''}`;
    if (rnd(6) === 0) n += `${rnd(2) ? 'e' : 'E'}${['', '+', '-'][rnd(3)]}${rnd(rnd(2) ? 30 : 400)}`;
    let i = BigInt(digits(1 + rnd(19), true));
    if (i > 9223372036854775807n) i %= 9223372036854775807n;
    const big = id < 4 ? ['9223372036854775807', '-9223372036854775808', '-100000000000000000', '999999999999999999'][id]! : sign() + i;
    lines.push(`{"type":"RECORD","stream":"nums","record":{"id":${id},"n":${n},"i":${big === '-0' ? '0' : big}}}`);
  }
  const input =
    [schema('nums', { id: { type: 'integer' }, n: { type: ['number', 'null'] }, i: { type: ['integer', 'null'] } }), ...lines].join('\n') +
    '\n';
  const loaded: Record<string, unknown[]> = {};
  for (const copy_format of ['binary', 'text']) {
    const r = await runTarget({ database_url: url, copy_format, default_target_schema: `raw_${copy_format}` }, input);
    t.equal(r.code, 0, `${copy_format}: exit code`, { stderr: r.stderr.slice(-800) });
    t.equal(
      Number(/"binary_copy_records":(\d+)/.exec(r.stderr)?.[1]),
      copy_format === 'binary' ? lines.length : 0,
      `${copy_format} records`,
    );
    loaded[copy_format] = await query(url, `SELECT id, n::text, scale(n) AS scale, i::text FROM raw_${copy_format}.nums ORDER BY id`);
  }
  t.equal(loaded.binary!.length, lines.length, 'every record loaded');
  t.same(loaded.binary, loaded.text, 'the same values and scales');
  t.equal((loaded.binary![1] as { i: string }).i, '-9223372036854775808', 'int64 min');
});

t.test('copy_format auto (the default) is binary, numeric-heavy streams too, same values', async (t) => {
  const url = await scratchDb('target_binary_auto');
  const nums = schema('nums', {
    id: { type: 'integer' },
    a: { type: ['number', 'null'] },
    b: { type: ['number', 'null'] },
    c: { type: 'string' },
  });
  const rows = ['{"id":1,"a":12345678901234567890.123456789,"b":-0.10,"c":"x"}', '{"id":2,"a":null,"b":1e-3,"c":"y"}'];
  const input =
    [schema('edge', PROPS), ...records(), nums, ...rows.map((r) => `{"type":"RECORD","stream":"nums","record":${r}}`)].join('\n') + '\n';
  const r = await runTarget({ database_url: url, default_target_schema: 'raw_auto' }, input);
  t.equal(r.code, 0, 'exit code', { stderr: r.stderr.slice(-800) });
  t.equal(
    Number(/"binary_copy_records":(\d+)/.exec(r.stderr)?.[1]),
    records().length - 5 + 2,
    'edge (one numeric column of nine) and nums (two of four) went binary',
  );
  t.same(await query(url, `SELECT id, a::text, b::text, c FROM raw_auto.nums ORDER BY id`), [
    { id: '1', a: '12345678901234567890.123456789', b: '-0.10', c: 'x' },
    { id: '2', a: null, b: '0.001', c: 'y' },
  ]);
});

t.test('a time column keeps the stream on text; an existing varchar column too', async (t) => {
  const url = await scratchDb('target_binary_types');
  await query(url, `CREATE SCHEMA raw; CREATE TABLE raw.legacy (id numeric, v varchar(10))`);
  const input =
    [
      schema('clock', { id: { type: 'integer' }, at: { type: 'string', format: 'time' } }),
      '{"type":"RECORD","stream":"clock","record":{"id":1,"at":"10:15:30Z"}}',
      schema('legacy', { id: { type: 'integer' }, v: { type: 'string' } }),
      '{"type":"RECORD","stream":"legacy","record":{"id":2147483647,"v":"x"}}',
    ].join('\n') + '\n';
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 0, 'exit code', { stderr: r.stderr.slice(-800) });
  t.match(r.stderr, /"binary_copy_records":0/, 'both streams went as text');
  t.same(await query(url, `SELECT (SELECT at::text FROM raw.clock) AS at, (SELECT id::text || v FROM raw.legacy) AS legacy`), [
    { at: '10:15:30', legacy: '2147483647x' },
  ]);
});

t.test('a time with an offset is stored as its UTC time of day (PostgreSQL time would drop the offset)', async (t) => {
  const url = await scratchDb('target_binary_time_offset');
  const sent = ['10:15:30+02:00', '00:30:00-01:00', '23:30:00.25-02:00', '24:00:00Z', '9:05:00', '12:00:00+0530', '07:00:00', null];
  const input =
    [
      schema('clock', { id: { type: 'integer' }, at: { type: ['string', 'null'], format: 'time' } }),
      ...sent.map((at, i) => JSON.stringify({ type: 'RECORD', stream: 'clock', record: { id: i, at } })),
    ].join('\n') + '\n';
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 0, 'exit code', { stderr: r.stderr.slice(-800) });
  t.same(
    (await query(url, `SELECT at::text FROM raw.clock ORDER BY id`)).map((row) => row.at),
    ['08:15:30', '01:30:00', '01:30:00.25', '24:00:00', '09:05:00', '06:30:00', '07:00:00', null],
  );
});

t.test('an offset PostgreSQL cannot hold (RFC 3339 allows ±23:59) is an error of its record, not a failed load', async (t) => {
  const url = await scratchDb('target_binary_far_offset');
  const sent = ['2025-01-01T00:00:00+23:00', '2025-01-01T00:00:00+15:59', '2025-01-01T00:00:00-16:00', '2025-01-01T00:00:00+14:00'];
  const input =
    [
      schema('far', { id: { type: 'integer' }, at: { type: ['string', 'null'], format: 'date-time' } }),
      ...sent.map((at, i) => JSON.stringify({ type: 'RECORD', stream: 'far', record: { id: i, at } })),
      '{"type": "STATE", "value": {"n": 4}}',
    ].join('\n') + '\n';
  for (const copy_format of ['binary', 'text']) {
    const db = url;
    await query(db, 'drop schema if exists raw cascade');
    const r = await runTarget({ database_url: db, invalid_record_action: 'reject', copy_format, run_migrations: true }, input);
    t.equal(r.code, 0, `${copy_format}: the load completes`, { stderr: r.stderr.slice(-800) });
    t.same(await query(db, `SELECT id::int, at::text FROM raw.far ORDER BY id`), [
      { id: 1, at: '2024-12-31 08:01:00+00' },
      { id: 3, at: '2024-12-31 10:00:00+00' },
    ]);
    const rejects = await query<{ input_line: number; errors: string }>(
      db,
      'select input_line::int, errors::text from raw.far__rejects order by input_line',
    );
    t.same(
      rejects.map((x) => x.input_line),
      [laneLine(2), laneLine(4)],
      `${copy_format}: the two far offsets are rejected with their lines`,
    );
    for (const x of rejects) t.match(x.errors, /at/);
  }
});

t.test('a COPY error names the input line across binary and text segments', async (t) => {
  const url = await scratchDb('target_binary_error');
  await query(url, `CREATE SCHEMA raw; CREATE TABLE raw.checked (id bigint, ts timestamptz CHECK (ts < '2030-01-01'))`);
  const lines = [schema('checked', { id: { type: 'integer', minimum: 0, maximum: 1e9 }, ts: { type: 'string', format: 'date-time' } })];
  for (let i = 1; i <= 9; i++) {
    // rows 1–3 binary, 4 text (7 fraction digits), 5–9 binary; row 7 breaks the CHECK
    const ts = i === 4 ? '2024-01-01T00:00:00.1234567Z' : i === 7 ? '2031-01-01T00:00:00Z' : '2024-01-01T00:00:00Z';
    lines.push(`{"type":"RECORD","stream":"checked","record":{"id":${i},"ts":"${ts}"}}`);
  }
  // append-only: rows COPY straight into the table (an upsert's stage has no CHECK; its merge names no line)
  const r = await runTarget({ database_url: url, load_method: 'append-only' }, lines.join('\n') + '\n');
  t.not(r.code, 0, 'the run fails');
  // (on the batch lane a batched record's line is its BATCH message's: test/batch-lane.ts)
  t.match(
    r.stderr,
    new RegExp(`stream "checked": input line ${laneLine(8)}: .*check constraint`),
    'the message names the Singer line of row 7',
  );
});

t.test('a file-stream row the binary form cannot take is loaded as text, not counted as already loaded', async (t) => {
  // rows of a file (source lineage) are admitted once per row number; a row whose time_extracted has no
  // certain binary form (a leap second, 7 fraction digits) takes the general path and must still be loaded
  const url = await scratchDb('target_binary_units');
  const props = {
    id: { type: 'integer' },
    _source_uri: { type: 'string' },
    _source_version_id: { type: ['string', 'null'] },
    _source_file_hash: { type: 'string' },
    _source_row_number: { type: 'integer' },
  };
  const row = (n: number, extra = '') =>
    `{"type":"RECORD","stream":"unit_rows","record":{"id":${n},"_source_uri":"s3://b/f","_source_version_id":"v1","_source_file_hash":"h","_source_row_number":${n}}${extra}}`;
  const input =
    [
      schema('unit_rows', props),
      row(1),
      row(2),
      row(3, ',"time_extracted":"2016-12-31T23:59:60Z"'),
      row(4),
      row(5, ',"time_extracted":"2025-01-01T00:00:00.1234567Z"'),
      row(6),
    ].join('\n') + '\n';
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 0, 'exit code', { stderr: r.stderr.slice(-800) });
  t.same(
    await query(url, `SELECT array_agg(id ORDER BY id)::text AS ks FROM raw.unit_rows`),
    [{ ks: '{1,2,3,4,5,6}' }],
    'every row loaded',
  );
  t.match(r.stderr, /"rows_skipped":0|"skipped":0/, 'none counted as skipped');
});
